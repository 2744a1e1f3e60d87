#include "SlackSandbox.h"

#include "SandboxManifestRules.h"
#include "SandboxManifests.h"
#include "SandboxRequests.h"
#include "SandboxResponses.h"
#include "SlackOAuth.h"
#include "SlackTokenRegistry.h"
#include "SlackWorkspaces.h"
#include "common/Logging.h"

#include <QDir>
#include <QElapsedTimer>
#include <QHash>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSslConfiguration>
#include <QSslServer>
#include <QTemporaryDir>

#include <cmath>
#include <vector>

namespace {

using Status = QHttpServerResponse::StatusCode;
using Arguments = SandboxRequests::Arguments;
using SandboxResponses::slackError;
using SandboxResponses::slackOk;

constexpr qint64 rateWindowMs = 60 * 1000;

QHttpServerResponse rateLimited(int retryAfterSeconds)
{
    QHttpServerResponse response =
        slackError(QStringLiteral("ratelimited"), Status::TooManyRequests);
    response.setHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfterSeconds));
    return response;
}

QJsonObject errorBody(const QString &error, QJsonObject extra = {})
{
    extra.insert(QStringLiteral("ok"), false);
    extra.insert(QStringLiteral("error"), error);
    return extra;
}

QJsonObject missingScope(const QString &needed, const QStringList &provided)
{
    return errorBody(QStringLiteral("missing_scope"),
        {{QStringLiteral("needed"), needed},
            {QStringLiteral("provided"), provided.join(QLatin1Char(','))}});
}

QJsonArray findingsJson(const QList<SandboxManifestRules::Finding> &findings)
{
    QJsonArray array;
    for (const auto &finding : findings)
        array.append(finding.toJson());
    return array;
}

} // namespace

struct SlackSandbox::Private
{
    using App = SlackSandboxApp;

    bool makeCertificate(QString *errorMessage);
    bool listen(QString *errorMessage);
    void serve(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    QHttpServerResponse answer(const QString &method, const QHttpServerRequest &request);
    QString refusedToken(const QHttpServerRequest &request, const Arguments &arguments) const;
    QJsonObject authTest(const QString &token) const;
    QJsonObject usersInfo(const QString &token, const QString &userId) const;
    QJsonObject teamInfo(const QString &token, const QString &teamId) const;
    QJsonObject revoke(const QString &token, const Arguments &arguments);
    QJsonObject uninstall(const QString &token, const Arguments &arguments);
    // Slack's refusal of an installation's token (or of a configuration token), or an empty
    // object for one that works.
    QJsonObject refusalOf(const QString &token) const;
    QString appProblem(const QString &appId) const;
    int retryAfterForUpdate(App &app);
    QHttpServerResponse apiTest(const Arguments &arguments) const;
    QHttpServerResponse rotate(const Arguments &arguments);
    QHttpServerResponse exportManifest(const Arguments &arguments) const;
    QHttpServerResponse validate(const Arguments &arguments) const;
    QHttpServerResponse update(const Arguments &arguments);
    static QHttpServerResponse invalidManifest(const QJsonObject &errorsAndWarnings);
    static bool parseManifest(
        const Arguments &arguments, QJsonObject *manifest, QHttpServerResponse *refusal);

    SlackSandbox *q = nullptr;
    Options options;
    std::unique_ptr<QTemporaryDir> temporaryDirectory;
    QString caBundlePath;
    CertificateFactory::GeneratedCertificate authority;
    CertificateFactory::GeneratedCertificate server;
    std::unique_ptr<QHttpServer> httpServer;
    quint16 port = 0;
    SlackTokenRegistry tokens;
    SlackSandboxApps apps;
    SlackInstallations installations;
    std::unique_ptr<SlackOAuth> oauth;
    QHash<QString, int> calls;
    Fault fault = Fault::None;
    int faultRetryAfter = 30;
    std::vector<std::unique_ptr<QHttpServerResponder>> unanswered;
    QElapsedTimer clock;
};

bool SlackSandbox::Private::makeCertificate(QString *errorMessage)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    authority = options.authority;
    caBundlePath = options.caBundlePath;
    if (authority.isNull()) {
        authority = CertificateFactory::createAuthority(
            QStringLiteral("Workspace Connector Slack Sandbox CA"), now.addDays(-90),
            now.addDays(730), errorMessage);
        if (authority.isNull())
            return false;
        QString directory = options.workDirectory;
        if (directory.isEmpty()) {
            temporaryDirectory = std::make_unique<QTemporaryDir>();
            directory = temporaryDirectory->path();
        }
        caBundlePath = QDir(directory).absoluteFilePath(QStringLiteral("slack-sandbox-ca.pem"));
        QSaveFile file(caBundlePath);
        if (!QDir().mkpath(directory) || !file.open(QIODevice::WriteOnly)
            || file.write(authority.certificate.toPem()) < 0 || !file.commit()) {
            *errorMessage =
                QStringLiteral("Cannot write %1: %2").arg(caBundlePath, file.errorString());
            return false;
        }
    }
    const CertificateFactory::Request request {QStringLiteral("localhost"),
        {QStringLiteral("localhost")}, {QHostAddress(QHostAddress::LocalHost)}, now.addDays(-1),
        now.addDays(365)};
    server = CertificateFactory::createSigned(request, authority, errorMessage);
    return !server.isNull();
}

