#pragma once

#include <QString>

class MainWindowFrame;
class QObject;
class QSettings;

// The two ways into the program's module (libworkspace-connector-program.so), which holds all of
// the program but the first window (see MainWindowFrame). The executable dlopens it and resolves
// these by name; the module finds the executable's frame classes through the executable's
// exported symbols.
namespace ProgramModule {

// The module's file name, and where the executable looks for it relative to its own directory:
// beside it (the build tree), then in the installed library directory.
inline QString fileName()
{
    return QStringLiteral("libworkspace-connector-program.so");
}

// int workspaceConnectorMain(int &argc, char **argv): the whole program for a start with
// arguments (the command line, --sandbox, --profile, --setup): it makes the application itself.
using MainFunction = int (*)(int &argc, char **argv);
inline const char *mainName()
{
    return "workspaceConnectorMain";
}

// QObject *workspaceConnectorAttach(MainWindowFrame *frame, QSettings *settings): for a plain
// start, once the frame is on screen; settings are the default profile's, which the frame reads
// too. Opens the profile's keychain, the ledger and the network, gives the frame its behaviour
// and starts reading the workspaces. The returned object owns all of that; delete it before the
// frame and the settings.
using AttachFunction = QObject *(*)(MainWindowFrame *frame, QSettings *settings);
inline const char *attachName()
{
    return "workspaceConnectorAttach";
}

} // namespace ProgramModule
