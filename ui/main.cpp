#include "MainWindow.h"

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
#include <QTimer>

#include <cstdio>

namespace {

QStringList argumentsOf(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

// Quits the application once the widget it watches has painted for the first time.
class FirstPaintExit : public QObject
{
public:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            // Queued, so the paint event this filter sees is finished first; the line tells
            // the benchmark the moment, before the window is closed on the way out.
            QTimer::singleShot(0, qApp, [] {
                std::fputs("first-paint\n", stdout);
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
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
    ApplicationSetup::initialize(app);
    QGuiApplication::setApplicationDisplayName(
        QCoreApplication::translate("main", "Workspace Connector"));
    QGuiApplication::setDesktopFileName(
        QStringLiteral("org.workspaceconnector.WorkspaceConnector"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/workspace-connector.svg")));

    const Profile profile(options.profile);
    auto settings = profile.settings();
    if (options.usesSandbox())
        options.sandboxSettings.save(*settings); // the sandbox profile follows the running sandbox
    auto secrets = profile.createKeychainStore();
    QNetworkAccessManager network;
    // What this program did to workspaces. When it cannot be opened the program still works;
    // the Install page says that nothing is recorded, and why.
    Ledger ledger(Ledger::defaultPath(profile.name()));
    if (!ledger.open())
        qWarning("The ledger cannot be opened: %s", qPrintable(ledger.problem().explanation));

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
    // For tests/bench/bench_startup: leave as soon as the window has been painted once.
    FirstPaintExit firstPaintExit;
    if (qEnvironmentVariableIsSet("WORKSPACE_CONNECTOR_QUIT_AFTER_FIRST_PAINT"))
        window.installEventFilter(&firstPaintExit);
    window.show();
    // After the first paint: nothing slow stands between the start and a window on screen.
    QTimer::singleShot(0, &window, &MainWindow::loadWorkspaces);
    if (options.openSetup)
        QTimer::singleShot(0, &window, &MainWindow::openSetupWizard);
    return app.exec();
}
