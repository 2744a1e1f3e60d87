#pragma once

#include "checks/Check.h"

// bitbucket.slack-integration: Atlassian's Slack integration ("Slack for Bitbucket") is installed
// and answers (GET <base>/rest/slack/latest/connection), and Bitbucket can reach Slack
// (POST .../connection/can-reach-slack, which needs an administrator).
class SlackIntegrationCheck : public Check
{
    Q_OBJECT

public:
    using Check::Check;

    static QString checkId() { return QStringLiteral("bitbucket.slack-integration"); }
    QString id() const override { return checkId(); }

protected:
    void run() override;

private:
    void onConnections(const HttpAnswer &answer);
    void onReachability(const HttpAnswer &answer);
    void skipForAdmin(const QString &detail, const QString &summary);
    void failNotInstalled(const HttpAnswer &answer);
    void failUnexpected(const HttpAnswer &answer);
    QString workspaces() const;

    int m_workspaceCount = 0;
    QString m_connectionsDetail;
};
