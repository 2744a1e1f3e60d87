#include "checks/CheckRunner.h"

#include "bitbucket/BitbucketUrl.h"
#include "checks/Check.h"
#include "checks/CheckCatalog.h"
#include "checks/CheckContext.h"
#include "checks/UrlCheck.h"
#include "common/Logging.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <algorithm>

namespace {

constexpr std::chrono::milliseconds maximumTimeout {15000};
// Below this a check could not even connect on a fast network; it only guards against zero,
// which QNetworkRequest would read as "no timeout".
constexpr std::chrono::milliseconds minimumTimeout {100};

CheckResult makeResult(const QString &id, CheckResult::Status status, const QString &summary,
    const QString &detail = QString(), const QString &fix = QString())
{
    CheckResult result;
    result.id = id;
    result.status = status;
    result.summary = summary;
    result.detail = detail;
    result.fix = fix;
    return result;
}

} // namespace

struct CheckRunner::Private
{
    Private(CheckRunner *owner, QNetworkAccessManager *manager);

    void begin(const QStringList &ids);
    void launch(const QString &id, quint64 token, const CheckContext &context);
    void complete(const QString &id, const CheckResult &result);
    CheckResult cancelled(const QString &id) const;
    CheckResult blockedByUrl(const QString &id) const;
    QStringList runningInOrder() const;

    CheckRunner *q;
    QNetworkAccessManager *network;
    BitbucketTarget target;
    std::chrono::milliseconds timeout = maximumTimeout;
    QHash<QString, CheckResult> results;
    QHash<QString, QPointer<Check>> checks;
    // A run is identified by its token; a queued launch or a late answer of an earlier run of
    // the same check carries an old one and is dropped.
    QHash<QString, quint64> tokens;
    QSet<QString> running;
    quint64 lastToken = 0;
    bool holdAllFinished = false;
    // allFinished() is due once each time the runner falls idle, even when a slot connected to
    // checkFinished() cancels the remaining checks from inside complete().
    bool idle = true;
};

CheckRunner::Private::Private(CheckRunner *owner, QNetworkAccessManager *manager)
    : q(owner)
    , network(manager)
{
    for (const QString &id : CheckCatalog::ids())
        results.insert(id, makeResult(id, CheckResult::Status::Pending, QString()));
}

void CheckRunner::Private::begin(const QStringList &ids)
{
    // Loaded once per run: reading the system store takes a moment.
    const CheckContext context = CheckContext::create(network, target, timeout);
    idle = false;
    QHash<QString, quint64> started;
    for (const QString &id : ids) {
        started.insert(id, ++lastToken);
        tokens.insert(id, lastToken);
        running.insert(id);
        results.insert(id, makeResult(id, CheckResult::Status::Running, QString()));
        Q_EMIT q->checkStarted(id);
    }
    // Started from the event loop, so that no result arrives inside runAll() or rerun().
    for (const QString &id : ids) {
        const quint64 token = started.value(id);
        QTimer::singleShot(0, q, [this, id, token, context] { launch(id, token, context); });
    }
}

void CheckRunner::Private::launch(const QString &id, quint64 token, const CheckContext &context)
{
    if (tokens.value(id) != token || !running.contains(id))
        return;
    if (id != UrlCheck::checkId() && !BitbucketUrl::isUsable(context.target.baseUrl)) {
        complete(id, blockedByUrl(id));
        return;
    }
    Check *check = CheckCatalog::create(id, context, q);
    checks.insert(id, check);
    QObject::connect(check, &Check::finished, q, [this, id, token](const CheckResult &result) {
        if (tokens.value(id) == token)
            complete(id, result);
    });
    check->start();
}

void CheckRunner::Private::complete(const QString &id, const CheckResult &result)
{
    tokens.insert(id, ++lastToken);
    if (QPointer<Check> check = checks.take(id)) {
        check->cancel();
        check->deleteLater();
    }
    running.remove(id);
    results.insert(id, result);
    qCDebug(lcChecks) << id << CheckResult::statusName(result.status);
    Q_EMIT q->checkFinished(result);
    if (running.isEmpty() && !holdAllFinished && !idle) {
        idle = true;
        Q_EMIT q->allFinished();
    }
}

CheckResult CheckRunner::Private::cancelled(const QString &id) const
{
    return makeResult(id, CheckResult::Status::Skip, CheckRunner::tr("Cancelled."),
        CheckRunner::tr("The check was stopped before it finished."),
        CheckRunner::tr("Run the check again."));
}

CheckResult CheckRunner::Private::blockedByUrl(const QString &id) const
{
    return makeResult(id, CheckResult::Status::Skip,
        CheckRunner::tr("Skipped: the base URL must be fixed first."),
        CheckRunner::tr("See the %1 check.").arg(UrlCheck::checkId()),
        CheckRunner::tr("Correct the base URL as %1 says, then run the checks "
                        "again.")
            .arg(UrlCheck::checkId()));
}

QStringList CheckRunner::Private::runningInOrder() const
{
    QStringList ids = CheckCatalog::ids();
    ids.erase(std::remove_if(ids.begin(), ids.end(),
                  [this](const QString &id) { return !running.contains(id); }),
        ids.end());
    return ids;
}

CheckRunner::CheckRunner(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, network))
{
    qRegisterMetaType<CheckResult>();
}

CheckRunner::~CheckRunner()
{
    // Stopped quietly: nobody should hear from an object that is going away.
    for (const QPointer<Check> &check : std::as_const(d->checks)) {
        if (check)
            check->cancel();
    }
}

void CheckRunner::setTarget(const BitbucketTarget &target)
{
    // A connection kept alive from before was verified against the old CA bundle; with another
    // bundle, the HTTP checks must not ride on it while bitbucket.tls verifies afresh.
    if (target.caBundlePath != d->target.caBundlePath)
        d->network->clearConnectionCache();
    d->target = target;
}

BitbucketTarget CheckRunner::target() const
{
    return d->target;
}

void CheckRunner::setTimeout(std::chrono::milliseconds timeout)
{
    d->timeout = std::clamp(timeout, minimumTimeout, maximumTimeout);
}

std::chrono::milliseconds CheckRunner::timeout() const
{
    return d->timeout;
}

QStringList CheckRunner::checkIds() const
{
    return CheckCatalog::ids();
}

QString CheckRunner::title(const QString &id) const
{
    return CheckCatalog::title(id);
}

CheckResult CheckRunner::result(const QString &id) const
{
    return d->results.value(id);
}

QList<CheckResult> CheckRunner::results() const
{
    QList<CheckResult> ordered;
    for (const QString &id : CheckCatalog::ids())
        ordered.append(d->results.value(id));
    return ordered;
}

bool CheckRunner::isRunning() const
{
    return !d->running.isEmpty();
}

bool CheckRunner::anyFailed() const
{
    return std::any_of(d->results.cbegin(), d->results.cend(),
        [](const CheckResult &result) { return result.status == CheckResult::Status::Fail; });
}

void CheckRunner::runAll()
{
    if (isRunning())
        cancel();
    d->begin(CheckCatalog::ids());
}

void CheckRunner::rerun(const QString &id)
{
    if (!CheckCatalog::ids().contains(id)) {
        qCWarning(lcChecks) << "no check with the id" << id;
        return;
    }
    if (d->running.contains(id)) {
        d->holdAllFinished = true;
        d->complete(id, d->cancelled(id));
        d->holdAllFinished = false;
    }
    d->begin({id});
}

void CheckRunner::cancel()
{
    for (const QString &id : d->runningInOrder())
        d->complete(id, d->cancelled(id));
}
