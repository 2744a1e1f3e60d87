#include "store/KeychainSecretStore.h"

#include "common/Logging.h"
#include "common/Redactor.h"

#include <QPointer>
#include <QRandomGenerator>
#include <qt6keychain/keychain.h>

namespace {

const QString probeKey = QStringLiteral("availability-probe");

QString randomProbeValue()
{
    return QString::number(QRandomGenerator::system()->generate64(), 36);
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service, QObject *parent)
    : SecretStore(parent)
    , m_service(std::move(service))
{ }

QString KeychainSecretStore::description() const
{
    return tr("the system keychain (Secret Service), entries filed under \"%1\"").arg(m_service);
}

SecretStore::Result KeychainSecretStore::failure(Outcome outcome, const QString &reason) const
{
    const QString message = reason.trimmed().isEmpty()
        ? outcomeMessage(outcome)
        : tr("%1 (The keychain service said: %2)").arg(outcomeMessage(outcome), reason.trimmed());
    return {outcome, {}, message};
}

SecretStore::Result KeychainSecretStore::resultOf(const QKeychain::Job *job) const
{
    const QString reason = job->errorString();
    switch (job->error()) {
    case QKeychain::NoError:
        return {Outcome::Ok, {}, {}};
    case QKeychain::EntryNotFound:
        return {Outcome::NotFound, {}, outcomeMessage(Outcome::NotFound)};
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return failure(Outcome::AccessDenied, reason);
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        // Without a session bus or with a locked keyring QtKeychain answers OtherError; nothing
        // distinguishes those from a broken keychain, and either way nothing can be stored.
        return failure(Outcome::Unavailable, reason);
    case QKeychain::CouldNotDeleteEntry:
        return failure(Outcome::Failed, reason);
    }
    return failure(Outcome::Failed, reason);
}

void KeychainSecretStore::watch(QKeychain::Job *job, QObject *context, Callback done)
{
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this,
        [this, guard, done = std::move(done)](QKeychain::Job *finished) {
            Result result = resultOf(finished);
            if (result.ok()) {
                if (auto *reader = qobject_cast<QKeychain::ReadPasswordJob *>(finished)) {
                    result.value = reader->textData();
                    Redactor::registerSecret(result.value);
                }
            } else {
                qCWarning(lcStore) << "keychain" << finished->key()
                                   << "failed:" << finished->error() << finished->errorString();
            }
            if (guard)
                done(result);
        });
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->start();
}

void KeychainSecretStore::probe(QObject *context, Callback done)
{
    QPointer<QObject> guard(context);
    whenProbed(this, [this, guard, done = std::move(done)] {
        if (guard)
            done(m_probeResult);
    });
}

void KeychainSecretStore::whenProbed(QObject *context, std::function<void()> next)
{
    if (m_state == State::Available || m_state == State::Unavailable) {
        QMetaObject::invokeMethod(context, std::move(next), Qt::QueuedConnection);
        return;
    }
    m_waitingForProbe.append(std::move(next));
    if (m_state == State::Probing)
        return;

    m_state = State::Probing;
    const QString value = randomProbeValue();
    startWrite(probeKey, value, this, [this, value](const Result &written) {
        if (!written.ok()) {
            finishProbe(written);
            return;
        }
        startRead(probeKey, this, [this, value](const Result &readBack) {
            if (!readBack.ok() || readBack.value != value) {
                finishProbe(readBack.ok()
                        ? Result {Outcome::Unavailable, {}, outcomeMessage(Outcome::Unavailable)}
                        : readBack);
                return;
            }
            startRemove(probeKey, this, [this](const Result &removed) { finishProbe(removed); });
        });
    });
}

void KeychainSecretStore::finishProbe(const Result &result)
{
    m_probeResult = result;
    if (!result.ok() && result.outcome != Outcome::AccessDenied)
        m_probeResult.outcome = Outcome::Unavailable;
    m_state = m_probeResult.ok() ? State::Available : State::Unavailable;
    qCInfo(lcStore) << "keychain" << m_service
                    << (m_probeResult.ok() ? "is available" : "is not available:")
                    << m_probeResult.message;
    const auto waiting = std::exchange(m_waitingForProbe, {});
    for (const auto &next : waiting)
        next();
}

void KeychainSecretStore::read(const QString &key, QObject *context, Callback done)
{
    QPointer<QObject> guard(context);
    whenProbed(this, [this, key, guard, done = std::move(done)] {
        if (!guard)
            return;
        if (m_state != State::Available) {
            done(m_probeResult);
            return;
        }
        startRead(key, guard, done);
    });
}

void KeychainSecretStore::write(
    const QString &key, const QString &value, QObject *context, Callback done)
{
    Redactor::registerSecret(value);
    QPointer<QObject> guard(context);
    whenProbed(this, [this, key, value, guard, done = std::move(done)] {
        if (!guard)
            return;
        if (m_state != State::Available) {
            done(m_probeResult);
            return;
        }
        startWrite(key, value, guard, done);
    });
}

void KeychainSecretStore::remove(const QString &key, QObject *context, Callback done)
{
    QPointer<QObject> guard(context);
    whenProbed(this, [this, key, guard, done = std::move(done)] {
        if (!guard)
            return;
        if (m_state != State::Available) {
            done(m_probeResult);
            return;
        }
        startRemove(key, guard, [done](const Result &result) {
            // Removing what is not there leaves the keychain as the caller wants it.
            done(result.outcome == Outcome::NotFound ? Result {Outcome::Ok, {}, {}} : result);
        });
    });
}

void KeychainSecretStore::startRead(const QString &key, QObject *context, Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(key);
    watch(job, context, std::move(done));
}

void KeychainSecretStore::startWrite(
    const QString &key, const QString &value, QObject *context, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(key);
    job->setTextData(value);
    watch(job, context, std::move(done));
}

void KeychainSecretStore::startRemove(const QString &key, QObject *context, Callback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(key);
    watch(job, context, std::move(done));
}
