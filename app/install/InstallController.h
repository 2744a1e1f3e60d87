#pragma once

#include "bitbucket/SlackLinkClient.h"
#include "install/AuthorizationState.h"
#include "install/HandshakeError.h"
#include "install/Installation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

class Ledger;
class LoopbackListener;
class QNetworkAccessManager;
class QSettings;
class SetupSession;
class SlackHandshake;

// Why an install did not end with a connected workspace, for the Install page: the step that
// failed, the words to show and, for Bitbucket, its answer exactly as it came.
struct InstallFailure
{
    enum class Step { Setup, Listener, Slack, Bitbucket };
    Step step = Step::Setup;
    QString code; // HandshakeError::code, or "bitbucket_<status>" for Bitbucket's refusals
    QString title;
    QString detail;
    QString fix;
    QString serverText; // Bitbucket's body as it is, when Bitbucket refused
    bool notDistributed = false; // Slack: invalid_team_for_non_distributed_app
    // What to paste into Troubleshoot for this failure.
    QString troubleshootText;
};

// A workspace this program connected in this session.
struct ConnectedWorkspace
{
    QString teamId;
    QString teamName;
    QString enterpriseName;
    QString installerUserId;
    QStringList missingBotScopes; // asked for by the manifest, not granted
    QStringList missingUserScopes;
    bool replacedExisting = false; // Bitbucket had a link for it, which was replaced
    QDateTime at;
};

// Connects one workspace after another: the Slack handshake (through the loopback listener or a
// pasted address), registration of the result with Bitbucket's Slack integration, and an event in
// the ledger. The tokens the handshake brings live only in this object, only until Bitbucket has
// them, and are never written anywhere.
class InstallController : public QObject
{
    Q_OBJECT

public:
    enum class Phase {
        Idle,
        WaitingForBrowser, // the permission screen is open in the browser
        ExchangingCode, // Slack is asked for the tokens
        Registering, // Bitbucket is asked to create or replace the link
        AwaitingReplaceDecision, // Bitbucket already has this workspace: replace it?
    };
    Q_ENUM(Phase)

    // None of the pointers is owned; all must outlive the controller. ledger may be null or not
    // open: installs still work, and a warning says nothing was recorded.
    InstallController(SetupSession *session, QSettings *settings, QNetworkAccessManager *network,
        Ledger *ledger, QObject *parent = nullptr);
    ~InstallController() override;

    // The scopes to ask for when the session holds no manifest: those the manifest asked for
    // when the wizard last read it (the main window keeps them), so Update Access works from the
    // table without reading the manifest again. The session's manifest wins when there is one.
    void setRememberedScopes(const QStringList &botScopes, const QStringList &userScopes)
    {
        m_rememberedBotScopes = botScopes;
        m_rememberedUserScopes = userScopes;
    }

    // Where the program keeps its own loopback certificate (AppData/loopback unless set).
    void setCertificateDirectory(const QString &directory) { m_certificateDirectory = directory; }
    static QString defaultCertificateDirectory();

    // Starts an install, for the workspace teamId when it is not empty. False when it could not
    // start; failed() says why.
    bool start(const QString &teamId = QString());
    // Update Access for a workspace Bitbucket already has: the same handshake with the workspace
    // preselected, then its link is replaced (POST …/connection/{teamId}) without asking. An
    // install into another workspace than teamId is refused before Bitbucket is called.
    bool startUpdateAccess(const QString &teamId);
    // The workspace the running Update Access is for; empty for an install.
    QString updatingTeamId() const { return m_updatingTeamId; }
    // Paste mode: the address the browser ended on.
    void submitPastedAddress(const QString &text);
    // The answer to replaceRequested().
    void decideReplace(bool replace);
    // Stops waiting for the browser; a request already sent to Slack or Bitbucket is not undone.
    void cancel();

    Phase phase() const { return m_phase; }
    bool isBusy() const { return m_phase != Phase::Idle; }
    bool usesLoopback() const;
    // The loopback certificate's SHA-256 fingerprint, once an install has used it.
    QString loopbackFingerprint() const { return m_fingerprint; }
    QList<ConnectedWorkspace> connectedWorkspaces() const { return m_connected; }
    // For tests: shortens the watchdogs of the handshake.
    SlackHandshake *handshake() const { return m_handshake; }

Q_SIGNALS:
    void phaseChanged(InstallController::Phase phase);
    void openBrowser(const QUrl &url);
    void workspaceConnected(const ConnectedWorkspace &workspace);
    void replaceRequested(const QString &teamId, const QString &teamName);
    void failed(const InstallFailure &failure);
    // Something the admin should know that did not stop the install (the ledger could not be
    // written, scopes were not granted).
    void warning(const QString &text);
    // The first install outside the app's home workspace proved that distribution is active.
    void distributionProven();

private:
    void setPhase(Phase phase);
    void handshakeSucceeded(const Installation &installation);
    void handshakeFailed(const HandshakeError &error);
    void register_(bool replace);
    void registrationDone(bool replace, const SlackLinkClient::Outcome &outcome);
    void recordEvent(bool replace, bool succeeded, const QString &detail);
    void noteDistribution();
    void fail(const InstallFailure &failure);
    void closeListener();
    void forgetInstallation();

    SetupSession *m_session;
    QSettings *m_settings;
    QNetworkAccessManager *m_network;
    Ledger *m_ledger;
    AuthorizationState m_states;
    SlackHandshake *m_handshake;
    QPointer<LoopbackListener> m_listener;
    QPointer<SlackLinkClient> m_links;
    QString m_certificateDirectory;
    QString m_fingerprint;
    Phase m_phase = Phase::Idle;
    std::optional<Installation> m_installation;
    QStringList m_requestedBotScopes;
    QStringList m_requestedUserScopes;
    QList<ConnectedWorkspace> m_connected;
    QString m_updatingTeamId;
    QStringList m_rememberedBotScopes;
    QStringList m_rememberedUserScopes;
};
