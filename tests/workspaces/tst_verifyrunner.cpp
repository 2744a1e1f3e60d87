#include "InstallHarness.h"
#include "bitbucket/SlackLinkDirectory.h"
#include "store/Ledger.h"
#include "store/LedgerWriter.h"
#include "workspaces/VerifyRunner.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTest>
#include <QTimer>

#include <memory>

namespace {

constexpr int waitMs = 60000;

// What a run reported, in order.
struct Recorder
{
    struct Row
    {
        QString teamId;
        WorkspaceStatus status;
        QString detail;
        QDateTime checkedAt;
        bool finishedBefore;
    };

    explicit Recorder(VerifyRunner &runner)
    {
        QObject::connect(&runner, &VerifyRunner::workspaceVerified, &runner,
            [this](const QString &teamId, WorkspaceStatus status, const QString &detail,
                const QDateTime &checkedAt) {
                rows.append({teamId, status, detail, checkedAt, finished});
            });
        QObject::connect(&runner, &VerifyRunner::workspaceNotVerified, &runner,
            [this](const QString &teamId, const QString &reason) {
                notVerified.append(teamId);
                reasons.append(reason);
            });
        QObject::connect(&runner, &VerifyRunner::progress, &runner, [this](int done, int total) {
            progress.append({done, total});
        });
        QObject::connect(&runner, &VerifyRunner::throttled, &runner,
            [this](const QString &, int delayMs) { throttles.append(delayMs); });
        QObject::connect(&runner, &VerifyRunner::signInProblem, &runner,
            [this](const QString &explanation, const QString &advice) {
                signInProblems.append(explanation + u'\n' + advice);
            });
        QObject::connect(&runner, &VerifyRunner::connectionProblem, &runner,
            [this](const QString &explanation, const QString &) {
                connectionProblems.append(explanation);
            });
        QObject::connect(&runner, &VerifyRunner::ledgerWarning, &runner,
            [this](const QString &explanation) { ledgerWarnings.append(explanation); });
        QObject::connect(&runner, &VerifyRunner::finished, &runner,
            [this](bool cancelled, const VerifyRunner::Summary &result) {
                ++finishedCount;
                finished = true;
                wasCancelled = cancelled;
                summary = result;
            });
    }

    bool waitForFinished() const
    {
        return QTest::qWaitFor([this] { return finished; }, waitMs);
    }

    int count(WorkspaceStatus status) const
    {
        int n = 0;
        for (const Row &row : rows)
            n += row.status == status ? 1 : 0;
        return n;
    }

    QList<Row> rows;
    QStringList notVerified;
    QStringList reasons;
    QList<QPair<int, int>> progress;
    QList<int> throttles;
    QStringList signInProblems;
    QStringList connectionProblems;
    QStringList ledgerWarnings;
    int finishedCount = 0;
    bool finished = false;
    bool wasCancelled = false;
    VerifyRunner::Summary summary;
};

// T9SEED000001 … in the seeded order: 2 and 12 revoked, 3 Slack unreachable, 4 never issued.
QStringList seeded(int count)
{
    QStringList teamIds;
    for (int n = 1; n <= count; ++n)
        teamIds << QStringLiteral("T9SEED%1").arg(n, 6, 10, QLatin1Char('0'));
    return teamIds;
}

} // namespace

// Verify against the Bitbucket stand-in with the Slack stand-in attached: each seeded link's
// status is asked live, a bounded number at a time, through throttling, an expiring sign-in and
// cancellation, and recorded in the ledger.
class TestVerifyRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void rowsUpdateAsAnswersArrive();
    void inFlightIsBounded();
    void throttlingIsHonouredThenSucceeds();
    void throttledTooOftenIsNotVerified();
    void signInFailureStopsTheRunOnce();
    void cancelStopsPromptly();
    void resultsGoToTheLedger();
    void aLedgerThatCannotOpenOnlyWarns();
    void anEmptyListFinishes();
    void summaryCountsEachStatus();

private:
    BitbucketTarget adminTarget() const;

    std::unique_ptr<InstallHarness> m_harness;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<SlackLinkDirectory> m_directory;
    std::unique_ptr<VerifyRunner> m_runner;
};

BitbucketTarget TestVerifyRunner::adminTarget() const
{
    BitbucketTarget target;
    target.baseUrl = m_harness->bitbucket().baseUrl();
    target.caBundlePath = m_harness->bitbucket().caBundlePath();
    target.username = BitbucketSandbox::adminUser();
    target.password = BitbucketSandbox::adminPassword();
    return target;
}

