#include "BitbucketSandbox.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using Fault = BitbucketSandbox::Fault;

namespace {

// What a client sees of one exchange.
struct Exchange
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QList<QSslError::SslError> sslErrors;
    QByteArray body;
    QByteArray contentType;
    QByteArray location;
    QByteArray wwwAuthenticate;
    QSslCertificate peerCertificate;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString firstErrorMessage() const
    {
        return json()[QStringLiteral("errors")][0][QStringLiteral("message")].toString();
    }
};

struct Account
{
    QString user;
    QString password;
};

const Account anonymous;
const Account admin {BitbucketSandbox::adminUser(), BitbucketSandbox::adminPassword()};
const Account alice {BitbucketSandbox::plainUser(), BitbucketSandbox::plainUserPassword()};

const QString slackPath = QStringLiteral("/rest/slack/latest");
const QByteArray jsonType = QByteArrayLiteral("application/json");

QByteArray advancedLink(const QString &teamId, const QString &botTeamId = QString())
{
    const QString botTeam = botTeamId.isEmpty() ? teamId : botTeamId;
    const QJsonObject body {
        {QStringLiteral("custom"), true},
        {QStringLiteral("client_id"), QStringLiteral("1111.2222")},
        {QStringLiteral("client_secret"), QStringLiteral("client-secret")},
        {QStringLiteral("signing_secret"), QStringLiteral("signing-secret")},
        {QStringLiteral("verification_token"), QStringLiteral("verification-token")},
        {QStringLiteral("access_token"), QStringLiteral("xoxp-%1-user").arg(teamId)},
        {QStringLiteral("bot_access_token"), QStringLiteral("xoxb-%1-bot").arg(botTeam)},
    };
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QJsonObject basicLinkObject(const QString &teamId, const QString &botToken)
{
    return {
        {QStringLiteral("client_id"), QStringLiteral("1111.2222")},
        {QStringLiteral("client_secret"), QStringLiteral("client-secret")},
        {QStringLiteral("signing_secret"), QStringLiteral("signing-secret")},
        {QStringLiteral("verification_token"), QStringLiteral("verification-token")},
        {QStringLiteral("access_token"), QStringLiteral("xoxp-%1-user").arg(teamId)},
        {QStringLiteral("bot_access_token"), botToken},
        {QStringLiteral("app_id"), QStringLiteral("A0APP")},
        {QStringLiteral("app_blueprint_id"), QStringLiteral("AK9SSVATB")},
        {QStringLiteral("user_id"), QStringLiteral("U0INSTALLER")},
        {QStringLiteral("team_name"), QStringLiteral("Basic Team")},
        {QStringLiteral("team_id"), teamId},
        {QStringLiteral("app_configuration_url"), QStringLiteral("https://example.invalid/")},
        {QStringLiteral("bot_user_id"), QStringLiteral("B0BOT")},
        {QStringLiteral("bot_username"), QStringLiteral("bot")},
    };
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

Q_DECLARE_METATYPE(Account)

class TestBitbucketSandbox : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void startsWithCertificatesForThisRun();
    void applicationPropertiesOverVerifiedHttps();
    void loginRedirectKeepsHttpsHostPortAndContext_data();
    void loginRedirectKeepsHttpsHostPortAndContext();
    void loginPageAndSignedInPages();
    void plainHttpRedirectsToHttps();
    void otherPathsAreNotFound();
    void contextPathIsConfigurable();
    void refusalBodies_data();
    void refusalBodies();
    void createListReplaceAndDeleteLinks();
    void basicModeLinks();
    void linkValidation_data();
    void linkValidation();
    void linkStatusAndInfo();
    void canReachSlack();

    void expiredCertificate();
    void expiringCertificate();
    void wrongHostCertificate();
    void selfSignedCertificate();
    void httpProxyRedirect();
    void noHttpRedirect();
    void slowAnswers();
    void slowAnswerToAClientThatLeftIsDropped();
    void slackUnreachable();
    void basicAuthDisabled();
    void noSlackIntegration();
    void portInUseFailsToStart();

private:
    void startSandbox(const QSet<Fault> &faults = {}, const QString &contextPath = QString());
    Exchange send(const QByteArray &verb, const QUrl &url, const Account &account = anonymous,
        const QByteArray &body = QByteArray(), const QByteArray &contentType = jsonType);
    Exchange get(const QString &path, const Account &account = anonymous);
    Exchange post(const QString &path, const Account &account, const QByteArray &body,
        const QByteArray &contentType = jsonType);
    QUrl url(const QString &path) const;

    QTemporaryDir m_workDirectory;
    std::unique_ptr<BitbucketSandbox> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

void TestBitbucketSandbox::init()
{
    m_network = std::make_unique<QNetworkAccessManager>();
}

void TestBitbucketSandbox::cleanup()
{
    m_network.reset();
    m_sandbox.reset();
}

void TestBitbucketSandbox::startSandbox(const QSet<Fault> &faults, const QString &contextPath)
{
    BitbucketSandbox::Options options;
    options.faults = faults;
    options.latencyMs = 300;
    options.workDirectory = m_workDirectory.path();
    if (!contextPath.isNull())
        options.contextPath = contextPath;
    m_sandbox = std::make_unique<BitbucketSandbox>(options);
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
}

QUrl TestBitbucketSandbox::url(const QString &path) const
{
    QUrl result = m_sandbox->baseUrl();
    result.setPath(result.path() + path);
    return result;
}

Exchange TestBitbucketSandbox::send(const QByteArray &verb, const QUrl &target,
    const Account &account, const QByteArray &body, const QByteArray &contentType)
{
    QNetworkRequest request(target);
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(10000);
    // Trust exactly what the sandbox wrote to its CA bundle, nothing else.
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setCaCertificates(QSslCertificate::fromPath(m_sandbox->caBundlePath()));
    request.setSslConfiguration(ssl);
    if (!account.user.isEmpty()) {
        const QByteArray pair = (account.user + u':' + account.password).toUtf8();
        request.setRawHeader("Authorization", "Basic " + pair.toBase64());
    }
    if (!body.isEmpty() || verb == "POST")
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);

    Exchange exchange;
    QNetworkReply *reply = m_network->sendCustomRequest(request, verb, body);
    connect(reply, &QNetworkReply::sslErrors, this, [&exchange](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            exchange.sslErrors.append(error.error());
    });
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(15000))
        return exchange;
    exchange.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    exchange.error = reply->error();
    exchange.body = reply->readAll();
    exchange.contentType = reply->rawHeader("Content-Type");
    exchange.location = reply->rawHeader("Location");
    exchange.wwwAuthenticate = reply->rawHeader("WWW-Authenticate");
    exchange.peerCertificate = reply->sslConfiguration().peerCertificate();
    reply->deleteLater();
    return exchange;
}

