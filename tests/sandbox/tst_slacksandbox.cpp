#include "BitbucketSandbox.h"
#include "SandboxBrowser.h"
#include "SlackSandbox.h"
#include "slack/SlackChecks.h"
#include "slack/SlackManifest.h"
#include "slack/SlackRequirements.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using Fault = SlackSandbox::Fault;

// The program's default loopback redirect URI, which every sandbox app lists.
const QString SandboxManifestsRedirectUri =
    QStringLiteral("https://127.0.0.1:53682/workspace-connector/callback");

namespace {

// What a client sees of one call.
struct Exchange
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QByteArray contentType;
    QByteArray retryAfter;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    bool ok() const { return json().value(QLatin1String("ok")).toBool(); }
    QString slackError() const { return json().value(QLatin1String("error")).toString(); }
};

QByteArray form(const QList<QPair<QString, QString>> &pairs)
{
    QByteArray body;
    for (const auto &pair : pairs) {
        if (!body.isEmpty())
            body.append('&');
        body.append(
            QUrl::toPercentEncoding(pair.first) + '=' + QUrl::toPercentEncoding(pair.second));
    }
    return body;
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonValue at(const QJsonObject &root, const QStringList &path)
{
    QJsonValue value = root;
    for (const QString &key : path) {
        bool isIndex = false;
        const int index = key.toInt(&isIndex);
        value = isIndex ? value.toArray().at(index) : value.toObject().value(key);
    }
    return value;
}

QStringList pointersOf(const QJsonArray &findings)
{
    QStringList pointers;
    for (const QJsonValue &finding : findings)
        pointers.append(finding.toObject().value(QLatin1String("pointer")).toString());
    return pointers;
}

} // namespace

class TestSlackSandbox : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void sharesTheBitbucketCertificateAuthority();
    void makesItsOwnAuthorityWhenGivenNone();
    void apiTestEchoesArguments();
    void manifestMethodsNeedAValidToken_data();
    void manifestMethodsNeedAValidToken();
    void tokenAsFormArgument();
    void unknownApps_data();
    void unknownApps();
    void healthyManifestPointsAtBitbucket();
    void faultAppsDifferInTheirFaultOnly_data();
    void faultAppsDifferInTheirFaultOnly();
    void appsAsTheSlackChecksSeeThem_data();
    void appsAsTheSlackChecksSeeThem();
    void validationErrorsWithPointers_data();
    void validationErrorsWithPointers();
    void validationWarnsAboutHttp();
    void updateReplacesTheWholeManifest();
    void updateReportsChangedPermissions();
    void updateRefusesAnInvalidManifest();
    void tooManyUpdatesAreRateLimited();
    void rotationIssuesANewPairOnce();
    void revokedPairCannotRotate();
    void tokenLifetimeIsConfigurable();
    void faultRateLimited();
    void faultHtmlErrorPage();
    void faultNoAnswer();
    void unknownMethod();
    void executableWritesItsState();

private:
    void startSandbox(SlackSandbox::Options options = SlackSandbox::Options());
    Exchange send(const QUrl &url, const QByteArray &body, const QString &token = QString(),
        const QByteArray &contentType = "application/x-www-form-urlencoded", int timeoutMs = 10000);
    Exchange call(const QString &method, const QByteArray &body, const QString &token = QString());
    Exchange exportManifest(const QString &appId, const QString &token);
    Exchange updateManifest(
        const QString &appId, const QJsonObject &manifest, const QString &token);
    QJsonObject healthy() const;

    QTemporaryDir m_workDirectory;
    std::unique_ptr<BitbucketSandbox> m_bitbucket;
    std::unique_ptr<SlackSandbox> m_slack;
    std::unique_ptr<QNetworkAccessManager> m_network;
    QList<QSslCertificate> m_trusted;
    QString m_token;
};

void TestSlackSandbox::init()
{
    m_network = std::make_unique<QNetworkAccessManager>();
}

void TestSlackSandbox::cleanup()
{
    m_network.reset();
    m_slack.reset();
    m_bitbucket.reset();
}

void TestSlackSandbox::startSandbox(SlackSandbox::Options options)
{
    BitbucketSandbox::Options bitbucketOptions;
    bitbucketOptions.workDirectory = m_workDirectory.path();
    m_bitbucket = std::make_unique<BitbucketSandbox>(bitbucketOptions);
    QString error;
    QVERIFY2(m_bitbucket->start(&error), qPrintable(error));
    options.authority = m_bitbucket->certificateAuthority();
    options.caBundlePath = m_bitbucket->caBundlePath();
    options.bitbucketBaseUrl = m_bitbucket->baseUrl();
    m_slack = std::make_unique<SlackSandbox>(options);
    QVERIFY2(m_slack->start(&error), qPrintable(error));
    // Trust exactly what the Bitbucket stand-in wrote to its CA bundle.
    m_trusted = QSslCertificate::fromPath(m_bitbucket->caBundlePath());
    m_token = m_slack->issueConfigToken().accessToken;
}

Exchange TestSlackSandbox::send(const QUrl &url, const QByteArray &body, const QString &token,
    const QByteArray &contentType, int timeoutMs)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setCaCertificates(m_trusted);
    request.setSslConfiguration(ssl);
    request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    QNetworkReply *reply = m_network->post(request, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    Exchange exchange;
    if (!finished.wait(timeoutMs + 5000))
        return exchange;
    exchange.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    exchange.error = reply->error();
    exchange.body = reply->readAll();
    exchange.contentType = reply->rawHeader("Content-Type");
    exchange.retryAfter = reply->rawHeader("Retry-After");
    reply->deleteLater();
    return exchange;
}

