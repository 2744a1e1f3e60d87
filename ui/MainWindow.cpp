#include "MainWindow.h"

#include "DeferredIcon.h"
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

#include <QApplication>
#include <QCloseEvent>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QUrl>

namespace {

const QString geometryKey = QStringLiteral("mainWindow/geometry");
// The scopes the manifest asked for when the setup wizard last read it, so the table can mark
// workspaces that need Update Access without reading the manifest at every start.
const QString requestedBotScopesKey = QStringLiteral("slack/requestedBotScopes");
const QString requestedUserScopesKey = QStringLiteral("slack/requestedUserScopes");

} // namespace

MainWindow::MainWindow(QSettings *settings, SecretStore *secrets, QNetworkAccessManager *network,
    Ledger *ledger, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_network(network)
    , m_ledger(ledger)
    , m_connected(new ConnectedWorkspaces(network, ledger, this))
    , m_workspaces(m_connected->model())
    , m_actions(new WorkspacesActions(
          m_connected, &m_session, settings, network, ledger, statusBar(), this))
    , m_stack(new QStackedWidget(this))
    , m_emptyState(new WorkspacesEmptyState(m_stack))
{
    setWindowTitle(tr("Workspace Connector"));
    // The SVG is parsed only when something first asks for pixels or sizes; on the way to the
    // first frame nothing does (the parse would cost about a millisecond there).
    setWindowIcon(DeferredIcon::fromFile(QStringLiteral(":/icons/workspace-connector.svg")));
    m_stack->addWidget(m_emptyState);
    setCentralWidget(m_stack);
    connect(m_workspaces, &QAbstractItemModel::rowsInserted, this,
        &MainWindow::showWorkspacesOrEmptyState);
    connect(m_workspaces, &QAbstractItemModel::rowsRemoved, this,
        &MainWindow::showWorkspacesOrEmptyState);
    connect(m_workspaces, &QAbstractItemModel::modelReset, this,
        &MainWindow::showWorkspacesOrEmptyState);
    connect(
        m_emptyState, &WorkspacesEmptyState::setupRequested, this, &MainWindow::openSetupWizard);
    connect(m_emptyState, &WorkspacesEmptyState::retryRequested, this, [this] {
        m_emptyState->showLoading(bitbucketHost());
        m_actions->refresh();
    });
    connect(m_connected, &ConnectedWorkspaces::refreshed, this, [this](int count) {
        if (count == 0)
            m_emptyState->showNoneConnected(bitbucketHost());
    });
    connect(m_connected, &ConnectedWorkspaces::refreshFailed, this,
        [this](const QString &explanation, const QString &advice) {
            if (m_workspaces->rowCount() == 0)
                m_emptyState->showProblem(explanation, advice);
        });
    createMenus();
    connect(this, &MainWindow::workspacesViewCreated, m_actions, &WorkspacesActions::setView);
    // A start with Bitbucket set up says it is reading the workspaces (they arrive after the
    // first frame), rather than that none are connected.
    const QUrl bitbucket = ConnectionSettings::load(*m_settings).bitbucketBaseUrl;
    if (bitbucket.isValid() && !bitbucket.isEmpty())
        m_emptyState->showLoading(bitbucket.host());
    if (!restoreGeometry(m_settings->value(geometryKey).toByteArray())) {
        resize(1180, 720);
    }
}

MainWindow::~MainWindow() = default;

SetupWizard *MainWindow::setupWizard() const
{
    return m_wizard;
}

// The Bitbucket the table reads from, as the empty page names it.
QString MainWindow::bitbucketHost() const
{
    return m_connected->target().baseUrl.host();
}

void MainWindow::showWorkspacesOrEmptyState()
{
    if (m_workspaces->rowCount() == 0) {
        if (m_toolBar)
            m_toolBar->hide();
        if (m_emptyState->mode() != WorkspacesEmptyState::Mode::FirstRun)
            m_emptyState->showNoneConnected(bitbucketHost());
        m_stack->setCurrentWidget(m_emptyState);
        return;
    }
    if (!m_workspacesView) {
        m_workspacesView = new WorkspacesView(m_workspaces, m_settings, m_stack);
        m_stack->addWidget(m_workspacesView);
        // The tool bar acts on the table's rows, so it comes with the table (the Workspaces
        // menu has the same actions from the start).
        m_toolBar = addToolBar(tr("Workspaces"));
        m_toolBar->setObjectName(QStringLiteral("workspacesToolBar"));
        m_toolBar->setMovable(false);
        m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_toolBar->addActions(m_actions->toolBarActions());
        Q_EMIT workspacesViewCreated(m_workspacesView);
    }
    m_toolBar->show();
    m_stack->setCurrentWidget(m_workspacesView);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *workspaces = menuBar()->addMenu(tr("&Workspaces"));
    workspaces->addActions(m_actions->toolBarActions());

    QMenu *setup = menuBar()->addMenu(tr("&Setup"));
    QAction *wizard = setup->addAction(tr("&Set Up Workspace Connector…"));
    connect(wizard, &QAction::triggered, this, &MainWindow::openSetupWizard);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *troubleshoot = help->addAction(tr("&Troubleshoot…"));
    connect(troubleshoot, &QAction::triggered, this, &MainWindow::openTroubleshooter);
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Workspace Connector"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
    QAction *aboutQt = help->addAction(tr("About &Qt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::openSetupWizard()
{
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return;
    }
    m_wizard = new SetupWizard(&m_session, m_settings, m_secrets, m_network, m_ledger, this);
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
        m_emptyState->showFirstRun();
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
        m_emptyState->showLoading(target.baseUrl.host());
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
    TroubleshootDialog::openWith(m_session.diagnosisContext(), QString(), this);
}

void MainWindow::showAbout()
{
    // open() rather than the static helper, so no event loop of its own runs.
    auto *box = new QMessageBox(QMessageBox::Information, tr("About Workspace Connector"),
        tr("Workspace Connector %1").arg(QStringLiteral(CONNECTOR_VERSION)), QMessageBox::Close,
        this);
    box->setInformativeText(tr("Connects one Slack app to many Slack workspaces for Bitbucket "
                               "Data Center, and checks each step on the way."));
    box->setIconPixmap(windowIcon().pixmap(64));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings->setValue(geometryKey, saveGeometry());
    if (m_wizard) {
        m_wizard->close();
    }
    QMainWindow::closeEvent(event);
}
