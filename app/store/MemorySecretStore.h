#pragma once

#include "store/SecretStore.h"

#include <QHash>

// Keeps secrets in memory. Tests use it instead of the OS keychain, and can make it behave like
// a keychain that is missing or that refuses writes.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;

    QString description() const override;

    void probe(QObject *context, Callback done) override;
    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const QString &value, QObject *context, Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;

    // Every call answers Unavailable, as a machine without a keychain service does.
    void setAvailable(bool available) { m_available = available; }
    // Writes fail with Failed while reads still work, as a keyring that is locked for writing.
    void setFailWrites(bool fail) { m_failWrites = fail; }

    QHash<QString, QString> contents() const { return m_values; }
    int writeCount() const { return m_writeCount; }

private:
    void answer(QObject *context, Callback done, Result result);

    QHash<QString, QString> m_values;
    bool m_available = true;
    bool m_failWrites = false;
    int m_writeCount = 0;
};
