#include "CannedServer.h"
#include "CheckHarness.h"
#include "checks/AdminCheck.h"

#include <QTest>

using Fault = BitbucketSandbox::Fault;
using Status = CheckResult::Status;

// bitbucket.admin: whose credentials these are, told apart by Bitbucket's answers.
class TestAdminCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void administratorPasses();
    void administratorPassesWhenSlackIsUnreachable();
    void refusals_data();
    void refusals();
    void noCredentials();
    void missingIntegrationSkips();
    void requestCarriesBasicAuthAndJsonHeaders();
    void refusalsBehindProxies_data();
    void refusalsBehindProxies();
};

void TestAdminCheck::administratorPasses()
{
    CheckHarness harness;
    QString error;
    QVERIFY2(harness.start(&error), qPrintable(error));
    const CheckResult result = harness.run(AdminCheck::checkId(), harness.adminTarget());
    QVERIFY2(result.status == Status::Pass, qPrintable(CheckHarness::explain(result)));
    QVERIFY2(result.summary.contains(QStringLiteral("admin is a Bitbucket global administrator")),
        qPrintable(CheckHarness::explain(result)));
    QVERIFY(!harness.anyTextContains(BitbucketSandbox::adminPassword()));
}

void TestAdminCheck::administratorPassesWhenSlackIsUnreachable()
{
    // "Failed to ping Slack" comes from behind the admin filter: the credentials are fine.
    CheckHarness harness({Fault::SlackUnreachable});
    QString error;
    QVERIFY2(harness.start(&error), qPrintable(error));
    const CheckResult result = harness.run(AdminCheck::checkId(), harness.adminTarget());
    QVERIFY2(result.status == Status::Pass, qPrintable(CheckHarness::explain(result)));
}

void TestAdminCheck::refusals_data()
{
    QTest::addColumn<QSet<Fault>>("faults");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("summaryWord");
    QTest::addColumn<QString>("fixWord");

    QTest::newRow("wrong password")
        << QSet<Fault> {} << BitbucketSandbox::adminUser() << QStringLiteral("not-the-password")
        << QStringLiteral("rejected the user name or password of admin")
        << QStringLiteral("Check the user name and password");
    QTest::newRow("unknown user") << QSet<Fault> {} << QStringLiteral("mallory")
                                  << QStringLiteral("whatever-pw")
                                  << QStringLiteral("rejected the user name or password of mallory")
                                  << QStringLiteral("Check the user name and password");
    QTest::newRow("ordinary user")
        << QSet<Fault> {} << BitbucketSandbox::plainUser() << BitbucketSandbox::plainUserPassword()
        << QStringLiteral("alice is signed in but is not a Bitbucket global administrator")
        << QStringLiteral("Global permissions");
    QTest::newRow("basic authentication off")
        << QSet<Fault> {Fault::BasicAuthDisabled} << BitbucketSandbox::adminUser()
        << BitbucketSandbox::adminPassword()
        << QStringLiteral("Basic authentication is switched off")
        << QStringLiteral("Allow Basic authentication");
}

void TestAdminCheck::refusals()
{
    QFETCH(QSet<Fault>, faults);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, summaryWord);
    QFETCH(QString, fixWord);

    CheckHarness harness(faults);
    QString error;
    QVERIFY2(harness.start(&error), qPrintable(error));
    const CheckResult result =
        harness.run(AdminCheck::checkId(), harness.targetFor(user, password));
    QVERIFY2(result.status == Status::Fail, qPrintable(CheckHarness::explain(result)));
    QVERIFY2(result.summary.contains(summaryWord), qPrintable(CheckHarness::explain(result)));
    QVERIFY2(result.fix.contains(fixWord), qPrintable(CheckHarness::explain(result)));
    QVERIFY2(!harness.anyTextContains(password), qPrintable(CheckHarness::explain(result)));
}

void TestAdminCheck::noCredentials()
{
    CheckHarness harness;
    QString error;
    QVERIFY2(harness.start(&error), qPrintable(error));
    const CheckResult result = harness.run(AdminCheck::checkId(), harness.targetFor({}, {}));
    QVERIFY2(result.status == Status::Fail, qPrintable(CheckHarness::explain(result)));
    QVERIFY2(result.summary.contains(QStringLiteral("No administrator credentials")),
        qPrintable(CheckHarness::explain(result)));
    QVERIFY2(result.fix.contains(QStringLiteral("Connect page")),
        qPrintable(CheckHarness::explain(result)));
}

