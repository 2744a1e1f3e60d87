#include "ProgramRun.h"

#include <QProcess>
#include <QSignalSpy>

QProcessEnvironment ProgramRun::isolatedEnvironment(const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(
        QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("C"));
    const QStringList own = {QStringLiteral("WORKSPACE_CONNECTOR_BITBUCKET_USER"),
        QStringLiteral("WORKSPACE_CONNECTOR_BITBUCKET_PASSWORD"),
        // A token of the machine's must never send a test to Slack.
        QStringLiteral("WORKSPACE_CONNECTOR_SLACK_CONFIG_TOKEN"),
        QStringLiteral("WORKSPACE_CONNECTOR_SLACK_API_BASE"), QStringLiteral("QT_QPA_PLATFORM"),
        QStringLiteral("DISPLAY"), QStringLiteral("WAYLAND_DISPLAY")};
    for (const QString &name : own)
        env.remove(name);
    return env;
}

ProgramRun ProgramRun::start(const QStringList &arguments, const QProcessEnvironment &environment,
    const QByteArray &input, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(CONNECTOR_PROGRAM), arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!finished.wait(timeoutMs))
        process.kill();
    ProgramRun result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}
