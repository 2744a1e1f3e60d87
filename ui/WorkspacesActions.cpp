#include "WorkspacesActions.h"

#include "DecisionBox.h"
#include "UpdateAccessDialog.h"
#include "WorkspacesView.h"

#include "common/Redactor.h"
#include "install/InstallController.h"
#include "workspaces/ConnectedWorkspaces.h"
#include "workspaces/WorkspaceExport.h"
#include "workspaces/WorkspaceTableModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QFileDialog>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QStatusBar>

WorkspacesActions::WorkspacesActions(ConnectedWorkspaces *workspaces, SetupSession *session,
    QSettings *settings, QNetworkAccessManager *network, Ledger *ledger, QStatusBar *statusBar,
    QWidget *window)
    : QObject(window)
    , m_workspaces(workspaces)
    , m_session(session)
    , m_settings(settings)
    , m_window(window)
    , m_updater(new InstallController(session, settings, network, ledger, this))
    , m_refresh(new QAction(tr("&Refresh"), this))
    , m_verify(new QAction(tr("&Verify"), this))
    , m_verifyAll(new QAction(tr("Verify &All"), this))
    , m_updateAccess(new QAction(tr("&Update Access…"), this))
    , m_disconnect(new QAction(tr("&Disconnect…"), this))
    , m_copy(new QAction(tr("&Copy Details"), this))
    , m_export(new QAction(tr("&Export…"), this))
    , m_statusBar(statusBar)
    , m_status(new QLabel(statusBar))
{
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setToolTip(tr("Read the connected workspaces from Bitbucket again"));
    m_verify->setShortcut(QKeySequence(tr("Ctrl+R")));
    m_verify->setToolTip(tr("Ask Bitbucket for the live status of the selected workspaces"));
    m_verifyAll->setShortcut(QKeySequence(tr("Ctrl+Shift+R")));
    m_verifyAll->setToolTip(tr("Ask Bitbucket for the live status of every workspace"));
    m_updateAccess->setToolTip(tr("Install the app again in the selected workspaces, with the "
                                  "scopes the manifest asks for, and give Bitbucket the new "
                                  "tokens"));
    m_disconnect->setShortcut(QKeySequence::Delete);
    m_disconnect->setToolTip(tr("Remove the selected workspaces' connections from Bitbucket"));
    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setToolTip(tr("Copy the selected workspaces' details as text"));
    m_export->setShortcut(QKeySequence(tr("Ctrl+E")));
    m_export->setToolTip(tr("Save the workspaces the table shows as CSV or JSON"));

    statusBar->addWidget(m_status, 1);

    connect(m_refresh, &QAction::triggered, this, &WorkspacesActions::refresh);
    connect(m_verify, &QAction::triggered, this, &WorkspacesActions::verifySelected);
    connect(m_verifyAll, &QAction::triggered, this, &WorkspacesActions::verifyAll);
    connect(m_updateAccess, &QAction::triggered, this, &WorkspacesActions::updateAccessForSelected);
    connect(m_disconnect, &QAction::triggered, this, &WorkspacesActions::disconnectSelected);
    connect(m_copy, &QAction::triggered, this, &WorkspacesActions::copyDetails);
    connect(m_export, &QAction::triggered, this, &WorkspacesActions::exportTable);

    connect(m_workspaces, &ConnectedWorkspaces::refreshed, this, [this](int count) {
        // The refresh after an access update only brings the rows up to date; the status bar
        // keeps what Update Access said.
        if (m_quietRefreshes > 0)
            --m_quietRefreshes;
        else
            showMessage(tr("%n workspace(s) connected to Bitbucket.", nullptr, count));
        updateEnabled();
    });
    connect(m_workspaces, &ConnectedWorkspaces::refreshFailed, this, [this] {
        if (m_quietRefreshes > 0)
            --m_quietRefreshes;
    });
    connect(
        m_workspaces, &ConnectedWorkspaces::refreshFailed, this, &WorkspacesActions::showProblem);
    connect(m_workspaces, &ConnectedWorkspaces::verifyProgress, this, [this](int done, int total) {
        ensureProgressWidgets();
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        m_progress->setFormat(tr("%1 of %2").arg(done).arg(total));
    });
    connect(
        m_workspaces, &ConnectedWorkspaces::verifyStopped, this, &WorkspacesActions::showProblem);
    connect(m_workspaces, &ConnectedWorkspaces::verifyFinished, this,
        [this](const VerifyRunner::Summary &summary) {
            if (m_progress) {
                m_progress->hide();
                m_cancel->hide();
            }
            if (!summary.stopped)
                showMessage(summary.text);
            updateEnabled();
        });
    connect(m_workspaces, &ConnectedWorkspaces::disconnected, this,
        [this](const QString &teamId, const QString &teamName) {
            showMessage(tr("%1 (%2) was disconnected from Bitbucket.").arg(teamName, teamId));
            updateEnabled();
        });
    connect(m_workspaces, &ConnectedWorkspaces::disconnectFailed, this,
        [this](const QString &, const QString &explanation, const QString &advice) {
            showProblem(explanation, advice);
        });
    connect(m_workspaces, &ConnectedWorkspaces::warning, this, &WorkspacesActions::showMessage);

    connect(m_updater, &InstallController::openBrowser, this, [this](const QUrl &url) {
        if (m_opensBrowser && !QDesktopServices::openUrl(url))
            qWarning(
                "The browser could not be opened for %s", qPrintable(Redactor::redactUrl(url)));
    });
    connect(m_updater, &InstallController::workspaceConnected, this,
        [this](const ConnectedWorkspace &workspace) {
            ++m_updatesDone;
            QString text = tr("%1 (%2): access updated.").arg(workspace.teamName, workspace.teamId);
            const QStringList missing = workspace.missingBotScopes + workspace.missingUserScopes;
            if (!missing.isEmpty())
                text += u' '
                    + tr("Slack still did not grant: %1.").arg(missing.join(QStringLiteral(", ")));
            if (m_updateDialog)
                m_updateDialog->showOutcome(text, false);
            if (!m_workspaces->isRefreshing()) {
                ++m_quietRefreshes;
                m_workspaces->refresh();
            }
            nextUpdate();
        });
    connect(m_updater, &InstallController::failed, this, [this](const InstallFailure &failure) {
        // The detail carries Slack's own code (access_denied, invalid_team_…), which the admin
        // needs to look the problem up.
        QString text = failure.title;
        if (!failure.detail.isEmpty())
            text += u'\n' + failure.detail;
        if (!failure.serverText.isEmpty())
            text += u'\n' + tr("Bitbucket answered: %1").arg(failure.serverText);
        if (!failure.fix.isEmpty())
            text += u'\n' + failure.fix;
        if (m_updateDialog)
            m_updateDialog->showOutcome(text, true);
        // A pasted text that is no address leaves the handshake waiting for a better one: the
        // workspace has not failed yet.
        if (m_updater->isBusy())
            return;
        m_updateFailures << failure.title;
        // A handshake that could not even start is reported from inside startUpdateAccess();
        // nextUpdate()'s loop goes on by itself then.
        if (!m_startingUpdate)
            nextUpdate();
    });
    updateEnabled();
}