void TestAdminCheck::missingIntegrationSkips()
{
    CheckHarness harness({Fault::NoSlackIntegration});
    QString error;
    QVERIFY2(harness.start(&error), qPrintable(error));
    const CheckResult result = harness.run(AdminCheck::checkId(), harness.adminTarget());
    QVERIFY2(result.status == Status::Skip, qPrintable(CheckHarness::explain(result)));
    QVERIFY2(result.summary.contains(QStringLiteral("bitbucket.slack-integration")),
        qPrintable(CheckHarness::explain(result)));
}

namespace {

const QString canReachSlack = QStringLiteral("/bb/rest/slack/latest/connection/can-reach-slack");

} // namespace

void TestAdminCheck::requestCarriesBasicAuthAndJsonHeaders()
{
    CannedServer server;
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    server.setAnswer(canReachSlack, {200, {}, {}, {}});
    const CheckResult result =
        CheckHarness::runAgainst(AdminCheck::checkId(), server.adminTarget(QStringLiteral("/bb")));
    QVERIFY2(result.status == Status::Pass, qPrintable(CheckHarness::explain(result)));

    QCOMPARE(server.requests().size(), 1);
    const CannedServer::Request request = server.requests().constFirst();
    QCOMPARE(request.method, QByteArrayLiteral("POST"));
    QCOMPARE(request.path, canReachSlack);
    QCOMPARE(request.header("Authorization"),
        QByteArrayLiteral("Basic ") + QByteArrayLiteral("admin:s3cret-pw").toBase64());
    QCOMPARE(request.header("Content-Type"), QByteArrayLiteral("application/json"));
    QCOMPARE(request.header("X-Atlassian-Token"), QByteArrayLiteral("no-check"));
    QVERIFY(request.body.isEmpty());
}

void TestAdminCheck::refusalsBehindProxies_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("location");
    QTest::addColumn<QString>("summaryWord");
    QTest::addColumn<QString>("fixWord");

    const QByteArray json = QByteArrayLiteral("application/json");
    QTest::newRow("credentials stripped")
        << 401 << json
        << QByteArray(R"({"message":"Client must be authenticated to access this resource.",)"
                      R"("status-code":401})")
        << QByteArray() << QStringLiteral("not signed in")
        << QStringLiteral("Authorization header");
    QTest::newRow("captcha")
        << 401 << json
        << QByteArray(R"({"errors":[{"message":"CAPTCHA required","exceptionName":)"
                      R"("com.atlassian.bitbucket.auth.CaptchaRequiredAuthenticationException"}]})")
        << QByteArray() << QStringLiteral("CAPTCHA") << QStringLiteral("solve the CAPTCHA");
    QTest::newRow("sso redirect") << 302 << QByteArray() << QByteArray()
                                  << QByteArrayLiteral(
                                         "https://idp.example.com/saml2/sso?SAMLRequest=abc")
                                  << QStringLiteral("Basic authentication is switched off")
                                  << QStringLiteral("Allow Basic authentication");
    QTest::newRow("basic auth blocked, plain text")
        << 403 << QByteArrayLiteral("text/plain")
        << QByteArrayLiteral("Basic authentication is not allowed for this user.") << QByteArray()
        << QStringLiteral("Basic authentication is switched off")
        << QStringLiteral("Allow Basic authentication");
    QTest::newRow("server error") << 500 << QByteArrayLiteral("text/plain")
                                  << QByteArrayLiteral("boom") << QByteArray()
                                  << QStringLiteral("Unexpected answer")
                                  << QStringLiteral("atlassian-bitbucket.log");
}

void TestAdminCheck::refusalsBehindProxies()
{
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, location);
    QFETCH(QString, summaryWord);
    QFETCH(QString, fixWord);

    CannedServer server;
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    server.setAnswer(canReachSlack, {status, contentType, body, location});
    const CheckResult result =
        CheckHarness::runAgainst(AdminCheck::checkId(), server.adminTarget(QStringLiteral("/bb")));
    QVERIFY2(result.status == Status::Fail, qPrintable(CheckHarness::explain(result)));
    QVERIFY2(result.summary.contains(summaryWord), qPrintable(CheckHarness::explain(result)));
    QVERIFY2(result.fix.contains(fixWord), qPrintable(CheckHarness::explain(result)));
    for (const QString &text : {result.summary, result.detail, result.fix})
        QVERIFY2(!text.contains(QStringLiteral("s3cret-pw")), qPrintable(text));
    // The SSO request in the redirect is not repeated: it is the query of a URL.
    QVERIFY2(!result.detail.contains(QStringLiteral("SAMLRequest")), qPrintable(result.detail));
}

QTEST_GUILESS_MAIN(TestAdminCheck)
#include "tst_admincheck.moc"
