#include "HangingSecretStore.h"
#include "SlackApiHarness.h"
#include "slackapi/ConfigTokenSession.h"

#include <QTcpServer>
#include <QTest>

using Problem = ConfigTokenSession::Problem;
using Outcome = ConfigTokenSession::Outcome;

namespace {

const QString rotateMethod = QStringLiteral("tooling.tokens.rotate");
const std::chrono::seconds twelveHours {12 * 3600};
const std::chrono::seconds oneHour {3600}; // inside the two-hour rotation margin

} // namespace

class TestConfigTokenSession : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void noTokenSaved();
    void tokenWithTimeLeftIsNotRotated();
    void tokenOfUnknownExpiryIsUsedUntilRejected();
    void rotatesBeforeExpiry();
    void savesBeforeSendingAndBeforeHandingOut();
    void concurrentCallersShareOneRotation();
    void refreshTokenUsedTwice();
    void crashBetweenSendingAndSaving_data();
    void crashBetweenSendingAndSaving();
    void answerLostAfterSending();
    void slackUnreachableSendsNothing();
    void revokedDuringRotation();
    void revokedReportedByACall();
    void expiredWithoutRefreshToken();
    void keychainUnavailableWithoutToken();
    void keychainUnavailableKeepsTokenForTheSession();
    void keychainUnavailableRefusesRotation();
    void keychainUnavailableAndExpired();
    void newPairThatCannotBeSavedIsNotHandedOut();
    void replaceStartsAfresh();
    void tokenOfAnEarlierVersionIsRead();
    void nothingIsDeliveredOnceTheContextIsGone();

private:
    std::optional<Outcome> accessToken(ConfigTokenSession &session);
    std::optional<Outcome> replace(ConfigTokenSession &session, const ConfigToken &token);
    ConfigToken stored() const;
    int rotateCalls() const { return m_harness->slack().callCount(rotateMethod); }
    bool worksWithSlack(const QString &accessToken);

    std::unique_ptr<SlackApiHarness> m_harness;
    std::unique_ptr<HangingSecretStore> m_store;
    std::unique_ptr<ConfigTokenSession> m_session;
};

void TestConfigTokenSession::init()
{
    m_harness = std::make_unique<SlackApiHarness>();
    QString error;
    QVERIFY2(m_harness->start(&error), qPrintable(error));
    m_store = std::make_unique<HangingSecretStore>();
    m_session = std::make_unique<ConfigTokenSession>(&m_harness->client(), m_store.get());
}

void TestConfigTokenSession::cleanup()
{
    m_session.reset();
    m_store.reset();
    m_harness.reset();
}

std::optional<Outcome> TestConfigTokenSession::accessToken(ConfigTokenSession &session)
{
    std::optional<Outcome> outcome;
    session.accessToken(this, [&outcome](const Outcome &answer) { outcome = answer; });
    SlackApiHarness::waitFor(outcome);
    return outcome;
}

std::optional<Outcome> TestConfigTokenSession::replace(
    ConfigTokenSession &session, const ConfigToken &token)
{
    std::optional<Outcome> outcome;
    session.replace(token, this, [&outcome](const Outcome &answer) { outcome = answer; });
    SlackApiHarness::waitFor(outcome);
    return outcome;
}

ConfigToken TestConfigTokenSession::stored() const
{
    return ConfigToken::fromStored(m_store->contents().value(SecretKey::slackConfigToken));
}

bool TestConfigTokenSession::worksWithSlack(const QString &accessToken)
{
    QUrlQuery arguments;
    arguments.addQueryItem(QStringLiteral("app_id"), SlackSandbox::healthyAppId());
    const auto reply =
        m_harness->call(QStringLiteral("apps.manifest.export"), arguments, accessToken);
    return reply && reply->ok;
}

void TestConfigTokenSession::noTokenSaved()
{
    const auto outcome = accessToken(*m_session);
    QVERIFY(outcome);
    QCOMPARE(outcome->problem, Problem::NoToken);
    QVERIFY(outcome->accessToken.isEmpty());
    QVERIFY(outcome->message.contains(QLatin1String("Connect page")));
}

