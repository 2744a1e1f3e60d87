#pragma once

#include "bitbucket/AuthFailure.h"
#include "checks/Check.h"

// bitbucket.admin: the credentials belong to a Bitbucket global administrator. It asks the Slack
// integration's administrator-only can-reach-slack resource with Basic authentication: any answer
// from the resource itself (reachable or not) proves the admin permission.
class AdminCheck : public Check
{
    Q_OBJECT

public:
    using Check::Check;

    static QString checkId() { return QStringLiteral("bitbucket.admin"); }
    QString id() const override { return checkId(); }

    // Slack integration's answer when Bitbucket cannot reach Slack.
    static bool isPingFailure(const HttpAnswer &answer);

protected:
    void run() override;

private:
    void onAnswer(const HttpAnswer &answer);
    void onAdministrator(const HttpAnswer &answer);
    void onRefused(AuthFailure::Kind kind, const HttpAnswer &answer);
    void onUnexpected(const HttpAnswer &answer);
    // Only for the kinds onRefused() handles (not None or Unknown).
    QString refusalSummary(AuthFailure::Kind kind) const;
    QString refusalFix(AuthFailure::Kind kind) const;
    QString user() const { return target().username; }
};
