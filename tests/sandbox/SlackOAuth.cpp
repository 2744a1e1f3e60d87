#include "SlackOAuth.h"

#include "SandboxResponses.h"
#include "SlackPermissionPage.h"
#include "SlackWorkspaces.h"
#include "slack/RedirectMatcher.h"

#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrl>

using Status = QHttpServerResponse::StatusCode;

namespace {

// Slack's own words on its pages; the troubleshooter recognises them.
const QString failedTitle = QStringLiteral("Something went wrong when authorizing this app.");
const QString invalidScopesTitle = QStringLiteral("Invalid permissions requested");

QString randomText(const QString &alphabet, int length)
{
    QString text;
    for (int i = 0; i < length; ++i)
        text.append(alphabet.at(QRandomGenerator::system()->bounded(alphabet.size())));
    return text;
}

// Shaped like Slack's codes: <digits>.<digits>.<hex>.
QString newCode()
{
    const QString digits = QStringLiteral("0123456789");
    return randomText(digits, 12) + u'.' + randomText(digits, 13) + u'.'
        + randomText(QStringLiteral("0123456789abcdef"), 64);
}

QString newRequestId()
{
    return randomText(QStringLiteral("0123456789abcdefghijklmnopqrstuvwxyz"), 32);
}

// Comma-separated, as Slack documents them; blanks around the commas do not count.
QStringList scopeList(const QString &text)
{
    QStringList scopes;
    const QStringList parts = text.split(u',');
    for (const QString &part : parts) {
        const QString scope = part.trimmed();
        if (!scope.isEmpty() && !scopes.contains(scope))
            scopes.append(scope);
    }
    return scopes;
}

QStringList malformedScopes(const QStringList &scopes)
{
    static const QRegularExpression shape(QStringLiteral("^[a-z][a-z0-9_.-]*(:[a-z0-9_.-]+)*$"));
    QStringList bad;
    for (const QString &scope : scopes) {
        if (!shape.match(scope).hasMatch())
            bad.append(scope);
    }
    return bad;
}

QHttpServerResponse redirectMismatch(const QString &passed)
{
    return SlackPermissionPage::error(Status::BadRequest, failedTitle,
        QStringLiteral("redirect_uri did not match any configured URIs. Passed URI: ") + passed);
}

} // namespace

SlackOAuth::SlackOAuth(const SlackSandboxApps &apps, SlackInstallations &installations)
    : m_apps(apps)
    , m_installations(installations)
{ }

const SlackSandboxApp *SlackOAuth::appByClientId(const QString &clientId) const
{
    if (clientId.isEmpty())
        return nullptr;
    for (const SlackSandboxApp &app : m_apps) {
        if (app.clientId == clientId)
            return &app;
    }
    return nullptr;
}

QHttpServerResponse SlackOAuth::authorize(
    const QHttpServerRequest &request, const QString &formAction)
{
    switch (request.method()) {
    case QHttpServerRequest::Method::Get:
        return showScreen(SandboxRequests::queryOf(request), formAction);
    case QHttpServerRequest::Method::Post:
        return decide(SandboxRequests::readForm(request.body()));
    default:
        return SandboxResponses::empty(Status::MethodNotAllowed);
    }
}

