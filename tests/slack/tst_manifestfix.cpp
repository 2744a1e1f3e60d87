#include "slack/ManifestFix.h"
#include "slack/SlackChecks.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QTest>

using Kind = ManifestFix::Kind;
using ChangeKind = ManifestChange::Kind;
using Changes = QList<ManifestChange>;

namespace {

const QString base = QStringLiteral("https://bitbucket.example.com/bitbucket");
const QString rest = base + QStringLiteral("/rest/slack/latest");
const QString loopback = QStringLiteral("https://127.0.0.1:53682/workspace-connector/callback");
const QList<Kind> allKinds {Kind::MakeUrlsHttps, Kind::PointRequestUrls, Kind::AddRedirectUrls,
    Kind::TurnOffTokenRotation, Kind::AddMissingScopes};

SlackRequirements requirements()
{
    SlackRequirements wanted;
    wanted.bitbucketBaseUrl = QUrl(base);
    wanted.programRedirectUri = loopback;
    return wanted;
}

SlackManifest load(const char *name)
{
    QString error;
    const SlackManifest manifest = SlackManifest::fromFile(
        QStringLiteral(SLACK_TEST_DATA "/") + QString::fromUtf8(name), &error);
    if (manifest.isNull())
        qFatal("%s", qPrintable(error));
    return manifest;
}

SlackManifest fromJson(const char *json)
{
    return SlackManifest(QJsonDocument::fromJson(QByteArray(json)).object());
}

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// An endpoint of this Bitbucket's Slack integration.
QString onBitbucket(const char *path)
{
    return rest + QString::fromUtf8(path);
}

ManifestChange changed(const char *pointer, const QJsonValue &before, const QJsonValue &after)
{
    return {ChangeKind::Changed, text(pointer), before, after};
}

ManifestChange added(const char *pointer, const QJsonValue &after)
{
    return {ChangeKind::Added, text(pointer), QJsonValue::Undefined, after};
}

ManifestChange removed(const char *pointer, const QJsonValue &before)
{
    return {ChangeKind::Removed, text(pointer), before, QJsonValue::Undefined};
}

// Every leaf of the document by its pointer, serialised: what "byte-identical" is measured on.
void leaves(const QJsonValue &value, const QString &pointer, QMap<QString, QByteArray> &out)
{
    if (value.isObject() && !value.toObject().isEmpty()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            leaves(it.value(), pointer + u'/' + SlackManifest::pointerFrom({it.key()}).mid(1), out);
    } else if (value.isArray() && !value.toArray().isEmpty()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            leaves(array.at(i), pointer + u'/' + QString::number(i), out);
    } else {
        out.insert(pointer, QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact));
    }
}

QMap<QString, QByteArray> leavesOf(const SlackManifest &manifest)
{
    QMap<QString, QByteArray> out;
    leaves(manifest.json(), QString(), out);
    return out;
}

// Applies the listed changes, and nothing else, to `before`.
SlackManifest patched(SlackManifest manifest, const Changes &changes)
{
    for (const ManifestChange &change : changes) {
        if (change.kind != ChangeKind::Removed)
            manifest.setValue(change.pointer, change.after);
    }
    for (auto it = changes.crbegin(); it != changes.crend(); ++it) {
        if (it->kind == ChangeKind::Removed)
            manifest.setValue(it->pointer, QJsonValue::Undefined);
    }
    return manifest;
}

} // namespace

namespace QTest {
template<>
char *toString(const ManifestChange &change)
{
    return qstrdup(qPrintable(ManifestDiff::describe(change)));
}
} // namespace QTest

class TestManifestFix : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void changesOnlyWhatItIsAbout_data();
    void changesOnlyWhatItIsAbout();
    void fixesAreIdempotent_data();
    void fixesAreIdempotent();
    void availableFixesMakeEveryCheckPass_data();
    void availableFixesMakeEveryCheckPass();
    void healthyManifestNeedsNoFix();
    void titlesAndChecks();
    void httpsKeepsPortsButDropsPort80();
    void httpsDoesNotRepeatARedirectUrl();
    void redirectUrlsKeepTheAdminsSpelling();
    void redirectUrlsOfAnHttpBitbucketAreNotAdded();
    void withoutBitbucketOnlyTheProgramIsAdded();
    void scopesAreCreatedWhenAbsent();
    void nullManifestHasNothingToFix();
};

