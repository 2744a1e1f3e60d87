#include "slackapi/ManifestService.h"

#include "common/Logging.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMetaObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

namespace {

constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QString compactJson(const SlackManifest &manifest)
{
    return QString::fromUtf8(QJsonDocument(manifest.json()).toJson(QJsonDocument::Compact));
}

QString backupFileName(const QString &appId, int attempt)
{
    QString safeId = appId;
    safeId.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]")), QStringLiteral("_"));
    if (safeId.isEmpty())
        safeId = QStringLiteral("app");
    const QString stamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'.'zzz'Z'"));
    const QString suffix = attempt > 0 ? u'-' + QString::number(attempt) : QString();
    return safeId + u'-' + stamp + suffix + QStringLiteral(".json");
}

bool makeOwnerOnlyDirectory(const QString &path)
{
    if (!QDir().mkpath(path))
        return false;
    return QFile::setPermissions(path, ownerOnly | QFileDevice::ExeOwner);
}

} // namespace

ManifestService::ManifestService(
    SlackApiClient *client, ConfigTokenSession *tokens, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_tokens(tokens)
{ }

QString ManifestService::backupDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/manifest-backups");
}

QString ManifestService::writeBackup(
    const QString &appId, const SlackManifest &manifest, QString *error)
{
    const QString directory = backupDirectory();
    if (!makeOwnerOnlyDirectory(directory)) {
        *error = tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(directory));
        return QString();
    }
    QString path;
    for (int attempt = 0; path.isEmpty() || QFile::exists(path); ++attempt)
        path = QDir(directory).filePath(backupFileName(appId, attempt));

    QSaveFile file(path);
    // The temporary file gets the permissions before any content is written to it.
    const bool written = file.open(QIODevice::WriteOnly) && file.setPermissions(ownerOnly)
        && file.write(manifest.toJson()) >= 0 && file.commit();
    if (!written) {
        *error =
            tr("%1 cannot be written: %2.").arg(QDir::toNativeSeparators(path), file.errorString());
        return QString();
    }
    if (QFile::permissions(path) & ~(ownerOnly | QFileDevice::ReadUser | QFileDevice::WriteUser)
        && !QFile::setPermissions(path, ownerOnly)) {
        QFile::remove(path);
        *error =
            tr("%1 cannot be made readable by its owner only.").arg(QDir::toNativeSeparators(path));
        return QString();
    }
    return path;
}

void ManifestService::exportManifest(const QString &appId, QObject *context, Callback done)
{
    auto call = std::make_shared<Call>();
    call->method = QStringLiteral("apps.manifest.export");
    call->appId = appId;
    call->arguments = SlackApiClient::arguments({{QStringLiteral("app_id"), appId}});
    call->context = context;
    call->done = std::move(done);
    call->complete = [](const SlackApiClient::Reply &reply, Result &result) {
        if (!result.ok)
            return;
        result.manifest = SlackManifest(reply.body.value(QLatin1String("manifest")).toObject());
        if (result.manifest.isNull()) {
            result.ok = false;
            result.message = tr("Slack's answer held no manifest.");
        }
    };
    send(call);
}

void ManifestService::validate(
    const QString &appId, const SlackManifest &manifest, QObject *context, Callback done)
{
    auto call = std::make_shared<Call>();
    call->method = QStringLiteral("apps.manifest.validate");
    call->appId = appId;
    QList<QPair<QString, QString>> arguments {{QStringLiteral("manifest"), compactJson(manifest)}};
    if (!appId.isEmpty())
        arguments.append({QStringLiteral("app_id"), appId});
    call->arguments = SlackApiClient::arguments(arguments);
    call->context = context;
    call->done = std::move(done);
    send(call);
}

void ManifestService::update(const QString &appId, const SlackManifest &previous,
    const SlackManifest &updated, QObject *context, Callback done)
{
    auto call = std::make_shared<Call>();
    call->method = QStringLiteral("apps.manifest.update");
    call->appId = appId;
    call->context = context;
    call->done = std::move(done);

    Result refused;
    if (previous.isNull() || updated.isNull()) {
        refused.message = tr("Nothing was sent to Slack: the app's current manifest has to be "
                             "read first, so that it can be backed up.");
        deliver(call, refused);
        return;
    }
    QString error;
    const QString backupPath = writeBackup(appId, previous, &error);
    if (backupPath.isEmpty()) {
        refused.message = tr("Nothing was sent to Slack, because the current manifest could not "
                             "be backed up first: %1")
                              .arg(error);
        deliver(call, refused);
        return;
    }
    qCInfo(lcSlackApi).noquote() << "backed up the manifest of" << appId << "to" << backupPath;

    // apps.manifest.update replaces the app's whole configuration, so all of it is sent.
    call->arguments = SlackApiClient::arguments(
        {{QStringLiteral("app_id"), appId}, {QStringLiteral("manifest"), compactJson(updated)}});
    call->complete = [backupPath](const SlackApiClient::Reply &reply, Result &result) {
        result.backupPath = backupPath;
        result.permissionsUpdated = reply.body.value(QLatin1String("permissions_updated")).toBool();
    };
    send(call);
}