void TestVerifyRunner::init()
{
    m_harness = std::make_unique<InstallHarness>();
    QString error;
    QVERIFY2(m_harness->start(&error), qPrintable(error));
    QCOMPARE(m_harness->bitbucket().seedLinks(30).size(), 30);
    m_network = std::make_unique<QNetworkAccessManager>();
    m_directory = std::make_unique<SlackLinkDirectory>(m_network.get(), adminTarget());
    m_runner = std::make_unique<VerifyRunner>(m_directory.get());
}

void TestVerifyRunner::cleanup()
{
    m_runner.reset();
    m_directory.reset();
    m_network.reset();
    m_harness.reset();
}

void TestVerifyRunner::rowsUpdateAsAnswersArrive()
{
    m_harness->bitbucket().setRequestLatency(100);
    Recorder recorder(*m_runner);
    QVERIFY(m_runner->start(seeded(12)));
    QVERIFY(m_runner->isRunning());
    QVERIFY(!m_runner->start(seeded(2))); // one run at a time
    // The first row arrives while the run goes on.
    QVERIFY(QTest::qWaitFor([&recorder] { return !recorder.rows.isEmpty(); }, waitMs));
    QVERIFY(!recorder.finished);
    QVERIFY(recorder.waitForFinished());

    QCOMPARE(recorder.rows.size(), 12);
    for (const Recorder::Row &row : std::as_const(recorder.rows)) {
        QVERIFY(!row.finishedBefore);
        QVERIFY(!row.detail.isEmpty());
        QVERIFY(row.checkedAt.isValid());
    }
    QCOMPARE(recorder.count(WorkspaceStatus::Connected), 8);
    QCOMPARE(recorder.count(WorkspaceStatus::OAuthFailure), 3);
    QCOMPARE(recorder.count(WorkspaceStatus::NotConnected), 1);
    QCOMPARE(recorder.progress.size(), 12);
    for (int i = 0; i < recorder.progress.size(); ++i)
        QCOMPARE(recorder.progress.at(i), qMakePair(i + 1, 12));

    QCOMPARE(recorder.finishedCount, 1);
    QVERIFY(!recorder.wasCancelled);
    const VerifyRunner::Summary &summary = recorder.summary;
    QCOMPARE(summary.total, 12);
    QCOMPARE(summary.checked, 12);
    QCOMPARE(summary.notChecked, 0);
    QCOMPARE(summary.counts.value(WorkspaceStatus::Connected), 8);
    QCOMPARE(summary.counts.value(WorkspaceStatus::OAuthFailure), 3);
    QCOMPARE(summary.counts.value(WorkspaceStatus::NotConnected), 1);
    QVERIFY2(summary.text.startsWith(QLatin1String("12 workspace")), qPrintable(summary.text));
    QVERIFY2(summary.text.contains(QLatin1String("8 connected")), qPrintable(summary.text));
    QVERIFY2(summary.text.contains(QLatin1String("3 OAuth failure")), qPrintable(summary.text));
    QVERIFY2(summary.text.contains(QLatin1String("1 not connected")), qPrintable(summary.text));
    QVERIFY(!summary.text.contains(QLatin1String("limited")));
    QVERIFY(!m_runner->isRunning());
}

void TestVerifyRunner::inFlightIsBounded()
{
    BitbucketSandbox &sandbox = m_harness->bitbucket();
    sandbox.setRequestLatency(150);
    sandbox.resetStatusCounters();
    m_runner->setMaxInFlight(3);
    Recorder recorder(*m_runner);
    int mostInFlight = 0;
    connect(m_runner.get(), &VerifyRunner::progress, this,
        [this, &mostInFlight] { mostInFlight = qMax(mostInFlight, m_runner->inFlight()); });
    QVERIFY(m_runner->start(seeded(15)));
    QCOMPARE(m_runner->inFlight(), 3);
    QVERIFY(recorder.waitForFinished());
    QCOMPARE(recorder.rows.size(), 15);
    QCOMPARE(sandbox.statusRequestCount(), 15);
    QVERIFY2(sandbox.peakConcurrentStatusRequests() <= 3,
        qPrintable(QString::number(sandbox.peakConcurrentStatusRequests())));
    // The bound is used, not just respected.
    QCOMPARE(sandbox.peakConcurrentStatusRequests(), 3);
    QCOMPARE(m_runner->peakInFlight(), 3);
    QVERIFY(mostInFlight <= 3);
}

