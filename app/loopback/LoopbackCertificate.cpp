#include "loopback/LoopbackCertificate.h"

#include "common/Logging.h"
#include "tls/CertificateFactory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QLocale>

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <memory>

namespace {

constexpr qint64 maxPemFileSize = 1024 * 1024;
constexpr QFileDevice::Permissions ownerReadWrite =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions groupOrOther = QFileDevice::ReadGroup | QFileDevice::WriteGroup
    | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
    | QFileDevice::ExeOther;

struct BioFree
{
    void operator()(BIO *bio) const { BIO_free_all(bio); }
};
struct KeyFree
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
struct X509Free
{
    void operator()(X509 *certificate) const { X509_free(certificate); }
};

// Qt cannot tell whether a private key belongs to a certificate; OpenSSL can.
bool keyBelongsTo(const QSslCertificate &certificate, const QSslKey &key)
{
    const QByteArray der = certificate.toDer();
    auto derData = reinterpret_cast<const unsigned char *>(der.constData());
    const std::unique_ptr<X509, X509Free> x509(
        d2i_X509(nullptr, &derData, static_cast<long>(der.size())));
    const QByteArray pem = key.toPem();
    const std::unique_ptr<BIO, BioFree> bio(
        BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())));
    const std::unique_ptr<EVP_PKEY, KeyFree> privateKey(
        bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    const bool matches =
        x509 && privateKey && X509_check_private_key(x509.get(), privateKey.get()) == 1;
    ERR_clear_error();
    return matches;
}

QString localTime(const QDateTime &moment)
{
    return QLocale().toString(moment.toLocalTime(), QLocale::ShortFormat);
}

// The whole file, or a null array and a translated reason that names it.
QByteArray readSmallFile(const QString &path, QString *reason)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *reason = LoopbackCertificate::tr("%1 cannot be read: %2.").arg(path, file.errorString());
        return QByteArray();
    }
    if (file.size() > maxPemFileSize) {
        *reason =
            LoopbackCertificate::tr("%1 is too large to hold a certificate or key.").arg(path);
        return QByteArray();
    }
    const QByteArray data = file.readAll();
    if (data.isEmpty())
        *reason = LoopbackCertificate::tr("%1 is empty.").arg(path);
    return data;
}

QList<QSslCertificate> readCertificates(const QString &path, QString *reason)
{
    const QByteArray data = readSmallFile(path, reason);
    if (data.isEmpty())
        return {};
    const QList<QSslCertificate> chain = QSslCertificate::fromData(data, QSsl::Pem);
    if (chain.isEmpty() || chain.first().isNull())
        *reason = LoopbackCertificate::tr("%1 holds no PEM certificate.").arg(path);
    return chain.value(0).isNull() ? QList<QSslCertificate>() : chain;
}

QSslKey readKey(const QString &path, QString *reason)
{
    const QByteArray data = readSmallFile(path, reason);
    if (data.isEmpty())
        return QSslKey();
    if (data.contains("ENCRYPTED")) {
        *reason = LoopbackCertificate::tr(
            "The private key in %1 is protected by a passphrase. Supply the key without one.")
                      .arg(path);
        return QSslKey();
    }
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Ec, QSsl::Rsa}) {
        const QSslKey key(data, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            return key;
    }
    *reason = LoopbackCertificate::tr(
        "%1 holds no private key that can be read (PEM, EC or RSA, without a passphrase).")
                  .arg(path);
    return QSslKey();
}

// Creates directory with mode 0700, or takes group and other access away if it exists.
bool prepareDirectory(const QString &directory, QString *reason)
{
    const QString path = QDir::cleanPath(QDir(directory).absolutePath());
    const QFileInfo info(path);
    if (info.exists() && !info.isDir()) {
        *reason = LoopbackCertificate::tr("%1 exists but is not a folder.").arg(path);
        return false;
    }
    if (!info.exists()) {
        const bool created = QDir().mkpath(info.absolutePath())
            && QDir().mkdir(path, ownerReadWrite | QFileDevice::ExeOwner);
        if (!created)
            *reason = LoopbackCertificate::tr("The folder %1 cannot be created.").arg(path);
        return created;
    }
    if (!(QFile::permissions(path) & groupOrOther))
        return true;
    if (!QFile::setPermissions(path, ownerReadWrite | QFileDevice::ExeOwner)) {
        *reason = LoopbackCertificate::tr("Access to the folder %1 cannot be restricted to its "
                                          "owner.")
                      .arg(path);
        return false;
    }
    return true;
}

// Writes data to path through a new file that is owner-only from the moment it exists, then
// puts it in place of any earlier one.
bool writeOwnerOnly(const QString &path, const QByteArray &data, QString *reason)
{
    const QString temporaryPath = path + QStringLiteral(".new");
    QFile::remove(temporaryPath);
    QFile file(temporaryPath);
    bool written = file.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerReadWrite)
        && file.write(data) == data.size() && file.flush();
    if (!written)
        *reason =
            LoopbackCertificate::tr("%1 cannot be written: %2.").arg(path, file.errorString());
    file.close();
    if (written && QFile::exists(path) && !QFile::remove(path)) {
        *reason = LoopbackCertificate::tr("%1 cannot be replaced.").arg(path);
        written = false;
    }
    if (written && !QFile::rename(temporaryPath, path)) {
        *reason =
            LoopbackCertificate::tr("%1 cannot be put in place of %2.").arg(temporaryPath, path);
        written = false;
    }
    if (!written)
        QFile::remove(temporaryPath);
    return written;
}

