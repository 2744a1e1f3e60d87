#pragma once

#include "setup/SetupSession.h"

#include <QObject>
#include <QPointer>

class ConnectedWorkspaces;
class Ledger;
class MainWindowFrame;
class QNetworkAccessManager;
class QSettings;
class QToolBar;
class SecretStore;
class SetupWizard;
class WorkspaceTableModel;
class WorkspacesActions;
class WorkspacesEmptyState;
class WorkspacesView;

// What the program's window does: the connected Slack workspaces and the actions on them, setup
// and troubleshooting. It works in a MainWindowFrame, the widgets the executable puts on screen
// before it loads the rest of the program (see ui/frame), and lives as the frame's child. While
// the table has no rows the frame's empty state shows instead. Holds the setup session, so what
// the admin entered outlives one run of the wizard.
class MainWindow : public QObject
{
    Q_OBJECT

public:
    // None of the pointers is owned; all but the frame must outlive this object, which is the
    // frame's child (so it goes with the frame unless deleted first). ledger may be null.
    MainWindow(MainWindowFrame *frame, QSettings *settings, SecretStore *secrets,
        QNetworkAccessManager *network, Ledger *ledger = nullptr);
    ~MainWindow() override;

    MainWindowFrame *frame() const { return m_frame; }
    // The wizard while it is open, else null.
    SetupWizard *setupWizard() const;
    WorkspacesEmptyState *emptyState() const;
    // The connected workspaces: Bitbucket's list merged with the ledger, and the actions on them.
    WorkspaceTableModel *workspacesModel() const { return m_workspaces; }
    ConnectedWorkspaces *connectedWorkspaces() const { return m_connected; }
    WorkspacesActions *workspacesActions() const { return m_actions; }
    // The table, made when the model first has rows (so a first run shows no empty table);
    // null before. workspacesViewCreated() says when it appears.
    WorkspacesView *workspacesView() const { return m_workspacesView; }
    // What the wizard starts from; main() fills it in advance for --sandbox.
    SetupSession *session() { return &m_session; }

Q_SIGNALS:
    void workspacesViewCreated(WorkspacesView *view);

public Q_SLOTS:
    // Reads where Bitbucket is from the settings and its password from the keychain, then the
    // connected workspaces from Bitbucket. main() calls it once the window is on screen.
    void loadWorkspaces();
    void openSetupWizard();
    // Help > Troubleshoot…: explains a pasted error with what the setup knows.
    void openTroubleshooter();

private:
    QString bitbucketHost() const;
    void showWorkspacesOrEmptyState();
    void useTarget(const BitbucketTarget &target);
    void wizardClosed();

    MainWindowFrame *m_frame;
    QSettings *m_settings;
    SecretStore *m_secrets;
    QNetworkAccessManager *m_network;
    Ledger *m_ledger;
    SetupSession m_session;
    ConnectedWorkspaces *m_connected;
    WorkspaceTableModel *m_workspaces;
    WorkspacesActions *m_actions;
    WorkspacesView *m_workspacesView = nullptr;
    QToolBar *m_toolBar = nullptr;
    QPointer<SetupWizard> m_wizard;
};
