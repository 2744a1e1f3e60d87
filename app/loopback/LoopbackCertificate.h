#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

// The certificate and private key the loopback listener serves: either one this program made for
// itself (self-signed, for DNS localhost and IP 127.0.0.1, valid for two years) and keeps in a
// directory of its own, or one the admin supplies.
class LoopbackCertificate
{
    Q_DECLARE_TR_FUNCTIONS(LoopbackCertificate)

public:
    static QString certificateFileName() { return QStringLiteral("loopback-certificate.pem"); }
    static QString keyFileName() { return QStringLiteral("loopback-key.pem"); }
    static constexpr int validityYears = 2;

    // Reads the pair from directory, or makes a new one and writes it there when a file is
    // missing or unreadable, the key does not belong to the certificate, the key file can be read
    // by others than its owner, or the certificate has expired (or does within a day). The
    // directory is created readable by its owner only (and tightened if it exists), the key file
    // is created with mode 0600. A null certificate and a translated reason on failure.
    static LoopbackCertificate loadOrCreate(const QString &directory, QString *error = nullptr);

    // Reads a certificate (PEM; further certificates in the file are its chain) and its private
    // key (PEM, unencrypted, EC or RSA) that the admin supplies. Refuses a certificate that is
    // not valid now, one that does not name IP 127.0.0.1 (the address the browser returns to) or
    // a key that does not belong to it; the translated reason names the file.
    static LoopbackCertificate loadSupplied(
        const QString &certificatePath, const QString &keyPath, QString *error = nullptr);

    bool isNull() const { return m_chain.isEmpty() || m_key.isNull(); }
    QSslCertificate certificate() const { return m_chain.value(0); }
    // The certificate followed by the rest of the chain from its file.
    QList<QSslCertificate> certificateChain() const { return m_chain; }
    QSslKey privateKey() const { return m_key; }
    // Whether loadOrCreate() made this certificate just now (the browser will warn afresh).
    bool wasCreated() const { return m_created; }

    // SHA-256 over the DER certificate as upper-case hex pairs joined by colons, the form
    // browsers show; empty for a null certificate.
    QString sha256Fingerprint() const;
    QDateTime notAfter() const { return certificate().expiryDate(); }

private:
    QList<QSslCertificate> m_chain;
    QSslKey m_key;
    bool m_created = false;
};
