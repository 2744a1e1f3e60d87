#pragma once

#include "workspaces/Workspace.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// The connected workspaces written out for people and programs: CSV and JSON files for Export
// and `export --format csv|json`, and the plain text of Copy details. Column codes and JSON keys
// are stable; labels are not part of either format.
class WorkspaceExport
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceExport)

public:
    // The scopes the manifest asks for, against which missing scopes are listed.
    struct Requested
    {
        QStringList botScopes;
        QStringList userScopes;
    };

    // The CSV header's codes, in order: team-id, name, enterprise-id, enterprise, bot-user-id,
    // bot-user, installed-by-id, installed-by, installed-at, bot-scopes, user-scopes,
    // missing-scopes, needs-update-access, known-to-ledger, in-bitbucket, status, status-detail,
    // last-checked, app-configuration-url.
    static QStringList csvColumns();

    // RFC 4180: UTF-8 without a byte order mark, CRLF line ends, a header row, fields quoted
    // when they hold a comma, quote, CR or LF. A field starting with = + - @ (or a tab or CR,
    // which spreadsheets also read as a formula's start) is written with a ' in front, so no
    // spreadsheet runs it. Times are ISO 8601 in UTC; scope lists are space-separated.
    static QByteArray toCsv(const QList<WorkspaceRecord> &records, const Requested &requested);

    // {"workspaces":[{"teamId","name","enterpriseId","enterpriseName","botUserId","botUserName",
    // "installerUserId","installerName","installedAt","botScopes","userScopes",
    // "missingBotScopes","missingUserScopes","needsUpdateAccess","knownToLedger","inBitbucket",
    // "status","statusDetail","lastChecked","appConfigurationUrl"}]}, indented. Times are ISO
    // 8601 UTC strings or null when unknown; status is WorkspaceStatusNames::code().
    static QByteArray toJson(const QList<WorkspaceRecord> &records, const Requested &requested);
    static QJsonObject toJsonObject(const WorkspaceRecord &record, const Requested &requested);

    // Copy details: one block of "Label: value" lines per workspace, blocks separated by a blank
    // line; labels translated, times in the local time zone.
    static QString detailsText(const QList<WorkspaceRecord> &records, const Requested &requested);

    // The cell as written into CSV: quoted when needed, defused when it could start a formula.
    static QString csvField(const QString &value);
    // ISO 8601 with seconds in UTC ("2024-05-01T09:30:00Z"), or empty when invalid.
    static QString utcTime(const QDateTime &time);
};
