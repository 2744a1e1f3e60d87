#include "setup/DistributionChecklist.h"
#include "slack/SlackManifest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using Item = DistributionChecklist::Item;
using Verdict = DistributionChecklist::Verdict;
Q_DECLARE_METATYPE(DistributionChecklist::Verdict)

namespace {

// JSON written with ' in place of ", so that it reads well inside a C++ string literal.
QByteArray singleQuoted(const char *text)
{
    return QByteArray(text).replace('\'', '"');
}

// An app that Slack would let through every item the manifest decides.
SlackManifest healthy()
{
    const QByteArray json = singleQuoted(
        "{ 'display_information': {'name': 'Bitbucket'}, "
        "'features': { 'bot_user': {'display_name': 'Bitbucket', 'always_online': true}, "
        "'slash_commands': [{'command': '/bitbucket', 'description': 'Bitbucket', "
        "'url': 'https://bb.example.com/rest/slack/latest/command'}] }, "
        "'oauth_config': { 'redirect_urls': ['https://bb.example.com/rest/slack/latest/oauth'], "
        "'scopes': {'bot': ['users:read']} }, "
        "'settings': { 'event_subscriptions': {'request_url': "
        "'https://bb.example.com/rest/slack/latest/event'}, "
        "'interactivity': {'is_enabled': true, "
        "'request_url': 'https://bb.example.com/rest/slack/latest/action'} } }");
    return SlackManifest(QJsonDocument::fromJson(json).object());
}

DistributionChecklist::Entry entryFor(const QList<DistributionChecklist::Entry> &entries, Item item)
{
    for (const DistributionChecklist::Entry &entry : entries) {
        if (entry.item == item) {
            return entry;
        }
    }
    return {};
}

} // namespace

class tst_DistributionChecklist : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void slacksOrderAndLabels();
    void healthyManifestMeetsWhatItCanTell();
    void noManifestLeavesItToSlack();
    void verdicts_data();
    void verdicts();
    void hardCodedInformationNeedsTheAdmin();
};

void tst_DistributionChecklist::slacksOrderAndLabels()
{
    const QList<DistributionChecklist::Entry> entries =
        DistributionChecklist::evaluate(healthy(), false);
    QCOMPARE(entries.size(), 4);
    QCOMPARE(entries.at(0).item, Item::Features);
    QCOMPARE(entries.at(1).item, Item::RedirectUrls);
    QCOMPARE(entries.at(2).item, Item::HardCodedInformation);
    QCOMPARE(entries.at(3).item, Item::Https);
    // The admin finds the same words on Slack's page.
    QCOMPARE(DistributionChecklist::title(Item::Features),
        QStringLiteral("Enable Features & Functionality"));
    QCOMPARE(DistributionChecklist::title(Item::RedirectUrls),
        QStringLiteral("Add OAuth Redirect URLs"));
    QCOMPARE(DistributionChecklist::title(Item::HardCodedInformation),
        QStringLiteral("Remove Hard Coded Information"));
    QCOMPARE(
        DistributionChecklist::title(Item::Https), QStringLiteral("Use HTTPS For Your Features"));
}

void tst_DistributionChecklist::healthyManifestMeetsWhatItCanTell()
{
    const auto entries = DistributionChecklist::evaluate(healthy(), false);
    for (Item item : {Item::Features, Item::RedirectUrls, Item::Https}) {
        const DistributionChecklist::Entry entry = entryFor(entries, item);
        QCOMPARE(entry.verdict, Verdict::Met);
        QVERIFY(!entry.explanation.isEmpty());
    }
    const QString features = entryFor(entries, Item::Features).explanation;
    QVERIFY2(features.contains(QLatin1String("bot user")), qPrintable(features));
    QVERIFY2(features.contains(QLatin1String("1 slash command")), qPrintable(features));
    QVERIFY(entryFor(entries, Item::RedirectUrls)
                .explanation.contains(QLatin1String("1 Redirect URL")));
}