void TestConfigTokenSession::tokenWithTimeLeftIsNotRotated()
{
    const ConfigToken pair = m_harness->issue(twelveHours);
    const auto replaced = replace(*m_session, pair);
    QVERIFY(replaced);
    QCOMPARE(replaced->problem, Problem::None);
    QVERIFY(stored() == pair);

    const auto outcome = accessToken(*m_session);
    QVERIFY(outcome);
    QCOMPARE(outcome->problem, Problem::None);
    QCOMPARE(outcome->accessToken, pair.accessToken);
    QVERIFY(outcome->message.isEmpty());
    QCOMPARE(rotateCalls(), 0);
}

void TestConfigTokenSession::tokenOfUnknownExpiryIsUsedUntilRejected()
{
    const ConfigToken issued = m_harness->issue(oneHour);
    // Pasted: the program cannot know that it has less than the margin left.
    const ConfigToken pasted = ConfigToken::fromPasted(issued.accessToken, issued.refreshToken);
    QVERIFY(replace(*m_session, pasted));
    const auto first = accessToken(*m_session);
    QVERIFY(first);
    QCOMPARE(first->accessToken, issued.accessToken);
    QCOMPARE(rotateCalls(), 0);

    m_harness->slack().expireAccessToken(issued.accessToken);
    QVERIFY(!worksWithSlack(issued.accessToken));
    m_session->reportRejected(QStringLiteral("token_expired"));
    const auto second = accessToken(*m_session);
    QVERIFY(second);
    QCOMPARE(second->problem, Problem::None);
    QVERIFY(second->accessToken != issued.accessToken);
    QCOMPARE(rotateCalls(), 1);
    QVERIFY(worksWithSlack(second->accessToken));
    QVERIFY(stored().expiresAt.isValid());
}

void TestConfigTokenSession::rotatesBeforeExpiry()
{
    const ConfigToken pair = m_harness->issue(oneHour);
    QVERIFY(replace(*m_session, pair));
    const auto outcome = accessToken(*m_session);
    QVERIFY(outcome);
    QCOMPARE(outcome->problem, Problem::None);
    QVERIFY(outcome->accessToken != pair.accessToken);
    QCOMPARE(rotateCalls(), 1);
    QCOMPARE(m_harness->slack().rotationCount(), 1);
    QVERIFY(worksWithSlack(outcome->accessToken));

    const ConfigToken saved = stored();
    QCOMPARE(saved.accessToken, outcome->accessToken);
    QVERIFY(saved.refreshToken != pair.refreshToken);
    QVERIFY(!saved.refreshInFlight);
    const qint64 lifetime = QDateTime::currentDateTimeUtc().secsTo(saved.expiresAt);
    QVERIFY2(lifetime > twelveHours.count() - 60 && lifetime <= twelveHours.count(),
        qPrintable(QString::number(lifetime)));

    // The new token has most of its life ahead: no second rotation.
    const auto again = accessToken(*m_session);
    QVERIFY(again);
    QCOMPARE(again->accessToken, outcome->accessToken);
    QCOMPARE(rotateCalls(), 1);
}

void TestConfigTokenSession::savesBeforeSendingAndBeforeHandingOut()
{
    const ConfigToken pair = m_harness->issue(oneHour);
    QVERIFY(replace(*m_session, pair));

    std::optional<ConfigToken> whenSent;
    connect(&m_harness->slack(), &SlackSandbox::methodCalled, this,
        [this, &whenSent](const QString &method) {
            if (method == rotateMethod)
                whenSent = stored();
        });
    std::optional<ConfigToken> whenHandedOut;
    std::optional<Outcome> outcome;
    m_session->accessToken(this, [this, &outcome, &whenHandedOut](const Outcome &answer) {
        whenHandedOut = stored();
        outcome = answer;
    });
    QVERIFY(SlackApiHarness::waitFor(outcome));

    QVERIFY(whenSent);
    QCOMPARE(whenSent->refreshToken, pair.refreshToken);
    QVERIFY(whenSent->refreshInFlight);
    QVERIFY(whenHandedOut);
    QCOMPARE(whenHandedOut->accessToken, outcome->accessToken);
    QVERIFY(!whenHandedOut->refreshInFlight);
}

