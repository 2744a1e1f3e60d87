#include "bitbucket/BitbucketErrorBody.h"

#include <QTest>

class TestBitbucketErrorBody : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void longTextIsShortened();
    void mentionsIgnoresCase();
};

void TestBitbucketErrorBody::parse_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("messages");
    QTest::addColumn<QStringList>("exceptionNames");
    QTest::addColumn<bool>("html");

    QTest::newRow("bitbucket errors")
        << QByteArray(
               R"({"errors":[{"context":null,"message":"Authentication failed. Please )"
               R"(check your credentials and try again.","exceptionName":)"
               R"("com.atlassian.bitbucket.auth.IncorrectPasswordAuthenticationException"}]})")
        << QStringList {QStringLiteral(
               "Authentication failed. Please check your credentials and try again.")}
        << QStringList {QStringLiteral(
               "com.atlassian.bitbucket.auth.IncorrectPasswordAuthenticationException")}
        << false;
    QTest::newRow("atlassian rest message")
        << QByteArray(R"({"message":"Client must be authenticated to access this resource.",)"
                      R"("status-code":401})")
        << QStringList {QStringLiteral("Client must be authenticated to access this resource.")}
        << QStringList {} << false;
    QTest::newRow("slack status") << QByteArray(R"({"key":"OAUTH_FAILURE","error":"invalid_auth"})")
                                  << QStringList {QStringLiteral("invalid_auth")}
                                  << QStringList {QStringLiteral("OAUTH_FAILURE")} << false;
    QTest::newRow("plain text") << QByteArray(
        "Failed to ping Slack. See logs for more information.\n")
                                << QStringList {QStringLiteral(
                                       "Failed to ping Slack. See logs for more information.")}
                                << QStringList {} << false;
    QTest::newRow("html login page")
        << QByteArray("<!DOCTYPE html><html><head><title>Log in - Bitbucket</title></head>"
                      "<body>...</body></html>")
        << QStringList {QStringLiteral("Log in - Bitbucket")} << QStringList {} << true;
    QTest::newRow("empty") << QByteArray() << QStringList {} << QStringList {} << false;
    QTest::newRow("json without messages")
        << QByteArray(R"({"workspaces":[]})")
        << QStringList {QStringLiteral(R"({"workspaces":[]})")} << QStringList {} << false;
}

void TestBitbucketErrorBody::parse()
{
    QFETCH(QByteArray, body);
    QFETCH(QStringList, messages);
    QFETCH(QStringList, exceptionNames);
    QFETCH(bool, html);

    const BitbucketErrorBody parsed = BitbucketErrorBody::parse(body);
    QCOMPARE(parsed.messages(), messages);
    QCOMPARE(parsed.exceptionNames(), exceptionNames);
    QCOMPARE(parsed.isHtml(), html);
}

void TestBitbucketErrorBody::longTextIsShortened()
{
    const BitbucketErrorBody parsed = BitbucketErrorBody::parse(QByteArray(5000, 'x'));
    QVERIFY(parsed.text().size() <= 300);
    QVERIFY(parsed.text().endsWith(QChar(0x2026)));
}

void TestBitbucketErrorBody::mentionsIgnoresCase()
{
    const BitbucketErrorBody parsed =
        BitbucketErrorBody::parse("User must be an Admin to configure this plugin.");
    QVERIFY(parsed.mentions(QStringLiteral("must be an admin")));
    QVERIFY(!parsed.mentions(QStringLiteral("authenticated")));
}

QTEST_GUILESS_MAIN(TestBitbucketErrorBody)
#include "tst_bitbucketerrorbody.moc"
