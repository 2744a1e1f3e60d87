#include "CheckHarness.h"

#include <QSignalSpy>

CheckHarness::CheckHarness(const QSet<BitbucketSandbox::Fault> &faults, int latencyMs)
    : m_runner(std::make_unique<CheckRunner>(&m_network))
{
    BitbucketSandbox::Options options;
    options.faults = faults;
    options.latencyMs = latencyMs;
    m_sandbox = std::make_unique<BitbucketSandbox>(options);
}

CheckHarness::~CheckHarness()
{
    m_runner.reset();
    m_sandbox.reset();
}

bool CheckHarness::start(QString *errorMessage)
{
    return m_sandbox->start(errorMessage);
}

BitbucketTarget CheckHarness::adminTarget() const
{
    return targetFor(BitbucketSandbox::adminUser(), BitbucketSandbox::adminPassword());
}

BitbucketTarget CheckHarness::targetFor(const QString &user, const QString &password) const
{
    BitbucketTarget target;
    target.baseUrl = m_sandbox->baseUrl();
    target.caBundlePath = m_sandbox->caBundlePath();
    target.plainHttpPort = m_sandbox->httpPort();
    target.username = user;
    target.password = password;
    return target;
}

CheckResult CheckHarness::run(const QString &id, const BitbucketTarget &target)
{
    m_runner->setTarget(target);
    m_runner->rerun(id);
    if (!waitForAllFinished())
        return CheckResult();
    return m_runner->result(id);
}

CheckResult CheckHarness::runAgainst(const QString &id, const BitbucketTarget &target)
{
    QNetworkAccessManager network;
    CheckRunner runner(&network);
    runner.setTarget(target);
    QSignalSpy finished(&runner, &CheckRunner::allFinished);
    runner.rerun(id);
    if (!finished.wait(int((runner.timeout() + std::chrono::milliseconds(5000)).count())))
        return CheckResult();
    return runner.result(id);
}

bool CheckHarness::runAll(const BitbucketTarget &target)
{
    m_runner->setTarget(target);
    m_runner->runAll();
    return waitForAllFinished();
}

bool CheckHarness::waitForAllFinished()
{
    QSignalSpy finished(m_runner.get(), &CheckRunner::allFinished);
    const auto margin = std::chrono::milliseconds(5000);
    return finished.wait(int((m_runner->timeout() + margin).count()));
}

bool CheckHarness::anyTextContains(const QString &needle) const
{
    const QList<CheckResult> results = m_runner->results();
    return std::any_of(results.cbegin(), results.cend(), [&needle](const CheckResult &result) {
        return result.summary.contains(needle) || result.detail.contains(needle)
            || result.fix.contains(needle);
    });
}

QString CheckHarness::explain(const CheckResult &result)
{
    const QString text = result.id + QStringLiteral(": ") + CheckResult::statusName(result.status)
        + QStringLiteral("\nsummary: ") + result.summary + QStringLiteral("\ndetail: ")
        + result.detail + QStringLiteral("\nfix: ") + result.fix;
    return text;
}
