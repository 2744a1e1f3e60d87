#include "workspaces/Workspace.h"

namespace {

struct StatusName
{
    WorkspaceStatus status;
    const char *code;
};

const StatusName statusNames[] = {
    {WorkspaceStatus::NotChecked, "not-checked"},
    {WorkspaceStatus::Connected, "connected"},
    {WorkspaceStatus::Limited, "limited"},
    {WorkspaceStatus::OAuthFailure, "oauth-failure"},
    {WorkspaceStatus::NotConnected, "not-connected"},
    {WorkspaceStatus::Unknown, "unknown"},
};

QStringList missing(const QStringList &requested, const QStringList &granted)
{
    QStringList result;
    for (const QString &scope : requested) {
        if (!granted.contains(scope) && !result.contains(scope))
            result << scope;
    }
    return result;
}

} // namespace

QString WorkspaceStatusNames::code(WorkspaceStatus status)
{
    for (const StatusName &name : statusNames) {
        if (name.status == status)
            return QString::fromLatin1(name.code);
    }
    return QStringLiteral("unknown");
}

WorkspaceStatus WorkspaceStatusNames::fromCode(const QString &code, bool *ok)
{
    for (const StatusName &name : statusNames) {
        if (code == QLatin1String(name.code)) {
            if (ok)
                *ok = true;
            return name.status;
        }
    }
    if (ok)
        *ok = false;
    return WorkspaceStatus::Unknown;
}

QString WorkspaceStatusNames::label(WorkspaceStatus status)
{
    switch (status) {
    case WorkspaceStatus::NotChecked:
        return tr("Not checked");
    case WorkspaceStatus::Connected:
        return tr("Connected");
    case WorkspaceStatus::Limited:
        return tr("Limited");
    case WorkspaceStatus::OAuthFailure:
        return tr("OAuth failure");
    case WorkspaceStatus::NotConnected:
        return tr("Not connected");
    case WorkspaceStatus::Unknown:
        break;
    }
    return tr("Unknown");
}

bool LinkSummary::operator==(const LinkSummary &other) const
{
    return teamId == other.teamId && teamName == other.teamName
        && appConfigurationUrl == other.appConfigurationUrl && botUserId == other.botUserId
        && botUserName == other.botUserName && connectionError == other.connectionError;
}

QStringList WorkspaceRecord::missingBotScopes(const QStringList &requested) const
{
    return knownToLedger ? missing(requested, botScopes) : QStringList();
}

QStringList WorkspaceRecord::missingUserScopes(const QStringList &requested) const
{
    return knownToLedger ? missing(requested, userScopes) : QStringList();
}

bool WorkspaceRecord::needsUpdateAccess(
    const QStringList &requestedBot, const QStringList &requestedUser) const
{
    return !missingBotScopes(requestedBot).isEmpty() || !missingUserScopes(requestedUser).isEmpty();
}

bool WorkspaceRecord::operator==(const WorkspaceRecord &other) const
{
    return teamId == other.teamId && teamName == other.teamName
        && enterpriseId == other.enterpriseId && enterpriseName == other.enterpriseName
        && botUserId == other.botUserId && botUserName == other.botUserName
        && appConfigurationUrl == other.appConfigurationUrl
        && installerUserId == other.installerUserId && installerName == other.installerName
        && installedAt == other.installedAt && botScopes == other.botScopes
        && userScopes == other.userScopes && knownToLedger == other.knownToLedger
        && inBitbucket == other.inBitbucket && status == other.status
        && statusDetail == other.statusDetail && lastChecked == other.lastChecked;
}
