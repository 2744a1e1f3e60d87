#include "SlackApiHarness.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QMutex>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using Fault = SlackSandbox::Fault;

namespace {

QStringList capturedMessages;
QMutex capturedMutex;

void capture(QtMsgType, const QMessageLogContext &, const QString &message)
{
    QMutexLocker locker(&capturedMutex);
    capturedMessages.append(message);
}

QUrlQuery query(const QList<QPair<QString, QString>> &items)
{
    return SlackApiClient::arguments(items);
}

} // namespace

class TestSlackApiClient : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void argumentsArriveAsSent();
    void bearerTokenIsSent();
    void slackErrorIsReported();
    void rateLimitedWithRetryAfter();
    void nonJsonAnswerIsATransportError();
    void untrustedWithoutTheCaBundle();
    void unusableCaBundle();
    void timeoutIsBounded();
    void connectionRefusedSendsNothing();
    void nothingIsDeliveredOnceTheContextIsGone();
    void apiBaseWithoutTrailingSlash();
    void tokensNeverReachTheLog();

private:
    std::unique_ptr<SlackApiHarness> m_harness;
};

void TestSlackApiClient::init()
{
    m_harness = std::make_unique<SlackApiHarness>();
    QString error;
    QVERIFY2(m_harness->start(&error), qPrintable(error));
}

void TestSlackApiClient::cleanup()
{
    m_harness.reset();
}

void TestSlackApiClient::argumentsArriveAsSent()
{
    const QString awkward = QStringLiteral("a+b c&d=e%20f %25 % #x ü {\"x\":1}");
    const auto reply =
        m_harness->call(QStringLiteral("api.test"), query({{QStringLiteral("foo"), awkward}}));
    QVERIFY(reply);
    QVERIFY(reply->ok);
    QCOMPARE(reply->httpStatus, 200);
    QVERIFY(reply->transportError.isEmpty());
    QVERIFY(reply->error.isEmpty());
    QCOMPARE(
        reply->body.value(QLatin1String("args")).toObject().value(QLatin1String("foo")).toString(),
        awkward);
    QVERIFY(reply->requestSent);
}

void TestSlackApiClient::bearerTokenIsSent()
{
    const QString token = m_harness->slack().issueConfigToken().accessToken;
    const QUrlQuery arguments = query({{QStringLiteral("app_id"), SlackSandbox::healthyAppId()}});
    const auto withToken =
        m_harness->call(QStringLiteral("apps.manifest.export"), arguments, token);
    QVERIFY(withToken);
    QVERIFY(withToken->ok);
    QCOMPARE(withToken->body.value(QLatin1String("manifest")).toObject(),
        m_harness->slack().manifest(SlackSandbox::healthyAppId()));

    const auto without = m_harness->call(QStringLiteral("apps.manifest.export"), arguments);
    QVERIFY(without);
    QVERIFY(!without->ok);
    QCOMPARE(without->error, QStringLiteral("not_authed"));
}

void TestSlackApiClient::slackErrorIsReported()
{
    const auto reply = m_harness->call(
        QStringLiteral("api.test"), query({{QStringLiteral("error"), QStringLiteral("my_error")}}));
    QVERIFY(reply);
    QVERIFY(!reply->ok);
    QCOMPARE(reply->httpStatus, 200);
    QCOMPARE(reply->error, QStringLiteral("my_error"));
    QVERIFY(reply->transportError.isEmpty());
    QCOMPARE(reply->body.value(QLatin1String("ok")), QJsonValue(false));
}

void TestSlackApiClient::rateLimitedWithRetryAfter()
{
    m_harness->slack().setFault(Fault::RateLimited, 42);
    const auto reply = m_harness->call(QStringLiteral("api.test"), QUrlQuery());
    QVERIFY(reply);
    QVERIFY(!reply->ok);
    QCOMPARE(reply->httpStatus, 429);
    QCOMPARE(reply->error, QStringLiteral("ratelimited"));
    QCOMPARE(reply->retryAfterSeconds, 42);
    QVERIFY(reply->transportError.isEmpty());
}

void TestSlackApiClient::nonJsonAnswerIsATransportError()
{
    m_harness->slack().setFault(Fault::HtmlErrorPage);
    const auto reply = m_harness->call(QStringLiteral("api.test"), QUrlQuery());
    QVERIFY(reply);
    QVERIFY(!reply->ok);
    QCOMPARE(reply->httpStatus, 502);
    QVERIFY(reply->error.isEmpty());
    QVERIFY2(
        reply->transportError.contains(QLatin1String("502")), qPrintable(reply->transportError));
    QVERIFY(reply->transportError.contains(QLatin1String("127.0.0.1")));
}

void TestSlackApiClient::untrustedWithoutTheCaBundle()
{
    m_harness->client().setCaBundlePath(QString());
    const auto reply = m_harness->call(QStringLiteral("api.test"), QUrlQuery());
    QVERIFY(reply);
    QVERIFY(!reply->ok);
    QCOMPARE(reply->httpStatus, 0);
    QVERIFY(!reply->requestSent);
    QVERIFY2(reply->transportError.contains(QLatin1String("certificate")),
        qPrintable(reply->transportError));
    QVERIFY(reply->transportError.contains(QLatin1String("CA bundle")));
    QCOMPARE(m_harness->slack().callCount(QStringLiteral("api.test")), 0);
}

