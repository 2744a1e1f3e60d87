#include "CheckHarness.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using Fault = BitbucketSandbox::Fault;
using Status = CheckResult::Status;
using namespace std::chrono_literals;

// CheckRunner: all checks at once on one network manager, bounded, cancellable, re-runnable.
class TestCheckRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void idsTitlesAndPendingResults();
    void timeoutIsClampedToFifteenSeconds();
    void healthySandboxPassesEveryCheck();
    void httpBaseUrlSkipsEverythingElse();
    void slowAnswersFailWithinTheTimeout();
    void cancelEndsUnfinishedChecksAsSkipped();
    void cancelFromASlotEndsTheRunOnce();
    void rerunReplacesTheEarlierRun();
    void rerunWhenIdleRunsOnlyThatCheck();
    void runAllWhileRunningStartsOver();
    void passwordNeverAppears();
    void rerunOfAnUnknownIdIsIgnored();
};

void TestCheckRunner::idsTitlesAndPendingResults()
{
    QNetworkAccessManager network;
    CheckRunner runner(&network);
    const QStringList expected = {
        QStringLiteral("bitbucket.url"),
        QStringLiteral("bitbucket.tls"),
        QStringLiteral("bitbucket.http-redirect"),
        QStringLiteral("bitbucket.proxy-scheme"),
        QStringLiteral("bitbucket.rest"),
        QStringLiteral("bitbucket.admin"),
        QStringLiteral("bitbucket.slack-integration"),
    };
    QCOMPARE(runner.checkIds(), expected);
    for (const QString &id : expected) {
        QVERIFY2(!runner.title(id).isEmpty(), qPrintable(id));
        QCOMPARE(runner.result(id).id, id);
        QCOMPARE(runner.result(id).status, Status::Pending);
    }
    QCOMPARE(runner.results().size(), expected.size());
    QVERIFY(!runner.isRunning());
    QVERIFY(!runner.anyFailed());
}

void TestCheckRunner::timeoutIsClampedToFifteenSeconds()
{
    QNetworkAccessManager network;
    CheckRunner runner(&network);
    QCOMPARE(runner.timeout(), 15000ms);
    runner.setTimeout(60s);
    QCOMPARE(runner.timeout(), 15000ms);
    runner.setTimeout(3s);
    QCOMPARE(runner.timeout(), 3000ms);
}

void TestCheckRunner::healthySandboxPassesEveryCheck()
{
    CheckHarness harness;
    QString error;
    QVERIFY2(harness.start(&error), qPrintable(error));
    QSignalSpy started(&harness.runner(), &CheckRunner::checkStarted);
    QSignalSpy finished(&harness.runner(), &CheckRunner::checkFinished);
    QSignalSpy allFinished(&harness.runner(), &CheckRunner::allFinished);

    QVERIFY(harness.runAll(harness.adminTarget()));
    for (const CheckResult &result : harness.runner().results())
        QVERIFY2(result.status == Status::Pass, qPrintable(CheckHarness::explain(result)));
    QCOMPARE(started.size(), 7);
    QCOMPARE(finished.size(), 7);
    QCOMPARE(allFinished.size(), 1);
    QVERIFY(!harness.runner().isRunning());
    QVERIFY(!harness.runner().anyFailed());
}

void TestCheckRunner::httpBaseUrlSkipsEverythingElse()
{
    CheckHarness harness;
    QString error;
    QVERIFY2(harness.start(&error), qPrintable(error));
    BitbucketTarget target = harness.adminTarget();
    target.baseUrl = harness.sandbox().plainHttpBaseUrl();
    QVERIFY(harness.runAll(target));

    const CheckResult url = harness.runner().result(QStringLiteral("bitbucket.url"));
    QVERIFY2(url.status == Status::Fail, qPrintable(CheckHarness::explain(url)));
    QVERIFY2(url.fix.contains(QStringLiteral("https://127.0.0.1")),
        qPrintable(CheckHarness::explain(url)));
    for (const CheckResult &result : harness.runner().results()) {
        if (result.id == url.id)
            continue;
        QVERIFY2(result.status == Status::Skip, qPrintable(CheckHarness::explain(result)));
        QCOMPARE(result.summary, QStringLiteral("Skipped: the base URL must be fixed first."));
    }
    QVERIFY(harness.runner().anyFailed());
}