Exchange TestSlackSandbox::call(const QString &method, const QByteArray &body, const QString &token)
{
    return send(m_slack->apiBase().resolved(QUrl(method)), body, token);
}

Exchange TestSlackSandbox::exportManifest(const QString &appId, const QString &token)
{
    return call(
        QStringLiteral("apps.manifest.export"), form({{QStringLiteral("app_id"), appId}}), token);
}

Exchange TestSlackSandbox::updateManifest(
    const QString &appId, const QJsonObject &manifest, const QString &token)
{
    return call(QStringLiteral("apps.manifest.update"),
        form({{QStringLiteral("app_id"), appId},
            {QStringLiteral("manifest"), QString::fromUtf8(compact(manifest))}}),
        token);
}

QJsonObject TestSlackSandbox::healthy() const
{
    return m_slack->manifest(SlackSandbox::healthyAppId());
}

void TestSlackSandbox::sharesTheBitbucketCertificateAuthority()
{
    startSandbox();
    QCOMPARE(m_slack->caBundlePath(), m_bitbucket->caBundlePath());
    QCOMPARE(m_slack->caCertificates(), m_bitbucket->caCertificates());
    QCOMPARE(m_slack->serverCertificate().issuerInfo(QSslCertificate::CommonName),
        m_bitbucket->serverCertificate().issuerInfo(QSslCertificate::CommonName));
    QCOMPARE(m_slack->apiBase().scheme(), QStringLiteral("https"));
    QCOMPARE(m_slack->apiBase().host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(m_slack->apiBase().path(), QStringLiteral("/api/"));

    // One CA bundle, both stand-ins verified.
    QVERIFY(call(QStringLiteral("api.test"), QByteArray()).ok());
    QUrl bitbucket = m_bitbucket->baseUrl();
    bitbucket.setPath(bitbucket.path() + QStringLiteral("/rest/api/1.0/application-properties"));
    QNetworkRequest request(bitbucket);
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setCaCertificates(m_trusted);
    request.setSslConfiguration(ssl);
    QNetworkReply *reply = m_network->get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    reply->deleteLater();
}

void TestSlackSandbox::makesItsOwnAuthorityWhenGivenNone()
{
    SlackSandbox::Options options;
    options.workDirectory = m_workDirectory.path();
    m_slack = std::make_unique<SlackSandbox>(options);
    QString error;
    QVERIFY2(m_slack->start(&error), qPrintable(error));
    QVERIFY(QFile::exists(m_slack->caBundlePath()));
    m_trusted = QSslCertificate::fromPath(m_slack->caBundlePath());
    QCOMPARE(m_trusted, m_slack->caCertificates());
    QVERIFY(call(QStringLiteral("api.test"), QByteArray()).ok());
}

void TestSlackSandbox::apiTestEchoesArguments()
{
    startSandbox();
    const Exchange fine = call(
        QStringLiteral("api.test"), form({{QStringLiteral("foo"), QStringLiteral("a+b c&d")}}));
    QCOMPARE(fine.status, 200);
    QVERIFY(fine.ok());
    QCOMPARE(at(fine.json(), {QStringLiteral("args"), QStringLiteral("foo")}).toString(),
        QStringLiteral("a+b c&d"));

    const Exchange failing = call(
        QStringLiteral("api.test"), form({{QStringLiteral("error"), QStringLiteral("my_error")}}));
    QCOMPARE(failing.status, 200);
    QVERIFY(!failing.ok());
    QCOMPARE(failing.slackError(), QStringLiteral("my_error"));
    QCOMPARE(m_slack->callCount(QStringLiteral("api.test")), 2);
}

void TestSlackSandbox::manifestMethodsNeedAValidToken_data()
{
    QTest::addColumn<QString>("tokenKind");
    QTest::addColumn<QString>("error");
    QTest::newRow("none") << QStringLiteral("none") << QStringLiteral("not_authed");
    QTest::newRow("unknown") << QStringLiteral("unknown") << QStringLiteral("invalid_auth");
    QTest::newRow("refresh token as bearer")
        << QStringLiteral("refresh") << QStringLiteral("invalid_auth");
    QTest::newRow("expired") << QStringLiteral("expired") << QStringLiteral("token_expired");
    QTest::newRow("revoked") << QStringLiteral("revoked") << QStringLiteral("token_revoked");
}

void TestSlackSandbox::manifestMethodsNeedAValidToken()
{
    QFETCH(QString, tokenKind);
    QFETCH(QString, error);
    startSandbox();
    const SlackSandbox::TokenPair pair = m_slack->issueConfigToken();
    QString token = pair.accessToken;
    if (tokenKind == QLatin1String("none"))
        token.clear();
    else if (tokenKind == QLatin1String("unknown"))
        token = QStringLiteral("xoxe.xoxp-1-NotIssuedByTheSandbox");
    else if (tokenKind == QLatin1String("refresh"))
        token = pair.refreshToken;
    else if (tokenKind == QLatin1String("expired"))
        m_slack->expireAccessToken(token);
    else if (tokenKind == QLatin1String("revoked"))
        m_slack->revokeToken(pair.refreshToken);

    for (const QString &method : {QStringLiteral("apps.manifest.export"),
             QStringLiteral("apps.manifest.validate"), QStringLiteral("apps.manifest.update")}) {
        const Exchange exchange = call(method,
            form({{QStringLiteral("app_id"), SlackSandbox::healthyAppId()},
                {QStringLiteral("manifest"), QString::fromUtf8(compact(healthy()))}}),
            token);
        QCOMPARE(exchange.status, 200);
        QVERIFY(!exchange.ok());
        QCOMPARE(exchange.slackError(), error);
    }
    QCOMPARE(m_slack->updateCount(SlackSandbox::healthyAppId()), 0);
}

void TestSlackSandbox::tokenAsFormArgument()
{
    startSandbox();
    const Exchange exchange = call(QStringLiteral("apps.manifest.export"),
        form({{QStringLiteral("app_id"), SlackSandbox::healthyAppId()},
            {QStringLiteral("token"), m_token}}));
    QVERIFY2(exchange.ok(), exchange.body.constData());
}

void TestSlackSandbox::unknownApps_data()
{
    QTest::addColumn<QString>("appId");
    QTest::addColumn<QString>("error");
    QTest::newRow("well formed, unknown")
        << QStringLiteral("A0NOSUCHAPP") << QStringLiteral("app_not_found");
    QTest::newRow("malformed") << QStringLiteral("not-an-app") << QStringLiteral("invalid_app_id");
    QTest::newRow("missing") << QString() << QStringLiteral("invalid_arguments");
}

void TestSlackSandbox::unknownApps()
{
    QFETCH(QString, appId);
    QFETCH(QString, error);
    startSandbox();
    QCOMPARE(exportManifest(appId, m_token).slackError(), error);
    QCOMPARE(updateManifest(appId, healthy(), m_token).slackError(), error);
}

void TestSlackSandbox::healthyManifestPointsAtBitbucket()
{
    startSandbox();
    const Exchange exchange = exportManifest(SlackSandbox::healthyAppId(), m_token);
    QVERIFY2(exchange.ok(), exchange.body.constData());
    const QJsonObject manifest = exchange.json().value(QLatin1String("manifest")).toObject();
    QCOMPARE(manifest, healthy());

    const QString slack = m_bitbucket->baseUrl().toString() + QStringLiteral("/rest/slack/latest");
    QCOMPARE(at(manifest,
                 {QStringLiteral("settings"), QStringLiteral("event_subscriptions"),
                     QStringLiteral("request_url")})
                 .toString(),
        slack + QStringLiteral("/event"));
    QCOMPARE(at(manifest,
                 {QStringLiteral("settings"), QStringLiteral("interactivity"),
                     QStringLiteral("request_url")})
                 .toString(),
        slack + QStringLiteral("/action"));
    QCOMPARE(at(manifest,
                 {QStringLiteral("features"), QStringLiteral("slash_commands"), QStringLiteral("0"),
                     QStringLiteral("url")})
                 .toString(),
        slack + QStringLiteral("/command"));
    const QJsonArray redirects =
        at(manifest, {QStringLiteral("oauth_config"), QStringLiteral("redirect_urls")}).toArray();
    QCOMPARE(redirects.first().toString(), slack + QStringLiteral("/oauth"));
    QVERIFY(
        redirects.contains(QStringLiteral("https://127.0.0.1:53682/workspace-connector/callback")));
    QCOMPARE(at(manifest, {QStringLiteral("settings"), QStringLiteral("token_rotation_enabled")}),
        QJsonValue(false));
    QCOMPARE(at(manifest, {QStringLiteral("settings"), QStringLiteral("socket_mode_enabled")}),
        QJsonValue(false));
    QVERIFY(at(
        manifest, {QStringLiteral("oauth_config"), QStringLiteral("scopes"), QStringLiteral("bot")})
                .toArray()
                .contains(QStringLiteral("users:read")));
    QVERIFY(!at(manifest,
        {QStringLiteral("oauth_config"), QStringLiteral("scopes"), QStringLiteral("user")})
                 .toArray()
                 .isEmpty());

    // What the stand-in hosts is valid by its own rules.
    const Exchange validation = call(QStringLiteral("apps.manifest.validate"),
        form({{QStringLiteral("manifest"), QString::fromUtf8(compact(manifest))}}), m_token);
    QVERIFY2(validation.ok(), validation.body.constData());
    QVERIFY(!validation.json().contains(QLatin1String("warnings")));
}

void TestSlackSandbox::faultAppsDifferInTheirFaultOnly_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("changed"); // top-level paths that differ from the healthy app
    const QStringList requestUrls {QStringLiteral("settings"), QStringLiteral("features")};
    QTest::newRow("http-urls") << QStringLiteral("http-urls")
                               << QStringList {QStringLiteral("features"),
                                      QStringLiteral("oauth_config"), QStringLiteral("settings")};
    QTest::newRow("request-urls-elsewhere")
        << QStringLiteral("request-urls-elsewhere") << requestUrls;
    QTest::newRow("socket-mode") << QStringLiteral("socket-mode") << requestUrls;
    QTest::newRow("missing-redirect-urls")
        << QStringLiteral("missing-redirect-urls") << QStringList {QStringLiteral("oauth_config")};
    QTest::newRow("misordered-redirect-urls") << QStringLiteral("misordered-redirect-urls")
                                              << QStringList {QStringLiteral("oauth_config")};
    QTest::newRow("token-rotation")
        << QStringLiteral("token-rotation") << QStringList {QStringLiteral("settings")};
    QTest::newRow("missing-scopes")
        << QStringLiteral("missing-scopes") << QStringList {QStringLiteral("oauth_config")};
}