void TestSlackApiClient::unusableCaBundle()
{
    const QString missing = m_harness->caBundlePath() + QStringLiteral(".missing");
    m_harness->client().setCaBundlePath(missing);
    const auto reply = m_harness->call(QStringLiteral("api.test"), QUrlQuery());
    QVERIFY(reply);
    QVERIFY(!reply->ok);
    QVERIFY2(reply->transportError.contains(missing), qPrintable(reply->transportError));
    QCOMPARE(m_harness->slack().callCount(QStringLiteral("api.test")), 0);
}

void TestSlackApiClient::timeoutIsBounded()
{
    QCOMPARE(SlackApiClient::defaultTimeout, std::chrono::milliseconds(15000));
    m_harness->slack().setFault(Fault::NoAnswer);
    m_harness->client().setTimeout(std::chrono::milliseconds(400));
    QElapsedTimer timer;
    timer.start();
    const auto reply = m_harness->call(
        QStringLiteral("api.test"), query({{QStringLiteral("foo"), QStringLiteral("bar")}}));
    QVERIFY(reply);
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(!reply->ok);
    QCOMPARE(reply->httpStatus, 0);
    // The request did reach the server; what it did with it is unknown.
    QVERIFY(reply->requestSent);
    QCOMPARE(m_harness->slack().callCount(QStringLiteral("api.test")), 1);
    QVERIFY2(reply->transportError.contains(QLatin1String("No answer")),
        qPrintable(reply->transportError));
}

void TestSlackApiClient::connectionRefusedSendsNothing()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    QUrl base = m_harness->slack().apiBase();
    base.setPort(port);
    m_harness->client().setApiBase(base);
    const auto reply = m_harness->call(QStringLiteral("api.test"), QUrlQuery());
    QVERIFY(reply);
    QVERIFY(!reply->ok);
    QVERIFY(!reply->requestSent);
    QVERIFY2(reply->transportError.contains(QLatin1String("refused")),
        qPrintable(reply->transportError));
}

void TestSlackApiClient::nothingIsDeliveredOnceTheContextIsGone()
{
    bool delivered = false;
    auto *context = new QObject;
    // Gone while Slack is still working on the call.
    connect(&m_harness->slack(), &SlackSandbox::methodCalled, context, &QObject::deleteLater);
    QSignalSpy finished(&m_harness->network(), &QNetworkAccessManager::finished);
    m_harness->client().call(QStringLiteral("api.test"), QUrlQuery(), QString(), context,
        [&delivered](const SlackApiClient::Reply &) { delivered = true; });
    QVERIFY(finished.wait(10000));
    QCoreApplication::processEvents();
    QCOMPARE(m_harness->slack().callCount(QStringLiteral("api.test")), 1);
    QVERIFY(!delivered);
}

void TestSlackApiClient::apiBaseWithoutTrailingSlash()
{
    QUrl base = m_harness->slack().apiBase();
    base.setPath(QStringLiteral("/api"));
    m_harness->client().setApiBase(base);
    QCOMPARE(m_harness->client().apiBase(), base);
    const auto reply = m_harness->call(QStringLiteral("api.test"), QUrlQuery());
    QVERIFY(reply);
    QVERIFY(reply->ok);
}

void TestSlackApiClient::tokensNeverReachTheLog()
{
    const SlackSandbox::TokenPair pair = m_harness->slack().issueConfigToken();
    QLoggingCategory::setFilterRules(QStringLiteral("connector.*.debug=true"));
    {
        QMutexLocker locker(&capturedMutex);
        capturedMessages.clear();
    }
    const QtMessageHandler previous = qInstallMessageHandler(capture);
    const auto reply = m_harness->call(QStringLiteral("tooling.tokens.rotate"),
        query({{QStringLiteral("refresh_token"), pair.refreshToken}}), pair.accessToken);
    const auto failing = m_harness->call(QStringLiteral("api.test"),
        query({{QStringLiteral("token"), pair.accessToken},
            {QStringLiteral("error"), QStringLiteral("boom")}}));
    qInstallMessageHandler(previous);
    QVERIFY(reply && reply->ok);
    QVERIFY(failing && !failing->ok);

    QMutexLocker locker(&capturedMutex);
    const QString log = capturedMessages.join(u'\n');
    // The client did log both calls, without their secrets.
    QVERIFY2(
        log.contains(QLatin1String("tooling.tokens.rotate answered HTTP 200")), qPrintable(log));
    QVERIFY2(log.contains(QLatin1String("api.test answered HTTP 200 boom")), qPrintable(log));
    const QString freshAccess = reply->body.value(QLatin1String("token")).toString();
    const QString freshRefresh = reply->body.value(QLatin1String("refresh_token")).toString();
    for (const QString &secret : {pair.accessToken, pair.refreshToken, freshAccess, freshRefresh})
        QVERIFY2(!log.contains(secret), qPrintable(log));
    QVERIFY(!log.contains(QLatin1String("xoxe")));
}

QTEST_GUILESS_MAIN(TestSlackApiClient)
#include "tst_slackapiclient.moc"
