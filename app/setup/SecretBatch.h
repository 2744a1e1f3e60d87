#pragma once

#include "store/SecretStore.h"

#include <QHash>
#include <QMetaType>
#include <QString>

// The answer to reading or writing several secrets at once (see SessionStorage).
struct SecretBatch
{
    // Unavailable when the probe or any single call said the keychain cannot be used at all.
    SecretStore::Outcome availability = SecretStore::Outcome::Ok;
    QString unavailableReason; // translated, when availability is Unavailable

    // Reads: the secrets found, by key. Keys that answered NotFound are simply absent.
    QHash<QString, QString> values;
    // Keys whose call failed for another reason (AccessDenied, Failed), with the store's answer.
    QHash<QString, SecretStore::Result> failures;

    bool keychainAvailable() const { return availability != SecretStore::Outcome::Unavailable; }
    bool ok() const { return keychainAvailable() && failures.isEmpty(); }
};

Q_DECLARE_METATYPE(SecretBatch)
