#include "SlackIntegrationStandIn.h"

#include "SandboxResponses.h"
#include "SlackSandbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <iterator>

using namespace SandboxResponses;
using Method = QHttpServerRequest::Method;
using Fault = BitbucketSandbox::Fault;

namespace {

// The plugin's answers, word for word: the program recognises them by their text.
const QString notAuthenticated =
    QStringLiteral("Client must be authenticated to access this resource.");
const QString notAdmin = QStringLiteral("User must be an Admin to configure this plugin.");
const QString badFormat =
    QStringLiteral("The credentials you entered are not in a valid format. Please, check if "
                   "you entered the correct JSON text.");
const QString invalidCredentials =
    QStringLiteral("The credentials you entered are invalid. Please, check if you entered all "
                   "fields correctly.");
const QString alreadyConnected =
    QStringLiteral("There is already a connection to the workspace referred by these "
                   "credentials.");
const QString teamChanged =
    QStringLiteral("Team ID is changed. Please create a new workspace connection instead of "
                   "changing Team ID in an existing one.");
const QString notAccepted =
    QStringLiteral("The credentials you entered were not accepted by Slack. Please, check if "
                   "the Slack App is properly set up.");
const QString unknownProblem =
    QStringLiteral("Could not connect to this workspace due to an unknown problem.");
const QString pingFailed = QStringLiteral("Failed to ping Slack. See logs for more information.");

// Bitbucket answers without the integration's own keys: the i18n keys are only defined in the
// Jira plugin, so Bitbucket shows them raw.
const QString unknownLinkKey =
    QStringLiteral("plugins.slack.admin.connection.status.invalid.link.error");
const QString noConnectionKey =
    QStringLiteral("plugins.slack.admin.connection.status.connection.error");

const QString sandboxAppId = QStringLiteral("A0SANDBOXAPP");

// Bitbucket's refusal of a user name and password it does not (or no longer) accept. No "key":
// the integration never saw the request.
QHttpServerResponse credentialsRefused()
{
    QHttpServerResponse response = bitbucketErrors(Status::Unauthorized,
        QStringLiteral("Authentication failed. Please check your credentials and try again."),
        QStringLiteral("com.atlassian.bitbucket.auth.IncorrectPasswordAuthenticationException"));
    response.setHeader(
        QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Basic realm=\"Bitbucket\""));
    return response;
}

// Our wording: Bitbucket's rate limiter answers 429 with Retry-After and its error envelope.
QHttpServerResponse rateLimited(int retryAfterSeconds)
{
    QHttpServerResponse response = bitbucketErrors(Status::TooManyRequests,
        QStringLiteral("You have exceeded the rate limit for REST requests. Wait, then try "
                       "again."));
    response.setHeader(
        QByteArrayLiteral("Retry-After"), QByteArray::number(qMax(0, retryAfterSeconds)));
    return response;
}

// Words for seeded workspace names, combined so that sorting and filtering have something to
// work with.
const char *const seedAdjectives[] = {"Northern", "Quiet", "Rapid", "Amber", "Coastal", "Iron",
    "Silver", "Hidden", "Open", "Bright", "Lunar", "Crimson", "Woodland", "Polar", "Urban"};
const char *const seedNouns[] = {"Engineering", "Support", "Platform", "Design", "Research",
    "Operations", "Sales", "Mobile", "Data", "Security", "Releases", "Partners", "Labs"};
const QString sandboxBotName = QStringLiteral("workspace-connector-sandbox");

// Jackson's asText() of a required field: strings, numbers and booleans as text; anything
// else (missing, null, object, array) reads as empty.
QString fieldText(const QJsonObject &object, const QString &name)
{
    const QJsonValue value = object.value(name);
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    return QString();
}

// Jersey matches @Consumes(APPLICATION_JSON) against the declared type only: a request that
// declares none is let through (the plugin's own tests send a bare DELETE).
bool acceptsContentType(const QHttpServerRequest &request)
{
    const QByteArray declared = request.value(QByteArrayLiteral("Content-Type"));
    if (declared.isEmpty())
        return true;
    return declared.split(';').constFirst().trimmed().toLower() == "application/json";
}

struct TokenParts
{
    QChar kind; // 'b' for a bot token, 'p' for a user token
    QString teamId;
};

std::optional<TokenParts> parseToken(const QString &token)
{
    static const QRegularExpression pattern(QStringLiteral("^xox([bp])-(T[A-Z0-9]+)-.+$"));
    const QRegularExpressionMatch match = pattern.match(token);
    if (!match.hasMatch())
        return std::nullopt;
    return TokenParts {match.captured(1).at(0), match.captured(2)};
}

