#include "checks/CheckResult.h"

#include <QCoreApplication>

QString CheckResult::statusName(Status status)
{
    switch (status) {
    case Status::Pending:
        return QStringLiteral("pending");
    case Status::Running:
        return QStringLiteral("running");
    case Status::Pass:
        return QStringLiteral("pass");
    case Status::Warn:
        return QStringLiteral("warn");
    case Status::Fail:
        return QStringLiteral("fail");
    case Status::Skip:
        return QStringLiteral("skip");
    }
    return QString();
}

QString CheckResult::statusLabel(Status status)
{
    switch (status) {
    case Status::Pending:
        return QCoreApplication::translate("CheckResult", "Waiting");
    case Status::Running:
        return QCoreApplication::translate("CheckResult", "Checking…");
    case Status::Pass:
        return QCoreApplication::translate("CheckResult", "Passed");
    case Status::Warn:
        return QCoreApplication::translate("CheckResult", "Warning");
    case Status::Fail:
        return QCoreApplication::translate("CheckResult", "Failed");
    case Status::Skip:
        return QCoreApplication::translate("CheckResult", "Skipped");
    }
    return QString();
}

QJsonObject CheckResult::toJson() const
{
    return QJsonObject {
        {QStringLiteral("id"), id},
        {QStringLiteral("status"), statusName(status)},
        {QStringLiteral("summary"), summary},
        {QStringLiteral("detail"), detail},
        {QStringLiteral("fix"), fix},
    };
}
