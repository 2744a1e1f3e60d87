#include "checks/CheckRunner.h"
#include "checks/UrlCheck.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using Status = CheckResult::Status;

// bitbucket.url: judged without any network.
class TestUrlCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void judge_data();
    void judge();

private:
    CheckResult run(const QString &url);
};

CheckResult TestUrlCheck::run(const QString &url)
{
    QNetworkAccessManager network;
    CheckRunner runner(&network);
    BitbucketTarget target;
    target.baseUrl = QUrl(url);
    runner.setTarget(target);
    QSignalSpy finished(&runner, &CheckRunner::allFinished);
    runner.rerun(UrlCheck::checkId());
    if (!finished.wait(5000))
        return CheckResult();
    return runner.result(UrlCheck::checkId());
}

void TestUrlCheck::judge_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<Status>("status");
    QTest::addColumn<QString>("summaryWord");
    QTest::addColumn<QString>("fixWord");

    QTest::newRow("https with context path") << "https://git.example.com/bitbucket" << Status::Pass
                                             << QStringLiteral("well-formed") << QString();
    QTest::newRow("http") << "http://git.example.com:8080/bitbucket/" << Status::Fail
                          << QStringLiteral("http://")
                          << QStringLiteral("https://git.example.com:8080/bitbucket");
    QTest::newRow("empty") << "" << Status::Fail << QStringLiteral("No Bitbucket base URL")
                           << QStringLiteral("https://");
    QTest::newRow("no scheme") << "git.example.com/bitbucket" << Status::Fail
                               << QStringLiteral("must start with https://")
                               << QStringLiteral("Server settings");
    QTest::newRow("user info") << "https://admin:secret@git.example.com/bitbucket" << Status::Fail
                               << QStringLiteral("user name or password")
                               << QStringLiteral("https://git.example.com/bitbucket");
    QTest::newRow("query") << "https://git.example.com/bitbucket?x=1" << Status::Fail
                           << QStringLiteral("query")
                           << QStringLiteral("https://git.example.com/bitbucket");
    QTest::newRow("fragment") << "https://git.example.com/bitbucket#top" << Status::Fail
                              << QStringLiteral("fragment")
                              << QStringLiteral("https://git.example.com/bitbucket");
    QTest::newRow("page address") << "https://git.example.com/bitbucket/projects/ABC"
                                  << Status::Warn << QStringLiteral("address of a Bitbucket page")
                                  << QStringLiteral("https://git.example.com/bitbucket");
}

void TestUrlCheck::judge()
{
    QFETCH(QString, url);
    QFETCH(Status, status);
    QFETCH(QString, summaryWord);
    QFETCH(QString, fixWord);

    const CheckResult result = run(url);
    QCOMPARE(result.id, UrlCheck::checkId());
    QCOMPARE(result.status, status);
    QVERIFY2(result.summary.contains(summaryWord), qPrintable(result.summary));
    QVERIFY2(result.fix.contains(fixWord), qPrintable(result.fix));
    QVERIFY2(!result.summary.contains(QStringLiteral("secret")), qPrintable(result.summary));
    QVERIFY2(!result.detail.contains(QStringLiteral("secret")), qPrintable(result.detail));
    QVERIFY2(!result.fix.contains(QStringLiteral("secret")), qPrintable(result.fix));
}

QTEST_GUILESS_MAIN(TestUrlCheck)
#include "tst_urlcheck.moc"
