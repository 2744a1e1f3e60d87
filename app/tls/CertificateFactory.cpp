#include "tls/CertificateFactory.h"

#include "common/Logging.h"

#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <algorithm>
#include <memory>

namespace {

template<auto Free>
struct FreeWith
{
    template<typename T>
    void operator()(T *object) const
    {
        Free(object);
    }
};

using BigNumPtr = std::unique_ptr<BIGNUM, FreeWith<BN_free>>;
using BioPtr = std::unique_ptr<BIO, FreeWith<BIO_free_all>>;
using ExtensionPtr = std::unique_ptr<X509_EXTENSION, FreeWith<X509_EXTENSION_free>>;
using GeneralNamePtr = std::unique_ptr<GENERAL_NAME, FreeWith<GENERAL_NAME_free>>;
using GeneralNamesPtr = std::unique_ptr<GENERAL_NAMES, FreeWith<GENERAL_NAMES_free>>;
using KeyContextPtr = std::unique_ptr<EVP_PKEY_CTX, FreeWith<EVP_PKEY_CTX_free>>;
using KeyPtr = std::unique_ptr<EVP_PKEY, FreeWith<EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, FreeWith<X509_free>>;

constexpr int serialBytes = 16;

// The reason OpenSSL gives for the first error in its queue; the queue is left empty.
QString openSslReason()
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0)
        return CertificateFactory::tr("OpenSSL gave no reason");
    if (const char *reason = ERR_reason_error_string(code))
        return QString::fromUtf8(reason);
    char buffer[256];
    ERR_error_string_n(code, buffer, sizeof buffer);
    return QString::fromUtf8(buffer);
}

KeyPtr generateKey()
{
    const KeyContextPtr context(EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr));
    if (!context || EVP_PKEY_keygen_init(context.get()) <= 0
        || EVP_PKEY_CTX_set_group_name(context.get(), "P-256") <= 0) {
        return nullptr;
    }
    EVP_PKEY *key = nullptr;
    if (EVP_PKEY_generate(context.get(), &key) <= 0)
        return nullptr;
    return KeyPtr(key);
}

// A positive random serial of 128 bits, the top bit cleared so that DER needs no sign byte.
bool setRandomSerial(X509 *certificate)
{
    unsigned char bytes[serialBytes];
    if (RAND_bytes(bytes, serialBytes) != 1)
        return false;
    bytes[0] = static_cast<unsigned char>((bytes[0] & 0x7f) | 0x40);
    const BigNumPtr number(BN_bin2bn(bytes, serialBytes, nullptr));
    return number && BN_to_ASN1_INTEGER(number.get(), X509_get_serialNumber(certificate));
}

bool setValidity(X509 *certificate, const QDateTime &notBefore, const QDateTime &notAfter)
{
    const auto from = static_cast<time_t>(notBefore.toSecsSinceEpoch());
    const auto until = static_cast<time_t>(notAfter.toSecsSinceEpoch());
    return ASN1_TIME_set(X509_getm_notBefore(certificate), from)
        && ASN1_TIME_set(X509_getm_notAfter(certificate), until);
}

bool setSubject(X509 *certificate, const QString &commonName)
{
    const QByteArray name = commonName.toUtf8();
    X509_NAME *subject = X509_get_subject_name(certificate);
    return X509_NAME_add_entry_by_txt(subject, "CN", MBSTRING_UTF8,
               reinterpret_cast<const unsigned char *>(name.constData()),
               static_cast<int>(name.size()), -1, 0)
        && X509_set_subject_name(certificate, subject);
}

bool addExtension(X509 *certificate, X509V3_CTX *context, int nid, const char *value)
{
    const ExtensionPtr extension(X509V3_EXT_conf_nid(nullptr, context, nid, value));
    return extension && X509_add_ext(certificate, extension.get(), -1);
}

bool appendName(GENERAL_NAMES *names, int type, ASN1_STRING *value)
{
    GeneralNamePtr name(GENERAL_NAME_new());
    if (!name) {
        ASN1_STRING_free(value);
        return false;
    }
    GENERAL_NAME_set0_value(name.get(), type, value);
    if (sk_GENERAL_NAME_push(names, name.get()) <= 0)
        return false;
    name.release(); // the stack owns it now
    return true;
}

bool appendDnsName(GENERAL_NAMES *names, const QString &dnsName)
{
    const QByteArray ascii = dnsName.toLatin1();
    ASN1_IA5STRING *value = ASN1_IA5STRING_new();
    if (!value || !ASN1_STRING_set(value, ascii.constData(), static_cast<int>(ascii.size()))) {
        ASN1_IA5STRING_free(value);
        return false;
    }
    return appendName(names, GEN_DNS, value);
}