Exchange TestBitbucketSandbox::get(const QString &path, const Account &account)
{
    return send("GET", url(path), account);
}

Exchange TestBitbucketSandbox::post(const QString &path, const Account &account,
    const QByteArray &body, const QByteArray &contentType)
{
    return send("POST", url(path), account, body, contentType);
}

void TestBitbucketSandbox::startsWithCertificatesForThisRun()
{
    startSandbox();
    QCOMPARE(m_sandbox->baseUrl().scheme(), QStringLiteral("https"));
    QCOMPARE(m_sandbox->baseUrl().host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(m_sandbox->baseUrl().port(), int(m_sandbox->httpsPort()));
    QCOMPARE(m_sandbox->baseUrl().path(), QStringLiteral("/bitbucket"));
    QCOMPARE(m_sandbox->plainHttpBaseUrl().scheme(), QStringLiteral("http"));
    QCOMPARE(m_sandbox->plainHttpBaseUrl().port(), int(m_sandbox->httpPort()));
    QVERIFY(m_sandbox->httpsPort() != m_sandbox->httpPort());

    QCOMPARE(m_sandbox->caBundlePath(), m_workDirectory.filePath(QStringLiteral("sandbox-ca.pem")));
    const QList<QSslCertificate> bundle = QSslCertificate::fromPath(m_sandbox->caBundlePath());
    QCOMPARE(bundle, m_sandbox->caCertificates());
    QCOMPARE(bundle.size(), 1);
    QCOMPARE(bundle.first().subjectInfo(QSslCertificate::CommonName),
        QStringList {QStringLiteral("Workspace Connector Sandbox CA")});

    const QSslCertificate server = m_sandbox->serverCertificate();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(server.effectiveDate() < now.addSecs(-23 * 3600));
    QVERIFY(server.expiryDate() > now.addDays(364));
    const auto names = server.subjectAlternativeNames();
    QCOMPARE(names.values(QSsl::DnsEntry), QStringList {QStringLiteral("localhost")});
    QCOMPARE(names.values(QSsl::IpAddressEntry), QStringList {QStringLiteral("127.0.0.1")});
    QCOMPARE(server.issuerInfo(QSslCertificate::CommonName),
        bundle.first().subjectInfo(QSslCertificate::CommonName));
}

void TestBitbucketSandbox::applicationPropertiesOverVerifiedHttps()
{
    startSandbox();
    const Exchange exchange = get(QStringLiteral("/rest/api/1.0/application-properties"));
    QCOMPARE(exchange.sslErrors, QList<QSslError::SslError>());
    QCOMPARE(exchange.status, 200);
    QVERIFY(exchange.contentType.startsWith(jsonType));
    const QJsonObject properties = exchange.json();
    QCOMPARE(properties[QStringLiteral("version")].toString(), QStringLiteral("8.19.5"));
    QCOMPARE(properties[QStringLiteral("buildNumber")].toString(), QStringLiteral("8019005"));
    QCOMPARE(properties[QStringLiteral("displayName")].toString(), QStringLiteral("Bitbucket"));
    QVERIFY(!properties[QStringLiteral("buildDate")].toString().isEmpty());
    QCOMPARE(exchange.peerCertificate, m_sandbox->serverCertificate());

    // The administrator's credentials are accepted on the same resource.
    QCOMPARE(get(QStringLiteral("/rest/api/latest/application-properties"), admin).status, 200);
}

void TestBitbucketSandbox::loginRedirectKeepsHttpsHostPortAndContext_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("next");

    QTest::newRow("root") << QStringLiteral("/") << QStringLiteral("/dashboard");
    QTest::newRow("no slash") << QString() << QStringLiteral("/dashboard");
    QTest::newRow("dashboard") << QStringLiteral("/dashboard") << QStringLiteral("/dashboard");
    QTest::newRow("projects") << QStringLiteral("/projects") << QStringLiteral("/projects");
}

