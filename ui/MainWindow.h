#pragma once

#include "setup/SetupSession.h"

#include <QMainWindow>
#include <QPointer>

class Ledger;
class QNetworkAccessManager;
class QSettings;
class SecretStore;
class SetupWizard;
class WorkspacesEmptyState;

// The program's window: the connected Slack workspaces (for now only the empty state that starts
// setup), and the menus. Holds the setup session, so what the admin entered outlives one run of
// the wizard.
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
    // What the wizard starts from; main() fills it in advance for --sandbox.
    SetupSession *session() { return &m_session; }

public Q_SLOTS:
    void openSetupWizard();
    // Help > Troubleshoot…: explains a pasted error with what the setup knows.
    void openTroubleshooter();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void showAbout();

    QSettings *m_settings;
    SecretStore *m_secrets;
    QNetworkAccessManager *m_network;
    Ledger *m_ledger;
    SetupSession m_session;
    WorkspacesEmptyState *m_emptyState;
    QPointer<SetupWizard> m_wizard;
};