void tst_DistributionChecklist::noManifestLeavesItToSlack()
{
    const auto entries = DistributionChecklist::evaluate(SlackManifest(), true);
    for (Item item : {Item::Features, Item::RedirectUrls, Item::Https}) {
        QCOMPARE(entryFor(entries, item).verdict, Verdict::Unknown);
        QVERIFY(entryFor(entries, item).explanation.contains(QLatin1String("No manifest")));
    }
    QCOMPARE(entryFor(entries, Item::HardCodedInformation).verdict, Verdict::Met);
}

void tst_DistributionChecklist::verdicts_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<int>("item");
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<QString>("mentioned");

    const QJsonValue removed(QJsonValue::Undefined);
    QTest::newRow("no redirect urls")
        << QStringLiteral("/oauth_config/redirect_urls") << QJsonValue(QJsonArray())
        << int(Item::RedirectUrls) << Verdict::NotMet << QStringLiteral("no Redirect URL");
    QTest::newRow("http redirect url")
        << QStringLiteral("/oauth_config/redirect_urls/0")
        << QJsonValue(QStringLiteral("http://localhost:5000/oauth")) << int(Item::Https)
        << Verdict::NotMet << QStringLiteral("/oauth_config/redirect_urls/0");
    QTest::newRow("http event url")
        << QStringLiteral("/settings/event_subscriptions/request_url")
        << QJsonValue(QStringLiteral("http://bb.example.com/rest/slack/latest/event"))
        << int(Item::Https) << Verdict::NotMet
        << QStringLiteral("/settings/event_subscriptions/request_url");
    QTest::newRow("upper-case HTTPS is https")
        << QStringLiteral("/features/slash_commands/0/url")
        << QJsonValue(QStringLiteral("HTTPS://bb.example.com/rest/slack/latest/command"))
        << int(Item::Https) << Verdict::Met << QStringLiteral("https");
    // Without any feature, Slack keeps the first item red.
    QTest::newRow("no features") << QStringLiteral("/features") << removed << int(Item::Features)
                                 << Verdict::Met << QStringLiteral("event subscriptions");
}

void tst_DistributionChecklist::verdicts()
{
    QFETCH(QString, pointer);
    QFETCH(QJsonValue, value);
    QFETCH(int, item);
    QFETCH(Verdict, verdict);
    QFETCH(QString, mentioned);
    SlackManifest manifest = healthy();
    manifest.setValue(pointer, value);
    const DistributionChecklist::Entry entry =
        entryFor(DistributionChecklist::evaluate(manifest, false), Item(item));
    QCOMPARE(entry.verdict, verdict);
    QVERIFY2(entry.explanation.contains(mentioned), qPrintable(entry.explanation));
}

void tst_DistributionChecklist::hardCodedInformationNeedsTheAdmin()
{
    SlackManifest manifest = healthy();
    auto entry =
        entryFor(DistributionChecklist::evaluate(manifest, false), Item::HardCodedInformation);
    QCOMPARE(entry.verdict, Verdict::AwaitsTheAdmin);
    QVERIFY(entry.explanation.contains(QLatin1String("hard-coded")));
    entry = entryFor(DistributionChecklist::evaluate(manifest, true), Item::HardCodedInformation);
    QCOMPARE(entry.verdict, Verdict::Met);

    // Nothing in the manifest makes a feature: only then is the first item not met.
    manifest.setValue(QStringLiteral("/features"), QJsonValue(QJsonValue::Undefined));
    manifest.setValue(QStringLiteral("/settings"), QJsonValue(QJsonValue::Undefined));
    entry = entryFor(DistributionChecklist::evaluate(manifest, true), Item::Features);
    QCOMPARE(entry.verdict, Verdict::NotMet);
}

QTEST_GUILESS_MAIN(tst_DistributionChecklist)
#include "tst_distributionchecklist.moc"
