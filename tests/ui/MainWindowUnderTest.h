#pragma once

#include "MainWindow.h"
#include "MainWindowFrame.h"

// The main window as the program puts it together: the frame the executable shows, and the
// MainWindow that the program's module attaches to it. The tests link both halves into one
// executable; what they reach for on MainWindow is forwarded.
class MainWindowUnderTest : public MainWindowFrame
{
public:
    MainWindowUnderTest(QSettings *settings, SecretStore *secrets, QNetworkAccessManager *network,
        Ledger *ledger = nullptr)
        : MainWindowFrame(settings)
        , m_controller(new MainWindow(this, settings, secrets, network, ledger))
    { }

    MainWindow *controller() const { return m_controller; }

    SetupWizard *setupWizard() const { return m_controller->setupWizard(); }
    SetupSession *session() { return m_controller->session(); }
    WorkspaceTableModel *workspacesModel() const { return m_controller->workspacesModel(); }
    ConnectedWorkspaces *connectedWorkspaces() const { return m_controller->connectedWorkspaces(); }
    WorkspacesActions *workspacesActions() const { return m_controller->workspacesActions(); }
    WorkspacesView *workspacesView() const { return m_controller->workspacesView(); }
    void loadWorkspaces() { m_controller->loadWorkspaces(); }
    void openSetupWizard() { m_controller->openSetupWizard(); }

private:
    MainWindow *m_controller;
};