bool SlackSandbox::Private::listen(QString *errorMessage)
{
    auto listener = std::make_unique<QSslServer>();
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(server.certificate);
    configuration.setPrivateKey(server.privateKey);
    listener->setSslConfiguration(configuration);
    if (!listener->listen(QHostAddress::LocalHost, options.httpsPort)) {
        *errorMessage = QStringLiteral("Cannot listen for HTTPS on 127.0.0.1:%1: %2")
                            .arg(options.httpsPort)
                            .arg(listener->errorString());
        return false;
    }
    port = listener->serverPort();
    httpServer = std::make_unique<QHttpServer>();
    httpServer->setMissingHandler(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            serve(request, std::move(responder));
        });
    httpServer->bind(listener.release());
    return true;
}

void SlackSandbox::Private::serve(
    const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    const QString path = request.url().path();
    if (path == authorizePath()) {
        // The browser's page, not the Web API: the faults leave it alone.
        qCInfo(lcSandbox).noquote() << "slack" << path;
        oauth->authorize(request, authorizePath()).write(std::move(responder));
        return;
    }
    if (!path.startsWith(QLatin1String("/api/"))) {
        slackError(QStringLiteral("unknown_method"), Status::NotFound).write(std::move(responder));
        return;
    }
    const QString method = path.mid(5);
    qCInfo(lcSandbox).noquote() << "slack" << method;
    ++calls[method];
    emit q->methodCalled(method);
    switch (fault) {
    case Fault::None:
        break;
    case Fault::NoAnswer:
        // Kept, so the connection stays open until the client gives up.
        unanswered.push_back(std::make_unique<QHttpServerResponder>(std::move(responder)));
        return;
    case Fault::HtmlErrorPage:
        SandboxResponses::html(Status::BadGateway, QStringLiteral("502 Bad Gateway"),
            QStringLiteral("The proxy could not reach slack.com."))
            .write(std::move(responder));
        return;
    case Fault::RateLimited:
        rateLimited(faultRetryAfter).write(std::move(responder));
        return;
    }
    answer(method, request).write(std::move(responder));
}