void TestBitbucketSandbox::loginRedirectKeepsHttpsHostPortAndContext()
{
    QFETCH(QString, path);
    QFETCH(QString, next);

    startSandbox();
    const Exchange exchange = get(path);
    QCOMPARE(exchange.status, 302);
    const QString expected = QStringLiteral("https://127.0.0.1:%1/bitbucket/login?next=%2")
                                 .arg(m_sandbox->httpsPort())
                                 .arg(next);
    QCOMPARE(QString::fromUtf8(exchange.location), expected);
}

void TestBitbucketSandbox::loginPageAndSignedInPages()
{
    startSandbox();
    const Exchange login = get(QStringLiteral("/login"));
    QCOMPARE(login.status, 200);
    QVERIFY(login.contentType.startsWith("text/html"));
    QVERIFY(login.body.contains("<html>"));

    const Exchange root = get(QStringLiteral("/"), alice);
    QCOMPARE(root.status, 302);
    QCOMPARE(QString::fromUtf8(root.location), url(QStringLiteral("/dashboard")).toString());
    QCOMPARE(get(QStringLiteral("/dashboard"), alice).status, 200);
    QCOMPARE(get(QStringLiteral("/no-such-page"), admin).status, 404);
}

void TestBitbucketSandbox::plainHttpRedirectsToHttps()
{
    startSandbox();
    QUrl plain = m_sandbox->plainHttpBaseUrl();
    plain.setPath(plain.path() + QStringLiteral("/rest/api/1.0/application-properties"));
    plain.setQuery(QStringLiteral("a=1"));
    const Exchange exchange = send("GET", plain);
    QCOMPARE(exchange.status, 301);
    QCOMPARE(QString::fromUtf8(exchange.location),
        QStringLiteral("https://127.0.0.1:%1/bitbucket/rest/api/1.0/application-properties?a=1")
            .arg(m_sandbox->httpsPort()));

    // Everything on plain HTTP is redirected, even what Bitbucket would not serve.
    QUrl elsewhere = m_sandbox->plainHttpBaseUrl();
    elsewhere.setPath(QStringLiteral("/other"));
    QCOMPARE(send("GET", elsewhere).status, 301);
}

void TestBitbucketSandbox::otherPathsAreNotFound()
{
    startSandbox();
    const Exchange rest = get(QStringLiteral("/rest/api/1.0/no-such-resource"), admin);
    QCOMPARE(rest.status, 404);
    QVERIFY(!rest.firstErrorMessage().isEmpty());

    const Exchange slack = get(slackPath + QStringLiteral("/no-such-resource"), admin);
    QCOMPARE(slack.status, 404);

    QUrl outside = m_sandbox->baseUrl();
    outside.setPath(QStringLiteral("/elsewhere"));
    QCOMPARE(send("GET", outside).status, 404);
}

