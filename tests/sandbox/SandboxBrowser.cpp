#include "SandboxBrowser.h"

#include <QEventLoop>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QTimer>

namespace {

constexpr int maxRedirects = 10;

// The markup of SlackPermissionPage escapes &, <, > and ".
QString unescaped(QString text)
{
    text.replace(QLatin1String("&lt;"), QLatin1String("<"));
    text.replace(QLatin1String("&gt;"), QLatin1String(">"));
    text.replace(QLatin1String("&quot;"), QLatin1String("\""));
    text.replace(QLatin1String("&#39;"), QLatin1String("'"));
    text.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return text;
}

QString firstMatch(const QString &html, const QString &pattern)
{
    const QRegularExpressionMatch match = QRegularExpression(pattern).match(html);
    return match.hasMatch() ? unescaped(match.captured(1)) : QString();
}

QStringList scopesOf(const QString &html, const QString &kind)
{
    const QString list = firstMatch(
        html, QStringLiteral("<ul class=\"scopes\" data-kind=\"%1\">([\\s\\S]*?)</ul>").arg(kind));
    QStringList scopes;
    const QRegularExpression item(QStringLiteral("<li data-scope=\"([^\"]*)\">"));
    auto matches = item.globalMatch(list);
    while (matches.hasNext())
        scopes.append(unescaped(matches.next().captured(1)));
    return scopes;
}

QByteArray encodeForm(const QList<QPair<QString, QString>> &form)
{
    QByteArray body;
    for (const auto &pair : form) {
        if (!body.isEmpty())
            body.append('&');
        body.append(
            QUrl::toPercentEncoding(pair.first) + '=' + QUrl::toPercentEncoding(pair.second));
    }
    return body;
}

// The errors that only say nobody vouches for a certificate: what pinning it answers.
bool isTrustError(QSslError::SslError error)
{
    switch (error) {
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
    case QSslError::InvalidCaCertificate:
        return true;
    default:
        return false;
    }
}

} // namespace