void TestSlackSandbox::faultAppsDifferInTheirFaultOnly()
{
    QFETCH(QString, name);
    QFETCH(QStringList, changed);
    startSandbox();
    const QString appId = m_slack->appIds().value(name);
    QVERIFY(!appId.isEmpty());
    QVERIFY(appId != SlackSandbox::healthyAppId());
    const Exchange exchange = exportManifest(appId, m_token);
    QVERIFY2(exchange.ok(), exchange.body.constData());
    const QJsonObject manifest = exchange.json().value(QLatin1String("manifest")).toObject();
    const QJsonObject reference = healthy();

    QStringList differing;
    for (const QString &key : reference.keys() + manifest.keys()) {
        if (reference.value(key) != manifest.value(key) && !differing.contains(key))
            differing.append(key);
    }
    differing.sort();
    changed.sort();
    QCOMPARE(differing, changed);

    const QJsonObject settings = manifest.value(QLatin1String("settings")).toObject();
    const QJsonObject oauth = manifest.value(QLatin1String("oauth_config")).toObject();
    const QStringList redirects =
        at(oauth, {QStringLiteral("redirect_urls")}).toVariant().toStringList();
    const QString install =
        m_bitbucket->baseUrl().toString() + QStringLiteral("/rest/slack/latest/oauth");
    const QString program = QStringLiteral("https://127.0.0.1:53682/workspace-connector/callback");
    if (name == QLatin1String("http-urls")) {
        QVERIFY(at(settings, {QStringLiteral("event_subscriptions"), QStringLiteral("request_url")})
                    .toString()
                    .startsWith(QLatin1String("http://127.0.0.1:")));
        QVERIFY(redirects.first().startsWith(QLatin1String("http://")));
    } else if (name == QLatin1String("request-urls-elsewhere")) {
        QVERIFY(at(settings, {QStringLiteral("interactivity"), QStringLiteral("request_url")})
                    .toString()
                    .startsWith(QLatin1String("https://bitbucket.example.com/")));
    } else if (name == QLatin1String("socket-mode")) {
        QCOMPARE(settings.value(QLatin1String("socket_mode_enabled")), QJsonValue(true));
    } else if (name == QLatin1String("missing-redirect-urls")) {
        QVERIFY(!redirects.contains(program));
        QVERIFY(!redirects.contains(install));
    } else if (name == QLatin1String("misordered-redirect-urls")) {
        QCOMPARE(redirects, (QStringList {program, install}));
    } else if (name == QLatin1String("token-rotation")) {
        QCOMPARE(settings.value(QLatin1String("token_rotation_enabled")), QJsonValue(true));
    } else if (name == QLatin1String("missing-scopes")) {
        QVERIFY(!at(oauth, {QStringLiteral("scopes"), QStringLiteral("bot")})
                     .toArray()
                     .contains(QStringLiteral("users:read")));
        QVERIFY(at(oauth, {QStringLiteral("scopes"), QStringLiteral("user")}).isUndefined());
    }
}

