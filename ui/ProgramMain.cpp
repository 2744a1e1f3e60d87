// The program's module: everything but the first window. See ui/frame/ProgramModule.h for how
// the executable enters it.
#include "AfterFirstPaint.h"
#include "MainWindow.h"
#include "MainWindowFrame.h"
#include "ProgramModule.h"

#include "cli/CommandLine.h"
#include "cli/WindowOptions.h"
#include "common/ApplicationSetup.h"
#include "store/Ledger.h"
#include "store/Profile.h"
#include "store/SecretStore.h"

#include <QApplication>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSettings>

#include <cstdio>
#include <memory>
#include <type_traits>

namespace {

QStringList argumentsOf(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

// What the window works with, owned in one place and destroyed in the reverse order: the
// window's behaviour first, then what it used.
class Program : public QObject
{
public:
    Program(MainWindowFrame *frame, const Profile &profile, QSettings *settings)
        : m_secrets(profile.createKeychainStore())
        , m_ledger(Ledger::defaultPath(profile.name()))
        , m_window(new MainWindow(frame, settings, m_secrets.get(), &m_network, &m_ledger))
    { }

    ~Program() override { delete m_window.data(); }

    MainWindow *window() const { return m_window; }

    // What waits until the window is on screen: the ledger (SQLite and its plugin), the
    // application's icon for dialogs (an SVG; the main window has its own) and the table's data.
    void startAfterFirstPaint()
    {
        // When the ledger cannot be opened the program still works; the Install page says that
        // nothing is recorded, and why.
        if (!m_ledger.open())
            qWarning("The ledger cannot be opened: %s", qPrintable(m_ledger.problem().explanation));
        QApplication::setWindowIcon(m_window->frame()->windowIcon());
        m_window->loadWorkspaces();
    }

private:
    std::unique_ptr<SecretStore> m_secrets;
    QNetworkAccessManager m_network;
    Ledger m_ledger;
    QPointer<MainWindow> m_window;
};

} // namespace

extern "C" Q_DECL_EXPORT QObject *workspaceConnectorAttach(
    MainWindowFrame *frame, QSettings *settings)
{
    static_assert(
        std::is_same_v<decltype(&workspaceConnectorAttach), ProgramModule::AttachFunction>);
    ApplicationSetup::installLogging();
    auto *program = new Program(frame, Profile(), settings);
    program->startAfterFirstPaint();
    return program;
}

extern "C" Q_DECL_EXPORT int workspaceConnectorMain(int &argc, char **argv)
{
    static_assert(std::is_same_v<decltype(&workspaceConnectorMain), ProgramModule::MainFunction>);
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
    MainWindowFrame::prepareApplication();
    ApplicationSetup::installLogging();

    const Profile profile(options.profile);
    auto settings = profile.settings();
    if (options.usesSandbox())
        options.sandboxSettings.save(*settings); // the sandbox profile follows the running sandbox
    MainWindowFrame frame(settings.get());
    Program program(&frame, profile, settings.get());
    if (options.usesSandbox()) {
        // The sandbox's fake credentials go straight into the wizard; the admin still decides
        // whether the Connect page saves them (to the sandbox profile's keychain entries).
        SetupSession *session = program.window()->session();
        session->setConnection(options.sandboxSettings);
        for (auto it = options.sandboxSecrets.cbegin(); it != options.sandboxSecrets.cend(); ++it)
            session->setSecret(it.key(), it.value());
        session->setLoaded(true);
    }
    AfterFirstPaint afterFirstPaint(&frame, 2000, [&] {
        program.startAfterFirstPaint();
        if (options.openSetup)
            program.window()->openSetupWizard();
    });
    frame.show();
    return app.exec();
}
