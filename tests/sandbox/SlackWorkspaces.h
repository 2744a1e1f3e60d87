#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>

// A Slack workspace of the stand-in, with the administrator who is signed in to it in the
// sandbox's pretend browser session and so installs apps there.
struct SlackWorkspace
{
    QString id; // T0SANDBOX01
    QString name; // Sandbox Home
    QString domain; // sandbox-home, as in https://sandbox-home.slack.com/
    QString enterpriseId; // empty unless the workspace belongs to an Enterprise organization
    QString enterpriseName;
    QString userId; // the signed-in administrator
    QString userName;
    QString userRealName;

    QString url() const;
    // {"id","name"} of the enterprise, or null: how oauth.v2.access reports it.
    QJsonValue enterpriseJson() const;
};

namespace SlackWorkspaces {

// The home workspace of every sandbox app first, then the others; the last one belongs to an
// Enterprise organization.
const QList<SlackWorkspace> &all();
// The workspace with that id, or nullptr.
const SlackWorkspace *find(const QString &teamId);
// The workspace one of whose administrators has that user id, or nullptr.
const SlackWorkspace *findByUser(const QString &userId);

} // namespace SlackWorkspaces
