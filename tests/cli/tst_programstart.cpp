// The executable and the program's module, as they start for real: a plain start paints the
// frame and then loads the module, a start with arguments loads it first, and a module that
// cannot be found is reported, not crashed on.
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class tst_ProgramStart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void plainStartPaintsThenLoadsTheRest();
    void argumentsLoadTheModuleFirst();
    void missingModuleIsReported();

private:
    QProcessEnvironment environment() const;

    std::unique_ptr<QTemporaryDir> m_home;
};

void tst_ProgramStart::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
}

// A fresh home, so nothing of the person running the tests is read or written.
QProcessEnvironment tst_ProgramStart::environment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), m_home->path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral("c")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home->filePath(QStringLiteral("d")));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), m_home->filePath(QStringLiteral("k")));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return environment;
}

void tst_ProgramStart::plainStartPaintsThenLoadsTheRest()
{
    QProcess program;
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("WORKSPACE_CONNECTOR_QUIT_AFTER_FIRST_PAINT"), QStringLiteral("1"));
    program.setProcessEnvironment(env);
    program.start(QStringLiteral(CONNECTOR_PROGRAM), {});
    QVERIFY(program.waitForFinished(60000));
    QCOMPARE(program.exitStatus(), QProcess::NormalExit);
    QCOMPARE(program.exitCode(), 0);
    // The frame was painted, then the module attached: the window was ready for work.
    QCOMPARE(program.readAllStandardOutput(), QByteArray("first-paint\nready\n"));
    // Attaching opened the ledger, which only the module can do.
    QVERIFY(QFile::exists(m_home->filePath(
        QStringLiteral("d/WorkspaceConnector/workspace-connector/ledger.sqlite"))));
}

void tst_ProgramStart::argumentsLoadTheModuleFirst()
{
    QProcess program;
    program.setProcessEnvironment(environment());
    program.start(QStringLiteral(CONNECTOR_PROGRAM), {QStringLiteral("--version")});
    QVERIFY(program.waitForFinished(60000));
    QCOMPARE(program.exitCode(), 0);
    QVERIFY(program.readAllStandardOutput().startsWith("workspace-connector " CONNECTOR_VERSION));
}

void tst_ProgramStart::missingModuleIsReported()
{
    // The executable alone, in a directory without the module.
    QTemporaryDir lonely;
    QVERIFY(lonely.isValid());
    const QString copy = lonely.filePath(QStringLiteral("workspace-connector"));
    QVERIFY(QFile::copy(QStringLiteral(CONNECTOR_PROGRAM), copy));
    QProcess program;
    program.setProcessEnvironment(environment());
    program.start(copy, {QStringLiteral("list")});
    QVERIFY(program.waitForFinished(60000));
    QCOMPARE(program.exitStatus(), QProcess::NormalExit);
    QCOMPARE(program.exitCode(), 2);
    const QString error = QString::fromUtf8(program.readAllStandardError());
    QVERIFY2(error.contains(QLatin1String("the program is incomplete")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("libworkspace-connector-program.so")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("Reinstall")), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_ProgramStart)
#include "tst_programstart.moc"
