#include "CannedServer.h"
#include "CheckHarness.h"
#include "InstallHarness.h"
#include "bitbucket/SlackLinkDirectory.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTest>

#include <memory>
#include <optional>

using Problem = SlackLinkDirectory::StatusResult::Problem;
using Fault = BitbucketSandbox::Fault;

namespace {

constexpr int waitMs = 40000;

BitbucketTarget targetOf(BitbucketSandbox &sandbox, const QString &user, const QString &password)
{
    BitbucketTarget target;
    target.baseUrl = sandbox.baseUrl();
    target.caBundlePath = sandbox.caBundlePath();
    target.username = user;
    target.password = password;
    return target;
}

std::optional<SlackLinkDirectory::ListResult> listOf(const BitbucketTarget &target)
{
    QNetworkAccessManager network;
    SlackLinkDirectory directory(&network, target);
    std::optional<SlackLinkDirectory::ListResult> result;
    directory.list([&result](const SlackLinkDirectory::ListResult &answer) { result = answer; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, waitMs))
        return std::nullopt;
    return result;
}

std::optional<SlackLinkDirectory::StatusResult> statusOf(
    const BitbucketTarget &target, const QString &teamId)
{
    QNetworkAccessManager network;
    SlackLinkDirectory directory(&network, target);
    std::optional<SlackLinkDirectory::StatusResult> result;
    directory.status(
        teamId, [&result](const SlackLinkDirectory::StatusResult &answer) { result = answer; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, waitMs))
        return std::nullopt;
    return result;
}

std::optional<SlackLinkDirectory::RemoveResult> removeOf(
    const BitbucketTarget &target, const QString &teamId)
{
    QNetworkAccessManager network;
    SlackLinkDirectory directory(&network, target);
    std::optional<SlackLinkDirectory::RemoveResult> result;
    directory.remove(
        teamId, [&result](const SlackLinkDirectory::RemoveResult &answer) { result = answer; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, waitMs))
        return std::nullopt;
    return result;
}

QString explain(const SlackLinkDirectory::StatusResult &result)
{
    return QStringLiteral("status=%1 problem=%2 http=%3 key=%4 code=%5\n%6\n%7")
        .arg(WorkspaceStatusNames::code(result.status))
        .arg(int(result.problem))
        .arg(result.httpStatus)
        .arg(result.key, result.failure.code, result.detail, result.failure.advice);
}

// Seeded links and what they are (BitbucketSandbox::seedLinks).
const QString healthy = QStringLiteral("T9SEED000001");
const QString revoked = QStringLiteral("T9SEED000002");
const QString unreachable = QStringLiteral("T9SEED000003");
const QString neverIssued = QStringLiteral("T9SEED000004");
const QString noConfigurationUrl = QStringLiteral("T9SEED000009");

} // namespace

// The read and remove side of the Slack integration's REST API, against the Bitbucket stand-in
// with the Slack stand-in attached (so the status check really asks auth.test), and against
// CannedServer for answers the stand-in does not give.
class TestSlackLinkDirectory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void listReadsEveryLinkWithNullsAsEmpty();
    void listRefusalsAreToldApart();
    void listWithoutTheIntegrationIs404();
    void statusMapsEachAnswer_data();
    void statusMapsEachAnswer();
    void partiallyConnectedIsLimited();
    void unparseableAnswerIsUnknown();
    void signInProblemIsNotARowStatus_data();
    void signInProblemIsNotARowStatus();
    void expiredSignInMidwayIsASignInProblem();
    void throttlingCarriesRetryAfter();
    void retryAfterReadsSecondsAndDates();
    void judgeStatusReadsAnHttpDate();
    void manyStatusRequestsRunAtOnce();
    void anUntrustedCertificateIsNeverIgnored();
    void aClosedPortIsANetworkProblem();
    void removeDeletesWithAJsonBody();
    void removeNeedsAnAdministrator();
    void removeFailureIs400();
    void abortAndDestructionSilenceCallbacks();

private:
    std::unique_ptr<InstallHarness> m_harness;
    BitbucketTarget m_admin;
};

void TestSlackLinkDirectory::initTestCase()
{
    m_harness = std::make_unique<InstallHarness>();
    QString error;
    QVERIFY2(m_harness->start(&error), qPrintable(error));
    QCOMPARE(m_harness->bitbucket().seedLinks(30).size(), 30);
    m_admin = targetOf(
        m_harness->bitbucket(), BitbucketSandbox::adminUser(), BitbucketSandbox::adminPassword());
}

