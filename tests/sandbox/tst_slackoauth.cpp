#include "BitbucketSandbox.h"
#include "SandboxBrowser.h"
#include "SlackSandbox.h"
#include "tls/CertificateFactory.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>

namespace {

using Form = QList<QPair<QString, QString>>;

struct Answer
{
    int status = 0;
    QByteArray body;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    bool ok() const { return json().value(QLatin1String("ok")).toBool(); }
    QString slackError() const { return json().value(QLatin1String("error")).toString(); }
};

QByteArray encode(const Form &form)
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

QString queryValue(const QUrl &url, const QString &name)
{
    return QUrlQuery(url).queryItemValue(name, QUrl::FullyDecoded);
}

bool hasQueryItem(const QUrl &url, const QString &name)
{
    return QUrlQuery(url).hasQueryItem(name);
}

const QString callbackPath = QStringLiteral("/workspace-connector/callback");
const QString invalidCredentials =
    QStringLiteral("The credentials you entered are invalid. Please, check if you entered all "
                   "fields correctly.");

// What the program's loopback listener would be: HTTPS on 127.0.0.1 with a self-signed
// certificate, answering the callback with the query it got.
class Loopback
{
public:
    bool start(QString *error)
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const CertificateFactory::Request request {QStringLiteral("localhost"),
            {QStringLiteral("localhost")}, {QHostAddress(QHostAddress::LocalHost)}, now.addDays(-1),
            now.addDays(30)};
        m_certificate = CertificateFactory::createSelfSigned(request, error);
        if (m_certificate.isNull())
            return false;
        auto listener = std::make_unique<QSslServer>();
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(m_certificate.certificate);
        configuration.setPrivateKey(m_certificate.privateKey);
        listener->setSslConfiguration(configuration);
        if (!listener->listen(QHostAddress::LocalHost, 0)) {
            *error = listener->errorString();
            return false;
        }
        m_port = listener->serverPort();
        m_server.setMissingHandler(
            [this](const QHttpServerRequest &callback, QHttpServerResponder &&responder) {
                ++m_calls;
                const QByteArray text = "callback " + callback.url().path().toUtf8() + '?'
                    + callback.url().query(QUrl::FullyEncoded).toUtf8();
                responder.write(text, "text/plain", QHttpServerResponder::StatusCode::Ok);
            });
        m_server.bind(listener.release());
        return true;
    }

    QString redirectUri() const
    {
        return QStringLiteral("https://127.0.0.1:%1%2").arg(m_port).arg(callbackPath);
    }
    QSslCertificate certificate() const { return m_certificate.certificate; }
    int calls() const { return m_calls; }

private:
    CertificateFactory::GeneratedCertificate m_certificate;
    QHttpServer m_server;
    quint16 m_port = 0;
    int m_calls = 0;
};

} // namespace

class TestSlackOAuth : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void permissionScreen();
    void teamPreselectsTheWorkspace();
    void unknownClientId_data();
    void unknownClientId();
    void redirectMismatchPage_data();
    void redirectMismatchPage();
    void absentRedirectUriUsesTheFirstConfigured();
    void invalidScopes_data();
    void invalidScopes();
    void allowRedirectsWithCodeAndState();
    void cancelRedirectsWithAccessDenied();
    void stopsBeforeTheRedirect();
    void screenFormWorksOnce();
    void notDistributedApp();
    void browserRefusesAnUntrustedLoopback();
    void exchangeWithBasicAuth();
    void exchangeWithBodyCredentials();
    void codeIsSingleUse();
    void codeExpires();
    void clientCredentialsAreChecked();
    void redirectUriMustBeTheAuthorizations();
    void omittedUserToken();
    void scopesAddUpAcrossInstalls();
    void authTestAndUsersInfo();
    void usersInfoNeedsUsersRead();
    void revokeAndUninstall();
    void bitbucketAcceptsARealInstall();
    void bitbucketRefusesBadTokens_data();
    void bitbucketRefusesBadTokens();
    void bitbucketBasicModeAsksSlack();

private:
    QUrl authorizeUrl(
        const QString &appId, const Form &extra = {}, const QString &redirectUri = QString()) const;
    // Opens the screen, allows into teamId and returns the code from the callback.
    QString codeFor(const QString &appId, const QString &teamId = QString());
    Answer call(const QString &method, const Form &form, const QString &bearer = QString(),
        const QByteArray &basic = QByteArray());
    Answer exchange(const QString &appId, const QString &code, const QString &redirectUri);
    QJsonObject install(const QString &appId, const QString &teamId = QString());
    Answer postLink(const QJsonObject &body);

    QTemporaryDir m_workDirectory;
    std::unique_ptr<Loopback> m_loopback;
    std::unique_ptr<BitbucketSandbox> m_bitbucket;
    std::unique_ptr<SlackSandbox> m_slack;
    std::unique_ptr<SandboxBrowser> m_browser;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

void TestSlackOAuth::init()
{
    QString error;
    m_loopback = std::make_unique<Loopback>();
    QVERIFY2(m_loopback->start(&error), qPrintable(error));
    BitbucketSandbox::Options bitbucketOptions;
    bitbucketOptions.workDirectory = m_workDirectory.path();
    m_bitbucket = std::make_unique<BitbucketSandbox>(bitbucketOptions);
    QVERIFY2(m_bitbucket->start(&error), qPrintable(error));
    SlackSandbox::Options options;
    options.authority = m_bitbucket->certificateAuthority();
    options.caBundlePath = m_bitbucket->caBundlePath();
    options.bitbucketBaseUrl = m_bitbucket->baseUrl();
    options.programRedirectUri = m_loopback->redirectUri();
    m_slack = std::make_unique<SlackSandbox>(options);
    QVERIFY2(m_slack->start(&error), qPrintable(error));
    m_bitbucket->attachSlack(m_slack.get());
    m_browser =
        std::make_unique<SandboxBrowser>(QSslCertificate::fromPath(m_bitbucket->caBundlePath()));
    m_browser->setExtraCertificate(m_loopback->certificate());
    m_network = std::make_unique<QNetworkAccessManager>();
}

