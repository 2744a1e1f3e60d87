#pragma once

#include "store/Ledger.h"

#include <QDate>
#include <QTime>

// The event the crash test's writer records as event number sequence of writer run number run.
// The test rebuilds it from the two numbers the writer printed and compares it with what the
// ledger holds. The detail is long enough that a commit spans more than one write.
inline Ledger::Event crashEvent(int run, int sequence)
{
    Ledger::Event event;
    const QDateTime start(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
    event.time = start.addSecs(run * 3600).addMSecs(sequence);
    event.kind = Ledger::Kind(sequence % 4);
    event.outcome = sequence % 3 == 0 ? Ledger::Outcome::Failed : Ledger::Outcome::Succeeded;
    event.appId = QStringLiteral("A0CRASH");
    event.teamId = QStringLiteral("T%1").arg(run, 4, 10, QLatin1Char('0'));
    event.teamName = QStringLiteral("Crash test %1").arg(run);
    event.installerUserId = QStringLiteral("U%1").arg(sequence);
    event.installerName = QStringLiteral("Writer %1").arg(run);
    event.botScopes = {QStringLiteral("chat:write"), QStringLiteral("users:read")};
    event.userScopes = {QStringLiteral("links:read")};
    if (sequence % 2 == 0)
        event.missingUserScopes = {QStringLiteral("links:write")};
    event.detail =
        QStringLiteral("run %1 event %2 ").arg(run).arg(sequence) + QString(300, QLatin1Char('.'));
    return event;
}
