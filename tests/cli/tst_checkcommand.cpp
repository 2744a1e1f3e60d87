#include "BitbucketSandbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// Runs the real program binary as a user or a script would, against the in-process sandbox.
class CheckCommandTest : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    QTemporaryDir m_home;

    QProcessEnvironment environment(
        const QString &user = QString(), const QString &password = QString()) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // A home of its own, so no saved settings or keychain of the machine leak in.
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.path() + QStringLiteral("/config"));
        env.insert(
            QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C"));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("C"));
        env.remove(QStringLiteral("WORKSPACE_CONNECTOR_BITBUCKET_USER"));
        env.remove(QStringLiteral("WORKSPACE_CONNECTOR_BITBUCKET_PASSWORD"));
        if (!user.isEmpty())
            env.insert(QStringLiteral("WORKSPACE_CONNECTOR_BITBUCKET_USER"), user);
        if (!password.isEmpty())
            env.insert(QStringLiteral("WORKSPACE_CONNECTOR_BITBUCKET_PASSWORD"), password);
        return env;
    }

    Run run(const QStringList &arguments, const QProcessEnvironment &env)
    {
        QProcess process;
        process.setProcessEnvironment(env);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(CONNECTOR_PROGRAM), arguments);
        // The sandbox answers from this thread, so wait with the event loop running.
        if (!finished.wait(60000))
            process.kill();
        Run result;
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    static QStringList targetArguments(const BitbucketSandbox &sandbox)
    {
        return {QStringLiteral("check"), QStringLiteral("--bitbucket"),
            sandbox.baseUrl().toString(), QStringLiteral("--ca-bundle"), sandbox.caBundlePath(),
            QStringLiteral("--http-port"), QString::number(sandbox.httpPort())};
    }

    static QHash<QString, QJsonObject> checksById(const QString &json)
    {
        QHash<QString, QJsonObject> checks;
        const QJsonArray list = QJsonDocument::fromJson(json.toUtf8())
                                    .object()
                                    .value(QLatin1String("checks"))
                                    .toArray();
        for (const QJsonValue &value : list)
            checks.insert(value[QLatin1String("id")].toString(), value.toObject());
        return checks;
    }

    static std::unique_ptr<BitbucketSandbox> startSandbox(QSet<BitbucketSandbox::Fault> faults = {})
    {
        BitbucketSandbox::Options options;
        options.faults = faults;
        auto sandbox = std::make_unique<BitbucketSandbox>(options);
        QString error;
        if (!sandbox->start(&error))
            qFatal("sandbox: %s", qPrintable(error));
        return sandbox;
    }

    const QStringList m_ids = {
        QStringLiteral("bitbucket.url"),
        QStringLiteral("bitbucket.tls"),
        QStringLiteral("bitbucket.http-redirect"),
        QStringLiteral("bitbucket.proxy-scheme"),
        QStringLiteral("bitbucket.rest"),
        QStringLiteral("bitbucket.admin"),
        QStringLiteral("bitbucket.slack-integration"),
    };

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_home.isValid()); }

    void helpAndVersion()
    {
        const Run help = run({QStringLiteral("--help")}, environment());
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QLatin1String("check")));
        const Run checkHelp =
            run({QStringLiteral("check"), QStringLiteral("--help")}, environment());
        QCOMPARE(checkHelp.exitCode, 0);
        QVERIFY(checkHelp.out.contains(QLatin1String("--ca-bundle")));
        const Run version = run({QStringLiteral("--version")}, environment());
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.contains(QLatin1String(CONNECTOR_VERSION)));
    }

    void usageErrorsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("says");
        QTest::newRow("unknown option") << QStringList {QStringLiteral("check"),
            QStringLiteral("--bogus")} << QStringLiteral("bogus");
        QTest::newRow("no url saved or given")
            << QStringList {QStringLiteral("check")} << QStringLiteral("--bitbucket");
        QTest::newRow("not a url") << QStringList {QStringLiteral("check"),
            QStringLiteral("--bitbucket"), QStringLiteral("::nonsense")}
                                   << QStringLiteral("not a URL");
        QTest::newRow("missing CA bundle") << QStringList {QStringLiteral("check"),
            QStringLiteral("--bitbucket"), QStringLiteral("https://127.0.0.1:1/bitbucket"),
            QStringLiteral("--ca-bundle"), QStringLiteral("/nonexistent/ca.pem")}
                                           << QStringLiteral("CA bundle");
        QTest::newRow("bad port") << QStringList {QStringLiteral("check"),
            QStringLiteral("--bitbucket"), QStringLiteral("https://127.0.0.1:1/"),
            QStringLiteral("--http-port"), QStringLiteral("0")}
                                  << QStringLiteral("--http-port");
        QTest::newRow("password as argument") << QStringList {QStringLiteral("check"),
            QStringLiteral("--password"), QStringLiteral("x")}
                                              << QStringLiteral("password");
        QTest::newRow("unknown command")
            << QStringList {QStringLiteral("chek")} << QStringLiteral("chek");
    }

    void usageErrorsExitWithTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, says);
        // "chek" is not a command, so it opens no window only because it is caught as a usage
        // error by the window's own argument check; keep it headless either way.
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        const Run result = run(arguments, env);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(says), qPrintable(result.err));
    }

    void healthyBitbucketPassesEveryCheck()
    {
        auto sandbox = startSandbox();
        const Run result = run(targetArguments(*sandbox) << QStringLiteral("--json"),
            environment(BitbucketSandbox::adminUser(), BitbucketSandbox::adminPassword()));
        QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
        const auto checks = checksById(result.out);
        QCOMPARE(checks.size(), m_ids.size());
        for (const QString &id : m_ids) {
            QVERIFY2(checks.contains(id), qPrintable(id));
            QCOMPARE(checks[id][QLatin1String("status")].toString(), QStringLiteral("pass"));
            QVERIFY(!checks[id][QLatin1String("summary")].toString().isEmpty());
            for (const char *field : {"detail", "fix"})
                QVERIFY(checks[id].contains(QLatin1String(field)));
        }
    }

    void failingCheckExitsWithOneAndNamesTheFix()
    {
        auto sandbox = startSandbox({BitbucketSandbox::Fault::HttpProxyRedirect});
        const Run result = run(targetArguments(*sandbox) << QStringLiteral("--json"),
            environment(BitbucketSandbox::adminUser(), BitbucketSandbox::adminPassword()));
        QCOMPARE(result.exitCode, 1);
        const QJsonObject proxy =
            checksById(result.out).value(QStringLiteral("bitbucket.proxy-scheme"));
        QCOMPARE(proxy[QLatin1String("status")].toString(), QStringLiteral("fail"));
        QVERIFY(proxy[QLatin1String("fix")].toString().contains(QLatin1String("server.scheme")));
    }

    void textOutputHasOneLinePerCheckAndNoPassword()
    {
        auto sandbox = startSandbox();
        const QString wrongPassword = QStringLiteral("wrong-password-XYZ123");
        QProcessEnvironment env = environment(BitbucketSandbox::adminUser(), wrongPassword);
        // Also proves no window is made: with no display, a QApplication would abort.
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("connector.*.debug=true"));
        const Run result = run(targetArguments(*sandbox), env);
        QCOMPARE(result.exitCode, 1);
        const QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), m_ids.size());
        for (int i = 0; i < m_ids.size(); ++i)
            QVERIFY2(lines.at(i).contains(m_ids.at(i)), qPrintable(lines.at(i)));
        const QString admin = lines.at(m_ids.indexOf(QStringLiteral("bitbucket.admin")));
        QVERIFY2(admin.startsWith(QLatin1String("FAIL")), qPrintable(admin));
        QVERIFY(!result.out.contains(wrongPassword));
        QVERIFY(!result.err.contains(wrongPassword));
    }
};

QTEST_GUILESS_MAIN(CheckCommandTest)
#include "tst_checkcommand.moc"
