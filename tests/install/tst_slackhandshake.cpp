#include "CannedServer.h"
#include "install/AuthorizationState.h"
#include "install/SlackHandshake.h"

#include <QSignalSpy>
#include <QSslServer>
#include <QTcpServer>
#include <QTest>
#include <QUrlQuery>

// Every way a Slack handshake can fail becomes a specific error within seconds, against a token
// endpoint on 127.0.0.1 over HTTPS; and a good answer becomes an installation.
class tst_SlackHandshake : public QObject
{
    Q_OBJECT

    static constexpr auto tokenPath = "/api/oauth.v2.access";
    static constexpr auto redirectUri = "https://127.0.0.1:53682/workspace-connector/callback";

    static QByteArray goodAnswer()
    {
        return R"({"ok":true,"app_id":"A0SANDBOX01","access_token":"xoxb-T0TWO-bot",
            "token_type":"bot","scope":"users:read,commands","bot_user_id":"U0BOT",
            "team":{"id":"T0TWO","name":"Sandbox Two"},"enterprise":null,
            "is_enterprise_install":false,"authed_user":{"id":"U0ADMIN","scope":"links:write",
            "access_token":"xoxp-T0TWO-user","token_type":"user"}})";
    }

    SlackHandshake::Parameters parameters(const QUrl &tokenUrl, const QString &caBundle) const
    {
        SlackHandshake::Parameters p;
        p.authorizeUrl = QUrl(QStringLiteral("https://127.0.0.1:9/oauth/v2/authorize"));
        p.tokenUrl = tokenUrl;
        p.clientId = QStringLiteral("1000000001.2000000002");
        p.clientSecret = QStringLiteral("0123456789abcdef+0123456789abcde");
        p.botScopes = {QStringLiteral("users:read"), QStringLiteral("commands")};
        p.userScopes = {QStringLiteral("links:write")};
        p.redirectUri = QString::fromLatin1(redirectUri);
        p.caBundlePath = caBundle;
        return p;
    }

    struct Run
    {
        AuthorizationState states;
        SlackHandshake handshake {&states};
        QSignalSpy browser {&handshake, &SlackHandshake::browserUrlReady};
        QSignalSpy succeeded {&handshake, &SlackHandshake::succeeded};
        QSignalSpy failed {&handshake, &SlackHandshake::failed};

        QString state() const
        {
            return QUrlQuery(browser.constFirst().constFirst().toUrl())
                .queryItemValue(QStringLiteral("state"));
        }
        HandshakeError error() const
        {
            return failed.constFirst().constFirst().value<HandshakeError>();
        }
    };

    CannedServer m_slack;

    // Starts a handshake against the canned token endpoint and sends the callback with a code.
    void exchange(Run &run, const CannedServer::Answer &answer)
    {
        m_slack.setAnswer(QString::fromLatin1(tokenPath), answer);
        run.handshake.setTokenTimeout(std::chrono::seconds(3));
        QVERIFY(run.handshake.start(
            parameters(m_slack.url(QString::fromLatin1(tokenPath)), m_slack.caBundlePath())));
        QCOMPARE(run.browser.count(), 1);
        QUrlQuery callback;
        callback.addQueryItem(
            QStringLiteral("code"), QStringLiteral("4724469134.4644010092847.ab"));
        callback.addQueryItem(QStringLiteral("state"), run.state());
        QVERIFY(run.handshake.receiveCallback(callback).accepted);
        QTRY_VERIFY_WITH_TIMEOUT(run.succeeded.count() + run.failed.count() == 1, 10000);
    }

    static CannedServer::Answer json(const QByteArray &body, int status = 200)
    {
        return {status, "application/json; charset=utf-8", body, {}};
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<HandshakeError>();
        qRegisterMetaType<Installation>();
        QString error;
        QVERIFY2(m_slack.start(&error), qPrintable(error));
    }

    void theAuthorizationUrlCarriesSlacksParameters()
    {
        Run run;
        SlackHandshake::Parameters p = parameters(m_slack.url(), m_slack.caBundlePath());
        p.teamId = QStringLiteral("T0TWO");
        QVERIFY(run.handshake.start(p));
        QCOMPARE(run.browser.count(), 1);
        const QUrl url = run.browser.constFirst().constFirst().toUrl();
        QCOMPARE(url.path(), QStringLiteral("/oauth/v2/authorize"));
        const QUrlQuery query(url);
        QCOMPARE(query.queryItemValue(QStringLiteral("client_id")), p.clientId);
        QCOMPARE(query.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded),
            QStringLiteral("users:read,commands"));
        QCOMPARE(query.queryItemValue(QStringLiteral("user_scope"), QUrl::FullyDecoded),
            QStringLiteral("links:write"));
        QCOMPARE(query.queryItemValue(QStringLiteral("team")), QStringLiteral("T0TWO"));
        QCOMPARE(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded),
            QString::fromLatin1(redirectUri));
        QCOMPARE(run.state().size(), 43);
        // The secret never appears in the browser's address.
        QVERIFY(!url.toString().contains(p.clientSecret));
    }

    void everyAttemptHasAFreshState()
    {
        Run run;
        const SlackHandshake::Parameters p = parameters(m_slack.url(), m_slack.caBundlePath());
        QVERIFY(run.handshake.start(p));
        QVERIFY(run.handshake.start(p));
        const QString first = QUrlQuery(run.browser.at(0).constFirst().toUrl())
                                  .queryItemValue(QStringLiteral("state"));
        const QString second = QUrlQuery(run.browser.at(1).constFirst().toUrl())
                                   .queryItemValue(QStringLiteral("state"));
        QVERIFY(first != second);
        // The first attempt's state is dead once the second started.
        QUrlQuery late;
        late.addQueryItem(QStringLiteral("code"), QStringLiteral("1.2.3"));
        late.addQueryItem(QStringLiteral("state"), first);
        const SlackHandshake::CallbackVerdict verdict = run.handshake.receiveCallback(late);
        QVERIFY(!verdict.accepted);
        QCOMPARE(verdict.error.code, QStringLiteral("state_replayed"));
    }

    void aGoodAnswerBecomesAnInstallation()
    {
        Run run;
        exchange(run, json(goodAnswer()));
        QCOMPARE(run.failed.count(), 0);
        const Installation installation =
            run.succeeded.constFirst().constFirst().value<Installation>();
        QCOMPARE(installation.teamId, QStringLiteral("T0TWO"));
        QCOMPARE(installation.teamName, QStringLiteral("Sandbox Two"));
        QCOMPARE(installation.botToken, QStringLiteral("xoxb-T0TWO-bot"));
        QCOMPARE(installation.userToken, QStringLiteral("xoxp-T0TWO-user"));
        QVERIFY(!run.handshake.isActive());

        // What reached the token endpoint: the secret by HTTP Basic, not in the body; the same
        // redirect_uri as on the permission screen.
        const CannedServer::Request request = m_slack.requests().constLast();
        QCOMPARE(request.method, QByteArray("POST"));
        const QByteArray expected = "Basic "
            + QByteArray("1000000001.2000000002:0123456789abcdef%2B0123456789abcde").toBase64();
        QCOMPARE(request.header("Authorization"), expected);
        const QUrlQuery body(QString::fromLatin1(request.body));
        QVERIFY(!body.hasQueryItem(QStringLiteral("client_secret")));
        QCOMPARE(body.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded),
            QStringLiteral("4724469134.4644010092847.ab"));
        QCOMPARE(body.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded),
            QString::fromLatin1(redirectUri));
        QCOMPARE(body.queryItemValue(QStringLiteral("grant_type")),
            QStringLiteral("authorization_code"));
    }

    void callbackProblems_data()
    {
        QTest::addColumn<QString>("query"); // %STATE% becomes the attempt's state
        QTest::addColumn<QString>("code");
        QTest::newRow("cancelled") << "error=access_denied&state=%STATE%"
                                   << "access_denied";
        QTest::newRow("not distributed")
            << "error=invalid_team_for_non_distributed_app&state=%STATE%"
            << "invalid_team_for_non_distributed_app";
        QTest::newRow("no code") << "state=%STATE%"
                                 << "code_missing";
        QTest::newRow("empty code") << "code=&state=%STATE%"
                                    << "code_missing";
        QTest::newRow("no state") << "code=1.2.3"
                                  << "state_missing";
        QTest::newRow("empty state") << "code=1.2.3&state="
                                     << "state_missing";
        QTest::newRow("wrong state") << "code=1.2.3&state=AAAA%STATE%"
                                     << "state_mismatch";
        QTest::newRow("error without state") << "error=access_denied"
                                             << "state_missing";
    }

    void callbackProblems()
    {
        QFETCH(QString, query);
        QFETCH(QString, code);
        Run run;
        QVERIFY(run.handshake.start(parameters(m_slack.url(), m_slack.caBundlePath())));
        const int requestsBefore = m_slack.requests().size();
        query.replace(QStringLiteral("%STATE%"), run.state());
        const SlackHandshake::CallbackVerdict verdict =
            run.handshake.receiveCallback(QUrlQuery(query));
        QVERIFY(!verdict.accepted);
        QCOMPARE(verdict.error.code, code);
        QVERIFY(!verdict.error.title.isEmpty());
        QVERIFY(!verdict.error.fix.isEmpty());
        // The attempt ends at once with that error, and Slack was never asked for tokens.
        QCOMPARE(run.failed.count(), 1);
        QCOMPARE(run.error().code, code);
        QVERIFY(!run.handshake.isActive());
        QCOMPARE(m_slack.requests().size(), requestsBefore);
    }

    void anExpiredStateIsRefused()
    {
        QDateTime now = QDateTime::currentDateTimeUtc();
        AuthorizationState states([&now] { return now; });
        SlackHandshake handshake(&states);
        QSignalSpy browser(&handshake, &SlackHandshake::browserUrlReady);
        QSignalSpy failed(&handshake, &SlackHandshake::failed);
        QVERIFY(handshake.start(parameters(m_slack.url(), m_slack.caBundlePath())));
        const QString state = QUrlQuery(browser.constFirst().constFirst().toUrl())
                                  .queryItemValue(QStringLiteral("state"));
        now = now.addSecs(601);
        QUrlQuery callback;
        callback.addQueryItem(QStringLiteral("code"), QStringLiteral("1.2.3"));
        callback.addQueryItem(QStringLiteral("state"), state);
        QCOMPARE(handshake.receiveCallback(callback).error.code, QStringLiteral("state_expired"));
        QCOMPARE(failed.count(), 1);
    }

    void aReplayedCallbackIsRefused()
    {
        Run run;
        exchange(run, json(goodAnswer()));
        QCOMPARE(run.succeeded.count(), 1);
        // The browser's page reloaded, or the same address pasted again, in a new attempt.
        QUrlQuery again;
        again.addQueryItem(QStringLiteral("code"), QStringLiteral("4724469134.4644010092847.ab"));
        again.addQueryItem(QStringLiteral("state"), run.state());
        QVERIFY(run.handshake.start(parameters(m_slack.url(), m_slack.caBundlePath())));
        const SlackHandshake::CallbackVerdict verdict = run.handshake.receiveCallback(again);
        QVERIFY(!verdict.accepted);
        QCOMPARE(verdict.error.code, QStringLiteral("state_replayed"));
    }

    void pastedAddresses()
    {
        Run run;
        m_slack.setAnswer(QString::fromLatin1(tokenPath), json(goodAnswer()));
        QVERIFY(run.handshake.start(
            parameters(m_slack.url(QString::fromLatin1(tokenPath)), m_slack.caBundlePath())));
        QCOMPARE(run.handshake.receivePastedAddress(QStringLiteral("just some words")).error.code,
            QStringLiteral("address_unusable"));
        // Unusable text does not end the attempt; the admin can paste again.
        QVERIFY(run.handshake.isActive());
        const QString address = QStringLiteral("  https://intranet.example.com/slack-done?code="
                                               "4724469134.1.ab&state=%1  ")
                                    .arg(run.state());
        QVERIFY(run.handshake.receivePastedAddress(address).accepted);
        QVERIFY(run.succeeded.wait(10000));
    }

    void tokenAnswerProblems_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        for (const char *slackCode : {"invalid_code", "code_already_used", "bad_redirect_uri",
                 "bad_client_secret", "invalid_client_id", "oauth_authorization_url_mismatch",
                 "invalid_team_for_non_distributed_app"}) {
            QTest::newRow(slackCode) << 200 << QByteArray("application/json")
                                     << QByteArray(R"({"ok":false,"error":")") + slackCode + "\"}"
                                     << QString::fromLatin1(slackCode);
        }
        QTest::newRow("ok false without code") << 200 << QByteArray("application/json")
                                               << QByteArray(R"({"ok":false})") << "slack_error";
        QTest::newRow("http 500") << 500 << QByteArray("text/html")
                                  << QByteArray("<html>oops</html>") << "http_status";
        QTest::newRow("http 400 with rfc body")
            << 400 << QByteArray("application/json") << QByteArray(R"({"error":"invalid_grant"})")
            << "invalid_grant";
        QTest::newRow("html") << 200 << QByteArray("text/html")
                              << QByteArray("<html>captive portal</html>") << "not_json";
        QTest::newRow("json array")
            << 200 << QByteArray("application/json") << QByteArray("[1,2]") << "not_json";
        QTest::newRow("empty") << 200 << QByteArray() << QByteArray() << "not_json";
        QByteArray noUser = goodAnswer();
        noUser.replace("\"access_token\":\"xoxp-T0TWO-user\",", "");
        QTest::newRow("no user token")
            << 200 << QByteArray("application/json") << noUser << "no_user_token";
    }

    void tokenAnswerProblems()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        Run run;
        exchange(run, {status, contentType, body, {}});
        QCOMPARE(run.succeeded.count(), 0);
        QCOMPARE(run.failed.count(), 1);
        const HandshakeError error = run.error();
        QCOMPARE(error.code, code);
        QVERIFY(!error.title.isEmpty());
        QVERIFY(!error.fix.isEmpty());
        if (code == QLatin1String("http_status"))
            QCOMPARE(error.httpStatus, status);
        if (code == QLatin1String("invalid_team_for_non_distributed_app"))
            QVERIFY(error.isNotDistributed());
        QVERIFY(!run.handshake.isActive());
    }

    void unreachableTokenEndpoint()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        Run run;
        QVERIFY(run.handshake.start(
            parameters(QUrl(QStringLiteral("https://127.0.0.1:%1/api/oauth.v2.access").arg(port)),
                QString())));
        QUrlQuery callback;
        callback.addQueryItem(QStringLiteral("code"), QStringLiteral("1.2.3"));
        callback.addQueryItem(QStringLiteral("state"), run.state());
        QVERIFY(run.handshake.receiveCallback(callback).accepted);
        QVERIFY(run.failed.wait(10000));
        QCOMPARE(run.error().code, QStringLiteral("unreachable"));
    }

    void untrustedCertificate()
    {
        Run run;
        m_slack.setAnswer(QString::fromLatin1(tokenPath), json(goodAnswer()));
        // Without the CA bundle the stand-in's certificate is not trusted; nothing is ignored.
        QVERIFY(run.handshake.start(parameters(m_slack.url(QString::fromLatin1(tokenPath)), {})));
        QUrlQuery callback;
        callback.addQueryItem(QStringLiteral("code"), QStringLiteral("1.2.3"));
        callback.addQueryItem(QStringLiteral("state"), run.state());
        QVERIFY(run.handshake.receiveCallback(callback).accepted);
        QVERIFY(run.failed.wait(10000));
        QCOMPARE(run.error().code, QStringLiteral("tls"));
        QCOMPARE(run.succeeded.count(), 0);
    }

    void aSilentTokenEndpointTimesOut()
    {
        // Accepts connections and never says a word, not even the TLS handshake.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        Run run;
        run.handshake.setTokenTimeout(std::chrono::seconds(1));
        QVERIFY(run.handshake.start(
            parameters(QUrl(QStringLiteral("https://127.0.0.1:%1/api/oauth.v2.access")
                                .arg(silent.serverPort())),
                QString())));
        QUrlQuery callback;
        callback.addQueryItem(QStringLiteral("code"), QStringLiteral("1.2.3"));
        callback.addQueryItem(QStringLiteral("state"), run.state());
        QVERIFY(run.handshake.receiveCallback(callback).accepted);
        QVERIFY(run.failed.wait(8000));
        QCOMPARE(run.error().code, QStringLiteral("timeout"));
    }

    void theBrowserNeverComesBack()
    {
        Run run;
        run.handshake.setConsentTimeout(std::chrono::milliseconds(200));
        QVERIFY(run.handshake.start(parameters(m_slack.url(), m_slack.caBundlePath())));
        QVERIFY(run.failed.wait(5000));
        QCOMPARE(run.error().code, QStringLiteral("no_callback"));
        // A callback after the watchdog fired is a replay, not a success.
        QUrlQuery late;
        late.addQueryItem(QStringLiteral("code"), QStringLiteral("1.2.3"));
        late.addQueryItem(QStringLiteral("state"), run.state());
        QCOMPARE(run.handshake.receiveCallback(late).error.code, QStringLiteral("state_replayed"));
    }

    void missingSettingsAreSaidBeforeAnythingStarts()
    {
        Run run;
        SlackHandshake::Parameters p = parameters(m_slack.url(), m_slack.caBundlePath());
        p.clientSecret.clear();
        QVERIFY(!run.handshake.start(p));
        QCOMPARE(run.browser.count(), 0);
        QCOMPARE(run.failed.count(), 1);
        QCOMPARE(run.error().code, QStringLiteral("configuration"));
    }

    void cancelEndsTheAttemptQuietly()
    {
        Run run;
        QVERIFY(run.handshake.start(parameters(m_slack.url(), m_slack.caBundlePath())));
        run.handshake.cancel();
        QVERIFY(!run.handshake.isActive());
        QCOMPARE(run.failed.count(), 0);
        QUrlQuery late;
        late.addQueryItem(QStringLiteral("code"), QStringLiteral("1.2.3"));
        late.addQueryItem(QStringLiteral("state"), run.state());
        QCOMPARE(run.handshake.receiveCallback(late).error.code, QStringLiteral("state_replayed"));
    }
};

QTEST_GUILESS_MAIN(tst_SlackHandshake)
#include "tst_slackhandshake.moc"
