#include "setup/SessionStorage.h"

#include "common/Logging.h"

#include <QSettings>

SessionStorage::SessionStorage(QSettings *settings, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_secrets(secrets)
{ }

ConnectionSettings SessionStorage::loadSettings() const
{
    return ConnectionSettings::load(*m_settings);
}

bool SessionStorage::saveSettings(const ConnectionSettings &values, QString *error)
{
    values.save(*m_settings);
    m_settings->sync();
    if (m_settings->status() == QSettings::NoError) {
        return true;
    }
    qCWarning(lcStore) << "Could not write settings to" << m_settings->fileName();
    if (error) {
        *error = tr("The settings could not be written to %1.").arg(m_settings->fileName());
    }
    return false;
}

void SessionStorage::loadSecrets(const QStringList &keys)
{
    const int generation = ++m_generation;
    m_batch = SecretBatch();
    m_pending = 1;
    m_secrets->probe(this, [this, keys, generation](const SecretStore::Result &result) {
        if (generation != m_generation) {
            return;
        }
        if (result.outcome != SecretStore::Outcome::Ok) {
            // Whatever the probe says, a store that did not answer Ok cannot be trusted to say
            // "not found", so everything counts as unavailable.
            m_batch.availability = SecretStore::Outcome::Unavailable;
            m_batch.unavailableReason = result.message.isEmpty()
                ? SecretStore::outcomeMessage(SecretStore::Outcome::Unavailable)
                : result.message;
            m_pending = 0;
            Q_EMIT secretsLoaded(m_batch);
            return;
        }
        readAll(keys, generation);
    });
}

void SessionStorage::readAll(const QStringList &keys, int generation)
{
    m_pending = int(keys.size());
    if (keys.isEmpty()) {
        Q_EMIT secretsLoaded(m_batch);
        return;
    }
    for (const QString &key : keys) {
        m_secrets->read(key, this, [this, key, generation](const SecretStore::Result &result) {
            if (generation != m_generation) {
                return;
            }
            record(key, result, m_batch);
            if (result.ok()) {
                m_batch.values.insert(key, result.value);
            }
            if (finishOne(generation)) {
                Q_EMIT secretsLoaded(m_batch);
            }
        });
    }
}

void SessionStorage::saveSecrets(const QHash<QString, QString> &secrets)
{
    const int generation = ++m_generation;
    m_batch = SecretBatch();
    m_pending = int(secrets.size());
    if (secrets.isEmpty()) {
        Q_EMIT secretsSaved(m_batch);
        return;
    }
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it) {
        const QString key = it.key();
        auto done = [this, key, generation](const SecretStore::Result &result) {
            if (generation != m_generation) {
                return;
            }
            record(key, result, m_batch);
            if (finishOne(generation)) {
                Q_EMIT secretsSaved(m_batch);
            }
        };
        if (it.value().isEmpty()) {
            m_secrets->remove(key, this, done);
        } else {
            m_secrets->write(key, it.value(), this, done);
        }
    }
}

void SessionStorage::record(
    const QString &key, const SecretStore::Result &result, SecretBatch &batch) const
{
    switch (result.outcome) {
    case SecretStore::Outcome::Ok:
    case SecretStore::Outcome::NotFound: // nothing stored, or nothing left to remove
        return;
    case SecretStore::Outcome::Unavailable:
        batch.availability = SecretStore::Outcome::Unavailable;
        batch.unavailableReason =
            result.message.isEmpty() ? SecretStore::outcomeMessage(result.outcome) : result.message;
        return;
    case SecretStore::Outcome::AccessDenied:
    case SecretStore::Outcome::Failed:
        qCWarning(lcStore) << "Keychain call for" << key << "failed:" << result.outcome;
        batch.failures.insert(key, result);
        return;
    }
}

bool SessionStorage::finishOne(int generation)
{
    return generation == m_generation && --m_pending == 0;
}