QHttpServerResponse SlackSandbox::Private::answer(
    const QString &method, const QHttpServerRequest &request)
{
    const Arguments arguments = SandboxRequests::argumentsOf(request);
    if (method == QLatin1String("api.test"))
        return apiTest(arguments);
    if (method == QLatin1String("tooling.tokens.rotate"))
        return rotate(arguments);
    if (method == QLatin1String("oauth.v2.access"))
        return oauth->access(request);
    const QString token = SandboxRequests::tokenOf(request, arguments);
    if (method == QLatin1String("auth.test"))
        return SandboxResponses::json(authTest(token));
    if (method == QLatin1String("users.info"))
        return SandboxResponses::json(usersInfo(token, arguments.value(QStringLiteral("user"))));
    if (method == QLatin1String("team.info"))
        return SandboxResponses::json(teamInfo(token, arguments.value(QStringLiteral("team"))));
    if (method == QLatin1String("auth.revoke"))
        return SandboxResponses::json(revoke(token, arguments));
    if (method == QLatin1String("apps.uninstall"))
        return SandboxResponses::json(uninstall(token, arguments));
    const bool manifestMethod = method == QLatin1String("apps.manifest.export")
        || method == QLatin1String("apps.manifest.validate")
        || method == QLatin1String("apps.manifest.update");
    if (!manifestMethod)
        return slackError(QStringLiteral("unknown_method"), Status::NotFound);
    const QString refusal = refusedToken(request, arguments);
    if (!refusal.isEmpty())
        return slackError(refusal);
    if (method == QLatin1String("apps.manifest.export"))
        return exportManifest(arguments);
    if (method == QLatin1String("apps.manifest.validate"))
        return validate(arguments);
    return update(arguments);
}

QString SlackSandbox::Private::refusedToken(
    const QHttpServerRequest &request, const Arguments &arguments) const
{
    const QString token = SandboxRequests::tokenOf(request, arguments);
    if (token.isEmpty())
        return QStringLiteral("not_authed");
    return SlackTokenRegistry::errorCode(tokens.check(token));
}

QJsonObject SlackSandbox::Private::refusalOf(const QString &token) const
{
    if (token.isEmpty())
        return errorBody(QStringLiteral("not_authed"));
    if (installations.find(token)) {
        const QString refusal = installations.refusal(token);
        return refusal.isEmpty() ? QJsonObject() : errorBody(refusal);
    }
    const QString refusal = SlackTokenRegistry::errorCode(tokens.check(token));
    return refusal.isEmpty() ? QJsonObject() : errorBody(refusal);
}

// A8: who the token is, in which workspace; bot_id for a bot token. A configuration token
// belongs to the administrator of the home workspace.
QJsonObject SlackSandbox::Private::authTest(const QString &token) const
{
    const QJsonObject refusal = refusalOf(token);
    if (!refusal.isEmpty())
        return refusal;
    const SlackInstallations::Token *known = installations.find(token);
    const SlackWorkspace *found =
        SlackWorkspaces::find(known ? known->teamId : SlackSandbox::teamId());
    // Seeded links live in workspaces the stand-in does not list; they get a plain one.
    SlackWorkspace seeded;
    if (!found) {
        seeded.id = known->teamId;
        seeded.name = known->teamId;
        seeded.domain = known->teamId.toLower();
        seeded.userId = known->userId;
        seeded.userName = QStringLiteral("admin");
    }
    const SlackWorkspace *workspace = found ? found : &seeded;
    QJsonObject body {
        {QStringLiteral("ok"), true},
        {QStringLiteral("url"), workspace->url()},
        {QStringLiteral("team"), workspace->name},
        {QStringLiteral("team_id"), workspace->id},
        {QStringLiteral("is_enterprise_install"), false},
    };
    if (!workspace->enterpriseId.isEmpty())
        body.insert(QStringLiteral("enterprise_id"), workspace->enterpriseId);
    if (known && known->kind == SlackInstallations::Kind::Bot) {
        const SlackInstallations::BotUser *bot =
            installations.botUserOf(known->appId, known->teamId);
        if (bot) {
            body.insert(QStringLiteral("user"), bot->name);
            body.insert(QStringLiteral("user_id"), bot->userId);
            body.insert(QStringLiteral("bot_id"), bot->botId);
        }
    } else {
        body.insert(QStringLiteral("user"), workspace->userName);
        body.insert(QStringLiteral("user_id"), known ? known->userId : workspace->userId);
    }
    return body;
}

