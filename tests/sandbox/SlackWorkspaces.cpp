#include "SlackWorkspaces.h"

#include <QJsonObject>

QString SlackWorkspace::url() const
{
    return QStringLiteral("https://%1.slack.com/").arg(domain);
}

QJsonValue SlackWorkspace::enterpriseJson() const
{
    if (enterpriseId.isEmpty())
        return QJsonValue(QJsonValue::Null);
    return QJsonObject {
        {QStringLiteral("id"), enterpriseId}, {QStringLiteral("name"), enterpriseName}};
}

namespace SlackWorkspaces {

const QList<SlackWorkspace> &all()
{
    // User ids in an Enterprise organization start with W, elsewhere with U.
    static const QList<SlackWorkspace> workspaces {
        {QStringLiteral("T0SANDBOX01"), QStringLiteral("Sandbox Home"),
            QStringLiteral("sandbox-home"), QString(), QString(), QStringLiteral("U0SANDBOXADMIN"),
            QStringLiteral("sandbox.admin"), QStringLiteral("Sandbox Admin")},
        {QStringLiteral("T0SANDBOX02"), QStringLiteral("Sandbox Two"),
            QStringLiteral("sandbox-two"), QString(), QString(), QStringLiteral("U0SANDBOX02ADM"),
            QStringLiteral("two.admin"), QStringLiteral("Two Admin")},
        {QStringLiteral("T0SANDBOX03"), QStringLiteral("Sandbox Three"),
            QStringLiteral("sandbox-three"), QStringLiteral("E0SANDBOX01"),
            QStringLiteral("Sandbox Grid"), QStringLiteral("W0SANDBOX03ADM"),
            QStringLiteral("three.admin"), QStringLiteral("Three Admin")},
    };
    return workspaces;
}

const SlackWorkspace *find(const QString &teamId)
{
    for (const SlackWorkspace &workspace : all()) {
        if (workspace.id == teamId)
            return &workspace;
    }
    return nullptr;
}

const SlackWorkspace *findByUser(const QString &userId)
{
    for (const SlackWorkspace &workspace : all()) {
        if (workspace.userId == userId)
            return &workspace;
    }
    return nullptr;
}

} // namespace SlackWorkspaces
