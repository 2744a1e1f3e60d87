#include "bitbucket/AuthFailure.h"

#include <QTest>

using Kind = AuthFailure::Kind;

class TestAuthFailure : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classify_data();
    void classify();
};

void TestAuthFailure::classify_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("location");
    QTest::addColumn<Kind>("expected");

    QTest::newRow("wrong password, bitbucket json")
        << 401
        << QByteArray(
               R"({"errors":[{"message":"Authentication failed. Please check your )"
               R"(credentials and try again.","exceptionName":)"
               R"("com.atlassian.bitbucket.auth.IncorrectPasswordAuthenticationException"}]})")
        << QString() << Kind::WrongPassword;
    QTest::newRow("wrong password, exception name only")
        << 401 << QByteArray(R"({"errors":[{"exceptionName":"x.IncorrectPasswordException"}]})")
        << QString() << Kind::WrongPassword;
    QTest::newRow("captcha")
        << 401
        << QByteArray(R"({"errors":[{"message":"CAPTCHA required. Your account has been locked.",)"
                      R"("exceptionName":"com.atlassian.bitbucket.auth.)"
                      R"(CaptchaRequiredAuthenticationException"}]})")
        << QString() << Kind::CaptchaRequired;
    QTest::newRow("not admin, json message")
        << 401 << QByteArray(R"({"message":"User must be an Admin to configure this plugin."})")
        << QString() << Kind::NotAdmin;
    QTest::newRow("not admin, plain text")
        << 401 << QByteArray("User must be an Admin to configure this plugin.") << QString()
        << Kind::NotAdmin;
    QTest::newRow("not admin, 403")
        << 403
        << QByteArray(
               R"({"errors":[{"message":"User must be an Admin to configure this plugin."}]})")
        << QString() << Kind::NotAdmin;
    QTest::newRow("not signed in")
        << 401
        << QByteArray(R"({"message":"Client must be authenticated to access this resource.",)"
                      R"("status-code":401})")
        << QString() << Kind::NotSignedIn;
    QTest::newRow("not signed in, plain text")
        << 401 << QByteArray("Client must be authenticated to access this resource.") << QString()
        << Kind::NotSignedIn;
    QTest::newRow("basic auth disabled")
        << 401
        << QByteArray(R"({"errors":[{"message":"Basic authentication is disabled on this )"
                      R"(instance. Authentication failed."}]})")
        << QString() << Kind::BasicAuthDisabled;
    QTest::newRow("basic auth not allowed, 403")
        << 403 << QByteArray("Basic auth is not allowed for this user") << QString()
        << Kind::BasicAuthDisabled;
    QTest::newRow("redirect to login")
        << 302 << QByteArray() << QStringLiteral("https://h/bitbucket/login?next=/rest")
        << Kind::BasicAuthDisabled;
    QTest::newRow("redirect to saml")
        << 302 << QByteArray() << QStringLiteral("https://idp.example.com/saml2/sso")
        << Kind::BasicAuthDisabled;
    QTest::newRow("other redirect")
        << 301 << QByteArray() << QStringLiteral("https://h/bitbucket/rest/x") << Kind::Unknown;
    QTest::newRow("unexplained 401") << 401 << QByteArray() << QString() << Kind::Unknown;
    QTest::newRow("ok") << 200 << QByteArray() << QString() << Kind::None;
    QTest::newRow("ping failure is not a refusal")
        << 400 << QByteArray("Failed to ping Slack. See logs for more information.") << QString()
        << Kind::None;
}

void TestAuthFailure::classify()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, location);
    QFETCH(Kind, expected);
    QCOMPARE(
        AuthFailure::classify(status, BitbucketErrorBody::parse(body), QUrl(location)), expected);
}

QTEST_GUILESS_MAIN(TestAuthFailure)
#include "tst_authfailure.moc"
