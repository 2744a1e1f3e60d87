#pragma once

#include "tls/CertificateFactory.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

#include <memory>

class SlackSandbox;

// A stand-in for Bitbucket Data Center with Atlassian's Slack integration, served on 127.0.0.1
// over HTTPS and plain HTTP with certificates generated for each run. Used in-process by the
// tests and by the workspace-connector-sandbox executable.
class BitbucketSandbox : public QObject
{
    Q_OBJECT

public:
    enum class Fault {
        ExpiredCertificate, // the server certificate expired yesterday
        ExpiringCertificate, // the server certificate expires in 10 days (a warning)
        WrongHostCertificate, // the certificate names bitbucket.example.invalid only
        SelfSignedCertificate, // a self-signed certificate that no CA vouches for
        HttpProxyRedirect, // Bitbucket's own redirects say http:// (proxy not declared)
        NoHttpRedirect, // plain http:// serves Bitbucket instead of redirecting
        SlowAnswers, // every answer waits latencyMs (default 20 s) before it is sent
        SlackUnreachable, // can-reach-slack fails as if slack.com could not be reached
        BasicAuthDisabled, // Basic authentication is switched off on the instance
        NoSlackIntegration, // the Slack integration is not installed: /rest/slack is 404
        // Status requests are throttled: every rateLimitEvery-th one starts a burst of
        // rateLimitBurst answers 429 with Retry-After: rateLimitRetryAfterSeconds.
        RateLimited,
        // Slack never reached this Bitbucket (the plugin's "instance.public" is false): a
        // working link's status is PARTIALLY_CONNECTED instead of CONNECTED.
        SlackNeverReached,
    };
    Q_ENUM(Fault)

    struct Options
    {
        QString contextPath = QStringLiteral("/bitbucket");
        QSet<Fault> faults;
        int latencyMs = 20000; // used by SlowAnswers
        // Every answer, on every route, waits this long before it is sent (0: none); the server
        // goes on serving meanwhile. Added to SlowAnswers' latency when both are on.
        int requestLatencyMs = 0;
        // With RateLimited.
        int rateLimitEvery = 5;
        int rateLimitBurst = 1;
        int rateLimitRetryAfterSeconds = 1;
        // After this many status requests the administrator's credentials stop working: every
        // request with them is answered 401 without the integration's key. -1: never.
        int signInExpiresAfter = -1;
        // Links created at start without Slack's OAuth, in every state a link can be in; see
        // seedLinks().
        int seedLinks = 0;
        quint16 httpsPort = 0; // 0: any free port
        quint16 httpPort = 0; // 0: any free port
        QString workDirectory; // where the CA bundle is written; a temporary one if empty
    };

    // The accounts the stand-in knows.
    static QString adminUser() { return QStringLiteral("admin"); }
    static QString adminPassword() { return QStringLiteral("sandbox-admin-pw"); }
    static QString plainUser() { return QStringLiteral("alice"); }
    static QString plainUserPassword() { return QStringLiteral("sandbox-alice-pw"); }

    explicit BitbucketSandbox(Options options, QObject *parent = nullptr);
    ~BitbucketSandbox() override;

    // Generates the certificates and starts listening. On failure returns false and says why.
    bool start(QString *errorMessage = nullptr);

    // https://127.0.0.1:<httpsPort><contextPath>
    QUrl baseUrl() const;
    // http://127.0.0.1:<httpPort><contextPath>
    QUrl plainHttpBaseUrl() const;
    quint16 httpsPort() const;
    quint16 httpPort() const;

    // PEM file holding this run's certificate authority: the program's optional CA bundle.
    QString caBundlePath() const;
    QList<QSslCertificate> caCertificates() const;
    // The certificate the HTTPS listener presents.
    QSslCertificate serverCertificate() const;
    // This run's certificate authority with its private key, so that the Slack stand-in gets
    // its certificate from the same authority and one CA bundle trusts both.
    CertificateFactory::GeneratedCertificate certificateAuthority() const;

    // Links (Slack workspaces) currently held in memory, by team id.
    QStringList linkedTeamIds() const;

    // The Slack stand-in the integration asks when it validates a link (auth.test with both
    // tokens, users.info for the bot's app id). It is asked in-process, not over HTTP: a route
    // of Qt 6.4's QHttpServer answers synchronously, and waiting there for an HTTP reply would
    // take a nested event loop. Without one (nullptr, the default) the integration reads the
    // team from the tokens' shape, xoxb-<TEAM>-… and xoxp-<TEAM>-…, as its older tests expect.
    // The stand-in must outlive this object or be detached first.
    void attachSlack(SlackSandbox *slack);

    // Creates count links directly in the integration's store, named "Seeded Workspace 0001 …"
    // with varied names, team ids T9SEED000001 …, and returns their team ids. With the Slack
    // stand-in attached, each gets a bot and a user token issued by its SlackInstallations for
    // the healthy app, so that the status check's auth.test works on them; a few are made
    // unhealthy: every 10th (from the 2nd) has its bot token revoked (OAUTH_FAILURE), every 20th
    // (from the 3rd) fails as if Slack could not be reached (NO_CONNECTION), every 25th (from
    // the 4th) holds a bot token Slack never issued (OAUTH_FAILURE). PARTIALLY_CONNECTED is one
    // setting for the whole instance (SlackNeverReached), and UNKNOWN belongs to team ids with
    // no link. Without Slack attached the tokens only have the shapes the older tests use, and
    // only the NO_CONNECTION ones are unhealthy. Options::seedLinks calls this from start(),
    // before any Slack is attached: call it again after attachSlack() for real tokens.
    QStringList seedLinks(int count);

    // The same as the options, at run time.
    void setRequestLatency(int milliseconds);
    void setRateLimit(int every, int burst = 1, int retryAfterSeconds = 1); // every 0: off
    void expireSignInAfter(int statusRequests); // -1: never
    void setSlackEverReached(bool reached); // false: SlackNeverReached

    // Status requests (GET …/connection-status/{teamId}) seen since the start or the last
    // reset, and the most that were waiting for their answer at the same time.
    int statusRequestCount() const;
    int peakConcurrentStatusRequests() const;
    void resetStatusCounters();

private:
    struct Private;
    std::unique_ptr<Private> d;
};
