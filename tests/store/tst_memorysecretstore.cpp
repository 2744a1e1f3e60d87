#include "store/MemorySecretStore.h"

#include <QTest>

class MemorySecretStoreTest : public QObject
{
    Q_OBJECT

private:
    SecretStore::Result call(const std::function<void(SecretStore::Callback)> &operation)
    {
        SecretStore::Result answer;
        bool answered = false;
        operation([&](const SecretStore::Result &result) {
            answer = result;
            answered = true;
        });
        // Answers come later, never inside the call, as from a real keychain.
        if (answered)
            qFatal("the store answered synchronously");
        if (!QTest::qWaitFor([&] { return answered; }, 5000))
            answer.message = QStringLiteral("no answer within 5 s");
        return answer;
    }

private Q_SLOTS:
    void roundTrip()
    {
        MemorySecretStore store;
        QVERIFY(call([&](auto done) {
            store.write(QStringLiteral("k"), QStringLiteral("v1"), this, done);
        }).ok());
        const auto read = call([&](auto done) { store.read(QStringLiteral("k"), this, done); });
        QCOMPARE(read.value, QStringLiteral("v1"));
        QCOMPARE(call([&](auto done) { store.read(QStringLiteral("x"), this, done); }).outcome,
            SecretStore::Outcome::NotFound);
    }

    void unavailableIsNotNotFound()
    {
        MemorySecretStore store;
        store.setAvailable(false);
        QCOMPARE(call([&](auto done) { store.read(QStringLiteral("k"), this, done); }).outcome,
            SecretStore::Outcome::Unavailable);
        QCOMPARE(call([&](auto done) { store.probe(this, done); }).outcome,
            SecretStore::Outcome::Unavailable);
    }

    void failedWriteKeepsNothing()
    {
        MemorySecretStore store;
        store.setFailWrites(true);
        QCOMPARE(call([&](auto done) {
            store.write(QStringLiteral("k"), QStringLiteral("v"), this, done);
        }).outcome,
            SecretStore::Outcome::Failed);
        QVERIFY(store.contents().isEmpty());
    }
};

QTEST_GUILESS_MAIN(MemorySecretStoreTest)
#include "tst_memorysecretstore.moc"