void TestManifestFix::changesOnlyWhatItIsAbout_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<Changes>("expected");

    QTest::newRow("Make all URLs HTTPS")
        << Kind::MakeUrlsHttps
        << Changes {changed("/features/slash_commands/0/url",
                        text("http://bitbucket.example.com/bitbucket/rest/slack/latest/command"),
                        text("https://bitbucket.example.com/bitbucket/rest/slack/latest/command")),
               changed("/oauth_config/redirect_urls/1",
                   text("http://bitbucket.example.com/bitbucket/rest/slack/latest/oauth/redirect"),
                   text(
                       "https://bitbucket.example.com/bitbucket/rest/slack/latest/oauth/redirect")),
               changed("/settings/event_subscriptions/request_url",
                   text("http://bitbucket.example.com:8080/bitbucket/rest/slack/latest/event"),
                   text("https://bitbucket.example.com:8080/bitbucket/rest/slack/latest/event")),
               changed("/settings/interactivity/message_menu_options_url",
                   text("http://bitbucket.example.com/bitbucket/rest/slack/latest/options"),
                   text("https://bitbucket.example.com/bitbucket/rest/slack/latest/options"))};

    QTest::newRow("Point request URLs at this Bitbucket")
        << Kind::PointRequestUrls
        << Changes {changed("/features/slash_commands/0/url",
                        text("http://bitbucket.example.com/bitbucket/rest/slack/latest/command"),
                        onBitbucket("/command")),
               changed("/features/slash_commands/2/url",
                   text("https://old-bitbucket.example.com/rest/slack/latest/command"),
                   onBitbucket("/command")),
               changed("/settings/event_subscriptions/request_url",
                   text("http://bitbucket.example.com:8080/bitbucket/rest/slack/latest/event"),
                   onBitbucket("/event")),
               changed("/settings/interactivity/request_url",
                   text("https://bitbucket.example.com/bitbucket/rest/slack/latest/actions"),
                   onBitbucket("/action")),
               changed("/settings/socket_mode_enabled", true, false)};

    // Bitbucket's install endpoint moves from third to first, the others keep their order, and
    // the program's redirect URI is added at the end.
    const QString oldCallback = QStringLiteral("https://127.0.0.1:53682/old-callback");
    const QString httpRedirect =
        QStringLiteral("http://bitbucket.example.com/bitbucket/rest/slack/latest/oauth/redirect");
    const QString install = onBitbucket("/oauth");
    QTest::newRow("Add this Redirect URL")
        << Kind::AddRedirectUrls
        << Changes {changed("/oauth_config/redirect_urls/0", oldCallback, install),
               changed("/oauth_config/redirect_urls/1", httpRedirect, oldCallback),
               changed("/oauth_config/redirect_urls/2", install, httpRedirect),
               added("/oauth_config/redirect_urls/4", loopback)};

    QTest::newRow("Turn off token rotation")
        << Kind::TurnOffTokenRotation
        << Changes {changed("/settings/token_rotation_enabled", true, false)};

    QTest::newRow("Add missing scopes")
        << Kind::AddMissingScopes
        << Changes {added("/oauth_config/scopes/bot/8", text("users:read")),
               added("/oauth_config/scopes/user/1", text("links:write"))};
}

void TestManifestFix::changesOnlyWhatItIsAbout()
{
    QFETCH(Kind, kind);
    QFETCH(Changes, expected);

    const SlackManifest rich = load("rich.json");
    const ManifestFix fix = ManifestFix::make(kind, rich, requirements());
    QVERIFY(fix.before == rich);

    // What the admin is shown is exactly what was intended...
    QCOMPARE(fix.changes, expected);
    QCOMPARE(ManifestDiff::compare(fix.before, fix.after), expected);

    // ...and every other field comes back byte for byte.
    QStringList touched;
    for (const ManifestChange &change : expected)
        touched.append(change.pointer);
    const QMap<QString, QByteArray> before = leavesOf(fix.before);
    const QMap<QString, QByteArray> after = leavesOf(fix.after);
    int untouched = 0;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (touched.contains(it.key()))
            continue;
        QVERIFY2(after.contains(it.key()), qPrintable(it.key()));
        QCOMPARE(after.value(it.key()), it.value());
        ++untouched;
    }
    int replaced = 0;
    for (const ManifestChange &change : expected)
        replaced += change.kind == ChangeKind::Added ? 0 : 1;
    QCOMPARE(untouched, before.size() - replaced);
    QVERIFY(untouched >= 55); // the rich manifest has 61 leaves
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        QVERIFY2(before.contains(it.key()) || touched.contains(it.key()), qPrintable(it.key()));

    // The listed changes, applied by hand, give the same document to the byte.
    QCOMPARE(patched(fix.before, fix.changes).toJson(), fix.after.toJson());
}