void ManifestService::send(const std::shared_ptr<Call> &call)
{
    m_tokens->accessToken(this, [this, call](const ConfigTokenSession::Outcome &outcome) {
        if (!call->context)
            return;
        if (outcome.problem != ConfigTokenSession::Problem::None) {
            deliver(call, tokenFailure(outcome));
            return;
        }
        m_client->call(call->method, call->arguments, outcome.accessToken, this,
            [this, call](const SlackApiClient::Reply &reply) { onReply(call, reply); });
    });
}

void ManifestService::onReply(const std::shared_ptr<Call> &call, const SlackApiClient::Reply &reply)
{
    if (!call->context)
        return;
    if (reply.error == QLatin1String("token_expired")
        || reply.error == QLatin1String("token_revoked"))
        m_tokens->reportRejected(reply.error);
    // An access token can expire before the time the session knew of; one rotation, one retry.
    if (reply.error == QLatin1String("token_expired") && !call->retried) {
        call->retried = true;
        send(call);
        return;
    }
    deliver(call, resultOf(*call, reply));
}

ManifestService::Result ManifestService::resultOf(
    const Call &call, const SlackApiClient::Reply &reply)
{
    Result result;
    result.ok = reply.ok;
    result.error = reply.error;
    if (!reply.ok) {
        result.message = errorMessage(call, reply);
        result.errors = problems(reply.body.value(QLatin1String("errors")));
        result.retryAfterSeconds = reply.retryAfterSeconds;
        const auto tokenProblem = ConfigTokenSession::problemFor(reply.error);
        if (tokenProblem != ConfigTokenSession::Problem::Other)
            result.tokenProblem = tokenProblem;
    }
    result.warnings = problems(reply.body.value(QLatin1String("warnings")));
    if (call.complete)
        call.complete(reply, result);
    return result;
}

ManifestService::Result ManifestService::tokenFailure(const ConfigTokenSession::Outcome &outcome)
{
    Result result;
    result.message = outcome.message;
    result.tokenProblem = outcome.problem;
    switch (outcome.problem) {
    case ConfigTokenSession::Problem::InvalidRefreshToken:
        result.error = QStringLiteral("invalid_refresh_token");
        break;
    case ConfigTokenSession::Problem::TokenExpired:
        result.error = QStringLiteral("token_expired");
        break;
    case ConfigTokenSession::Problem::TokenRevoked:
        result.error = QStringLiteral("token_revoked");
        break;
    default:
        break;
    }
    return result;
}

QString ManifestService::errorMessage(const Call &call, const SlackApiClient::Reply &reply)
{
    if (!reply.transportError.isEmpty())
        return reply.transportError;
    const QString &error = reply.error;
    if (error == QLatin1String("ratelimited"))
        return tr("Slack limits how often %1 may be called for this app. Try again in %n "
                  "second(s).",
            nullptr, qMax(1, reply.retryAfterSeconds))
            .arg(call.method);
    if (error == QLatin1String("invalid_manifest")) {
        const int count = int(reply.body.value(QLatin1String("errors")).toArray().size());
        return tr(
            "Slack did not accept the manifest: %n problem(s), listed by field.", nullptr, count);
    }
    if (error == QLatin1String("app_not_found") || error == QLatin1String("invalid_app_id")
        || error == QLatin1String("invalid_app"))
        return tr("Slack knows no app %1 that this configuration token may manage (%2). Check the "
                  "App ID on the Connect page, and that the token was generated in the app's "
                  "workspace by one of its collaborators.")
            .arg(call.appId, error);
    if (error == QLatin1String("no_permission")
        || error == QLatin1String("app_not_owned_by_manager_app")
        || error == QLatin1String("app_not_eligible"))
        return tr("Slack does not let this configuration token change app %1 (%2). Generate the "
                  "token as one of the app's collaborators, in the workspace where the app was "
                  "created.")
            .arg(call.appId, error);
    if (error == QLatin1String("not_allowed_token_type") || error == QLatin1String("invalid_auth")
        || error == QLatin1String("not_authed"))
        return tr("Slack does not accept the saved token for %1 (%2): it has to be an app "
                  "configuration token. %3")
            .arg(call.method, error,
                ConfigTokenSession::messageFor(ConfigTokenSession::Problem::Other));
    const auto tokenProblem = ConfigTokenSession::problemFor(error);
    if (tokenProblem != ConfigTokenSession::Problem::Other)
        return ConfigTokenSession::messageFor(tokenProblem);
    return tr("Slack answered %1 to %2.").arg(error, call.method);
}

QList<ManifestService::Problem> ManifestService::problems(const QJsonValue &list)
{
    QList<Problem> result;
    const QJsonArray array = list.toArray();
    for (const QJsonValue &entry : array) {
        const QJsonObject object = entry.toObject();
        result.append({object.value(QLatin1String("pointer")).toString(),
            object.value(QLatin1String("message")).toString()});
    }
    return result;
}

void ManifestService::deliver(const std::shared_ptr<Call> &call, const Result &result)
{
    if (!call->context)
        return;
    QMetaObject::invokeMethod(
        call->context, [done = call->done, result] { done(result); }, Qt::QueuedConnection);
}
