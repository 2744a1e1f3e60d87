#include "SlackInstallations.h"

#include <QRandomGenerator>

namespace {

QString randomFrom(const QString &alphabet, int length)
{
    QString text;
    for (int i = 0; i < length; ++i)
        text.append(alphabet.at(QRandomGenerator::system()->bounded(alphabet.size())));
    return text;
}

QString digits(int length)
{
    return randomFrom(QStringLiteral("0123456789"), length);
}

// Shaped like Slack's tokens, random in every part: nothing about the workspace can be read
// from them, so whoever holds one has to ask Slack (auth.test) what it is for.
QString newToken(SlackInstallations::Kind kind)
{
    if (kind == SlackInstallations::Kind::Bot) {
        return QStringLiteral("xoxb-") + digits(12) + u'-' + digits(13) + u'-'
            + randomFrom(
                QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"),
                24);
    }
    return QStringLiteral("xoxp-") + digits(12) + u'-' + digits(12) + u'-' + digits(13) + u'-'
        + randomFrom(QStringLiteral("0123456789abcdef"), 32);
}

void addNew(QStringList *scopes, const QStringList &added)
{
    for (const QString &scope : added) {
        if (!scopes->contains(scope))
            scopes->append(scope);
    }
}

} // namespace

SlackInstallations::Installation &SlackInstallations::installation(
    const QString &appId, const QString &teamId, const QString &name)
{
    const Key key {appId, teamId};
    auto found = m_installations.find(key);
    if (found != m_installations.end())
        return *found;
    const QString number =
        QStringLiteral("%1").arg(int(m_installations.size()) + 1, 4, 10, QLatin1Char('0'));
    Installation created;
    created.bot = {
        appId, teamId, QStringLiteral("U0BOT") + number, QStringLiteral("B0BOT") + number, name};
    return *m_installations.insert(key, created);
}

QString SlackInstallations::issue(
    Kind kind, const QString &appId, const QString &teamId, const QString &userId)
{
    const QString token = newToken(kind);
    m_tokens.insert(token, {kind, appId, teamId, userId, false});
    m_issued.append(token);
    return token;
}

bool SlackInstallations::usable(const QString &token) const
{
    return !token.isEmpty() && m_tokens.contains(token) && !m_tokens.value(token).revoked;
}

SlackInstallations::Grant SlackInstallations::install(const QString &appId, const QString &teamId,
    const QString &installerId, const QString &botName, const QStringList &botScopes,
    const QStringList &userScopes, bool issueUserToken)
{
    Installation &target = installation(appId, teamId, botName);
    Grant grant;
    grant.botUserId = target.bot.userId;
    if (!botScopes.isEmpty()) {
        // A new token starts with what this authorization grants.
        if (!usable(target.botToken)) {
            target.botToken = issue(Kind::Bot, appId, teamId, target.bot.userId);
            target.botScopes.clear();
        }
        addNew(&target.botScopes, botScopes);
        grant.botToken = target.botToken;
        grant.botScopes = target.botScopes;
    }
    if (!userScopes.isEmpty()) {
        QStringList &scopes = target.userScopes[installerId];
        QString &token = target.userTokens[installerId];
        if (issueUserToken && !usable(token)) {
            token = issue(Kind::User, appId, teamId, installerId);
            scopes.clear();
        }
        addNew(&scopes, userScopes);
        grant.userScopes = scopes;
        if (issueUserToken)
            grant.userToken = token;
    }
    return grant;
}

const SlackInstallations::Token *SlackInstallations::find(const QString &token) const
{
    const auto found = m_tokens.constFind(token);
    return found == m_tokens.constEnd() ? nullptr : &*found;
}

QStringList SlackInstallations::scopesOf(const QString &token) const
{
    const Token *known = find(token);
    if (!known)
        return {};
    const Installation installed = m_installations.value({known->appId, known->teamId});
    if (known->kind == Kind::Bot)
        return installed.botScopes;
    return installed.userScopes.value(known->userId);
}

QString SlackInstallations::refusal(const QString &token) const
{
    const Token *known = find(token);
    if (!known)
        return QStringLiteral("invalid_auth");
    return known->revoked ? QStringLiteral("token_revoked") : QString();
}

void SlackInstallations::revoke(const QString &token)
{
    const auto found = m_tokens.find(token);
    if (found != m_tokens.end())
        found->revoked = true;
}

void SlackInstallations::uninstall(const QString &appId, const QString &teamId)
{
    for (auto it = m_tokens.begin(); it != m_tokens.end(); ++it) {
        if (it->appId == appId && it->teamId == teamId)
            it->revoked = true;
    }
}

const SlackInstallations::BotUser *SlackInstallations::botUser(
    const QString &teamId, const QString &userId) const
{
    for (const Installation &installed : m_installations) {
        if (installed.bot.teamId == teamId && installed.bot.userId == userId)
            return &installed.bot;
    }
    return nullptr;
}

const SlackInstallations::BotUser *SlackInstallations::botUserOf(
    const QString &appId, const QString &teamId) const
{
    const auto found = m_installations.constFind({appId, teamId});
    return found == m_installations.constEnd() ? nullptr : &found->bot;
}