void TestConfigTokenSession::concurrentCallersShareOneRotation()
{
    QVERIFY(replace(*m_session, m_harness->issue(oneHour)));
    QObject first;
    QObject second;
    std::optional<Outcome> firstOutcome;
    std::optional<Outcome> secondOutcome;
    m_session->accessToken(&first, [&firstOutcome](const Outcome &o) { firstOutcome = o; });
    m_session->accessToken(&second, [&secondOutcome](const Outcome &o) { secondOutcome = o; });
    QVERIFY(SlackApiHarness::waitFor(firstOutcome));
    QVERIFY(SlackApiHarness::waitFor(secondOutcome));
    QCOMPARE(firstOutcome->problem, Problem::None);
    QCOMPARE(secondOutcome->problem, Problem::None);
    QCOMPARE(firstOutcome->accessToken, secondOutcome->accessToken);
    QCOMPARE(rotateCalls(), 1);

    // A second session on the same keychain picks up the saved pair, with no rotation of its own.
    ConfigTokenSession other(&m_harness->client(), m_store.get());
    const auto third = accessToken(other);
    QVERIFY(third);
    QCOMPARE(third->accessToken, firstOutcome->accessToken);
    QCOMPARE(rotateCalls(), 1);
}

void TestConfigTokenSession::refreshTokenUsedTwice()
{
    const ConfigToken pair = m_harness->issue(oneHour);
    QVERIFY(replace(*m_session, pair));
    // Another copy of the program, or a script, used the refresh token first.
    QString error;
    QVERIFY(!m_harness->slack().rotate(pair.refreshToken, &error).accessToken.isEmpty());

    const auto outcome = accessToken(*m_session);
    QVERIFY(outcome);
    QCOMPARE(outcome->problem, Problem::InvalidRefreshToken);
    QVERIFY(outcome->accessToken.isEmpty());
    QVERIFY2(outcome->message.contains(QLatin1String("api.slack.com/apps")),
        qPrintable(outcome->message));
    QVERIFY(outcome->message.contains(QLatin1String("Connect page")));
    QCOMPARE(rotateCalls(), 1);
    QCOMPARE(stored().rejectedWith, QStringLiteral("invalid_refresh_token"));
    QVERIFY(!stored().refreshInFlight);

    // Asked again, in this session or the next, it is not sent again.
    const auto again = accessToken(*m_session);
    QVERIFY(again);
    QCOMPARE(again->problem, Problem::InvalidRefreshToken);
    ConfigTokenSession next(&m_harness->client(), m_store.get());
    const auto later = accessToken(next);
    QVERIFY(later);
    QCOMPARE(later->problem, Problem::InvalidRefreshToken);
    QCOMPARE(rotateCalls(), 1);
}

void TestConfigTokenSession::crashBetweenSendingAndSaving_data()
{
    QTest::addColumn<bool>("answerLost");
    // Slack answered with the new pair; the keychain never finished saving it.
    QTest::newRow("new pair never saved") << false;
    // The process went away while Slack was answering.
    QTest::newRow("answer never received") << true;
}

void TestConfigTokenSession::crashBetweenSendingAndSaving()
{
    QFETCH(bool, answerLost);
    const ConfigToken pair = m_harness->issue(oneHour);
    QVERIFY(replace(*m_session, pair)); // write 1
    if (answerLost)
        m_harness->slack().setFault(SlackSandbox::Fault::NoAnswer);
    else
        m_store->hangOnWrite(3); // 2 marks the refresh token as sent, 3 saves the new pair

    bool delivered = false;
    m_session->accessToken(this, [&delivered](const Outcome &) { delivered = true; });
    QTRY_COMPARE(rotateCalls(), 1);
    if (!answerLost)
        QTRY_VERIFY(m_store->hung());
    QVERIFY(stored().refreshInFlight);
    QCOMPARE(stored().refreshToken, pair.refreshToken);

    // The process is gone: its session with it. A new one starts from the keychain.
    m_session.reset();
    QVERIFY(!delivered);
    m_harness->slack().setFault(SlackSandbox::Fault::None);
    m_store->hangOnWrite(0);
    ConfigTokenSession restarted(&m_harness->client(), m_store.get());
    const auto outcome = accessToken(restarted);
    QVERIFY(outcome);
    QCOMPARE(outcome->problem, Problem::RefreshTokenSpent);
    QVERIFY(outcome->accessToken.isEmpty());
    QVERIFY2(outcome->message.contains(QLatin1String("api.slack.com/apps")),
        qPrintable(outcome->message));
    QVERIFY(outcome->message.contains(QLatin1String("Your App Configuration Tokens")));
    QVERIFY(outcome->message.contains(QLatin1String("Connect page")));
    QCOMPARE(rotateCalls(), 1);

    // A new token from the admin ends it.
    QVERIFY(replace(restarted, m_harness->issue(twelveHours)));
    const auto fresh = accessToken(restarted);
    QVERIFY(fresh);
    QCOMPARE(fresh->problem, Problem::None);
    QVERIFY(worksWithSlack(fresh->accessToken));
}