void TestBitbucketSandbox::contextPathIsConfigurable()
{
    startSandbox({}, QStringLiteral("/"));
    QCOMPARE(m_sandbox->baseUrl().toString(),
        QStringLiteral("https://127.0.0.1:%1").arg(m_sandbox->httpsPort()));
    QCOMPARE(get(QStringLiteral("/rest/api/1.0/application-properties")).status, 200);
    QCOMPARE(QString::fromUtf8(get(QStringLiteral("/dashboard")).location),
        QStringLiteral("https://127.0.0.1:%1/login?next=/dashboard").arg(m_sandbox->httpsPort()));

    startSandbox({}, QStringLiteral("scm/"));
    QCOMPARE(m_sandbox->baseUrl().path(), QStringLiteral("/scm"));
    QCOMPARE(get(QStringLiteral("/rest/api/1.0/application-properties")).status, 200);
}

void TestBitbucketSandbox::refusalBodies_data()
{
    QTest::addColumn<Account>("account");
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("atlassianStatus"); // {"message","status-code"} rather than "errors"

    const QString notAuthenticated =
        QStringLiteral("Client must be authenticated to access this resource.");
    const QString notAdmin = QStringLiteral("User must be an Admin to configure this plugin.");
    const QString wrong =
        QStringLiteral("Authentication failed. Please check your credentials and try again.");
    const QString connection = slackPath + QStringLiteral("/connection");
    const QString reach = slackPath + QStringLiteral("/connection/can-reach-slack");
    const QString remove = slackPath + QStringLiteral("/connection/T0SANDBOX1");

    QTest::newRow("anonymous lists")
        << anonymous << QByteArray("GET") << connection << notAuthenticated << true;
    QTest::newRow("anonymous creates")
        << anonymous << QByteArray("POST") << connection << notAuthenticated << true;
    QTest::newRow("user creates") << alice << QByteArray("POST") << connection << notAdmin << true;
    QTest::newRow("user pings Slack") << alice << QByteArray("POST") << reach << notAdmin << true;
    QTest::newRow("user deletes") << alice << QByteArray("DELETE") << remove << notAdmin << true;
    QTest::newRow("wrong password") << Account {admin.user, QStringLiteral("not-the-password")}
                                    << QByteArray("GET") << connection << wrong << false;
    QTest::newRow("unknown user") << Account {QStringLiteral("mallory"), admin.password}
                                  << QByteArray("GET")
                                  << QStringLiteral("/rest/api/1.0/application-properties") << wrong
                                  << false;
}

void TestBitbucketSandbox::refusalBodies()
{
    QFETCH(Account, account);
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    QFETCH(QString, message);
    QFETCH(bool, atlassianStatus);

    startSandbox();
    const Exchange exchange = send(verb, url(path), account, QByteArray("{}"));
    QCOMPARE(exchange.status, 401);
    QVERIFY(exchange.contentType.startsWith(jsonType));
    if (atlassianStatus) {
        QCOMPARE(exchange.json()[QStringLiteral("message")].toString(), message);
        QCOMPARE(exchange.json()[QStringLiteral("status-code")].toInt(), 401);
    } else {
        QCOMPARE(exchange.firstErrorMessage(), message);
        QCOMPARE(exchange.json()[QStringLiteral("errors")][0][QStringLiteral("exceptionName")]
                     .toString(),
            QStringLiteral("com.atlassian.bitbucket.auth."
                           "IncorrectPasswordAuthenticationException"));
        QCOMPARE(exchange.wwwAuthenticate, QByteArray("Basic realm=\"Bitbucket\""));
    }
    QVERIFY(m_sandbox->linkedTeamIds().isEmpty());
}