// Whether the certificate names the address the browser returns to, and with dnsToo also the
// name localhost.
bool namesLoopback(const QSslCertificate &certificate, bool dnsToo)
{
    const auto names = certificate.subjectAlternativeNames();
    const bool ip = names.contains(QSsl::IpAddressEntry, QStringLiteral("127.0.0.1"));
    const bool dns = names.contains(QSsl::DnsEntry, QStringLiteral("localhost"));
    return ip && (dns || !dnsToo);
}

// Why a kept pair is not used again; empty when it is fine.
QString whyNotReusable(const LoopbackCertificate &kept, const QString &keyPath)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (QFile::permissions(keyPath) & groupOrOther)
        return QStringLiteral("the key file is readable by others than its owner");
    if (!keyBelongsTo(kept.certificate(), kept.privateKey()))
        return QStringLiteral("the key does not belong to the certificate");
    if (!namesLoopback(kept.certificate(), true))
        return QStringLiteral("the certificate does not name localhost and 127.0.0.1");
    if (kept.certificate().effectiveDate() > now)
        return QStringLiteral("the certificate is not valid yet");
    if (kept.notAfter() <= now.addDays(1))
        return QStringLiteral("the certificate has expired or expires within a day");
    return QString();
}

// Why an admin's certificate cannot serve, translated; empty when it can.
QString whyNotUsable(
    const LoopbackCertificate &supplied, const QString &certificatePath, const QString &keyPath)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QSslCertificate leaf = supplied.certificate();
    if (leaf.expiryDate() <= now) {
        return LoopbackCertificate::tr("The certificate in %1 expired on %2. Supply a current one.")
            .arg(certificatePath, localTime(leaf.expiryDate()));
    }
    if (leaf.effectiveDate() > now) {
        return LoopbackCertificate::tr("The certificate in %1 is not valid before %2.")
            .arg(certificatePath, localTime(leaf.effectiveDate()));
    }
    if (!keyBelongsTo(leaf, supplied.privateKey())) {
        return LoopbackCertificate::tr(
            "The private key in %1 does not belong to the certificate in %2.")
            .arg(keyPath, certificatePath);
    }
    if (!namesLoopback(leaf, false)) {
        return LoopbackCertificate::tr(
            "The certificate in %1 is not issued for the IP address 127.0.0.1, the address the "
            "browser returns to, so the browser would refuse it. Supply a certificate whose "
            "subject alternative names include IP 127.0.0.1.")
            .arg(certificatePath);
    }
    return QString();
}

} // namespace

LoopbackCertificate LoopbackCertificate::loadOrCreate(const QString &directory, QString *error)
{
    QString reason;
    if (!prepareDirectory(directory, &reason)) {
        qCWarning(lcLoopback) << "Loopback certificate folder:" << reason;
        if (error)
            *error = reason;
        return LoopbackCertificate();
    }
    const QDir folder(directory);
    const QString certificatePath = folder.filePath(certificateFileName());
    const QString keyPath = folder.filePath(keyFileName());

    LoopbackCertificate kept;
    QString readError;
    kept.m_chain = readCertificates(certificatePath, &readError);
    if (!kept.m_chain.isEmpty())
        kept.m_key = readKey(keyPath, &readError);
    const QString notReusable = kept.isNull() ? readError : whyNotReusable(kept, keyPath);
    if (notReusable.isEmpty()) {
        qCDebug(lcLoopback) << "Using the loopback certificate in" << directory;
        return kept;
    }
    qCInfo(lcLoopback) << "Making a new loopback certificate:" << notReusable;

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const CertificateFactory::Request request {QStringLiteral("localhost"),
        {QStringLiteral("localhost")}, {QHostAddress(QHostAddress::LocalHost)}, now.addSecs(-3600),
        now.addYears(validityYears)};
    const CertificateFactory::GeneratedCertificate made =
        CertificateFactory::createSelfSigned(request, &reason);
    if (made.isNull()) {
        reason =
            tr("A certificate for the listener for Slack's answer cannot be made: %1").arg(reason);
    } else if (writeOwnerOnly(keyPath, made.privateKey.toPem(), &reason)
        && writeOwnerOnly(certificatePath, made.certificate.toPem(), &reason)) {
        LoopbackCertificate created;
        created.m_chain = {made.certificate};
        created.m_key = made.privateKey;
        created.m_created = true;
        return created;
    }
    qCWarning(lcLoopback) << "Loopback certificate:" << reason;
    if (error)
        *error = reason;
    return LoopbackCertificate();
}

LoopbackCertificate LoopbackCertificate::loadSupplied(
    const QString &certificatePath, const QString &keyPath, QString *error)
{
    LoopbackCertificate supplied;
    QString reason;
    supplied.m_chain = readCertificates(certificatePath, &reason);
    if (!supplied.m_chain.isEmpty())
        supplied.m_key = readKey(keyPath, &reason);
    if (!supplied.isNull())
        reason = whyNotUsable(supplied, certificatePath, keyPath);
    if (reason.isEmpty())
        return supplied;
    qCWarning(lcLoopback) << "Supplied loopback certificate refused:" << reason;
    if (error)
        *error = reason;
    return LoopbackCertificate();
}

QString LoopbackCertificate::sha256Fingerprint() const
{
    if (m_chain.isEmpty())
        return QString();
    const QByteArray digest = certificate().digest(QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.toHex(':').toUpper());
}
