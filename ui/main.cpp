// The executable: the first window, and the loader of everything else.
//
// A plain start (no arguments) puts MainWindowFrame on screen with nothing but Qt Widgets
// loaded, then loads the program's module (ProgramModule.h) and lets it give the frame its
// behaviour. The libraries the rest needs (QtNetwork with Kerberos and libproxy, QtSql,
// QtKeychain, OpenSSL, yaml-cpp) took a quarter of the start-up to the first frame when they were
// loaded before it. A start with arguments (the command line, --sandbox, --profile, --setup)
// loads the module first and leaves everything to it.
#include "AfterFirstPaint.h"
#include "MainWindowFrame.h"
#include "ProgramModule.h"

#include "store/Profile.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>
#include <QMessageBox>
#include <QSettings>

#include <cstdio>
#include <memory>

namespace {

// Exit status for a program that cannot run as installed (the command line's configuration
// error).
const int brokenInstallation = 2;

// Loads the module from beside the executable (the build tree) or from the installed library
// directory. On failure, says what was tried and why it failed.
QLibrary *loadModule(QString *problem)
{
    const QDir here =
        QFileInfo(QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath()).absoluteDir();
    QStringList tried;
    for (const QString &directory :
        {here.absolutePath(), here.absoluteFilePath(QStringLiteral(CONNECTOR_MODULE_DIR))}) {
        const QString path = QDir(directory).absoluteFilePath(ProgramModule::fileName());
        if (!QFileInfo::exists(path)) {
            tried.append(QDir::cleanPath(path));
            continue;
        }
        // Never unloaded; every symbol resolved now, so a broken installation shows here and
        // not at the first click that reaches a missing function.
        auto *module = new QLibrary(path);
        module->setLoadHints(QLibrary::PreventUnloadHint | QLibrary::ResolveAllSymbolsHint);
        if (module->load())
            return module;
        *problem = module->errorString();
        delete module;
        return nullptr;
    }
    *problem = QCoreApplication::translate("main", "%1 is in none of these places: %2")
                   .arg(ProgramModule::fileName(), tried.join(QStringLiteral(", ")));
    return nullptr;
}

// One of the module's entry points (ProgramModule.h), with the module loaded for it; null, and
// why in *problem, when either cannot be had.
template<typename Function>
Function moduleEntry(const char *name, QString *problem)
{
    QLibrary *module = loadModule(problem);
    if (!module)
        return nullptr;
    auto function = reinterpret_cast<Function>(module->resolve(name));
    if (!function)
        *problem = module->errorString();
    return function;
}

int runFromModule(int &argc, char **argv)
{
    QString problem;
    const auto programMain =
        moduleEntry<ProgramModule::MainFunction>(ProgramModule::mainName(), &problem);
    if (!programMain) {
        std::fprintf(stderr,
            "workspace-connector: the program is incomplete: %s\n"
            "Reinstall Workspace Connector.\n",
            qPrintable(problem));
        return brokenInstallation;
    }
    return programMain(argc, argv);
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc > 1)
        return runFromModule(argc, argv);

    QApplication app(argc, argv);
    // Until the module is loaded, messages go to Qt's own handler rather than the redacting one
    // (ApplicationSetup::installLogging): nothing secret has been read by then.
    MainWindowFrame::prepareApplication();
    const std::unique_ptr<QSettings> settings = Profile().settings();
    MainWindowFrame frame(settings.get());
    std::unique_ptr<QObject> program;
    // tests/bench/bench_startup measures the time to the first frame and to a window that does
    // everything: say when each is done, and leave.
    const bool quitWhenReady =
        qEnvironmentVariableIsSet("WORKSPACE_CONNECTOR_QUIT_AFTER_FIRST_PAINT");
    AfterFirstPaint afterFirstPaint(&frame, quitWhenReady ? -1 : 2000, [&] {
        if (quitWhenReady) {
            std::fputs("first-paint\n", stdout);
            std::fflush(stdout);
        }
        QString problem;
        const auto attach =
            moduleEntry<ProgramModule::AttachFunction>(ProgramModule::attachName(), &problem);
        if (!attach) {
            QMessageBox::critical(&frame, MainWindowFrame::tr("Workspace Connector Is Incomplete"),
                MainWindowFrame::tr("Part of the program cannot be loaded: %1\n\n"
                                    "Reinstall Workspace Connector.")
                    .arg(problem));
            QCoreApplication::exit(brokenInstallation);
            return;
        }
        program.reset(attach(&frame, settings.get()));
        if (quitWhenReady) {
            std::fputs("ready\n", stdout);
            std::fflush(stdout);
            QCoreApplication::quit();
        }
    });
    frame.show();
    const int status = app.exec();
    program.reset(); // the window's behaviour goes before the window
    return status;
}
