#pragma once

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QSslError;

// Calls Slack Web API methods (POST <apiBase><method>, form-encoded arguments) and reads Slack's
// {"ok":...} answers. The base URL is a setting so tests and the sandbox use local servers.
// TLS trusts the system store plus the optional CA bundle; no TLS error is ignored.
class SlackApiClient : public QObject
{
    Q_OBJECT

public:
    struct Reply
    {
        bool ok = false; // HTTP 200 with "ok": true
        QString error; // Slack's error code ("invalid_manifest", "ratelimited", ...)
        QJsonObject body; // the whole JSON answer, when there was one
        int httpStatus = 0; // 0 when no HTTP answer arrived
        int retryAfterSeconds = 0; // from Retry-After on 429
        QString transportError; // translated: network, TLS or timeout problem; empty otherwise
        // Whether the request may have reached the server (over TLS: the handshake finished).
        // When no answer came back, a request that may have arrived may also have been carried
        // out (a single-use token spent); false only when it certainly was not sent.
        bool requestSent = false;
    };
    using Callback = std::function<void(const Reply &)>;

    static constexpr std::chrono::milliseconds defaultTimeout {15000};

    explicit SlackApiClient(QNetworkAccessManager *network, QObject *parent = nullptr);

    static QUrl defaultApiBase() { return QUrl(QStringLiteral("https://slack.com/api/")); }
    void setApiBase(const QUrl &base);
    QUrl apiBase() const;
    void setCaBundlePath(const QString &path);
    // How long a call may take from start to answer; 15 s unless a test shortens it.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    // token may be empty for methods that take none; arguments are best made with arguments().
    // Answers exactly once, on context's thread; nothing is delivered once context is gone.
    // Bounded by 15 s.
    void call(const QString &method, const QUrlQuery &arguments, const QString &token,
        QObject *context, Callback done);

    // Arguments from raw values. QUrlQuery reads "%xx" in what it is given as an escape, so a
    // manifest holding "%20" would lose it; here every character of a value stays as it is.
    static QUrlQuery arguments(const QList<QPair<QString, QString>> &values);
    // The form body for arguments: every name and value percent-encoded, so that "+" and "&" in
    // a manifest reach Slack as they are.
    static QByteArray formBody(const QUrlQuery &arguments);

private:
    QUrl methodUrl(const QString &method) const;
    Reply readReply(QNetworkReply *reply, const QList<QSslError> &sslErrors) const;
    QString transportProblem(QNetworkReply *reply, const QList<QSslError> &sslErrors) const;

    QNetworkAccessManager *m_network;
    QUrl m_apiBase = defaultApiBase();
    QString m_caBundlePath;
    std::chrono::milliseconds m_timeout = defaultTimeout;
};