void TestManifestFix::fixesAreIdempotent_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::newRow("https") << Kind::MakeUrlsHttps;
    QTest::newRow("request URLs") << Kind::PointRequestUrls;
    QTest::newRow("redirect URLs") << Kind::AddRedirectUrls;
    QTest::newRow("token rotation") << Kind::TurnOffTokenRotation;
    QTest::newRow("scopes") << Kind::AddMissingScopes;
}

void TestManifestFix::fixesAreIdempotent()
{
    QFETCH(Kind, kind);
    for (const char *file : {"rich.json", "every-fault.json"}) {
        const ManifestFix first = ManifestFix::make(kind, load(file), requirements());
        QVERIFY(!first.isNoOp());
        const ManifestFix again = ManifestFix::make(kind, first.after, requirements());
        QVERIFY2(again.isNoOp(), qPrintable(ManifestDiff::describe(again.changes.value(0))));
    }
}

void TestManifestFix::availableFixesMakeEveryCheckPass_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("rich") << "rich.json";
    QTest::newRow("every fault") << "every-fault.json";
}

// Applying what the HTTPS page offers, one button after the other, ends with every check passed
// and nothing left to offer.
void TestManifestFix::availableFixesMakeEveryCheckPass()
{
    QFETCH(QString, file);
    SlackManifest manifest = load(qPrintable(file));
    QList<Kind> applied;
    for (int round = 0; round < 10; ++round) {
        const QList<ManifestFix> fixes = ManifestFix::available(manifest, requirements());
        if (fixes.isEmpty())
            break;
        applied.append(fixes.first().kind);
        manifest = fixes.first().after;
    }
    QCOMPARE(applied, allKinds);
    for (const CheckResult &result : SlackChecks::run(manifest, requirements())) {
        QVERIFY2(result.status == CheckResult::Status::Pass,
            qPrintable(result.id + u'\n' + result.detail));
    }
}

void TestManifestFix::healthyManifestNeedsNoFix()
{
    QVERIFY(ManifestFix::available(load("healthy.json"), requirements()).isEmpty());
    QVERIFY(ManifestFix::available(load("healthy.yaml"), requirements()).isEmpty());
}

void TestManifestFix::titlesAndChecks()
{
    const QList<ManifestFix> fixes = ManifestFix::available(load("rich.json"), requirements());
    QCOMPARE(fixes.size(), allKinds.size());
    const QStringList titles {QStringLiteral("Make all URLs HTTPS"),
        QStringLiteral("Point request URLs at this Bitbucket"),
        QStringLiteral("Add this Redirect URL"), QStringLiteral("Turn off token rotation"),
        QStringLiteral("Add missing scopes")};
    for (int i = 0; i < fixes.size(); ++i) {
        QCOMPARE(fixes.at(i).kind, allKinds.at(i));
        QCOMPARE(fixes.at(i).title, titles.at(i));
        QCOMPARE(fixes.at(i).checkId, SlackChecks::checkIds().at(i));
    }
}

