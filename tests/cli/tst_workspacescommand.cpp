#include "BitbucketSandbox.h"
#include "ProgramRun.h"
#include "SlackSandbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// `list`, `verify` and `export`, run as the real program against the Bitbucket stand-in with the
// Slack stand-in attached, so statuses come from real token checks.
class TestWorkspacesCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QTemporaryDir m_work;
    std::unique_ptr<BitbucketSandbox> m_bitbucket;
    std::unique_ptr<SlackSandbox> m_slack;
    QStringList m_seeded;

    QProcessEnvironment environment(const QString &user = BitbucketSandbox::adminUser(),
        const QString &password = BitbucketSandbox::adminPassword()) const
    {
        QProcessEnvironment env = ProgramRun::isolatedEnvironment(m_home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("WORKSPACE_CONNECTOR_BITBUCKET_USER"), user);
        env.insert(QStringLiteral("WORKSPACE_CONNECTOR_BITBUCKET_PASSWORD"), password);
        return env;
    }

    QStringList target() const
    {
        return {QStringLiteral("--bitbucket"), m_bitbucket->baseUrl().toString(),
            QStringLiteral("--ca-bundle"), m_bitbucket->caBundlePath()};
    }

    static QString explain(const ProgramRun &run)
    {
        return QStringLiteral("exit %1\nout: %2\nerr: %3").arg(run.exitCode).arg(run.out, run.err);
    }

