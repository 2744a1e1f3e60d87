#include "MainWindow.h"

#include "MainWindowFrame.h"
#include "SetupWizard.h"
#include "TroubleshootDialog.h"
#include "WorkspacesActions.h"
#include "WorkspacesEmptyState.h"
#include "WorkspacesView.h"

#include "setup/SessionStorage.h"
#include "store/ConnectionSettings.h"
#include "store/SecretStore.h"
#include "workspaces/ConnectedWorkspaces.h"
#include "workspaces/WorkspaceTableModel.h"

#include <QMenu>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QUrl>

namespace {

// The scopes the manifest asked for when the setup wizard last read it, so the table can mark
// workspaces that need Update Access without reading the manifest at every start.
const QString requestedBotScopesKey = QStringLiteral("slack/requestedBotScopes");
const QString requestedUserScopesKey = QStringLiteral("slack/requestedUserScopes");

} // namespace

MainWindow::MainWindow(MainWindowFrame *frame, QSettings *settings, SecretStore *secrets,
    QNetworkAccessManager *network, Ledger *ledger)
    : QObject(frame)
    , m_frame(frame)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_network(network)
    , m_ledger(ledger)
    , m_connected(new ConnectedWorkspaces(network, ledger, this))
    , m_workspaces(m_connected->model())
    , m_actions(new WorkspacesActions(
          m_connected, &m_session, settings, network, ledger, frame->statusBar(), frame))
{
    // The actions put their dialogs on the window, but belong to this object and go with it.
    m_actions->setParent(this);
    connect(m_workspaces, &QAbstractItemModel::rowsInserted, this,
        &MainWindow::showWorkspacesOrEmptyState);
    connect(m_workspaces, &QAbstractItemModel::rowsRemoved, this,
        &MainWindow::showWorkspacesOrEmptyState);
    connect(m_workspaces, &QAbstractItemModel::modelReset, this,
        &MainWindow::showWorkspacesOrEmptyState);
    WorkspacesEmptyState *empty = emptyState();
    connect(empty, &WorkspacesEmptyState::setupRequested, this, &MainWindow::openSetupWizard);
    connect(empty, &WorkspacesEmptyState::retryRequested, this, [this] {
        emptyState()->showLoading(bitbucketHost());
        m_actions->refresh();
    });
    connect(m_connected, &ConnectedWorkspaces::refreshed, this, [this](int count) {
        if (count == 0)
            emptyState()->showNoneConnected(bitbucketHost());
    });
    connect(m_connected, &ConnectedWorkspaces::refreshFailed, this,
        [this](const QString &explanation, const QString &advice) {
            if (m_workspaces->rowCount() == 0)
                emptyState()->showProblem(explanation, advice);
        });
    frame->workspacesMenu()->addActions(m_actions->toolBarActions());
    connect(frame->setupAction(), &QAction::triggered, this, &MainWindow::openSetupWizard);
    connect(
        frame->troubleshootAction(), &QAction::triggered, this, &MainWindow::openTroubleshooter);
    // The wizard is a window of its own; it closes with the main window.
    connect(frame, &MainWindowFrame::closing, this, [this] {
        if (m_wizard)
            m_wizard->close();
    });
    connect(this, &MainWindow::workspacesViewCreated, m_actions, &WorkspacesActions::setView);
}

MainWindow::~MainWindow() = default;

SetupWizard *MainWindow::setupWizard() const
{
    return m_wizard;
}

WorkspacesEmptyState *MainWindow::emptyState() const
{
    return m_frame->emptyState();
}

// The Bitbucket the table reads from, as the empty page names it.
QString MainWindow::bitbucketHost() const
{
    return m_connected->target().baseUrl.host();
}

