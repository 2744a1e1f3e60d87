#pragma once

#include <QString>
#include <QUrl>

class QSettings;

// The non-secret part of the setup, kept in QSettings. Secrets are in SecretStore.
struct ConnectionSettings
{
    QString slackAppId;
    QString slackClientId;
    QUrl bitbucketBaseUrl;
    QString bitbucketUsername;
    QString caBundlePath;
    quint16 plainHttpPort = 80;
    // Where Slack's Web API answers (settings key "slack/apiBase"): Slack itself unless the
    // sandbox or a test points the program at a local stand-in.
    QUrl slackApiBase = defaultSlackApiBase();
    static QUrl defaultSlackApiBase(); // SlackApiClient::defaultApiBase()
    // Slack's permission screen ("slack/authorizeUrl"), likewise a setting for the stand-ins.
    QUrl slackAuthorizeUrl = defaultSlackAuthorizeUrl();
    static QUrl defaultSlackAuthorizeUrl(); // https://slack.com/oauth/v2/authorize
    // oauth.v2.access under slackApiBase.
    QUrl slackTokenUrl() const;

    // How the Slack handshake comes back to this program:
    // a listener on https://127.0.0.1:<loopbackPort><loopbackPath>, or an https page the admin
    // controls whose address the admin pastes back.
    enum class RedirectMode { Loopback, Paste };
    RedirectMode redirectMode = RedirectMode::Loopback;
    quint16 loopbackPort = 53682;
    QString pasteRedirectUrl;
    // A certificate and key (PEM files) the admin supplies for the loopback listener; both empty
    // means the program's own self-signed one.
    QString loopbackCertificatePath;
    QString loopbackKeyPath;

    // The settings key of bitbucketBaseUrl. The executable's first window reads it, before the
    // rest of the program is loaded, to say which Bitbucket it is about to ask.
    static QString bitbucketBaseUrlKey() { return QStringLiteral("bitbucket/baseUrl"); }

    static QString loopbackPath() { return QStringLiteral("/workspace-connector/callback"); }
    // The redirect_uri the handshake sends, which the app's Redirect URLs must cover.
    QString programRedirectUri() const;

    static ConnectionSettings load(const QSettings &settings);
    void save(QSettings &settings) const;

    bool operator==(const ConnectionSettings &other) const;
    bool operator!=(const ConnectionSettings &other) const { return !(*this == other); }
};
