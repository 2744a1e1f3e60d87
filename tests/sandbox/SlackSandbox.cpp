#include "SlackSandbox.h"

#include "SandboxManifestRules.h"
#include "SandboxManifests.h"
#include "SandboxResponses.h"
#include "SlackTokenRegistry.h"
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
using Arguments = QHash<QString, QString>;

constexpr qint64 rateWindowMs = 60 * 1000;

QHttpServerResponse slackError(
    const QString &error, Status status = Status::Ok, QJsonObject extra = {})
{
    extra.insert(QStringLiteral("ok"), false);
    extra.insert(QStringLiteral("error"), error);
    return SandboxResponses::json(extra, status);
}

QHttpServerResponse slackOk(QJsonObject body)
{
    body.insert(QStringLiteral("ok"), true);
    return SandboxResponses::json(body);
}

QHttpServerResponse rateLimited(int retryAfterSeconds)
{
    QHttpServerResponse response =
        slackError(QStringLiteral("ratelimited"), Status::TooManyRequests);
    response.setHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfterSeconds));
    return response;
}

QByteArray header(const QHttpServerRequest &request, const QByteArray &name)
{
    const auto headers = request.headers();
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return QByteArray();
}

// application/x-www-form-urlencoded, where "+" stands for a space.
void readForm(const QByteArray &body, Arguments *arguments)
{
    const QList<QByteArray> pairs = body.split('&');
    for (QByteArray pair : pairs) {
        if (pair.isEmpty())
            continue;
        pair.replace('+', ' ');
        const qsizetype equals = pair.indexOf('=');
        const QByteArray name = equals < 0 ? pair : pair.left(equals);
        const QByteArray value = equals < 0 ? QByteArray() : pair.mid(equals + 1);
        arguments->insert(QUrl::fromPercentEncoding(name), QUrl::fromPercentEncoding(value));
    }
}

void readJson(const QByteArray &body, Arguments *arguments)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonValue value = it.value();
        if (value.isString())
            arguments->insert(it.key(), value.toString());
        else if (value.isObject())
            arguments->insert(it.key(),
                QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)));
        else
            arguments->insert(it.key(), value.toVariant().toString());
    }
}

// Slack reads arguments from the query string and from a form or JSON body alike.
Arguments argumentsOf(const QHttpServerRequest &request)
{
    Arguments arguments;
    const auto items = request.query().queryItems(QUrl::FullyDecoded);
    for (const auto &item : items)
        arguments.insert(item.first, item.second);
    if (header(request, QByteArrayLiteral("Content-Type")).toLower().startsWith("application/json"))
        readJson(request.body(), &arguments);
    else
        readForm(request.body(), &arguments);
    return arguments;
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
    struct App
    {
        QString name;
        QJsonObject manifest;
        int updates = 0;
        QList<qint64> recentUpdates; // clock times of update calls in the last minute
    };

    bool makeCertificate(QString *errorMessage);
    bool listen(QString *errorMessage);
    void serve(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    QHttpServerResponse answer(const QString &method, const QHttpServerRequest &request);
    QString refusedToken(const QHttpServerRequest &request, const Arguments &arguments) const;
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
    QMap<QString, App> apps;
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
    const Arguments arguments = argumentsOf(request);
    if (method == QLatin1String("api.test"))
        return apiTest(arguments);
    if (method == QLatin1String("tooling.tokens.rotate"))
        return rotate(arguments);
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
    QString token = arguments.value(QStringLiteral("token"));
    const QByteArray authorization = header(request, QByteArrayLiteral("Authorization"));
    if (authorization.startsWith("Bearer "))
        token = QString::fromUtf8(authorization.mid(7).trimmed());
    if (token.isEmpty())
        return QStringLiteral("not_authed");
    return SlackTokenRegistry::errorCode(tokens.check(token));
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
    const auto apps =
        SandboxManifests::apps(d->options.bitbucketBaseUrl, d->options.programRedirectUri);
    for (const auto &app : apps)
        d->apps.insert(app.id, {app.name, app.manifest, 0, {}});
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
