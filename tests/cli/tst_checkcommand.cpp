#include "BitbucketSandbox.h"
#include "CannedServer.h"

#include "ProgramRun.h"
#include <QDir>
#include <QFile>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// Runs the real program binary as a user or a script would, against the in-process sandbox.
class CheckCommandTest : public QObject
{
    Q_OBJECT

private:
    using Run = ProgramRun;

    QTemporaryDir m_home;

    QProcessEnvironment environment(
        const QString &user = QString(), const QString &password = QString()) const
    {
        QProcessEnvironment env = ProgramRun::isolatedEnvironment(m_home.path());
        // Widget-free, but some rows below check that no display is needed at all.
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        if (!user.isEmpty())
            env.insert(QStringLiteral("WORKSPACE_CONNECTOR_BITBUCKET_USER"), user);
        if (!password.isEmpty())
            env.insert(QStringLiteral("WORKSPACE_CONNECTOR_BITBUCKET_PASSWORD"), password);
        return env;
    }

    Run run(const QStringList &arguments, const QProcessEnvironment &env)
    {
        return ProgramRun::start(arguments, env);
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
    const QStringList m_slackIds = {
        QStringLiteral("slack.urls-https"),
        QStringLiteral("slack.request-urls"),
        QStringLiteral("slack.redirect-urls"),
        QStringLiteral("slack.token-rotation"),
        QStringLiteral("slack.scopes"),
    };
    const QString m_appId = QStringLiteral("A0CLITEST1");
    const QString m_configToken = QStringLiteral("xoxe.xoxp-1-CliTestConfigTokenValue");

    static QByteArray sharedManifest(const char *name)
    {
        QFile file(QStringLiteral(SLACK_TEST_DATA "/") + QLatin1String(name));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(file.fileName()));
        return file.readAll();
    }

    // The shared manifests are written for https://bitbucket.example.com/bitbucket; this one is
    // for the sandbox, wherever it listens.
    static QByteArray manifestFor(const BitbucketSandbox &sandbox, const char *name)
    {
        return sharedManifest(name).replace(
            "https://bitbucket.example.com/bitbucket", sandbox.baseUrl().toString().toUtf8());
    }

