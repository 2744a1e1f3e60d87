#pragma once

#include <QHash>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>

// The apps installed into the stand-in's workspaces and the OAuth tokens they hold, with Slack's
// rules: one bot user and one bot token per app and workspace, one user token per app, workspace
// and installing user; installing again keeps the tokens and adds the newly granted scopes to
// what was granted before (scopes are never taken away short of revoking the token); a revoked
// token stays revoked and the next installation issues a new one.
class SlackInstallations
{
public:
    enum class Kind { Bot, User };

    struct Token
    {
        Kind kind = Kind::Bot;
        QString appId;
        QString teamId;
        QString userId; // the bot user for a bot token, the installer for a user token
        bool revoked = false;
    };

    // What one completed authorization gives.
    struct Grant
    {
        QString botToken; // empty when no bot scope was asked for
        QStringList botScopes; // every bot scope granted so far, in the order first granted
        QString botUserId;
        QString userToken; // empty when no user scope was asked for
        QStringList userScopes;
    };

    // The bot user an app has in a workspace.
    struct BotUser
    {
        QString appId;
        QString teamId;
        QString userId; // U…
        QString botId; // B…
        QString name;
    };

    // Installs (again) and returns the tokens. issueUserToken false leaves the user token out
    // while still granting its scopes (the sandbox fault of a missing user token).
    Grant install(const QString &appId, const QString &teamId, const QString &installerId,
        const QString &botName, const QStringList &botScopes, const QStringList &userScopes,
        bool issueUserToken = true);

    // The token, or nullptr when Slack never issued it.
    const Token *find(const QString &token) const;
    QStringList scopesOf(const QString &token) const;
    // Slack's error for a token that cannot be used ("invalid_auth", "token_revoked"), or empty.
    QString refusal(const QString &token) const;
    void revoke(const QString &token);
    // Every token of an app in a workspace: what apps.uninstall takes away.
    void uninstall(const QString &appId, const QString &teamId);

    const BotUser *botUser(const QString &teamId, const QString &userId) const;
    const BotUser *botUserOf(const QString &appId, const QString &teamId) const;
    QStringList issuedTokens() const { return m_issued; }

private:
    using Key = QPair<QString, QString>; // app id, team id

    struct Installation
    {
        BotUser bot;
        QString botToken;
        QStringList botScopes;
        QMap<QString, QString> userTokens; // installer id → token
        QMap<QString, QStringList> userScopes; // installer id → scopes
    };

    Installation &installation(const QString &appId, const QString &teamId, const QString &name);
    QString issue(Kind kind, const QString &appId, const QString &teamId, const QString &userId);
    bool usable(const QString &token) const;

    QMap<Key, Installation> m_installations;
    QHash<QString, Token> m_tokens;
    QStringList m_issued;
};