void TestVerifyRunner::throttlingIsHonouredThenSucceeds()
{
    BitbucketSandbox &sandbox = m_harness->bitbucket();
    sandbox.setRateLimit(6, 1, 1); // the 6th status request gets 429, Retry-After: 1
    sandbox.resetStatusCounters();
    m_runner->setMaxInFlight(2);
    Recorder recorder(*m_runner);
    int requestsAtThrottle = -1;
    int requestsWhileWaiting = -1;
    connect(m_runner.get(), &VerifyRunner::throttled, this,
        [&sandbox, &requestsAtThrottle, &requestsWhileWaiting] {
            if (requestsAtThrottle >= 0)
                return;
            requestsAtThrottle = sandbox.statusRequestCount();
            QTimer::singleShot(800, &sandbox, [&sandbox, &requestsWhileWaiting] {
                requestsWhileWaiting = sandbox.statusRequestCount();
            });
        });
    QElapsedTimer clock;
    clock.start();
    QVERIFY(m_runner->start(seeded(8)));
    QVERIFY(recorder.waitForFinished());

    QCOMPARE(recorder.throttles.size(), 1);
    QCOMPARE(recorder.throttles.constFirst(), 1000);
    QVERIFY(clock.elapsed() >= 1000);
    // Every workspace got its status, the throttled one on its second attempt.
    QCOMPARE(recorder.rows.size(), 8);
    QVERIFY(recorder.notVerified.isEmpty());
    QCOMPARE(recorder.summary.checked, 8);
    QCOMPARE(sandbox.statusRequestCount(), 9);
    // No new request while Bitbucket asked to wait; only the one already under way arrived.
    QVERIFY(requestsWhileWaiting >= 0);
    QVERIFY2(requestsWhileWaiting <= requestsAtThrottle + 1,
        qPrintable(QStringLiteral("%1 then %2").arg(requestsAtThrottle).arg(requestsWhileWaiting)));
}

void TestVerifyRunner::throttledTooOftenIsNotVerified()
{
    m_harness->bitbucket().setRateLimit(1, 1, 0); // every request 429, Retry-After: 0
    Recorder recorder(*m_runner);
    QVERIFY(m_runner->start(seeded(2)));
    QVERIFY(recorder.waitForFinished());
    QVERIFY(recorder.rows.isEmpty());
    QCOMPARE(recorder.notVerified.size(), 2);
    QCOMPARE(recorder.throttles.size(), 2 * (VerifyRunner::maxAttempts - 1));
    QCOMPARE(m_harness->bitbucket().statusRequestCount(), 2 * VerifyRunner::maxAttempts);
    QCOMPARE(recorder.summary.notChecked, 2);
    QCOMPARE(recorder.progress.constLast(), qMakePair(2, 2));
    QVERIFY(!recorder.reasons.constFirst().isEmpty());
}

void TestVerifyRunner::signInFailureStopsTheRunOnce()
{
    BitbucketSandbox &sandbox = m_harness->bitbucket();
    sandbox.setRequestLatency(50);
    sandbox.resetStatusCounters();
    sandbox.expireSignInAfter(4);
    m_runner->setMaxInFlight(2);
    Recorder recorder(*m_runner);
    QVERIFY(m_runner->start(seeded(20)));
    QVERIFY(recorder.waitForFinished());

    QCOMPARE(recorder.signInProblems.size(), 1);
    QVERIFY(!recorder.signInProblems.constFirst().trimmed().isEmpty());
    QVERIFY(recorder.connectionProblems.isEmpty());
    // The rows answered before stay; the rest are left as they were, not marked.
    QVERIFY2(recorder.rows.size() <= 4, qPrintable(QString::number(recorder.rows.size())));
    QVERIFY(recorder.notVerified.isEmpty());
    QVERIFY(!recorder.wasCancelled);
    QVERIFY(recorder.summary.stopped);
    QCOMPARE(recorder.summary.total, 20);
    QVERIFY(recorder.summary.checked < 20);
    QVERIFY(recorder.summary.text.contains(QLatin1String("of 20")));
    QCOMPARE(m_runner->inFlight(), 0);
    // Nothing further is asked or reported (one sent just before may still arrive).
    QTest::qWait(300);
    const int asked = sandbox.statusRequestCount();
    QTest::qWait(400);
    QCOMPARE(sandbox.statusRequestCount(), asked);
    QVERIFY(asked <= 6);
    QCOMPARE(recorder.finishedCount, 1);
    QCOMPARE(recorder.signInProblems.size(), 1);
}

void TestVerifyRunner::cancelStopsPromptly()
{
    BitbucketSandbox &sandbox = m_harness->bitbucket();
    sandbox.setRequestLatency(300);
    sandbox.resetStatusCounters();
    m_runner->setMaxInFlight(3);
    Recorder recorder(*m_runner);
    QVERIFY(m_runner->start(seeded(12)));
    QVERIFY(QTest::qWaitFor([&recorder] { return !recorder.rows.isEmpty(); }, waitMs));
    const int rowsBefore = int(recorder.rows.size());
    m_runner->cancel();
    // At once, not after the requests under way.
    QVERIFY(recorder.finished);
    QVERIFY(recorder.wasCancelled);
    QVERIFY(recorder.summary.cancelled);
    QVERIFY(!m_runner->isRunning());
    QCOMPARE(m_runner->inFlight(), 0);
    // A request sent just before cancel() may still reach the server; none is sent after.
    QTest::qWait(300);
    const int asked = sandbox.statusRequestCount();
    QVERIFY2(asked <= rowsBefore + 3, qPrintable(QString::number(asked)));
    QTest::qWait(500);
    QCOMPARE(recorder.rows.size(), rowsBefore);
    QCOMPARE(sandbox.statusRequestCount(), asked);
    QCOMPARE(recorder.finishedCount, 1);
    QVERIFY(recorder.summary.text.contains(QLatin1String("of 12")));
    // The runner can start again.
    Recorder again(*m_runner);
    QVERIFY(m_runner->start(seeded(1)));
    QVERIFY(again.waitForFinished());
    QCOMPARE(again.rows.size(), 1);
}

