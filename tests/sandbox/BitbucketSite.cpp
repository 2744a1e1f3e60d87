#include "BitbucketSite.h"

#include "SandboxResponses.h"

#include <QRegularExpression>

using namespace SandboxResponses;
using Caller = SlackIntegrationStandIn::Caller;
using Fault = BitbucketSandbox::Fault;

namespace {

const QString loginPath = QStringLiteral("/login");
const QString dashboardPath = QStringLiteral("/dashboard");

QHttpServerResponse wrongCredentials()
{
    QHttpServerResponse response = bitbucketErrors(Status::Unauthorized,
        QStringLiteral("Authentication failed. Please check your credentials and try again."),
        QStringLiteral("com.atlassian.bitbucket.auth.IncorrectPasswordAuthenticationException"));
    response.setHeader(
        QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Basic realm=\"Bitbucket\""));
    return response;
}

// Our best rendering of what Bitbucket answers when an administrator has switched Basic
// authentication off: the status and envelope are Bitbucket's usual ones, but the wording of
// the message and the exception name were not verified against a real instance.
QHttpServerResponse basicAuthDisabled()
{
    return bitbucketErrors(Status::Unauthorized,
        QStringLiteral("Basic authentication is disabled on this instance. Sign in through "
                       "the browser or use a personal access token."),
        QStringLiteral("com.atlassian.bitbucket.auth.BasicAuthDisabledException"));
}

// Bitbucket's 404 for a REST path nothing serves; the message wording is ours.
QHttpServerResponse noRestResource(const QString &path)
{
    return bitbucketErrors(
        Status::NotFound, QStringLiteral("No REST resource is available at ") + path + u'.');
}

} // namespace

BitbucketSite::BitbucketSite(const BitbucketSandbox::Options &options)
    : m_contextPath(normalizedContextPath(options.contextPath))
    , m_faults(options.faults)
    , m_slack(options.faults)
{ }

QString BitbucketSite::normalizedContextPath(const QString &contextPath)
{
    const QStringList segments = contextPath.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    return segments.isEmpty() ? QString() : QLatin1Char('/') + segments.join(QLatin1Char('/'));
}

void BitbucketSite::setPorts(quint16 httpsPort, quint16 httpPort)
{
    m_httpsPort = httpsPort;
    m_httpPort = httpPort;
}

QHttpServerResponse BitbucketSite::answer(const QHttpServerRequest &request, bool overHttps)
{
    if (!overHttps && !hasFault(Fault::NoHttpRedirect)) {
        QUrl target = request.url();
        target.setScheme(QStringLiteral("https"));
        target.setHost(QStringLiteral("127.0.0.1"));
        target.setPort(m_httpsPort);
        return redirect(Status::MovedPermanently, target);
    }
    const QString path = request.url().path();
    if (!m_contextPath.isEmpty() && path != m_contextPath
        && !path.startsWith(m_contextPath + QLatin1Char('/'))) {
        return html(Status::NotFound, QStringLiteral("Not Found"),
            QStringLiteral("Bitbucket is served under ") + m_contextPath + u'.');
    }
    const QString local = path.mid(m_contextPath.size());
    Caller caller = Caller::Anonymous;
    switch (authenticate(request)) {
    case Credentials::Wrong:
        return wrongCredentials();
    case Credentials::BasicDisabled:
        return basicAuthDisabled();
    case Credentials::Admin:
        caller = Caller::Admin;
        break;
    case Credentials::User:
        caller = Caller::User;
        break;
    case Credentials::None:
        break;
    }
    if (local.startsWith(QLatin1String("/rest/")))
        return answerRest(request, local, caller);
    return answerPage(local, caller, overHttps);
}