void TestSlackLinkDirectory::init()
{
    BitbucketSandbox &sandbox = m_harness->bitbucket();
    sandbox.setRateLimit(0);
    sandbox.expireSignInAfter(-1);
    sandbox.setSlackEverReached(true);
    sandbox.setRequestLatency(0);
    sandbox.resetStatusCounters();
}

void TestSlackLinkDirectory::listReadsEveryLinkWithNullsAsEmpty()
{
    const auto result = listOf(m_admin);
    QVERIFY(result);
    QVERIFY2(result->ok, qPrintable(result->failure.explanation));
    QVERIFY(result->links.size() >= 30);
    QStringList teamIds;
    for (const LinkSummary &link : result->links) {
        teamIds << link.teamId;
        QVERIFY(!link.teamName.isEmpty());
        QVERIFY(!link.botUserId.isEmpty());
        QVERIFY(link.connectionError.isEmpty()); // null in Bitbucket's answer
        if (link.teamId == noConfigurationUrl)
            QVERIFY(link.appConfigurationUrl.isEmpty());
        if (link.teamId == healthy)
            QVERIFY(link.appConfigurationUrl.startsWith(QLatin1String("https://")));
    }
    QVERIFY(teamIds.contains(healthy));
    QVERIFY(teamIds.contains(noConfigurationUrl));
}

void TestSlackLinkDirectory::listRefusalsAreToldApart()
{
    BitbucketTarget anonymous = m_admin;
    anonymous.username.clear();
    anonymous.password.clear();
    auto result = listOf(anonymous);
    QVERIFY(result);
    QVERIFY(!result->ok);
    QCOMPARE(result->failure.httpStatus, 401);
    QCOMPARE(result->failure.code, QStringLiteral("bitbucket_not_signed_in"));
    QVERIFY(!result->failure.advice.isEmpty());

    BitbucketTarget wrong = m_admin;
    wrong.password = QStringLiteral("not-the-password");
    result = listOf(wrong);
    QVERIFY(result);
    QVERIFY(!result->ok);
    QCOMPARE(result->failure.code, QStringLiteral("bitbucket_wrong_password"));
}

void TestSlackLinkDirectory::listWithoutTheIntegrationIs404()
{
    CheckHarness harness({Fault::NoSlackIntegration});
    QString error;
    QVERIFY2(harness.start(&error), qPrintable(error));
    const auto result = listOf(harness.adminTarget());
    QVERIFY(result);
    QVERIFY(!result->ok);
    QCOMPARE(result->failure.httpStatus, 404);
    QCOMPARE(result->failure.code, QStringLiteral("bitbucket_no_integration"));
}

void TestSlackLinkDirectory::statusMapsEachAnswer_data()
{
    QTest::addColumn<QString>("teamId");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<WorkspaceStatus>("status");
    QTest::addColumn<QString>("key");
    QTest::newRow("connected") << healthy << 200 << WorkspaceStatus::Connected
                               << QStringLiteral("CONNECTED");
    QTest::newRow("revoked bot token")
        << revoked << 401 << WorkspaceStatus::OAuthFailure << QStringLiteral("OAUTH_FAILURE");
    QTest::newRow("token Slack never issued")
        << neverIssued << 401 << WorkspaceStatus::OAuthFailure << QStringLiteral("OAUTH_FAILURE");
    QTest::newRow("Slack unreachable")
        << unreachable << 502 << WorkspaceStatus::NotConnected << QStringLiteral("NO_CONNECTION");
    QTest::newRow("no such link") << QStringLiteral("T0NOSUCHLINK") << 401
                                  << WorkspaceStatus::Unknown << QStringLiteral("UNKNOWN");
}

void TestSlackLinkDirectory::statusMapsEachAnswer()
{
    QFETCH(QString, teamId);
    QFETCH(int, httpStatus);
    QFETCH(WorkspaceStatus, status);
    QFETCH(QString, key);
    const auto result = statusOf(m_admin, teamId);
    QVERIFY(result);
    QVERIFY2(result->isRowStatus(), qPrintable(explain(*result)));
    QCOMPARE(result->teamId, teamId);
    QCOMPARE(result->httpStatus, httpStatus);
    QCOMPARE(result->status, status);
    QCOMPARE(result->key, key);
    QVERIFY(!result->detail.isEmpty());
    QVERIFY(result->checkedAt.isValid());
    QCOMPARE(result->checkedAt.timeSpec(), Qt::UTC);
}

