#include "store/MemorySecretStore.h"

#include "common/Redactor.h"

#include <QTimer>

QString MemorySecretStore::description() const
{
    return tr("memory (for tests)");
}

void MemorySecretStore::answer(QObject *context, Callback done, Result result)
{
    // Answer later, as a real keychain does, so callers cannot come to rely on synchronous answers.
    QTimer::singleShot(0, context, [done = std::move(done), result] { done(result); });
}

void MemorySecretStore::probe(QObject *context, Callback done)
{
    if (!m_available) {
        answer(context, std::move(done),
            {Outcome::Unavailable, {}, outcomeMessage(Outcome::Unavailable)});
        return;
    }
    answer(context, std::move(done), {Outcome::Ok, {}, {}});
}

void MemorySecretStore::read(const QString &key, QObject *context, Callback done)
{
    if (!m_available) {
        answer(context, std::move(done),
            {Outcome::Unavailable, {}, outcomeMessage(Outcome::Unavailable)});
        return;
    }
    const auto it = m_values.constFind(key);
    if (it == m_values.constEnd()) {
        answer(
            context, std::move(done), {Outcome::NotFound, {}, outcomeMessage(Outcome::NotFound)});
        return;
    }
    Redactor::registerSecret(it.value());
    answer(context, std::move(done), {Outcome::Ok, it.value(), {}});
}

void MemorySecretStore::write(
    const QString &key, const QString &value, QObject *context, Callback done)
{
    if (!m_available) {
        answer(context, std::move(done),
            {Outcome::Unavailable, {}, outcomeMessage(Outcome::Unavailable)});
        return;
    }
    if (m_failWrites) {
        answer(context, std::move(done), {Outcome::Failed, {}, outcomeMessage(Outcome::Failed)});
        return;
    }
    Redactor::registerSecret(value);
    m_values.insert(key, value);
    ++m_writeCount;
    answer(context, std::move(done), {Outcome::Ok, {}, {}});
}

void MemorySecretStore::remove(const QString &key, QObject *context, Callback done)
{
    if (!m_available) {
        answer(context, std::move(done),
            {Outcome::Unavailable, {}, outcomeMessage(Outcome::Unavailable)});
        return;
    }
    m_values.remove(key);
    answer(context, std::move(done), {Outcome::Ok, {}, {}});
}