void MainWindow::showWorkspacesOrEmptyState()
{
    QStackedWidget *pages = m_frame->pages();
    WorkspacesEmptyState *empty = emptyState();
    if (m_workspaces->rowCount() == 0) {
        if (m_toolBar)
            m_toolBar->hide();
        if (empty->mode() != WorkspacesEmptyState::Mode::FirstRun)
            empty->showNoneConnected(bitbucketHost());
        pages->setCurrentWidget(empty);
        return;
    }
    if (!m_workspacesView) {
        m_workspacesView = new WorkspacesView(m_workspaces, m_settings, pages);
        pages->addWidget(m_workspacesView);
        // The tool bar acts on the table's rows, so it comes with the table (the Workspaces
        // menu has the same actions from the start).
        m_toolBar = m_frame->addToolBar(tr("Workspaces"));
        m_toolBar->setObjectName(QStringLiteral("workspacesToolBar"));
        m_toolBar->setMovable(false);
        m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_toolBar->addActions(m_actions->toolBarActions());
        Q_EMIT workspacesViewCreated(m_workspacesView);
    }
    m_toolBar->show();
    pages->setCurrentWidget(m_workspacesView);
}

void MainWindow::openSetupWizard()
{
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return;
    }
    m_wizard = new SetupWizard(&m_session, m_settings, m_secrets, m_network, m_ledger, m_frame);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_wizard, &QDialog::finished, this, &MainWindow::wizardClosed);
    m_wizard->open();
}

void MainWindow::loadWorkspaces()
{
    m_connected->setRequestedScopes(m_settings->value(requestedBotScopesKey).toStringList(),
        m_settings->value(requestedUserScopesKey).toStringList());
    // The sandbox (or an earlier wizard) may have filled the session already.
    if (m_session.isLoaded()) {
        useTarget(m_session.bitbucketTarget());
        return;
    }
    auto *storage = new SessionStorage(m_settings, m_secrets, this);
    const ConnectionSettings connection = storage->loadSettings();
    if (!connection.bitbucketBaseUrl.isValid() || connection.bitbucketBaseUrl.isEmpty()) {
        storage->deleteLater();
        emptyState()->showFirstRun();
        return; // first run: the empty state offers setup
    }
    // The whole session, as the Connect page would load it: the table needs Bitbucket's
    // password, and Update Access the app's client secret and the other credentials.
    connect(storage, &SessionStorage::secretsLoaded, this,
        [this, storage, connection](const SecretBatch &batch) {
            storage->deleteLater();
            if (m_session.isLoaded()) // the wizard was quicker
                return;
            m_session.setConnection(connection);
            for (auto it = batch.values.cbegin(); it != batch.values.cend(); ++it)
                m_session.setSecret(it.key(), it.value());
            m_session.setSecretsSaved(batch.ok());
            m_session.setLoaded(true);
            useTarget(m_session.bitbucketTarget());
        });
    storage->loadSecrets(SetupSession::secretKeys());
}

void MainWindow::useTarget(const BitbucketTarget &target)
{
    if (!target.baseUrl.isValid() || target.baseUrl.isEmpty())
        return;
    m_connected->setAppId(m_session.isLoaded() ? m_session.connection().slackAppId
                                               : ConnectionSettings::load(*m_settings).slackAppId);
    m_connected->setTarget(target);
    m_actions->updateEnabled();
    if (m_workspaces->rowCount() == 0)
        emptyState()->showLoading(target.baseUrl.host());
    m_connected->refresh();
}

// What the wizard changed (Bitbucket, the manifest, new installs) shows in the table at once.
void MainWindow::wizardClosed()
{
    const SlackManifest manifest = m_session.manifest();
    if (!manifest.isNull()) {
        m_settings->setValue(requestedBotScopesKey, manifest.botScopes());
        m_settings->setValue(requestedUserScopesKey, manifest.userScopes());
        m_connected->setRequestedScopes(manifest.botScopes(), manifest.userScopes());
    }
    if (m_session.isLoaded())
        useTarget(m_session.bitbucketTarget());
}

void MainWindow::openTroubleshooter()
{
    TroubleshootDialog::openWith(m_session.diagnosisContext(), QString(), m_frame);
}
