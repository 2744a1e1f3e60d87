#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

// How the Slack stand-in validates a manifest for apps.manifest.validate and .update: a subset
// of the schema Slack applies, reported the way Slack reports it, one finding per JSON pointer.
namespace SandboxManifestRules {

struct Finding
{
    QString code;
    QString pointer;
    QString message;

    QJsonObject toJson() const;
};

struct Report
{
    QList<Finding> errors; // the manifest is refused when there is any
    QList<Finding> warnings; // accepted, but worth knowing (http where https is needed)
};

Report check(const QJsonObject &manifest);

// Whether the bot or user scopes differ, so that installed workspaces must be authorised again.
bool scopesDiffer(const QJsonObject &before, const QJsonObject &after);

} // namespace SandboxManifestRules