void TestSlackLinkDirectory::partiallyConnectedIsLimited()
{
    m_harness->bitbucket().setSlackEverReached(false);
    auto result = statusOf(m_admin, healthy);
    QVERIFY(result);
    QCOMPARE(result->status, WorkspaceStatus::Limited);
    QCOMPARE(result->key, QStringLiteral("PARTIALLY_CONNECTED"));
    // A refused token is refused whether or not Slack ever reached the instance.
    result = statusOf(m_admin, revoked);
    QVERIFY(result);
    QCOMPARE(result->status, WorkspaceStatus::OAuthFailure);
}

void TestSlackLinkDirectory::unparseableAnswerIsUnknown()
{
    CannedServer server;
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    server.setAnswer(QStringLiteral("/rest/slack/latest/connection-status/T0ODD"),
        {200, "text/html", "<html><body>Maintenance</body></html>", {}});
    server.setAnswer(QStringLiteral("/rest/slack/latest/connection-status/T0PROXY"),
        {502, "text/html", "<html><body>Bad gateway</body></html>", {}});
    for (const QString &teamId : {QStringLiteral("T0ODD"), QStringLiteral("T0PROXY")}) {
        const auto result = statusOf(server.adminTarget(QString()), teamId);
        QVERIFY(result);
        QVERIFY2(result->isRowStatus(), qPrintable(explain(*result)));
        QCOMPARE(result->status, WorkspaceStatus::Unknown);
        QVERIFY(result->key.isEmpty());
        QVERIFY(!result->detail.isEmpty());
    }
}

void TestSlackLinkDirectory::signInProblemIsNotARowStatus_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("code");
    QTest::newRow("anonymous") << QString() << QString()
                               << QStringLiteral("bitbucket_not_signed_in");
    QTest::newRow("wrong password") << BitbucketSandbox::adminUser() << QStringLiteral("nope")
                                    << QStringLiteral("bitbucket_wrong_password");
}

void TestSlackLinkDirectory::signInProblemIsNotARowStatus()
{
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, code);
    const auto result = statusOf(targetOf(m_harness->bitbucket(), user, password), healthy);
    QVERIFY(result);
    QVERIFY(!result->isRowStatus());
    QCOMPARE(result->problem, Problem::SignIn);
    QCOMPARE(result->httpStatus, 401);
    QCOMPARE(result->failure.code, code);
    QVERIFY(!result->failure.explanation.isEmpty());
    QVERIFY(!result->failure.advice.isEmpty());
}

void TestSlackLinkDirectory::expiredSignInMidwayIsASignInProblem()
{
    m_harness->bitbucket().expireSignInAfter(2);
    for (int i = 0; i < 2; ++i) {
        const auto result = statusOf(m_admin, healthy);
        QVERIFY(result);
        QCOMPARE(result->status, WorkspaceStatus::Connected);
    }
    const auto result = statusOf(m_admin, healthy);
    QVERIFY(result);
    QCOMPARE(result->problem, Problem::SignIn);
    QCOMPARE(result->httpStatus, 401);
    QVERIFY(result->key.isEmpty());
}

void TestSlackLinkDirectory::throttlingCarriesRetryAfter()
{
    m_harness->bitbucket().setRateLimit(2, 1, 1);
    auto result = statusOf(m_admin, healthy);
    QVERIFY(result);
    QCOMPARE(result->status, WorkspaceStatus::Connected);
    result = statusOf(m_admin, healthy);
    QVERIFY(result);
    QCOMPARE(result->problem, Problem::RateLimited);
    QCOMPARE(result->httpStatus, 429);
    QVERIFY(result->retryAfter.has_value());
    QCOMPARE(result->retryAfter->count(), 1000);
    QVERIFY(!result->failure.explanation.isEmpty());
}

