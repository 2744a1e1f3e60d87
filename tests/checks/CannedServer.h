#pragma once

#include "bitbucket/BitbucketTarget.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

class QHttpServer;
class QHttpServerResponder;

// A web server on 127.0.0.1 (HTTPS with a certificate for 127.0.0.1 from its own CA, or plain
// HTTP) that gives fixed answers by path and remembers what it was asked. For the answers the
// Bitbucket sandbox does not give: an SSO proxy, a login page in Bitbucket's place, a
// misconfigured base URL.
class CannedServer
{
public:
    struct Answer
    {
        int status = 200;
        QByteArray contentType;
        QByteArray body;
        QByteArray location;
    };

    struct Request
    {
        QByteArray method;
        QString path;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;

        QByteArray header(const QByteArray &name) const;
    };

    enum class Scheme { Https, Http };

    explicit CannedServer(Scheme scheme = Scheme::Https);
    ~CannedServer();

    bool start(QString *errorMessage);

    // Answers requests for path (without the query); everything else gets an empty 404.
    void setAnswer(const QString &path, const Answer &answer);

    quint16 port() const { return m_port; }
    // scheme://127.0.0.1:<port><path>
    QUrl url(const QString &path = QString()) const;
    // PEM file with the certificate authority that signed the HTTPS certificate.
    QString caBundlePath() const { return m_caBundlePath; }
    // A target at contextPath on this server, trusting its CA, signed in as "admin".
    BitbucketTarget adminTarget(const QString &contextPath) const;
    QList<Request> requests() const { return m_requests; }

private:
    bool makeCertificate(QString *errorMessage);
    void serve(const Request &request, QHttpServerResponder &responder) const;

    Scheme m_scheme;
    QTemporaryDir m_directory;
    QString m_caBundlePath;
    QSslCertificate m_certificate;
    QSslKey m_key;
    std::unique_ptr<QHttpServer> m_server;
    QHash<QString, Answer> m_answers;
    QList<Request> m_requests;
    quint16 m_port = 0;
};
