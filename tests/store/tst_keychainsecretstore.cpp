#include "store/KeychainSecretStore.h"

#include <QSignalSpy>
#include <QTest>

// Runs against the real Secret Service. ctest starts it twice: once inside a private D-Bus session
// with an unlocked GNOME keyring (CONNECTOR_KEYCHAIN_EXPECTED=available), once with no session bus
// at all (CONNECTOR_KEYCHAIN_EXPECTED=unavailable).
class KeychainSecretStoreTest : public QObject
{
    Q_OBJECT

private:
    static bool expectAvailable()
    {
        return qEnvironmentVariable("CONNECTOR_KEYCHAIN_EXPECTED") == QLatin1String("available");
    }

    static SecretStore::Result call(const std::function<void(SecretStore::Callback)> &operation)
    {
        SecretStore::Result answer;
        bool answered = false;
        operation([&](const SecretStore::Result &result) {
            answer = result;
            answered = true;
        });
        if (!QTest::qWaitFor([&] { return answered; }, 20000))
            answer.message = QStringLiteral("no answer within 20 s");
        return answer;
    }

    QString m_service =
        QStringLiteral("Workspace Connector test %1").arg(QCoreApplication::applicationPid());

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("CONNECTOR_KEYCHAIN_EXPECTED"),
            "run through ctest, which says what the keychain should do");
    }

    void probeTellsWhetherSecretsCanBeKept()
    {
        KeychainSecretStore store(m_service);
        const auto result = call([&](auto done) { store.probe(this, done); });
        if (expectAvailable()) {
            QVERIFY2(result.ok(), qPrintable(result.message));
        } else {
            QCOMPARE(result.outcome, SecretStore::Outcome::Unavailable);
            QVERIFY(!result.message.isEmpty());
        }
    }

    void missingEntryIsNeverConfusedWithMissingKeychain()
    {
        KeychainSecretStore store(m_service);
        const auto result =
            call([&](auto done) { store.read(QStringLiteral("never-written"), this, done); });
        QCOMPARE(result.outcome,
            expectAvailable() ? SecretStore::Outcome::NotFound : SecretStore::Outcome::Unavailable);
    }

    void writtenSecretSurvivesANewStoreInstance()
    {
        const QString key = QStringLiteral("bitbucket/password");
        const QString secret = QStringLiteral("pässword with spaces & symbols");
        {
            KeychainSecretStore writer(m_service);
            const auto written = call([&](auto done) { writer.write(key, secret, this, done); });
            if (!expectAvailable()) {
                QCOMPARE(written.outcome, SecretStore::Outcome::Unavailable);
                return;
            }
            QVERIFY2(written.ok(), qPrintable(written.message));
        }
        KeychainSecretStore reader(m_service);
        const auto readBack = call([&](auto done) { reader.read(key, this, done); });
        QVERIFY2(readBack.ok(), qPrintable(readBack.message));
        QCOMPARE(readBack.value, secret);

        const auto removed = call([&](auto done) { reader.remove(key, this, done); });
        QVERIFY(removed.ok());
        const auto gone = call([&](auto done) { reader.read(key, this, done); });
        QCOMPARE(gone.outcome, SecretStore::Outcome::NotFound);
    }
};

QTEST_GUILESS_MAIN(KeychainSecretStoreTest)
#include "tst_keychainsecretstore.moc"