void TestSlackLinkDirectory::retryAfterReadsSecondsAndDates()
{
    const QDateTime now(QDate(2024, 3, 1), QTime(12, 0, 0), Qt::UTC);
    using std::chrono::milliseconds;
    QCOMPARE(SlackLinkDirectory::parseRetryAfter("1", now), milliseconds(1000));
    QCOMPARE(SlackLinkDirectory::parseRetryAfter(" 120 ", now), milliseconds(120000));
    QCOMPARE(SlackLinkDirectory::parseRetryAfter("Fri, 01 Mar 2024 12:00:30 GMT", now),
        milliseconds(30000));
    QCOMPARE(SlackLinkDirectory::parseRetryAfter("Friday, 01-Mar-24 12:01:00 GMT", now),
        milliseconds(60000));
    QCOMPARE(
        SlackLinkDirectory::parseRetryAfter("Fri Mar  1 12:00:05 2024", now), milliseconds(5000));
    // In the past: ask again now.
    QCOMPARE(
        SlackLinkDirectory::parseRetryAfter("Fri, 01 Mar 2024 11:00:00 GMT", now), milliseconds(0));
    QCOMPARE(
        SlackLinkDirectory::parseRetryAfter("999999999", now), SlackLinkDirectory::maxRetryAfter);
    QVERIFY(!SlackLinkDirectory::parseRetryAfter("", now));
    QVERIFY(!SlackLinkDirectory::parseRetryAfter("-5", now));
    QVERIFY(!SlackLinkDirectory::parseRetryAfter("soon", now));
}

void TestSlackLinkDirectory::judgeStatusReadsAnHttpDate()
{
    const QDateTime now(QDate(2024, 3, 1), QTime(12, 0, 0), Qt::UTC);
    HttpAnswer answer;
    answer.url = QUrl(QStringLiteral("https://bitbucket.example.com/rest/slack/latest/"
                                     "connection-status/T0ACME"));
    answer.status = 429;
    const auto result = SlackLinkDirectory::judgeStatus(
        QStringLiteral("T0ACME"), answer, "Fri, 01 Mar 2024 12:00:02 GMT", now);
    QCOMPARE(result.problem, Problem::RateLimited);
    QVERIFY(result.retryAfter);
    QCOMPARE(result.retryAfter->count(), 2000);
}

void TestSlackLinkDirectory::manyStatusRequestsRunAtOnce()
{
    BitbucketSandbox &sandbox = m_harness->bitbucket();
    sandbox.setRequestLatency(300);
    QNetworkAccessManager network;
    SlackLinkDirectory directory(&network, m_admin);
    QHash<QString, SlackLinkDirectory::StatusResult> results;
    const QStringList teamIds {healthy, revoked, unreachable, neverIssued};
    QElapsedTimer clock;
    clock.start();
    for (const QString &teamId : teamIds) {
        directory.status(teamId, [&results, teamId](const SlackLinkDirectory::StatusResult &r) {
            QCOMPARE(r.teamId, teamId);
            results.insert(teamId, r);
        });
    }
    QCOMPARE(directory.pendingCount(), 4);
    QVERIFY(QTest::qWaitFor([&results] { return results.size() == 4; }, waitMs));
    QCOMPARE(directory.pendingCount(), 0);
    QCOMPARE(results.value(healthy).status, WorkspaceStatus::Connected);
    QCOMPARE(results.value(revoked).status, WorkspaceStatus::OAuthFailure);
    QCOMPARE(results.value(unreachable).status, WorkspaceStatus::NotConnected);
    QCOMPARE(results.value(neverIssued).status, WorkspaceStatus::OAuthFailure);
    QCOMPARE(sandbox.statusRequestCount(), 4);
    QVERIFY2(sandbox.peakConcurrentStatusRequests() > 1,
        qPrintable(QString::number(sandbox.peakConcurrentStatusRequests())));
    // Together, not one after another (4 × 300 ms).
    QVERIFY2(clock.elapsed() < 1200, qPrintable(QString::number(clock.elapsed())));
}

void TestSlackLinkDirectory::anUntrustedCertificateIsNeverIgnored()
{
    BitbucketTarget untrusting = m_admin;
    untrusting.caBundlePath.clear();
    const auto result = statusOf(untrusting, healthy);
    QVERIFY(result);
    QCOMPARE(result->problem, Problem::Tls);
    QCOMPARE(result->httpStatus, 0);
    QCOMPARE(result->failure.code, QStringLiteral("bitbucket_tls"));
    QVERIFY(!result->failure.advice.isEmpty());
    const auto list = listOf(untrusting);
    QVERIFY(list);
    QVERIFY(!list->ok);
    QCOMPARE(list->failure.code, QStringLiteral("bitbucket_tls"));
}

