#pragma once

#include "FixDialog.h"

#include "checks/CheckResult.h"
#include "slack/ManifestFix.h"
#include "slack/SlackManifest.h"
#include "slackapi/ConfigTokenSession.h"
#include "slackapi/ManifestService.h"

#include <QMap>
#include <QPointer>
#include <QWidget>

class CheckRow;
class MessageBanner;
class QLabel;
class QNetworkAccessManager;
class QPushButton;
class SecretStore;
class SetupSession;
class SlackApiClient;

// The Slack half of the HTTPS page. It reads the app's manifest (through Slack's App Manifest
// API when an app configuration token was entered, else from a file the admin exported from
// Slack), runs the slack.* checks on it, one CheckRow each, and offers the fix for a failing
// check, which FixDialog shows and carries out.
class SlackAppSection : public QWidget
{
    Q_OBJECT

public:
    enum class Source { None, Slack, File };

    SlackAppSection(SetupSession *session, QNetworkAccessManager *network, SecretStore *secrets,
        QWidget *parent = nullptr);
    ~SlackAppSection() override;

    // The page was entered: read the manifest again (from Slack, or the file loaded before) and
    // run the checks against what the Connect page now holds.
    void start();
    // The page was left: answers still on their way are dropped.
    void stop();
    void readAgain();
    // What "Load Manifest File…" does with the file the admin picked.
    bool loadFile(const QString &path);

    bool isBusy() const { return m_busy; }
    bool anyFailed() const;
    Source source() const { return m_source; }
    SlackManifest manifest() const { return m_manifest; }
    QList<CheckResult> results() const { return m_results; }
    // One line for the page's summary: reading, waiting for a manifest, or how the checks went.
    QString summaryText() const;

    CheckRow *row(const QString &id) const { return m_rows.value(id); }
    QLabel *sourceLabel() const { return m_sourceLabel; }
    QPushButton *loadFileButton() const { return m_loadFile; }
    MessageBanner *problemBanner() const { return m_problem; }
    FixDialog *fixDialog() const { return m_fixDialog; }
    ManifestService *manifestService() const { return m_manifests; }
    SlackApiClient *apiClient() const { return m_client; }

Q_SIGNALS:
    // Busy, results or the manifest changed; the page recomputes whether Next is allowed.
    void stateChanged();
    // A manifest was read and checked (or could not be read); for the page and for tests.
    void finished();
    // The token was refused: the admin wants to go back and enter a new one.
    void newTokenRequested();
    void troubleshootRequested(const QString &text);

private:
    QWidget *createRows();
    bool haveToken() const;
    void configureClient();
    void readFromSlack();
    void exportManifest(int generation);
    void onExported(const ManifestService::Result &result);
    void showTokenProblem(const ConfigTokenSession::Outcome &outcome);
    void showReadProblem(const ManifestService::Result &result);
    void chooseFile();
    void useManifest(const SlackManifest &manifest, Source source);
    void runChecks();
    void skipChecks(const QString &reason);
    void showResults();
    void openFix(const QString &checkId);
    void focusFirstProblem();
    void setBusy(bool busy);
    void updateSource();

    SetupSession *m_session;
    SlackApiClient *m_client;
    ConfigTokenSession *m_tokens;
    ManifestService *m_manifests;

    Source m_source = Source::None;
    SlackManifest m_manifest;
    QString m_filePath;
    QList<CheckResult> m_results;
    QMap<QString, ManifestFix> m_fixes;
    bool m_busy = false;
    // What the problem banner's button does: back to the Connect page, or read again.
    bool m_actionIsNewToken = false;
    int m_generation = 0;

    QLabel *m_sourceLabel;
    MessageBanner *m_problem;
    QPushButton *m_loadFile;
    QPushButton *m_readAgain;
    QMap<QString, CheckRow *> m_rows;
    QPointer<FixDialog> m_fixDialog;
};
