#include "slackapi/ConfigToken.h"

#include <QJsonDocument>
#include <QTest>

class TestConfigToken : public QObject
{
    Q_OBJECT

private slots:
    void jsonRoundTrip_data();
    void jsonRoundTrip();
    void unknownExpiryIsLeftOut();
    void pastedTokens_data();
    void pastedTokens();
    void storedFormOfAnEarlierVersion();
    void storedIsCompactJson();
};

void TestConfigToken::jsonRoundTrip_data()
{
    QTest::addColumn<ConfigToken>("token");
    const QDateTime expires = QDateTime(QDate(2031, 5, 6), QTime(7, 8, 9, 123), Qt::UTC);
    QTest::newRow("pair with expiry") << ConfigToken {
        QStringLiteral("xoxe.xoxp-1-abc"), QStringLiteral("xoxe-1-def"), expires, false, QString()};
    QTest::newRow("refresh in flight") << ConfigToken {
        QStringLiteral("xoxe.xoxp-1-abc"), QStringLiteral("xoxe-1-def"), expires, true, QString()};
    QTest::newRow("refused") << ConfigToken {QStringLiteral("xoxe.xoxp-1-abc"),
        QStringLiteral("xoxe-1-def"), QDateTime(), false, QStringLiteral("invalid_refresh_token")};
    QTest::newRow("access token only") << ConfigToken {
        QStringLiteral("xoxe.xoxp-1-abc"), QString(), QDateTime(), false, QString()};
}

void TestConfigToken::jsonRoundTrip()
{
    QFETCH(ConfigToken, token);
    const ConfigToken back = ConfigToken::fromJson(token.toJson());
    QCOMPARE(back.accessToken, token.accessToken);
    QCOMPARE(back.refreshToken, token.refreshToken);
    QCOMPARE(back.expiresAt, token.expiresAt);
    QCOMPARE(back.refreshInFlight, token.refreshInFlight);
    QCOMPARE(back.rejectedWith, token.rejectedWith);
    QVERIFY(back == token);
    QVERIFY(ConfigToken::fromStored(token.toStored()) == token);
}

void TestConfigToken::unknownExpiryIsLeftOut()
{
    const ConfigToken token =
        ConfigToken::fromPasted(QStringLiteral("xoxe.xoxp-1-abc"), QStringLiteral("xoxe-1-def"));
    QVERIFY(!token.expiresAt.isValid());
    QVERIFY(!token.toJson().contains(QLatin1String("expiresAt")));
    QVERIFY(!ConfigToken::fromJson(token.toJson()).expiresAt.isValid());
    QVERIFY(!token.isNull());
    QVERIFY(ConfigToken().isNull());
}

void TestConfigToken::pastedTokens_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addColumn<QString>("access");
    QTest::addColumn<QString>("refresh");
    QTest::newRow("both") << QStringLiteral(" xoxe.xoxp-1-abc ") << QStringLiteral("xoxe-1-def\n")
                          << QStringLiteral("xoxe.xoxp-1-abc") << QStringLiteral("xoxe-1-def");
    QTest::newRow("access only") << QStringLiteral("xoxe.xoxp-1-abc") << QString()
                                 << QStringLiteral("xoxe.xoxp-1-abc") << QString();
    QTest::newRow("refresh in the first field")
        << QStringLiteral("xoxe-1-def") << QString() << QString() << QStringLiteral("xoxe-1-def");
}

void TestConfigToken::pastedTokens()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(QString, access);
    QFETCH(QString, refresh);
    const ConfigToken token = ConfigToken::fromPasted(first, second);
    QCOMPARE(token.accessToken, access);
    QCOMPARE(token.refreshToken, refresh);
    QVERIFY(!token.refreshInFlight);
}

void TestConfigToken::storedFormOfAnEarlierVersion()
{
    // Issue 2 kept the bare access token under the same key.
    const ConfigToken token = ConfigToken::fromStored(QStringLiteral("xoxe.xoxp-1-Mi0yLTE"));
    QCOMPARE(token.accessToken, QStringLiteral("xoxe.xoxp-1-Mi0yLTE"));
    QVERIFY(token.refreshToken.isEmpty());
    QVERIFY(!token.expiresAt.isValid());
    QVERIFY(ConfigToken::fromStored(QString()).isNull());
}

void TestConfigToken::storedIsCompactJson()
{
    ConfigToken token =
        ConfigToken::fromPasted(QStringLiteral("xoxe.xoxp-1-abc"), QStringLiteral("xoxe-1-def"));
    token.refreshInFlight = true;
    const QString stored = token.toStored();
    QVERIFY(!stored.contains(u'\n'));
    const QJsonObject json = QJsonDocument::fromJson(stored.toUtf8()).object();
    QCOMPARE(json.value(QLatin1String("refreshInFlight")).toBool(), true);
    QCOMPARE(json.value(QLatin1String("refreshToken")).toString(), QStringLiteral("xoxe-1-def"));
}

QTEST_GUILESS_MAIN(TestConfigToken)
#include "tst_configtoken.moc"
