#include "install/AuthorizationState.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

// The handshake's `state`: unguessable, ten minutes, once.
class tst_AuthorizationState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statesAreLongRandomAndUrlSafe()
    {
        AuthorizationState states;
        QSet<QString> seen;
        for (int i = 0; i < 1000; ++i) {
            const QString state = states.issue();
            // 32 bytes of randomness in base64url without padding.
            QCOMPARE(state.size(), 43);
            QVERIFY(QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]+$")).match(state).hasMatch());
            QVERIFY(!seen.contains(state));
            seen.insert(state);
        }
    }

    void aStateIsAcceptedOnce()
    {
        AuthorizationState states;
        const QString state = states.issue();
        QCOMPARE(states.consume(state), AuthorizationState::Verdict::Valid);
        QCOMPARE(states.consume(state), AuthorizationState::Verdict::Replayed);
    }

    void missingAndUnknownAreToldApart()
    {
        AuthorizationState states;
        const QString state = states.issue();
        QCOMPARE(states.consume(QString()), AuthorizationState::Verdict::Missing);
        QCOMPARE(states.consume(QStringLiteral("x") + state.mid(1)),
            AuthorizationState::Verdict::Unknown);
        QCOMPARE(states.consume(state.left(42)), AuthorizationState::Verdict::Unknown);
        // The real one is still good after the wrong guesses.
        QCOMPARE(states.consume(state), AuthorizationState::Verdict::Valid);
    }

    void aStateExpiresAfterTenMinutes()
    {
        QDateTime now = QDateTime(QDate(2026, 12, 3), QTime(10, 0), Qt::UTC);
        AuthorizationState states([&now] { return now; });
        const QString early = states.issue();
        const QString late = states.issue();
        now = now.addSecs(600);
        QCOMPARE(states.consume(early), AuthorizationState::Verdict::Valid);
        now = now.addSecs(1);
        QCOMPARE(states.consume(late), AuthorizationState::Verdict::Expired);
        // An expired state stays spent.
        QCOMPARE(states.consume(late), AuthorizationState::Verdict::Replayed);
    }

    void aRetiredStateCountsAsReplayed()
    {
        AuthorizationState states;
        const QString state = states.issue();
        states.retire(state);
        QCOMPARE(states.consume(state), AuthorizationState::Verdict::Replayed);
    }
};

QTEST_GUILESS_MAIN(tst_AuthorizationState)
#include "tst_authorizationstate.moc"