void TestSlackSandbox::appsAsTheSlackChecksSeeThem_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("failingCheck"); // empty: every check passes
    QTest::newRow("healthy") << QStringLiteral("healthy") << QString();
    QTest::newRow("http-urls") << QStringLiteral("http-urls") << QStringLiteral("slack.urls-https");
    QTest::newRow("request-urls-elsewhere")
        << QStringLiteral("request-urls-elsewhere") << QStringLiteral("slack.request-urls");
    QTest::newRow("socket-mode") << QStringLiteral("socket-mode")
                                 << QStringLiteral("slack.request-urls");
    QTest::newRow("missing-redirect-urls")
        << QStringLiteral("missing-redirect-urls") << QStringLiteral("slack.redirect-urls");
    QTest::newRow("misordered-redirect-urls")
        << QStringLiteral("misordered-redirect-urls") << QStringLiteral("slack.redirect-urls");
    QTest::newRow("token-rotation")
        << QStringLiteral("token-rotation") << QStringLiteral("slack.token-rotation");
    QTest::newRow("missing-scopes")
        << QStringLiteral("missing-scopes") << QStringLiteral("slack.scopes");
}

void TestSlackSandbox::appsAsTheSlackChecksSeeThem()
{
    QFETCH(QString, name);
    QFETCH(QString, failingCheck);
    startSandbox();
    SlackRequirements requirements;
    requirements.bitbucketBaseUrl = m_bitbucket->baseUrl();
    requirements.programRedirectUri =
        QStringLiteral("https://127.0.0.1:53682/workspace-connector/callback");
    const QString appId = m_slack->appIds().value(name);
    const auto results = SlackChecks::run(SlackManifest(m_slack->manifest(appId)), requirements);
    QCOMPARE(results.size(), SlackChecks::checkIds().size());
    for (const CheckResult &result : results) {
        const QString context = result.id + QStringLiteral(": ") + result.summary;
        if (failingCheck.isEmpty())
            QVERIFY2(result.status == CheckResult::Status::Pass, qPrintable(context));
        else if (result.id == failingCheck)
            QVERIFY2(result.status == CheckResult::Status::Fail, qPrintable(context));
    }
}