private Q_SLOTS:
    void initTestCase()
    {
        BitbucketSandbox::Options options;
        options.workDirectory = m_work.path();
        m_bitbucket = std::make_unique<BitbucketSandbox>(options);
        QString error;
        QVERIFY2(m_bitbucket->start(&error), qPrintable(error));
        SlackSandbox::Options slackOptions;
        slackOptions.authority = m_bitbucket->certificateAuthority();
        slackOptions.caBundlePath = m_bitbucket->caBundlePath();
        slackOptions.bitbucketBaseUrl = m_bitbucket->baseUrl();
        m_slack = std::make_unique<SlackSandbox>(slackOptions);
        QVERIFY2(m_slack->start(&error), qPrintable(error));
        m_bitbucket->attachSlack(m_slack.get());
        // 12 links: the 2nd and 12th have revoked bot tokens, the 3rd cannot reach Slack, the
        // 4th holds a token Slack never issued.
        m_seeded = m_bitbucket->seedLinks(12);
        QCOMPARE(m_seeded.size(), 12);
    }

    void cleanupTestCase()
    {
        if (m_bitbucket)
            m_bitbucket->attachSlack(nullptr);
    }

    void listShowsEveryLink()
    {
        const ProgramRun run =
            ProgramRun::start(QStringList {QStringLiteral("list")} + target(), environment());
        QVERIFY2(run.exitCode == 0, qPrintable(explain(run)));
        for (const QString &teamId : m_seeded)
            QVERIFY2(run.out.contains(teamId), qPrintable(explain(run)));
        QCOMPARE(run.out.count(u'\n'), m_seeded.size());
    }

    void listAsJson()
    {
        const ProgramRun run = ProgramRun::start(
            QStringList {QStringLiteral("list"), QStringLiteral("--json")} + target(),
            environment());
        QVERIFY2(run.exitCode == 0, qPrintable(explain(run)));
        const QJsonArray workspaces = QJsonDocument::fromJson(run.out.toUtf8())
                                          .object()
                                          .value(QStringLiteral("workspaces"))
                                          .toArray();
        QCOMPARE(workspaces.size(), m_seeded.size());
        QCOMPARE(workspaces.at(0).toObject().value(QStringLiteral("status")).toString(),
            QStringLiteral("not-checked"));
    }

    void verifyReportsEachStatusAndFailsWhenOneIsUnhealthy()
    {
        const ProgramRun run = ProgramRun::start(
            QStringList {QStringLiteral("verify"), QStringLiteral("--json")} + target(),
            environment());
        QVERIFY2(run.exitCode == 1, qPrintable(explain(run)));
        const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QHash<QString, QString> statusOf;
        for (const QJsonValue &value : root.value(QStringLiteral("workspaces")).toArray()) {
            const QJsonObject workspace = value.toObject();
            statusOf.insert(workspace.value(QStringLiteral("teamId")).toString(),
                workspace.value(QStringLiteral("status")).toString());
        }
        QCOMPARE(statusOf.size(), m_seeded.size());
        QCOMPARE(statusOf.value(m_seeded.at(0)), QStringLiteral("connected"));
        QCOMPARE(statusOf.value(m_seeded.at(1)), QStringLiteral("oauth-failure"));
        QCOMPARE(statusOf.value(m_seeded.at(2)), QStringLiteral("not-connected"));
        QCOMPARE(statusOf.value(m_seeded.at(3)), QStringLiteral("oauth-failure"));
        const QJsonObject summary = root.value(QStringLiteral("summary")).toObject();
        QCOMPARE(summary.value(QStringLiteral("checked")).toInt(), m_seeded.size());
        QVERIFY2(run.err.contains(QStringLiteral("checked")), qPrintable(explain(run)));

        // What verify saw is in the ledger: list shows it afterwards.
        const ProgramRun list = ProgramRun::start(
            QStringList {QStringLiteral("list"), QStringLiteral("--json")} + target(),
            environment());
        QVERIFY2(list.out.contains(QStringLiteral("\"oauth-failure\"")), qPrintable(explain(list)));
    }

    void verifyOfHealthyWorkspacesSucceeds()
    {
        const ProgramRun run = ProgramRun::start(
            QStringList {QStringLiteral("verify"), m_seeded.at(0), m_seeded.at(4)} + target(),
            environment());
        QVERIFY2(run.exitCode == 0, qPrintable(explain(run)));
        QVERIFY(run.out.contains(m_seeded.at(0)));
        QVERIFY(run.out.contains(m_seeded.at(4)));
        QVERIFY(!run.out.contains(m_seeded.at(1)));
    }

    void verifyOfAnUnknownTeamFails()
    {
        const ProgramRun run = ProgramRun::start(
            QStringList {QStringLiteral("verify"), QStringLiteral("T0NOSUCHTEAM")} + target(),
            environment());
        QVERIFY2(run.exitCode == 1, qPrintable(explain(run)));
        QVERIFY2(run.out.contains(QStringLiteral("unknown")), qPrintable(explain(run)));
    }

    void exportCsvAndJson()
    {
        const ProgramRun csv =
            ProgramRun::start(QStringList {QStringLiteral("export"), QStringLiteral("--format"),
                                  QStringLiteral("csv")}
                    + target(),
                environment());
        QVERIFY2(csv.exitCode == 0, qPrintable(explain(csv)));
        QVERIFY(csv.out.startsWith(QStringLiteral("team-id,name,")));
        QCOMPARE(csv.out.count(u'\n'), m_seeded.size() + 1);

        const QString path = m_work.filePath(QStringLiteral("export.json"));
        const ProgramRun json =
            ProgramRun::start(QStringList {QStringLiteral("export"), QStringLiteral("--format"),
                                  QStringLiteral("json"), QStringLiteral("--output"), path}
                    + target(),
                environment());
        QVERIFY2(json.exitCode == 0, qPrintable(explain(json)));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(file.readAll())
                     .object()
                     .value(QStringLiteral("workspaces"))
                     .toArray()
                     .size(),
            m_seeded.size());
    }

    void aSignInProblemIsAFailure()
    {
        const ProgramRun run = ProgramRun::start(QStringList {QStringLiteral("list")} + target(),
            environment(BitbucketSandbox::adminUser(), QStringLiteral("wrong-password")));
        QVERIFY2(run.exitCode == 1, qPrintable(explain(run)));
        QVERIFY2(run.err.contains(QStringLiteral("password")), qPrintable(explain(run)));
        QVERIFY(!run.err.contains(QStringLiteral("wrong-password")));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("export without format") << QStringList {QStringLiteral("export")};
        QTest::newRow("export with a bad format")
            << QStringList {QStringLiteral("export"), QStringLiteral("--format=xml")};
        QTest::newRow("verify with a bad team id")
            << QStringList {QStringLiteral("verify"), QStringLiteral("not-a-team")};
        QTest::newRow("list with an argument")
            << QStringList {QStringLiteral("list"), QStringLiteral("extra")};
        QTest::newRow("unknown option")
            << QStringList {QStringLiteral("list"), QStringLiteral("--nope")};
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        const ProgramRun run = ProgramRun::start(arguments + target(), environment());
        QVERIFY2(run.exitCode == 2, qPrintable(explain(run)));
        QVERIFY(run.out.isEmpty());
        QVERIFY(run.err.contains(QStringLiteral("--help")));
    }

    void noBitbucketIsAUsageError()
    {
        const ProgramRun run = ProgramRun::start({QStringLiteral("list")}, environment());
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("--bitbucket")));
    }

    void helpIsPrinted()
    {
        for (const QString &command :
            {QStringLiteral("list"), QStringLiteral("verify"), QStringLiteral("export")}) {
            const ProgramRun run =
                ProgramRun::start({command, QStringLiteral("--help")}, environment());
            QCOMPARE(run.exitCode, 0);
            QVERIFY(run.out.contains(QStringLiteral("Exit status")));
        }
    }
};

QTEST_GUILESS_MAIN(TestWorkspacesCommand)
#include "tst_workspacescommand.moc"
