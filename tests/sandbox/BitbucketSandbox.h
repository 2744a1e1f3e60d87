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
    };
    Q_ENUM(Fault)

    struct Options
    {
        QString contextPath = QStringLiteral("/bitbucket");
        QSet<Fault> faults;
        int latencyMs = 20000; // used by SlowAnswers
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

private:
    struct Private;
    std::unique_ptr<Private> d;
};
