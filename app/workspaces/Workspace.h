#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

// The connected-workspaces data shared by the table, Verify, the actions and the command line.

// A workspace's health as Bitbucket's Slack integration reports it through
// GET <base>/rest/slack/latest/connection-status/{teamId} (bitbucket-slack-plugin-rest.md, 6.2),
// plus NotChecked before anyone asked.
enum class WorkspaceStatus {
    NotChecked,
    Connected, // 200 {"status":"CONNECTED"}
    Limited, // 200 {"status":"PARTIALLY_CONNECTED"}: Slack never reached this Bitbucket
    OAuthFailure, // 401 {"key":"OAUTH_FAILURE"}: Slack refused the bot token
    NotConnected, // 502 {"key":"NO_CONNECTION"}: Bitbucket could not reach Slack
    Unknown, // 401 {"key":"UNKNOWN"} (no such link), or an answer that says nothing
};

class WorkspaceStatusNames
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceStatusNames)

public:
    // Stable, for JSON, CSV and the command line: "not-checked", "connected", "limited",
    // "oauth-failure", "not-connected", "unknown".
    static QString code(WorkspaceStatus status);
    static WorkspaceStatus fromCode(const QString &code, bool *ok = nullptr);
    // Translated, as the table shows it: "Connected", "Limited", "OAuth failure", ...
    static QString label(WorkspaceStatus status);
    // Whether the workspace works as it should (Connected); Limited counts as unhealthy for
    // `verify`, since Slack's requests do not reach Bitbucket.
    static bool isHealthy(WorkspaceStatus status) { return status == WorkspaceStatus::Connected; }
};

// One link as GET <base>/rest/slack/latest/connection lists it: no secrets, no live status.
struct LinkSummary
{
    QString teamId;
    QString teamName;
    QString appConfigurationUrl;
    QString botUserId;
    QString botUserName;
    QString connectionError;

    bool operator==(const LinkSummary &other) const;
    bool operator!=(const LinkSummary &other) const { return !(*this == other); }
};

// One row of the connected-workspaces table: what Bitbucket knows merged with what the ledger
// recorded when this program installed or updated the workspace. A workspace connected by other
// means has only Bitbucket's half (knownToLedger false).
struct WorkspaceRecord
{
    QString teamId;
    QString teamName;
    QString enterpriseId;
    QString enterpriseName;
    QString botUserId;
    QString botUserName;
    QString appConfigurationUrl;
    QString installerUserId; // from the ledger
    QString installerName;
    QDateTime installedAt; // UTC, from the ledger: the last successful install or access update
    QStringList botScopes; // granted, from the ledger
    QStringList userScopes;
    bool knownToLedger = false;
    bool inBitbucket = true; // false: the ledger knows it, Bitbucket no longer has a link

    WorkspaceStatus status = WorkspaceStatus::NotChecked;
    QString statusDetail; // Bitbucket's key and error, or why the check failed; translated
    QDateTime lastChecked; // UTC; invalid when never checked

    // The scopes the manifest asks for that the ledger does not show as granted; empty when the
    // ledger does not know the workspace (nothing can be said then).
    QStringList missingBotScopes(const QStringList &requested) const;
    QStringList missingUserScopes(const QStringList &requested) const;
    bool needsUpdateAccess(const QStringList &requestedBot, const QStringList &requestedUser) const;

    bool operator==(const WorkspaceRecord &other) const;
    bool operator!=(const WorkspaceRecord &other) const { return !(*this == other); }
};

Q_DECLARE_METATYPE(WorkspaceRecord)
