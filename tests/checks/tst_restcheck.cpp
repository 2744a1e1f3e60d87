#include "CannedServer.h"
#include "CheckHarness.h"
#include "checks/RestCheck.h"

#include <QTest>

using Fault = BitbucketSandbox::Fault;
using Status = CheckResult::Status;

// bitbucket.rest: application-properties at the base URL.
class TestRestCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionAndDisplayName();
    void wrongContextPathFails();
    void tlsFailureSkipsToTheTlsCheck();
    void notBitbucketAnswers_data();
    void notBitbucketAnswers();
};

void TestRestCheck::versionAndDisplayName()
{
    CheckHarness harness;
    QString error;
    QVERIFY2(harness.start(&error), qPrintable(error));
    const CheckResult result = harness.run(RestCheck::checkId(), harness.adminTarget());
    QVERIFY2(result.status == Status::Pass, qPrintable(CheckHarness::explain(result)));
    QCOMPARE(result.summary, QStringLiteral("Bitbucket 8.19.5 (Bitbucket)"));
}

void TestRestCheck::wrongContextPathFails()
{
    CheckHarness harness;
    QString error;
    QVERIFY2(harness.start(&error), qPrintable(error));
    BitbucketTarget target = harness.adminTarget();
    target.baseUrl.setPath(QString());
    const CheckResult result = harness.run(RestCheck::checkId(), target);
    QVERIFY2(result.status == Status::Fail, qPrintable(CheckHarness::explain(result)));
    QVERIFY2(result.summary.contains(QStringLiteral("not found")),
        qPrintable(CheckHarness::explain(result)));
    QVERIFY2(result.detail.contains(QStringLiteral("context path")),
        qPrintable(CheckHarness::explain(result)));
    QVERIFY2(result.fix.contains(QStringLiteral("context path")),
        qPrintable(CheckHarness::explain(result)));
}

void TestRestCheck::tlsFailureSkipsToTheTlsCheck()
{
    CheckHarness harness({Fault::ExpiredCertificate});
    QString error;
    QVERIFY2(harness.start(&error), qPrintable(error));
    const CheckResult result = harness.run(RestCheck::checkId(), harness.adminTarget());
    QVERIFY2(result.status == Status::Skip, qPrintable(CheckHarness::explain(result)));
    QVERIFY2(result.summary.contains(QStringLiteral("see bitbucket.tls")),
        qPrintable(CheckHarness::explain(result)));
    QVERIFY2(result.detail.contains(QStringLiteral("Expired")),
        qPrintable(CheckHarness::explain(result)));
}

void TestRestCheck::notBitbucketAnswers_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("location");
    QTest::addColumn<QString>("summaryWord");

    QTest::newRow("login page")
        << 200 << QByteArrayLiteral("text/html")
        << QByteArrayLiteral("<!DOCTYPE html><html><head><title>Sign in - Corporate SSO</title>"
                             "</head><body></body></html>")
        << QByteArray() << QStringLiteral("HTML page");
    QTest::newRow("not json") << 200 << QByteArrayLiteral("text/plain")
                              << QByteArrayLiteral("hello") << QByteArray()
                              << QStringLiteral("not Bitbucket's application properties");
    QTest::newRow("json of something else")
        << 200 << QByteArrayLiteral("application/json") << QByteArrayLiteral(R"({"ok":true})")
        << QByteArray() << QStringLiteral("not Bitbucket's application properties");
    QTest::newRow("redirect to sign-in")
        << 302 << QByteArray() << QByteArray()
        << QByteArrayLiteral("https://sso.example.com/login?return=x")
        << QStringLiteral("redirected to https://sso.example.com/login");
}

void TestRestCheck::notBitbucketAnswers()
{
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, location);
    QFETCH(QString, summaryWord);

    CannedServer server;
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    server.setAnswer(QStringLiteral("/bb/rest/api/1.0/application-properties"),
        {status, contentType, body, location});
    BitbucketTarget target;
    target.baseUrl = server.url(QStringLiteral("/bb"));
    target.caBundlePath = server.caBundlePath();
    const CheckResult result = CheckHarness::runAgainst(RestCheck::checkId(), target);
    QVERIFY2(result.status == Status::Fail, qPrintable(CheckHarness::explain(result)));
    QVERIFY2(result.summary.contains(summaryWord), qPrintable(CheckHarness::explain(result)));
    QVERIFY2(result.detail.contains(QStringLiteral("sign-in proxy")),
        qPrintable(CheckHarness::explain(result)));
    QVERIFY2(result.fix.contains(QStringLiteral("context path")),
        qPrintable(CheckHarness::explain(result)));
}

QTEST_GUILESS_MAIN(TestRestCheck)
#include "tst_restcheck.moc"