// The order of the checks is Slack's as far as it shows: an unknown app first (there is nowhere
// to send anyone), then the redirect_uri (a mismatch must not be redirected to, RFC 6749
// 4.1.2.1), then the scopes, then the workspace.
QHttpServerResponse SlackOAuth::showScreen(const Arguments &query, const QString &formAction)
{
    const SlackSandboxApp *app = appByClientId(query.value(QStringLiteral("client_id")));
    if (!app) {
        // Slack's wording for this page is not on record; this says what is wrong.
        return SlackPermissionPage::error(
            Status::BadRequest, failedTitle, QStringLiteral("Invalid client_id parameter"));
    }
    Request request;
    request.appId = app->id;
    const QStringList configured = app->redirectUrls();
    if (query.contains(QStringLiteral("redirect_uri"))) {
        // Present but empty is a mismatch too, with nothing after "Passed URI:".
        request.redirectUri = query.value(QStringLiteral("redirect_uri"));
        request.redirectUriSent = true;
        if (!RedirectMatcher::covers(configured, request.redirectUri))
            return redirectMismatch(request.redirectUri);
    } else {
        // Absent: the first configured Redirect URL, which must itself pass the rule.
        if (configured.isEmpty() || !RedirectMatcher::covers(configured, configured.first()))
            return redirectMismatch(QString());
        request.redirectUri = configured.first();
    }
    request.botScopes = scopeList(query.value(QStringLiteral("scope")));
    request.userScopes = scopeList(query.value(QStringLiteral("user_scope")));
    if (request.botScopes.isEmpty() && request.userScopes.isEmpty()) {
        return SlackPermissionPage::error(
            Status::BadRequest, invalidScopesTitle, QStringLiteral("No scopes were requested."));
    }
    const QStringList malformed = malformedScopes(request.botScopes + request.userScopes);
    if (!malformed.isEmpty()) {
        return SlackPermissionPage::error(Status::BadRequest, invalidScopesTitle,
            QStringLiteral("Invalid scopes: ") + malformed.join(QStringLiteral(", ")));
    }
    request.stateSent = query.contains(QStringLiteral("state"));
    request.state = query.value(QStringLiteral("state"));

    // team steers the screen to a workspace the admin is signed in to; an unknown one is
    // ignored and the admin picks.
    const SlackWorkspace *steered = SlackWorkspaces::find(query.value(QStringLiteral("team")));
    if (steered && !app->distributed && steered->id != app->homeTeamId) {
        return redirectWith(request,
            {{QStringLiteral("error"), QStringLiteral("invalid_team_for_non_distributed_app")}});
    }

    SlackPermissionPage::Screen screen;
    screen.appName = app->displayName();
    screen.botScopes = request.botScopes;
    screen.userScopes = request.userScopes;
    screen.workspaces = SlackWorkspaces::all();
    screen.selectedTeamId = steered ? steered->id : app->homeTeamId;
    screen.requestId = newRequestId();
    screen.formAction = formAction;
    m_requests.insert(screen.requestId, request);
    return SlackPermissionPage::screen(screen);
}

QHttpServerResponse SlackOAuth::decide(const Arguments &form)
{
    const auto found = m_requests.find(form.value(QStringLiteral("request")));
    if (found == m_requests.end()) {
        return SlackPermissionPage::error(Status::BadRequest, failedTitle,
            QStringLiteral("This authorization request is no longer valid. Start the "
                           "installation again."));
    }
    const Request request = *found;
    m_requests.erase(found);
    const QString action = form.value(QStringLiteral("action"));
    if (action == QLatin1String("cancel"))
        return redirectWith(request, {{QStringLiteral("error"), QStringLiteral("access_denied")}});
    if (action != QLatin1String("allow")) {
        return SlackPermissionPage::error(Status::BadRequest, failedTitle,
            QStringLiteral("Neither Allow nor Cancel was chosen."));
    }
    return allow(request, form.value(QStringLiteral("team")));
}

QHttpServerResponse SlackOAuth::allow(const Request &request, const QString &teamId)
{
    const SlackWorkspace *workspace = SlackWorkspaces::find(teamId);
    const auto app = m_apps.constFind(request.appId);
    if (!workspace || app == m_apps.constEnd()) {
        return SlackPermissionPage::error(
            Status::BadRequest, failedTitle, QStringLiteral("Choose a workspace to install into."));
    }
    if (!app->distributed && workspace->id != app->homeTeamId) {
        return redirectWith(request,
            {{QStringLiteral("error"), QStringLiteral("invalid_team_for_non_distributed_app")}});
    }
    const QString code = newCode();
    m_codes.insert(
        code, {request, workspace->id, workspace->userId, QDeadlineTimer(m_codeLifetime)});
    return redirectWith(request, {{QStringLiteral("code"), code}});
}

// The redirect_uri as it was passed, with the parameters added to whatever query it has, and
// the state byte for byte as it came (only when one came).
QHttpServerResponse SlackOAuth::redirectWith(const Request &request, const Parameters &parameters)
{
    QByteArray location = QUrl(request.redirectUri).toEncoded(QUrl::RemoveFragment);
    Parameters all = parameters;
    if (request.stateSent)
        all.append({QStringLiteral("state"), request.state});
    for (const auto &parameter : all) {
        location.append(location.contains('?') ? '&' : '?');
        location.append(QUrl::toPercentEncoding(parameter.first) + '='
            + QUrl::toPercentEncoding(parameter.second));
    }
    return SandboxResponses::redirect(Status::Found, location);
}

