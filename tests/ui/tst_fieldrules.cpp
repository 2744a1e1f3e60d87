#include "setup/FieldRules.h"
#include "tls/CertificateFactory.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using Level = FieldVerdict::Level;
Q_DECLARE_METATYPE(FieldVerdict::Level)

class tst_FieldRules : public QObject
{
    Q_OBJECT

private:
    using Rule = FieldVerdict (*)(const QString &);
    static void addColumns();
    static void addRow(const char *name, Rule rule, const QString &text, Level level);
    static void check();

private Q_SLOTS:
    void slackIds_data();
    void slackIds() { check(); }
    void slackSecrets_data();
    void slackSecrets() { check(); }
    void bitbucketUrl_data();
    void bitbucketUrl() { check(); }
    void credentials_data();
    void credentials() { check(); }
    void caBundle();
};

void tst_FieldRules::addRow(const char *name, Rule rule, const QString &text, Level level)
{
    // The rule travels through the data table as its address.
    QTest::newRow(name) << reinterpret_cast<quintptr>(rule) << text << level;
}

void tst_FieldRules::addColumns()
{
    QTest::addColumn<quintptr>("rule");
    QTest::addColumn<QString>("text");
    QTest::addColumn<Level>("level");
}

void tst_FieldRules::check()
{
    QFETCH(quintptr, rule);
    QFETCH(QString, text);
    QFETCH(Level, level);
    const FieldVerdict verdict = reinterpret_cast<Rule>(rule)(text);
    QCOMPARE(verdict.level, level);
    QCOMPARE(verdict.acceptable(), level != Level::Invalid);
    if (level != Level::Valid) {
        QVERIFY2(!verdict.message.isEmpty(), "a rejected or doubtful value must say why");
    }
}

void tst_FieldRules::slackIds_data()
{
    addColumns();
    const Rule appId = &FieldRules::slackAppId;
    addRow("app id, 8 after A", appId, QStringLiteral("A0123ABCD"), Level::Valid);
    addRow("app id, 12 after A", appId, QStringLiteral("A0123456789AB"), Level::Valid);
    addRow("app id, pasted with spaces", appId, QStringLiteral("  A0123ABCD\n"), Level::Valid);
    addRow("app id, 7 after A", appId, QStringLiteral("A0123ABC"), Level::Invalid);
    addRow("app id, 13 after A", appId, QStringLiteral("A0123456789ABC"), Level::Invalid);
    addRow("app id, lower case", appId, QStringLiteral("a0123abcd"), Level::Invalid);
    addRow("app id, other letter", appId, QStringLiteral("B0123ABCD"), Level::Invalid);
    addRow("app id, punctuation", appId, QStringLiteral("A0123-ABCD"), Level::Invalid);
    addRow("app id, empty", appId, QString(), Level::Invalid);

    const Rule clientId = &FieldRules::slackClientId;
    addRow("client id", clientId, QStringLiteral("1234567890.9876543210123"), Level::Valid);
    addRow("client id, no dot", clientId, QStringLiteral("12345678909876543210"), Level::Invalid);
    addRow("client id, two dots", clientId, QStringLiteral("12.34.56"), Level::Invalid);
    addRow("client id, letters", clientId, QStringLiteral("12a.34"), Level::Invalid);
    addRow("client id, dot at end", clientId, QStringLiteral("1234."), Level::Invalid);
    addRow("client id, empty", clientId, QString(), Level::Invalid);

    const Rule access = &FieldRules::slackConfigAccessToken;
    addRow("config token, empty", access, QString(), Level::Valid);
    addRow("config token", access, QStringLiteral("xoxe.xoxp-1-Mi0yLTE"), Level::Valid);
    addRow("config token, pasted with spaces", access, QStringLiteral(" xoxe.xoxp-1-Mi0 "),
        Level::Valid);
    addRow("config token, refresh token instead", access, QStringLiteral("xoxe-1-My0xLTI"),
        Level::Invalid);
    addRow("config token, bot token", access, QStringLiteral("xoxb-1-abc"), Level::Invalid);
    addRow("config token, user token", access, QStringLiteral("xoxp-1-abc"), Level::Invalid);

    const Rule refresh = &FieldRules::slackConfigRefreshToken;
    addRow("refresh token, empty", refresh, QString(), Level::Valid);
    addRow("refresh token", refresh, QStringLiteral("xoxe-1-My0xLTI"), Level::Valid);
    addRow("refresh token, access token instead", refresh, QStringLiteral("xoxe.xoxp-1-Mi0yLTE"),
        Level::Invalid);
    addRow("refresh token, bot token", refresh, QStringLiteral("xoxb-1-abc"), Level::Invalid);
}

