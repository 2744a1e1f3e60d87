#include "ConnectPage.h"
#include "MainWindowUnderTest.h"
#include "SetupWizard.h"
#include "TroubleshootDialog.h"
#include "WorkspacesEmptyState.h"

#include "store/MemorySecretStore.h"

#include <QAbstractItemView>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class tst_MainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void emptyStateShows();
    void emptyStateButtonOpensWizard();
    void setupMenuOpensWizard();
    void menusAreThere();
    void iconComesFromTheResource();
    void geometryIsRemembered();
    void quitClosesWindowAndWizard();
    void helpMenuOpensTroubleshooter();

private:
    std::unique_ptr<MainWindowUnderTest> createWindow();
    static QAction *findAction(QMenuBar *bar, const QString &menu, const QString &action);

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    MemorySecretStore m_store;
    QNetworkAccessManager m_network;
};

void tst_MainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void tst_MainWindow::init()
{
    const QString file =
        m_dir.filePath(QString::fromUtf8(QTest::currentTestFunction()) + QStringLiteral(".ini"));
    m_settings = std::make_unique<QSettings>(file, QSettings::IniFormat);
}

void tst_MainWindow::cleanup()
{
    m_settings.reset();
}

std::unique_ptr<MainWindowUnderTest> tst_MainWindow::createWindow()
{
    auto window = std::make_unique<MainWindowUnderTest>(m_settings.get(), &m_store, &m_network);
    window->show();
    [&] {
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    }();
    return window;
}

QAction *tst_MainWindow::findAction(QMenuBar *bar, const QString &menu, const QString &action)
{
    for (QAction *menuAction : bar->actions()) {
        if (menuAction->text().remove(u'&') != menu || !menuAction->menu()) {
            continue;
        }
        for (QAction *item : menuAction->menu()->actions()) {
            if (item->text().remove(u'&') == action) {
                return item;
            }
        }
    }
    return nullptr;
}

void tst_MainWindow::emptyStateShows()
{
    auto window = createWindow();
    WorkspacesEmptyState *empty = window->emptyState();
    QVERIFY(empty->isVisible());
    const QList<QLabel *> labels = empty->findChildren<QLabel *>();
    const bool saysSo = std::any_of(labels.cbegin(), labels.cend(), [](QLabel *label) {
        return label->isVisible()
            && label->text() == QLatin1String("No Slack workspaces are connected yet");
    });
    QVERIFY(saysSo);
    QVERIFY(empty->setupButton()->isVisible());
    QVERIFY(empty->setupButton()->isEnabled());
    QVERIFY(empty->setupButton()->text().remove(u'&').startsWith(QLatin1String("Set up")));
    // No table that would pretend workspaces can be listed yet.
    QVERIFY(window->findChildren<QAbstractItemView *>().isEmpty());
    QVERIFY(!window->setupWizard());
}

void tst_MainWindow::emptyStateButtonOpensWizard()
{
    auto window = createWindow();
    QTest::mouseClick(window->emptyState()->setupButton(), Qt::LeftButton);
    SetupWizard *wizard = window->setupWizard();
    QVERIFY(wizard);
    QVERIFY(QTest::qWaitForWindowExposed(wizard));
    QCOMPARE(wizard->currentId(), int(SetupWizard::ConnectPageId));
    QCOMPARE(wizard->currentPage(), wizard->connectPage());

    // A second click brings the same wizard forward instead of opening another.
    QTest::mouseClick(window->emptyState()->setupButton(), Qt::LeftButton);
    QCOMPARE(window->setupWizard(), wizard);
    QCOMPARE(window->findChildren<SetupWizard *>().size(), 1);

    // Closed, it is gone, and the button opens a fresh one.
    wizard->reject();
    QTRY_VERIFY(!window->setupWizard());
    QTest::mouseClick(window->emptyState()->setupButton(), Qt::LeftButton);
    QVERIFY(window->setupWizard());
}

void tst_MainWindow::setupMenuOpensWizard()
{
    auto window = createWindow();
    QAction *setup = findAction(
        window->menuBar(), QStringLiteral("Setup"), QStringLiteral("Set Up Workspace Connector…"));
    QVERIFY(setup);
    setup->trigger();
    QVERIFY(window->setupWizard());
    QVERIFY(QTest::qWaitForWindowExposed(window->setupWizard()));
}

void tst_MainWindow::menusAreThere()
{
    auto window = createWindow();
    QMenuBar *bar = window->menuBar();
    QVERIFY(findAction(bar, QStringLiteral("File"), QStringLiteral("Quit")));
    QVERIFY(findAction(bar, QStringLiteral("Help"), QStringLiteral("About Workspace Connector")));
    QVERIFY(findAction(bar, QStringLiteral("Help"), QStringLiteral("About Qt")));
    QVERIFY(findAction(bar, QStringLiteral("Help"), QStringLiteral("Troubleshoot…")));
}

void tst_MainWindow::iconComesFromTheResource()
{
    QVERIFY(QFile::exists(QStringLiteral(":/icons/workspace-connector.svg")));
    auto window = createWindow();
    QVERIFY(!window->windowIcon().isNull());
    QVERIFY(!window->windowIcon().pixmap(64).isNull());
}

void tst_MainWindow::geometryIsRemembered()
{
    {
        auto window = createWindow();
        window->resize(700, 480);
        QTRY_COMPARE(window->size(), QSize(700, 480));
        window->close();
    }
    QVERIFY(m_settings->contains(QStringLiteral("mainWindow/geometry")));
    auto window = createWindow();
    QCOMPARE(window->size(), QSize(700, 480));
}

void tst_MainWindow::quitClosesWindowAndWizard()
{
    auto window = createWindow();
    window->openSetupWizard();
    QPointer<SetupWizard> wizard = window->setupWizard();
    QVERIFY(wizard);
    QAction *quit = findAction(window->menuBar(), QStringLiteral("File"), QStringLiteral("Quit"));
    quit->trigger();
    QVERIFY(!window->isVisible());
    QTRY_VERIFY(!wizard);
}

void tst_MainWindow::helpMenuOpensTroubleshooter()
{
    auto window = createWindow();
    ConnectionSettings connection;
    connection.bitbucketBaseUrl = QUrl(QStringLiteral("https://bitbucket.example.com"));
    window->session()->setConnection(connection);
    QAction *troubleshoot =
        findAction(window->menuBar(), QStringLiteral("Help"), QStringLiteral("Troubleshoot…"));
    QVERIFY(troubleshoot);
    troubleshoot->trigger();
    TroubleshootDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<TroubleshootDialog *>()));
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(dialog->textEdit()->toPlainText().isEmpty());
    // It knows the Bitbucket base URL the setup holds, and that no manifest was read yet.
    QVERIFY(dialog->contextLabel()->text().contains(QLatin1String("bitbucket.example.com")));
    QVERIFY(dialog->contextLabel()->text().contains(QLatin1String("No manifest")));
    QPointer<TroubleshootDialog> guard(dialog);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!guard);
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