// The bot user of an app, with the app's id in its profile, or the workspace's administrator.
// Needs users:read on the token, and finds users of the token's workspace only.
QJsonObject SlackSandbox::Private::usersInfo(const QString &token, const QString &userId) const
{
    const QJsonObject refusal = refusalOf(token);
    if (!refusal.isEmpty())
        return refusal;
    const SlackInstallations::Token *known = installations.find(token);
    const QStringList scopes = installations.scopesOf(token);
    if (!known || !scopes.contains(QStringLiteral("users:read")))
        return missingScope(QStringLiteral("users:read"), scopes);
    if (userId.isEmpty())
        return errorBody(QStringLiteral("user_not_found"));
    if (const SlackInstallations::BotUser *bot = installations.botUser(known->teamId, userId)) {
        const QString appName = apps.value(bot->appId).displayName();
        return {
            {QStringLiteral("ok"), true},
            {QStringLiteral("user"),
                QJsonObject {
                    {QStringLiteral("id"), bot->userId},
                    {QStringLiteral("team_id"), bot->teamId},
                    {QStringLiteral("name"), bot->name},
                    {QStringLiteral("real_name"), appName},
                    {QStringLiteral("deleted"), false},
                    {QStringLiteral("is_bot"), true},
                    {QStringLiteral("is_app_user"), false},
                    {QStringLiteral("profile"),
                        QJsonObject {
                            {QStringLiteral("real_name"), appName},
                            {QStringLiteral("display_name"), QString()},
                            {QStringLiteral("bot_id"), bot->botId},
                            {QStringLiteral("api_app_id"), bot->appId},
                            {QStringLiteral("always_active"), true},
                        }},
                }},
        };
    }
    const SlackWorkspace *workspace = SlackWorkspaces::find(known->teamId);
    if (!workspace || workspace->userId != userId)
        return errorBody(QStringLiteral("user_not_found"));
    return {
        {QStringLiteral("ok"), true},
        {QStringLiteral("user"),
            QJsonObject {
                {QStringLiteral("id"), workspace->userId},
                {QStringLiteral("team_id"), workspace->id},
                {QStringLiteral("name"), workspace->userName},
                {QStringLiteral("real_name"), workspace->userRealName},
                {QStringLiteral("deleted"), false},
                {QStringLiteral("is_admin"), true},
                {QStringLiteral("is_bot"), false},
                {QStringLiteral("profile"),
                    QJsonObject {{QStringLiteral("real_name"), workspace->userRealName},
                        {QStringLiteral("display_name"), workspace->userName}}},
            }},
    };
}

QJsonObject SlackSandbox::Private::teamInfo(const QString &token, const QString &teamId) const
{
    const QJsonObject refusal = refusalOf(token);
    if (!refusal.isEmpty())
        return refusal;
    const SlackInstallations::Token *known = installations.find(token);
    const QStringList scopes = installations.scopesOf(token);
    if (!known || !scopes.contains(QStringLiteral("team:read")))
        return missingScope(QStringLiteral("team:read"), scopes);
    const SlackWorkspace *workspace =
        SlackWorkspaces::find(teamId.isEmpty() ? known->teamId : teamId);
    if (!workspace)
        return errorBody(QStringLiteral("team_not_found"));
    QJsonObject team {
        {QStringLiteral("id"), workspace->id},
        {QStringLiteral("name"), workspace->name},
        {QStringLiteral("domain"), workspace->domain},
        {QStringLiteral("email_domain"), QString()},
        {QStringLiteral("icon"), QJsonObject {{QStringLiteral("image_default"), true}}},
    };
    if (!workspace->enterpriseId.isEmpty()) {
        team.insert(QStringLiteral("enterprise_id"), workspace->enterpriseId);
        team.insert(QStringLiteral("enterprise_name"), workspace->enterpriseName);
    }
    return {{QStringLiteral("ok"), true}, {QStringLiteral("team"), team}};
}

QJsonObject SlackSandbox::Private::revoke(const QString &token, const Arguments &arguments)
{
    const QJsonObject refusal = refusalOf(token);
    if (!refusal.isEmpty())
        return refusal;
    const QString test = arguments.value(QStringLiteral("test"));
    const bool dryRun = test == QLatin1String("1") || test == QLatin1String("true");
    if (!dryRun) {
        tokens.revoke(token);
        installations.revoke(token);
    }
    return {{QStringLiteral("ok"), true}, {QStringLiteral("revoked"), !dryRun}};
}