QJsonValue nullable(const QString &text)
{
    return text.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

SlackIntegrationStandIn::SlackIntegrationStandIn(const QSet<BitbucketSandbox::Fault> &faults)
    : m_faults(faults)
{ }

QHttpServerResponse SlackIntegrationStandIn::answer(
    const QHttpServerRequest &request, const QString &path, Caller caller)
{
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const Method method = request.method();
    const bool connection = !parts.isEmpty() && parts.at(0) == QLatin1String("connection");
    const bool status = !parts.isEmpty() && parts.at(0) == QLatin1String("connection-status");
    if (status && parts.size() == 2 && method == Method::Get)
        ++m_statusRequests;
    // The admin's password was changed, or the account locked, while the program ran.
    if (caller != Caller::Anonymous && signInExpired())
        return credentialsRefused();
    if (connection && parts.size() == 1) {
        if (method == Method::Get)
            return listLinks(caller);
        if (method == Method::Post)
            return saveLink(request, QString(), caller);
    } else if (connection && parts.size() == 2 && parts.at(1) == QLatin1String("can-reach-slack")) {
        if (method == Method::Post)
            return canReachSlack(request, caller);
    } else if (connection && parts.size() == 2) {
        if (method == Method::Post)
            return saveLink(request, parts.at(1), caller);
        if (method == Method::Delete)
            return deleteLink(request, parts.at(1), caller);
    } else if (connection && parts.size() == 3 && parts.at(2) == QLatin1String("info")) {
        if (method == Method::Get)
            return teamInfo(parts.at(1), caller);
    } else if (status && parts.size() == 2) {
        if (method == Method::Get)
            return linkStatus(parts.at(1), caller);
    } else {
        return bitbucketErrors(
            Status::NotFound, QStringLiteral("No REST resource matches ") + path);
    }
    return empty(Status::MethodNotAllowed);
}

QHttpServerResponse SlackIntegrationStandIn::listLinks(Caller caller) const
{
    if (caller == Caller::Anonymous)
        return restStatus(Status::Unauthorized, notAuthenticated);
    QJsonArray workspaces;
    for (const Link &link : m_links) {
        workspaces.append(QJsonObject {
            {QStringLiteral("teamName"), link.teamName},
            {QStringLiteral("teamId"), link.teamId},
            {QStringLiteral("appConfigurationUrl"), nullable(link.appConfigurationUrl)},
            {QStringLiteral("botUserId"), link.botUserId},
            {QStringLiteral("botUserName"), link.botUserName},
            {QStringLiteral("connectionError"), QJsonValue::Null},
        });
    }
    return json({{QStringLiteral("workspaces"), workspaces}});
}

std::optional<QHttpServerResponse> SlackIntegrationStandIn::refuseUnlessAdmin(
    const QHttpServerRequest &request, Caller caller)
{
    // Atlassian REST refuses anonymous callers first, then Jersey checks the content type
    // while it picks the method, and only then does the plugin's admin filter run.
    if (caller == Caller::Anonymous)
        return restStatus(Status::Unauthorized, notAuthenticated);
    if (!acceptsContentType(request))
        return empty(Status::UnsupportedMediaType);
    if (caller != Caller::Admin)
        return restStatus(Status::Unauthorized, notAdmin);
    return std::nullopt;
}

QHttpServerResponse SlackIntegrationStandIn::saveLink(
    const QHttpServerRequest &request, const QString &pathTeamId, Caller caller)
{
    if (auto refusal = refuseUnlessAdmin(request, caller))
        return std::move(*refusal);
    Link link;
    QString error;
    if (!readLink(request.body(), &link, &error))
        return pluginText(Status::BadRequest, error);

    const bool update = !pathTeamId.isEmpty();
    if (!update && m_links.contains(link.teamId))
        return pluginText(Status::BadRequest, alreadyConnected);
    if (update && pathTeamId != link.teamId)
        return pluginText(Status::BadRequest, teamChanged);
    const QString slackAnswer = testBotToken(link);
    if (!slackAnswer.isEmpty())
        return pluginText(Status::BadRequest, slackAnswer);
    if (update && !m_links.contains(link.teamId))
        return pluginText(
            Status::BadRequest, QStringLiteral("Could not find link for team ") + link.teamId);

    m_links.insert(link.teamId, link);
    return json(
        {{QStringLiteral("teamName"), link.teamName}, {QStringLiteral("teamId"), link.teamId}});
}

bool SlackIntegrationStandIn::readLink(const QByteArray &body, Link *link, QString *error) const
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = badFormat;
        return false;
    }
    const QJsonObject object = document.object();
    link->custom = object.value(QStringLiteral("custom")).toBool(false);
    link->clientId = fieldText(object, QStringLiteral("client_id"));
    link->clientSecret = fieldText(object, QStringLiteral("client_secret"));
    link->signingSecret = fieldText(object, QStringLiteral("signing_secret"));
    link->verificationToken = fieldText(object, QStringLiteral("verification_token"));
    link->accessToken = fieldText(object, QStringLiteral("access_token"));
    link->botAccessToken = fieldText(object, QStringLiteral("bot_access_token"));
    QStringList required {link->clientId, link->clientSecret, link->signingSecret,
        link->verificationToken, link->accessToken, link->botAccessToken};
    if (link->custom) {
        const bool complete = !required.contains(QString()) && deriveFromSlack(link);
        *error = complete ? QString() : invalidCredentials;
        return complete;
    }
    link->appId = fieldText(object, QStringLiteral("app_id"));
    link->appBlueprintId = fieldText(object, QStringLiteral("app_blueprint_id"));
    link->userId = fieldText(object, QStringLiteral("user_id"));
    link->teamName = fieldText(object, QStringLiteral("team_name"));
    link->teamId = fieldText(object, QStringLiteral("team_id"));
    link->appConfigurationUrl = fieldText(object, QStringLiteral("app_configuration_url"));
    link->botUserId = fieldText(object, QStringLiteral("bot_user_id"));
    link->botUserName = fieldText(object, QStringLiteral("bot_username"));
    required << link->appId << link->appBlueprintId << link->userId << link->teamName
             << link->teamId << link->appConfigurationUrl << link->botUserId << link->botUserName;
    const bool complete = !required.contains(QString());
    *error = complete ? QString() : badFormat;
    return complete;
}

