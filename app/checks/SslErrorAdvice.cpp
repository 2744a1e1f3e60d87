#include "checks/SslErrorAdvice.h"

#include "checks/CertificateReport.h"

#include <QSslCertificate>

SslErrorAdvice::Kind SslErrorAdvice::kind(const QSslError &error)
{
    switch (error.error()) {
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
    case QSslError::CertificateRejected:
        return Kind::UntrustedIssuer;
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
        return Kind::SelfSigned;
    case QSslError::HostNameMismatch:
        return Kind::HostNameMismatch;
    case QSslError::CertificateExpired:
        return Kind::Expired;
    case QSslError::CertificateNotYetValid:
        return Kind::NotYetValid;
    case QSslError::CertificateRevoked:
        return Kind::Revoked;
    case QSslError::NoPeerCertificate:
        return Kind::NoCertificate;
    default:
        return Kind::Other;
    }
}

QString SslErrorAdvice::label(Kind kind)
{
    switch (kind) {
    case Kind::UntrustedIssuer:
        return tr("untrusted issuer");
    case Kind::SelfSigned:
        return tr("self-signed");
    case Kind::HostNameMismatch:
        return tr("host name mismatch");
    case Kind::Expired:
        return tr("expired");
    case Kind::NotYetValid:
        return tr("not yet valid");
    case Kind::Revoked:
        return tr("revoked");
    case Kind::NoCertificate:
        return tr("no certificate");
    case Kind::Other:
        break;
    }
    return tr("invalid certificate");
}

QString SslErrorAdvice::explain(const QSslError &error, const QString &host)
{
    const QSslCertificate certificate = error.certificate();
    const QString name = certificate.isNull() ? tr("the server's certificate")
                                              : CertificateReport::shortName(certificate);
    switch (kind(error)) {
    case Kind::UntrustedIssuer:
        return tr("Untrusted issuer: %1 was issued by %2, a certificate authority this computer "
                  "does not trust.")
            .arg(name, certificate.issuerDisplayName());
    case Kind::SelfSigned:
        return tr("Self-signed: %1 signs itself; no trusted certificate authority vouches for it.")
            .arg(name);
    case Kind::HostNameMismatch:
        return tr("Host name mismatch: the certificate names %1, not %2.")
            .arg(CertificateReport::names(certificate).join(QStringLiteral(", ")), host);
    case Kind::Expired:
        return tr("Expired: %1 expired on %2.")
            .arg(name, CertificateReport::formatDate(certificate.expiryDate()));
    case Kind::NotYetValid:
        return tr("Not yet valid: %1 is valid only from %2.")
            .arg(name, CertificateReport::formatDate(certificate.effectiveDate()));
    case Kind::Revoked:
        return tr("Revoked: the certificate authority revoked %1.").arg(name);
    case Kind::NoCertificate:
        return tr("No certificate: the server presented none.");
    case Kind::Other:
        break;
    }
    return tr("%1: %2.").arg(error.errorString(), name);
}

QString SslErrorAdvice::fix(Kind kind, const QString &host)
{
    switch (kind) {
    case Kind::UntrustedIssuer:
        return tr("If your organisation runs its own certificate authority, add its CA "
                  "certificate (PEM) as the CA bundle on the Connect page. Otherwise install a "
                  "certificate from a trusted CA on the server or its proxy, with the full chain "
                  "of intermediate certificates.");
    case Kind::SelfSigned:
        return tr("Replace the self-signed certificate with one from a trusted CA: a public one "
                  "(Slack must trust it too when it calls Bitbucket), or your organisation's CA "
                  "added as the CA bundle.");
    case Kind::HostNameMismatch:
        return tr("Install a certificate that names %1 among its subject alternative names, or "
                  "use a host name the certificate names in the base URL.")
            .arg(host);
    case Kind::Expired:
        return tr("Renew the certificate and install the new one on the server or the proxy in "
                  "front of Bitbucket.");
    case Kind::NotYetValid:
        return tr("Check the date and time of this computer and of the server; if both are "
                  "right, install a certificate that is valid now.");
    case Kind::Revoked:
        return tr("Install a new certificate: the revoked one cannot be trusted again.");
    case Kind::NoCertificate:
        return tr("Configure the server or proxy to present its certificate.");
    case Kind::Other:
        break;
    }
    return tr("Install a valid certificate for %1 issued by a trusted certificate authority.")
        .arg(host);
}

QList<SslErrorAdvice::Kind> SslErrorAdvice::kinds(const QList<QSslError> &errors)
{
    QList<Kind> found;
    for (const QSslError &error : errors) {
        if (!found.contains(kind(error)))
            found.append(kind(error));
    }
    return found;
}

QString SslErrorAdvice::summary(const QList<QSslError> &errors)
{
    QStringList labels;
    for (Kind each : kinds(errors))
        labels.append(label(each));
    return tr("The certificate is not accepted: %1.").arg(labels.join(QStringLiteral(", ")));
}

QString SslErrorAdvice::explainAll(const QList<QSslError> &errors, const QString &host)
{
    QStringList lines;
    for (const QSslError &error : errors)
        lines.append(explain(error, host));
    lines.removeDuplicates();
    return lines.join(u'\n');
}

QString SslErrorAdvice::fixAll(const QList<QSslError> &errors, const QString &host)
{
    QStringList lines;
    for (Kind each : kinds(errors))
        lines.append(fix(each, host));
    return lines.join(u'\n');
}
