#include "CannedServer.h"
#include "CheckHarness.h"
#include "bitbucket/SlackLinkClient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <optional>

namespace {

SlackLinkClient::Credentials sampleCredentials()
{
    SlackLinkClient::Credentials credentials;
    credentials.clientId = QStringLiteral("1111.2222");
    credentials.clientSecret = QStringLiteral("client-secret-value");
    credentials.signingSecret = QStringLiteral("signing-secret-value");
    credentials.verificationToken = QStringLiteral("verification-token-value");
    credentials.userToken = QStringLiteral("xoxp-user-token-value");
    credentials.botToken = QStringLiteral("xoxb-bot-token-value");
    return credentials;
}

// Sends one request and waits for its outcome.
std::optional<SlackLinkClient::Outcome> send(
    const BitbucketTarget &target, const QString &replaceTeamId = QString())
{
    QNetworkAccessManager network;
    SlackLinkClient client(&network, target);
    std::optional<SlackLinkClient::Outcome> result;
    auto done = [&result](const SlackLinkClient::Outcome &outcome) {
        result = outcome;
    };
    if (replaceTeamId.isEmpty())
        client.createLink(sampleCredentials(), done);
    else
        client.replaceLink(replaceTeamId, sampleCredentials(), done);
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 40000))
        return std::nullopt;
    return result;
}

QString explain(const SlackLinkClient::Outcome &outcome)
{
    return QStringLiteral("ok=%1 status=%2 code=%3\nserver: %4\nexplanation: %5\nadvice: %6")
        .arg(outcome.ok)
        .arg(outcome.httpStatus)
        .arg(outcome.code, outcome.serverText, outcome.explanation, outcome.advice);
}

} // namespace

// Registering a workspace with Bitbucket's Slack integration: the request, and what each answer
// means for the admin.
class TestSlackLinkClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createSendsTheSixCredentialsInAdvancedMode();
    void replacePostsToTheTeamsPath();
    void successReadsTheTeam();
    void refusalsAreShownAsTheyCameWithAFix_data();
    void refusalsAreShownAsTheyCameWithAFix();
    void anAdministratorIsNeeded_data();
    void anAdministratorIsNeeded();
    void anUntrustedCertificateIsNeverIgnored();
    void aClosedPortIsReported();
    void aSecondRequestWhileBusyIsRefused();
};

void TestSlackLinkClient::createSendsTheSixCredentialsInAdvancedMode()
{
    CannedServer server;
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    server.setAnswer(QStringLiteral("/bitbucket/rest/slack/latest/connection"),
        {200, "application/json", R"({"teamName":"Acme","teamId":"T0ACME"})", {}});
    const auto outcome = send(server.adminTarget(QStringLiteral("/bitbucket")));
    QVERIFY(outcome);
    QVERIFY2(outcome->ok, qPrintable(explain(*outcome)));

    QCOMPARE(server.requests().size(), 1);
    const CannedServer::Request request = server.requests().constFirst();
    QCOMPARE(request.method, QByteArrayLiteral("POST"));
    QCOMPARE(request.path, QStringLiteral("/bitbucket/rest/slack/latest/connection"));
    QCOMPARE(request.header("Content-Type"), QByteArrayLiteral("application/json"));
    QCOMPARE(request.header("X-Atlassian-Token"), QByteArrayLiteral("no-check"));
    QCOMPARE(request.header("Authorization"),
        "Basic " + QByteArrayLiteral("admin:s3cret-pw").toBase64());
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    QCOMPARE(body.value(QStringLiteral("custom")).toBool(), true);
    QCOMPARE(body.value(QStringLiteral("client_id")).toString(), QStringLiteral("1111.2222"));
    QCOMPARE(body.value(QStringLiteral("client_secret")).toString(),
        QStringLiteral("client-secret-value"));
    QCOMPARE(body.value(QStringLiteral("signing_secret")).toString(),
        QStringLiteral("signing-secret-value"));
    QCOMPARE(body.value(QStringLiteral("verification_token")).toString(),
        QStringLiteral("verification-token-value"));
    QCOMPARE(body.value(QStringLiteral("access_token")).toString(),
        QStringLiteral("xoxp-user-token-value"));
    QCOMPARE(body.value(QStringLiteral("bot_access_token")).toString(),
        QStringLiteral("xoxb-bot-token-value"));
    QCOMPARE(body.size(), 7);
}

void TestSlackLinkClient::replacePostsToTheTeamsPath()
{
    CannedServer server;
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    server.setAnswer(QStringLiteral("/rest/slack/latest/connection/T0ACME"),
        {200, "application/json", R"({"teamName":"Acme","teamId":"T0ACME"})", {}});
    const auto outcome = send(server.adminTarget(QString()), QStringLiteral("T0ACME"));
    QVERIFY(outcome);
    QVERIFY2(outcome->ok, qPrintable(explain(*outcome)));
    QCOMPARE(server.requests().constFirst().path,
        QStringLiteral("/rest/slack/latest/connection/T0ACME"));
}

