#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>

// The outcome of one readiness check. `id` is stable (for example "bitbucket.tls"): scripts,
// the JSON output and the tests key on it. summary, detail and fix are translated text.
struct CheckResult
{
    enum class Status { Pending, Running, Pass, Warn, Fail, Skip };

    QString id;
    Status status = Status::Pending;
    QString summary;
    QString detail;
    QString fix;

    bool isFinished() const { return status >= Status::Pass; }

    // "pass", "warn", "fail", "skip" (and "pending", "running" while not finished).
    static QString statusName(Status status);
    // Translated, for people: "Passed", "Warning", ...
    static QString statusLabel(Status status);

    // {"id","status","summary","detail","fix"}
    QJsonObject toJson() const;
};

Q_DECLARE_METATYPE(CheckResult)
