#include "common/Redactor.h"

#include <QTest>

class RedactorTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { Redactor::forgetSecrets(); }

    void masksSecrets_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("secret");

        QTest::newRow("bot token") << QStringLiteral("token xoxb-1234-5678-abcdEFGH ok")
                                   << QStringLiteral("xoxb-1234-5678-abcdEFGH");
        QTest::newRow("user token")
            << QStringLiteral("xoxp-99-88-77-ffee") << QStringLiteral("xoxp-99-88-77-ffee");
        QTest::newRow("config token")
            << QStringLiteral("using xoxe.xoxp-1-Mi0yLTEyMzQ") << QStringLiteral("Mi0yLTEyMzQ");
        QTest::newRow("refresh token")
            << QStringLiteral("refresh xoxe-1-My0xLTU2Nzg") << QStringLiteral("My0xLTU2Nzg");
        QTest::newRow("basic header") << QStringLiteral("Authorization: Basic YWRtaW46cHc=")
                                      << QStringLiteral("YWRtaW46cHc=");
        QTest::newRow("bearer header")
            << QStringLiteral("authorization: Bearer abc.def.ghi") << QStringLiteral("abc.def.ghi");
        QTest::newRow("code in query")
            << QStringLiteral("https://127.0.0.1:8443/cb?code=4724469134.46440&state=Zx9_q")
            << QStringLiteral("4724469134.46440");
        QTest::newRow("state in query")
            << QStringLiteral("https://127.0.0.1:8443/cb?code=1.2&state=Zx9_qQ-secretstate")
            << QStringLiteral("Zx9_qQ-secretstate");
        QTest::newRow("form body")
            << QStringLiteral("client_id=1.2&client_secret=0123456789abcdef&code=9")
            << QStringLiteral("0123456789abcdef");
        QTest::newRow("json field")
            << QStringLiteral(R"({"ok":true,"access_token":"opaque-value-1","team":"T1"})")
            << QStringLiteral("opaque-value-1");
        QTest::newRow("json signing secret")
            << QStringLiteral(R"({"signing_secret": "8f1e0c3b2a"})")
            << QStringLiteral("8f1e0c3b2a");
        QTest::newRow("password in url")
            << QStringLiteral("https://admin:hunter22@git.example.com/bitbucket")
            << QStringLiteral("hunter22");
        // Each rule runs only where the text holds a literal its pattern needs; these rows
        // prove that the literals are looked for without regard to case.
        QTest::newRow("header in capitals") << QStringLiteral("AUTHORIZATION: BASIC YWRtaW46cHc=")
                                            << QStringLiteral("YWRtaW46cHc=");
        QTest::newRow("name in capitals")
            << QStringLiteral("sent PASSWORD=Tr0ub4dor&x=1") << QStringLiteral("Tr0ub4dor");
        QTest::newRow("json name in capitals")
            << QStringLiteral(R"({"CLIENT_SECRET":"abc123def"})") << QStringLiteral("abc123def");
        QTest::newRow("app token")
            << QStringLiteral("xapp-1-A0-123-abc") << QStringLiteral("xapp-1-A0-123-abc");
    }

    void masksSecrets()
    {
        QFETCH(QString, input);
        QFETCH(QString, secret);
        const QString output = Redactor::redact(input);
        QVERIFY2(!output.contains(secret), qPrintable(output));
        QVERIFY2(output.contains(Redactor::mask), qPrintable(output));
    }

    void leavesOrdinaryTextAlone_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("url") << QStringLiteral(
            "GET https://git.example.com/bitbucket/rest/api/1.0/application-properties");
        QTest::newRow("sentence") << QStringLiteral("The certificate expires in 12 days.");
        QTest::newRow("team id") << QStringLiteral("workspace T0123ABCD (Acme)");
        QTest::newRow("status json") << QStringLiteral(R"({"status":"CONNECTED"})");
    }

    void leavesOrdinaryTextAlone()
    {
        QFETCH(QString, input);
        QCOMPARE(Redactor::redact(input), input);
    }

    void masksRegisteredValuesAnywhere()
    {
        Redactor::registerSecret(QStringLiteral("correct horse battery"));
        const QString output =
            Redactor::redact(QStringLiteral("login failed for correct horse battery!"));
        QCOMPARE(output, QStringLiteral("login failed for [redacted]!"));
    }

    void ignoresTooShortValues()
    {
        Redactor::registerSecret(QStringLiteral("ab"));
        QCOMPARE(Redactor::redact(QStringLiteral("about")), QStringLiteral("about"));
    }

    void urlForLogsHasNoQueryOrUserInfo()
    {
        const QUrl url(QStringLiteral("https://u:p@host:8443/path/cb?code=1&state=2#frag"));
        QCOMPARE(Redactor::redactUrl(url), QStringLiteral("https://host:8443/path/cb"));
    }

    void messageHandlerRedactsLogOutput()
    {
        static QString captured;
        qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &message) {
            captured = message;
        });
        Redactor::installMessageHandler();
        qWarning("sending xoxb-1111-2222-secretpart to Bitbucket");
        qInstallMessageHandler(nullptr);
        QVERIFY(!captured.isEmpty());
        QVERIFY2(!captured.contains(QLatin1String("secretpart")), qPrintable(captured));
    }
};

QTEST_GUILESS_MAIN(RedactorTest)
#include "tst_redactor.moc"