void TestVerifyRunner::resultsGoToTheLedger()
{
    const QString path = m_harness->ledger().path();
    m_runner->setLedgerPath(path);
    m_runner->setAppId(SlackSandbox::healthyAppId());
    QVERIFY(m_runner->ledgerWriter());
    Recorder recorder(*m_runner);
    QVERIFY(m_runner->start(seeded(4), {{QStringLiteral("T9SEED000001"), QStringLiteral("One")}}));
    QVERIFY(recorder.waitForFinished());
    QVERIFY(m_runner->ledgerWriter()->flush());
    QVERIFY(recorder.ledgerWarnings.isEmpty());

    // Read back on this thread, through the harness's own connection to the same file.
    const auto events = m_harness->ledger().latestPerTeam(Ledger::Kind::Verification);
    QVERIFY2(events, qPrintable(m_harness->ledger().problem().explanation));
    QCOMPARE(events->size(), 4);
    QHash<QString, Ledger::Event> byTeam;
    for (const Ledger::Event &event : *events)
        byTeam.insert(event.teamId, event);
    const Ledger::Event connected = byTeam.value(QStringLiteral("T9SEED000001"));
    QCOMPARE(connected.kind, Ledger::Kind::Verification);
    QCOMPARE(connected.outcome, Ledger::Outcome::Succeeded);
    QCOMPARE(connected.detail, QStringLiteral("connected"));
    QCOMPARE(connected.teamName, QStringLiteral("One"));
    QCOMPARE(connected.appId, SlackSandbox::healthyAppId());
    const Ledger::Event revoked = byTeam.value(QStringLiteral("T9SEED000002"));
    QCOMPARE(revoked.outcome, Ledger::Outcome::Failed);
    QCOMPARE(revoked.detail, QStringLiteral("oauth-failure"));
    QCOMPARE(byTeam.value(QStringLiteral("T9SEED000003")).detail, QStringLiteral("not-connected"));
}

void TestVerifyRunner::aLedgerThatCannotOpenOnlyWarns()
{
    m_runner->setLedgerPath(QStringLiteral("/proc/no-such-folder/ledger.sqlite"));
    Recorder recorder(*m_runner);
    QVERIFY(m_runner->start(seeded(3)));
    QVERIFY(recorder.waitForFinished());
    QCOMPARE(recorder.rows.size(), 3);
    QVERIFY(QTest::qWaitFor([&recorder] { return !recorder.ledgerWarnings.isEmpty(); }, waitMs));
    QCOMPARE(recorder.ledgerWarnings.size(), 1);
}

void TestVerifyRunner::anEmptyListFinishes()
{
    Recorder recorder(*m_runner);
    QVERIFY(m_runner->start({}));
    QVERIFY(!recorder.finished); // later, from the event loop
    QVERIFY(recorder.waitForFinished());
    QCOMPARE(recorder.summary.total, 0);
    QVERIFY(!recorder.summary.text.isEmpty());
}

void TestVerifyRunner::summaryCountsEachStatus()
{
    VerifyRunner::Summary summary;
    summary.total = 12;
    summary.checked = 12;
    summary.counts[WorkspaceStatus::Connected] = 10;
    summary.counts[WorkspaceStatus::Limited] = 1;
    summary.counts[WorkspaceStatus::OAuthFailure] = 1;
    const QString text = VerifyRunner::summaryText(summary);
    QVERIFY2(text.startsWith(QLatin1String("12 workspace")), qPrintable(text));
    QVERIFY2(
        text.contains(QLatin1String("10 connected, 1 limited, 1 OAuth failure")), qPrintable(text));

    summary.cancelled = true;
    summary.checked = 5;
    summary.counts.clear();
    summary.counts[WorkspaceStatus::Connected] = 5;
    const QString cancelled = VerifyRunner::summaryText(summary);
    QVERIFY2(cancelled.contains(QLatin1String("5 of 12")), qPrintable(cancelled));
}

QTEST_MAIN(TestVerifyRunner)
#include "tst_verifyrunner.moc"