void SlackIntegrationStandIn::setSlack(SlackSandbox *slack)
{
    m_slack = slack;
    // Seeded links get tokens of the stand-in now attached, so auth.test knows them.
    if (!slack)
        return;
    for (Link &link : m_links) {
        if (link.seeded)
            giveSeedTokens(&link);
    }
}

// In Advanced mode the plugin asks Slack for the team, the bot and the installer: auth.test with
// the bot token (team, team id, bot user and its name), auth.test with the user token (the
// installer), and users.info on the bot user with the bot token, which needs users:read, for the
// app id in its profile. Any failure is the same "invalid credentials" to the caller. With the
// Slack stand-in attached these are its real answers for its real tokens.
bool SlackIntegrationStandIn::deriveFromSlack(Link *link) const
{
    if (m_faults.contains(Fault::SlackUnreachable))
        return false;
    if (!m_slack)
        return deriveFromTokenShapes(link);
    const QJsonObject bot = m_slack->authTest(link->botAccessToken);
    const QJsonObject installer = m_slack->authTest(link->accessToken);
    if (!bot.value(QLatin1String("ok")).toBool() || !installer.value(QLatin1String("ok")).toBool())
        return false;
    const QString botUserId = bot.value(QLatin1String("user_id")).toString();
    const QJsonObject botUser = m_slack->usersInfo(link->botAccessToken, botUserId);
    // A user token given as the bot token fails here: no users:read on it, or no app id for a
    // person. The plugin would store a link without an app id; the sandbox refuses it.
    const QString appId = botUser.value(QLatin1String("user"))
                              .toObject()
                              .value(QLatin1String("profile"))
                              .toObject()
                              .value(QLatin1String("api_app_id"))
                              .toString();
    if (!botUser.value(QLatin1String("ok")).toBool() || appId.isEmpty())
        return false;
    link->teamId = bot.value(QLatin1String("team_id")).toString();
    link->teamName = bot.value(QLatin1String("team")).toString();
    link->botUserId = botUserId;
    link->botUserName = bot.value(QLatin1String("user")).toString();
    link->userId = installer.value(QLatin1String("user_id")).toString();
    link->appId = appId;
    return true;
}

// Without a Slack stand-in the team is read out of the tokens' shape instead: xoxb-<TEAMID>-…
// and xoxp-<TEAMID>-…, which is what the Bitbucket stand-in's own tests send.
bool SlackIntegrationStandIn::deriveFromTokenShapes(Link *link) const
{
    const std::optional<TokenParts> bot = parseToken(link->botAccessToken);
    const std::optional<TokenParts> installer = parseToken(link->accessToken);
    if (!bot || bot->kind != QLatin1Char('b') || !installer)
        return false;
    link->teamId = bot->teamId;
    link->teamName = QStringLiteral("Sandbox ") + bot->teamId;
    link->botUserId = QStringLiteral("B") + bot->teamId;
    link->botUserName = sandboxBotName;
    // A bot token given as the user token makes the installer the bot itself, as with Slack.
    const QString installerPrefix =
        installer->kind == QLatin1Char('b') ? QStringLiteral("B") : QStringLiteral("U");
    link->userId = installerPrefix + installer->teamId;
    link->appId = sandboxAppId;
    return true;
}