void TestConfigTokenSession::answerLostAfterSending()
{
    QVERIFY(replace(*m_session, m_harness->issue(oneHour)));
    m_harness->slack().setFault(SlackSandbox::Fault::NoAnswer);
    m_harness->client().setTimeout(std::chrono::milliseconds(400));
    const auto outcome = accessToken(*m_session);
    QVERIFY(outcome);
    QCOMPARE(outcome->problem, Problem::RefreshTokenSpent);
    QVERIFY(stored().refreshInFlight);

    m_harness->slack().setFault(SlackSandbox::Fault::None);
    const auto again = accessToken(*m_session);
    QVERIFY(again);
    QCOMPARE(again->problem, Problem::RefreshTokenSpent);
    QCOMPARE(rotateCalls(), 1);
}

void TestConfigTokenSession::slackUnreachableSendsNothing()
{
    const ConfigToken pair = m_harness->issue(oneHour);
    QVERIFY(replace(*m_session, pair));
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    QUrl nowhere = m_harness->slack().apiBase();
    nowhere.setPort(closed.serverPort());
    closed.close();
    m_harness->client().setApiBase(nowhere);

    const auto outcome = accessToken(*m_session);
    QVERIFY(outcome);
    QCOMPARE(outcome->problem, Problem::SlackUnreachable);
    QVERIFY(outcome->message.contains(QLatin1String("refused")));
    // Nothing reached Slack, so the refresh token is still good and may be sent later.
    QVERIFY(!stored().refreshInFlight);
    QCOMPARE(stored().refreshToken, pair.refreshToken);

    m_harness->client().setApiBase(m_harness->slack().apiBase());
    const auto later = accessToken(*m_session);
    QVERIFY(later);
    QCOMPARE(later->problem, Problem::None);
    QCOMPARE(rotateCalls(), 1);
    QVERIFY(worksWithSlack(later->accessToken));
}

void TestConfigTokenSession::revokedDuringRotation()
{
    const ConfigToken pair = m_harness->issue(oneHour);
    QVERIFY(replace(*m_session, pair));
    m_harness->slack().revokeToken(pair.accessToken);
    const auto outcome = accessToken(*m_session);
    QVERIFY(outcome);
    QCOMPARE(outcome->problem, Problem::TokenRevoked);
    QVERIFY(outcome->message.contains(QLatin1String("revoked")));
    QVERIFY(outcome->message.contains(QLatin1String("api.slack.com/apps")));
    QCOMPARE(stored().rejectedWith, QStringLiteral("token_revoked"));

    const auto again = accessToken(*m_session);
    QVERIFY(again);
    QCOMPARE(again->problem, Problem::TokenRevoked);
    QCOMPARE(rotateCalls(), 1);
}

void TestConfigTokenSession::revokedReportedByACall()
{
    const ConfigToken pair = m_harness->issue(twelveHours);
    QVERIFY(replace(*m_session, pair));
    const auto first = accessToken(*m_session);
    QVERIFY(first);
    m_harness->slack().revokeToken(pair.accessToken);
    QVERIFY(!worksWithSlack(first->accessToken));
    m_session->reportRejected(QStringLiteral("token_revoked"));

    const auto outcome = accessToken(*m_session);
    QVERIFY(outcome);
    QCOMPARE(outcome->problem, Problem::TokenRevoked);
    QCOMPARE(rotateCalls(), 0);
    QCOMPARE(stored().rejectedWith, QStringLiteral("token_revoked"));
}