SandboxBrowser::SandboxBrowser(const QList<QSslCertificate> &caCertificates, QObject *parent)
    : QObject(parent)
    , m_caCertificates(caCertificates)
{
    // Nothing is remembered between pages but what this class keeps itself.
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

void SandboxBrowser::setExtraCertificate(const QSslCertificate &certificate)
{
    m_extraCertificate = certificate;
}

SandboxBrowser::Page SandboxBrowser::open(const QUrl &authorizeUrl)
{
    const Page page = get(authorizeUrl);
    readScreen(page);
    return page;
}

SandboxBrowser::Page SandboxBrowser::allow(const QString &teamId)
{
    return submit(QStringLiteral("allow"), teamId.isEmpty() ? selectedTeamId() : teamId);
}

SandboxBrowser::Page SandboxBrowser::cancel()
{
    return submit(QStringLiteral("cancel"), selectedTeamId());
}

SandboxBrowser::Page SandboxBrowser::submit(const QString &action, const QString &teamId)
{
    if (!hasScreen()) {
        Page none;
        none.errorString = QStringLiteral("No permission screen is open.");
        return none;
    }
    const QUrl target = m_formAction;
    const QList<QPair<QString, QString>> form {{QStringLiteral("request"), m_requestId},
        {QStringLiteral("team"), teamId}, {QStringLiteral("action"), action}};
    // A screen's form is sent once; a second click needs the screen opened again.
    m_requestId.clear();
    return post(target, form);
}

SandboxBrowser::Page SandboxBrowser::get(const QUrl &url)
{
    return send(QByteArrayLiteral("GET"), url, QByteArray());
}

SandboxBrowser::Page SandboxBrowser::post(
    const QUrl &url, const QList<QPair<QString, QString>> &form)
{
    return send(QByteArrayLiteral("POST"), url, encodeForm(form));
}

QString SandboxBrowser::selectedTeamId() const
{
    for (const Workspace &workspace : m_workspaces) {
        if (workspace.selected)
            return workspace.teamId;
    }
    return m_workspaces.isEmpty() ? QString() : m_workspaces.constFirst().teamId;
}

// A browser turns the POST into a GET after a 301, 302 or 303 and keeps it after 307 and 308.
SandboxBrowser::Page SandboxBrowser::send(
    const QByteArray &verb, const QUrl &url, const QByteArray &body)
{
    QByteArray currentVerb = verb;
    QByteArray currentBody = body;
    QUrl current = url;
    QList<QUrl> followed;
    for (int hop = 0;; ++hop) {
        Page page = sendOnce(currentVerb, current, currentBody);
        page.redirects = followed;
        if (!page.isRedirect() || !m_followRedirects || hop == maxRedirects)
            return page;
        current = page.locationUrl();
        followed.append(current);
        if (page.status != 307 && page.status != 308) {
            currentVerb = QByteArrayLiteral("GET");
            currentBody.clear();
        }
    }
}

SandboxBrowser::Page SandboxBrowser::sendOnce(
    const QByteArray &verb, const QUrl &url, const QByteArray &body)
{
    QNetworkRequest request(url);
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_timeoutMs);
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    QList<QSslCertificate> trusted = m_caCertificates;
    if (!m_extraCertificate.isNull())
        trusted.append(m_extraCertificate);
    // Only these: not the system's authorities.
    ssl.setCaCertificates(trusted);
    request.setSslConfiguration(ssl);
    request.setRawHeader("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
    if (verb == "POST")
        request.setHeader(QNetworkRequest::ContentTypeHeader,
            QByteArrayLiteral("application/x-www-form-urlencoded"));

    Page page;
    page.url = url;
    QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body);
    connect(reply, &QNetworkReply::sslErrors, reply,
        [this, reply, &page](const QList<QSslError> &errors) {
            page.sslErrors.append(errors);
            if (trustsPinned(reply, errors))
                reply->ignoreSslErrors(errors);
        });
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(m_timeoutMs + 5000, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    if (!reply->isFinished()) {
        reply->abort();
        page.error = QNetworkReply::TimeoutError;
        page.errorString = QStringLiteral("No answer in time.");
        reply->deleteLater();
        return page;
    }
    page.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    page.error = reply->error();
    page.errorString = reply->errorString();
    page.body = reply->readAll();
    page.contentType = reply->rawHeader("Content-Type");
    if (page.status >= 300 && page.status < 400)
        page.location = reply->rawHeader("Location");
    reply->deleteLater();
    return page;
}

// Pinning: the server presented exactly the extra certificate, and every error is about nobody
// vouching for it. An expired certificate or a wrong host name is never let pass.
bool SandboxBrowser::trustsPinned(const QNetworkReply *reply, const QList<QSslError> &errors) const
{
    if (m_extraCertificate.isNull() || errors.isEmpty())
        return false;
    if (reply->sslConfiguration().peerCertificate() != m_extraCertificate)
        return false;
    for (const QSslError &error : errors) {
        const bool aboutPinned =
            error.certificate().isNull() || error.certificate() == m_extraCertificate;
        if (!aboutPinned || !isTrustError(error.error()))
            return false;
    }
    return true;
}

void SandboxBrowser::readScreen(const Page &page)
{
    m_requestId.clear();
    m_formAction.clear();
    m_appName.clear();
    m_botScopes.clear();
    m_userScopes.clear();
    m_workspaces.clear();
    const QString html = QString::fromUtf8(page.body);
    m_title = firstMatch(html, QStringLiteral("<title>([^<]*)</title>"));
    m_errorText = firstMatch(html, QStringLiteral("<p class=\"error\">([^<]*)</p>"));
    if (page.status != 200 || !html.contains(QLatin1String("class=\"permission-screen\"")))
        return;
    m_appName = firstMatch(html, QStringLiteral("<span class=\"app-name\">([^<]*)</span>"));
    const QString action =
        firstMatch(html, QStringLiteral("<form method=\"post\" action=\"([^\"]*)\">"));
    m_formAction = page.url.resolved(QUrl(action));
    m_botScopes = scopesOf(html, QStringLiteral("bot"));
    m_userScopes = scopesOf(html, QStringLiteral("user"));
    const QRegularExpression option(
        QStringLiteral("<option value=\"([^\"]*)\"( selected)?>([^<]*)</option>"));
    auto options = option.globalMatch(html);
    while (options.hasNext()) {
        const QRegularExpressionMatch match = options.next();
        m_workspaces.append({unescaped(match.captured(1)), unescaped(match.captured(3)),
            !match.captured(2).isEmpty()});
    }
    m_requestId = firstMatch(
        html, QStringLiteral("<input type=\"hidden\" name=\"request\" value=\"([^\"]*)\">"));
}
