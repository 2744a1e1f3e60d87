#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// Runs the real workspace-connector binary the way a script would, in an environment of its own.
struct ProgramRun
{
    int exitCode = -1; // -1 when it crashed or was killed
    QString out;
    QString err;

    // HOME and XDG_CONFIG_HOME under `home`, no session bus (so no keychain), the C locale, none
    // of the program's own environment variables, and no display: a window would abort.
    static QProcessEnvironment isolatedEnvironment(const QString &home);

    // Waits with the event loop running, so in-process stand-ins can answer meanwhile.
    static ProgramRun start(const QStringList &arguments, const QProcessEnvironment &environment,
        const QByteArray &input = QByteArray(), int timeoutMs = 60000);
};