WorkspacesActions::~WorkspacesActions() = default;

void WorkspacesActions::setView(WorkspacesView *view)
{
    m_view = view;
    if (!view)
        return;
    connect(view, &WorkspacesView::selectionChanged, this, &WorkspacesActions::updateEnabled);
    updateEnabled();
}

UpdateAccessDialog *WorkspacesActions::updateAccessDialog() const
{
    return m_updateDialog;
}

QList<QAction *> WorkspacesActions::toolBarActions() const
{
    return {m_refresh, m_verify, m_verifyAll, m_updateAccess, m_disconnect, m_copy, m_export};
}

void WorkspacesActions::updateEnabled()
{
    const bool ready = m_workspaces->hasTarget();
    const bool verifying = m_workspaces->isVerifying();
    const bool updating = !m_updateQueue.isEmpty() || m_updater->isBusy();
    const int selected = m_view ? int(m_view->selectedTeamIds().size()) : 0;
    const int rows = m_workspaces->model()->rowCount();
    m_refresh->setEnabled(ready && !m_workspaces->isRefreshing());
    m_verify->setEnabled(ready && !verifying && selected > 0);
    m_verifyAll->setEnabled(ready && !verifying && rows > 0);
    m_updateAccess->setEnabled(ready && !updating && selected > 0);
    m_disconnect->setEnabled(ready && !updating && selected > 0);
    m_copy->setEnabled(selected > 0);
    m_export->setEnabled(rows > 0);
}