bool appendIpAddress(GENERAL_NAMES *names, const QHostAddress &address)
{
    QByteArray bytes;
    bool isIpv4 = false;
    const quint32 ipv4 = address.toIPv4Address(&isIpv4);
    if (isIpv4) {
        for (int shift = 24; shift >= 0; shift -= 8)
            bytes.append(static_cast<char>((ipv4 >> shift) & 0xff));
    } else {
        const Q_IPV6ADDR ipv6 = address.toIPv6Address();
        bytes = QByteArray(reinterpret_cast<const char *>(ipv6.c), sizeof ipv6.c);
    }
    ASN1_OCTET_STRING *value = ASN1_OCTET_STRING_new();
    if (!value
        || !ASN1_OCTET_STRING_set(value, reinterpret_cast<const unsigned char *>(bytes.data()),
            static_cast<int>(bytes.size()))) {
        ASN1_OCTET_STRING_free(value);
        return false;
    }
    return appendName(names, GEN_IPADD, value);
}

bool addSubjectAltNames(X509 *certificate, const CertificateFactory::Request &request)
{
    if (request.dnsNames.isEmpty() && request.ipAddresses.isEmpty())
        return true;
    const GeneralNamesPtr names(sk_GENERAL_NAME_new_null());
    if (!names)
        return false;
    for (const QString &dnsName : request.dnsNames) {
        if (!appendDnsName(names.get(), dnsName))
            return false;
    }
    for (const QHostAddress &address : request.ipAddresses) {
        if (!appendIpAddress(names.get(), address))
            return false;
    }
    return X509_add1_ext_i2d(certificate, NID_subject_alt_name, names.get(), 0, X509V3_ADD_DEFAULT)
        == 1;
}

X509Ptr toOpenSsl(const QSslCertificate &certificate)
{
    const QByteArray der = certificate.toDer();
    auto data = reinterpret_cast<const unsigned char *>(der.constData());
    return X509Ptr(d2i_X509(nullptr, &data, static_cast<long>(der.size())));
}

KeyPtr toOpenSsl(const QSslKey &key)
{
    const QByteArray pem = key.toPem();
    const BioPtr bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())));
    if (!bio)
        return nullptr;
    return KeyPtr(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
}

QSslCertificate toQt(X509 *certificate)
{
    const int size = i2d_X509(certificate, nullptr);
    if (size <= 0)
        return QSslCertificate();
    QByteArray der(size, Qt::Uninitialized);
    auto out = reinterpret_cast<unsigned char *>(der.data());
    if (i2d_X509(certificate, &out) != size)
        return QSslCertificate();
    return QSslCertificate(der, QSsl::Der);
}

// Qt reads the traditional "EC PRIVATE KEY" form reliably with every backend, so write that.
QSslKey toQt(EVP_PKEY *key)
{
    const BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio
        || !PEM_write_bio_PrivateKey_traditional(
            bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr)) {
        return QSslKey();
    }
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QSslKey(QByteArray(data, static_cast<int>(size)), QSsl::Ec, QSsl::Pem);
}

// The certificate that signs, with its key; both null for a self-signed certificate.
struct Signer
{
    X509 *certificate = nullptr;
    EVP_PKEY *key = nullptr;
};

// Builds one certificate step by step; the first step that fails leaves its reason in error().
class Builder
{
public:
    CertificateFactory::GeneratedCertificate build(
        const CertificateFactory::Request &request, bool authority, const Signer &signer);
    QString error() const { return m_error; }

private:
    bool check(bool succeeded, const QString &step);
    bool checkRequest(const CertificateFactory::Request &request);
    bool addExtensions(const CertificateFactory::Request &request, bool authority, X509 *issuer);

    X509Ptr m_certificate;
    KeyPtr m_key;
    QString m_error;
};

bool Builder::check(bool succeeded, const QString &step)
{
    if (!succeeded && m_error.isEmpty())
        m_error = step + QStringLiteral(": ") + openSslReason();
    return succeeded;
}

bool Builder::checkRequest(const CertificateFactory::Request &request)
{
    if (request.commonName.isEmpty())
        m_error = CertificateFactory::tr("The certificate needs a common name.");
    else if (!request.notBefore.isValid() || !request.notAfter.isValid()
        || request.notBefore >= request.notAfter)
        m_error = CertificateFactory::tr("The validity period must end after it starts.");
    for (const QString &dnsName : request.dnsNames) {
        const bool ascii = std::all_of(dnsName.cbegin(), dnsName.cend(),
            [](QChar c) { return c.unicode() > 32 && c.unicode() < 127; });
        if (m_error.isEmpty() && (dnsName.isEmpty() || !ascii))
            m_error = CertificateFactory::tr("\"%1\" is not a valid DNS name.").arg(dnsName);
    }
    for (const QHostAddress &address : request.ipAddresses) {
        if (m_error.isEmpty() && address.isNull())
            m_error = CertificateFactory::tr("An IP address for the certificate is empty.");
    }
    return m_error.isEmpty();
}

