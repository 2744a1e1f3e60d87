#include "install/Installation.h"

#include <QJsonValue>

static QStringList scopeList(const QJsonValue &value)
{
    QStringList scopes;
    const QStringList parts = value.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts)
        scopes << part.trimmed();
    return scopes;
}

static QStringList notGranted(const QStringList &requested, const QStringList &granted)
{
    QStringList missing;
    for (const QString &scope : requested) {
        if (!granted.contains(scope) && !missing.contains(scope))
            missing << scope;
    }
    return missing;
}

std::optional<Installation> Installation::fromTokenAnswer(
    const QJsonObject &answer, QString *problem, bool *missingUserToken)
{
    if (missingUserToken)
        *missingUserToken = false;
    Installation installation;
    installation.appId = answer.value(QStringLiteral("app_id")).toString();
    const QJsonObject team = answer.value(QStringLiteral("team")).toObject();
    installation.teamId = team.value(QStringLiteral("id")).toString();
    installation.teamName = team.value(QStringLiteral("name")).toString();
    const QJsonObject enterprise = answer.value(QStringLiteral("enterprise")).toObject();
    installation.enterpriseId = enterprise.value(QStringLiteral("id")).toString();
    installation.enterpriseName = enterprise.value(QStringLiteral("name")).toString();
    installation.enterpriseInstall =
        answer.value(QStringLiteral("is_enterprise_install")).toBool(false);
    installation.botUserId = answer.value(QStringLiteral("bot_user_id")).toString();
    installation.botToken = answer.value(QStringLiteral("access_token")).toString();
    installation.botScopes = scopeList(answer.value(QStringLiteral("scope")));
    const QJsonObject user = answer.value(QStringLiteral("authed_user")).toObject();
    installation.installerUserId = user.value(QStringLiteral("id")).toString();
    installation.userToken = user.value(QStringLiteral("access_token")).toString();
    installation.userScopes = scopeList(user.value(QStringLiteral("scope")));

    QString reason;
    if (installation.enterpriseInstall || installation.teamId.isEmpty()) {
        reason = tr("Slack installed the app for a whole Enterprise Grid organisation rather than "
                    "for one workspace. Bitbucket's Slack integration connects single workspaces.");
    } else if (installation.botToken.isEmpty()) {
        reason = tr("Slack's answer has no bot token. The app must ask for bot scopes (at least "
                    "users:read) so that Bitbucket can act as its bot.");
    } else if (installation.userToken.isEmpty()) {
        reason = tr("Slack's answer has no token for the person who installed the app. Bitbucket "
                    "needs it; the app must ask for user scopes.");
        if (missingUserToken)
            *missingUserToken = true;
    }
    if (!reason.isEmpty()) {
        if (problem)
            *problem = reason;
        return std::nullopt;
    }
    return installation;
}

QStringList Installation::missingBotScopes(const QStringList &requested) const
{
    return notGranted(requested, botScopes);
}

QStringList Installation::missingUserScopes(const QStringList &requested) const
{
    return notGranted(requested, userScopes);
}

void Installation::forgetTokens()
{
    botToken.fill(QLatin1Char('\0'));
    botToken.clear();
    userToken.fill(QLatin1Char('\0'));
    userToken.clear();
}
