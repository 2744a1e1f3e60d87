#include "CannedServer.h"
#include "CheckHarness.h"
#include "checks/ProxySchemeCheck.h"

#include <QTest>

using Fault = BitbucketSandbox::Fault;
using Status = CheckResult::Status;

// bitbucket.proxy-scheme: the login redirect Bitbucket issues for the dashboard.
class TestProxySchemeCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void httpsRedirectPasses();
    void httpRedirectNamesTheProxySettings();
    void wrongContextPathHasNoRedirect();
    void tlsFailureSkips();
    void locationsAreCompared_data();
    void locationsAreCompared();
};

void TestProxySchemeCheck::httpsRedirectPasses()
{
    CheckHarness harness;
    QString error;
    QVERIFY2(harness.start(&error), qPrintable(error));
    const CheckResult result = harness.run(ProxySchemeCheck::checkId(), harness.adminTarget());
    QVERIFY2(result.status == Status::Pass, qPrintable(CheckHarness::explain(result)));
    QVERIFY2(result.summary.contains(QStringLiteral("keep https://")),
        qPrintable(CheckHarness::explain(result)));
    QVERIFY2(result.detail.contains(QStringLiteral("/bitbucket/login")),
        qPrintable(CheckHarness::explain(result)));
}

void TestProxySchemeCheck::httpRedirectNamesTheProxySettings()
{
    CheckHarness harness({Fault::HttpProxyRedirect});
    QString error;
    QVERIFY2(harness.start(&error), qPrintable(error));
    const CheckResult result = harness.run(ProxySchemeCheck::checkId(), harness.adminTarget());
    QVERIFY2(result.status == Status::Fail, qPrintable(CheckHarness::explain(result)));
    QVERIFY2(result.summary.contains(QStringLiteral("http://")),
        qPrintable(CheckHarness::explain(result)));
    QVERIFY2(result.summary.contains(QStringLiteral("reverse proxy is not declared")),
        qPrintable(CheckHarness::explain(result)));
    const QString port = QString::number(harness.sandbox().httpsPort());
    const QStringList settings = {
        QStringLiteral("$BITBUCKET_HOME/shared/bitbucket.properties"),
        QStringLiteral("server.secure=true"),
        QStringLiteral("server.scheme=https"),
        QStringLiteral("server.proxy-name=127.0.0.1"),
        QStringLiteral("server.proxy-port=") + port,
        QStringLiteral("restart"),
    };
    for (const QString &setting : settings)
        QVERIFY2(result.fix.contains(setting), qPrintable(CheckHarness::explain(result)));
}

void TestProxySchemeCheck::wrongContextPathHasNoRedirect()
{
    CheckHarness harness;
    QString error;
    QVERIFY2(harness.start(&error), qPrintable(error));
    BitbucketTarget target = harness.adminTarget();
    target.baseUrl.setPath(QStringLiteral("/elsewhere"));
    const CheckResult result = harness.run(ProxySchemeCheck::checkId(), target);
    QVERIFY2(result.status == Status::Warn, qPrintable(CheckHarness::explain(result)));
    QVERIFY2(result.summary.contains(QStringLiteral("No redirect to check")),
        qPrintable(CheckHarness::explain(result)));
    QVERIFY2(result.fix.contains(QStringLiteral("context path")),
        qPrintable(CheckHarness::explain(result)));
}

void TestProxySchemeCheck::tlsFailureSkips()
{
    CheckHarness harness({Fault::SelfSignedCertificate});
    QString error;
    QVERIFY2(harness.start(&error), qPrintable(error));
    const CheckResult result = harness.run(ProxySchemeCheck::checkId(), harness.adminTarget());
    QVERIFY2(result.status == Status::Skip, qPrintable(CheckHarness::explain(result)));
    QVERIFY2(result.summary.contains(QStringLiteral("bitbucket.tls")),
        qPrintable(CheckHarness::explain(result)));
}

void TestProxySchemeCheck::locationsAreCompared_data()
{
    QTest::addColumn<QString>("location"); // %1 is the server's port
    QTest::addColumn<Status>("status");
    QTest::addColumn<QString>("summaryWord");

    QTest::newRow("same, relative")
        << "/bb/login?next=/dashboard" << Status::Pass << QStringLiteral("keep https://");
    QTest::newRow("same, absolute")
        << "https://127.0.0.1:%1/bb/login" << Status::Pass << QStringLiteral("keep https://");
    QTest::newRow("other host") << "https://bitbucket.internal:%1/bb/login" << Status::Fail
                                << QStringLiteral("host (bitbucket.internal instead of 127.0.0.1)");
    QTest::newRow("other port") << "https://127.0.0.1/bb/login" << Status::Fail
                                << QStringLiteral("port (443 instead of");
    QTest::newRow("outside the context path")
        << "https://127.0.0.1:%1/login" << Status::Fail << QStringLiteral("context path");
    QTest::newRow("http") << "http://127.0.0.1:%1/bb/login" << Status::Fail
                          << QStringLiteral("reverse proxy is not declared");
}

void TestProxySchemeCheck::locationsAreCompared()
{
    QFETCH(QString, location);
    QFETCH(Status, status);
    QFETCH(QString, summaryWord);

    CannedServer server;
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    const QString resolved =
        location.contains(QStringLiteral("%1")) ? location.arg(server.port()) : location;
    server.setAnswer(QStringLiteral("/bb/dashboard"), {302, {}, {}, resolved.toUtf8()});
    BitbucketTarget target;
    target.baseUrl = server.url(QStringLiteral("/bb"));
    target.caBundlePath = server.caBundlePath();
    const CheckResult result = CheckHarness::runAgainst(ProxySchemeCheck::checkId(), target);
    QVERIFY2(result.status == status, qPrintable(CheckHarness::explain(result)));
    QVERIFY2(result.summary.contains(summaryWord), qPrintable(CheckHarness::explain(result)));
    if (status == Status::Fail && !summaryWord.contains(QStringLiteral("proxy"))) {
        QVERIFY2(result.fix.contains(QStringLiteral("Server settings")),
            qPrintable(CheckHarness::explain(result)));
    }
    // An anonymous request: no credentials leave the program here.
    QVERIFY(server.requests().constFirst().header("Authorization").isEmpty());
}

QTEST_GUILESS_MAIN(TestProxySchemeCheck)
#include "tst_proxyschemecheck.moc"