void TestCheckRunner::slowAnswersFailWithinTheTimeout()
{
    CheckHarness harness({Fault::SlowAnswers});
    QString error;
    QVERIFY2(harness.start(&error), qPrintable(error));
    harness.runner().setTimeout(2s);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(harness.runAll(harness.adminTarget()));
    QVERIFY2(clock.elapsed() < 4000, qPrintable(QString::number(clock.elapsed())));

    const QStringList waiting = {
        QStringLiteral("bitbucket.http-redirect"),
        QStringLiteral("bitbucket.proxy-scheme"),
        QStringLiteral("bitbucket.rest"),
        QStringLiteral("bitbucket.admin"),
        QStringLiteral("bitbucket.slack-integration"),
    };
    for (const QString &id : waiting) {
        const CheckResult result = harness.runner().result(id);
        QVERIFY2(result.status == Status::Fail, qPrintable(CheckHarness::explain(result)));
        QVERIFY2(result.summary.contains(QStringLiteral("No answer from 127.0.0.1")),
            qPrintable(CheckHarness::explain(result)));
        QVERIFY2(result.summary.contains(QStringLiteral("within 2 second")),
            qPrintable(CheckHarness::explain(result)));
        QVERIFY2(result.fix.contains(QStringLiteral("firewall")),
            qPrintable(CheckHarness::explain(result)));
    }
}

void TestCheckRunner::cancelEndsUnfinishedChecksAsSkipped()
{
    CheckHarness harness({Fault::SlowAnswers});
    QString error;
    QVERIFY2(harness.start(&error), qPrintable(error));
    CheckRunner &runner = harness.runner();
    runner.setTarget(harness.adminTarget());
    QSignalSpy finished(&runner, &CheckRunner::checkFinished);
    QSignalSpy allFinished(&runner, &CheckRunner::allFinished);
    runner.runAll();
    QVERIFY(runner.isRunning());
    // The URL check needs no network and finishes at once; the others wait for answers.
    QTRY_COMPARE(runner.result(QStringLiteral("bitbucket.url")).status, Status::Pass);
    QTRY_COMPARE(runner.result(QStringLiteral("bitbucket.tls")).status, Status::Pass);

    runner.cancel();
    QVERIFY(!runner.isRunning());
    QCOMPARE(allFinished.size(), 1);
    QCOMPARE(finished.size(), 7);
    const CheckResult rest = runner.result(QStringLiteral("bitbucket.rest"));
    QCOMPARE(rest.status, Status::Skip);
    QCOMPARE(rest.summary, QStringLiteral("Cancelled."));
    QCOMPARE(runner.result(QStringLiteral("bitbucket.tls")).status, Status::Pass);

    // Nothing more arrives from the cancelled run.
    QTest::qWait(300);
    QCOMPARE(finished.size(), 7);
    QCOMPARE(allFinished.size(), 1);
}

void TestCheckRunner::cancelFromASlotEndsTheRunOnce()
{
    CheckHarness harness({Fault::SlowAnswers});
    QString error;
    QVERIFY2(harness.start(&error), qPrintable(error));
    CheckRunner &runner = harness.runner();
    runner.setTarget(harness.adminTarget());
    QSignalSpy finished(&runner, &CheckRunner::checkFinished);
    QSignalSpy allFinished(&runner, &CheckRunner::allFinished);
    // Like a page that stops everything as soon as the base URL is judged.
    connect(&runner, &CheckRunner::checkFinished, &runner, [&runner](const CheckResult &result) {
        if (result.id == QLatin1String("bitbucket.url"))
            runner.cancel();
    });
    runner.runAll();
    QTRY_COMPARE(allFinished.size(), 1);
    QCOMPARE(finished.size(), 7);
    QVERIFY(!runner.isRunning());
    QTest::qWait(200);
    QCOMPARE(allFinished.size(), 1);
    QCOMPARE(
        runner.result(QStringLiteral("bitbucket.admin")).summary, QStringLiteral("Cancelled."));
}

