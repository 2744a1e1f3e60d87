#include "cli/CommandLine.h"

#include "cli/CheckCommand.h"
#include "cli/DiagnoseCommand.h"
#include "cli/WorkspacesCommand.h"
#include "common/ApplicationSetup.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>

namespace CommandLine {
namespace {

const QStringList commands = {QStringLiteral("check"), QStringLiteral("diagnose"),
    QStringLiteral("list"), QStringLiteral("verify"), QStringLiteral("export")};

QString generalHelp()
{
    return QCoreApplication::translate("CommandLine",
        "Usage: workspace-connector [--profile NAME] [--sandbox STATE-FILE] [--setup]\n"
        "       workspace-connector COMMAND [OPTIONS]\n"
        "\n"
        "Without a command, opens the Workspace Connector window.\n"
        "  --profile NAME        keep settings and keychain entries apart under NAME\n"
        "  --sandbox STATE-FILE  point the window at a running workspace-connector-sandbox\n"
        "                        (uses the profile \"sandbox\")\n"
        "  --setup               open the setup wizard right away\n"
        "\n"
        "Commands (no window is opened):\n"
        "  check     check that Bitbucket and the Slack app are ready for connecting\n"
        "            Slack workspaces\n"
        "  diagnose  explain an error message, a Slack error code or the address the\n"
        "            browser ended on, and say what to do\n"
        "  list      list the Slack workspaces connected to Bitbucket\n"
        "  verify    ask Bitbucket for the live status of connected workspaces\n"
        "  export    write the connected workspaces as CSV or JSON\n"
        "\n"
        "Run 'workspace-connector COMMAND --help' for a command's options.\n"
        "  -h, --help       show this help\n"
        "  -v, --version    show the version\n");
}

int runCheck(
    QCoreApplication &app, const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CheckCommand command(out, err);
    if (!command.parse(arguments))
        return command.exitCode();
    QObject::connect(&command, &CheckCommand::finished, &app, &QCoreApplication::exit);
    command.start();
    return app.exec();
}

int runWorkspaces(QCoreApplication &app, WorkspacesCommand::Kind kind, const QStringList &arguments,
    QTextStream &out, QTextStream &err)
{
    WorkspacesCommand command(kind, out, err);
    if (!command.parse(arguments))
        return command.exitCode();
    QObject::connect(&command, &WorkspacesCommand::finished, &app, &QCoreApplication::exit);
    command.start();
    return app.exec();
}

int runDiagnose(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QFile input;
    const bool readable = input.open(stdin, QIODevice::ReadOnly);
    DiagnoseCommand command(out, err);
    return command.run(arguments, readable ? &input : nullptr);
}

} // namespace

bool wantsCommandLine(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString &first = arguments.at(1);
    static const QStringList flags = {QStringLiteral("-h"), QStringLiteral("--help"),
        QStringLiteral("help"), QStringLiteral("-v"), QStringLiteral("--version")};
    return commands.contains(first) || flags.contains(first);
}

int run(int &argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ApplicationSetup::initialize(app);
    // A command's output is for people and scripts: the program's progress notes stay out of
    // it unless asked for with QT_LOGGING_RULES.
    if (!qEnvironmentVariableIsSet("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("connector.*.info=false"));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QStringList arguments = QCoreApplication::arguments();
    const QString command = arguments.value(1);
    arguments = arguments.mid(2);

    if (command == QLatin1String("-v") || command == QLatin1String("--version")) {
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion()
            << '\n';
        return Success;
    }
    if (command == QLatin1String("-h") || command == QLatin1String("--help")
        || command == QLatin1String("help")) {
        out << generalHelp();
        return Success;
    }
    if (command == QLatin1String("check"))
        return runCheck(app, arguments, out, err);
    if (command == QLatin1String("diagnose"))
        return runDiagnose(arguments, out, err);
    if (command == QLatin1String("list"))
        return runWorkspaces(app, WorkspacesCommand::Kind::List, arguments, out, err);
    if (command == QLatin1String("verify"))
        return runWorkspaces(app, WorkspacesCommand::Kind::Verify, arguments, out, err);
    if (command == QLatin1String("export"))
        return runWorkspaces(app, WorkspacesCommand::Kind::Export, arguments, out, err);

    err << QCoreApplication::translate("CommandLine", "Unknown command '%1'.").arg(command) << '\n'
        << generalHelp();
    return UsageError;
}

} // namespace CommandLine
