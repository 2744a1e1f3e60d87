#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QStringList>

// Makes EC P-256 keys and X.509 v3 certificates signed with SHA-256, with OpenSSL, because Qt
// can read certificates but not create them. The sandbox uses it for its certificate authority
// and server certificates; the loopback HTTPS listener for its self-signed certificate.
class CertificateFactory
{
    Q_DECLARE_TR_FUNCTIONS(CertificateFactory)

public:
    // A certificate together with the private key of the public key it certifies.
    struct GeneratedCertificate
    {
        QSslCertificate certificate;
        QSslKey privateKey;

        bool isNull() const { return certificate.isNull() || privateKey.isNull(); }
    };

    // What a server certificate says: its names and when it is valid.
    struct Request
    {
        QString commonName;
        QStringList dnsNames;
        QList<QHostAddress> ipAddresses;
        QDateTime notBefore;
        QDateTime notAfter;
    };

    // A certificate authority: CA:TRUE (critical), keyCertSign and cRLSign.
    static GeneratedCertificate createAuthority(const QString &commonName,
        const QDateTime &notBefore, const QDateTime &notAfter, QString *errorMessage = nullptr);

    // A server certificate signed by issuer, which must be an authority made by createAuthority
    // (or any certificate with its private key).
    static GeneratedCertificate createSigned(const Request &request,
        const GeneratedCertificate &issuer, QString *errorMessage = nullptr);

    // A server certificate that signs itself; no authority vouches for it. It has no key usage
    // extension, so that verifiers recognise it as self-signed (see the implementation).
    static GeneratedCertificate createSelfSigned(
        const Request &request, QString *errorMessage = nullptr);
};
