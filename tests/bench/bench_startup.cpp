// Start-up to the first painted main window, against a minimal Qt window built alongside, in the
// same run: both programs are started in turn, each says when it has painted its first frame
// and quits, and the medians of the wall-clock times (process start to first paint) are compared.
// The program also says when it is ready, with the rest of it loaded and attached to the window
// (see ui/main.cpp); that time is printed too. Prints the figures; asserts nothing (speed is
// measured here, not tested).
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

struct Times
{
    double firstPaint = -1;
    double ready = -1; // stays negative for a program that does not say it
};

// Milliseconds from start to the program's "first-paint" and "ready" lines; negative when the
// program failed. The exit that follows is waited for but not counted.
Times runOnce(const QString &program, const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    process.start(program, {});
    Times times;
    QByteArray output;
    while (process.waitForReadyRead(30000)) {
        output += process.readAll();
        const double now = double(timer.nsecsElapsed()) / 1e6;
        if (times.firstPaint < 0 && output.contains("first-paint"))
            times.firstPaint = now;
        if (times.ready < 0 && output.contains("ready"))
            times.ready = now;
    }
    // The output ends when the program does; false here means it is still running, which the
    // check below then reports.
    process.waitForFinished(30000);
    if (process.state() != QProcess::NotRunning || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return times;
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
    std::vector<double> readyTimes;
    std::vector<double> minimalTimes;
    for (int i = 0; i < runs; ++i) {
        const Times a = runOnce(program, environment);
        const Times b = runOnce(minimal, environment);
        if (a.firstPaint < 0 || a.ready < 0 || b.firstPaint < 0) {
            std::fprintf(stderr, "bench_startup: a program did not start and quit cleanly\n");
            return 1;
        }
        programTimes.push_back(a.firstPaint);
        readyTimes.push_back(a.ready);
        minimalTimes.push_back(b.firstPaint);
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
    std::printf("  workspace-connector ready (the rest loaded and attached): median %.1f ms\n",
        median(readyTimes));
    return 0;
}
