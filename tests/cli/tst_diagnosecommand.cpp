#include "ProgramRun.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// Runs the real program binary the way a person or a script does: `workspace-connector diagnose`.
class DiagnoseCommandTest : public QObject
{
    Q_OBJECT

private:
    using Run = ProgramRun;

    QTemporaryDir m_home;

    Run run(const QStringList &arguments, const QByteArray &input = QByteArray()) const
    {
        return ProgramRun::start(QStringList {QStringLiteral("diagnose")} + arguments,
            ProgramRun::isolatedEnvironment(m_home.path()), input, 30000);
    }

    static QJsonObject json(const Run &run)
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            qWarning("not JSON (%s): %s", qPrintable(error.errorString()), qPrintable(run.out));
        return document.object();
    }

    QString writeFile(const QString &name, const QByteArray &content) const
    {
        const QString path = m_home.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    static QString sharedManifest(const char *name)
    {
        return QStringLiteral(SLACK_TEST_DATA "/") + QLatin1String(name);
    }

    static QStringList mismatch(const QString &passed)
    {
        // As a person types it into a shell without quotes: one argument per word.
        return QStringLiteral("redirect_uri did not match any configured URIs. Passed URI: %1")
            .arg(passed)
            .split(u' ');
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_home.isValid()); }

    void helpNamesTheOptions()
    {
        const Run result = run({QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        for (const char *option : {"--manifest", "--bitbucket", "--json"})
            QVERIFY2(result.out.contains(QLatin1String(option)), option);
        const Run general = ProgramRun::start(
            {QStringLiteral("--help")}, ProgramRun::isolatedEnvironment(m_home.path()));
        QCOMPARE(general.exitCode, 0);
        QVERIFY(general.out.contains(QLatin1String("diagnose")));
    }

    void recognisedTextExitsWithZero()
    {
        const Run result = run({QStringLiteral("invalid_team_for_non_distributed_app")});
        QCOMPARE(result.exitCode, 0);
        // A readable block: the title first, then labelled lines.
        const QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.size() >= 3);
        QVERIFY(lines.first().contains(QLatin1String("not distributed")));
        QVERIFY(result.out.contains(QLatin1String("Fix:")));
        QVERIFY(result.out.contains(QLatin1String("Distribution")));
    }

    void unrecognisedTextExitsWithOne()
    {
        const Run result = run({QStringLiteral("the"), QStringLiteral("page"),
            QStringLiteral("stays"), QStringLiteral("white")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(!result.out.isEmpty());
        const Run asJson = run({QStringLiteral("--json"), QStringLiteral("no idea")});
        QCOMPARE(asJson.exitCode, 1);
        QCOMPARE(
            json(asJson).value(QLatin1String("code")).toString(), QStringLiteral("unrecognised"));
    }

    void usageErrorsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("says");
        QTest::newRow("no text") << QStringList() << QByteArray() << QStringLiteral("no text");
        QTest::newRow("empty standard input")
            << QStringList {QStringLiteral("-")} << QByteArray("  \n") << QStringLiteral("no text");
        QTest::newRow("unknown option")
            << QStringList {QStringLiteral("--bogus"), QStringLiteral("access_denied")}
            << QByteArray() << QStringLiteral("bogus");
        QTest::newRow("missing manifest") << QStringList {QStringLiteral("access_denied"),
            QStringLiteral("--manifest"), QStringLiteral("/nonexistent/manifest.json")}
                                          << QByteArray() << QStringLiteral("manifest");
        QTest::newRow("bad Bitbucket URL") << QStringList {QStringLiteral("access_denied"),
            QStringLiteral("--bitbucket"), QStringLiteral("::nonsense")}
                                           << QByteArray() << QStringLiteral("not a URL");
    }

    void usageErrorsExitWithTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, input);
        QFETCH(QString, says);
        const Run result = run(arguments, input);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(says), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
    }

    void unparseableManifestExitsWithTwo_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("broken JSON") << QByteArray("{\"oauth_config\": {\"redirect_urls\": [");
        QTest::newRow("broken YAML")
            << QByteArray("oauth_config:\n  redirect_urls: [a\n  - b: :\n");
        QTest::newRow("empty") << QByteArray();
    }

    void unparseableManifestExitsWithTwo()
    {
        QFETCH(QByteArray, content);
        const QString path = writeFile(QStringLiteral("broken-manifest"), content);
        const Run result = run(mismatch(QStringLiteral("https://a.example/x"))
            << QStringLiteral("--manifest") << path);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(path), qPrintable(result.err));
    }

    void jsonNamesCauseAndClosestWithAManifest_data()
    {
        QTest::addColumn<QString>("manifest");
        QTest::newRow("JSON") << sharedManifest("healthy.json");
        QTest::newRow("YAML") << sharedManifest("healthy.yaml");
    }

    void jsonNamesCauseAndClosestWithAManifest()
    {
        QFETCH(QString, manifest);
        const Run result = run(
            mismatch(QStringLiteral(
                "http://bitbucket.example.com/bitbucket/rest/slack/latest/oauth/redirect/T0123"))
            << QStringLiteral("--manifest") << manifest << QStringLiteral("--json"));
        QCOMPARE(result.exitCode, 0);
        const QJsonObject answer = json(result);
        const QStringList fields = {QStringLiteral("code"), QStringLiteral("title"),
            QStringLiteral("cause"), QStringLiteral("closest"), QStringLiteral("detail"),
            QStringLiteral("fix")};
        QCOMPARE(answer.keys(), [&] {
            QStringList sorted = fields;
            sorted.sort();
            return sorted;
        }());
        QCOMPARE(answer.value(QLatin1String("code")).toString(),
            QStringLiteral("redirect_uri_mismatch"));
        QCOMPARE(answer.value(QLatin1String("cause")).toString(), QStringLiteral("scheme"));
        QCOMPARE(answer.value(QLatin1String("closest")).toString(),
            QStringLiteral("https://bitbucket.example.com/bitbucket/rest/slack/latest/oauth"));
        const QString fix = answer.value(QLatin1String("fix")).toString();
        QVERIFY2(fix.contains(QLatin1String("server.scheme=https")), qPrintable(fix));
        QVERIFY2(fix.contains(QLatin1String("server.proxy-name=bitbucket.example.com")),
            qPrintable(fix));
    }

    void withoutAManifestPointsToIt()
    {
        const Run result = run(
            mismatch(
                QStringLiteral("https://bb.example.com:8443/rest/slack/latest/oauth/redirect/T1"))
            << QStringLiteral("--json"));
        QCOMPARE(result.exitCode, 0);
        const QJsonObject answer = json(result);
        QVERIFY(answer.value(QLatin1String("closest")).toString().isEmpty());
        QVERIFY(
            answer.value(QLatin1String("detail")).toString().contains(QLatin1String("--manifest")));
        QVERIFY(
            answer.value(QLatin1String("fix"))
                .toString()
                .contains(QLatin1String("https://bb.example.com:8443/rest/slack/latest/oauth")));
    }

    void bitbucketUrlGivesTheProxyPort()
    {
        const Run result = run(
            mismatch(QStringLiteral(
                "http://bb.example.com/bitbucket/rest/slack/latest/oauth/redirect/T1"))
            << QStringLiteral("--bitbucket")
            << QStringLiteral("https://bb.example.com:8443/bitbucket") << QStringLiteral("--json"));
        QCOMPARE(result.exitCode, 0);
        QVERIFY(json(result)
                    .value(QLatin1String("fix"))
                    .toString()
                    .contains(QLatin1String("server.proxy-port=8443")));
    }

    void standardInputKeepsCodeAndStateOut()
    {
        const QByteArray code = "7391.8842.f00dfeedcafe";
        const QByteArray state = "Zq9xYwVuTsSTATE";
        const QByteArray address = "https://127.0.0.1:53682/workspace-connector/callback?code="
            + code + "&state=" + state + "\n";
        const Run result = run({QStringLiteral("-"), QStringLiteral("--json")}, address);
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(json(result).value(QLatin1String("code")).toString(),
            QStringLiteral("handshake_code_received"));
        const Run text = run({QStringLiteral("-")}, address);
        QCOMPARE(text.exitCode, 0);
        for (const Run &each : {result, text}) {
            for (const QByteArray &secret : {code, state}) {
                QVERIFY(!each.out.contains(QString::fromLatin1(secret)));
                QVERIFY(!each.err.contains(QString::fromLatin1(secret)));
            }
        }
    }

    void multiLineStandardInput()
    {
        const Run result = run({QStringLiteral("-"), QStringLiteral("--json")},
            "HTTP/1.1 400 Bad Request\nContent-Type: application/json\n\n"
            "There is already a connection to the workspace referred by these credentials.\n");
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(json(result).value(QLatin1String("code")).toString(),
            QStringLiteral("bitbucket_already_connected"));
    }
};

QTEST_GUILESS_MAIN(DiagnoseCommandTest)
#include "tst_diagnosecommand.moc"
