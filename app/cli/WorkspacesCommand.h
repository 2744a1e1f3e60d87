#pragma once

#include "bitbucket/BitbucketTarget.h"
#include "slack/SlackManifest.h"
#include "store/ConnectionSettings.h"
#include "workspaces/VerifyRunner.h"
#include "workspaces/Workspace.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>

#include <memory>

class QNetworkAccessManager;
class QTextStream;
class SecretStore;
class SlackLinkDirectory;

// The connected workspaces on the command line, without a window:
//   workspace-connector list   [OPTIONS] [--json]
//   workspace-connector verify [TEAM_ID...] [OPTIONS] [--json]
//   workspace-connector export --format csv|json [--output FILE] [OPTIONS]
// Each reads Bitbucket's list of workspace links and merges it with the ledger, as the window's
// table does; verify then asks Bitbucket for each workspace's live status. Credentials as for
// `check` (BitbucketLogin). Exit status 0 for success, 1 when a request failed or (verify) a
// workspace is not healthy, 2 for a usage or configuration error.
class WorkspacesCommand : public QObject
{
    Q_OBJECT

public:
    enum class Kind { List, Verify, Export };

    WorkspacesCommand(Kind kind, QTextStream &out, QTextStream &err, QObject *parent = nullptr);
    ~WorkspacesCommand() override;

    // Parses the arguments (without the program name and the command). False after printing
    // help (exit code 0) or a usage error (exit code 2).
    bool parse(const QStringList &arguments);
    // Starts; finished() follows.
    void start();

    int exitCode() const { return m_exitCode; }
    static QString helpText(Kind kind);
    static QString commandName(Kind kind);

Q_SIGNALS:
    void finished(int exitCode);

private:
    void usageError(const QString &message);
    void fail(const QString &explanation, const QString &advice);
    void listLinks();
    void onListed(const QList<LinkSummary> &links);
    void verify();
    void onVerified(bool cancelled, const VerifyRunner::Summary &summary);
    void printList();
    void printExport();
    void done(int exitCode);

    Kind m_kind;
    QTextStream &m_out;
    QTextStream &m_err;
    ConnectionSettings m_saved;
    BitbucketTarget m_target;
    QString m_profile;
    bool m_json = false;
    bool m_passwordFromEnvironment = false;
    QString m_format; // export: "csv" or "json"
    QString m_outputPath; // export: empty for standard output
    QStringList m_teamIds; // verify: empty for all
    SlackManifest m_manifest; // --manifest, for the scopes asked for
    QList<WorkspaceRecord> m_records;
    QHash<QString, int> m_recordOf;
    bool m_problem = false; // a request failed: exit status 1
    int m_exitCode = 0;
    std::unique_ptr<QNetworkAccessManager> m_network;
    SlackLinkDirectory *m_directory = nullptr;
    VerifyRunner *m_runner = nullptr;
    SecretStore *m_keychain = nullptr;
};
