#include "bitbucket/CaBundle.h"

#include <QFile>

CaBundle CaBundle::load(const QString &path)
{
    CaBundle bundle;
    bundle.m_path = path;
    if (path.isEmpty())
        return bundle;

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        bundle.m_problem = tr("The CA bundle %1 cannot be read: %2.").arg(path, file.errorString());
        return bundle;
    }
    bundle.m_certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (bundle.m_certificates.isEmpty())
        bundle.m_problem = tr("The CA bundle %1 holds no PEM certificate.").arg(path);
    return bundle;
}

QList<QSslCertificate> CaBundle::systemCertificates()
{
    // Reading the system store takes a noticeable moment, and it does not change while the
    // program runs.
    static const QList<QSslCertificate> certificates = QSslConfiguration::systemCaCertificates();
    return certificates;
}

QSslConfiguration CaBundle::sslConfiguration() const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    // Setting the list explicitly switches off Qt's on-demand loading of the system store, so
    // the system certificates are put in first.
    configuration.setCaCertificates(systemCertificates() + m_certificates);
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    return configuration;
}
