#pragma once

#include "slack/SlackManifest.h"
#include "slackapi/ConfigTokenSession.h"
#include "slackapi/SlackApiClient.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrlQuery>

#include <functional>
#include <memory>

// apps.manifest.export / validate / update for one app, through the configuration token session.
//
// A call answered with token_expired is reported to the session and made once more with the
// token it rotates to. A rate-limited call is not repeated: the message says when to try again.
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
        QString error; // Slack's error code, or empty for a transport problem
        QString message; // translated, when !ok
        SlackManifest manifest; // export
        QList<Problem> errors; // validate / update with invalid_manifest
        QList<Problem> warnings; // validate
        bool permissionsUpdated = false; // update: installed workspaces need Update Access
        QString backupPath; // update: where the previous manifest was saved
        // Why no configuration token could be used; the page then asks for a new one.
        ConfigTokenSession::Problem tokenProblem = ConfigTokenSession::Problem::None;
        int retryAfterSeconds = 0; // with "ratelimited"
    };
    using Callback = std::function<void(const Result &)>;

    ManifestService(SlackApiClient *client, ConfigTokenSession *tokens, QObject *parent = nullptr);

    void exportManifest(const QString &appId, QObject *context, Callback done);
    void validate(
        const QString &appId, const SlackManifest &manifest, QObject *context, Callback done);
    // Saves `previous` as a backup (owner-only file under backupDirectory()) before it sends the
    // whole of `updated`; refuses to send when the backup cannot be written.
    void update(const QString &appId, const SlackManifest &previous, const SlackManifest &updated,
        QObject *context, Callback done);

    static QString backupDirectory(); // <AppDataLocation>/manifest-backups

    // Writes manifest to a new owner-only file in backupDirectory(), named after the app and the
    // UTC time. Returns its path, or an empty string and the reason in *error.
    static QString writeBackup(const QString &appId, const SlackManifest &manifest, QString *error);

private:
    struct Call
    {
        QString method;
        QString appId;
        QUrlQuery arguments;
        QPointer<QObject> context;
        Callback done;
        // Adds what this method's answer says to the result, whether it succeeded or not.
        std::function<void(const SlackApiClient::Reply &, Result &)> complete;
        bool retried = false;
    };

    void send(const std::shared_ptr<Call> &call);
    void onReply(const std::shared_ptr<Call> &call, const SlackApiClient::Reply &reply);
    static Result tokenFailure(const ConfigTokenSession::Outcome &outcome);
    static Result resultOf(const Call &call, const SlackApiClient::Reply &reply);
    static QString errorMessage(const Call &call, const SlackApiClient::Reply &reply);
    static QList<Problem> problems(const QJsonValue &list);
    static void deliver(const std::shared_ptr<Call> &call, const Result &result);

    SlackApiClient *m_client;
    ConfigTokenSession *m_tokens;
};
