#pragma once

#include "setup/SecretBatch.h"
#include "store/ConnectionSettings.h"

#include <QObject>
#include <QStringList>

class QSettings;
class SecretStore;

// Loads and saves what the Connect page holds: non-secret values in QSettings (synchronously,
// it is a local file) and secrets in the SecretStore (asynchronously, several at a time, with one
// answer for the whole batch). Starting a new batch abandons the answer of the one before.
class SessionStorage : public QObject
{
    Q_OBJECT

public:
    SessionStorage(QSettings *settings, SecretStore *secrets, QObject *parent = nullptr);

    ConnectionSettings loadSettings() const;
    // False, with a translated reason in *error, when the settings file could not be written.
    bool saveSettings(const ConnectionSettings &values, QString *error = nullptr);

    // Probes the store first, so "not found" is only believed from a store that works.
    void loadSecrets(const QStringList &keys);
    // An empty value removes the entry: an optional secret the admin cleared must not come back.
    void saveSecrets(const QHash<QString, QString> &secrets);

    bool isBusy() const { return m_pending > 0; }

Q_SIGNALS:
    void secretsLoaded(const SecretBatch &batch);
    void secretsSaved(const SecretBatch &batch);

private:
    void readAll(const QStringList &keys, int generation);
    void record(const QString &key, const SecretStore::Result &result, SecretBatch &batch) const;
    bool finishOne(int generation);

    QSettings *m_settings;
    SecretStore *m_secrets;
    SecretBatch m_batch;
    int m_generation = 0;
    int m_pending = 0;
};