void TestSlackSandbox::validationErrorsWithPointers_data()
{
    QTest::addColumn<QString>("path"); // "/"-separated path of the value to change
    QTest::addColumn<QJsonValue>("value"); // Undefined removes it
    QTest::addColumn<QStringList>("pointers");

    QTest::newRow("event URL without scheme")
        << QStringLiteral("settings/event_subscriptions/request_url")
        << QJsonValue(QStringLiteral("bb.example.com/rest/slack/latest/event"))
        << QStringList {QStringLiteral("/settings/event_subscriptions/request_url")};
    QTest::newRow("action URL ftp")
        << QStringLiteral("settings/interactivity/request_url")
        << QJsonValue(QStringLiteral("ftp://bb.example.com/action"))
        << QStringList {QStringLiteral("/settings/interactivity/request_url")};
    QTest::newRow("options URL not a string")
        << QStringLiteral("settings/interactivity/message_menu_options_url") << QJsonValue(42)
        << QStringList {QStringLiteral("/settings/interactivity/message_menu_options_url")};
    QTest::newRow("redirect URL not a string")
        << QStringLiteral("oauth_config/redirect_urls")
        << QJsonValue(QJsonArray {QStringLiteral("https://a.example/x"), 7})
        << QStringList {QStringLiteral("/oauth_config/redirect_urls/1")};
    QTest::newRow("redirect URLs not an array")
        << QStringLiteral("oauth_config/redirect_urls")
        << QJsonValue(QStringLiteral("https://a.example/x"))
        << QStringList {QStringLiteral("/oauth_config/redirect_urls")};
    QTest::newRow("unknown top-level key")
        << QStringLiteral("colour") << QJsonValue(QStringLiteral("blue"))
        << QStringList {QStringLiteral("/colour")};
    QTest::newRow("missing name") << QStringLiteral("display_information/name") << QJsonValue()
                                  << QStringList {QStringLiteral("/display_information/name")};
    QTest::newRow("missing display information")
        << QStringLiteral("display_information") << QJsonValue()
        << QStringList {QStringLiteral("/display_information")};
    QTest::newRow("name too long")
        << QStringLiteral("display_information/name") << QJsonValue(QString(36, u'x'))
        << QStringList {QStringLiteral("/display_information/name")};
    QTest::newRow("token rotation not a boolean")
        << QStringLiteral("settings/token_rotation_enabled") << QJsonValue(QStringLiteral("no"))
        << QStringList {QStringLiteral("/settings/token_rotation_enabled")};
}

namespace {

void setPath(QJsonObject &root, QStringList path, const QJsonValue &value)
{
    const QString key = path.takeFirst();
    if (path.isEmpty()) {
        if (value.isUndefined())
            root.remove(key);
        else
            root.insert(key, value);
        return;
    }
    QJsonObject child = root.value(key).toObject();
    setPath(child, path, value);
    root.insert(key, child);
}

} // namespace

void TestSlackSandbox::validationErrorsWithPointers()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QStringList, pointers);
    startSandbox();
    QJsonObject manifest = healthy();
    setPath(manifest, path.split(u'/'), value);

    const Exchange exchange = call(QStringLiteral("apps.manifest.validate"),
        form({{QStringLiteral("manifest"), QString::fromUtf8(compact(manifest))},
            {QStringLiteral("app_id"), SlackSandbox::healthyAppId()}}),
        m_token);
    QCOMPARE(exchange.status, 200);
    QVERIFY(!exchange.ok());
    QCOMPARE(exchange.slackError(), QStringLiteral("invalid_manifest"));
    const QJsonArray errors = exchange.json().value(QLatin1String("errors")).toArray();
    QCOMPARE(pointersOf(errors), pointers);
    for (const QJsonValue &error : errors)
        QVERIFY(!error.toObject().value(QLatin1String("message")).toString().isEmpty());
}

void TestSlackSandbox::validationWarnsAboutHttp()
{
    startSandbox();
    const Exchange exchange = call(QStringLiteral("apps.manifest.validate"),
        form({{QStringLiteral("manifest"),
            QString::fromUtf8(compact(
                m_slack->manifest(m_slack->appIds().value(QStringLiteral("http-urls")))))}}),
        m_token);
    QVERIFY2(exchange.ok(), exchange.body.constData());
    const QStringList warned =
        pointersOf(exchange.json().value(QLatin1String("warnings")).toArray());
    QVERIFY(warned.contains(QStringLiteral("/settings/event_subscriptions/request_url")));
    QVERIFY(warned.contains(QStringLiteral("/oauth_config/redirect_urls/0")));
    QVERIFY(!warned.contains(QStringLiteral("/oauth_config/redirect_urls/1")));

    const Exchange notJson = call(QStringLiteral("apps.manifest.validate"),
        form({{QStringLiteral("manifest"), QStringLiteral("{not json")}}), m_token);
    QCOMPARE(notJson.slackError(), QStringLiteral("invalid_manifest"));
    QCOMPARE(pointersOf(notJson.json().value(QLatin1String("errors")).toArray()),
        QStringList {QStringLiteral("/")});
}

void TestSlackSandbox::updateReplacesTheWholeManifest()
{
    startSandbox();
    QJsonObject smaller = healthy();
    smaller.remove(QStringLiteral("features"));
    setPath(smaller, {QStringLiteral("display_information"), QStringLiteral("name")},
        QStringLiteral("Renamed"));

    const Exchange exchange = updateManifest(SlackSandbox::healthyAppId(), smaller, m_token);
    QVERIFY2(exchange.ok(), exchange.body.constData());
    QCOMPARE(
        exchange.json().value(QLatin1String("app_id")).toString(), SlackSandbox::healthyAppId());
    QCOMPARE(exchange.json().value(QLatin1String("permissions_updated")), QJsonValue(false));
    QCOMPARE(m_slack->updateCount(SlackSandbox::healthyAppId()), 1);

    const QJsonObject stored = exportManifest(SlackSandbox::healthyAppId(), m_token)
                                   .json()
                                   .value(QLatin1String("manifest"))
                                   .toObject();
    QCOMPARE(stored, smaller);
    QVERIFY(!stored.contains(QLatin1String("features")));
}

