#pragma once

#include "store/ConnectionSettings.h"

#include <QHash>
#include <QStringList>

// The arguments of the window face: `workspace-connector [--profile NAME] [--sandbox FILE]
// [--setup]`. Parsed before any QApplication exists, so a usage error never needs a display.
struct WindowOptions
{
    QString profile;
    QString sandboxStateFile;
    bool openSetup = false; // --setup: open the setup wizard right away

    // What the sandbox state file says: the Bitbucket stand-in's address, CA bundle and
    // administrator (its password is a fixed fake one, safe to prefill).
    ConnectionSettings sandboxSettings;
    QHash<QString, QString> sandboxSecrets; // by SecretKey

    // False with a translated message in *error for a usage error or an unreadable state file.
    static bool parse(const QStringList &arguments, WindowOptions *options, QString *error);
    bool usesSandbox() const { return !sandboxStateFile.isEmpty(); }

private:
    bool readSandboxState(QString *error);
};