void TestSlackOAuth::cleanup()
{
    m_network.reset();
    m_browser.reset();
    if (m_bitbucket)
        m_bitbucket->attachSlack(nullptr);
    m_slack.reset();
    m_bitbucket.reset();
    m_loopback.reset();
}

QUrl TestSlackOAuth::authorizeUrl(
    const QString &appId, const Form &extra, const QString &redirectUri) const
{
    const SlackSandboxApp app = m_slack->app(appId);
    QUrlQuery query;
    Form items {{QStringLiteral("client_id"), app.clientId},
        {QStringLiteral("scope"), QStringLiteral("commands,users:read,team:read")},
        {QStringLiteral("user_scope"), QStringLiteral("links:write")},
        {QStringLiteral("redirect_uri"),
            redirectUri.isNull() ? m_loopback->redirectUri() : redirectUri},
        {QStringLiteral("state"), QStringLiteral("state-1")}};
    for (const auto &pair : extra) {
        const auto existing = std::find_if(items.begin(), items.end(),
            [&pair](const QPair<QString, QString> &item) { return item.first == pair.first; });
        if (existing == items.end())
            items.append(pair);
        else if (pair.second.isNull())
            items.erase(existing);
        else
            existing->second = pair.second;
    }
    QUrl url = m_slack->authorizeUrl();
    url.setQuery(QString::fromLatin1(encode(items)));
    return url;
}

QString TestSlackOAuth::codeFor(const QString &appId, const QString &teamId)
{
    const SandboxBrowser::Page screen = m_browser->open(authorizeUrl(appId));
    if (screen.status != 200 || !m_browser->hasScreen())
        return QString();
    const SandboxBrowser::Page callback = m_browser->allow(teamId);
    return queryValue(callback.url, QStringLiteral("code"));
}

Answer TestSlackOAuth::call(
    const QString &method, const Form &form, const QString &bearer, const QByteArray &basic)
{
    QNetworkRequest request(m_slack->apiBase().resolved(QUrl(method)));
    request.setTransferTimeout(10000);
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setCaCertificates(QSslCertificate::fromPath(m_bitbucket->caBundlePath()));
    request.setSslConfiguration(ssl);
    request.setHeader(
        QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearer.toUtf8());
    if (!basic.isEmpty())
        request.setRawHeader("Authorization", "Basic " + basic.toBase64());
    QNetworkReply *reply = m_network->post(request, encode(form));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    Answer answer;
    if (!finished.wait(15000))
        return answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    reply->deleteLater();
    return answer;
}

Answer TestSlackOAuth::exchange(
    const QString &appId, const QString &code, const QString &redirectUri)
{
    const SlackSandboxApp app = m_slack->app(appId);
    Form form {{QStringLiteral("code"), code},
        {QStringLiteral("grant_type"), QStringLiteral("authorization_code")}};
    if (!redirectUri.isNull())
        form.append({QStringLiteral("redirect_uri"), redirectUri});
    return call(QStringLiteral("oauth.v2.access"), form, QString(),
        QString(app.clientId + u':' + app.clientSecret).toUtf8());
}

QJsonObject TestSlackOAuth::install(const QString &appId, const QString &teamId)
{
    const QString code = codeFor(appId, teamId);
    if (code.isEmpty())
        return {};
    return exchange(appId, code, m_loopback->redirectUri()).json();
}

Answer TestSlackOAuth::postLink(const QJsonObject &body)
{
    QUrl url = m_bitbucket->baseUrl();
    url.setPath(url.path() + QStringLiteral("/rest/slack/latest/connection"));
    QNetworkRequest request(url);
    request.setTransferTimeout(10000);
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setCaCertificates(QSslCertificate::fromPath(m_bitbucket->caBundlePath()));
    request.setSslConfiguration(ssl);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QByteArray account =
        QString(BitbucketSandbox::adminUser() + u':' + BitbucketSandbox::adminPassword()).toUtf8();
    request.setRawHeader("Authorization", "Basic " + account.toBase64());
    QNetworkReply *reply =
        m_network->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    Answer answer;
    if (!finished.wait(15000))
        return answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    reply->deleteLater();
    return answer;
}

void TestSlackOAuth::permissionScreen()
{
    const SandboxBrowser::Page page = m_browser->open(authorizeUrl(SlackSandbox::healthyAppId()));
    QCOMPARE(page.status, 200);
    QVERIFY(m_browser->hasScreen());
    QCOMPARE(m_browser->appName(), QStringLiteral("Bitbucket Sandbox"));
    QCOMPARE(m_browser->botScopes(),
        (QStringList {QStringLiteral("commands"), QStringLiteral("users:read"),
            QStringLiteral("team:read")}));
    QCOMPARE(m_browser->userScopes(), QStringList {QStringLiteral("links:write")});
    QCOMPARE(m_browser->workspaces().size(), 3);
    QCOMPARE(m_browser->selectedTeamId(), SlackSandbox::teamId());
    QCOMPARE(m_browser->formAction(), m_slack->authorizeUrl());
    QCOMPARE(m_slack->authorizeUrl().toString(),
        QStringLiteral("https://127.0.0.1:%1/oauth/v2/authorize").arg(m_slack->httpsPort()));
    QVERIFY(page.body.contains(">Allow</button>"));
    QVERIFY(page.body.contains(">Cancel</button>"));
}