void TestConfigTokenSession::expiredWithoutRefreshToken()
{
    ConfigToken accessOnly = m_harness->issue(twelveHours);
    accessOnly.refreshToken.clear();
    accessOnly.expiresAt = QDateTime::currentDateTimeUtc().addSecs(-10);
    QVERIFY(replace(*m_session, accessOnly));
    const auto outcome = accessToken(*m_session);
    QVERIFY(outcome);
    QCOMPARE(outcome->problem, Problem::TokenExpired);
    QVERIFY(outcome->message.contains(QLatin1String("expired")));

    // Pasted without expiry: used until a call says it expired.
    const ConfigToken pasted = ConfigToken::fromPasted(accessOnly.accessToken, QString());
    QVERIFY(replace(*m_session, pasted));
    const auto used = accessToken(*m_session);
    QVERIFY(used);
    QCOMPARE(used->problem, Problem::None);
    m_session->reportRejected(QStringLiteral("token_expired"));
    const auto expired = accessToken(*m_session);
    QVERIFY(expired);
    QCOMPARE(expired->problem, Problem::TokenExpired);
    QCOMPARE(rotateCalls(), 0);
}

void TestConfigTokenSession::keychainUnavailableWithoutToken()
{
    m_store->setAvailable(false);
    const auto outcome = accessToken(*m_session);
    QVERIFY(outcome);
    QCOMPARE(outcome->problem, Problem::KeychainUnavailable);
    QVERIFY(outcome->message.contains(QLatin1String("keychain")));
}

void TestConfigTokenSession::keychainUnavailableKeepsTokenForTheSession()
{
    m_store->setAvailable(false);
    const ConfigToken pair = m_harness->issue(twelveHours);
    const auto replaced = replace(*m_session, pair);
    QVERIFY(replaced);
    QCOMPARE(replaced->problem, Problem::KeychainUnavailable);
    QVERIFY2(replaced->message.contains(QLatin1String("this session only")),
        qPrintable(replaced->message));

    const auto outcome = accessToken(*m_session);
    QVERIFY(outcome);
    QCOMPARE(outcome->problem, Problem::None);
    QCOMPARE(outcome->accessToken, pair.accessToken);
    // Said so: not rotated, for this session only.
    QVERIFY2(outcome->message.contains(QLatin1String("not renewed")), qPrintable(outcome->message));
    QCOMPARE(rotateCalls(), 0);

    // Once the keychain is back, the pair is saved before it is used.
    m_store->setAvailable(true);
    const auto saved = accessToken(*m_session);
    QVERIFY(saved);
    QCOMPARE(saved->problem, Problem::None);
    QVERIFY(saved->message.isEmpty());
    QVERIFY(stored() == pair);
}

void TestConfigTokenSession::keychainUnavailableRefusesRotation()
{
    const ConfigToken pair = m_harness->issue(oneHour);
    QVERIFY(replace(*m_session, pair));
    QVERIFY(accessToken(*m_session)); // rotates once, keychain working
    QCOMPARE(rotateCalls(), 1);
    const ConfigToken rotated = stored();

    // The next pair is near its end, and now the keychain is gone.
    const ConfigToken nearEnd = m_harness->issue(oneHour);
    QVERIFY(replace(*m_session, nearEnd));
    m_store->setAvailable(false);
    const auto outcome = accessToken(*m_session);
    QVERIFY(outcome);
    QCOMPARE(outcome->problem, Problem::None);
    QCOMPARE(outcome->accessToken, nearEnd.accessToken);
    QVERIFY2(outcome->message.contains(QLatin1String("not renewed")), qPrintable(outcome->message));
    QCOMPARE(rotateCalls(), 1);
    QVERIFY(rotated.accessToken != nearEnd.accessToken);
}

