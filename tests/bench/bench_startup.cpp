// Start-up to the first painted main window, against a minimal Qt window built alongside, in the
// same run: both programs are started in turn, each says when it has painted its first frame
// and quits, and the medians of the wall-clock times (process start to first paint) are compared.
// Prints the figures; asserts nothing (speed is measured here, not tested).
//
// usage: bench_startup [RUNS]   (default 21; QT_QPA_PLATFORM decides where the windows go)

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// Milliseconds from start to the program's "first-paint" line, or a negative number when the
// program failed. The exit that follows is waited for but not counted.
double runOnce(const QString &program, const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    process.start(program, {});
    double elapsed = -1;
    while (process.waitForReadyRead(30000)) {
        if (process.readAll().contains("first-paint")) {
            elapsed = double(timer.nsecsElapsed()) / 1e6;
            break;
        }
    }
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    return elapsed;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(3, QString::fromLocal8Bit(argv[1]).toInt()) : 21;

    // A fresh home, so the program starts as on first run, with no settings, keychain entries or
    // ledger of the person running the benchmark.
    QTemporaryDir home;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    environment.insert(
        QStringLiteral("WORKSPACE_CONNECTOR_QUIT_AFTER_FIRST_PAINT"), QStringLiteral("1"));
    if (!environment.contains(QStringLiteral("QT_QPA_PLATFORM")))
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));

    const QString program = QStringLiteral(CONNECTOR_PROGRAM);
    const QString minimal = QStringLiteral(MINIMAL_WINDOW);
    // One warm-up run each, so both find the shared libraries in the page cache.
    runOnce(program, environment);
    runOnce(minimal, environment);

    std::vector<double> programTimes;
    std::vector<double> minimalTimes;
    for (int i = 0; i < runs; ++i) {
        const double a = runOnce(program, environment);
        const double b = runOnce(minimal, environment);
        if (a < 0 || b < 0) {
            std::fprintf(stderr, "bench_startup: a program did not start and quit cleanly\n");
            return 1;
        }
        programTimes.push_back(a);
        minimalTimes.push_back(b);
    }
    const double programMedian = median(programTimes);
    const double minimalMedian = median(minimalTimes);
    std::printf("startup: %d runs each, platform %s\n", runs,
        qPrintable(environment.value(QStringLiteral("QT_QPA_PLATFORM"))));
    std::printf("  workspace-connector to first paint: median %.1f ms (min %.1f)\n", programMedian,
        *std::min_element(programTimes.begin(), programTimes.end()));
    std::printf("  minimal Qt window to first paint:   median %.1f ms (min %.1f)\n", minimalMedian,
        *std::min_element(minimalTimes.begin(), minimalTimes.end()));
    std::printf("  ratio: %.2f (target: at most 1.25)\n", programMedian / minimalMedian);
    return 0;
}
