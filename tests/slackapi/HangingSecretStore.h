#pragma once

#include "store/MemorySecretStore.h"

// A memory store that can stop in the middle of a write, the way a process that is killed while
// the keychain is saving never learns the outcome: the chosen write is neither stored nor
// answered. Everything else behaves like MemorySecretStore.
class HangingSecretStore : public MemorySecretStore
{
    Q_OBJECT

public:
    using MemorySecretStore::MemorySecretStore;

    // The writes counted from 1; 0 lets every write through.
    void hangOnWrite(int number) { m_hangOn = number; }
    int writesStarted() const { return m_started; }
    bool hung() const { return m_hung; }

    void write(const QString &key, const QString &value, QObject *context, Callback done) override
    {
        ++m_started;
        if (m_started == m_hangOn) {
            m_hung = true;
            return;
        }
        MemorySecretStore::write(key, value, context, std::move(done));
    }

private:
    int m_hangOn = 0;
    int m_started = 0;
    bool m_hung = false;
};
