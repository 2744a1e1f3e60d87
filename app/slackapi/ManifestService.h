#pragma once

#include "slack/SlackManifest.h"

#include <QList>
#include <QObject>

#include <functional>

class ConfigTokenSession;
class SlackApiClient;

// apps.manifest.export / validate / update for one app, through the configuration token session.
class ManifestService : public QObject
{
    Q_OBJECT

public:
    struct Problem
    {
        QString pointer; // JSON pointer, as Slack reports it
        QString message;
    };

    struct Result
    {
        bool ok = false;
        QString error;   // Slack's error code, or empty for a transport problem
        QString message; // translated, when !ok
        SlackManifest manifest;           // export
        QList<Problem> errors;            // validate / update with invalid_manifest
        QList<Problem> warnings;          // validate
        bool permissionsUpdated = false;  // update: installed workspaces need Update Access
        QString backupPath;               // update: where the previous manifest was saved
    };
    using Callback = std::function<void(const Result &)>;

    ManifestService(SlackApiClient *client, ConfigTokenSession *tokens, QObject *parent = nullptr);

    void exportManifest(const QString &appId, QObject *context, Callback done);
    void validate(const QString &appId, const SlackManifest &manifest, QObject *context,
                  Callback done);
    // Saves `previous` as a backup (owner-only file under backupDirectory()) before it sends the
    // whole of `updated`; refuses to send when the backup cannot be written.
    void update(const QString &appId, const SlackManifest &previous, const SlackManifest &updated,
                QObject *context, Callback done);

    static QString backupDirectory(); // <AppDataLocation>/manifest-backups
};