void TestBitbucketSandbox::createListReplaceAndDeleteLinks()
{
    startSandbox();
    const QString connection = slackPath + QStringLiteral("/connection");

    const Exchange created = post(connection, admin, advancedLink(QStringLiteral("T0SANDBOX1")));
    QCOMPARE(created.status, 200);
    QCOMPARE(created.json()[QStringLiteral("teamId")].toString(), QStringLiteral("T0SANDBOX1"));
    QCOMPARE(created.json()[QStringLiteral("teamName")].toString(),
        QStringLiteral("Sandbox T0SANDBOX1"));
    QCOMPARE(m_sandbox->linkedTeamIds(), QStringList {QStringLiteral("T0SANDBOX1")});

    // Any signed-in user may list; no secret is in the list.
    const Exchange listed = get(connection, alice);
    QCOMPARE(listed.status, 200);
    const QJsonArray workspaces = listed.json()[QStringLiteral("workspaces")].toArray();
    QCOMPARE(workspaces.size(), 1);
    const QJsonObject workspace = workspaces.first().toObject();
    QCOMPARE(workspace[QStringLiteral("teamId")].toString(), QStringLiteral("T0SANDBOX1"));
    QCOMPARE(workspace[QStringLiteral("botUserId")].toString(), QStringLiteral("BT0SANDBOX1"));
    QVERIFY(workspace.contains(QStringLiteral("connectionError")));
    QVERIFY(!listed.body.contains("secret") && !listed.body.contains("xox"));

    const Exchange again = post(connection, admin, advancedLink(QStringLiteral("T0SANDBOX1")));
    QCOMPARE(again.status, 400);
    QCOMPARE(QString::fromUtf8(again.body),
        QStringLiteral("There is already a connection to the workspace referred by these "
                       "credentials."));
    QVERIFY(again.contentType.startsWith(jsonType));

    const QString replacePath = connection + QStringLiteral("/T0SANDBOX1");
    QCOMPARE(post(replacePath, admin, advancedLink(QStringLiteral("T0SANDBOX1"))).status, 200);
    const Exchange changed = post(replacePath, admin, advancedLink(QStringLiteral("T0SANDBOX2")));
    QCOMPARE(changed.status, 400);
    QCOMPARE(QString::fromUtf8(changed.body),
        QStringLiteral("Team ID is changed. Please create a new workspace connection instead "
                       "of changing Team ID in an existing one."));
    const Exchange missing = post(connection + QStringLiteral("/T0SANDBOX2"), admin,
        advancedLink(QStringLiteral("T0SANDBOX2")));
    QCOMPARE(missing.status, 400);
    QCOMPARE(
        QString::fromUtf8(missing.body), QStringLiteral("Could not find link for team T0SANDBOX2"));

    QCOMPARE(post(connection, admin, advancedLink(QStringLiteral("T0SANDBOX2"))).status, 200);
    QCOMPARE(m_sandbox->linkedTeamIds().size(), 2);
    const Exchange deleted = send("DELETE", url(replacePath), admin);
    QCOMPARE(deleted.status, 204);
    QVERIFY(deleted.body.isEmpty());
    QCOMPARE(m_sandbox->linkedTeamIds(), QStringList {QStringLiteral("T0SANDBOX2")});
    QCOMPARE(send("DELETE", url(replacePath), admin).status, 204);
    QCOMPARE(get(connection, admin).json()[QStringLiteral("workspaces")].toArray().size(), 1);

    // The 1.0 path is the same resource.
    QCOMPARE(
        get(QStringLiteral("/rest/slack/1.0/connection"), alice).body, get(connection, alice).body);
}

void TestBitbucketSandbox::basicModeLinks()
{
    startSandbox();
    const QString connection = slackPath + QStringLiteral("/connection");
    const QJsonObject basic =
        basicLinkObject(QStringLiteral("T0BASIC"), QStringLiteral("xoxb-T0BASIC-1"));
    const Exchange created = post(connection, admin, compact(basic));
    QCOMPARE(created.status, 200);
    QCOMPARE(created.json()[QStringLiteral("teamName")].toString(), QStringLiteral("Basic Team"));
    const QJsonObject listed =
        get(connection, admin).json()[QStringLiteral("workspaces")][0].toObject();
    QCOMPARE(listed[QStringLiteral("appConfigurationUrl")].toString(),
        QStringLiteral("https://example.invalid/"));
    QCOMPARE(listed[QStringLiteral("botUserName")].toString(), QStringLiteral("bot"));

    // Slack would answer auth.test for another team, or refuse a token it does not know.
    const Exchange otherTeam = post(connection, admin,
        compact(basicLinkObject(QStringLiteral("T0OTHER"), QStringLiteral("xoxb-T0BASIC-1"))));
    QCOMPARE(otherTeam.status, 400);
    QVERIFY(otherTeam.body.startsWith("The credentials you entered were not accepted by Slack."));
    const Exchange badToken = post(connection, admin,
        compact(basicLinkObject(QStringLiteral("T0OTHER"), QStringLiteral("not-a-token"))));
    QCOMPARE(badToken.status, 400);
    QCOMPARE(badToken.body, QByteArray("invalid_auth"));
}

