#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

// What the Slack app's manifest must say for this Bitbucket and for this program's handshake.
struct SlackRequirements
{
    QUrl bitbucketBaseUrl;  // with context path
    QString programRedirectUri; // the handshake's redirect URI (loopback or the paste-mode page)

    // <base>/rest/slack/latest/event, /action, /command
    QString eventUrl() const;
    QString actionUrl() const;
    QString commandUrl() const;
    // <base>/rest/slack/latest/oauth: Bitbucket's install endpoint, which must be the first
    // Redirect URL because a shared install link carries no redirect_uri.
    QString installRedirectUrl() const;
    // <base>/rest/slack/latest/oauth/redirect/<teamId>, for the per-user account links.
    QString userRedirectUrl(const QString &teamId) const;

    static QStringList requiredBotScopes();  // users:read
    static QStringList requiredUserScopes(); // what the integration uses the installer's token for
};