void tst_FieldRules::slackSecrets_data()
{
    addColumns();
    const QString hex32 = QStringLiteral("0123456789abcdef0123456789abcdef");
    for (const Rule rule : {&FieldRules::slackClientSecret, &FieldRules::slackSigningSecret}) {
        const bool client = rule == &FieldRules::slackClientSecret;
        addRow(client ? "client secret" : "signing secret", rule, hex32, Level::Valid);
        addRow(client ? "client secret, upper" : "signing secret, upper", rule, hex32.toUpper(),
            Level::Valid);
        addRow(client ? "client secret, 31" : "signing secret, 31", rule, hex32.left(31),
            Level::Invalid);
        addRow(client ? "client secret, 33" : "signing secret, 33", rule, hex32 + u'0',
            Level::Invalid);
        addRow(client ? "client secret, not hex" : "signing secret, not hex", rule,
            hex32.left(31) + u'g', Level::Invalid);
        addRow(client ? "client secret, empty" : "signing secret, empty", rule, QString(),
            Level::Invalid);
    }
    const Rule token = &FieldRules::slackVerificationToken;
    addRow("verification token", token, QStringLiteral("AbCdEfGhIjKlMnOpQrStUv12"), Level::Valid);
    addRow(
        "verification token, 23", token, QStringLiteral("AbCdEfGhIjKlMnOpQrStUv1"), Level::Invalid);
    addRow("verification token, 25", token, QStringLiteral("AbCdEfGhIjKlMnOpQrStUv123"),
        Level::Invalid);
    addRow("verification token, symbol", token, QStringLiteral("AbCdEfGhIjKlMnOpQrStUv1-"),
        Level::Invalid);
    addRow("verification token, empty", token, QString(), Level::Invalid);
}

void tst_FieldRules::bitbucketUrl_data()
{
    addColumns();
    const Rule url = &FieldRules::bitbucketBaseUrl;
    addRow("https with context path", url, QStringLiteral("https://git.example.com/bitbucket"),
        Level::Valid);
    addRow("https, root, port", url, QStringLiteral("https://git.example.com:8443"), Level::Valid);
    addRow("https, trailing slash", url, QStringLiteral("https://git.example.com/bitbucket/"),
        Level::Valid);
    addRow(
        "https, ip address", url, QStringLiteral("https://127.0.0.1:7990/bitbucket"), Level::Valid);
    addRow("http is a warning", url, QStringLiteral("http://git.example.com/bitbucket"),
        Level::Warning);
    addRow("no scheme", url, QStringLiteral("git.example.com/bitbucket"), Level::Invalid);
    addRow("ftp", url, QStringLiteral("ftp://git.example.com/"), Level::Invalid);
    addRow("no host", url, QStringLiteral("https:///bitbucket"), Level::Invalid);
    addRow("query", url, QStringLiteral("https://git.example.com/bitbucket?x=1"), Level::Invalid);
    addRow(
        "fragment", url, QStringLiteral("https://git.example.com/bitbucket#top"), Level::Invalid);
    addRow("user info", url, QStringLiteral("https://admin:pw@git.example.com/bitbucket"),
        Level::Invalid);
    addRow("space in host", url, QStringLiteral("https://git example.com/"), Level::Invalid);
    addRow("empty", url, QString(), Level::Invalid);
}

void tst_FieldRules::credentials_data()
{
    addColumns();
    addRow("user name", &FieldRules::bitbucketUsername, QStringLiteral("admin"), Level::Valid);
    addRow(
        "user name, blank", &FieldRules::bitbucketUsername, QStringLiteral("  "), Level::Invalid);
    addRow("password", &FieldRules::bitbucketPassword, QStringLiteral("s3cret"), Level::Valid);
    addRow(
        "password of spaces", &FieldRules::bitbucketPassword, QStringLiteral("  "), Level::Valid);
    addRow("password, empty", &FieldRules::bitbucketPassword, QString(), Level::Invalid);
    addRow("no CA bundle", &FieldRules::caBundlePath, QString(), Level::Valid);
}

void tst_FieldRules::caBundle()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    const QString missing = dir.filePath(QStringLiteral("missing.pem"));
    QVERIFY(!FieldRules::caBundlePath(missing).acceptable());
    QVERIFY(!FieldRules::caBundlePath(dir.path()).acceptable());

    const QString garbage = dir.filePath(QStringLiteral("garbage.pem"));
    QFile garbageFile(garbage);
    QVERIFY(garbageFile.open(QIODevice::WriteOnly));
    garbageFile.write("this is not a certificate\n");
    garbageFile.close();
    const FieldVerdict notPem = FieldRules::caBundlePath(garbage);
    QCOMPARE(notPem.level, Level::Invalid);
    QVERIFY(!notPem.message.isEmpty());

    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString error;
    const auto authority = CertificateFactory::createAuthority(
        QStringLiteral("Example Root CA"), now.addDays(-1), now.addYears(1), &error);
    QVERIFY2(!authority.isNull(), qPrintable(error));
    const QString bundle = dir.filePath(QStringLiteral("ca.pem"));
    QFile bundleFile(bundle);
    QVERIFY(bundleFile.open(QIODevice::WriteOnly));
    bundleFile.write(authority.certificate.toPem());
    bundleFile.close();
    const FieldVerdict good = FieldRules::caBundlePath(bundle);
    QCOMPARE(good.level, Level::Valid);
    QVERIFY(good.message.contains(u'1'));
}

QTEST_GUILESS_MAIN(tst_FieldRules)
#include "tst_fieldrules.moc"