void TestSlackLinkClient::successReadsTheTeam()
{
    CannedServer server;
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    server.setAnswer(QStringLiteral("/rest/slack/latest/connection"),
        {200, "application/json", R"({"teamName":"Acme Corp","teamId":"T0ACME"})", {}});
    const auto outcome = send(server.adminTarget(QString()));
    QVERIFY(outcome);
    QVERIFY(outcome->ok);
    QCOMPARE(outcome->httpStatus, 200);
    QCOMPARE(outcome->teamId, QStringLiteral("T0ACME"));
    QCOMPARE(outcome->teamName, QStringLiteral("Acme Corp"));
    QVERIFY(outcome->serverText.isEmpty());
}

void TestSlackLinkClient::refusalsAreShownAsTheyCameWithAFix_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("replacing");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("alreadyConnected");
    QTest::addColumn<QString>("adviceMentions");

    QTest::newRow("format") << 400
                            << QByteArray("The credentials you entered are not in a valid format. "
                                          "Please, check if you entered the correct JSON text.")
                            << false << QStringLiteral("bitbucket_credentials_format") << false
                            << QString();
    QTest::newRow("invalid") << 400
                             << QByteArray("The credentials you entered are invalid. Please, check "
                                           "if you entered all fields correctly.")
                             << false << QStringLiteral("bitbucket_credentials_invalid") << false
                             << QStringLiteral("users:read");
    QTest::newRow("already connected")
        << 400
        << QByteArray("There is already a connection to the workspace referred by these "
                      "credentials.")
        << false << QStringLiteral("bitbucket_already_connected") << true << QString();
    QTest::newRow("already connected, while replacing")
        << 400
        << QByteArray("There is already a connection to the workspace referred by these "
                      "credentials.")
        << true << QStringLiteral("bitbucket_already_connected") << false << QString();
    QTest::newRow("team changed")
        << 400
        << QByteArray("Team ID is changed. Please create a new workspace connection instead of "
                      "changing Team ID in an existing one.")
        << true << QStringLiteral("bitbucket_team_id_changed") << false << QString();
    QTest::newRow("not accepted")
        << 400
        << QByteArray("The credentials you entered were not accepted by Slack. Please, check if "
                      "the Slack App is properly set up.")
        << false << QStringLiteral("bitbucket_credentials_not_accepted") << false << QString();
    QTest::newRow("no link") << 400 << QByteArray("Could not find link for team T0GONE") << true
                             << QStringLiteral("bitbucket_link_not_found") << false << QString();
    QTest::newRow("unknown problem")
        << 400 << QByteArray("Could not connect to this workspace due to an unknown problem.")
        << false << QStringLiteral("bitbucket_unknown_problem") << false << QString();
    QTest::newRow("slack code") << 400 << QByteArray("invalid_auth") << false
                                << QStringLiteral("invalid_auth") << false << QString();
    QTest::newRow("not installed")
        << 404 << QByteArray() << false << QStringLiteral("bitbucket_no_integration") << false
        << QStringLiteral("context path");
    QTest::newRow("unknown text") << 400 << QByteArray("Something nobody expected") << false
                                  << QStringLiteral("bitbucket_400") << false
                                  << QStringLiteral("atlassian-bitbucket.log");
    QTest::newRow("server error") << 500 << QByteArray("java.lang.NullPointerException") << false
                                  << QStringLiteral("bitbucket_500") << false
                                  << QStringLiteral("atlassian-bitbucket.log");
}

void TestSlackLinkClient::refusalsAreShownAsTheyCameWithAFix()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(bool, replacing);
    QFETCH(QString, code);
    QFETCH(bool, alreadyConnected);
    QFETCH(QString, adviceMentions);

    CannedServer server;
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    const QString path = replacing ? QStringLiteral("/rest/slack/latest/connection/T0ACME")
                                   : QStringLiteral("/rest/slack/latest/connection");
    // The integration sends its plain-text refusals as application/json.
    server.setAnswer(path, {status, "application/json", body, {}});
    const auto outcome =
        send(server.adminTarget(QString()), replacing ? QStringLiteral("T0ACME") : QString());
    QVERIFY(outcome);
    QVERIFY2(!outcome->ok, qPrintable(explain(*outcome)));
    QCOMPARE(outcome->httpStatus, status);
    QCOMPARE(outcome->code, code);
    QCOMPARE(outcome->serverText, QString::fromUtf8(body));
    QCOMPARE(outcome->alreadyConnected, alreadyConnected);
    QVERIFY2(!outcome->explanation.isEmpty(), qPrintable(explain(*outcome)));
    QVERIFY2(!outcome->advice.isEmpty(), qPrintable(explain(*outcome)));
    if (!adviceMentions.isEmpty())
        QVERIFY2(outcome->advice.contains(adviceMentions), qPrintable(explain(*outcome)));
    // The credentials sent never come back in what is shown.
    for (const QString &secret : {QStringLiteral("client-secret-value"),
             QStringLiteral("xoxp-user-token-value"), QStringLiteral("xoxb-bot-token-value")}) {
        QVERIFY(!explain(*outcome).contains(secret));
    }
}

