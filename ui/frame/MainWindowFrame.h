#pragma once

#include <QMainWindow>

class QAction;
class QMenu;
class QSettings;
class QStackedWidget;
class WorkspacesEmptyState;

// The program's window as the executable builds it, before the rest of the program is loaded:
// the title, the menus, the status bar, and the page shown while the table has no rows. It
// links nothing but Qt Widgets, so the first frame waits for no network, keychain, SQLite or
// OpenSSL library. MainWindow (in the program's module) gives it its behaviour once it is on
// screen: the table, the workspace actions, setup and troubleshooting.
//
// What it does on its own: Quit, the About boxes, and remembering its geometry.
class MainWindowFrame : public QMainWindow
{
    Q_OBJECT

public:
    // settings is not owned and must outlive the window. When they name a Bitbucket, the page
    // says the workspaces are being read from it (they arrive after the first frame).
    explicit MainWindowFrame(QSettings *settings, QWidget *parent = nullptr);
    ~MainWindowFrame() override;

    // What the window and the command line set up on the application before anything else:
    // the style, the names and the translations.
    static void prepareApplication();

    WorkspacesEmptyState *emptyState() const { return m_emptyState; }
    // The central pages: the empty state, and the table once MainWindow makes it.
    QStackedWidget *pages() const { return m_pages; }
    // Empty until MainWindow puts the workspace actions in it.
    QMenu *workspacesMenu() const { return m_workspacesMenu; }
    // Setup > Set Up Workspace Connector…, and Help > Troubleshoot…: MainWindow acts on them.
    QAction *setupAction() const { return m_setupAction; }
    QAction *troubleshootAction() const { return m_troubleshootAction; }

Q_SIGNALS:
    // The window is closing; what it opened should close with it.
    void closing();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void showAbout();

    QSettings *m_settings;
    QStackedWidget *m_pages;
    WorkspacesEmptyState *m_emptyState;
    QMenu *m_workspacesMenu = nullptr;
    QAction *m_setupAction = nullptr;
    QAction *m_troubleshootAction = nullptr;
};
