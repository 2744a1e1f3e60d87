#include "setup/SessionStorage.h"
#include "store/MemorySecretStore.h"

#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class tst_SessionStorage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void settingsRoundTrip();
    void savedSecretsReadBack();
    void emptySecretRemovesEntry();
    void unavailableIsNotNotFound();
    void failedWritesAreReported();
    void newBatchAbandonsOldAnswer();

private:
    SecretBatch load(SessionStorage &storage, const QStringList &keys);
    SecretBatch save(SessionStorage &storage, const QHash<QString, QString> &secrets);

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    MemorySecretStore m_store;
};

void tst_SessionStorage::init()
{
    QVERIFY(m_dir.isValid());
    m_settings = std::make_unique<QSettings>(
        m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_settings->clear();
    m_store.setAvailable(true);
    m_store.setFailWrites(false);
    const QStringList keys = m_store.contents().keys();
    for (const QString &key : keys) {
        m_store.remove(key, this, [](const SecretStore::Result &) {});
    }
    QTRY_VERIFY(m_store.contents().isEmpty());
}

SecretBatch tst_SessionStorage::load(SessionStorage &storage, const QStringList &keys)
{
    QSignalSpy loaded(&storage, &SessionStorage::secretsLoaded);
    storage.loadSecrets(keys);
    [&] {
        QVERIFY(loaded.wait(5000));
    }();
    return loaded.isEmpty() ? SecretBatch() : loaded.first().first().value<SecretBatch>();
}

SecretBatch tst_SessionStorage::save(
    SessionStorage &storage, const QHash<QString, QString> &secrets)
{
    QSignalSpy saved(&storage, &SessionStorage::secretsSaved);
    storage.saveSecrets(secrets);
    [&] {
        QVERIFY(saved.wait(5000));
    }();
    return saved.isEmpty() ? SecretBatch() : saved.first().first().value<SecretBatch>();
}

void tst_SessionStorage::settingsRoundTrip()
{
    SessionStorage storage(m_settings.get(), &m_store);
    ConnectionSettings values;
    values.slackAppId = QStringLiteral("A0123ABCD");
    values.bitbucketBaseUrl = QUrl(QStringLiteral("https://git.example.com/bitbucket"));
    values.plainHttpPort = 8080;
    QString error;
    QVERIFY2(storage.saveSettings(values, &error), qPrintable(error));

    QSettings reopened(m_settings->fileName(), QSettings::IniFormat);
    QCOMPARE(ConnectionSettings::load(reopened), values);
    QCOMPARE(storage.loadSettings(), values);
}

void tst_SessionStorage::savedSecretsReadBack()
{
    SessionStorage storage(m_settings.get(), &m_store);
    const QHash<QString, QString> secrets {
        {SecretKey::slackClientSecret, QStringLiteral("0123456789abcdef0123456789abcdef")},
        {SecretKey::bitbucketPassword, QStringLiteral("pass word")},
    };
    QVERIFY(save(storage, secrets).ok());
    QCOMPARE(m_store.contents(), secrets);

    const SecretBatch batch = load(storage,
        {SecretKey::slackClientSecret, SecretKey::bitbucketPassword, SecretKey::slackConfigToken});
    QVERIFY(batch.ok());
    QCOMPARE(batch.values, secrets); // the missing config token is simply absent
}

void tst_SessionStorage::emptySecretRemovesEntry()
{
    SessionStorage storage(m_settings.get(), &m_store);
    QVERIFY(save(storage, {{SecretKey::slackConfigToken, QStringLiteral("xoxe-1-abc")}}).ok());
    QVERIFY(m_store.contents().contains(SecretKey::slackConfigToken));
    QVERIFY(save(storage, {{SecretKey::slackConfigToken, QString()}}).ok());
    QVERIFY(!m_store.contents().contains(SecretKey::slackConfigToken));
}

void tst_SessionStorage::unavailableIsNotNotFound()
{
    SessionStorage storage(m_settings.get(), &m_store);
    m_store.setAvailable(false);
    const SecretBatch loaded = load(storage, {SecretKey::slackClientSecret});
    QVERIFY(!loaded.keychainAvailable());
    QVERIFY(!loaded.ok());
    QVERIFY(!loaded.unavailableReason.isEmpty());
    QVERIFY(loaded.values.isEmpty());

    const SecretBatch saved = save(storage, {{SecretKey::slackClientSecret, QStringLiteral("x")}});
    QVERIFY(!saved.keychainAvailable());
    QVERIFY(!saved.ok());
}

void tst_SessionStorage::failedWritesAreReported()
{
    SessionStorage storage(m_settings.get(), &m_store);
    m_store.setFailWrites(true);
    QTest::ignoreMessage(
        QtWarningMsg, QRegularExpression(QStringLiteral("^Keychain call for .* failed")));
    const SecretBatch saved = save(storage,
        {{SecretKey::bitbucketPassword, QStringLiteral("pw")},
            {SecretKey::slackConfigToken, QString()}});
    QVERIFY(saved.keychainAvailable());
    QVERIFY(!saved.ok());
    QCOMPARE(saved.failures.keys(), QList<QString> {SecretKey::bitbucketPassword});
    QVERIFY(!saved.failures.value(SecretKey::bitbucketPassword).message.isEmpty());
}

void tst_SessionStorage::newBatchAbandonsOldAnswer()
{
    SessionStorage storage(m_settings.get(), &m_store);
    QSignalSpy loaded(&storage, &SessionStorage::secretsLoaded);
    QSignalSpy saved(&storage, &SessionStorage::secretsSaved);
    storage.loadSecrets({SecretKey::bitbucketPassword});
    storage.saveSecrets({{SecretKey::bitbucketPassword, QStringLiteral("pw")}});
    QVERIFY(saved.wait(5000));
    QCOMPARE(saved.count(), 1);
    QVERIFY(!storage.isBusy());
    // The store answers in call order, so the abandoned load's answer has arrived by now.
    QCOMPARE(loaded.count(), 0);
}

QTEST_GUILESS_MAIN(tst_SessionStorage)
#include "tst_sessionstorage.moc"
