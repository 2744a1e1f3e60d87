#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QStringList>

// Describes certificates for the admin: subject, issuer, names, validity and fingerprint, and
// judges how long a certificate has left.
class CertificateReport
{
    Q_DECLARE_TR_FUNCTIONS(CertificateReport)

public:
    enum class Validity { Valid, ExpiresSoon, Expired, NotYetValid };

    static constexpr int warningDays = 30;

    static Validity validity(const QSslCertificate &certificate, const QDateTime &now);
    // Whole days until expiry; negative once expired.
    static qint64 daysRemaining(const QSslCertificate &certificate, const QDateTime &now);

    // "CN=git.example.com, O=Example" (the attributes in the certificate's order).
    static QString subject(const QSslCertificate &certificate);
    static QString issuer(const QSslCertificate &certificate);
    // The DNS names and IP addresses it is valid for (its subject alternative names).
    static QStringList names(const QSslCertificate &certificate);
    // The common name, or the first name, for use inside a sentence.
    static QString shortName(const QSslCertificate &certificate);
    // SHA-256, upper-case hex bytes separated by colons.
    static QString fingerprint(const QSslCertificate &certificate);
    // "2026-03-01 12:00 UTC": unambiguous in every language.
    static QString formatDate(const QDateTime &date);

    // Several lines: subject, issuer, names, validity period and fingerprint.
    static QString describe(const QSslCertificate &certificate, const QDateTime &now);
    // Every certificate of the chain the server sent, the server's first.
    static QString describeChain(const QList<QSslCertificate> &chain, const QDateTime &now);

private:
    static QString distinguishedName(const QSslCertificate &certificate, bool ofSubject);
    static QString remaining(const QSslCertificate &certificate, const QDateTime &now);
};