// auth.test with the bot token, as the plugin runs it before saving: an empty string when Slack
// accepts the token for the link's team, otherwise the text the plugin answers (Slack's bare
// error code when Slack refuses the token). Token shapes stand in when no Slack is attached.
QString SlackIntegrationStandIn::testBotToken(const Link &link) const
{
    if (m_faults.contains(Fault::SlackUnreachable))
        return unknownProblem;
    if (m_slack) {
        const QJsonObject answer = m_slack->authTest(link.botAccessToken);
        if (!answer.value(QLatin1String("ok")).toBool())
            return answer.value(QLatin1String("error")).toString();
        return answer.value(QLatin1String("team_id")).toString() == link.teamId ? QString()
                                                                                : notAccepted;
    }
    const std::optional<TokenParts> bot = parseToken(link.botAccessToken);
    if (!bot)
        return QStringLiteral("invalid_auth");
    return bot->teamId == link.teamId ? QString() : notAccepted;
}

QHttpServerResponse SlackIntegrationStandIn::deleteLink(
    const QHttpServerRequest &request, const QString &teamId, Caller caller)
{
    if (auto refusal = refuseUnlessAdmin(request, caller))
        return std::move(*refusal);
    m_links.remove(teamId);
    return empty(Status::NoContent);
}

QHttpServerResponse SlackIntegrationStandIn::canReachSlack(
    const QHttpServerRequest &request, Caller caller) const
{
    if (auto refusal = refuseUnlessAdmin(request, caller))
        return std::move(*refusal);
    if (m_faults.contains(Fault::SlackUnreachable))
        return plainText(Status::BadRequest, pingFailed);
    return empty(Status::Ok);
}

// The plugin's ConnectionStatusResource: auth.test with the link's bot token, live, every time.
// Slack's refusal is 401 OAUTH_FAILURE, a failing call 502 NO_CONNECTION, no link 401 UNKNOWN;
// a working token is CONNECTED once Slack has ever reached the instance, else
// PARTIALLY_CONNECTED. Without the Slack stand-in attached every token counts as working.
QHttpServerResponse SlackIntegrationStandIn::linkStatus(const QString &teamId, Caller caller)
{
    if (caller == Caller::Anonymous)
        return restStatus(Status::Unauthorized, notAuthenticated);
    if (m_rateLimitEvery > 0) {
        if (m_burstLeft > 0) {
            --m_burstLeft;
            return rateLimited(m_rateLimitRetryAfter);
        }
        if ((m_statusRequests - m_rateLimitFrom) % m_rateLimitEvery == 0) {
            m_burstLeft = qMax(0, m_rateLimitBurst - 1);
            return rateLimited(m_rateLimitRetryAfter);
        }
    }
    const auto link = m_links.constFind(teamId);
    if (link == m_links.constEnd()) {
        return json({{QStringLiteral("key"), QStringLiteral("UNKNOWN")},
                        {QStringLiteral("error"), unknownLinkKey}},
            Status::Unauthorized);
    }
    if (m_faults.contains(Fault::SlackUnreachable) || link->slackFails) {
        return json({{QStringLiteral("key"), QStringLiteral("NO_CONNECTION")},
                        {QStringLiteral("error"), noConnectionKey}},
            Status::BadGateway);
    }
    const QString refusal = authTestRefusal(link->botAccessToken);
    if (!refusal.isEmpty()) {
        // The plugin puts its i18n key here, which Bitbucket does not define.
        return json({{QStringLiteral("key"), QStringLiteral("OAUTH_FAILURE")},
                        {QStringLiteral("error"),
                            QStringLiteral("plugins.slack.admin.connection.status.error")}},
            Status::Unauthorized);
    }
    return json({{QStringLiteral("status"),
        m_instancePublic ? QStringLiteral("CONNECTED") : QStringLiteral("PARTIALLY_CONNECTED")}});
}

