#include "workspaces/WorkspaceExport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace {

QJsonValue timeValue(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(WorkspaceExport::utcTime(time)) : QJsonValue();
}

QString yesNo(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

QString spaced(const QStringList &scopes)
{
    return scopes.join(u' ');
}

bool startsFormula(const QString &value)
{
    if (value.isEmpty())
        return false;
    switch (value.front().unicode()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        return true;
    default:
        return false;
    }
}

QString localTime(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::LongFormat);
}

} // namespace

QStringList WorkspaceExport::csvColumns()
{
    return {
        QStringLiteral("team-id"),
        QStringLiteral("name"),
        QStringLiteral("enterprise-id"),
        QStringLiteral("enterprise"),
        QStringLiteral("bot-user-id"),
        QStringLiteral("bot-user"),
        QStringLiteral("installed-by-id"),
        QStringLiteral("installed-by"),
        QStringLiteral("installed-at"),
        QStringLiteral("bot-scopes"),
        QStringLiteral("user-scopes"),
        QStringLiteral("missing-scopes"),
        QStringLiteral("needs-update-access"),
        QStringLiteral("known-to-ledger"),
        QStringLiteral("in-bitbucket"),
        QStringLiteral("status"),
        QStringLiteral("status-detail"),
        QStringLiteral("last-checked"),
        QStringLiteral("app-configuration-url"),
    };
}

QString WorkspaceExport::utcTime(const QDateTime &time)
{
    if (!time.isValid())
        return QString();
    return time.toUTC().toString(Qt::ISODate);
}

QString WorkspaceExport::csvField(const QString &value)
{
    QString field = startsFormula(value) ? u'\'' + value : value;
    const bool quote = field.contains(u',') || field.contains(u'"') || field.contains(u'\n')
        || field.contains(u'\r');
    if (!quote)
        return field;
    field.replace(u'"', QStringLiteral("\"\""));
    return u'"' + field + u'"';
}

QByteArray WorkspaceExport::toCsv(const QList<WorkspaceRecord> &records, const Requested &requested)
{
    const QString lineEnd = QStringLiteral("\r\n");
    QString text = csvColumns().join(u',') + lineEnd;
    for (const WorkspaceRecord &r : records) {
        const QStringList missing =
            r.missingBotScopes(requested.botScopes) + r.missingUserScopes(requested.userScopes);
        const QStringList fields {r.teamId, r.teamName, r.enterpriseId, r.enterpriseName,
            r.botUserId, r.botUserName, r.installerUserId, r.installerName, utcTime(r.installedAt),
            spaced(r.botScopes), spaced(r.userScopes), spaced(missing), yesNo(!missing.isEmpty()),
            yesNo(r.knownToLedger), yesNo(r.inBitbucket), WorkspaceStatusNames::code(r.status),
            r.statusDetail, utcTime(r.lastChecked), r.appConfigurationUrl};
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i > 0)
                text += u',';
            text += csvField(fields[i]);
        }
        text += lineEnd;
    }
    return text.toUtf8();
}

QJsonObject WorkspaceExport::toJsonObject(const WorkspaceRecord &r, const Requested &requested)
{
    const QStringList missingBot = r.missingBotScopes(requested.botScopes);
    const QStringList missingUser = r.missingUserScopes(requested.userScopes);
    return QJsonObject {
        {QStringLiteral("teamId"), r.teamId},
        {QStringLiteral("name"), r.teamName},
        {QStringLiteral("enterpriseId"), r.enterpriseId},
        {QStringLiteral("enterpriseName"), r.enterpriseName},
        {QStringLiteral("botUserId"), r.botUserId},
        {QStringLiteral("botUserName"), r.botUserName},
        {QStringLiteral("installerUserId"), r.installerUserId},
        {QStringLiteral("installerName"), r.installerName},
        {QStringLiteral("installedAt"), timeValue(r.installedAt)},
        {QStringLiteral("botScopes"), QJsonArray::fromStringList(r.botScopes)},
        {QStringLiteral("userScopes"), QJsonArray::fromStringList(r.userScopes)},
        {QStringLiteral("missingBotScopes"), QJsonArray::fromStringList(missingBot)},
        {QStringLiteral("missingUserScopes"), QJsonArray::fromStringList(missingUser)},
        {QStringLiteral("needsUpdateAccess"), !missingBot.isEmpty() || !missingUser.isEmpty()},
        {QStringLiteral("knownToLedger"), r.knownToLedger},
        {QStringLiteral("inBitbucket"), r.inBitbucket},
        {QStringLiteral("status"), WorkspaceStatusNames::code(r.status)},
        {QStringLiteral("statusDetail"), r.statusDetail},
        {QStringLiteral("lastChecked"), timeValue(r.lastChecked)},
        {QStringLiteral("appConfigurationUrl"), r.appConfigurationUrl},
    };
}

QByteArray WorkspaceExport::toJson(
    const QList<WorkspaceRecord> &records, const Requested &requested)
{
    QJsonArray workspaces;
    for (const WorkspaceRecord &record : records)
        workspaces.append(toJsonObject(record, requested));
    const QJsonObject root {{QStringLiteral("workspaces"), workspaces}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString WorkspaceExport::detailsText(
    const QList<WorkspaceRecord> &records, const Requested &requested)
{
    QStringList blocks;
    for (const WorkspaceRecord &r : records) {
        QStringList lines;
        const auto add = [&lines](const QString &label, const QString &value) {
            if (!value.isEmpty())
                lines << label + QStringLiteral(": ") + value;
        };
        add(tr("Workspace"), r.teamName.isEmpty() ? r.teamId : r.teamName);
        add(tr("Team ID"), r.teamId);
        add(tr("Enterprise"), r.enterpriseName);
        add(tr("Enterprise ID"), r.enterpriseId);
        add(tr("Bot user"), r.botUserName);
        add(tr("Bot user ID"), r.botUserId);
        if (r.knownToLedger) {
            add(tr("Installed by"), r.installerName);
            add(tr("Installer ID"), r.installerUserId);
            add(tr("Installed at"), r.installedAt.isValid() ? localTime(r.installedAt) : QString());
            add(tr("Bot scopes"), r.botScopes.join(QStringLiteral(", ")));
            add(tr("User scopes"), r.userScopes.join(QStringLiteral(", ")));
            const QStringList missing =
                r.missingBotScopes(requested.botScopes) + r.missingUserScopes(requested.userScopes);
            if (!missing.isEmpty()) {
                add(tr("Missing scopes"),
                    tr("%1 (needs Update Access)").arg(missing.join(QStringLiteral(", "))));
            }
        } else {
            add(tr("Installed by"), tr("not recorded: connected by other means"));
        }
        add(tr("Status"),
            r.inBitbucket ? WorkspaceStatusNames::label(r.status) : tr("No link in Bitbucket"));
        add(tr("Status detail"), r.statusDetail);
        add(tr("Last checked"), r.lastChecked.isValid() ? localTime(r.lastChecked) : tr("never"));
        add(tr("App configuration"), r.appConfigurationUrl);
        blocks << lines.join(u'\n');
    }
    return blocks.isEmpty() ? QString() : blocks.join(QStringLiteral("\n\n")) + u'\n';
}