QProgressBar *WorkspacesActions::progressBar()
{
    ensureProgressWidgets();
    return m_progress;
}

QPushButton *WorkspacesActions::cancelButton()
{
    ensureProgressWidgets();
    return m_cancel;
}

// Made on first use rather than with the window: their size hints cost the window's first
// frame time, and most starts never verify.
void WorkspacesActions::ensureProgressWidgets()
{
    if (m_progress)
        return;
    m_progress = new QProgressBar(m_statusBar);
    m_progress->setMaximumWidth(220);
    m_progress->hide();
    m_cancel = new QPushButton(tr("Cancel"), m_statusBar);
    m_cancel->hide();
    m_statusBar->addPermanentWidget(m_progress);
    m_statusBar->addPermanentWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, m_workspaces, &ConnectedWorkspaces::cancelVerify);
}

void WorkspacesActions::showMessage(const QString &text)
{
    // The status bar has one line: an explanation in several runs on there as one, and stays
    // whole in the tool tip.
    m_status->setText(text.simplified());
    m_status->setToolTip(text);
}

void WorkspacesActions::showProblem(const QString &explanation, const QString &advice)
{
    const QString text = advice.isEmpty() ? explanation : explanation + u' ' + advice;
    showMessage(text);
}

void WorkspacesActions::refresh()
{
    m_quietRefreshes = 0; // the admin asked: say what it found
    m_workspaces->refresh();
    updateEnabled();
}

void WorkspacesActions::verifySelected()
{
    if (m_view)
        startVerify(m_view->selectedTeamIds());
}

void WorkspacesActions::verifyAll()
{
    startVerify(QStringList());
}

void WorkspacesActions::startVerify(const QStringList &teamIds)
{
    if (!m_workspaces->verify(teamIds))
        return;
    ensureProgressWidgets();
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancel->show();
    showMessage(tr("Verifying…"));
    updateEnabled();
}

void WorkspacesActions::updateAccessForSelected()
{
    if (!m_view || m_updater->isBusy())
        return;
    m_updateQueue = m_view->selectedTeamIds();
    if (m_updateQueue.isEmpty())
        return;
    m_updateTotal = int(m_updateQueue.size());
    m_updatesDone = 0;
    m_updateFailures.clear();
    m_updateStopped = false;
    if (!m_updateDialog) {
        m_updateDialog = new UpdateAccessDialog(m_updater, m_window);
        m_updateDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_updateDialog, &UpdateAccessDialog::cancelRequested, this, [this] {
            m_updateQueue.clear();
            m_updateStopped = true;
            m_updater->cancel();
            // Tokens already on their way to Slack or Bitbucket are not called back: that
            // workspace's outcome comes first, then the summary counts it.
            if (!m_updater->isBusy())
                nextUpdate();
        });
    }
    m_updateDialog->show();
    m_updateDialog->raise();
    nextUpdate();
}

// One handshake at a time: the next workspace starts when the previous one ended either way.
void WorkspacesActions::nextUpdate()
{
    if (m_updater->isBusy())
        return;
    while (!m_updateQueue.isEmpty()) {
        const QString teamId = m_updateQueue.takeFirst();
        const int row = m_workspaces->model()->rowOf(teamId);
        const QString name = row >= 0 ? m_workspaces->model()->record(row).teamName : teamId;
        if (m_updateDialog) {
            m_updateDialog->showWorkspace(
                name, teamId, m_updateTotal - int(m_updateQueue.size()), m_updateTotal);
        }
        m_startingUpdate = true;
        m_updater->setRememberedScopes(m_workspaces->model()->requestedBotScopes(),
            m_workspaces->model()->requestedUserScopes());
        const bool started = m_updater->startUpdateAccess(teamId);
        m_startingUpdate = false;
        if (started) {
            updateEnabled();
            return;
        }
        // failed() has said why; go on with the next one.
    }
    QString summary;
    if (m_updateStopped) {
        summary =
            tr("Stopped: %1 of %2 updated, the others not.").arg(m_updatesDone).arg(m_updateTotal);
    } else if (m_updateFailures.isEmpty()) {
        summary = tr("%n workspace(s) updated.", nullptr, m_updatesDone);
    } else {
        summary = tr("%1 of %2 updated, %3 failed.")
                      .arg(m_updatesDone)
                      .arg(m_updateTotal)
                      .arg(m_updateFailures.size());
    }
    if (m_updateDialog)
        m_updateDialog->showFinished(summary);
    showMessage(summary);
    updateEnabled();
}