void TestBitbucketSandbox::linkValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("answer");

    const QString badFormat = QStringLiteral(
        "The credentials you entered are not in a valid format. Please, check if you "
        "entered the correct JSON text.");
    const QString invalid = QStringLiteral(
        "The credentials you entered are invalid. Please, check if you entered all fields "
        "correctly.");
    QJsonObject advanced =
        QJsonDocument::fromJson(advancedLink(QStringLiteral("T0SANDBOX1"))).object();
    const QStringList advancedFields {QStringLiteral("client_id"), QStringLiteral("client_secret"),
        QStringLiteral("signing_secret"), QStringLiteral("verification_token"),
        QStringLiteral("access_token"), QStringLiteral("bot_access_token")};
    for (const QString &field : advancedFields) {
        QJsonObject without = advanced;
        without.remove(field);
        QTest::addRow("advanced without %s", qPrintable(field))
            << compact(without) << jsonType << 400 << invalid;
        QJsonObject emptied = advanced;
        emptied[field] = QString();
        QTest::addRow("advanced with empty %s", qPrintable(field))
            << compact(emptied) << jsonType << 400 << invalid;
    }
    QJsonObject basic =
        basicLinkObject(QStringLiteral("T0BASIC"), QStringLiteral("xoxb-T0BASIC-1"));
    for (const QString &field : basic.keys()) {
        QJsonObject without = basic;
        without.remove(field);
        QTest::addRow("basic without %s", qPrintable(field))
            << compact(without) << jsonType << 400 << badFormat;
    }
    QJsonObject badBot = advanced;
    badBot[QStringLiteral("bot_access_token")] = QStringLiteral("xoxp-T0SANDBOX1-user");
    QTest::newRow("user token as bot token") << compact(badBot) << jsonType << 400 << invalid;
    QJsonObject badUser = advanced;
    badUser[QStringLiteral("access_token")] = QStringLiteral("secret");
    QTest::newRow("unknown user token") << compact(badUser) << jsonType << 400 << invalid;
    QTest::newRow("not JSON") << QByteArray("team=T0") << jsonType << 400 << badFormat;
    QTest::newRow("JSON array") << QByteArray("[]") << jsonType << 400 << badFormat;
    QTest::newRow("form content type")
        << advancedLink(QStringLiteral("T0SANDBOX1"))
        << QByteArray("application/x-www-form-urlencoded") << 415 << QString();
    QTest::newRow("text content type") << advancedLink(QStringLiteral("T0SANDBOX1"))
                                       << QByteArray("text/plain") << 415 << QString();
    QTest::newRow("JSON with charset")
        << advancedLink(QStringLiteral("T0SANDBOX1"))
        << QByteArray("application/json; charset=UTF-8") << 200 << QString();
}

void TestBitbucketSandbox::linkValidation()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(int, status);
    QFETCH(QString, answer);

    startSandbox();
    const Exchange exchange =
        post(slackPath + QStringLiteral("/connection"), admin, body, contentType);
    QCOMPARE(exchange.status, status);
    if (!answer.isEmpty()) {
        QCOMPARE(QString::fromUtf8(exchange.body), answer);
        QVERIFY(exchange.contentType.startsWith(jsonType));
    }
    QCOMPARE(m_sandbox->linkedTeamIds().size(), status == 200 ? 1 : 0);
}

void TestBitbucketSandbox::linkStatusAndInfo()
{
    startSandbox();
    QCOMPARE(post(slackPath + QStringLiteral("/connection"), admin,
                 advancedLink(QStringLiteral("T0SANDBOX1")))
                 .status,
        200);
    const Exchange connected =
        get(slackPath + QStringLiteral("/connection-status/T0SANDBOX1"), alice);
    QCOMPARE(connected.status, 200);
    QCOMPARE(connected.json()[QStringLiteral("status")].toString(), QStringLiteral("CONNECTED"));

    const Exchange unknown = get(slackPath + QStringLiteral("/connection-status/T0NOPE"), alice);
    QCOMPARE(unknown.status, 401);
    QCOMPARE(unknown.json()[QStringLiteral("key")].toString(), QStringLiteral("UNKNOWN"));
    QVERIFY(!unknown.json()[QStringLiteral("error")].toString().isEmpty());
    QCOMPARE(get(slackPath + QStringLiteral("/connection-status/T0SANDBOX1")).status, 401);

    const Exchange info = get(slackPath + QStringLiteral("/connection/T0SANDBOX1/info"), alice);
    QCOMPARE(info.status, 200);
    QVERIFY(
        info.json()[QStringLiteral("teamUrl")].toString().startsWith(QStringLiteral("https://")));
    QCOMPARE(get(slackPath + QStringLiteral("/connection/T0NOPE/info"), alice).status, 404);
}

