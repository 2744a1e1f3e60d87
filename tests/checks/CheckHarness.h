#pragma once

#include "BitbucketSandbox.h"
#include "bitbucket/BitbucketTarget.h"
#include "checks/CheckResult.h"
#include "checks/CheckRunner.h"

#include <QNetworkAccessManager>

#include <chrono>
#include <memory>

// A sandbox, a network manager and a CheckRunner for the check tests: starts the stand-in with
// the faults asked for and runs checks against it until they finish.
class CheckHarness
{
public:
    explicit CheckHarness(const QSet<BitbucketSandbox::Fault> &faults = {}, int latencyMs = 20000);
    ~CheckHarness();

    // Starts the sandbox; on failure says why in errorMessage.
    bool start(QString *errorMessage);

    BitbucketSandbox &sandbox() { return *m_sandbox; }
    CheckRunner &runner() { return *m_runner; }

    // The sandbox's base URL, its CA bundle, its plain HTTP port and the administrator's
    // credentials.
    BitbucketTarget adminTarget() const;
    BitbucketTarget targetFor(const QString &user, const QString &password) const;

    // Runs one check with rerun() and waits for the runner to finish; a result with an empty id
    // when it did not finish within the runner's timeout and a margin.
    CheckResult run(const QString &id, const BitbucketTarget &target);
    // Runs every check; false when they did not all finish in time.
    bool runAll(const BitbucketTarget &target);

    // Runs one check on a runner of its own against target (a CannedServer, a closed port).
    static CheckResult runAgainst(const QString &id, const BitbucketTarget &target);

    // Status, summary, detail and fix on separate lines, for failure messages.
    static QString explain(const CheckResult &result);

    // Whether any result's text contains needle (for example a password that must not show).
    bool anyTextContains(const QString &needle) const;

private:
    bool waitForAllFinished();

    QNetworkAccessManager m_network;
    std::unique_ptr<BitbucketSandbox> m_sandbox;
    std::unique_ptr<CheckRunner> m_runner;
};
