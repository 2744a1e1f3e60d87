#include "workspaces/VerifyRunner.h"

#include "checks/NetworkProblem.h"
#include "common/Logging.h"
#include "store/LedgerWriter.h"

#include <algorithm>
#include <limits>
#include <utility>

using StatusResult = SlackLinkDirectory::StatusResult;
using Problem = StatusResult::Problem;

namespace {

const WorkspaceStatus reportedStatuses[] = {
    WorkspaceStatus::Connected,
    WorkspaceStatus::Limited,
    WorkspaceStatus::OAuthFailure,
    WorkspaceStatus::NotConnected,
    WorkspaceStatus::Unknown,
};

// A network failure that every further request would meet as well.
bool endsTheRun(const StatusResult &result)
{
    if (result.problem == Problem::Tls || result.problem == Problem::SignIn)
        return true;
    if (result.problem != Problem::Network)
        return false;
    if (result.networkError == QNetworkReply::NoError)
        return true; // not sent at all (an unusable CA bundle)
    const NetworkProblem::Kind kind = NetworkProblem::fromReplyError(result.networkError);
    return kind == NetworkProblem::Kind::ConnectionRefused
        || kind == NetworkProblem::Kind::HostNotFound || kind == NetworkProblem::Kind::Tls;
}

} // namespace

VerifyRunner::VerifyRunner(SlackLinkDirectory *directory, QObject *parent)
    : QObject(parent)
    , m_directory(directory)
{
    m_wake.setSingleShot(true);
    connect(&m_wake, &QTimer::timeout, this, &VerifyRunner::pump);
    m_clock.start();
}

VerifyRunner::~VerifyRunner()
{
    // No signal from here on: the owner is going away.
    m_running = false;
    abortActive();
}

void VerifyRunner::setMaxInFlight(int count)
{
    m_maxInFlight = std::max(1, count);
    if (m_running)
        pump();
}

void VerifyRunner::setLedgerPath(const QString &path)
{
    if (m_ledger && m_ledger->path() == path)
        return;
    m_ledger.reset();
    m_ledgerWarned = false;
    if (path.isEmpty())
        return;
    m_ledger = std::make_unique<LedgerWriter>(path);
    connect(m_ledger.get(), &LedgerWriter::openFailed, this,
        [this](const QString &explanation, const QString &) {
            if (m_ledgerWarned)
                return;
            m_ledgerWarned = true;
            emit ledgerWarning(
                tr("Verify results are not recorded in the ledger: %1").arg(explanation));
        });
    connect(m_ledger.get(), &LedgerWriter::recordFailed, this,
        [this](const QString &, const QString &explanation, const QString &) {
            if (m_ledgerWarned)
                return;
            m_ledgerWarned = true;
            emit ledgerWarning(
                tr("A verify result was not recorded in the ledger: %1").arg(explanation));
        });
}

bool VerifyRunner::start(const QStringList &teamIds, const QHash<QString, QString> &teamNames)
{
    if (m_running)
        return false;
    ++m_run;
    m_running = true;
    m_queue.clear();
    QSet<QString> seen;
    for (const QString &teamId : teamIds) {
        if (!teamId.isEmpty() && !seen.contains(teamId)) {
            seen.insert(teamId);
            m_queue.append(teamId);
        }
    }
    m_teamNames = teamNames;
    m_active.clear();
    m_notBefore = 0;
    m_done = 0;
    m_peakInFlight = 0;
    m_summary = Summary();
    m_summary.total = int(m_queue.size());
    qCInfo(lcBitbucket) << "Verifying" << m_summary.total << "workspaces," << m_maxInFlight
                        << "at a time";
    if (m_queue.isEmpty()) {
        // Later, so that the caller sees finished() like after any other start.
        QTimer::singleShot(0, this, [this, run = m_run] {
            if (m_running && m_run == run)
                finish(false);
        });
        return true;
    }
    pump();
    return true;
}

void VerifyRunner::cancel()
{
    if (!m_running)
        return;
    qCInfo(lcBitbucket) << "Verify cancelled after" << m_done << "of" << m_summary.total;
    abortActive();
    finish(true);
}

VerifyRunner::Summary VerifyRunner::summary() const
{
    Summary summary = m_summary;
    summary.text = summaryText(summary);
    return summary;
}

void VerifyRunner::abortActive()
{
    m_wake.stop();
    const QHash<QString, Active> active = std::exchange(m_active, {});
    for (const Active &entry : active) {
        if (entry.request != 0)
            m_directory->abort(entry.request);
    }
}

void VerifyRunner::pump()
{
    if (!m_running)
        return;
    const qint64 now = m_clock.elapsed();
    // First the requests that waited for a 429's delay, then new ones, both only once the
    // delay Bitbucket asked for is over.
    if (now >= m_notBefore) {
        for (auto it = m_active.begin(); it != m_active.end(); ++it) {
            if (it->request == 0 && it->retryAt <= now) {
                ask(it.key(), *it);
                if (!m_running)
                    return;
            }
        }
        while (m_running && !m_queue.isEmpty() && m_active.size() < m_maxInFlight
            && m_clock.elapsed() >= m_notBefore) {
            const QString teamId = m_queue.takeFirst();
            Active &active = m_active[teamId];
            ask(teamId, active);
        }
    }
    if (m_running)
        scheduleWake();
}

void VerifyRunner::scheduleWake()
{
    qint64 next = -1;
    for (const Active &active : std::as_const(m_active)) {
        if (active.request == 0)
            next = next < 0 ? active.retryAt : std::min(next, active.retryAt);
    }
    if (!m_queue.isEmpty() && m_active.size() < m_maxInFlight)
        next = next < 0 ? m_notBefore : std::min(next, m_notBefore);
    if (next < 0) {
        m_wake.stop();
        return;
    }
    next = std::max(next, m_notBefore);
    const qint64 delay = std::max<qint64>(0, next - m_clock.elapsed());
    m_wake.start(int(std::min<qint64>(delay, std::numeric_limits<int>::max())));
}