void TestBitbucketSandbox::canReachSlack()
{
    startSandbox();
    const Exchange reached =
        post(slackPath + QStringLiteral("/connection/can-reach-slack"), admin, QByteArray());
    QCOMPARE(reached.status, 200);
    QVERIFY(reached.body.isEmpty());
}

void TestBitbucketSandbox::expiredCertificate()
{
    startSandbox({Fault::ExpiredCertificate});
    QVERIFY(m_sandbox->serverCertificate().expiryDate() < QDateTime::currentDateTimeUtc());
    const Exchange exchange = get(QStringLiteral("/rest/api/1.0/application-properties"));
    QCOMPARE(exchange.error, QNetworkReply::SslHandshakeFailedError);
    QCOMPARE(exchange.sslErrors, QList<QSslError::SslError> {QSslError::CertificateExpired});
}

void TestBitbucketSandbox::expiringCertificate()
{
    startSandbox({Fault::ExpiringCertificate});
    const Exchange exchange = get(QStringLiteral("/rest/api/1.0/application-properties"));
    QCOMPARE(exchange.status, 200);
    QCOMPARE(exchange.sslErrors, QList<QSslError::SslError>());
    const qint64 daysLeft =
        QDateTime::currentDateTimeUtc().daysTo(exchange.peerCertificate.expiryDate());
    QVERIFY2(daysLeft >= 9 && daysLeft <= 10, qPrintable(QString::number(daysLeft)));
}

void TestBitbucketSandbox::wrongHostCertificate()
{
    startSandbox({Fault::WrongHostCertificate});
    const Exchange exchange = get(QStringLiteral("/rest/api/1.0/application-properties"));
    QCOMPARE(exchange.error, QNetworkReply::SslHandshakeFailedError);
    QCOMPARE(exchange.sslErrors, QList<QSslError::SslError> {QSslError::HostNameMismatch});
    QCOMPARE(m_sandbox->serverCertificate().subjectAlternativeNames().values(QSsl::DnsEntry),
        QStringList {QStringLiteral("bitbucket.example.invalid")});
}

void TestBitbucketSandbox::selfSignedCertificate()
{
    startSandbox({Fault::SelfSignedCertificate});
    const Exchange exchange = get(QStringLiteral("/rest/api/1.0/application-properties"));
    QCOMPARE(exchange.error, QNetworkReply::SslHandshakeFailedError);
    QCOMPARE(exchange.sslErrors, QList<QSslError::SslError> {QSslError::SelfSignedCertificate});
}

void TestBitbucketSandbox::httpProxyRedirect()
{
    startSandbox({Fault::HttpProxyRedirect});
    const Exchange exchange = get(QStringLiteral("/dashboard"));
    QCOMPARE(exchange.status, 302);
    QCOMPARE(QString::fromUtf8(exchange.location),
        QStringLiteral("http://127.0.0.1:%1/bitbucket/login?next=/dashboard")
            .arg(m_sandbox->httpsPort()));
    QCOMPARE(get(QStringLiteral("/rest/api/1.0/application-properties")).status, 200);
}

void TestBitbucketSandbox::noHttpRedirect()
{
    startSandbox({Fault::NoHttpRedirect});
    QUrl plain = m_sandbox->plainHttpBaseUrl();
    plain.setPath(plain.path() + QStringLiteral("/rest/api/1.0/application-properties"));
    const Exchange exchange = send("GET", plain);
    QCOMPARE(exchange.status, 200);
    QCOMPARE(
        exchange.json()[QStringLiteral("displayName")].toString(), QStringLiteral("Bitbucket"));
    // Its own redirects then stay on plain HTTP.
    QUrl dashboard = m_sandbox->plainHttpBaseUrl();
    dashboard.setPath(dashboard.path() + QStringLiteral("/dashboard"));
    QCOMPARE(QString::fromUtf8(send("GET", dashboard).location),
        QStringLiteral("http://127.0.0.1:%1/bitbucket/login?next=/dashboard")
            .arg(m_sandbox->httpPort()));
}

