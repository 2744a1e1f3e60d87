// Verify of many workspaces against the sandbox with added latency, against the ideal: every
// status request waits `latency` at the stand-in, so with N requests in flight the best any
// client can do is count × latency / N. Prints the figures; asserts nothing.
//
// usage: bench_verify [COUNT [LATENCY-MS [IN-FLIGHT]]]   (default 1000 50 8)

#include "BitbucketSandbox.h"
#include "SlackSandbox.h"
#include "bitbucket/SlackLinkDirectory.h"
#include "workspaces/VerifyRunner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const int count = arguments.size() > 1 ? arguments.at(1).toInt() : 1000;
    const int latencyMs = arguments.size() > 2 ? arguments.at(2).toInt() : 50;
    const int inFlight =
        arguments.size() > 3 ? arguments.at(3).toInt() : VerifyRunner::defaultMaxInFlight;

    QTemporaryDir work;
    BitbucketSandbox::Options options;
    options.workDirectory = work.path();
    BitbucketSandbox bitbucket(options);
    QString error;
    if (!bitbucket.start(&error)) {
        std::fprintf(stderr, "bench_verify: %s\n", qPrintable(error));
        return 1;
    }
    SlackSandbox::Options slackOptions;
    slackOptions.authority = bitbucket.certificateAuthority();
    slackOptions.caBundlePath = bitbucket.caBundlePath();
    slackOptions.bitbucketBaseUrl = bitbucket.baseUrl();
    SlackSandbox slack(slackOptions);
    if (!slack.start(&error)) {
        std::fprintf(stderr, "bench_verify: %s\n", qPrintable(error));
        return 1;
    }
    bitbucket.attachSlack(&slack);
    const QStringList teams = bitbucket.seedLinks(count);
    bitbucket.setRequestLatency(latencyMs);

    BitbucketTarget target;
    target.baseUrl = bitbucket.baseUrl();
    target.caBundlePath = bitbucket.caBundlePath();
    target.username = BitbucketSandbox::adminUser();
    target.password = BitbucketSandbox::adminPassword();
    QNetworkAccessManager network;
    SlackLinkDirectory directory(&network, target);
    VerifyRunner runner(&directory);
    runner.setMaxInFlight(inFlight);
    runner.setLedgerPath(work.filePath(QStringLiteral("ledger.sqlite")));

    QElapsedTimer timer;
    double elapsedMs = 0;
    VerifyRunner::Summary result;
    QObject::connect(
        &runner, &VerifyRunner::finished, &app, [&](bool, const VerifyRunner::Summary &summary) {
            elapsedMs = double(timer.nsecsElapsed()) / 1e6;
            result = summary;
            app.quit();
        });
    timer.start();
    runner.start(teams);
    app.exec();
    bitbucket.attachSlack(nullptr);

    const double idealMs = double(count) * latencyMs / inFlight;
    std::printf("verify: %d workspaces, %d ms added latency per request, %d in flight\n", count,
        latencyMs, inFlight);
    std::printf("  elapsed %.0f ms, ideal %.0f ms, ratio %.2f (target: at most 1.5)\n", elapsedMs,
        idealMs, elapsedMs / idealMs);
    std::printf("  peak in flight %d; %s\n", runner.peakInFlight(), qPrintable(result.text));
    return result.checked == count ? 0 : 1;
}
