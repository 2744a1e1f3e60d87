// The crash test's writer: opens the ledger at PATH and records crashEvent(RUN, n) for n = 0, 1,
// ... until it is killed. After each record() has returned, and only then, it prints
// "<id> <n>" on a line of its own and flushes, so every id the test reads was committed.

#include "CrashEvent.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 3) {
        std::fprintf(stderr, "usage: ledger-writer PATH RUN\n");
        return 2;
    }
    Ledger ledger(arguments.at(1));
    if (!ledger.open()) {
        std::fprintf(stderr, "%s\n", qPrintable(ledger.problem().explanation));
        return 1;
    }
    const int run = arguments.at(2).toInt();
    for (int sequence = 0;; ++sequence) {
        const std::optional<qint64> id = ledger.record(crashEvent(run, sequence));
        if (!id) {
            std::fprintf(stderr, "%s\n", qPrintable(ledger.problem().explanation));
            return 1;
        }
        std::printf("%lld %d\n", static_cast<long long>(*id), sequence);
        std::fflush(stdout);
    }
}
