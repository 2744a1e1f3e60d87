#include "checks/CertificateReport.h"

#include <QCryptographicHash>
#include <QMultiMap>

#include <algorithm>

CertificateReport::Validity CertificateReport::validity(
    const QSslCertificate &certificate, const QDateTime &now)
{
    if (now < certificate.effectiveDate())
        return Validity::NotYetValid;
    if (now > certificate.expiryDate())
        return Validity::Expired;
    if (daysRemaining(certificate, now) < warningDays)
        return Validity::ExpiresSoon;
    return Validity::Valid;
}

qint64 CertificateReport::daysRemaining(const QSslCertificate &certificate, const QDateTime &now)
{
    const qint64 seconds = now.secsTo(certificate.expiryDate());
    constexpr qint64 day = 24 * 60 * 60;
    // Round towards minus infinity, so an hour past expiry is -1 days, not 0.
    return seconds >= 0 ? seconds / day : -((-seconds + day - 1) / day);
}

QString CertificateReport::distinguishedName(const QSslCertificate &certificate, bool ofSubject)
{
    const QList<QByteArray> attributes =
        ofSubject ? certificate.subjectInfoAttributes() : certificate.issuerInfoAttributes();
    QStringList parts;
    for (const QByteArray &attribute : attributes) {
        const QStringList values =
            ofSubject ? certificate.subjectInfo(attribute) : certificate.issuerInfo(attribute);
        for (const QString &value : values)
            parts.append(QString::fromLatin1(attribute) + u'=' + value);
    }
    return parts.join(QStringLiteral(", "));
}

QString CertificateReport::subject(const QSslCertificate &certificate)
{
    return distinguishedName(certificate, true);
}

QString CertificateReport::issuer(const QSslCertificate &certificate)
{
    return distinguishedName(certificate, false);
}

QStringList CertificateReport::names(const QSslCertificate &certificate)
{
    const QMultiMap<QSsl::AlternativeNameEntryType, QString> alternatives =
        certificate.subjectAlternativeNames();
    // QMultiMap::values() lists the latest insertion first; reversed, the names keep the order
    // the certificate gives them.
    QStringList dnsNames = alternatives.values(QSsl::DnsEntry);
    QStringList addresses = alternatives.values(QSsl::IpAddressEntry);
    std::reverse(dnsNames.begin(), dnsNames.end());
    std::reverse(addresses.begin(), addresses.end());
    return dnsNames + addresses;
}

QString CertificateReport::shortName(const QSslCertificate &certificate)
{
    const QStringList commonNames = certificate.subjectInfo(QSslCertificate::CommonName);
    if (!commonNames.isEmpty())
        return commonNames.constFirst();
    const QStringList all = names(certificate);
    return all.isEmpty() ? tr("the certificate") : all.constFirst();
}

QString CertificateReport::fingerprint(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

QString CertificateReport::formatDate(const QDateTime &date)
{
    return date.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

QString CertificateReport::remaining(const QSslCertificate &certificate, const QDateTime &now)
{
    const qint64 days = daysRemaining(certificate, now);
    switch (validity(certificate, now)) {
    case Validity::NotYetValid:
        return tr("not valid yet");
    case Validity::Expired:
        return tr("expired %n day(s) ago", nullptr, int(-days));
    case Validity::ExpiresSoon:
    case Validity::Valid:
        break;
    }
    return tr("%n day(s) left", nullptr, int(days));
}

QString CertificateReport::describe(const QSslCertificate &certificate, const QDateTime &now)
{
    const QStringList all = names(certificate);
    QStringList lines;
    lines << tr("Subject: %1").arg(subject(certificate));
    lines << tr("Issuer: %1").arg(issuer(certificate));
    lines << tr("Names: %1").arg(all.isEmpty() ? tr("(none)") : all.join(QStringLiteral(", ")));
    lines << tr("Valid from: %1").arg(formatDate(certificate.effectiveDate()));
    lines << tr("Expires: %1 (%2)")
                 .arg(formatDate(certificate.expiryDate()), remaining(certificate, now));
    lines << tr("SHA-256 fingerprint: %1").arg(fingerprint(certificate));
    return lines.join(u'\n');
}

QString CertificateReport::describeChain(const QList<QSslCertificate> &chain, const QDateTime &now)
{
    QStringList parts;
    for (qsizetype i = 0; i < chain.size(); ++i) {
        const QString heading =
            i == 0 ? tr("Server certificate:") : tr("Issuer certificate %1:").arg(i);
        parts << heading + u'\n' + describe(chain.at(i), now);
    }
    return parts.join(QStringLiteral("\n\n"));
}