// Every token of the app in the token's workspace goes; the client credentials must be the
// app's own.
QJsonObject SlackSandbox::Private::uninstall(const QString &token, const Arguments &arguments)
{
    const QJsonObject refusal = refusalOf(token);
    if (!refusal.isEmpty())
        return refusal;
    const SlackSandboxApp *app = oauth->appByClientId(arguments.value(QStringLiteral("client_id")));
    if (!app)
        return errorBody(QStringLiteral("invalid_client_id"));
    if (arguments.value(QStringLiteral("client_secret")) != app->clientSecret)
        return errorBody(QStringLiteral("bad_client_secret"));
    const SlackInstallations::Token *known = installations.find(token);
    if (!known || known->appId != app->id)
        return errorBody(QStringLiteral("client_id_token_mismatch"));
    installations.uninstall(known->appId, known->teamId);
    return {{QStringLiteral("ok"), true}};
}

QString SlackSandbox::Private::appProblem(const QString &appId) const
{
    static const QRegularExpression shape(QStringLiteral("^A[A-Z0-9]{2,}$"));
    if (appId.isEmpty())
        return QStringLiteral("invalid_arguments");
    if (!shape.match(appId).hasMatch())
        return QStringLiteral("invalid_app_id");
    if (!apps.contains(appId))
        return QStringLiteral("app_not_found");
    return QString();
}

QHttpServerResponse SlackSandbox::Private::apiTest(const Arguments &arguments) const
{
    QJsonObject args;
    for (auto it = arguments.begin(); it != arguments.end(); ++it)
        args.insert(it.key(), it.value());
    const QString error = arguments.value(QStringLiteral("error"));
    if (!error.isEmpty())
        return slackError(error, Status::Ok, {{QStringLiteral("args"), args}});
    return slackOk({{QStringLiteral("args"), args}});
}

QHttpServerResponse SlackSandbox::Private::rotate(const Arguments &arguments)
{
    const QString refreshToken = arguments.value(QStringLiteral("refresh_token"));
    if (refreshToken.isEmpty())
        return slackError(QStringLiteral("invalid_arguments"));
    QString error;
    const auto pair = tokens.rotate(refreshToken, options.tokenLifetime, &error);
    if (!error.isEmpty())
        return slackError(error);
    return slackOk({
        {QStringLiteral("token"), pair.accessToken},
        {QStringLiteral("refresh_token"), pair.refreshToken},
        {QStringLiteral("team_id"), teamId()},
        {QStringLiteral("user_id"), userId()},
        {QStringLiteral("iat"), pair.issuedAt.toSecsSinceEpoch()},
        {QStringLiteral("exp"), pair.expiresAt.toSecsSinceEpoch()},
    });
}

QHttpServerResponse SlackSandbox::Private::exportManifest(const Arguments &arguments) const
{
    const QString appId = arguments.value(QStringLiteral("app_id"));
    const QString problem = appProblem(appId);
    if (!problem.isEmpty())
        return slackError(problem);
    return slackOk({{QStringLiteral("manifest"), apps.value(appId).manifest}});
}

bool SlackSandbox::Private::parseManifest(
    const Arguments &arguments, QJsonObject *manifest, QHttpServerResponse *refusal)
{
    if (!arguments.contains(QStringLiteral("manifest"))) {
        *refusal = slackError(QStringLiteral("invalid_arguments"));
        return false;
    }
    const QJsonDocument document =
        QJsonDocument::fromJson(arguments.value(QStringLiteral("manifest")).toUtf8());
    if (!document.isObject()) {
        const SandboxManifestRules::Finding finding {QStringLiteral("invalid_json"),
            QStringLiteral("/"), QStringLiteral("The manifest is not a JSON object.")};
        *refusal = invalidManifest({{QStringLiteral("errors"), QJsonArray {finding.toJson()}}});
        return false;
    }
    *manifest = document.object();
    return true;
}

QHttpServerResponse SlackSandbox::Private::invalidManifest(const QJsonObject &errorsAndWarnings)
{
    return slackError(QStringLiteral("invalid_manifest"), Status::Ok, errorsAndWarnings);
}