void TestSlackSandbox::updateReportsChangedPermissions()
{
    startSandbox();
    QJsonObject manifest = healthy();
    QJsonArray bot = at(
        manifest, {QStringLiteral("oauth_config"), QStringLiteral("scopes"), QStringLiteral("bot")})
                         .toArray();
    bot.append(QStringLiteral("reactions:read"));
    setPath(manifest,
        {QStringLiteral("oauth_config"), QStringLiteral("scopes"), QStringLiteral("bot")}, bot);
    const Exchange exchange = updateManifest(SlackSandbox::healthyAppId(), manifest, m_token);
    QVERIFY2(exchange.ok(), exchange.body.constData());
    QCOMPARE(exchange.json().value(QLatin1String("permissions_updated")), QJsonValue(true));

    // The same scopes again: nothing for installed workspaces to re-approve.
    const Exchange again = updateManifest(SlackSandbox::healthyAppId(), manifest, m_token);
    QCOMPARE(again.json().value(QLatin1String("permissions_updated")), QJsonValue(false));
}

void TestSlackSandbox::updateRefusesAnInvalidManifest()
{
    startSandbox();
    QJsonObject manifest = healthy();
    setPath(manifest,
        {QStringLiteral("settings"), QStringLiteral("event_subscriptions"),
            QStringLiteral("request_url")},
        QStringLiteral("not a url"));
    const Exchange exchange = updateManifest(SlackSandbox::healthyAppId(), manifest, m_token);
    QCOMPARE(exchange.slackError(), QStringLiteral("invalid_manifest"));
    QCOMPARE(pointersOf(exchange.json().value(QLatin1String("errors")).toArray()),
        QStringList {QStringLiteral("/settings/event_subscriptions/request_url")});
    QCOMPARE(m_slack->updateCount(SlackSandbox::healthyAppId()), 0);
    QCOMPARE(m_slack->manifest(SlackSandbox::healthyAppId()), healthy());
}

void TestSlackSandbox::tooManyUpdatesAreRateLimited()
{
    SlackSandbox::Options options;
    options.updatesPerMinute = 2;
    startSandbox(options);
    const QString appId = SlackSandbox::healthyAppId();
    QVERIFY(updateManifest(appId, healthy(), m_token).ok());
    QVERIFY(updateManifest(appId, healthy(), m_token).ok());

    QJsonObject renamed = healthy();
    setPath(renamed, {QStringLiteral("display_information"), QStringLiteral("name")},
        QStringLiteral("Third"));
    const Exchange limited = updateManifest(appId, renamed, m_token);
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.slackError(), QStringLiteral("ratelimited"));
    const int retryAfter = limited.retryAfter.toInt();
    QVERIFY2(retryAfter >= 1 && retryAfter <= 60, limited.retryAfter.constData());
    QCOMPARE(m_slack->updateCount(appId), 2);
    QVERIFY(m_slack->manifest(appId) != renamed);

    // The limit is per app.
    const QString other = m_slack->appIds().value(QStringLiteral("token-rotation"));
    QVERIFY(updateManifest(other, m_slack->manifest(other), m_token).ok());
}

void TestSlackSandbox::rotationIssuesANewPairOnce()
{
    startSandbox();
    const SlackSandbox::TokenPair pair = m_slack->issueConfigToken();
    const Exchange rotated = call(QStringLiteral("tooling.tokens.rotate"),
        form({{QStringLiteral("refresh_token"), pair.refreshToken}}));
    QVERIFY2(rotated.ok(), rotated.body.constData());
    const QJsonObject body = rotated.json();
    const QString access = body.value(QLatin1String("token")).toString();
    const QString refresh = body.value(QLatin1String("refresh_token")).toString();
    QVERIFY(access.startsWith(QLatin1String("xoxe.xoxp-1-")));
    QVERIFY(refresh.startsWith(QLatin1String("xoxe-1-")));
    QVERIFY(access != pair.accessToken);
    QVERIFY(refresh != pair.refreshToken);
    QCOMPARE(body.value(QLatin1String("team_id")).toString(), SlackSandbox::teamId());
    QCOMPARE(body.value(QLatin1String("user_id")).toString(), SlackSandbox::userId());
    const qint64 iat = body.value(QLatin1String("iat")).toVariant().toLongLong();
    const qint64 exp = body.value(QLatin1String("exp")).toVariant().toLongLong();
    QCOMPARE(exp - iat, qint64(12 * 3600));
    QVERIFY(qAbs(iat - QDateTime::currentSecsSinceEpoch()) < 60);
    QCOMPARE(m_slack->rotationCount(), 1);
    QVERIFY(exportManifest(SlackSandbox::healthyAppId(), access).ok());

    // A refresh token works once.
    const Exchange again = call(QStringLiteral("tooling.tokens.rotate"),
        form({{QStringLiteral("refresh_token"), pair.refreshToken}}));
    QVERIFY(!again.ok());
    QCOMPARE(again.slackError(), QStringLiteral("invalid_refresh_token"));
    QCOMPARE(m_slack->rotationCount(), 1);
    QCOMPARE(m_slack->callCount(QStringLiteral("tooling.tokens.rotate")), 2);

    QString error;
    QVERIFY(m_slack->rotate(QStringLiteral("xoxe-1-unknown"), &error).accessToken.isEmpty());
    QCOMPARE(error, QStringLiteral("invalid_refresh_token"));
}