void TestSlackLinkClient::anAdministratorIsNeeded_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("serverTextMentions");

    QTest::newRow("not an admin") << BitbucketSandbox::plainUser()
                                  << BitbucketSandbox::plainUserPassword()
                                  << QStringLiteral("bitbucket_not_admin")
                                  << QStringLiteral("User must be an Admin");
    QTest::newRow("wrong password")
        << BitbucketSandbox::adminUser() << QStringLiteral("not-the-password")
        << QStringLiteral("bitbucket_wrong_password") << QString();
    QTest::newRow("not signed in")
        << QString() << QString() << QStringLiteral("bitbucket_not_signed_in")
        << QStringLiteral("Client must be authenticated");
}

void TestSlackLinkClient::anAdministratorIsNeeded()
{
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, code);
    QFETCH(QString, serverTextMentions);

    CheckHarness harness;
    QString error;
    QVERIFY2(harness.start(&error), qPrintable(error));
    const QStringList before = harness.sandbox().linkedTeamIds();
    const auto outcome = send(harness.targetFor(user, password));
    QVERIFY(outcome);
    QVERIFY2(!outcome->ok, qPrintable(explain(*outcome)));
    QCOMPARE(outcome->httpStatus, 401);
    QVERIFY2(outcome->code == code, qPrintable(explain(*outcome)));
    if (!serverTextMentions.isEmpty())
        QVERIFY2(outcome->serverText.contains(serverTextMentions), qPrintable(explain(*outcome)));
    QVERIFY(!outcome->advice.isEmpty());
    QCOMPARE(harness.sandbox().linkedTeamIds(), before);
}

void TestSlackLinkClient::anUntrustedCertificateIsNeverIgnored()
{
    CannedServer server;
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    server.setAnswer(QStringLiteral("/rest/slack/latest/connection"),
        {200, "application/json", R"({"teamName":"Acme","teamId":"T0ACME"})", {}});
    BitbucketTarget target = server.adminTarget(QString());
    target.caBundlePath.clear(); // the server's CA is not trusted now
    const auto outcome = send(target);
    QVERIFY(outcome);
    QVERIFY2(!outcome->ok, qPrintable(explain(*outcome)));
    QCOMPARE(outcome->code, QStringLiteral("bitbucket_tls"));
    QCOMPARE(outcome->httpStatus, 0);
    QVERIFY(server.requests().isEmpty()); // the credentials never left
}

void TestSlackLinkClient::aClosedPortIsReported()
{
    quint16 closedPort = 0;
    {
        CannedServer server;
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        closedPort = server.port();
    }
    BitbucketTarget target;
    target.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:%1/bitbucket").arg(closedPort));
    target.username = QStringLiteral("admin");
    target.password = QStringLiteral("pw");
    const auto outcome = send(target);
    QVERIFY(outcome);
    QVERIFY(!outcome->ok);
    QCOMPARE(outcome->code, QStringLiteral("bitbucket_unreachable"));
    QVERIFY2(
        outcome->explanation.contains(QStringLiteral("refused")), qPrintable(explain(*outcome)));
    QVERIFY2(outcome->advice.contains(QStringLiteral("not known")), qPrintable(explain(*outcome)));
}

void TestSlackLinkClient::aSecondRequestWhileBusyIsRefused()
{
    CannedServer server;
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    server.setAnswer(QStringLiteral("/rest/slack/latest/connection"),
        {200, "application/json", R"({"teamName":"Acme","teamId":"T0ACME"})", {}});
    QNetworkAccessManager network;
    SlackLinkClient client(&network, server.adminTarget(QString()));
    std::optional<SlackLinkClient::Outcome> first;
    std::optional<SlackLinkClient::Outcome> second;
    client.createLink(
        sampleCredentials(), [&first](const SlackLinkClient::Outcome &o) { first = o; });
    QVERIFY(client.isBusy());
    client.createLink(
        sampleCredentials(), [&second](const SlackLinkClient::Outcome &o) { second = o; });
    QVERIFY(second);
    QVERIFY(!second->ok);
    QVERIFY(QTest::qWaitFor([&first] { return first.has_value(); }, 20000));
    QVERIFY(first->ok);
    QCOMPARE(server.requests().size(), 1);
}

QTEST_GUILESS_MAIN(TestSlackLinkClient)
#include "tst_slacklinkclient.moc"
