#pragma once

#include "checks/Check.h"

#include <QList>
#include <QSslCertificate>
#include <QSslError>

class QSslSocket;

// bitbucket.tls: a TLS handshake with the base URL's host and port, verified against the system
// store plus the CA bundle. Reports the chain, the host name and the expiry, and explains every
// certificate error; a connection that does not get that far says why (refused, unknown host,
// no answer).
class TlsCheck : public Check
{
    Q_OBJECT

public:
    using Check::Check;

    static QString checkId() { return QStringLiteral("bitbucket.tls"); }
    QString id() const override { return checkId(); }

protected:
    void run() override;
    void stopWork() override;
    QUrl waitingFor() const override { return target().baseUrl; }

private:
    void onEncrypted();
    void onSslErrors(const QList<QSslError> &errors);
    void onSocketError();
    void reportCertificateErrors();
    void reportVerified();
    QString connectionDetail() const;

    QSslSocket *m_socket = nullptr;
    QList<QSslError> m_sslErrors;
    QList<QSslCertificate> m_chain;
};
