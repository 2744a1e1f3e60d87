#pragma once

#include "store/Ledger.h"

#include <QObject>
#include <QString>

#include <memory>

class QThread;

// Writes ledger events on a thread of its own, so that the fsync of every commit
// (synchronous=FULL) never holds up the caller's event loop. The Ledger is created, used and
// destroyed on that thread, with a connection of its own to the same file; events are written in
// the order given. Results come back as signals, delivered on the thread that made the writer.
class LedgerWriter : public QObject
{
    Q_OBJECT

public:
    // Starts the thread and opens the ledger at path there; opened() or openFailed() follows.
    explicit LedgerWriter(const QString &path, QObject *parent = nullptr);
    // Writes what was handed over before, then closes the ledger and stops the thread.
    ~LedgerWriter() override;
    LedgerWriter(const LedgerWriter &) = delete;
    LedgerWriter &operator=(const LedgerWriter &) = delete;

    QString path() const { return m_path; }

    // Hands one event over and returns at once. An event given while the ledger is not open is
    // dropped (recordFailed() says so).
    void record(const Ledger::Event &event);
    // Blocks until everything handed over so far is written (for tests and shutdown). False
    // when the thread did not get there within timeoutMs.
    bool flush(int timeoutMs = 30000);

signals:
    void opened();
    void openFailed(const QString &explanation, const QString &advice);
    void recorded(qint64 id, const QString &teamId);
    void recordFailed(const QString &teamId, const QString &explanation, const QString &advice);

private:
    struct Worker;

    QString m_path;
    QThread *m_thread = nullptr;
    std::shared_ptr<Worker> m_worker;
};
