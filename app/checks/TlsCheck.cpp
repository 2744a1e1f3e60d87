#include "checks/TlsCheck.h"

#include "bitbucket/BitbucketUrl.h"
#include "checks/CertificateReport.h"
#include "checks/NetworkProblem.h"
#include "checks/SslErrorAdvice.h"

#include <QSslCipher>
#include <QSslSocket>

void TlsCheck::run()
{
    const CaBundle &bundle = context().caBundle;
    if (!bundle.isUsable()) {
        finish(CheckResult::Status::Fail, tr("The CA bundle cannot be used."), bundle.problem(),
            tr("Choose a readable PEM file holding your organisation's CA certificate, or "
               "clear the CA bundle setting to rely on the system's certificate store."));
        return;
    }
    m_socket = new QSslSocket(this);
    m_socket->setSslConfiguration(context().ssl);
    m_socket->setProtocol(QSsl::SecureProtocols);
    connect(m_socket, &QSslSocket::encrypted, this, &TlsCheck::onEncrypted);
    connect(m_socket, &QSslSocket::sslErrors, this, &TlsCheck::onSslErrors);
    connect(m_socket, &QSslSocket::errorOccurred, this, &TlsCheck::onSocketError);
    const QUrl &base = target().baseUrl;
    m_socket->connectToHostEncrypted(base.host(), quint16(BitbucketUrl::effectivePort(base)));
}

void TlsCheck::stopWork()
{
    if (!m_socket)
        return;
    disconnect(m_socket, nullptr, this, nullptr);
    m_socket->abort();
    m_socket->deleteLater();
    m_socket = nullptr;
}

void TlsCheck::onSslErrors(const QList<QSslError> &errors)
{
    // Kept for the report. The handshake then fails, because nothing ignores them.
    m_sslErrors = errors;
    m_chain = m_socket->peerCertificateChain();
}

void TlsCheck::onSocketError()
{
    if (!m_sslErrors.isEmpty()) {
        reportCertificateErrors();
        return;
    }
    const NetworkProblem::Kind kind = NetworkProblem::fromSocketError(m_socket->error());
    const QUrl &base = target().baseUrl;
    QString summary = NetworkProblem::summary(kind, base, context().timeout);
    QString fix = NetworkProblem::fix(kind, base);
    if (kind == NetworkProblem::Kind::Tls) {
        fix = tr("Check that port %1 speaks HTTPS (not plain HTTP) and that the server offers "
                 "TLS 1.2 or newer.")
                  .arg(BitbucketUrl::effectivePort(base));
    }
    finish(CheckResult::Status::Fail, summary, tr("Error: %1").arg(clean(m_socket->errorString())),
        fix);
}

void TlsCheck::onEncrypted()
{
    m_chain = m_socket->peerCertificateChain();
    reportVerified();
}

void TlsCheck::reportCertificateErrors()
{
    const QString host = target().baseUrl.host();
    QString detail = SslErrorAdvice::explainAll(m_sslErrors, host);
    if (!m_chain.isEmpty())
        detail += QStringLiteral("\n\n")
            + CertificateReport::describeChain(m_chain, QDateTime::currentDateTimeUtc());
    finish(CheckResult::Status::Fail, SslErrorAdvice::summary(m_sslErrors), detail,
        SslErrorAdvice::fixAll(m_sslErrors, host));
}

void TlsCheck::reportVerified()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QSslCertificate leaf = m_socket->peerCertificate();
    const QString host = target().baseUrl.host();
    const QString detail = connectionDetail() + QStringLiteral("\n\n")
        + CertificateReport::describeChain(m_chain, now);
    const qint64 days = CertificateReport::daysRemaining(leaf, now);
    const QString expiry = CertificateReport::formatDate(leaf.expiryDate());
    if (CertificateReport::validity(leaf, now) == CertificateReport::Validity::ExpiresSoon) {
        finish(CheckResult::Status::Warn,
            tr("The certificate for %1 expires in %n day(s), on %2.", nullptr, int(days))
                .arg(host, expiry),
            detail,
            tr("Renew the certificate before %1 and install the new one on the server or the "
               "proxy in front of Bitbucket.")
                .arg(expiry));
        return;
    }
    finish(CheckResult::Status::Pass,
        tr("The certificate for %1 is trusted and valid for %n more day(s).", nullptr, int(days))
            .arg(host),
        detail);
}

QString TlsCheck::connectionDetail() const
{
    const QSslCipher cipher = m_socket->sessionCipher();
    return tr("Connected to %1:%2 with %3, cipher %4.")
        .arg(target().baseUrl.host())
        .arg(m_socket->peerPort())
        .arg(cipher.protocolString(), cipher.name());
}
