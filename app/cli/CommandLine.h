#pragma once

#include <QStringList>

// The command-line face of the program: `workspace-connector <command> ...`. It runs without a
// window (a QCoreApplication), so it works over SSH and in scripts.
namespace CommandLine {

enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

// True when the arguments ask for a command (or for --help / --version) rather than the window.
bool wantsCommandLine(const QStringList &arguments);

// Creates the QCoreApplication, runs the command and returns the process exit status.
int run(int &argc, char **argv);

} // namespace CommandLine
