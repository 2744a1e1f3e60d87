#include "slack/SlackRequirements.h"

#include <QTest>

class TestSlackRequirements : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void urls_data();
    void urls();
    void noBitbucketNoUrls();
    void scopes();
};

void TestSlackRequirements::urls_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("prefix"); // what every URL starts with, before /rest/slack/latest

    QTest::newRow("context path") << "https://bb.example.com/bitbucket"
                                  << "https://bb.example.com/bitbucket";
    QTest::newRow("trailing slash") << "https://bb.example.com/bitbucket/"
                                    << "https://bb.example.com/bitbucket";
    QTest::newRow("root") << "https://bb.example.com"
                          << "https://bb.example.com";
    QTest::newRow("root slash") << "https://bb.example.com/"
                                << "https://bb.example.com";
    QTest::newRow("doubled slashes") << "https://bb.example.com//tools//bitbucket//"
                                     << "https://bb.example.com/tools/bitbucket";
    QTest::newRow("port") << "https://bb.example.com:8443/bb"
                          << "https://bb.example.com:8443/bb";
    QTest::newRow("http stays http") << "http://bb.example.com/bb"
                                     << "http://bb.example.com/bb";
    QTest::newRow("query and user dropped") << "https://admin@bb.example.com/bb?x=1#top"
                                            << "https://bb.example.com/bb";
}

void TestSlackRequirements::urls()
{
    QFETCH(QString, base);
    QFETCH(QString, prefix);
    SlackRequirements wanted;
    wanted.bitbucketBaseUrl = QUrl(base);
    QVERIFY(wanted.hasBitbucket());
    const QString rest = prefix + QStringLiteral("/rest/slack/latest");
    QCOMPARE(wanted.eventUrl(), QString(rest + QStringLiteral("/event")));
    QCOMPARE(wanted.actionUrl(), QString(rest + QStringLiteral("/action")));
    QCOMPARE(wanted.commandUrl(), QString(rest + QStringLiteral("/command")));
    QCOMPARE(wanted.installRedirectUrl(), QString(rest + QStringLiteral("/oauth")));
    QCOMPARE(wanted.userRedirectUrl(QStringLiteral("T0123ABC")),
        QString(rest + QStringLiteral("/oauth/redirect/T0123ABC")));
    QVERIFY(!wanted.eventUrl().mid(int(qstrlen("https://"))).contains(QLatin1String("//")));
}

void TestSlackRequirements::noBitbucketNoUrls()
{
    for (const QString &base :
        {QString(), QStringLiteral("bb.example.com/bitbucket"), QStringLiteral("https://")}) {
        SlackRequirements wanted;
        wanted.bitbucketBaseUrl = QUrl(base);
        QVERIFY2(!wanted.hasBitbucket(), qPrintable(base));
        QVERIFY(wanted.eventUrl().isEmpty());
        QVERIFY(wanted.installRedirectUrl().isEmpty());
        QVERIFY(wanted.userRedirectUrl(SlackRequirements::sampleTeamId()).isEmpty());
    }
}

void TestSlackRequirements::scopes()
{
    QCOMPARE(SlackRequirements::requiredBotScopes(), QStringList {QStringLiteral("users:read")});
    QCOMPARE(SlackRequirements::requiredUserScopes(), QStringList {QStringLiteral("links:write")});
}

QTEST_GUILESS_MAIN(TestSlackRequirements)
#include "tst_slackrequirements.moc"
