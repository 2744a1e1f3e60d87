#pragma once

#include "store/SecretStore.h"

#include <QList>

namespace QKeychain {
class Job;
}

// Secrets in the operating system's keychain through QtKeychain (the Secret Service on Linux).
//
// QtKeychain 0.13 has no isAvailable(), and a session bus with a locked keyring makes writes fail
// while reads answer "entry not found". So this store proves the keychain works (a write, a read
// back and a removal of a probe entry) before it lets any "not found" through; until then, and
// whenever the probe fails, reads answer Unavailable. The insecure plain-text fallback is never
// enabled.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(QString service, QObject *parent = nullptr);

    QString description() const override;

    void probe(QObject *context, Callback done) override;
    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const QString &value, QObject *context, Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;

private:
    enum class State { Unknown, Probing, Available, Unavailable };

    void whenProbed(QObject *context, std::function<void()> next);
    void finishProbe(const Result &result);
    void startRead(const QString &key, QObject *context, Callback done);
    void startWrite(const QString &key, const QString &value, QObject *context, Callback done);
    void startRemove(const QString &key, QObject *context, Callback done);
    void watch(QKeychain::Job *job, QObject *context, Callback done);
    Result resultOf(const QKeychain::Job *job) const;
    Result failure(Outcome outcome, const QString &reason) const;

    QString m_service;
    State m_state = State::Unknown;
    Result m_probeResult;
    QList<std::function<void()>> m_waitingForProbe;
};