void TestManifestFix::httpsKeepsPortsButDropsPort80()
{
    const SlackManifest manifest = fromJson(R"({"settings": {"event_subscriptions": {
        "request_url": "http://bb.example.com:80/rest/slack/latest/event"},
        "interactivity": {
            "request_url": "HTTP://bb.example.com:8080/rest/slack/latest/action?x=:80"},
        "siws_links": {"initiate_uri": "http://[::1]:80/siws"}}})");
    const ManifestFix fix = ManifestFix::make(Kind::MakeUrlsHttps, manifest, requirements());
    QCOMPARE(fix.after.value(QStringLiteral("/settings/event_subscriptions/request_url")),
        QJsonValue(QStringLiteral("https://bb.example.com/rest/slack/latest/event")));
    QCOMPARE(fix.after.value(QStringLiteral("/settings/interactivity/request_url")),
        QJsonValue(QStringLiteral("https://bb.example.com:8080/rest/slack/latest/action?x=:80")));
    QCOMPARE(fix.after.value(QStringLiteral("/settings/siws_links/initiate_uri")),
        QJsonValue(QStringLiteral("https://[::1]/siws")));
}

void TestManifestFix::httpsDoesNotRepeatARedirectUrl()
{
    const SlackManifest manifest = fromJson(R"({"oauth_config": {"redirect_urls": [
        "https://bb.example.com/oauth", "http://bb.example.com/oauth",
        "http://x.example.com/cb"]}})");
    const ManifestFix fix = ManifestFix::make(Kind::MakeUrlsHttps, manifest, requirements());
    QCOMPARE(fix.after.redirectUrls(),
        QStringList({QStringLiteral("https://bb.example.com/oauth"),
            QStringLiteral("https://x.example.com/cb")}));
    QCOMPARE(fix.changes,
        Changes({changed("/oauth_config/redirect_urls/1", text("http://bb.example.com/oauth"),
                     text("https://x.example.com/cb")),
            removed("/oauth_config/redirect_urls/2", text("http://x.example.com/cb"))}));
}

void TestManifestFix::redirectUrlsKeepTheAdminsSpelling()
{
    const QString spelled =
        QStringLiteral("https://BITBUCKET.example.com:443/bitbucket/rest/slack/latest/oauth");
    SlackManifest manifest = load("healthy.json");
    manifest.setValue(QStringLiteral("/oauth_config/redirect_urls"),
        QJsonArray {loopback, QStringLiteral("https://other.example.com/x"), spelled});
    const ManifestFix fix = ManifestFix::make(Kind::AddRedirectUrls, manifest, requirements());
    QCOMPARE(fix.after.redirectUrls(),
        QStringList({spelled, loopback, QStringLiteral("https://other.example.com/x")}));
}

void TestManifestFix::redirectUrlsOfAnHttpBitbucketAreNotAdded()
{
    SlackRequirements wanted = requirements();
    wanted.bitbucketBaseUrl = QUrl(QStringLiteral("http://bitbucket.example.com/bitbucket"));
    SlackManifest manifest = load("healthy.json");
    manifest.setValue(QStringLiteral("/oauth_config/redirect_urls"), QJsonArray());
    const ManifestFix fix = ManifestFix::make(Kind::AddRedirectUrls, manifest, wanted);
    QCOMPARE(fix.after.redirectUrls(), QStringList {loopback});
}

void TestManifestFix::withoutBitbucketOnlyTheProgramIsAdded()
{
    SlackRequirements wanted;
    wanted.programRedirectUri = loopback;
    const SlackManifest manifest = load("every-fault.json");
    QVERIFY(ManifestFix::make(Kind::PointRequestUrls, manifest, wanted).isNoOp());
    const ManifestFix fix = ManifestFix::make(Kind::AddRedirectUrls, manifest, wanted);
    QCOMPARE(fix.changes, Changes {added("/oauth_config/redirect_urls/2", loopback)});
}

void TestManifestFix::scopesAreCreatedWhenAbsent()
{
    const SlackManifest manifest = fromJson(R"({"display_information": {"name": "x"}})");
    const ManifestFix fix = ManifestFix::make(Kind::AddMissingScopes, manifest, requirements());
    QCOMPARE(fix.changes,
        Changes({added("/oauth_config/scopes/bot/0", text("users:read")),
            added("/oauth_config/scopes/user/0", text("links:write"))}));
}

void TestManifestFix::nullManifestHasNothingToFix()
{
    QVERIFY(ManifestFix::available(SlackManifest(), requirements()).isEmpty());
    for (Kind kind : allKinds)
        QVERIFY(ManifestFix::make(kind, SlackManifest(), requirements()).after.isNull());
}

QTEST_GUILESS_MAIN(TestManifestFix)
#include "tst_manifestfix.moc"