// The verdict of auth.test, taken from the Slack stand-in's records. For a token of an
// installation it is SlackInstallations' own (which is what auth.test answers first); asking
// authTest() itself would also look the workspace up, and seeded workspaces are not among the
// stand-in's signed-in ones.
QString SlackIntegrationStandIn::authTestRefusal(const QString &botToken) const
{
    if (!m_slack)
        return QString();
    if (m_slack->installations().find(botToken))
        return m_slack->installations().refusal(botToken);
    const QJsonObject answer = m_slack->authTest(botToken);
    return answer.value(QLatin1String("ok")).toBool()
        ? QString()
        : answer.value(QLatin1String("error")).toString();
}

bool SlackIntegrationStandIn::signInExpired() const
{
    return m_signInExpiresAfter >= 0 && m_statusRequests > m_signInExpiresAfter;
}

void SlackIntegrationStandIn::setRateLimit(int every, int burst, int retryAfterSeconds)
{
    m_rateLimitEvery = qMax(0, every);
    m_rateLimitBurst = qMax(1, burst);
    m_rateLimitRetryAfter = qMax(0, retryAfterSeconds);
    m_burstLeft = 0;
    m_rateLimitFrom = m_statusRequests; // the every-th request from now on
}

void SlackIntegrationStandIn::expireSignInAfter(int statusRequests)
{
    m_signInExpiresAfter = statusRequests < 0 ? -1 : m_statusRequests + statusRequests;
}

void SlackIntegrationStandIn::giveSeedTokens(Link *link)
{
    if (!m_slack) {
        link->botAccessToken = QStringLiteral("xoxb-%1-seeded").arg(link->teamId);
        link->accessToken = QStringLiteral("xoxp-%1-seeded").arg(link->teamId);
        link->botUserId = QStringLiteral("B") + link->teamId;
        return;
    }
    SlackInstallations &installations = m_slack->installations();
    const SlackInstallations::Grant grant =
        installations.install(link->appId, link->teamId, link->userId, sandboxBotName,
            {QStringLiteral("users:read")}, {QStringLiteral("users:read")});
    link->botAccessToken = grant.botToken;
    link->accessToken = grant.userToken;
    link->botUserId = grant.botUserId;
    if (link->revokedBotToken)
        installations.revoke(grant.botToken);
    if (link->botTokenNeverIssued)
        link->botAccessToken = QStringLiteral("xoxb-000000000000-0000000000000-neverissued");
}

QStringList SlackIntegrationStandIn::seedLinks(int count)
{
    QStringList teamIds;
    const SlackSandboxApp app =
        m_slack ? m_slack->app(SlackSandbox::healthyAppId()) : SlackSandboxApp();
    const int adjectives = int(std::size(seedAdjectives));
    const int nouns = int(std::size(seedNouns));
    for (int i = 0; i < count; ++i) {
        const int n = ++m_seeded;
        Link link;
        link.custom = true;
        link.teamId = QStringLiteral("T9SEED%1").arg(n, 6, 10, QLatin1Char('0'));
        link.teamName = QStringLiteral("%1 %2 %3")
                            .arg(QLatin1String(seedAdjectives[(n * 7) % adjectives]),
                                QLatin1String(seedNouns[(n * 5) % nouns]))
                            .arg(n, 4, 10, QLatin1Char('0'));
        link.clientId = app.clientId.isEmpty() ? QStringLiteral("1111.2222") : app.clientId;
        link.clientSecret = app.clientSecret;
        link.signingSecret = app.signingSecret;
        link.verificationToken = app.verificationToken;
        link.appId = app.id.isEmpty() ? sandboxAppId : app.id;
        link.userId = QStringLiteral("U9SEED%1").arg(n, 6, 10, QLatin1Char('0'));
        // Every 9th has no app configuration URL: Bitbucket lists it as null.
        if (n % 9 != 0)
            link.appConfigurationUrl = QStringLiteral("https://api.slack.com/apps/") + link.appId;
        link.seeded = true;
        link.revokedBotToken = n % 10 == 2;
        link.botTokenNeverIssued = n % 25 == 4;
        link.slackFails = n % 20 == 3;
        giveSeedTokens(&link);
        link.botUserName = sandboxBotName;
        m_links.insert(link.teamId, link);
        teamIds.append(link.teamId);
    }
    return teamIds;
}

QHttpServerResponse SlackIntegrationStandIn::teamInfo(const QString &teamId, Caller caller) const
{
    if (caller == Caller::Anonymous)
        return restStatus(Status::Unauthorized, notAuthenticated);
    if (!m_links.contains(teamId) || m_faults.contains(Fault::SlackUnreachable))
        return empty(Status::NotFound);
    const QString url = QStringLiteral("https://sandbox-%1.slack.com/").arg(teamId.toLower());
    return json({{QStringLiteral("teamUrl"), url}});
}
