#include "CheckHarness.h"
#include "checks/TlsCheck.h"

#include "checks/CertificateReport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using Fault = BitbucketSandbox::Fault;
using Status = CheckResult::Status;
using namespace std::chrono_literals;

// bitbucket.tls against the sandbox's certificates, and against ports where nothing or nobody
// answers.
class TestTlsCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void healthyCertificatePasses();
    void certificateFaults_data();
    void certificateFaults();
    void systemStoreAloneDoesNotTrustTheCa();
    void unusableCaBundleFails_data();
    void unusableCaBundleFails();
    void refusedConnection();
    void silentServerTimesOut();
};

void TestTlsCheck::healthyCertificatePasses()
{
    CheckHarness harness;
    QString error;
    QVERIFY2(harness.start(&error), qPrintable(error));
    const CheckResult result = harness.run(TlsCheck::checkId(), harness.adminTarget());
    QVERIFY2(result.status == Status::Pass, qPrintable(CheckHarness::explain(result)));
    QVERIFY(result.summary.contains(QStringLiteral("127.0.0.1")));
    QVERIFY(result.summary.contains(QStringLiteral("trusted")));

    const QSslCertificate served = harness.sandbox().serverCertificate();
    QVERIFY2(result.detail.contains(CertificateReport::fingerprint(served)),
        qPrintable(CheckHarness::explain(result)));
    QVERIFY(result.detail.contains(QStringLiteral("Subject: ")));
    QVERIFY(result.detail.contains(QStringLiteral("Issuer: CN=Workspace Connector Sandbox CA")));
    QVERIFY(result.detail.contains(QStringLiteral("Names: ")));
    QVERIFY(result.detail.contains(CertificateReport::formatDate(served.expiryDate())));
}

void TestTlsCheck::certificateFaults_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<Status>("status");
    QTest::addColumn<QString>("summaryWord");
    QTest::addColumn<QString>("detailWord");
    QTest::addColumn<QString>("fixWord");

    QTest::newRow("expired") << Fault::ExpiredCertificate << Status::Fail
                             << QStringLiteral("expired") << QStringLiteral("Expired: ")
                             << QStringLiteral("Renew");
    QTest::newRow("expiring") << Fault::ExpiringCertificate << Status::Warn
                              << QStringLiteral("expires in") << QStringLiteral("SHA-256")
                              << QStringLiteral("Renew the certificate before");
    QTest::newRow("wrong host") << Fault::WrongHostCertificate << Status::Fail
                                << QStringLiteral("host name mismatch")
                                << QStringLiteral("bitbucket.example.invalid")
                                << QStringLiteral("names 127.0.0.1");
    QTest::newRow("self-signed") << Fault::SelfSignedCertificate << Status::Fail
                                 << QStringLiteral("self-signed") << QStringLiteral("Self-signed: ")
                                 << QStringLiteral("trusted CA");
}

void TestTlsCheck::certificateFaults()
{
    QFETCH(Fault, fault);
    QFETCH(Status, status);
    QFETCH(QString, summaryWord);
    QFETCH(QString, detailWord);
    QFETCH(QString, fixWord);

    CheckHarness harness({fault});
    QString error;
    QVERIFY2(harness.start(&error), qPrintable(error));
    const CheckResult result = harness.run(TlsCheck::checkId(), harness.adminTarget());
    QVERIFY2(result.status == status, qPrintable(CheckHarness::explain(result)));
    QVERIFY2(result.summary.contains(summaryWord), qPrintable(CheckHarness::explain(result)));
    QVERIFY2(result.detail.contains(detailWord), qPrintable(CheckHarness::explain(result)));
    QVERIFY2(result.fix.contains(fixWord), qPrintable(CheckHarness::explain(result)));
    // The certificate the server presented is always described.
    QVERIFY2(result.detail.contains(
                 CertificateReport::fingerprint(harness.sandbox().serverCertificate())),
        qPrintable(CheckHarness::explain(result)));
}