BitbucketSite::Credentials BitbucketSite::authenticate(const QHttpServerRequest &request) const
{
    const QByteArray header = request.value(QByteArrayLiteral("Authorization")).trimmed();
    if (header.isEmpty())
        return Credentials::None;
    const qsizetype space = header.indexOf(' ');
    // Tokens (Bearer) are not known to the sandbox: they fail like a wrong password.
    if (space < 0 || header.left(space).toLower() != "basic")
        return Credentials::Wrong;
    if (hasFault(Fault::BasicAuthDisabled))
        return Credentials::BasicDisabled;
    const QByteArray decoded = QByteArray::fromBase64(header.mid(space + 1).trimmed());
    const qsizetype colon = decoded.indexOf(':');
    if (colon < 0)
        return Credentials::Wrong;
    const QString user = QString::fromUtf8(decoded.left(colon));
    const QString password = QString::fromUtf8(decoded.mid(colon + 1));
    if (user == BitbucketSandbox::adminUser() && password == BitbucketSandbox::adminPassword())
        return Credentials::Admin;
    if (user == BitbucketSandbox::plainUser() && password == BitbucketSandbox::plainUserPassword())
        return Credentials::User;
    return Credentials::Wrong;
}

QHttpServerResponse BitbucketSite::answerRest(
    const QHttpServerRequest &request, const QString &path, Caller caller)
{
    static const QRegularExpression properties(
        QStringLiteral("^/rest/api/(1\\.0|latest)/application-properties/?$"));
    static const QRegularExpression slack(QStringLiteral("^/rest/slack/(latest|1\\.0)(/.*)?$"));
    if (properties.match(path).hasMatch())
        return applicationProperties(request);
    const QRegularExpressionMatch slackMatch = slack.match(path);
    if (!slackMatch.hasMatch() || hasFault(Fault::NoSlackIntegration))
        return noRestResource(path);
    return m_slack.answer(request, slackMatch.captured(2), caller);
}

QHttpServerResponse BitbucketSite::applicationProperties(const QHttpServerRequest &request) const
{
    if (request.method() != QHttpServerRequest::Method::Get)
        return empty(Status::MethodNotAllowed);
    return json({{QStringLiteral("version"), QStringLiteral("8.19.5")},
        {QStringLiteral("buildNumber"), QStringLiteral("8019005")},
        {QStringLiteral("buildDate"), QStringLiteral("1733875200000")},
        {QStringLiteral("displayName"), QStringLiteral("Bitbucket")}});
}

QHttpServerResponse BitbucketSite::answerPage(
    const QString &path, Caller caller, bool overHttps) const
{
    const bool root = path.isEmpty() || path == QLatin1String("/");
    if (path == loginPath) {
        return html(Status::Ok, QStringLiteral("Log in - Bitbucket"),
            QStringLiteral("Sign in to the Bitbucket sandbox."));
    }
    if (caller == Caller::Anonymous) {
        QUrlQuery next;
        next.addQueryItem(QStringLiteral("next"), root ? dashboardPath : path);
        return redirect(Status::Found, ownUrl(loginPath, next, overHttps));
    }
    if (root)
        return redirect(Status::Found, ownUrl(dashboardPath, QUrlQuery(), overHttps));
    if (path == dashboardPath) {
        return html(Status::Ok, QStringLiteral("Dashboard - Bitbucket"),
            QStringLiteral("You are signed in to the Bitbucket sandbox."));
    }
    return html(Status::NotFound, QStringLiteral("Page not found - Bitbucket"),
        QStringLiteral("The sandbox has no page here."));
}

// Behind a TLS-terminating proxy that is not declared to Bitbucket (fault HttpProxyRedirect)
// Bitbucket believes it is spoken to over http and writes that into its redirects, with the
// port the browser used.
QUrl BitbucketSite::ownUrl(const QString &path, const QUrlQuery &query, bool overHttps) const
{
    QUrl url;
    const bool https = overHttps && !hasFault(Fault::HttpProxyRedirect);
    url.setScheme(https ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(overHttps ? m_httpsPort : m_httpPort);
    url.setPath(m_contextPath + path);
    url.setQuery(query);
    return url;
}