bool Builder::addExtensions(
    const CertificateFactory::Request &request, bool authority, X509 *issuer)
{
    X509V3_CTX context;
    X509V3_set_ctx(&context, issuer, m_certificate.get(), nullptr, nullptr, 0);
    X509 *cert = m_certificate.get();
    const char *constraints = authority ? "critical,CA:TRUE" : "critical,CA:FALSE";
    const char *usage = authority ? "critical,keyCertSign,cRLSign" : "critical,digitalSignature";
    // A self-signed leaf carries no key usage: with digitalSignature alone OpenSSL would not
    // count it as issued by itself, and clients would report a missing issuer instead of
    // "self-signed"; keyCertSign would make it look like an authority.
    const bool withUsage = authority || issuer != cert;
    // The subject key identifier must exist before the authority key identifier of a
    // self-signed certificate can refer to it.
    return check(addExtension(cert, &context, NID_basic_constraints, constraints),
               CertificateFactory::tr("Could not add the basic constraints"))
        && (!withUsage
            || check(addExtension(cert, &context, NID_key_usage, usage),
                CertificateFactory::tr("Could not add the key usage")))
        && (authority
            || check(addExtension(cert, &context, NID_ext_key_usage, "serverAuth"),
                CertificateFactory::tr("Could not add the extended key usage")))
        && check(addExtension(cert, &context, NID_subject_key_identifier, "hash"),
            CertificateFactory::tr("Could not add the subject key identifier"))
        && check(addExtension(cert, &context, NID_authority_key_identifier, "keyid:always"),
            CertificateFactory::tr("Could not add the authority key identifier"))
        && check(addSubjectAltNames(cert, request),
            CertificateFactory::tr("Could not add the subject alternative names"));
}

CertificateFactory::GeneratedCertificate Builder::build(
    const CertificateFactory::Request &request, bool authority, const Signer &signer)
{
    ERR_clear_error();
    if (!checkRequest(request))
        return CertificateFactory::GeneratedCertificate();
    m_key = generateKey();
    m_certificate.reset(X509_new());
    X509 *cert = m_certificate.get();
    const bool selfSigned = !signer.certificate;
    X509 *issuer = selfSigned ? cert : signer.certificate;
    EVP_PKEY *signingKey = selfSigned ? m_key.get() : signer.key;
    const bool built =
        check(m_key != nullptr, CertificateFactory::tr("Could not generate an EC P-256 key"))
        && check(cert != nullptr, CertificateFactory::tr("Could not allocate a certificate"))
        && check(X509_set_version(cert, X509_VERSION_3) && setRandomSerial(cert),
            CertificateFactory::tr("Could not set the version and serial number"))
        && check(setValidity(cert, request.notBefore, request.notAfter),
            CertificateFactory::tr("Could not set the validity period"))
        && check(setSubject(cert, request.commonName),
            CertificateFactory::tr("Could not set the subject"))
        && check(X509_set_issuer_name(cert, X509_get_subject_name(issuer)),
            CertificateFactory::tr("Could not set the issuer"))
        && check(X509_set_pubkey(cert, m_key.get()),
            CertificateFactory::tr("Could not set the public key"))
        && addExtensions(request, authority, issuer)
        && check(X509_sign(cert, signingKey, EVP_sha256()) > 0,
            CertificateFactory::tr("Could not sign the certificate"));
    if (!built)
        return CertificateFactory::GeneratedCertificate();
    CertificateFactory::GeneratedCertificate result {toQt(cert), toQt(m_key.get())};
    if (result.isNull())
        m_error = CertificateFactory::tr("Qt could not read the generated certificate or key.");
    return result.isNull() ? CertificateFactory::GeneratedCertificate() : result;
}

CertificateFactory::GeneratedCertificate finish(
    const Builder &builder, CertificateFactory::GeneratedCertificate result, QString *errorMessage)
{
    if (result.isNull()) {
        qCDebug(lcTls) << "Certificate generation failed:" << builder.error();
        if (errorMessage)
            *errorMessage = builder.error();
    }
    return result;
}

} // namespace

CertificateFactory::GeneratedCertificate CertificateFactory::createAuthority(
    const QString &commonName, const QDateTime &notBefore, const QDateTime &notAfter,
    QString *errorMessage)
{
    Builder builder;
    const Request request {commonName, {}, {}, notBefore, notAfter};
    return finish(builder, builder.build(request, true, Signer()), errorMessage);
}

CertificateFactory::GeneratedCertificate CertificateFactory::createSigned(
    const Request &request, const GeneratedCertificate &issuer, QString *errorMessage)
{
    const X509Ptr issuerCertificate = toOpenSsl(issuer.certificate);
    const KeyPtr issuerKey = toOpenSsl(issuer.privateKey);
    QString problem;
    if (issuer.isNull() || !issuerCertificate || !issuerKey)
        problem = tr("The issuing certificate or its private key is missing or unreadable.");
    else if (X509_check_private_key(issuerCertificate.get(), issuerKey.get()) != 1)
        problem = tr("The issuer's private key does not belong to its certificate.");
    if (!problem.isEmpty()) {
        ERR_clear_error();
        qCDebug(lcTls) << "Certificate generation failed:" << problem;
        if (errorMessage)
            *errorMessage = problem;
        return GeneratedCertificate();
    }
    Builder builder;
    const Signer signer {issuerCertificate.get(), issuerKey.get()};
    return finish(builder, builder.build(request, false, signer), errorMessage);
}

CertificateFactory::GeneratedCertificate CertificateFactory::createSelfSigned(
    const Request &request, QString *errorMessage)
{
    Builder builder;
    return finish(builder, builder.build(request, false, Signer()), errorMessage);
}
