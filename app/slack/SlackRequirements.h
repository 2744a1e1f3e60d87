#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

// What the Slack app's manifest must say for this Bitbucket and for this program's handshake.
struct SlackRequirements
{
    QUrl bitbucketBaseUrl; // with context path
    QString programRedirectUri; // the handshake's redirect URI (loopback or the paste-mode page)

    // Whether bitbucketBaseUrl has a scheme and a host, so that the URLs below mean something;
    // they are empty when it has not.
    bool hasBitbucket() const;

    // <base>/rest/slack/latest/event, /action, /command
    QString eventUrl() const;
    QString actionUrl() const;
    QString commandUrl() const;
    // <base>/rest/slack/latest/oauth: Bitbucket's install endpoint, which must be the first
    // Redirect URL because a shared install link carries no redirect_uri.
    QString installRedirectUrl() const;
    // <base>/rest/slack/latest/oauth/redirect/<teamId>, for the per-user account links.
    QString userRedirectUrl(const QString &teamId) const;

    // A made-up workspace id, to test that the Redirect URLs cover every workspace's account link.
    static QString sampleTeamId() { return QStringLiteral("T00000000"); }
    // The path below the context path at which each kind of Slack request arrives.
    static QString eventPath() { return QStringLiteral("/rest/slack/latest/event"); }
    static QString actionPath() { return QStringLiteral("/rest/slack/latest/action"); }
    static QString commandPath() { return QStringLiteral("/rest/slack/latest/command"); }

    static QStringList requiredBotScopes(); // users:read
    static QStringList requiredUserScopes(); // what the integration uses the installer's token for
};
