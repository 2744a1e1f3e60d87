#pragma once

#include "bitbucket/SlackLinkDirectory.h"
#include "workspaces/Workspace.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QMap>
#include <QMetaType>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <chrono>
#include <memory>

class LedgerWriter;

// Verify: asks Bitbucket for the live status of each given workspace
// (SlackLinkDirectory::status), a bounded number at a time, and reports every answer as it
// arrives, with progress. When Bitbucket throttles (429), that request waits as long as
// Retry-After says and is asked again (a few times at most) while the requests already under
// way go on; no new request starts before the wait is over. A refused sign-in, a certificate
// that is not accepted or a Bitbucket that cannot be reached at all ends the run at once and
// is reported once, not per workspace. Each status is recorded in the ledger as a verification,
// on a thread of its own, so the network never waits for the disk.
class VerifyRunner : public QObject
{
    Q_OBJECT

public:
    struct Summary
    {
        int total = 0; // workspaces asked for
        int checked = 0; // answered with a status
        int notChecked = 0; // given up on: throttled too often, no answer in time
        QMap<WorkspaceStatus, int> counts; // by status, of those checked
        bool cancelled = false;
        bool stopped = false; // a sign-in or connection problem ended the run
        // One line, translated: "12 workspaces checked: 10 connected, 1 limited, 1 OAuth
        // failure".
        QString text;
    };

    // QNetworkAccessManager opens at most six HTTP/1.1 connections to one host; more requests
    // than that would only wait in its queue (bench_verify measures the difference).
    static constexpr int defaultMaxInFlight = 6;
    // One request and three more after 429 answers.
    static constexpr int maxAttempts = 4;
    // The wait after a 429 that named none, times the number of attempts so far.
    static constexpr std::chrono::milliseconds defaultRetryDelay {2000};

    explicit VerifyRunner(SlackLinkDirectory *directory, QObject *parent = nullptr);
    ~VerifyRunner() override;

    // How many status requests may wait for Bitbucket at once (at least 1). A request waiting
    // to be asked again after a 429 keeps its place. QNetworkAccessManager itself opens at most
    // six HTTP/1.1 connections to one host and queues the rest.
    void setMaxInFlight(int count);
    int maxInFlight() const { return m_maxInFlight; }

    // Records every status in the ledger at path (a LedgerWriter with its own thread); empty:
    // nothing is recorded. When it cannot be opened, Verify works on and ledgerWarning() says so.
    void setLedgerPath(const QString &path);
    LedgerWriter *ledgerWriter() const { return m_ledger.get(); }
    // The Slack app the verifications are recorded for (optional).
    void setAppId(const QString &appId) { m_appId = appId; }

    // Starts checking teamIds (repeats are checked once); teamNames, optional, go into the
    // ledger. False when a run is under way. finished() follows even for an empty list.
    bool start(const QStringList &teamIds, const QHash<QString, QString> &teamNames = {});
    // Stops at once: no further request, the ones under way aborted, finished(true, …).
    void cancel();
    bool isRunning() const { return m_running; }

    int inFlight() const { return int(m_active.size()); }
    int peakInFlight() const { return m_peakInFlight; } // of the last run
    Summary summary() const;

    // The summary line for these numbers (exposed for tests and the command line).
    static QString summaryText(const Summary &summary);

signals:
    void workspaceVerified(const QString &teamId, WorkspaceStatus status, const QString &detail,
        const QDateTime &checkedAt);
    // No status for this workspace in this run; its row keeps what it had. reason is translated.
    void workspaceNotVerified(const QString &teamId, const QString &reason);
    void progress(int done, int total);
    // Bitbucket asked to wait; no new request starts for delayMs.
    void throttled(const QString &teamId, int delayMs);
    // Once per run, and the run ends: Bitbucket refused the administrator's sign-in.
    void signInProblem(const QString &explanation, const QString &advice);
    // Once per run, and the run ends: Bitbucket could not be reached, or its certificate was
    // not accepted.
    void connectionProblem(const QString &explanation, const QString &advice);
    // The ledger could not be opened or written: Verify goes on without recording.
    void ledgerWarning(const QString &explanation);
    void finished(bool cancelled, const VerifyRunner::Summary &summary);

private:
    struct Active
    {
        SlackLinkDirectory::RequestId request = 0; // 0 while waiting to be asked again
        int attempts = 0;
        qint64 retryAt = 0; // m_clock time, while waiting
    };

    void pump();
    void ask(const QString &teamId, Active &active);
    void answered(const QString &teamId, const SlackLinkDirectory::StatusResult &result);
    void completeRow();
    void stop(bool signIn, const SlackLinkDirectory::Failure &failure);
    void finish(bool cancelled);
    void abortActive();
    void scheduleWake();
    void record(const QString &teamId, const SlackLinkDirectory::StatusResult &result);

    SlackLinkDirectory *m_directory;
    int m_maxInFlight = defaultMaxInFlight;
    QString m_appId;
    std::unique_ptr<LedgerWriter> m_ledger;
    bool m_ledgerWarned = false;

    bool m_running = false;
    quint64 m_run = 0; // which run a delayed call belongs to
    QStringList m_queue; // not yet asked
    QHash<QString, QString> m_teamNames;
    QHash<QString, Active> m_active;
    QElapsedTimer m_clock;
    qint64 m_notBefore = 0; // m_clock time before which no new request starts
    QTimer m_wake;
    int m_done = 0;
    int m_peakInFlight = 0;
    Summary m_summary;
};

Q_DECLARE_METATYPE(VerifyRunner::Summary)