void VerifyRunner::ask(const QString &teamId, Active &active)
{
    ++active.attempts;
    // The directory answers later, from the event loop, never from within status().
    active.request = m_directory->status(
        teamId, [this, teamId](const StatusResult &result) { answered(teamId, result); });
    int sent = 0;
    for (const Active &entry : std::as_const(m_active))
        sent += entry.request != 0 ? 1 : 0;
    m_peakInFlight = std::max(m_peakInFlight, sent);
}

void VerifyRunner::answered(const QString &teamId, const StatusResult &result)
{
    auto found = m_active.find(teamId);
    if (!m_running || found == m_active.end())
        return;
    found->request = 0;

    if (result.isRowStatus()) {
        m_active.erase(found);
        ++m_summary.checked;
        ++m_summary.counts[result.status];
        record(teamId, result);
        emit workspaceVerified(teamId, result.status, result.detail, result.checkedAt);
        completeRow();
        return;
    }
    if (endsTheRun(result)) {
        stop(result.problem == Problem::SignIn, result.failure);
        return;
    }
    if (result.problem == Problem::RateLimited && found->attempts < maxAttempts) {
        const qint64 delay = result.retryAfter ? result.retryAfter->count()
                                               : defaultRetryDelay.count() * found->attempts;
        const qint64 at = m_clock.elapsed() + delay;
        found->retryAt = at;
        m_notBefore = std::max(m_notBefore, at);
        qCInfo(lcBitbucket) << "Bitbucket throttles Verify: waiting" << delay << "ms before"
                            << teamId << "is asked again";
        emit throttled(teamId, int(std::min<qint64>(delay, std::numeric_limits<int>::max())));
        if (m_running)
            pump();
        return;
    }
    // Throttled too often, or no answer in time: this row keeps what it had.
    m_active.erase(found);
    ++m_summary.notChecked;
    const QString reason = result.problem == Problem::RateLimited
        ? tr(
            "Not checked: Bitbucket still asked to slow down after %n attempt(s).", "", maxAttempts)
        : tr("Not checked: %1").arg(result.failure.explanation);
    emit workspaceNotVerified(teamId, reason);
    completeRow();
}

void VerifyRunner::completeRow()
{
    ++m_done;
    if (!m_running)
        return;
    emit progress(m_done, m_summary.total);
    if (!m_running)
        return;
    if (m_queue.isEmpty() && m_active.isEmpty()) {
        finish(false);
        return;
    }
    pump();
}

void VerifyRunner::stop(bool signIn, const SlackLinkDirectory::Failure &failure)
{
    qCWarning(lcBitbucket) << "Verify stopped:" << failure.code;
    abortActive();
    m_queue.clear();
    m_summary.stopped = true;
    if (signIn)
        emit signInProblem(failure.explanation, failure.advice);
    else
        emit connectionProblem(failure.explanation, failure.advice);
    if (m_running)
        finish(false);
}

void VerifyRunner::finish(bool cancelled)
{
    m_running = false;
    m_wake.stop();
    m_queue.clear();
    m_summary.cancelled = cancelled;
    m_summary.text = summaryText(m_summary);
    qCInfo(lcBitbucket).noquote() << "Verify finished:" << m_summary.text;
    emit finished(cancelled, m_summary);
}

void VerifyRunner::record(const QString &teamId, const StatusResult &result)
{
    if (!m_ledger)
        return;
    Ledger::Event event;
    event.time = result.checkedAt.isValid() ? result.checkedAt : QDateTime::currentDateTimeUtc();
    event.kind = Ledger::Kind::Verification;
    event.outcome = WorkspaceStatusNames::isHealthy(result.status) ? Ledger::Outcome::Succeeded
                                                                   : Ledger::Outcome::Failed;
    event.appId = m_appId;
    event.teamId = teamId;
    event.teamName = m_teamNames.value(teamId);
    event.detail = WorkspaceStatusNames::code(result.status);
    m_ledger->record(event);
}

QString VerifyRunner::summaryText(const Summary &summary)
{
    QStringList parts;
    for (WorkspaceStatus status : reportedStatuses) {
        const int count = summary.counts.value(status);
        if (count == 0)
            continue;
        switch (status) {
        case WorkspaceStatus::Connected:
            parts << tr("%n connected", "workspaces", count);
            break;
        case WorkspaceStatus::Limited:
            parts << tr("%n limited", "workspaces", count);
            break;
        case WorkspaceStatus::OAuthFailure:
            parts << tr("%n OAuth failure(s)", "workspaces", count);
            break;
        case WorkspaceStatus::NotConnected:
            parts << tr("%n not connected", "workspaces", count);
            break;
        case WorkspaceStatus::Unknown:
        case WorkspaceStatus::NotChecked:
            parts << tr("%n unknown", "workspaces", count);
            break;
        }
    }
    if (summary.notChecked > 0)
        parts << tr("%n not checked", "workspaces", summary.notChecked);

    QString head;
    if (summary.cancelled || summary.stopped) {
        head = tr("%1 of %n workspace(s) checked", "", summary.total).arg(summary.checked);
    } else {
        head = tr("%n workspace(s) checked", "", summary.checked);
    }
    QString line = parts.isEmpty()
        ? head
        : tr("%1: %2", "count, then counts by status").arg(head, parts.join(tr(", ")));
    if (summary.cancelled)
        line = tr("Verify cancelled. %1").arg(line);
    else if (summary.stopped)
        line = tr("Verify stopped. %1").arg(line);
    return line;
}