    QString writeFile(const QString &name, const QByteArray &content) const
    {
        const QString path = m_home.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    // What the setup wizard would have saved for the profile "clitest": the App ID, and a Slack
    // API address where nothing listens, so that no call can leave the machine by mistake.
    void saveAppId(const QString &appId) const
    {
        QDir().mkpath(m_home.filePath(QStringLiteral("config/WorkspaceConnector")));
        writeFile(QStringLiteral("config/WorkspaceConnector/workspace-connector-clitest.conf"),
            QStringLiteral("[slack]\nappId=%1\napiBase=https://127.0.0.1:1/api/\n")
                .arg(appId)
                .toUtf8());
    }

    static QHash<QString, QString> statuses(const QString &json)
    {
        QHash<QString, QString> byId;
        const auto checks = checksById(json);
        for (auto it = checks.cbegin(); it != checks.cend(); ++it)
            byId.insert(it.key(), it.value()[QLatin1String("status")].toString());
        return byId;
    }

    static QByteArray sharedFile(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(path));
        return file.readAll();
    }

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
        QVERIFY(checkHelp.out.contains(QLatin1String("--manifest")));
        QVERIFY(checkHelp.out.contains(QLatin1String("WORKSPACE_CONNECTOR_SLACK_CONFIG_TOKEN")));
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
        QTest::newRow("missing manifest") << QStringList {QStringLiteral("check"),
            QStringLiteral("--bitbucket"), QStringLiteral("https://127.0.0.1:1/"),
            QStringLiteral("--manifest"), QStringLiteral("/nonexistent/manifest.json")}
                                          << QStringLiteral("/nonexistent/manifest.json");
        QTest::newRow("manifest without a file name") << QStringList {QStringLiteral("check"),
            QStringLiteral("--bitbucket"), QStringLiteral("https://127.0.0.1:1/"),
            QStringLiteral("--manifest")} << QStringLiteral("manifest");
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
        // No manifest and no token: one line says how to get the Slack checks.
        QVERIFY2(result.err.contains(QLatin1String("--manifest")), qPrintable(result.err));
    }

    void healthyManifestPassesTheSlackChecks_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("JSON") << QStringLiteral("healthy.json");
        QTest::newRow("YAML") << QStringLiteral("healthy.yaml");
    }

    void healthyManifestPassesTheSlackChecks()
    {
        QFETCH(QString, file);
        auto sandbox = startSandbox();
        const QString manifest = writeFile(file, manifestFor(*sandbox, qPrintable(file)));
        const Run result = run(targetArguments(*sandbox)
                << QStringLiteral("--manifest") << manifest << QStringLiteral("--json"),
            environment(BitbucketSandbox::adminUser(), BitbucketSandbox::adminPassword()));
        QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
        const auto byId = statuses(result.out);
        QCOMPARE(byId.size(), m_ids.size() + m_slackIds.size());
        for (const QString &id : m_ids + m_slackIds)
            QVERIFY2(
                byId.value(id) == QLatin1String("pass"), qPrintable(id + u' ' + byId.value(id)));
        QVERIFY(!result.err.contains(QLatin1String("no Slack checks")));
    }

    void faultyManifestFailsTheSlackChecks()
    {
        auto sandbox = startSandbox();
        const QString manifest = QStringLiteral(SLACK_TEST_DATA "/every-fault.json");
        const Run result = run(targetArguments(*sandbox)
                << QStringLiteral("--manifest") << manifest << QStringLiteral("--json"),
            environment(BitbucketSandbox::adminUser(), BitbucketSandbox::adminPassword()));
        QCOMPARE(result.exitCode, 1);
        const auto checks = checksById(result.out);
        for (const QString &id : m_ids)
            QCOMPARE(checks[id][QLatin1String("status")].toString(), QStringLiteral("pass"));
        for (const QString &id : m_slackIds) {
            QVERIFY2(checks[id][QLatin1String("status")].toString() == QLatin1String("fail"),
                qPrintable(id));
            QVERIFY2(!checks[id][QLatin1String("fix")].toString().isEmpty(), qPrintable(id));
        }
        // The offending field is named by its JSON pointer.
        QVERIFY(
            checks[QStringLiteral("slack.urls-https")][QLatin1String("detail")].toString().contains(
                QLatin1String("/settings/event_subscriptions/request_url")));
    }

    void slackChecksFollowTheBitbucketOnesInText()
    {
        auto sandbox = startSandbox();
        const QString manifest =
            writeFile(QStringLiteral("text.json"), manifestFor(*sandbox, "healthy.json"));
        const Run result =
            run(targetArguments(*sandbox) << QStringLiteral("--manifest") << manifest,
                environment(BitbucketSandbox::adminUser(), BitbucketSandbox::adminPassword()));
        QCOMPARE(result.exitCode, 0);
        const QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
        const QStringList ids = m_ids + m_slackIds;
        QCOMPARE(lines.size(), ids.size());
        for (int i = 0; i < ids.size(); ++i) {
            QVERIFY2(lines.at(i).contains(ids.at(i)), qPrintable(lines.at(i)));
            QVERIFY2(lines.at(i).startsWith(QLatin1String("PASS")), qPrintable(lines.at(i)));
        }
    }

    void unparseableManifestIsAUsageError()
    {
        const QString broken =
            writeFile(QStringLiteral("broken.json"), QByteArray("{\"oauth_config\": ["));
        const Run result =
            run({QStringLiteral("check"), QStringLiteral("--bitbucket"),
                    QStringLiteral("https://127.0.0.1:1/"), QStringLiteral("--manifest"), broken},
                environment());
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(broken), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
    }

    void savedAppIdWithoutTokenSaysHowToGetSlackChecks()
    {
        auto sandbox = startSandbox();
        saveAppId(m_appId);
        // The keychain is out of reach (no session bus), so no token can be found there.
        const Run result =
            run(targetArguments(*sandbox) << QStringLiteral("--profile")
                                          << QStringLiteral("clitest") << QStringLiteral("--json"),
                environment(BitbucketSandbox::adminUser(), BitbucketSandbox::adminPassword()));
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(checksById(result.out).size(), m_ids.size());
        const QStringList notes =
            result.err.split(u'\n', Qt::SkipEmptyParts).filter(QStringLiteral("--manifest"));
        QCOMPARE(notes.size(), 1);
        QVERIFY(notes.first().contains(QLatin1String("WORKSPACE_CONNECTOR_SLACK_CONFIG_TOKEN")));
    }

    void tokenFromTheEnvironmentReadsTheManifestFromSlack()
    {
        auto sandbox = startSandbox();
        CannedServer slack;
        QString error;
        QVERIFY2(slack.start(&error), qPrintable(error));
        const QJsonObject manifest =
            QJsonDocument::fromJson(manifestFor(*sandbox, "healthy.json")).object();
        slack.setAnswer(QStringLiteral("/api/apps.manifest.export"),
            {200, "application/json",
                QJsonDocument(QJsonObject {{QStringLiteral("ok"), true},
                                  {QStringLiteral("manifest"), manifest}})
                    .toJson(),
                QByteArray()});
        saveAppId(m_appId);
        // One CA bundle for both local servers, as an admin with a private CA would give.
        const QString bundle = writeFile(QStringLiteral("both-ca.pem"),
            sharedFile(sandbox->caBundlePath()) + sharedFile(slack.caBundlePath()));

        QProcessEnvironment env =
            environment(BitbucketSandbox::adminUser(), BitbucketSandbox::adminPassword());
        env.insert(QStringLiteral("WORKSPACE_CONNECTOR_SLACK_CONFIG_TOKEN"), m_configToken);
        env.insert(QStringLiteral("WORKSPACE_CONNECTOR_SLACK_API_BASE"),
            slack.url(QStringLiteral("/api/")).toString());
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("connector.*.debug=true"));
        QStringList arguments = targetArguments(*sandbox);
        arguments[arguments.indexOf(QStringLiteral("--ca-bundle")) + 1] = bundle;
        const Run result = run(arguments << QStringLiteral("--profile") << QStringLiteral("clitest")
                                         << QStringLiteral("--json"),
            env);
        QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
        const auto byId = statuses(result.out);
        for (const QString &id : m_slackIds)
            QVERIFY2(
                byId.value(id) == QLatin1String("pass"), qPrintable(id + u' ' + byId.value(id)));

        const QList<CannedServer::Request> requests = slack.requests();
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().header("Authorization"), "Bearer " + m_configToken.toUtf8());
        QVERIFY(requests.first().body.contains(QByteArray("app_id=" + m_appId.toUtf8())));
        QVERIFY(!result.out.contains(m_configToken));
        QVERIFY(!result.err.contains(m_configToken));
    }

    void refusedTokenSkipsTheSlackChecksAndSaysWhy()
    {
        auto sandbox = startSandbox();
        CannedServer slack;
        QString error;
        QVERIFY2(slack.start(&error), qPrintable(error));
        slack.setAnswer(QStringLiteral("/api/apps.manifest.export"),
            {200, "application/json", QByteArray("{\"ok\":false,\"error\":\"token_revoked\"}"),
                QByteArray()});
        saveAppId(m_appId);
        const QString bundle = writeFile(QStringLiteral("both-ca.pem"),
            sharedFile(sandbox->caBundlePath()) + sharedFile(slack.caBundlePath()));
        QProcessEnvironment env =
            environment(BitbucketSandbox::adminUser(), BitbucketSandbox::adminPassword());
        env.insert(QStringLiteral("WORKSPACE_CONNECTOR_SLACK_CONFIG_TOKEN"), m_configToken);
        env.insert(QStringLiteral("WORKSPACE_CONNECTOR_SLACK_API_BASE"),
            slack.url(QStringLiteral("/api/")).toString());
        QStringList arguments = targetArguments(*sandbox);
        arguments[arguments.indexOf(QStringLiteral("--ca-bundle")) + 1] = bundle;
        const Run result = run(arguments << QStringLiteral("--profile") << QStringLiteral("clitest")
                                         << QStringLiteral("--json"),
            env);
        QCOMPARE(result.exitCode, 0);
        const auto checks = checksById(result.out);
        for (const QString &id : m_slackIds) {
            QCOMPARE(checks[id][QLatin1String("status")].toString(), QStringLiteral("skip"));
            QVERIFY(
                checks[id][QLatin1String("summary")].toString().contains(QLatin1String("revoked"))
                || checks[id][QLatin1String("detail")].toString().contains(
                    QLatin1String("revoked")));
        }
        QVERIFY2(result.err.contains(QLatin1String("revoked")), qPrintable(result.err));
        QVERIFY(!result.out.contains(m_configToken));
        QVERIFY(!result.err.contains(m_configToken));
    }
};

QTEST_GUILESS_MAIN(CheckCommandTest)
#include "tst_checkcommand.moc"