void TestSlackSandbox::revokedPairCannotRotate()
{
    startSandbox();
    const SlackSandbox::TokenPair pair = m_slack->issueConfigToken();
    QString error;
    const SlackSandbox::TokenPair next = m_slack->rotate(pair.refreshToken, &error);
    QVERIFY(error.isEmpty());
    // Revoking the first pair's access token revokes what descended from it too.
    m_slack->revokeToken(pair.accessToken);
    const Exchange rotated = call(QStringLiteral("tooling.tokens.rotate"),
        form({{QStringLiteral("refresh_token"), next.refreshToken}}));
    QCOMPARE(rotated.slackError(), QStringLiteral("token_revoked"));
    QCOMPARE(exportManifest(SlackSandbox::healthyAppId(), next.accessToken).slackError(),
        QStringLiteral("token_revoked"));
}

void TestSlackSandbox::tokenLifetimeIsConfigurable()
{
    SlackSandbox::Options options;
    options.tokenLifetime = std::chrono::seconds(600);
    startSandbox(options);
    const SlackSandbox::TokenPair pair = m_slack->issueConfigToken();
    const qint64 lifetime = QDateTime::currentDateTimeUtc().secsTo(pair.expiresAt);
    QVERIFY2(lifetime > 590 && lifetime <= 600, qPrintable(QString::number(lifetime)));
    const Exchange rotated = call(QStringLiteral("tooling.tokens.rotate"),
        form({{QStringLiteral("refresh_token"), pair.refreshToken}}));
    const QJsonObject body = rotated.json();
    QCOMPARE(body.value(QLatin1String("exp")).toVariant().toLongLong()
            - body.value(QLatin1String("iat")).toVariant().toLongLong(),
        qint64(600));

    const SlackSandbox::TokenPair shortLived = m_slack->issueConfigToken(std::chrono::seconds(1));
    QVERIFY(shortLived.expiresAt <= QDateTime::currentDateTimeUtc().addSecs(1));
    QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentDateTimeUtc() >= shortLived.expiresAt, 3000);
    QCOMPARE(exportManifest(SlackSandbox::healthyAppId(), shortLived.accessToken).slackError(),
        QStringLiteral("token_expired"));
}

void TestSlackSandbox::faultRateLimited()
{
    startSandbox();
    m_slack->setFault(Fault::RateLimited, 17);
    const Exchange exchange = exportManifest(SlackSandbox::healthyAppId(), m_token);
    QCOMPARE(exchange.status, 429);
    QCOMPARE(exchange.retryAfter, QByteArray("17"));
    QCOMPARE(exchange.slackError(), QStringLiteral("ratelimited"));
    m_slack->setFault(Fault::None);
    QVERIFY(exportManifest(SlackSandbox::healthyAppId(), m_token).ok());
}

void TestSlackSandbox::faultHtmlErrorPage()
{
    startSandbox();
    m_slack->setFault(Fault::HtmlErrorPage);
    const Exchange exchange = call(QStringLiteral("api.test"), QByteArray());
    QCOMPARE(exchange.status, 502);
    QVERIFY(exchange.contentType.startsWith("text/html"));
    QVERIFY(QJsonDocument::fromJson(exchange.body).isNull());
}

void TestSlackSandbox::faultNoAnswer()
{
    startSandbox();
    m_slack->setFault(Fault::NoAnswer);
    const Exchange exchange = send(m_slack->apiBase().resolved(QUrl(QStringLiteral("api.test"))),
        QByteArray(), QString(), "application/x-www-form-urlencoded", 300);
    QCOMPARE(exchange.status, 0);
    QCOMPARE(exchange.error, QNetworkReply::OperationCanceledError);
    QCOMPARE(m_slack->callCount(QStringLiteral("api.test")), 1);
}

void TestSlackSandbox::unknownMethod()
{
    startSandbox();
    const Exchange exchange = call(QStringLiteral("chat.postMessage"), QByteArray(), m_token);
    QCOMPARE(exchange.status, 404);
    QCOMPARE(exchange.slackError(), QStringLiteral("unknown_method"));
}

