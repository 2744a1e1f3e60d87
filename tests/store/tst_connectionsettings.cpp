#include "store/ConnectionSettings.h"
#include "store/Profile.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTest>

class ConnectionSettingsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        Profile(QStringLiteral("test")).settings()->clear();
        Profile(QStringLiteral("other")).settings()->clear();
    }

    void valuesSurviveANewSettingsObject()
    {
        ConnectionSettings saved;
        saved.slackAppId = QStringLiteral("A0123ABCDE");
        saved.slackClientId = QStringLiteral("1234567890.9876543210");
        saved.bitbucketBaseUrl = QUrl(QStringLiteral("https://git.example.com/bitbucket"));
        saved.bitbucketUsername = QStringLiteral("admin");
        saved.caBundlePath = QStringLiteral("/etc/ssl/corp-ca.pem");
        saved.plainHttpPort = 8080;
        saved.save(*Profile(QStringLiteral("test")).settings());

        const auto loaded = ConnectionSettings::load(*Profile(QStringLiteral("test")).settings());
        QCOMPARE(loaded, saved);
    }

    void profilesDoNotSeeEachOther()
    {
        ConnectionSettings saved;
        saved.bitbucketUsername = QStringLiteral("sandbox-admin");
        saved.save(*Profile(QStringLiteral("test")).settings());

        const auto other = ConnectionSettings::load(*Profile(QStringLiteral("other")).settings());
        QVERIFY(other.bitbucketUsername.isEmpty());
        QVERIFY(Profile(QStringLiteral("test")).keychainService() != Profile().keychainService());
    }

    void secretsAreNeverWrittenToTheSettingsFile()
    {
        ConnectionSettings saved;
        saved.bitbucketUsername = QStringLiteral("admin");
        auto settings = Profile(QStringLiteral("test")).settings();
        saved.save(*settings);
        const QStringList keys = settings->allKeys();
        for (const QString &key : keys) {
            QVERIFY2(!key.contains(QLatin1String("secret"), Qt::CaseInsensitive), qPrintable(key));
            QVERIFY2(
                !key.contains(QLatin1String("password"), Qt::CaseInsensitive), qPrintable(key));
            QVERIFY2(!key.contains(QLatin1String("token"), Qt::CaseInsensitive), qPrintable(key));
        }
    }

    void badPortFallsBackToTheDefault()
    {
        auto settings = Profile(QStringLiteral("test")).settings();
        settings->setValue(QStringLiteral("bitbucket/plainHttpPort"), 70000);
        QCOMPARE(ConnectionSettings::load(*settings).plainHttpPort, quint16(80));
    }
};

QTEST_GUILESS_MAIN(ConnectionSettingsTest)
#include "tst_connectionsettings.moc"
