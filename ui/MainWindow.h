#pragma once

#include "setup/SetupSession.h"

#include <QMainWindow>
#include <QPointer>

class ConnectedWorkspaces;
class Ledger;
class QNetworkAccessManager;
class QSettings;
class QStackedWidget;
class QToolBar;
class SecretStore;
class SetupWizard;
class WorkspaceTableModel;
class WorkspacesActions;
class WorkspacesEmptyState;
class WorkspacesView;

// The program's window: the connected Slack workspaces, and the menus. While the table has no
// rows it shows the empty state that starts setup instead. Holds the setup session, so what the
// admin entered outlives one run of the wizard.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // None of the pointers is owned; all must outlive the window. ledger may be null.
    MainWindow(QSettings *settings, SecretStore *secrets, QNetworkAccessManager *network,
        Ledger *ledger = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The wizard while it is open, else null.
    SetupWizard *setupWizard() const;
    WorkspacesEmptyState *emptyState() const { return m_emptyState; }
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

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void showAbout();
    QString bitbucketHost() const;
    void showWorkspacesOrEmptyState();
    void useTarget(const BitbucketTarget &target);
    void wizardClosed();

    QSettings *m_settings;
    SecretStore *m_secrets;
    QNetworkAccessManager *m_network;
    Ledger *m_ledger;
    SetupSession m_session;
    ConnectedWorkspaces *m_connected;
    WorkspaceTableModel *m_workspaces;
    WorkspacesActions *m_actions;
    QStackedWidget *m_stack;
    WorkspacesEmptyState *m_emptyState;
    WorkspacesView *m_workspacesView = nullptr;
    QToolBar *m_toolBar = nullptr;
    QPointer<SetupWizard> m_wizard;
};