QHttpServerResponse SlackSandbox::Private::validate(const Arguments &arguments) const
{
    const QString appId = arguments.value(QStringLiteral("app_id"));
    if (!appId.isEmpty() && !appProblem(appId).isEmpty())
        return slackError(appProblem(appId));
    QJsonObject manifest;
    QHttpServerResponse refusal(Status::Ok);
    if (!parseManifest(arguments, &manifest, &refusal))
        return refusal;
    const auto report = SandboxManifestRules::check(manifest);
    QJsonObject body;
    if (!report.warnings.isEmpty())
        body.insert(QStringLiteral("warnings"), findingsJson(report.warnings));
    if (report.errors.isEmpty())
        return slackOk(body);
    body.insert(QStringLiteral("errors"), findingsJson(report.errors));
    return invalidManifest(body);
}

// Slack's Tier 1: the answer to one update too many in a minute says when the oldest one of
// the minute stops counting.
int SlackSandbox::Private::retryAfterForUpdate(App &app)
{
    const qint64 now = clock.elapsed();
    while (!app.recentUpdates.isEmpty() && app.recentUpdates.first() <= now - rateWindowMs)
        app.recentUpdates.removeFirst();
    if (app.recentUpdates.size() < options.updatesPerMinute) {
        app.recentUpdates.append(now);
        return 0;
    }
    const qint64 waitMs = app.recentUpdates.first() + rateWindowMs - now;
    return qMax(1, int(std::ceil(double(waitMs) / 1000.0)));
}

QHttpServerResponse SlackSandbox::Private::update(const Arguments &arguments)
{
    const QString appId = arguments.value(QStringLiteral("app_id"));
    const QString problem = appProblem(appId);
    if (!problem.isEmpty())
        return slackError(problem);
    App &app = apps[appId];
    const int retryAfter = retryAfterForUpdate(app);
    if (retryAfter > 0)
        return rateLimited(retryAfter);
    QJsonObject manifest;
    QHttpServerResponse refusal(Status::Ok);
    if (!parseManifest(arguments, &manifest, &refusal))
        return refusal;
    const auto report = SandboxManifestRules::check(manifest);
    if (!report.errors.isEmpty())
        return invalidManifest({{QStringLiteral("errors"), findingsJson(report.errors)}});
    // The whole configuration is replaced: what the new manifest leaves out is gone.
    const bool permissionsUpdated = SandboxManifestRules::scopesDiffer(app.manifest, manifest);
    app.manifest = manifest;
    ++app.updates;
    return slackOk({{QStringLiteral("app_id"), appId},
        {QStringLiteral("permissions_updated"), permissionsUpdated}});
}

SlackSandbox::SlackSandbox(Options options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->options = std::move(options);
    if (d->options.programRedirectUri.isEmpty())
        d->options.programRedirectUri = SandboxManifests::defaultProgramRedirectUri();
    QList<SandboxManifests::App> apps =
        SandboxManifests::apps(d->options.bitbucketBaseUrl, d->options.programRedirectUri);
    // The healthy app once more, with its public distribution never activated.
    SandboxManifests::App internal = apps.constFirst();
    internal.name = undistributedAppName();
    internal.id = undistributedAppId();
    QJsonObject information =
        internal.manifest.value(QLatin1String("display_information")).toObject();
    information.insert(QStringLiteral("name"), QStringLiteral("Bitbucket Sandbox Internal"));
    internal.manifest.insert(QStringLiteral("display_information"), information);
    apps.append(internal);
    for (const auto &app : apps) {
        SlackSandboxApp hosted;
        hosted.id = app.id;
        hosted.name = app.name;
        hosted.manifest = app.manifest;
        hosted.homeTeamId = teamId();
        hosted.distributed = app.name != undistributedAppName();
        hosted.makeCredentials();
        d->apps.insert(app.id, hosted);
    }
    d->oauth = std::make_unique<SlackOAuth>(d->apps, d->installations);
    d->oauth->setCodeLifetime(d->options.codeLifetime);
    d->oauth->setOmitUserToken(d->options.omitUserToken);
    d->clock.start();
}

SlackSandbox::~SlackSandbox() = default;

bool SlackSandbox::start(QString *errorMessage)
{
    if (d->httpServer)
        return true;
    QString error;
    const bool started = d->makeCertificate(&error) && d->listen(&error);
    if (!started && errorMessage)
        *errorMessage = error;
    else if (!started)
        qCWarning(lcSandbox).noquote() << "The Slack sandbox did not start:" << error;
    return started;
}