void TestCheckRunner::rerunReplacesTheEarlierRun()
{
    CheckHarness harness({Fault::SlowAnswers});
    QString error;
    QVERIFY2(harness.start(&error), qPrintable(error));
    CheckRunner &runner = harness.runner();
    runner.setTimeout(1500ms);
    runner.setTarget(harness.adminTarget());
    QSignalSpy started(&runner, &CheckRunner::checkStarted);
    QSignalSpy finished(&runner, &CheckRunner::checkFinished);
    QSignalSpy allFinished(&runner, &CheckRunner::allFinished);
    runner.runAll();
    runner.rerun(QStringLiteral("bitbucket.rest"));

    QVERIFY(allFinished.wait(8000));
    QCOMPARE(allFinished.size(), 1);
    QCOMPARE(started.size(), 8);
    QCOMPARE(finished.size(), 8);
    // The first run of bitbucket.rest ended as cancelled, the second with its own answer.
    QStringList restResults;
    for (const QList<QVariant> &arguments : std::as_const(finished)) {
        const auto result = arguments.constFirst().value<CheckResult>();
        if (result.id == QLatin1String("bitbucket.rest"))
            restResults.append(result.summary);
    }
    QCOMPARE(restResults.size(), 2);
    QCOMPARE(restResults.constFirst(), QStringLiteral("Cancelled."));
    QVERIFY2(restResults.constLast().contains(QStringLiteral("No answer")),
        qPrintable(restResults.constLast()));
}

void TestCheckRunner::rerunWhenIdleRunsOnlyThatCheck()
{
    CheckHarness harness;
    QString error;
    QVERIFY2(harness.start(&error), qPrintable(error));
    BitbucketTarget target =
        harness.targetFor(BitbucketSandbox::adminUser(), QStringLiteral("wrong-password"));
    QVERIFY(harness.runAll(target));
    QCOMPARE(harness.runner().result(QStringLiteral("bitbucket.admin")).status, Status::Fail);
    const CheckResult tls = harness.runner().result(QStringLiteral("bitbucket.tls"));

    QSignalSpy started(&harness.runner(), &CheckRunner::checkStarted);
    const CheckResult admin = harness.run(QStringLiteral("bitbucket.admin"), harness.adminTarget());
    QVERIFY2(admin.status == Status::Pass, qPrintable(CheckHarness::explain(admin)));
    QCOMPARE(started.size(), 1);
    QCOMPARE(started.constFirst().constFirst().toString(), QStringLiteral("bitbucket.admin"));
    // The other results are kept as they were.
    QCOMPARE(harness.runner().result(QStringLiteral("bitbucket.tls")).summary, tls.summary);
    QCOMPARE(harness.runner().result(QStringLiteral("bitbucket.slack-integration")).status,
        Status::Skip);
}

void TestCheckRunner::runAllWhileRunningStartsOver()
{
    CheckHarness harness({Fault::SlowAnswers});
    QString error;
    QVERIFY2(harness.start(&error), qPrintable(error));
    CheckRunner &runner = harness.runner();
    runner.setTimeout(1s);
    runner.setTarget(harness.adminTarget());
    QSignalSpy started(&runner, &CheckRunner::checkStarted);
    QSignalSpy finished(&runner, &CheckRunner::checkFinished);
    QSignalSpy allFinished(&runner, &CheckRunner::allFinished);
    runner.runAll();
    runner.runAll();
    // The first run ended (cancelled) when the second began; each run ends exactly once.
    QCOMPARE(allFinished.size(), 1);
    QVERIFY(allFinished.wait(6000));
    QCOMPARE(allFinished.size(), 2);
    QCOMPARE(started.size(), 14);
    QCOMPARE(finished.size(), 14);
}

void TestCheckRunner::passwordNeverAppears()
{
    const QList<QString> passwords = {
        BitbucketSandbox::adminPassword(), QStringLiteral("a-wrong-password")};
    for (const QString &password : passwords) {
        CheckHarness harness;
        QString error;
        QVERIFY2(harness.start(&error), qPrintable(error));
        QVERIFY(harness.runAll(harness.targetFor(BitbucketSandbox::adminUser(), password)));
        QVERIFY(!harness.anyTextContains(password));
    }
}

void TestCheckRunner::rerunOfAnUnknownIdIsIgnored()
{
    QNetworkAccessManager network;
    CheckRunner runner(&network);
    QSignalSpy started(&runner, &CheckRunner::checkStarted);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("no check with the id")));
    runner.rerun(QStringLiteral("bitbucket.nonsense"));
    QVERIFY(!runner.isRunning());
    QCOMPARE(started.size(), 0);
}

QTEST_GUILESS_MAIN(TestCheckRunner)
#include "tst_checkrunner.moc"
