#include "SlackIntegrationStandIn.h"

#include "SandboxResponses.h"
#include "SlackSandbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

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

QHttpServerResponse SlackIntegrationStandIn::linkStatus(const QString &teamId, Caller caller) const
{
    if (caller == Caller::Anonymous)
        return restStatus(Status::Unauthorized, notAuthenticated);
    if (!m_links.contains(teamId)) {
        return json({{QStringLiteral("key"), QStringLiteral("UNKNOWN")},
                        {QStringLiteral("error"), unknownLinkKey}},
            Status::Unauthorized);
    }
    if (m_faults.contains(Fault::SlackUnreachable)) {
        return json({{QStringLiteral("key"), QStringLiteral("NO_CONNECTION")},
                        {QStringLiteral("error"), noConnectionKey}},
            Status::BadGateway);
    }
    return json({{QStringLiteral("status"), QStringLiteral("CONNECTED")}});
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