QUrl SlackSandbox::apiBase() const
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(d->port);
    url.setPath(QStringLiteral("/api/"));
    return url;
}

QUrl SlackSandbox::authorizeUrl() const
{
    QUrl url = apiBase();
    url.setPath(authorizePath());
    return url;
}

QUrl SlackSandbox::tokenUrl() const
{
    return apiBase().resolved(QUrl(QStringLiteral("oauth.v2.access")));
}

quint16 SlackSandbox::httpsPort() const
{
    return d->port;
}

QString SlackSandbox::caBundlePath() const
{
    return d->caBundlePath;
}

QList<QSslCertificate> SlackSandbox::caCertificates() const
{
    if (d->authority.isNull())
        return {};
    return {d->authority.certificate};
}

QSslCertificate SlackSandbox::serverCertificate() const
{
    return d->server.certificate;
}

QMap<QString, QString> SlackSandbox::appIds() const
{
    QMap<QString, QString> ids;
    for (auto it = d->apps.cbegin(); it != d->apps.cend(); ++it)
        ids.insert(it->name, it.key());
    return ids;
}

QJsonObject SlackSandbox::manifest(const QString &appId) const
{
    return d->apps.value(appId).manifest;
}

void SlackSandbox::setManifest(const QString &appId, const QJsonObject &manifest)
{
    if (d->apps.contains(appId))
        d->apps[appId].manifest = manifest;
}

int SlackSandbox::updateCount(const QString &appId) const
{
    return d->apps.value(appId).updates;
}

SlackSandboxApp SlackSandbox::app(const QString &appId) const
{
    return d->apps.value(appId);
}

QList<SlackSandboxApp> SlackSandbox::apps() const
{
    return d->apps.values();
}

void SlackSandbox::setDistributed(const QString &appId, bool distributed)
{
    if (d->apps.contains(appId))
        d->apps[appId].distributed = distributed;
}

SlackInstallations &SlackSandbox::installations()
{
    return d->installations;
}

const SlackInstallations &SlackSandbox::installations() const
{
    return d->installations;
}

void SlackSandbox::setCodeLifetime(std::chrono::milliseconds lifetime)
{
    d->oauth->setCodeLifetime(lifetime);
}

void SlackSandbox::setOmitUserToken(bool omit)
{
    d->oauth->setOmitUserToken(omit);
}

void SlackSandbox::setWithheldScopes(const QStringList &scopes)
{
    d->oauth->setWithheldScopes(scopes);
}

QJsonObject SlackSandbox::authTest(const QString &token) const
{
    return d->authTest(token);
}

QJsonObject SlackSandbox::usersInfo(const QString &token, const QString &userId) const
{
    return d->usersInfo(token, userId);
}

SlackSandbox::TokenPair SlackSandbox::issueConfigToken()
{
    return issueConfigToken(d->options.tokenLifetime);
}

SlackSandbox::TokenPair SlackSandbox::issueConfigToken(std::chrono::seconds lifetime)
{
    const auto pair = d->tokens.issue(lifetime);
    return {pair.accessToken, pair.refreshToken, pair.expiresAt};
}

void SlackSandbox::expireAccessToken(const QString &accessToken)
{
    d->tokens.expire(accessToken);
}

void SlackSandbox::revokeToken(const QString &token)
{
    d->tokens.revoke(token);
    d->installations.revoke(token);
}

SlackSandbox::TokenPair SlackSandbox::rotate(const QString &refreshToken, QString *error)
{
    const auto pair = d->tokens.rotate(refreshToken, d->options.tokenLifetime, error);
    return {pair.accessToken, pair.refreshToken, pair.expiresAt};
}

int SlackSandbox::rotationCount() const
{
    return d->tokens.rotations();
}

int SlackSandbox::callCount(const QString &method) const
{
    return d->calls.value(method);
}

void SlackSandbox::setFault(Fault fault, int retryAfterSeconds)
{
    d->fault = fault;
    d->faultRetryAfter = retryAfterSeconds;
}