void TestSlackLinkDirectory::aClosedPortIsANetworkProblem()
{
    BitbucketTarget closed = m_admin;
    QUrl url = closed.baseUrl;
    url.setPort(1); // nothing listens on port 1 of 127.0.0.1
    closed.baseUrl = url;
    const auto result = statusOf(closed, healthy);
    QVERIFY(result);
    QCOMPARE(result->problem, Problem::Network);
    QCOMPARE(result->networkError, QNetworkReply::ConnectionRefusedError);
    QCOMPARE(result->failure.code, QStringLiteral("bitbucket_unreachable"));
}

void TestSlackLinkDirectory::removeDeletesWithAJsonBody()
{
    BitbucketSandbox &sandbox = m_harness->bitbucket();
    const QString teamId = sandbox.seedLinks(1).constFirst();
    QVERIFY(sandbox.linkedTeamIds().contains(teamId));
    const auto result = removeOf(m_admin, teamId);
    QVERIFY(result);
    QVERIFY2(result->ok, qPrintable(result->failure.explanation));
    QVERIFY(!sandbox.linkedTeamIds().contains(teamId));

    // What goes over the wire.
    CannedServer server;
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    server.setAnswer(QStringLiteral("/rest/slack/latest/connection/T0ACME"), {204, {}, {}, {}});
    const auto canned = removeOf(server.adminTarget(QString()), QStringLiteral("T0ACME"));
    QVERIFY(canned);
    QVERIFY(canned->ok);
    const CannedServer::Request request = server.requests().constFirst();
    // CannedServer tells only POST from the rest; the stand-in above proved the DELETE.
    QCOMPARE(request.header("Content-Type"), QByteArrayLiteral("application/json"));
    QCOMPARE(request.body, QByteArrayLiteral("{}"));
}

void TestSlackLinkDirectory::removeNeedsAnAdministrator()
{
    const auto result = removeOf(targetOf(m_harness->bitbucket(), BitbucketSandbox::plainUser(),
                                     BitbucketSandbox::plainUserPassword()),
        healthy);
    QVERIFY(result);
    QVERIFY(!result->ok);
    QCOMPARE(result->failure.httpStatus, 401);
    QCOMPARE(result->failure.code, QStringLiteral("bitbucket_not_admin"));
    QVERIFY(m_harness->bitbucket().linkedTeamIds().contains(healthy));
}

void TestSlackLinkDirectory::removeFailureIs400()
{
    CannedServer server;
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    server.setAnswer(QStringLiteral("/rest/slack/latest/connection/T0ACME"), {400, {}, {}, {}});
    const auto result = removeOf(server.adminTarget(QString()), QStringLiteral("T0ACME"));
    QVERIFY(result);
    QVERIFY(!result->ok);
    QCOMPARE(result->failure.httpStatus, 400);
    QCOMPARE(result->failure.code, QStringLiteral("bitbucket_400"));
    QVERIFY(!result->failure.explanation.isEmpty());
}

void TestSlackLinkDirectory::abortAndDestructionSilenceCallbacks()
{
    m_harness->bitbucket().setRequestLatency(200);
    QNetworkAccessManager network;
    int calls = 0;
    {
        SlackLinkDirectory directory(&network, m_admin);
        const auto id = directory.status(
            healthy, [&calls](const SlackLinkDirectory::StatusResult &) { ++calls; });
        directory.status(healthy, [&calls](const SlackLinkDirectory::StatusResult &) { ++calls; });
        directory.abort(id);
        QCOMPARE(directory.pendingCount(), 1);
    }
    // A refusal that would come from the event loop is silenced as well.
    {
        BitbucketTarget badBundle = m_admin;
        badBundle.caBundlePath = QStringLiteral("/nonexistent/bundle.pem");
        SlackLinkDirectory directory(&network, badBundle);
        directory.list([&calls](const SlackLinkDirectory::ListResult &) { ++calls; });
    }
    QTest::qWait(600);
    QCOMPARE(calls, 0);

    BitbucketTarget badBundle = m_admin;
    badBundle.caBundlePath = QStringLiteral("/nonexistent/bundle.pem");
    const auto result = statusOf(badBundle, healthy);
    QVERIFY(result);
    QCOMPARE(result->problem, Problem::Network);
    QCOMPARE(result->failure.code, QStringLiteral("ca_bundle_unusable"));
}

QTEST_MAIN(TestSlackLinkDirectory)
#include "tst_slacklinkdirectory.moc"
