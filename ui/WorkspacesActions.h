#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

class ConnectedWorkspaces;
class InstallController;
class Ledger;
class QAction;
class QLabel;
class QNetworkAccessManager;
class QProgressBar;
class QPushButton;
class QSettings;
class QStatusBar;
class QWidget;
class SetupSession;
class UpdateAccessDialog;
class WorkspacesView;

// The actions of the connected-workspaces table, for the main window's toolbar and menu:
// Refresh, Verify (selected rows, or all), Update Access (one row, or several as a queue, one
// handshake at a time), Disconnect (after a confirmation that names the workspace and says what
// Bitbucket removes), Copy Details and Export. Slow work shows in the status bar, with Cancel.
class WorkspacesActions : public QObject
{
    Q_OBJECT

public:
    // None of the pointers is owned; all outlive this object. window is the parent of the
    // dialogs and boxes.
    WorkspacesActions(ConnectedWorkspaces *workspaces, SetupSession *session, QSettings *settings,
        QNetworkAccessManager *network, Ledger *ledger, QStatusBar *statusBar, QWidget *window);
    ~WorkspacesActions() override;

    // The table, once the window has one; the actions on the selection follow it.
    void setView(WorkspacesView *view);

    QList<QAction *> toolBarActions() const;
    QAction *refreshAction() const { return m_refresh; }
    QAction *verifyAction() const { return m_verify; }
    QAction *verifyAllAction() const { return m_verifyAll; }
    QAction *updateAccessAction() const { return m_updateAccess; }
    QAction *disconnectAction() const { return m_disconnect; }
    QAction *copyAction() const { return m_copy; }
    QAction *exportAction() const { return m_export; }
    // Verify's progress bar and Cancel button in the status bar, made when Verify first runs
    // (asking for them makes them too); hidden while Verify does not run.
    QProgressBar *progressBar();
    QPushButton *cancelButton();
    QLabel *statusLabel() const { return m_status; }
    InstallController *updater() const { return m_updater; }
    UpdateAccessDialog *updateAccessDialog() const;

    // For tests: the browser is not opened; updater()->openBrowser carries the address.
    void setOpensBrowser(bool opens) { m_opensBrowser = opens; }
    // For tests: Export writes here instead of asking for a file.
    void setExportPathForTests(const QString &path) { m_exportPathForTests = path; }

public Q_SLOTS:
    void refresh();
    void verifySelected();
    void verifyAll();
    void updateAccessForSelected();
    void disconnectSelected();
    void copyDetails();
    void exportTable();
    void updateEnabled();

private:
    void showMessage(const QString &text);
    void showProblem(const QString &explanation, const QString &advice);
    void startVerify(const QStringList &teamIds);
    void ensureProgressWidgets();
    void nextUpdate();
    void askToDisconnect(QStringList teamIds);
    void writeExport(const QString &path, bool json);

    ConnectedWorkspaces *m_workspaces;
    SetupSession *m_session;
    QSettings *m_settings;
    QWidget *m_window;
    QPointer<WorkspacesView> m_view;
    InstallController *m_updater;
    QPointer<UpdateAccessDialog> m_updateDialog;
    QStringList m_updateQueue;
    int m_updateTotal = 0;
    int m_updatesDone = 0;
    QStringList m_updateFailures;
    bool m_updateStopped = false; // Cancel in the dialog: no further workspace starts
    int m_quietRefreshes = 0; // refreshes after an access update, not announced
    bool m_startingUpdate = false; // inside InstallController::startUpdateAccess()
    bool m_opensBrowser = true;
    QString m_exportPathForTests;

    QAction *m_refresh;
    QAction *m_verify;
    QAction *m_verifyAll;
    QAction *m_updateAccess;
    QAction *m_disconnect;
    QAction *m_copy;
    QAction *m_export;
    QStatusBar *m_statusBar;
    QLabel *m_status;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
};