void WorkspacesActions::disconnectSelected()
{
    if (m_view)
        askToDisconnect(m_view->selectedTeamIds());
}

// One confirmation per workspace, naming it: a removal cannot be undone from here.
void WorkspacesActions::askToDisconnect(QStringList teamIds)
{
    if (teamIds.isEmpty())
        return;
    const QString teamId = teamIds.takeFirst();
    // The question links to the workspace's own Manage apps page when Bitbucket knows its
    // address; the generic page otherwise, which Slack sends on to the signed-in workspace.
    m_workspaces->findWorkspaceUrl(teamId, this, [this, teamId, teamIds](const QUrl &url) {
        const int row = m_workspaces->model()->rowOf(teamId);
        const QString name = row >= 0 ? m_workspaces->model()->record(row).teamName : teamId;
        const QUrl manage = url.isValid() && !url.isEmpty()
            ? url.resolved(QUrl(QStringLiteral("apps/manage")))
            : QUrl(QStringLiteral("https://slack.com/apps/manage"));
        DecisionBox::Question question;
        question.title = tr("Disconnect %1?").arg(name);
        question.text = tr("Disconnect %1 (%2) from Bitbucket?").arg(name, teamId);
        question.informative =
            tr("Bitbucket removes the workspace's connection together with its "
               "repository-to-channel notification mappings and every user's personal Slack "
               "account link for it; connecting it again does not bring them back.\n\nThe app "
               "stays installed in Slack. To remove it there too, open the workspace's Manage "
               "apps page: %1")
                .arg(manage.toString());
        question.verb = tr("&Disconnect");
        DecisionBox::ask(m_window, question, [this, teamId, teamIds](bool goAhead) {
            if (goAhead)
                m_workspaces->disconnectWorkspace(teamId);
            askToDisconnect(teamIds);
        });
    });
}

void WorkspacesActions::copyDetails()
{
    if (!m_view)
        return;
    const QList<WorkspaceRecord> records = m_view->selectedRecords();
    if (records.isEmpty())
        return;
    const WorkspaceExport::Requested requested {
        m_workspaces->model()->requestedBotScopes(), m_workspaces->model()->requestedUserScopes()};
    QApplication::clipboard()->setText(WorkspaceExport::detailsText(records, requested));
    showMessage(
        tr("The details of %n workspace(s) are on the clipboard.", nullptr, int(records.size())));
}

void WorkspacesActions::exportTable()
{
    if (!m_exportPathForTests.isEmpty()) {
        writeExport(m_exportPathForTests, m_exportPathForTests.endsWith(QLatin1String(".json")));
        return;
    }
    auto *dialog = new QFileDialog(m_window, tr("Export the Connected Workspaces"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    const QString csv = tr("CSV (*.csv)");
    const QString json = tr("JSON (*.json)");
    dialog->setNameFilters({csv, json});
    dialog->selectFile(QStringLiteral("workspaces.csv"));
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog, json](const QString &filter) {
        dialog->setDefaultSuffix(filter == json ? QStringLiteral("json") : QStringLiteral("csv"));
    });
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    connect(dialog, &QFileDialog::fileSelected, this, [this, dialog, json](const QString &path) {
        writeExport(
            path, dialog->selectedNameFilter() == json || path.endsWith(QLatin1String(".json")));
    });
    dialog->open();
}

void WorkspacesActions::writeExport(const QString &path, bool json)
{
    // What the table shows: the filter and the sort order the admin chose.
    const QList<WorkspaceRecord> records =
        m_view ? m_view->visibleRecords() : m_workspaces->model()->records();
    const WorkspaceExport::Requested requested {
        m_workspaces->model()->requestedBotScopes(), m_workspaces->model()->requestedUserScopes()};
    const QByteArray bytes = json ? WorkspaceExport::toJson(records, requested)
                                  : WorkspaceExport::toCsv(records, requested);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        showProblem(tr("The export could not be written to %1: %2").arg(path, file.errorString()),
            tr("Choose a file in a folder you can write to."));
        return;
    }
    showMessage(tr("%n workspace(s) exported to %1.", nullptr, int(records.size())).arg(path));
}
