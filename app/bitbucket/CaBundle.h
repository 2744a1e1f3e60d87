#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>

// The certificate authorities a Bitbucket connection is verified against: the system store plus
// the admin's optional PEM bundle (for an organisation's own CA).
class CaBundle
{
    Q_DECLARE_TR_FUNCTIONS(CaBundle)

public:
    // An empty path means "system store only", which is not an error.
    static CaBundle load(const QString &path);

    QString path() const { return m_path; }
    bool isConfigured() const { return !m_path.isEmpty(); }
    // False when a bundle was configured but could not be used; problem() says why.
    bool isUsable() const { return m_problem.isEmpty(); }
    QString problem() const { return m_problem; }
    QList<QSslCertificate> certificates() const { return m_certificates; }

    // Qt's defaults with the system certificates and the bundle's as the trusted authorities.
    // A bundle that is not usable adds nothing.
    QSslConfiguration sslConfiguration() const;

    // The system's trusted authorities, read once per process.
    static QList<QSslCertificate> systemCertificates();

private:
    QString m_path;
    QString m_problem;
    QList<QSslCertificate> m_certificates;
};
