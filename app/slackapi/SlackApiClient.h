#pragma once

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

class QNetworkAccessManager;

// Calls Slack Web API methods (POST <apiBase><method>, form-encoded arguments) and reads Slack's
// {"ok":...} answers. The base URL is a setting so tests and the sandbox use local servers.
// TLS trusts the system store plus the optional CA bundle; no TLS error is ignored.
class SlackApiClient : public QObject
{
    Q_OBJECT

public:
    struct Reply
    {
        bool ok = false;          // HTTP 200 with "ok": true
        QString error;            // Slack's error code ("invalid_manifest", "ratelimited", ...)
        QJsonObject body;         // the whole JSON answer, when there was one
        int httpStatus = 0;       // 0 when no HTTP answer arrived
        int retryAfterSeconds = 0;// from Retry-After on 429
        QString transportError;   // translated: network, TLS or timeout problem; empty otherwise
    };
    using Callback = std::function<void(const Reply &)>;

    explicit SlackApiClient(QNetworkAccessManager *network, QObject *parent = nullptr);

    static QUrl defaultApiBase() { return QUrl(QStringLiteral("https://slack.com/api/")); }
    void setApiBase(const QUrl &base);
    QUrl apiBase() const;
    void setCaBundlePath(const QString &path);

    // token may be empty for methods that take none. Answers exactly once, on context's thread;
    // nothing is delivered once context is gone. Bounded by 15 s.
    void call(const QString &method, const QUrlQuery &arguments, const QString &token,
              QObject *context, Callback done);

private:
    QNetworkAccessManager *m_network;
    QUrl m_apiBase = defaultApiBase();
    QString m_caBundlePath;
};