void TestSlackSandbox::executableWritesItsState()
{
    const QString stateFile = m_workDirectory.filePath(QStringLiteral("state.json"));
    QProcess process;
    process.setProgram(QStringLiteral(SANDBOX_EXECUTABLE));
    process.setArguments(
        {QStringLiteral("--work-dir"), m_workDirectory.path(), QStringLiteral("--state-file"),
            stateFile, QStringLiteral("--slack-token-lifetime"), QStringLiteral("3600")});
    process.start();
    QVERIFY(process.waitForStarted(5000));
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(stateFile).size() > 0, 15000);

    QFile file(stateFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject state = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    const QUrl apiBase(state.value(QLatin1String("slackApiBase")).toString());
    QCOMPARE(apiBase.scheme(), QStringLiteral("https"));
    QCOMPARE(apiBase.path(), QStringLiteral("/api/"));
    const QJsonObject apps = state.value(QLatin1String("slackApps")).toObject();
    QCOMPARE(apps.value(QLatin1String("healthy")).toString(), SlackSandbox::healthyAppId());
    QCOMPARE(apps.size(), 9);
    QCOMPARE(apps.value(SlackSandbox::undistributedAppName()).toString(),
        SlackSandbox::undistributedAppId());
    QCOMPARE(at(state, {QStringLiteral("slackApp"), QStringLiteral("appId")}).toString(),
        SlackSandbox::healthyAppId());
    // The healthy app's credentials, the same in both places, and every app's.
    const QJsonObject credentials = state.value(QLatin1String("slackAppCredentials")).toObject();
    QCOMPARE(credentials.size(), 9);
    QCOMPARE(credentials.value(QLatin1String("healthy")).toObject(),
        state.value(QLatin1String("slackApp")).toObject());
    for (const QString &key : {QStringLiteral("clientId"), QStringLiteral("clientSecret"),
             QStringLiteral("signingSecret"), QStringLiteral("verificationToken")})
        QVERIFY2(
            !at(state, {QStringLiteral("slackApp"), key}).toString().isEmpty(), qPrintable(key));
    QCOMPARE(at(credentials, {SlackSandbox::undistributedAppName(), QStringLiteral("distributed")}),
        QJsonValue(false));
    const QUrl authorizeUrl(state.value(QLatin1String("slackAuthorizeUrl")).toString());
    QCOMPARE(authorizeUrl.scheme(), QStringLiteral("https"));
    QCOMPARE(authorizeUrl.host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(authorizeUrl.port(), apiBase.port());
    QCOMPARE(authorizeUrl.path(), QStringLiteral("/oauth/v2/authorize"));
    QCOMPARE(state.value(QLatin1String("slackWorkspaces")).toArray().size(), 3);
    const QString access =
        at(state, {QStringLiteral("configToken"), QStringLiteral("accessToken")}).toString();
    const QString refresh =
        at(state, {QStringLiteral("configToken"), QStringLiteral("refreshToken")}).toString();
    QVERIFY(access.startsWith(QLatin1String("xoxe.xoxp-")));
    QVERIFY(refresh.startsWith(QLatin1String("xoxe-")));

    // The one CA bundle of the state file trusts the Slack stand-in; the token works there, and
    // its manifest points at the Bitbucket stand-in of the same run.
    m_trusted = QSslCertificate::fromPath(state.value(QLatin1String("caBundle")).toString());
    const Exchange exported = send(apiBase.resolved(QUrl(QStringLiteral("apps.manifest.export"))),
        form({{QStringLiteral("app_id"), SlackSandbox::healthyAppId()}}), access);
    QVERIFY2(exported.ok(), exported.body.constData());
    const QString eventUrl = at(exported.json(),
        {QStringLiteral("manifest"), QStringLiteral("settings"),
            QStringLiteral("event_subscriptions"), QStringLiteral("request_url")})
                                 .toString();
    QCOMPARE(eventUrl,
        state.value(QLatin1String("bitbucketUrl")).toString()
            + QStringLiteral("/rest/slack/latest/event"));
    // The permission screen knows the state file's client id, and the Allow hands a code to the
    // redirect URI; its exchange gives the tokens, which the Bitbucket stand-in accepts.
    SandboxBrowser browser(m_trusted);
    browser.setFollowRedirects(false);
    QUrl install = authorizeUrl;
    const QString clientId =
        at(state, {QStringLiteral("slackApp"), QStringLiteral("clientId")}).toString();
    const QString clientSecret =
        at(state, {QStringLiteral("slackApp"), QStringLiteral("clientSecret")}).toString();
    install.setQuery(QString::fromLatin1(form({{QStringLiteral("client_id"), clientId},
        {QStringLiteral("scope"), QStringLiteral("users:read,commands")},
        {QStringLiteral("user_scope"), QStringLiteral("links:write")},
        {QStringLiteral("redirect_uri"), SandboxManifestsRedirectUri}})));
    browser.open(install);
    QVERIFY(browser.hasScreen());
    const SandboxBrowser::Page allowed = browser.allow();
    QCOMPARE(allowed.status, 302);
    const QString code = QUrlQuery(allowed.locationUrl()).queryItemValue(QStringLiteral("code"));
    QVERIFY(!code.isEmpty());
    const Exchange tokens = send(QUrl(state.value(QLatin1String("slackTokenUrl")).toString()),
        form({{QStringLiteral("client_id"), clientId},
            {QStringLiteral("client_secret"), clientSecret}, {QStringLiteral("code"), code},
            {QStringLiteral("redirect_uri"), SandboxManifestsRedirectUri}}));
    QVERIFY2(tokens.ok(), tokens.body.constData());
    QVERIFY(tokens.json()
                .value(QLatin1String("access_token"))
                .toString()
                .startsWith(QLatin1String("xoxb-")));

    const Exchange rotated = send(apiBase.resolved(QUrl(QStringLiteral("tooling.tokens.rotate"))),
        form({{QStringLiteral("refresh_token"), refresh}}));
    QVERIFY2(rotated.ok(), rotated.body.constData());
    QCOMPARE(rotated.json().value(QLatin1String("exp")).toVariant().toLongLong()
            - rotated.json().value(QLatin1String("iat")).toVariant().toLongLong(),
        qint64(3600));

    process.terminate();
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(!QFile::exists(stateFile));
}

QTEST_GUILESS_MAIN(TestSlackSandbox)
#include "tst_slacksandbox.moc"
