#include "MainWindowFrame.h"

#include "DeferredIcon.h"
#include "StartupStyle.h"
#include "WorkspacesEmptyState.h"

#include "common/ApplicationSetup.h"
#include "store/ConnectionSettings.h"

#include <QApplication>
#include <QCloseEvent>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QUrl>

namespace {

const QString geometryKey = QStringLiteral("mainWindow/geometry");

} // namespace

MainWindowFrame::MainWindowFrame(QSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_pages(new QStackedWidget(this))
    , m_emptyState(new WorkspacesEmptyState(m_pages))
{
    setWindowTitle(tr("Workspace Connector"));
    // The SVG is parsed only when something first asks for pixels or sizes; on the way to the
    // first frame nothing does (the parse would cost about a millisecond there).
    setWindowIcon(DeferredIcon::fromFile(QStringLiteral(":/icons/workspace-connector.svg")));
    m_pages->addWidget(m_emptyState);
    setCentralWidget(m_pages);
    statusBar();
    createMenus();
    // A start with Bitbucket set up says it is reading the workspaces, rather than that none
    // are connected.
    const QUrl bitbucket(m_settings->value(ConnectionSettings::bitbucketBaseUrlKey()).toString());
    if (bitbucket.isValid() && !bitbucket.host().isEmpty())
        m_emptyState->showLoading(bitbucket.host());
    if (!restoreGeometry(m_settings->value(geometryKey).toByteArray()))
        resize(1180, 720);
}

MainWindowFrame::~MainWindowFrame() = default;

void MainWindowFrame::prepareApplication()
{
    // The platform's style, with the bars' overflow arrows decoded when first shown (see
    // StartupStyle). A -style argument or QT_STYLE_OVERRIDE still chooses the style underneath.
    QApplication::setStyle(new StartupStyle(QApplication::style()->name()));
    ApplicationSetup::setNames();
    ApplicationSetup::installTranslations(*QCoreApplication::instance());
    QGuiApplication::setApplicationDisplayName(tr("Workspace Connector"));
    QGuiApplication::setDesktopFileName(
        QStringLiteral("org.workspaceconnector.WorkspaceConnector"));
}

void MainWindowFrame::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    m_workspacesMenu = menuBar()->addMenu(tr("&Workspaces"));

    QMenu *setup = menuBar()->addMenu(tr("&Setup"));
    m_setupAction = setup->addAction(tr("&Set Up Workspace Connector…"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    m_troubleshootAction = help->addAction(tr("&Troubleshoot…"));
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Workspace Connector"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindowFrame::showAbout);
    QAction *aboutQt = help->addAction(tr("About &Qt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindowFrame::showAbout()
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

void MainWindowFrame::closeEvent(QCloseEvent *event)
{
    m_settings->setValue(geometryKey, saveGeometry());
    Q_EMIT closing();
    QMainWindow::closeEvent(event);
}