void TestConfigTokenSession::keychainUnavailableAndExpired()
{
    ConfigToken pair = m_harness->issue(oneHour);
    pair.expiresAt = QDateTime::currentDateTimeUtc().addSecs(-5);
    QVERIFY(replace(*m_session, pair));
    m_store->setAvailable(false);
    const auto outcome = accessToken(*m_session);
    QVERIFY(outcome);
    QCOMPARE(outcome->problem, Problem::KeychainUnavailable);
    QVERIFY(outcome->accessToken.isEmpty());
    QVERIFY2(
        outcome->message.contains(QLatin1String("would lose it")), qPrintable(outcome->message));
    QCOMPARE(rotateCalls(), 0);
    m_store->setAvailable(true);
    QVERIFY(!stored().refreshInFlight);
}

void TestConfigTokenSession::newPairThatCannotBeSavedIsNotHandedOut()
{
    const ConfigToken pair = m_harness->issue(oneHour);
    QVERIFY(replace(*m_session, pair));
    // The keychain takes the "refresh token sent" mark, then refuses the new pair.
    connect(&m_harness->slack(), &SlackSandbox::methodCalled, this, [this](const QString &method) {
        if (method == rotateMethod)
            m_store->setFailWrites(true);
    });
    const auto outcome = accessToken(*m_session);
    QVERIFY(outcome);
    QCOMPARE(outcome->problem, Problem::KeychainUnavailable);
    QVERIFY(outcome->accessToken.isEmpty());
    QVERIFY(stored().refreshInFlight);
    QCOMPARE(rotateCalls(), 1);

    // When the keychain works again, the new pair is saved and then handed out.
    m_store->setFailWrites(false);
    const auto later = accessToken(*m_session);
    QVERIFY(later);
    QCOMPARE(later->problem, Problem::None);
    QVERIFY(later->accessToken != pair.accessToken);
    QCOMPARE(stored().accessToken, later->accessToken);
    QVERIFY(!stored().refreshInFlight);
    QCOMPARE(rotateCalls(), 1);
    QVERIFY(worksWithSlack(later->accessToken));
}

void TestConfigTokenSession::replaceStartsAfresh()
{
    const ConfigToken spent = m_harness->issue(oneHour);
    QVERIFY(replace(*m_session, spent));
    QString error;
    m_harness->slack().rotate(spent.refreshToken, &error);
    QCOMPARE(accessToken(*m_session)->problem, Problem::InvalidRefreshToken);

    const ConfigToken fresh = m_harness->issue(oneHour);
    const auto replaced = replace(*m_session, fresh);
    QVERIFY(replaced);
    QCOMPARE(replaced->problem, Problem::None);
    QVERIFY(stored().rejectedWith.isEmpty());
    const auto outcome = accessToken(*m_session);
    QVERIFY(outcome);
    QCOMPARE(outcome->problem, Problem::None);
    QVERIFY(worksWithSlack(outcome->accessToken));
}

void TestConfigTokenSession::tokenOfAnEarlierVersionIsRead()
{
    const QString access = m_harness->slack().issueConfigToken().accessToken;
    std::optional<SecretStore::Result> written;
    m_store->write(SecretKey::slackConfigToken, access, this,
        [&written](const SecretStore::Result &result) { written = result; });
    QVERIFY(SlackApiHarness::waitFor(written));
    const auto outcome = accessToken(*m_session);
    QVERIFY(outcome);
    QCOMPARE(outcome->problem, Problem::None);
    QCOMPARE(outcome->accessToken, access);
}

void TestConfigTokenSession::nothingIsDeliveredOnceTheContextIsGone()
{
    QVERIFY(replace(*m_session, m_harness->issue(oneHour)));
    bool delivered = false;
    auto context = std::make_unique<QObject>();
    m_session->accessToken(context.get(), [&delivered](const Outcome &) { delivered = true; });
    context.reset();
    const auto outcome = accessToken(*m_session);
    QVERIFY(outcome);
    QCOMPARE(outcome->problem, Problem::None);
    QVERIFY(!delivered);
    QCOMPARE(rotateCalls(), 1);
}

QTEST_GUILESS_MAIN(TestConfigTokenSession)
#include "tst_configtokensession.moc"