QHttpServerResponse SlackOAuth::access(const QHttpServerRequest &request)
{
    const Arguments arguments = SandboxRequests::argumentsOf(request);
    // Basic is what Slack prefers; the body's pair is accepted too. Basic wins when both come.
    const SandboxRequests::BasicCredentials basic = SandboxRequests::basicCredentials(request);
    const QString clientId =
        basic.present ? basic.user : arguments.value(QStringLiteral("client_id"));
    const QString clientSecret =
        basic.present ? basic.password : arguments.value(QStringLiteral("client_secret"));
    const SlackSandboxApp *app = appByClientId(clientId);
    if (!app)
        return SandboxResponses::slackError(QStringLiteral("invalid_client_id"));
    if (clientSecret != app->clientSecret)
        return SandboxResponses::slackError(QStringLiteral("bad_client_secret"));
    const QString grantType = arguments.value(QStringLiteral("grant_type"));
    if (grantType == QLatin1String("refresh_token"))
        return SandboxResponses::slackError(QStringLiteral("invalid_refresh_token"));
    if (!grantType.isEmpty() && grantType != QLatin1String("authorization_code"))
        return SandboxResponses::slackError(QStringLiteral("invalid_grant_type"));
    const QString problem = codeProblem(arguments, *app);
    if (!problem.isEmpty())
        return SandboxResponses::slackError(problem);
    Code &code = m_codes[arguments.value(QStringLiteral("code"))];
    code.used = true;
    return grant(*app, code);
}

QString SlackOAuth::codeProblem(const Arguments &arguments, const SlackSandboxApp &app) const
{
    const auto found = m_codes.constFind(arguments.value(QStringLiteral("code")));
    if (found == m_codes.constEnd() || found->request.appId != app.id)
        return QStringLiteral("invalid_code");
    if (found->used)
        return QStringLiteral("code_already_used");
    if (found->expiry.hasExpired())
        return QStringLiteral("invalid_code");
    // Required, and equal, when the authorization passed one; otherwise optional, but if given
    // it must name the URL that was used.
    const bool sent = arguments.contains(QStringLiteral("redirect_uri"));
    const QString passed = arguments.value(QStringLiteral("redirect_uri"));
    if ((found->request.redirectUriSent && (!sent || passed != found->request.redirectUri))
        || (!found->request.redirectUriSent && sent && passed != found->request.redirectUri))
        return QStringLiteral("bad_redirect_uri");
    return QString();
}

// The answer of A3: the bot token at the top, the installer's user token in authed_user.
QHttpServerResponse SlackOAuth::grant(const SlackSandboxApp &app, const Code &code)
{
    const SlackWorkspace *workspace = SlackWorkspaces::find(code.teamId);
    const Request &request = code.request;
    auto allowed = [this](QStringList scopes) {
        for (const QString &withheld : std::as_const(m_withheldScopes))
            scopes.removeAll(withheld);
        return scopes;
    };
    const SlackInstallations::Grant granted =
        m_installations.install(app.id, code.teamId, code.userId, app.botName(),
            allowed(request.botScopes), allowed(request.userScopes), !m_omitUserToken);
    QJsonObject body {
        {QStringLiteral("app_id"), app.id},
        {QStringLiteral("team"),
            QJsonObject {
                {QStringLiteral("id"), workspace->id}, {QStringLiteral("name"), workspace->name}}},
        {QStringLiteral("enterprise"), workspace->enterpriseJson()},
        {QStringLiteral("is_enterprise_install"), false},
    };
    if (!granted.botToken.isEmpty()) {
        body.insert(QStringLiteral("access_token"), granted.botToken);
        body.insert(QStringLiteral("token_type"), QStringLiteral("bot"));
        body.insert(QStringLiteral("scope"), granted.botScopes.join(u','));
        body.insert(QStringLiteral("bot_user_id"), granted.botUserId);
    }
    QJsonObject user {{QStringLiteral("id"), code.userId}};
    if (!request.userScopes.isEmpty()) {
        user.insert(QStringLiteral("scope"), granted.userScopes.join(u','));
        user.insert(QStringLiteral("token_type"), QStringLiteral("user"));
        if (!granted.userToken.isEmpty())
            user.insert(QStringLiteral("access_token"), granted.userToken);
    }
    body.insert(QStringLiteral("authed_user"), user);
    return SandboxResponses::slackOk(body);
}
