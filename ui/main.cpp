#include "MainWindow.h"
#include "StartupStyle.h"

#include "cli/CommandLine.h"
#include "cli/WindowOptions.h"
#include "common/ApplicationSetup.h"
#include "store/Ledger.h"
#include "store/Profile.h"
#include "store/SecretStore.h"

#include <QApplication>
#include <QEvent>
#include <QIcon>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStyle>
#include <QTimer>

#include <cstdio>
#include <functional>

namespace {

QStringList argumentsOf(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

// Runs what the start-up leaves until the window is on screen, once: queued after the watched
// widget's first paint (so that paint is finished first), or after fallbackMs should the window
// never be painted (a minimised start, a compositor that sends no frames), so the work is never
// lost. A negative fallbackMs waits for the paint however long it takes.
class AfterFirstPaint : public QObject
{
public:
    AfterFirstPaint(QWidget *watched, int fallbackMs, std::function<void()> work)
        : m_watched(watched)
        , m_work(std::move(work))
    {
        watched->installEventFilter(this);
        if (fallbackMs >= 0)
            QTimer::singleShot(fallbackMs, this, &AfterFirstPaint::run);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_watched && event->type() == QEvent::Paint && !m_queued) {
            m_queued = true;
            QTimer::singleShot(0, this, &AfterFirstPaint::run);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    void run()
    {
        if (m_done)
            return;
        m_done = true;
        m_watched->removeEventFilter(this);
        m_work();
    }

    QWidget *m_watched;
    std::function<void()> m_work;
    bool m_queued = false;
    bool m_done = false;
};

} // namespace

int main(int argc, char *argv[])
{
    const QStringList arguments = argumentsOf(argc, argv);
    if (CommandLine::wantsCommandLine(arguments))
        return CommandLine::run(argc, argv);

    // Usage errors of the window face are found before a display is needed.
    WindowOptions options;
    QString error;
    if (!WindowOptions::parse(arguments, &options, &error)) {
        std::fprintf(stderr, "workspace-connector: %s\n%s\n", qPrintable(error),
            "Run 'workspace-connector --help' for usage.");
        return CommandLine::UsageError;
    }

    QApplication app(argc, argv);
    // The platform's style, with the bars' overflow arrows decoded when first shown (see
    // StartupStyle). A -style argument or QT_STYLE_OVERRIDE still chooses the style underneath.
    QApplication::setStyle(new StartupStyle(QApplication::style()->name()));
    ApplicationSetup::initialize(app);
    QGuiApplication::setApplicationDisplayName(
        QCoreApplication::translate("main", "Workspace Connector"));
    QGuiApplication::setDesktopFileName(
        QStringLiteral("org.workspaceconnector.WorkspaceConnector"));

    const Profile profile(options.profile);
    auto settings = profile.settings();
    if (options.usesSandbox())
        options.sandboxSettings.save(*settings); // the sandbox profile follows the running sandbox
    auto secrets = profile.createKeychainStore();
    QNetworkAccessManager network;
    // What this program did to workspaces; opened once the window is on screen (see below).
    // When it cannot be opened the program still works; the Install page says that nothing is
    // recorded, and why.
    Ledger ledger(Ledger::defaultPath(profile.name()));

    MainWindow window(settings.get(), secrets.get(), &network, &ledger);
    if (options.usesSandbox()) {
        // The sandbox's fake credentials go straight into the wizard; the admin still decides
        // whether the Connect page saves them (to the sandbox profile's keychain entries).
        SetupSession *session = window.session();
        session->setConnection(options.sandboxSettings);
        for (auto it = options.sandboxSecrets.cbegin(); it != options.sandboxSecrets.cend(); ++it)
            session->setSecret(it.key(), it.value());
        session->setLoaded(true);
    }
    // Nothing slow stands between the start and a window on screen: the ledger (SQLite and its
    // plugin), the application's icon for dialogs (an SVG; the main window has its own), the
    // table's data and the setup wizard all come after the first paint. For
    // tests/bench/bench_startup, which measures the time to that paint: say when it is done,
    // and leave.
    const bool quitAfterFirstPaint =
        qEnvironmentVariableIsSet("WORKSPACE_CONNECTOR_QUIT_AFTER_FIRST_PAINT");
    AfterFirstPaint afterFirstPaint(&window, quitAfterFirstPaint ? -1 : 2000, [&] {
        if (quitAfterFirstPaint) {
            std::fputs("first-paint\n", stdout);
            std::fflush(stdout);
            QCoreApplication::quit();
            return;
        }
        if (!ledger.open())
            qWarning("The ledger cannot be opened: %s", qPrintable(ledger.problem().explanation));
        QApplication::setWindowIcon(window.windowIcon());
        window.loadWorkspaces();
        if (options.openSetup)
            window.openSetupWizard();
    });
    window.show();
    return app.exec();
}
