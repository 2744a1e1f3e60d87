#pragma once

#include "SlackInstallations.h"
#include "SlackSandboxApp.h"
#include "tls/CertificateFactory.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

#include <chrono>
#include <memory>

// A stand-in for Slack on 127.0.0.1 over HTTPS, with Slack's rules. The Web API under /api/:
// apps.manifest.export, .validate and .update, tooling.tokens.rotate, api.test, oauth.v2.access,
// auth.test, users.info, team.info, auth.revoke and apps.uninstall. App configuration tokens
// expire and are revoked, refresh tokens work once, validation errors name JSON pointers, an
// update replaces the whole manifest, and too many updates in a minute are answered with 429.
// The permission screen of an install at /oauth/v2/authorize, with Slack's error pages and
// redirects (SlackOAuth). Every app has client credentials; one app is not distributed.
// Used in-process by the tests and by the workspace-connector-sandbox executable.
class SlackSandbox : public QObject
{
    Q_OBJECT

public:
    // Switched on for every Web API method (oauth.v2.access included), to see how a client
    // copes. The permission screen, a page in the browser, is not affected.
    enum class Fault {
        None,
        RateLimited, // 429 with Retry-After and {"ok":false,"error":"ratelimited"}
        HtmlErrorPage, // 502 with an HTML page, as a proxy in front of Slack would answer
        NoAnswer, // the request is read and never answered
    };
    Q_ENUM(Fault)

    struct Options
    {
        // The authority that signs the server certificate (the Bitbucket stand-in's, so that one
        // CA bundle trusts both) and its PEM file. When null, the stand-in makes its own and
        // writes it to workDirectory (a temporary one if empty).
        CertificateFactory::GeneratedCertificate authority;
        QString caBundlePath;
        QString workDirectory;
        // What the healthy app's manifest points at.
        QUrl bitbucketBaseUrl = QUrl(QStringLiteral("https://bitbucket.example.com/bitbucket"));
        QString programRedirectUri; // empty: this program's default loopback redirect URI
        std::chrono::seconds tokenLifetime {12 * 3600};
        // How long an authorization code from the permission screen can be exchanged.
        std::chrono::milliseconds codeLifetime {std::chrono::minutes(10)};
        // A fault: oauth.v2.access answers without authed_user.access_token.
        bool omitUserToken = false;
        int updatesPerMinute = 10; // per app; more are answered with 429
        quint16 httpsPort = 0; // 0: any free port
    };

    struct TokenPair
    {
        QString accessToken;
        QString refreshToken;
        QDateTime expiresAt;
    };

    static QString healthyAppId() { return QStringLiteral("A0SANDBOX01"); }
    static QString teamId() { return QStringLiteral("T0SANDBOX01"); }
    static QString userId() { return QStringLiteral("U0SANDBOXADMIN"); }
    // The app that is not distributed: it installs into its home workspace, teamId(), only.
    static QString undistributedAppName() { return QStringLiteral("not-distributed"); }
    static QString undistributedAppId() { return QStringLiteral("A0SANDBOX09"); }
    static QString authorizePath() { return QStringLiteral("/oauth/v2/authorize"); }

    explicit SlackSandbox(Options options, QObject *parent = nullptr);
    ~SlackSandbox() override;

    // Makes the certificate and starts listening. On failure returns false and says why.
    bool start(QString *errorMessage = nullptr);

    QUrl apiBase() const; // https://127.0.0.1:<port>/api/
    QUrl authorizeUrl() const; // https://127.0.0.1:<port>/oauth/v2/authorize
    QUrl tokenUrl() const; // https://127.0.0.1:<port>/api/oauth.v2.access
    quint16 httpsPort() const;
    QString caBundlePath() const;
    QList<QSslCertificate> caCertificates() const;
    QSslCertificate serverCertificate() const;

    // The apps by name ("healthy", "http-urls", ...) with their ids.
    QMap<QString, QString> appIds() const;
    QJsonObject manifest(const QString &appId) const;
    void setManifest(const QString &appId, const QJsonObject &manifest);
    int updateCount(const QString &appId) const; // updates that were carried out
    // The app with its credentials (clientId, clientSecret, signingSecret, verificationToken),
    // home workspace and distribution; an empty one for an unknown id.
    SlackSandboxApp app(const QString &appId) const;
    QList<SlackSandboxApp> apps() const;
    void setDistributed(const QString &appId, bool distributed);

    // The installations and their bot and user tokens, for the Bitbucket stand-in and tests.
    SlackInstallations &installations();
    const SlackInstallations &installations() const;
    void setCodeLifetime(std::chrono::milliseconds lifetime);
    void setOmitUserToken(bool omit);
    // Scopes that installs from now on do not get, though the app asks for them.
    void setWithheldScopes(const QStringList &scopes);

    // What auth.test and users.info answer for a token, body for body as over HTTP: the
    // Bitbucket stand-in asks these in-process.
    QJsonObject authTest(const QString &token) const;
    QJsonObject usersInfo(const QString &token, const QString &userId) const;

    // A new configuration token pair, as Slack's "Generate Token" button gives one.
    TokenPair issueConfigToken();
    TokenPair issueConfigToken(std::chrono::seconds lifetime);
    void expireAccessToken(const QString &accessToken);
    // Either token of a configuration pair (the pair and its successors), or a bot or user
    // token of an installation.
    void revokeToken(const QString &token);
    // Exchanges a refresh token the way another client would; an empty pair and Slack's error
    // code in *error when it is refused.
    TokenPair rotate(const QString &refreshToken, QString *error);
    int rotationCount() const; // rotations that issued a new pair

    int callCount(const QString &method) const; // every request for the method, answered or not

    void setFault(Fault fault, int retryAfterSeconds = 30);

signals:
    // A request for a Web API method arrived; emitted before it is answered.
    void methodCalled(const QString &method);

private:
    struct Private;
    std::unique_ptr<Private> d;
};
