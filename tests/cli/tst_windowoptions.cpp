#include "cli/WindowOptions.h"
#include "slackapi/ConfigToken.h"
#include "store/SecretStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class WindowOptionsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plainStartNeedsNoProfile()
    {
        WindowOptions options;
        QString error;
        QVERIFY(WindowOptions::parse({QStringLiteral("workspace-connector")}, &options, &error));
        QVERIFY(options.profile.isEmpty());
        QVERIFY(!options.usesSandbox());
        QVERIFY(!options.openSetup);
    }

    void unknownArgumentsAreUsageErrors()
    {
        WindowOptions options;
        QString error;
        QVERIFY(!WindowOptions::parse(
            {QStringLiteral("workspace-connector"), QStringLiteral("--nope")}, &options, &error));
        QVERIFY(error.contains(QLatin1String("nope")));
        QVERIFY(!WindowOptions::parse(
            {QStringLiteral("workspace-connector"), QStringLiteral("chek")}, &options, &error));
        QVERIFY(error.contains(QLatin1String("chek")));
    }

    void sandboxStateFillsTheWizard()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sandbox.json"));
        const QJsonObject state {
            {QStringLiteral("bitbucketUrl"), QStringLiteral("https://127.0.0.1:4443/bitbucket")},
            {QStringLiteral("plainHttpPort"), 4080},
            {QStringLiteral("caBundle"), QStringLiteral("/tmp/ca.pem")},
            {QStringLiteral("adminUser"), QStringLiteral("admin")},
            {QStringLiteral("adminPassword"), QStringLiteral("pw-1234")},
            {QStringLiteral("slackApiBase"), QStringLiteral("https://127.0.0.1:4555/api/")},
            {QStringLiteral("slackApp"),
                QJsonObject {{QStringLiteral("appId"), QStringLiteral("A0SANDBOX01")},
                    {QStringLiteral("clientId"), QStringLiteral("1.2")},
                    {QStringLiteral("clientSecret"), QStringLiteral("cs")},
                    {QStringLiteral("signingSecret"), QStringLiteral("ss")},
                    {QStringLiteral("verificationToken"), QStringLiteral("vt")}}},
            {QStringLiteral("configToken"),
                QJsonObject {{QStringLiteral("accessToken"), QStringLiteral("xoxe.xoxp-1-abc")},
                    {QStringLiteral("refreshToken"), QStringLiteral("xoxe-1-def")}}},
        };
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(state).toJson());
        file.close();

        WindowOptions options;
        QString error;
        QVERIFY2(WindowOptions::parse(
                     {QStringLiteral("workspace-connector"), QStringLiteral("--sandbox"), path},
                     &options, &error),
            qPrintable(error));
        QCOMPARE(options.profile, QStringLiteral("sandbox"));
        QCOMPARE(options.sandboxSettings.bitbucketBaseUrl.toString(),
            QStringLiteral("https://127.0.0.1:4443/bitbucket"));
        QCOMPARE(options.sandboxSettings.plainHttpPort, quint16(4080));
        QCOMPARE(options.sandboxSettings.slackApiBase.toString(),
            QStringLiteral("https://127.0.0.1:4555/api/"));
        QCOMPARE(options.sandboxSettings.slackAppId, QStringLiteral("A0SANDBOX01"));
        QCOMPARE(
            options.sandboxSecrets.value(SecretKey::bitbucketPassword), QStringLiteral("pw-1234"));
        const ConfigToken token =
            ConfigToken::fromStored(options.sandboxSecrets.value(SecretKey::slackConfigToken));
        QCOMPARE(token.accessToken, QStringLiteral("xoxe.xoxp-1-abc"));
        QCOMPARE(token.refreshToken, QStringLiteral("xoxe-1-def"));
    }

    void missingStateFileIsAnError()
    {
        WindowOptions options;
        QString error;
        QVERIFY(!WindowOptions::parse(
            {QStringLiteral("workspace-connector"), QStringLiteral("--sandbox"),
                QStringLiteral("/nonexistent.json")},
            &options, &error));
        QVERIFY(error.contains(QLatin1String("/nonexistent.json")));
    }
};

QTEST_GUILESS_MAIN(WindowOptionsTest)
#include "tst_windowoptions.moc"
