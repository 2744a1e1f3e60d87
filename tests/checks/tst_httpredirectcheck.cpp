#include "CannedServer.h"
#include "CheckHarness.h"
#include "checks/HttpRedirectCheck.h"

#include <QTcpServer>
#include <QTest>

using Fault = BitbucketSandbox::Fault;
using Status = CheckResult::Status;

// bitbucket.http-redirect against the sandbox's plain HTTP listener.
class TestHttpRedirectCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void redirectToHttpsPasses();
    void contentOverPlainHttpWarns();
    void refusedPlainHttpPasses();
    void tlsProblemsDoNotMatter();
    void otherAnswers_data();
    void otherAnswers();
};

void TestHttpRedirectCheck::redirectToHttpsPasses()
{
    CheckHarness harness;
    QString error;
    QVERIFY2(harness.start(&error), qPrintable(error));
    const CheckResult result = harness.run(HttpRedirectCheck::checkId(), harness.adminTarget());
    QVERIFY2(result.status == Status::Pass, qPrintable(CheckHarness::explain(result)));
    QVERIFY2(result.summary.contains(QStringLiteral("redirects to https://")),
        qPrintable(CheckHarness::explain(result)));
    // The detail shows what was asked and where it led.
    const QString asked =
        QStringLiteral("http://127.0.0.1:%1/bitbucket/").arg(harness.sandbox().httpPort());
    QVERIFY2(result.detail.contains(asked), qPrintable(CheckHarness::explain(result)));
    QVERIFY2(
        result.detail.contains(
            QStringLiteral("Location: https://127.0.0.1:%1").arg(harness.sandbox().httpsPort())),
        qPrintable(CheckHarness::explain(result)));
}

void TestHttpRedirectCheck::contentOverPlainHttpWarns()
{
    CheckHarness harness({Fault::NoHttpRedirect});
    QString error;
    QVERIFY2(harness.start(&error), qPrintable(error));
    const CheckResult result = harness.run(HttpRedirectCheck::checkId(), harness.adminTarget());
    QVERIFY2(result.status == Status::Warn, qPrintable(CheckHarness::explain(result)));
    QVERIFY2(result.summary.contains(QStringLiteral("serves content over plain HTTP")),
        qPrintable(CheckHarness::explain(result)));
    QVERIFY2(
        result.fix.contains(QStringLiteral("redirect")), qPrintable(CheckHarness::explain(result)));
    QVERIFY2(result.fix.contains(QString::number(harness.sandbox().httpPort())),
        qPrintable(CheckHarness::explain(result)));
}

void TestHttpRedirectCheck::refusedPlainHttpPasses()
{
    CheckHarness harness;
    QString error;
    QVERIFY2(harness.start(&error), qPrintable(error));
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    BitbucketTarget target = harness.adminTarget();
    target.plainHttpPort = closed.serverPort();
    closed.close();

    const CheckResult result = harness.run(HttpRedirectCheck::checkId(), target);
    QVERIFY2(result.status == Status::Pass, qPrintable(CheckHarness::explain(result)));
    QVERIFY2(result.summary.contains(QStringLiteral("Plain HTTP is not served")),
        qPrintable(CheckHarness::explain(result)));
}

void TestHttpRedirectCheck::tlsProblemsDoNotMatter()
{
    // The check speaks plain HTTP only: a bad certificate is bitbucket.tls's business.
    CheckHarness harness({Fault::ExpiredCertificate});
    QString error;
    QVERIFY2(harness.start(&error), qPrintable(error));
    const CheckResult result = harness.run(HttpRedirectCheck::checkId(), harness.adminTarget());
    QVERIFY2(result.status == Status::Pass, qPrintable(CheckHarness::explain(result)));
}

void TestHttpRedirectCheck::otherAnswers_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("location"); // %1 is the plain server's port
    QTest::addColumn<Status>("expected");
    QTest::addColumn<QString>("summaryWord");
    QTest::addColumn<QString>("fixWord");

    QTest::newRow("https on another host")
        << 301 << "https://bitbucket.example.com/bb/" << Status::Warn
        << QStringLiteral("https:// on another host, bitbucket.example.com")
        << QStringLiteral("use bitbucket.example.com in the base URL");
    QTest::newRow("http on another host")
        << 302 << "http://bitbucket.example.com/bb/" << Status::Fail
        << QStringLiteral("plain HTTP on another host") << QStringLiteral("permanent redirect");
    QTest::newRow("error instead of redirect")
        << 404 << QString() << Status::Warn << QStringLiteral("answers HTTP 404 instead")
        << QStringLiteral("permanent redirect");
    QTest::newRow("loop") << 302 << "http://127.0.0.1:%1/bb/" << Status::Warn
                          << QStringLiteral("never reaches https://")
                          << QStringLiteral("permanent redirect");
    QTest::newRow("308 to https") << 308 << "https://127.0.0.1/bb/" << Status::Pass
                                  << QStringLiteral("redirects to https://") << QString();
}

void TestHttpRedirectCheck::otherAnswers()
{
    QFETCH(int, status);
    QFETCH(QString, location);
    QFETCH(Status, expected);
    QFETCH(QString, summaryWord);
    QFETCH(QString, fixWord);

    CannedServer server(CannedServer::Scheme::Http);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    const QString resolved =
        location.contains(QStringLiteral("%1")) ? location.arg(server.port()) : location;
    server.setAnswer(QStringLiteral("/bb/"), {status, {}, {}, resolved.toUtf8()});
    BitbucketTarget target;
    target.baseUrl = QUrl(QStringLiteral("https://127.0.0.1/bb"));
    target.plainHttpPort = server.port();
    const CheckResult result = CheckHarness::runAgainst(HttpRedirectCheck::checkId(), target);
    QVERIFY2(result.status == expected, qPrintable(CheckHarness::explain(result)));
    QVERIFY2(result.summary.contains(summaryWord), qPrintable(CheckHarness::explain(result)));
    QVERIFY2(result.fix.contains(fixWord), qPrintable(CheckHarness::explain(result)));
}

QTEST_GUILESS_MAIN(TestHttpRedirectCheck)
#include "tst_httpredirectcheck.moc"