void TestBitbucketSandbox::slowAnswers()
{
    startSandbox({Fault::SlowAnswers});
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(get(QStringLiteral("/rest/api/1.0/application-properties")).status, 200);
    QVERIFY2(timer.elapsed() >= 300, qPrintable(QString::number(timer.elapsed())));

    timer.restart();
    QCOMPARE(send("GET", m_sandbox->plainHttpBaseUrl()).status, 301);
    QVERIFY2(timer.elapsed() >= 300, qPrintable(QString::number(timer.elapsed())));
}

void TestBitbucketSandbox::slowAnswerToAClientThatLeftIsDropped()
{
    startSandbox({Fault::SlowAnswers});
    QNetworkRequest request(url(QStringLiteral("/rest/api/1.0/application-properties")));
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setCaCertificates(m_sandbox->caCertificates());
    request.setSslConfiguration(ssl);
    QNetworkReply *reply = m_network->get(request);
    QSignalSpy sent(reply, &QNetworkReply::requestSent);
    QVERIFY(sent.wait(5000));
    reply->abort();
    reply->deleteLater();

    // The sandbox keeps serving after the answer it could no longer deliver fell due.
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(get(QStringLiteral("/rest/api/1.0/application-properties")).status, 200);
    QVERIFY(timer.elapsed() >= 300);
}

void TestBitbucketSandbox::slackUnreachable()
{
    startSandbox({Fault::SlackUnreachable});
    const Exchange ping =
        post(slackPath + QStringLiteral("/connection/can-reach-slack"), admin, QByteArray());
    QCOMPARE(ping.status, 400);
    QVERIFY(ping.contentType.startsWith("text/plain"));
    QCOMPARE(QString::fromUtf8(ping.body),
        QStringLiteral("Failed to ping Slack. See logs for more information."));

    const Exchange create = post(slackPath + QStringLiteral("/connection"), admin,
        advancedLink(QStringLiteral("T0SANDBOX1")));
    QCOMPARE(create.status, 400);
    QVERIFY(create.body.startsWith("The credentials you entered are invalid."));
    QCOMPARE(get(slackPath + QStringLiteral("/connection"), admin).status, 200);
}

void TestBitbucketSandbox::basicAuthDisabled()
{
    startSandbox({Fault::BasicAuthDisabled});
    const Exchange exchange = get(QStringLiteral("/rest/api/1.0/application-properties"), admin);
    QCOMPARE(exchange.status, 401);
    QVERIFY(exchange.firstErrorMessage().startsWith(
        QStringLiteral("Basic authentication is disabled")));
    QCOMPARE(
        exchange.json()[QStringLiteral("errors")][0][QStringLiteral("exceptionName")].toString(),
        QStringLiteral("com.atlassian.bitbucket.auth.BasicAuthDisabledException"));
    QCOMPARE(get(slackPath + QStringLiteral("/connection"), alice).status, 401);
    QCOMPARE(get(QStringLiteral("/rest/api/1.0/application-properties")).status, 200);
}

void TestBitbucketSandbox::noSlackIntegration()
{
    startSandbox({Fault::NoSlackIntegration});
    const Exchange exchange = get(slackPath + QStringLiteral("/connection"), admin);
    QCOMPARE(exchange.status, 404);
    QVERIFY(exchange.contentType.startsWith(jsonType));
    QVERIFY(!exchange.firstErrorMessage().isEmpty());
    QCOMPARE(
        post(slackPath + QStringLiteral("/connection/can-reach-slack"), admin, QByteArray()).status,
        404);
    QCOMPARE(get(QStringLiteral("/rest/api/1.0/application-properties"), admin).status, 200);
}

void TestBitbucketSandbox::portInUseFailsToStart()
{
    QTcpServer occupant;
    QVERIFY(occupant.listen(QHostAddress::LocalHost));
    BitbucketSandbox::Options options;
    options.workDirectory = m_workDirectory.path();
    options.httpsPort = occupant.serverPort();
    BitbucketSandbox sandbox(options);
    QString error;
    QVERIFY(!sandbox.start(&error));
    QVERIFY2(error.contains(QString::number(occupant.serverPort())), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("HTTPS")), qPrintable(error));

    BitbucketSandbox::Options plainTaken = options;
    plainTaken.httpsPort = 0;
    plainTaken.httpPort = occupant.serverPort();
    BitbucketSandbox second(plainTaken);
    QVERIFY(!second.start(&error));
    QVERIFY2(error.contains(QStringLiteral("HTTP on")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestBitbucketSandbox)
#include "tst_bitbucketsandbox.moc"
