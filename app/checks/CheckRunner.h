#pragma once

#include "bitbucket/BitbucketTarget.h"
#include "checks/CheckResult.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <chrono>
#include <memory>

class QNetworkAccessManager;

// Runs the Bitbucket readiness checks concurrently on one QNetworkAccessManager. Each check is
// bounded by timeout() and can be cancelled or run again on its own. Used by the HTTPS page and
// by `workspace-connector check`.
//
// Every run of a check emits checkStarted() (inside runAll() or rerun()) and later exactly one
// checkFinished(), always from the event loop, never inside the call that started it.
// allFinished() follows once whenever the last running check has finished. runAll() while checks
// run first cancels them; rerun() of a running check ends its earlier run as cancelled.
class CheckRunner : public QObject
{
    Q_OBJECT

public:
    explicit CheckRunner(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~CheckRunner() override;

    void setTarget(const BitbucketTarget &target);
    BitbucketTarget target() const;

    // 15 s by default, never more (and never less than 100 ms); applies from the next run.
    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const;

    // The ids of every check, in the order they are shown.
    QStringList checkIds() const;
    // A short translated title for a check id, for example "Certificate".
    QString title(const QString &id) const;

    CheckResult result(const QString &id) const;
    QList<CheckResult> results() const; // in checkIds() order
    bool isRunning() const;
    bool anyFailed() const;

public Q_SLOTS:
    void runAll();
    void rerun(const QString &id);
    void cancel(); // unfinished checks end as Skip with a "cancelled" summary

Q_SIGNALS:
    void checkStarted(const QString &id);
    void checkFinished(const CheckResult &result);
    void allFinished();

private:
    struct Private;
    std::unique_ptr<Private> d;
};