void TestSlackOAuth::teamPreselectsTheWorkspace()
{
    m_browser->open(authorizeUrl(
        SlackSandbox::healthyAppId(), {{QStringLiteral("team"), QStringLiteral("T0SANDBOX02")}}));
    QCOMPARE(m_browser->selectedTeamId(), QStringLiteral("T0SANDBOX02"));
    // An id the admin is not signed in to is ignored.
    m_browser->open(authorizeUrl(
        SlackSandbox::healthyAppId(), {{QStringLiteral("team"), QStringLiteral("T0NOWHERE")}}));
    QVERIFY(m_browser->hasScreen());
    QCOMPARE(m_browser->selectedTeamId(), SlackSandbox::teamId());
}

void TestSlackOAuth::unknownClientId_data()
{
    QTest::addColumn<QString>("clientId");
    QTest::newRow("unknown") << QStringLiteral("1111111111.2222222222");
    QTest::newRow("empty") << QStringLiteral("");
    QTest::newRow("absent") << QString();
}

void TestSlackOAuth::unknownClientId()
{
    QFETCH(QString, clientId);
    const SandboxBrowser::Page page = m_browser->open(
        authorizeUrl(SlackSandbox::healthyAppId(), {{QStringLiteral("client_id"), clientId}}));
    QCOMPARE(page.status, 400);
    QVERIFY(!m_browser->hasScreen());
    QVERIFY(page.redirects.isEmpty());
    QCOMPARE(m_browser->errorText(), QStringLiteral("Invalid client_id parameter"));
    QCOMPARE(m_loopback->calls(), 0);
}

void TestSlackOAuth::redirectMismatchPage_data()
{
    QTest::addColumn<QString>("passed");
    const QString good = QStringLiteral("https://127.0.0.1:%1%2");
    QTest::newRow("http") << QStringLiteral("http://127.0.0.1:1/workspace-connector/callback");
    QTest::newRow("other port") << QStringLiteral(
        "https://127.0.0.1:1/workspace-connector/callback");
    QTest::newRow("other host") << QStringLiteral(
        "https://localhost.example/workspace-connector/callback");
    QTest::newRow("parent path") << QStringLiteral("https://127.0.0.1:%1/workspace-connector");
    QTest::newRow("empty") << QStringLiteral("");
}

void TestSlackOAuth::redirectMismatchPage()
{
    QFETCH(QString, passed);
    passed.replace(
        QStringLiteral("%1"), m_loopback->redirectUri().section(u':', 2, 2).section(u'/', 0, 0));
    const SandboxBrowser::Page page =
        m_browser->open(authorizeUrl(SlackSandbox::healthyAppId(), {}, passed));
    QCOMPARE(page.status, 400);
    QVERIFY(page.redirects.isEmpty());
    QVERIFY(!m_browser->hasScreen());
    QCOMPARE(m_browser->errorText(),
        QStringLiteral("redirect_uri did not match any configured URIs. Passed URI: ") + passed);
    QCOMPARE(m_loopback->calls(), 0);
}

void TestSlackOAuth::absentRedirectUriUsesTheFirstConfigured()
{
    m_browser->setFollowRedirects(false);
    // The healthy app's first Redirect URL is Bitbucket's install endpoint.
    m_browser->open(
        authorizeUrl(SlackSandbox::healthyAppId(), {{QStringLiteral("redirect_uri"), QString()}}));
    QVERIFY(m_browser->hasScreen());
    SandboxBrowser::Page page = m_browser->allow();
    QCOMPARE(page.status, 302);
    const QString first = m_slack->app(SlackSandbox::healthyAppId()).redirectUrls().first();
    QVERIFY2(
        page.location.startsWith(QByteArray(first.toUtf8() + "?code=")), page.location.constData());

    // The misordered app lists this program's URI first.
    const QString misordered = m_slack->appIds().value(QStringLiteral("misordered-redirect-urls"));
    m_browser->open(authorizeUrl(misordered, {{QStringLiteral("redirect_uri"), QString()}}));
    page = m_browser->allow();
    QVERIFY2(page.location.startsWith(QByteArray(m_loopback->redirectUri().toUtf8() + "?code=")),
        page.location.constData());
    // The exchange may then leave redirect_uri out, or name that same URL.
    const QString code = queryValue(page.locationUrl(), QStringLiteral("code"));
    const Answer answer = exchange(misordered, code, QString());
    QVERIFY2(answer.ok(), answer.body.constData());
}

void TestSlackOAuth::invalidScopes_data()
{
    QTest::addColumn<Form>("scopes");
    QTest::addColumn<QString>("message");
    QTest::newRow("none") << Form {{QStringLiteral("scope"), QString()},
        {QStringLiteral("user_scope"), QString()}}
                          << QStringLiteral("No scopes were requested.");
    QTest::newRow("malformed") << Form {{QStringLiteral("scope"),
        QStringLiteral("commands,Chat Write")}}
                               << QStringLiteral("Invalid scopes: Chat Write");
}

void TestSlackOAuth::invalidScopes()
{
    QFETCH(Form, scopes);
    QFETCH(QString, message);
    const SandboxBrowser::Page page =
        m_browser->open(authorizeUrl(SlackSandbox::healthyAppId(), scopes));
    QCOMPARE(page.status, 400);
    QCOMPARE(m_browser->pageTitle(), QStringLiteral("Invalid permissions requested"));
    QCOMPARE(m_browser->errorText(), message);
}

