#include "CannedServer.h"
#include "CheckHarness.h"
#include "checks/SlackIntegrationCheck.h"

#include <QTest>

using Fault = BitbucketSandbox::Fault;
using Status = CheckResult::Status;

// bitbucket.slack-integration: installed, listing its workspaces, and able to reach Slack.
class TestSlackIntegrationCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void installedAndReachingSlackPasses();
    void slackUnreachableFails();
    void notInstalledFails();
    void skipsWithoutAnAdministrator_data();
    void skipsWithoutAnAdministrator();
    void countsConnectedWorkspaces();
    void unexpectedListFails();
};

void TestSlackIntegrationCheck::installedAndReachingSlackPasses()
{
    CheckHarness harness;
    QString error;
    QVERIFY2(harness.start(&error), qPrintable(error));
    const CheckResult result = harness.run(SlackIntegrationCheck::checkId(), harness.adminTarget());
    QVERIFY2(result.status == Status::Pass, qPrintable(CheckHarness::explain(result)));
    const QString connected =
        QStringLiteral("%1 workspace").arg(harness.sandbox().linkedTeamIds().size());
    QVERIFY2(result.summary.contains(connected), qPrintable(CheckHarness::explain(result)));
    QVERIFY2(result.summary.contains(QStringLiteral("can reach Slack")),
        qPrintable(CheckHarness::explain(result)));
}

void TestSlackIntegrationCheck::slackUnreachableFails()
{
    CheckHarness harness({Fault::SlackUnreachable});
    QString error;
    QVERIFY2(harness.start(&error), qPrintable(error));
    const CheckResult result = harness.run(SlackIntegrationCheck::checkId(), harness.adminTarget());
    QVERIFY2(result.status == Status::Fail, qPrintable(CheckHarness::explain(result)));
    QCOMPARE(result.summary, QStringLiteral("Bitbucket cannot reach Slack."));
    QVERIFY2(result.detail.contains(QStringLiteral("Failed to ping Slack")),
        qPrintable(CheckHarness::explain(result)));
    QVERIFY2(result.fix.contains(QStringLiteral("slack.com")),
        qPrintable(CheckHarness::explain(result)));
    QVERIFY2(
        result.fix.contains(QStringLiteral("proxy")), qPrintable(CheckHarness::explain(result)));
}

void TestSlackIntegrationCheck::notInstalledFails()
{
    CheckHarness harness({Fault::NoSlackIntegration});
    QString error;
    QVERIFY2(harness.start(&error), qPrintable(error));
    const CheckResult result = harness.run(SlackIntegrationCheck::checkId(), harness.adminTarget());
    QVERIFY2(result.status == Status::Fail, qPrintable(CheckHarness::explain(result)));
    QVERIFY2(result.summary.contains(QStringLiteral("not installed")),
        qPrintable(CheckHarness::explain(result)));
    QVERIFY2(result.fix.contains(QStringLiteral("Manage apps")),
        qPrintable(CheckHarness::explain(result)));
    QVERIFY2(result.fix.contains(QStringLiteral("Slack for Bitbucket")),
        qPrintable(CheckHarness::explain(result)));
}

void TestSlackIntegrationCheck::skipsWithoutAnAdministrator_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("summaryWord");
    QTest::newRow("ordinary user")
        << BitbucketSandbox::plainUser() << BitbucketSandbox::plainUserPassword()
        << QStringLiteral("needs an administrator");
    QTest::newRow("wrong password")
        << BitbucketSandbox::adminUser() << QStringLiteral("not-the-password")
        << QStringLiteral("needs a signed-in user");
    QTest::newRow("no credentials")
        << QString() << QString() << QStringLiteral("needs a signed-in user");
}

void TestSlackIntegrationCheck::skipsWithoutAnAdministrator()
{
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, summaryWord);
    CheckHarness harness;
    QString error;
    QVERIFY2(harness.start(&error), qPrintable(error));
    const CheckResult result =
        harness.run(SlackIntegrationCheck::checkId(), harness.targetFor(user, password));
    QVERIFY2(result.status == Status::Skip, qPrintable(CheckHarness::explain(result)));
    QVERIFY2(result.summary.contains(summaryWord), qPrintable(CheckHarness::explain(result)));
    QVERIFY2(result.summary.contains(QStringLiteral("see bitbucket.admin")),
        qPrintable(CheckHarness::explain(result)));
}

namespace { } // namespace

void TestSlackIntegrationCheck::countsConnectedWorkspaces()
{
    CannedServer server;
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    server.setAnswer(QStringLiteral("/bb/rest/slack/latest/connection"),
        {200, QByteArrayLiteral("application/json"),
            QByteArray(R"({"workspaces":[{"teamId":"T1","teamName":"One"},)"
                       R"({"teamId":"T2","teamName":"Two"}]})"),
            {}});
    server.setAnswer(
        QStringLiteral("/bb/rest/slack/latest/connection/can-reach-slack"), {200, {}, {}, {}});
    const CheckResult result = CheckHarness::runAgainst(
        SlackIntegrationCheck::checkId(), server.adminTarget(QStringLiteral("/bb")));
    QVERIFY2(result.status == Status::Pass, qPrintable(CheckHarness::explain(result)));
    QVERIFY2(result.summary.contains(QStringLiteral("2 workspace")),
        qPrintable(CheckHarness::explain(result)));
    // Listing is a GET with the credentials, reachability the administrator's POST.
    const QList<CannedServer::Request> requests = server.requests();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(0).method, QByteArrayLiteral("GET"));
    QVERIFY(requests.at(0).header("Authorization").startsWith("Basic "));
    QCOMPARE(requests.at(1).method, QByteArrayLiteral("POST"));
    QCOMPARE(requests.at(1).header("X-Atlassian-Token"), QByteArrayLiteral("no-check"));
}

void TestSlackIntegrationCheck::unexpectedListFails()
{
    CannedServer server;
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    server.setAnswer(QStringLiteral("/bb/rest/slack/latest/connection"),
        {200, QByteArrayLiteral("text/html"),
            QByteArrayLiteral("<html><title>Portal</title></html>"), {}});
    const CheckResult result = CheckHarness::runAgainst(
        SlackIntegrationCheck::checkId(), server.adminTarget(QStringLiteral("/bb")));
    QVERIFY2(result.status == Status::Fail, qPrintable(CheckHarness::explain(result)));
    QVERIFY2(result.summary.contains(QStringLiteral("unexpected answer")),
        qPrintable(CheckHarness::explain(result)));
}

QTEST_GUILESS_MAIN(TestSlackIntegrationCheck)
#include "tst_slackintegrationcheck.moc"
