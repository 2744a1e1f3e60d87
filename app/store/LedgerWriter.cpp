#include "store/LedgerWriter.h"

#include "common/Logging.h"

#include <QPointer>
#include <QSemaphore>
#include <QThread>

// Lives on the writer's thread: everything in it is touched there only, through `context`.
struct LedgerWriter::Worker
{
    QObject context; // moved to the thread: queued calls run there
    std::unique_ptr<Ledger> ledger;
};

LedgerWriter::LedgerWriter(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_thread(new QThread)
    , m_worker(std::make_shared<Worker>())
{
    m_thread->setObjectName(QStringLiteral("ledger-writer"));
    m_worker->context.moveToThread(m_thread);
    m_thread->start();
    // `this` outlives every queued call: the destructor stops the thread before it returns.
    QMetaObject::invokeMethod(
        &m_worker->context,
        [this, worker = m_worker, path] {
            worker->ledger = std::make_unique<Ledger>(path);
            if (worker->ledger->open()) {
                QMetaObject::invokeMethod(
                    this, [this] { emit opened(); }, Qt::QueuedConnection);
                return;
            }
            const Ledger::Problem problem = worker->ledger->problem();
            worker->ledger.reset();
            qCWarning(lcLedger).noquote()
                << "The ledger could not be opened for writing:" << problem.explanation;
            QMetaObject::invokeMethod(
                this, [this, problem] { emit openFailed(problem.explanation, problem.advice); },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

LedgerWriter::~LedgerWriter()
{
    // Queued after every event handed over, so those are written first.
    QMetaObject::invokeMethod(
        &m_worker->context,
        [worker = m_worker] {
            worker->ledger.reset();
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    m_thread->wait();
    delete m_thread;
}

void LedgerWriter::record(const Ledger::Event &event)
{
    QMetaObject::invokeMethod(
        &m_worker->context,
        [this, worker = m_worker, event] {
            if (!worker->ledger) {
                const QString explanation =
                    tr("The event was not recorded: the ledger is not open.");
                QMetaObject::invokeMethod(
                    this,
                    [this, teamId = event.teamId, explanation] {
                        emit recordFailed(teamId, explanation, QString());
                    },
                    Qt::QueuedConnection);
                return;
            }
            const std::optional<qint64> id = worker->ledger->record(event);
            if (id) {
                QMetaObject::invokeMethod(
                    this, [this, id = *id, teamId = event.teamId] { emit recorded(id, teamId); },
                    Qt::QueuedConnection);
                return;
            }
            const Ledger::Problem problem = worker->ledger->problem();
            QMetaObject::invokeMethod(
                this,
                [this, teamId = event.teamId, problem] {
                    emit recordFailed(teamId, problem.explanation, problem.advice);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

bool LedgerWriter::flush(int timeoutMs)
{
    auto done = std::make_shared<QSemaphore>();
    QMetaObject::invokeMethod(
        &m_worker->context, [done] { done->release(); }, Qt::QueuedConnection);
    return done->tryAcquire(1, timeoutMs);
}