void TestSlackOAuth::allowRedirectsWithCodeAndState()
{
    const QString state = QStringLiteral("a b+c/d=e&f?g%h\u00e9");
    m_browser->open(authorizeUrl(SlackSandbox::healthyAppId(), {{QStringLiteral("state"), state}}));
    QVERIFY(m_browser->hasScreen());
    const SandboxBrowser::Page page = m_browser->allow();
    QCOMPARE(page.error, QNetworkReply::NoError);
    QCOMPARE(page.status, 200);
    QCOMPARE(page.redirects.size(), 1);
    QCOMPARE(page.url.scheme(), QStringLiteral("https"));
    QCOMPARE(page.url.host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(page.url.path(), callbackPath);
    QCOMPARE(queryValue(page.url, QStringLiteral("state")), state);
    QVERIFY(!queryValue(page.url, QStringLiteral("code")).isEmpty());
    QVERIFY(!hasQueryItem(page.url, QStringLiteral("error")));
    QVERIFY(page.body.startsWith(QByteArray("callback " + callbackPath.toUtf8())));
    QCOMPARE(m_loopback->calls(), 1);
    // The self-signed certificate is trusted because it was given, not because errors were
    // ignored (browserRefusesAnUntrustedLoopback shows the other side).
    QVERIFY(page.sslErrors.isEmpty());

    // Two installs, two different codes.
    const QString again = codeFor(SlackSandbox::healthyAppId());
    QVERIFY(!again.isEmpty());
    QVERIFY(again != queryValue(page.url, QStringLiteral("code")));
}

void TestSlackOAuth::cancelRedirectsWithAccessDenied()
{
    m_browser->open(authorizeUrl(SlackSandbox::healthyAppId()));
    const SandboxBrowser::Page page = m_browser->cancel();
    QCOMPARE(page.status, 200);
    QCOMPARE(page.url.path(), callbackPath);
    QCOMPARE(queryValue(page.url, QStringLiteral("error")), QStringLiteral("access_denied"));
    QCOMPARE(queryValue(page.url, QStringLiteral("state")), QStringLiteral("state-1"));
    QVERIFY(!hasQueryItem(page.url, QStringLiteral("code")));

    // Without a state, none comes back.
    m_browser->open(
        authorizeUrl(SlackSandbox::healthyAppId(), {{QStringLiteral("state"), QString()}}));
    const SandboxBrowser::Page stateless = m_browser->cancel();
    QVERIFY(!hasQueryItem(stateless.url, QStringLiteral("state")));
}

void TestSlackOAuth::stopsBeforeTheRedirect()
{
    m_browser->setFollowRedirects(false);
    m_browser->open(authorizeUrl(SlackSandbox::healthyAppId()));
    const SandboxBrowser::Page page = m_browser->allow(QStringLiteral("T0SANDBOX02"));
    QCOMPARE(page.status, 302);
    QVERIFY(page.isRedirect());
    QVERIFY(page.redirects.isEmpty());
    QCOMPARE(m_loopback->calls(), 0);
    const QUrl location = page.locationUrl();
    QCOMPARE(location.toString(QUrl::RemoveQuery), m_loopback->redirectUri());
    QCOMPARE(queryValue(location, QStringLiteral("state")), QStringLiteral("state-1"));
    const Answer answer = exchange(SlackSandbox::healthyAppId(),
        queryValue(location, QStringLiteral("code")), m_loopback->redirectUri());
    QVERIFY2(answer.ok(), answer.body.constData());
    QCOMPARE(answer.json()[QLatin1String("team")][QLatin1String("id")].toString(),
        QStringLiteral("T0SANDBOX02"));
}

void TestSlackOAuth::screenFormWorksOnce()
{
    m_browser->open(authorizeUrl(SlackSandbox::healthyAppId()));
    const QString requestId = m_browser->requestId();
    QVERIFY(!requestId.isEmpty());
    QVERIFY(m_browser->allow().status == 200);
    const SandboxBrowser::Page replay = m_browser->post(m_slack->authorizeUrl(),
        {{QStringLiteral("request"), requestId}, {QStringLiteral("team"), SlackSandbox::teamId()},
            {QStringLiteral("action"), QStringLiteral("allow")}});
    QCOMPARE(replay.status, 400);
    QCOMPARE(m_loopback->calls(), 1);
}

void TestSlackOAuth::notDistributedApp()
{
    const QString appId = SlackSandbox::undistributedAppId();
    QCOMPARE(m_slack->appIds().value(SlackSandbox::undistributedAppName()), appId);
    QVERIFY(!m_slack->app(appId).distributed);
    QVERIFY(m_slack->app(SlackSandbox::healthyAppId()).distributed);

    // Steered to another workspace: no screen, the error comes back to the app.
    m_browser->setFollowRedirects(false);
    SandboxBrowser::Page page = m_browser->open(
        authorizeUrl(appId, {{QStringLiteral("team"), QStringLiteral("T0SANDBOX02")}}));
    QCOMPARE(page.status, 302);
    QUrl location = page.locationUrl();
    QCOMPARE(queryValue(location, QStringLiteral("error")),
        QStringLiteral("invalid_team_for_non_distributed_app"));
    QCOMPARE(queryValue(location, QStringLiteral("state")), QStringLiteral("state-1"));

    // Picked on the screen: the same.
    m_browser->open(authorizeUrl(appId));
    QCOMPARE(m_browser->selectedTeamId(), SlackSandbox::teamId());
    page = m_browser->allow(QStringLiteral("T0SANDBOX03"));
    location = page.locationUrl();
    QCOMPARE(queryValue(location, QStringLiteral("error")),
        QStringLiteral("invalid_team_for_non_distributed_app"));
    QVERIFY(!hasQueryItem(location, QStringLiteral("code")));

    // Its home workspace works.
    m_browser->open(authorizeUrl(appId));
    page = m_browser->allow();
    QVERIFY(hasQueryItem(page.locationUrl(), QStringLiteral("code")));

    // Activating its distribution lifts the limit.
    m_slack->setDistributed(appId, true);
    m_browser->open(authorizeUrl(appId, {{QStringLiteral("team"), QStringLiteral("T0SANDBOX02")}}));
    QVERIFY(m_browser->hasScreen());
}

void TestSlackOAuth::browserRefusesAnUntrustedLoopback()
{
    // Without the loopback's certificate the redirect cannot be followed.
    SandboxBrowser browser(QSslCertificate::fromPath(m_bitbucket->caBundlePath()));
    browser.open(authorizeUrl(SlackSandbox::healthyAppId()));
    QVERIFY(browser.hasScreen());
    const SandboxBrowser::Page page = browser.allow();
    QCOMPARE(page.status, 0);
    QCOMPARE(page.error, QNetworkReply::SslHandshakeFailedError);
    QCOMPARE(m_loopback->calls(), 0);

    // Another self-signed certificate pinned does not vouch for this one.
    QString error;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto other = CertificateFactory::createSelfSigned(
        {QStringLiteral("localhost"), {QStringLiteral("localhost")},
            {QHostAddress(QHostAddress::LocalHost)}, now.addDays(-1), now.addDays(30)},
        &error);
    QVERIFY2(!other.isNull(), qPrintable(error));
    browser.setExtraCertificate(other.certificate);
    browser.open(authorizeUrl(SlackSandbox::healthyAppId()));
    QCOMPARE(browser.allow().error, QNetworkReply::SslHandshakeFailedError);
    QCOMPARE(m_loopback->calls(), 0);
}

void TestSlackOAuth::exchangeWithBasicAuth()
{
    const QString code = codeFor(SlackSandbox::healthyAppId());
    QVERIFY(!code.isEmpty());
    const Answer answer = exchange(SlackSandbox::healthyAppId(), code, m_loopback->redirectUri());
    QCOMPARE(answer.status, 200);
    QVERIFY2(answer.ok(), answer.body.constData());
    const QJsonObject body = answer.json();
    QVERIFY(
        body.value(QLatin1String("access_token")).toString().startsWith(QLatin1String("xoxb-")));
    QCOMPARE(body.value(QLatin1String("token_type")).toString(), QStringLiteral("bot"));
    QCOMPARE(body.value(QLatin1String("scope")).toString(),
        QStringLiteral("commands,users:read,team:read"));
    QVERIFY(body.value(QLatin1String("bot_user_id")).toString().startsWith(u'U'));
    QCOMPARE(body.value(QLatin1String("app_id")).toString(), SlackSandbox::healthyAppId());
    QCOMPARE(body[QLatin1String("team")][QLatin1String("id")].toString(), SlackSandbox::teamId());
    QCOMPARE(body[QLatin1String("team")][QLatin1String("name")].toString(),
        QStringLiteral("Sandbox Home"));
    QVERIFY(body.value(QLatin1String("enterprise")).isNull());
    QCOMPARE(body.value(QLatin1String("is_enterprise_install")), QJsonValue(false));
    const QJsonObject user = body.value(QLatin1String("authed_user")).toObject();
    QCOMPARE(user.value(QLatin1String("id")).toString(), SlackSandbox::userId());
    QCOMPARE(user.value(QLatin1String("scope")).toString(), QStringLiteral("links:write"));
    QVERIFY(
        user.value(QLatin1String("access_token")).toString().startsWith(QLatin1String("xoxp-")));
    QCOMPARE(user.value(QLatin1String("token_type")).toString(), QStringLiteral("user"));

    // An Enterprise workspace names its organization.
    const QJsonObject grid = install(SlackSandbox::healthyAppId(), QStringLiteral("T0SANDBOX03"));
    QCOMPARE(grid[QLatin1String("enterprise")][QLatin1String("id")].toString(),
        QStringLiteral("E0SANDBOX01"));
}

void TestSlackOAuth::exchangeWithBodyCredentials()
{
    const SlackSandboxApp app = m_slack->app(SlackSandbox::healthyAppId());
    const QString code = codeFor(app.id);
    const Answer answer = call(QStringLiteral("oauth.v2.access"),
        {{QStringLiteral("client_id"), app.clientId},
            {QStringLiteral("client_secret"), app.clientSecret}, {QStringLiteral("code"), code},
            {QStringLiteral("redirect_uri"), m_loopback->redirectUri()}});
    QVERIFY2(answer.ok(), answer.body.constData());
}

void TestSlackOAuth::codeIsSingleUse()
{
    const QString code = codeFor(SlackSandbox::healthyAppId());
    QVERIFY(exchange(SlackSandbox::healthyAppId(), code, m_loopback->redirectUri()).ok());
    const Answer second = exchange(SlackSandbox::healthyAppId(), code, m_loopback->redirectUri());
    QCOMPARE(second.status, 200);
    QCOMPARE(second.slackError(), QStringLiteral("code_already_used"));
    QCOMPARE(
        exchange(SlackSandbox::healthyAppId(), QStringLiteral("1.2.3"), m_loopback->redirectUri())
            .slackError(),
        QStringLiteral("invalid_code"));
    QCOMPARE(
        exchange(SlackSandbox::healthyAppId(), QString(), m_loopback->redirectUri()).slackError(),
        QStringLiteral("invalid_code"));
    // A code is the app's own: another app's credentials do not take it.
    const QString other = m_slack->appIds().value(QStringLiteral("token-rotation"));
    const QString fresh = codeFor(SlackSandbox::healthyAppId());
    QCOMPARE(exchange(other, fresh, m_loopback->redirectUri()).slackError(),
        QStringLiteral("invalid_code"));
}

void TestSlackOAuth::codeExpires()
{
    m_slack->setCodeLifetime(std::chrono::milliseconds(200));
    const QString code = codeFor(SlackSandbox::healthyAppId());
    QTest::qWait(400);
    QCOMPARE(exchange(SlackSandbox::healthyAppId(), code, m_loopback->redirectUri()).slackError(),
        QStringLiteral("invalid_code"));
    m_slack->setCodeLifetime(std::chrono::minutes(10));
    QVERIFY(exchange(SlackSandbox::healthyAppId(), codeFor(SlackSandbox::healthyAppId()),
        m_loopback->redirectUri())
                .ok());
}

void TestSlackOAuth::clientCredentialsAreChecked()
{
    const SlackSandboxApp app = m_slack->app(SlackSandbox::healthyAppId());
    const QString code = codeFor(app.id);
    const Form form {{QStringLiteral("code"), code},
        {QStringLiteral("redirect_uri"), m_loopback->redirectUri()}};
    QCOMPARE(call(QStringLiteral("oauth.v2.access"), form, QString(),
                 QString(app.clientId + QStringLiteral(":wrong")).toUtf8())
                 .slackError(),
        QStringLiteral("bad_client_secret"));
    QCOMPARE(call(QStringLiteral("oauth.v2.access"), form, QString(),
                 QString(QStringLiteral("123.456:") + app.clientSecret).toUtf8())
                 .slackError(),
        QStringLiteral("invalid_client_id"));
    QCOMPARE(call(QStringLiteral("oauth.v2.access"), form).slackError(),
        QStringLiteral("invalid_client_id"));
    // The failed attempts did not use the code up.
    QVERIFY(exchange(app.id, code, m_loopback->redirectUri()).ok());
}

void TestSlackOAuth::redirectUriMustBeTheAuthorizations()
{
    const QString code = codeFor(SlackSandbox::healthyAppId());
    // A sub-path is covered by the Redirect URLs, but it is not what the authorization used.
    QCOMPARE(exchange(SlackSandbox::healthyAppId(), code,
                 m_loopback->redirectUri() + QStringLiteral("/x"))
                 .slackError(),
        QStringLiteral("bad_redirect_uri"));
    QCOMPARE(exchange(SlackSandbox::healthyAppId(), code, QString()).slackError(),
        QStringLiteral("bad_redirect_uri"));
    QVERIFY(exchange(SlackSandbox::healthyAppId(), code, m_loopback->redirectUri()).ok());
}

void TestSlackOAuth::omittedUserToken()
{
    m_slack->setOmitUserToken(true);
    const QJsonObject body = install(SlackSandbox::healthyAppId());
    QVERIFY(body.value(QLatin1String("ok")).toBool());
    QVERIFY(
        body.value(QLatin1String("access_token")).toString().startsWith(QLatin1String("xoxb-")));
    const QJsonObject user = body.value(QLatin1String("authed_user")).toObject();
    QCOMPARE(user.value(QLatin1String("id")).toString(), SlackSandbox::userId());
    QCOMPARE(user.value(QLatin1String("scope")).toString(), QStringLiteral("links:write"));
    QVERIFY(!user.contains(QLatin1String("access_token")));
}

void TestSlackOAuth::scopesAddUpAcrossInstalls()
{
    const QJsonObject first = install(SlackSandbox::healthyAppId());
    m_browser->open(authorizeUrl(
        SlackSandbox::healthyAppId(), {{QStringLiteral("scope"), QStringLiteral("chat:write")}}));
    const QString code = queryValue(m_browser->allow().url, QStringLiteral("code"));
    const QJsonObject second =
        exchange(SlackSandbox::healthyAppId(), code, m_loopback->redirectUri()).json();
    QCOMPARE(
        second.value(QLatin1String("access_token")), first.value(QLatin1String("access_token")));
    QCOMPARE(second.value(QLatin1String("scope")).toString(),
        QStringLiteral("commands,users:read,team:read,chat:write"));
}

void TestSlackOAuth::authTestAndUsersInfo()
{
    const QJsonObject installed = install(SlackSandbox::healthyAppId());
    const QString bot = installed.value(QLatin1String("access_token")).toString();
    const QString user =
        installed[QLatin1String("authed_user")][QLatin1String("access_token")].toString();
    const QString botUserId = installed.value(QLatin1String("bot_user_id")).toString();

    const Answer botTest = call(QStringLiteral("auth.test"), {}, bot);
    QVERIFY2(botTest.ok(), botTest.body.constData());
    QJsonObject body = botTest.json();
    QCOMPARE(body.value(QLatin1String("team_id")).toString(), SlackSandbox::teamId());
    QCOMPARE(body.value(QLatin1String("team")).toString(), QStringLiteral("Sandbox Home"));
    QCOMPARE(body.value(QLatin1String("user_id")).toString(), botUserId);
    QCOMPARE(body.value(QLatin1String("user")).toString(), QStringLiteral("bitbucket"));
    QVERIFY(body.value(QLatin1String("bot_id")).toString().startsWith(u'B'));
    QCOMPARE(body.value(QLatin1String("url")).toString(),
        QStringLiteral("https://sandbox-home.slack.com/"));
    QCOMPARE(body, m_slack->authTest(bot));

    const Answer userTest = call(QStringLiteral("auth.test"), {{QStringLiteral("token"), user}});
    QVERIFY2(userTest.ok(), userTest.body.constData());
    body = userTest.json();
    QCOMPARE(body.value(QLatin1String("user_id")).toString(), SlackSandbox::userId());
    QVERIFY(!body.contains(QLatin1String("bot_id")));

    QCOMPARE(call(QStringLiteral("auth.test"), {}, QStringLiteral("xoxb-1-2-made-up")).slackError(),
        QStringLiteral("invalid_auth"));
    QCOMPARE(call(QStringLiteral("auth.test"), {}).slackError(), QStringLiteral("not_authed"));

    const Answer info =
        call(QStringLiteral("users.info"), {{QStringLiteral("user"), botUserId}}, bot);
    QVERIFY2(info.ok(), info.body.constData());
    QCOMPARE(
        info.json()[QLatin1String("user")][QLatin1String("profile")][QLatin1String("api_app_id")]
            .toString(),
        SlackSandbox::healthyAppId());
    QCOMPARE(info.json()[QLatin1String("user")][QLatin1String("is_bot")], QJsonValue(true));
    const Answer admin =
        call(QStringLiteral("users.info"), {{QStringLiteral("user"), SlackSandbox::userId()}}, bot);
    QVERIFY2(admin.ok(), admin.body.constData());
    QCOMPARE(admin.json()[QLatin1String("user")][QLatin1String("is_bot")], QJsonValue(false));
    QCOMPARE(call(QStringLiteral("users.info"),
                 {{QStringLiteral("user"), QStringLiteral("U0NOBODY")}}, bot)
                 .slackError(),
        QStringLiteral("user_not_found"));
    // The user token has links:write only.
    const Answer byUser =
        call(QStringLiteral("users.info"), {{QStringLiteral("user"), botUserId}}, user);
    QCOMPARE(byUser.slackError(), QStringLiteral("missing_scope"));
    QCOMPARE(byUser.json().value(QLatin1String("needed")).toString(), QStringLiteral("users:read"));
}

void TestSlackOAuth::usersInfoNeedsUsersRead()
{
    const QString appId = m_slack->appIds().value(QStringLiteral("missing-scopes"));
    m_browser->open(
        authorizeUrl(appId, {{QStringLiteral("scope"), QStringLiteral("commands,chat:write")}}));
    const QString code = queryValue(m_browser->allow().url, QStringLiteral("code"));
    const QJsonObject installed = exchange(appId, code, m_loopback->redirectUri()).json();
    const QString bot = installed.value(QLatin1String("access_token")).toString();
    QVERIFY(!bot.isEmpty());
    const Answer info = call(QStringLiteral("users.info"),
        {{QStringLiteral("user"), installed.value(QLatin1String("bot_user_id")).toString()}}, bot);
    QCOMPARE(info.slackError(), QStringLiteral("missing_scope"));
    QCOMPARE(info.json().value(QLatin1String("provided")).toString(),
        QStringLiteral("commands,chat:write"));
}

void TestSlackOAuth::revokeAndUninstall()
{
    QJsonObject installed = install(SlackSandbox::healthyAppId());
    QString bot = installed.value(QLatin1String("access_token")).toString();
    const Answer dryRun =
        call(QStringLiteral("auth.revoke"), {{QStringLiteral("test"), QStringLiteral("1")}}, bot);
    QVERIFY(dryRun.ok());
    QCOMPARE(dryRun.json().value(QLatin1String("revoked")), QJsonValue(false));
    QVERIFY(call(QStringLiteral("auth.test"), {}, bot).ok());
    const Answer revoked = call(QStringLiteral("auth.revoke"), {}, bot);
    QCOMPARE(revoked.json().value(QLatin1String("revoked")), QJsonValue(true));
    QCOMPARE(
        call(QStringLiteral("auth.test"), {}, bot).slackError(), QStringLiteral("token_revoked"));

    // The next install issues a new bot token; apps.uninstall takes every token away.
    installed = install(SlackSandbox::healthyAppId());
    bot = installed.value(QLatin1String("access_token")).toString();
    const QString user =
        installed[QLatin1String("authed_user")][QLatin1String("access_token")].toString();
    QVERIFY(call(QStringLiteral("auth.test"), {}, bot).ok());
    const SlackSandboxApp app = m_slack->app(SlackSandbox::healthyAppId());
    QCOMPARE(call(QStringLiteral("apps.uninstall"),
                 {{QStringLiteral("client_id"), app.clientId},
                     {QStringLiteral("client_secret"), QStringLiteral("no")}},
                 bot)
                 .slackError(),
        QStringLiteral("bad_client_secret"));
    const SlackSandboxApp other =
        m_slack->app(m_slack->appIds().value(QStringLiteral("socket-mode")));
    QCOMPARE(call(QStringLiteral("apps.uninstall"),
                 {{QStringLiteral("client_id"), other.clientId},
                     {QStringLiteral("client_secret"), other.clientSecret}},
                 bot)
                 .slackError(),
        QStringLiteral("client_id_token_mismatch"));
    QVERIFY(call(QStringLiteral("apps.uninstall"),
        {{QStringLiteral("client_id"), app.clientId},
            {QStringLiteral("client_secret"), app.clientSecret}},
        bot)
                .ok());
    QCOMPARE(
        call(QStringLiteral("auth.test"), {}, bot).slackError(), QStringLiteral("token_revoked"));
    QCOMPARE(
        call(QStringLiteral("auth.test"), {}, user).slackError(), QStringLiteral("token_revoked"));
}

namespace {

QJsonObject advancedLink(
    const SlackSandboxApp &app, const QString &userToken, const QString &botToken)
{
    return {
        {QStringLiteral("custom"), true},
        {QStringLiteral("client_id"), app.clientId},
        {QStringLiteral("client_secret"), app.clientSecret},
        {QStringLiteral("signing_secret"), app.signingSecret},
        {QStringLiteral("verification_token"), app.verificationToken},
        {QStringLiteral("access_token"), userToken},
        {QStringLiteral("bot_access_token"), botToken},
    };
}

} // namespace

void TestSlackOAuth::bitbucketAcceptsARealInstall()
{
    const QJsonObject installed =
        install(SlackSandbox::healthyAppId(), QStringLiteral("T0SANDBOX02"));
    const SlackSandboxApp app = m_slack->app(SlackSandbox::healthyAppId());
    const Answer saved = postLink(advancedLink(app,
        installed[QLatin1String("authed_user")][QLatin1String("access_token")].toString(),
        installed.value(QLatin1String("access_token")).toString()));
    QCOMPARE(saved.status, 200);
    QCOMPARE(saved.json().value(QLatin1String("teamId")).toString(), QStringLiteral("T0SANDBOX02"));
    QCOMPARE(
        saved.json().value(QLatin1String("teamName")).toString(), QStringLiteral("Sandbox Two"));
    QCOMPARE(m_bitbucket->linkedTeamIds(), QStringList {QStringLiteral("T0SANDBOX02")});
}

void TestSlackOAuth::bitbucketRefusesBadTokens_data()
{
    QTest::addColumn<QString>("which");
    QTest::newRow("made-up bot token") << QStringLiteral("made-up bot");
    QTest::newRow("shaped like the old placeholder") << QStringLiteral("shaped bot");
    QTest::newRow("made-up user token") << QStringLiteral("made-up user");
    QTest::newRow("revoked bot token") << QStringLiteral("revoked bot");
    QTest::newRow("revoked user token") << QStringLiteral("revoked user");
    QTest::newRow("user token as bot token") << QStringLiteral("swapped");
    QTest::newRow("bot without users:read") << QStringLiteral("no users:read");
}

void TestSlackOAuth::bitbucketRefusesBadTokens()
{
    QFETCH(QString, which);
    QString appId = SlackSandbox::healthyAppId();
    QJsonObject installed;
    if (which == QLatin1String("no users:read")) {
        appId = m_slack->appIds().value(QStringLiteral("missing-scopes"));
        m_browser->open(
            authorizeUrl(appId, {{QStringLiteral("scope"), QStringLiteral("commands")}}));
        const QString code = queryValue(m_browser->allow().url, QStringLiteral("code"));
        installed = exchange(appId, code, m_loopback->redirectUri()).json();
    } else {
        installed = install(appId);
    }
    QString bot = installed.value(QLatin1String("access_token")).toString();
    QString user =
        installed[QLatin1String("authed_user")][QLatin1String("access_token")].toString();
    QVERIFY(!bot.isEmpty());
    if (which == QLatin1String("made-up bot"))
        bot = QStringLiteral("xoxb-123456789012-1234567890123-NotIssuedBySlackAtAll");
    else if (which == QLatin1String("shaped bot"))
        bot = QStringLiteral("xoxb-T0SANDBOX01-bot");
    else if (which == QLatin1String("made-up user"))
        user = QStringLiteral("xoxp-T0SANDBOX01-user");
    else if (which == QLatin1String("revoked bot"))
        m_slack->revokeToken(bot);
    else if (which == QLatin1String("revoked user"))
        m_slack->revokeToken(user);
    else if (which == QLatin1String("swapped"))
        bot = user;
    if (which == QLatin1String("no users:read"))
        user = install(SlackSandbox::healthyAppId())[QLatin1String("authed_user")]
                                                    [QLatin1String("access_token")]
                                                        .toString();

    const Answer refused = postLink(advancedLink(m_slack->app(appId), user, bot));
    QCOMPARE(refused.status, 400);
    QCOMPARE(QString::fromUtf8(refused.body), invalidCredentials);
    QVERIFY(m_bitbucket->linkedTeamIds().isEmpty());
}

// Basic mode tests only the bot token, with auth.test, and answers Slack's bare error code.
void TestSlackOAuth::bitbucketBasicModeAsksSlack()
{
    const QJsonObject installed = install(SlackSandbox::healthyAppId());
    const QString bot = installed.value(QLatin1String("access_token")).toString();
    const SlackSandboxApp app = m_slack->app(SlackSandbox::healthyAppId());
    QJsonObject basic {
        {QStringLiteral("client_id"), app.clientId},
        {QStringLiteral("client_secret"), app.clientSecret},
        {QStringLiteral("signing_secret"), app.signingSecret},
        {QStringLiteral("verification_token"), app.verificationToken},
        {QStringLiteral("access_token"),
            installed[QLatin1String("authed_user")][QLatin1String("access_token")].toString()},
        {QStringLiteral("bot_access_token"), bot},
        {QStringLiteral("app_id"), app.id},
        {QStringLiteral("app_blueprint_id"), QStringLiteral("AK9SSVATB")},
        {QStringLiteral("user_id"), SlackSandbox::userId()},
        {QStringLiteral("team_name"), QStringLiteral("Sandbox Home")},
        {QStringLiteral("team_id"), QStringLiteral("T0SANDBOX02")},
        {QStringLiteral("app_configuration_url"),
            QString(QStringLiteral("https://api.slack.com/apps/") + app.id)},
        {QStringLiteral("bot_user_id"), installed.value(QLatin1String("bot_user_id")).toString()},
        {QStringLiteral("bot_username"), QStringLiteral("bitbucket")},
    };
    Answer answer = postLink(basic);
    QCOMPARE(answer.status, 400);
    QVERIFY(answer.body.startsWith("The credentials you entered were not accepted by Slack."));
    basic.insert(QStringLiteral("team_id"), SlackSandbox::teamId());
    m_slack->revokeToken(bot);
    answer = postLink(basic);
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.body, QByteArray("token_revoked"));
    basic.insert(QStringLiteral("bot_access_token"),
        install(SlackSandbox::healthyAppId()).value(QLatin1String("access_token")));
    answer = postLink(basic);
    QCOMPARE(answer.status, 200);
}

QTEST_GUILESS_MAIN(TestSlackOAuth)
#include "tst_slackoauth.moc"
