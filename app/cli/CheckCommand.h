#pragma once

#include "bitbucket/BitbucketTarget.h"
#include "checks/CheckResult.h"
#include "slack/SlackManifest.h"
#include "slackapi/ManifestService.h"
#include "store/ConnectionSettings.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <memory>

class CheckRunner;
class ConfigTokenSession;
class QNetworkAccessManager;
class QTextStream;
class SecretStore;
class SlackApiClient;

// `workspace-connector check --bitbucket URL [--ca-bundle FILE] [--http-port N]
//  [--manifest FILE] [--json]`
//
// Runs the Bitbucket readiness checks, then the Slack-side checks on the app's manifest, and
// prints one line per check, or {"checks":[...]} with --json. The manifest comes from --manifest,
// or else through Slack's App Manifest API when an App ID is saved and an app configuration token
// is in WORKSPACE_CONNECTOR_SLACK_CONFIG_TOKEN or the keychain; without either the Slack checks
// do not run and a note on stderr says how to get them.
// Credentials come from WORKSPACE_CONNECTOR_BITBUCKET_USER and ..._PASSWORD, or else from the
// saved user name and the keychain; never from arguments, where other users of the machine could
// read them.
class CheckCommand : public QObject
{
    Q_OBJECT

public:
    CheckCommand(QTextStream &out, QTextStream &err, QObject *parent = nullptr);
    ~CheckCommand() override;

    // Parses the arguments (without the program name and the command). Returns false after
    // printing a usage error; then exitCode() is 2.
    bool parse(const QStringList &arguments);

    // Starts the checks; finished() follows.
    void start();

    int exitCode() const { return m_exitCode; }
    static QString helpText();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void usageError(const QString &message);
    bool parseSlackOptions(const QString &manifestPath);
    SecretStore *keychain();
    void startChecks();
    void checkSlack();
    void readManifestFromSlack();
    void onManifestRead(const ManifestService::Result &result);
    void runSlackChecks(const SlackManifest &manifest);
    void note(const QString &message);
    void report();

    QTextStream &m_out;
    QTextStream &m_err;
    BitbucketTarget m_target;
    ConnectionSettings m_saved;
    QString m_profile;
    bool m_json = false;
    bool m_passwordFromEnvironment = false;
    int m_exitCode = 0;
    SlackManifest m_manifest; // from --manifest
    QString m_configToken; // from WORKSPACE_CONNECTOR_SLACK_CONFIG_TOKEN
    QUrl m_slackApiBase;
    QList<CheckResult> m_slackResults;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<CheckRunner> m_runner;
    SecretStore *m_keychain = nullptr; // child of this, made when first needed
    SecretStore *m_tokenStore = nullptr; // the keychain, or a memory store for the variable
    SlackApiClient *m_slackClient = nullptr;
    ConfigTokenSession *m_tokens = nullptr;
    ManifestService *m_manifests = nullptr;
};