void TestTlsCheck::systemStoreAloneDoesNotTrustTheCa()
{
    CheckHarness harness;
    QString error;
    QVERIFY2(harness.start(&error), qPrintable(error));
    BitbucketTarget target = harness.adminTarget();
    target.caBundlePath.clear();
    const CheckResult result = harness.run(TlsCheck::checkId(), target);
    QVERIFY2(result.status == Status::Fail, qPrintable(CheckHarness::explain(result)));
    QVERIFY2(result.summary.contains(QStringLiteral("untrusted issuer")),
        qPrintable(CheckHarness::explain(result)));
    QVERIFY2(result.detail.contains(QStringLiteral("Workspace Connector Sandbox CA")),
        qPrintable(CheckHarness::explain(result)));
    QVERIFY2(result.fix.contains(QStringLiteral("CA bundle")),
        qPrintable(CheckHarness::explain(result)));
}

void TestTlsCheck::unusableCaBundleFails_data()
{
    QTest::addColumn<bool>("exists");
    QTest::addColumn<QString>("reason");
    QTest::newRow("missing") << false << QStringLiteral("cannot be read");
    QTest::newRow("no certificate") << true << QStringLiteral("holds no PEM certificate");
}

void TestTlsCheck::unusableCaBundleFails()
{
    QFETCH(bool, exists);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bundle.pem"));
    if (exists) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("just some text\n");
    }
    CheckHarness harness;
    QString error;
    QVERIFY2(harness.start(&error), qPrintable(error));
    BitbucketTarget target = harness.adminTarget();
    target.caBundlePath = path;
    const CheckResult result = harness.run(TlsCheck::checkId(), target);
    QVERIFY2(result.status == Status::Fail, qPrintable(CheckHarness::explain(result)));
    QVERIFY2(result.summary.contains(QStringLiteral("CA bundle")),
        qPrintable(CheckHarness::explain(result)));
    QVERIFY2(result.detail.contains(reason), qPrintable(CheckHarness::explain(result)));
    QVERIFY2(result.fix.contains(QStringLiteral("PEM")), qPrintable(CheckHarness::explain(result)));
}

void TestTlsCheck::refusedConnection()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const quint16 port = server.serverPort();
    server.close();

    QNetworkAccessManager network;
    CheckRunner runner(&network);
    BitbucketTarget target;
    target.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:%1/bitbucket").arg(port));
    runner.setTarget(target);
    QSignalSpy finished(&runner, &CheckRunner::allFinished);
    runner.rerun(TlsCheck::checkId());
    QVERIFY(finished.wait(10000));
    const CheckResult result = runner.result(TlsCheck::checkId());
    QVERIFY2(result.status == Status::Fail, qPrintable(CheckHarness::explain(result)));
    QVERIFY2(result.summary.contains(QStringLiteral("Connection refused")),
        qPrintable(CheckHarness::explain(result)));
    QVERIFY2(result.fix.contains(QString::number(port)), qPrintable(CheckHarness::explain(result)));
}

void TestTlsCheck::silentServerTimesOut()
{
    // Accepts the connection and never says a word, like a firewall that swallows packets.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));

    QNetworkAccessManager network;
    CheckRunner runner(&network);
    BitbucketTarget target;
    target.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(server.serverPort()));
    runner.setTarget(target);
    runner.setTimeout(1500ms);
    QSignalSpy finished(&runner, &CheckRunner::allFinished);
    QElapsedTimer clock;
    clock.start();
    runner.rerun(TlsCheck::checkId());
    QVERIFY(finished.wait(10000));
    QVERIFY2(clock.elapsed() < 4000, qPrintable(QString::number(clock.elapsed())));
    const CheckResult result = runner.result(TlsCheck::checkId());
    QVERIFY2(result.status == Status::Fail, qPrintable(CheckHarness::explain(result)));
    QVERIFY2(result.summary.contains(QStringLiteral("No answer from 127.0.0.1")),
        qPrintable(CheckHarness::explain(result)));
    QVERIFY2(result.summary.contains(QStringLiteral("within 2 second")),
        qPrintable(CheckHarness::explain(result)));
}

QTEST_GUILESS_MAIN(TestTlsCheck)
#include "tst_tlscheck.moc"
