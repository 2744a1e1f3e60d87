#include "slack/SlackChecks.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using Status = CheckResult::Status;
namespace Id = SlackChecks::Id;

namespace {

const QString base = QStringLiteral("https://bitbucket.example.com/bitbucket");
const QString rest = base + QStringLiteral("/rest/slack/latest");
const QString loopback = QStringLiteral("https://127.0.0.1:53682/workspace-connector/callback");

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

CheckResult resultOf(const QList<CheckResult> &results, const QString &id)
{
    for (const CheckResult &one : results) {
        if (one.id == id)
            return one;
    }
    return {};
}

CheckResult check(const SlackManifest &manifest, const QString &id,
    const SlackRequirements &wanted = requirements())
{
    return resultOf(SlackChecks::run(manifest, wanted), id);
}

SlackManifest healthyWith(const QString &pointer, const QJsonValue &value)
{
    SlackManifest manifest = load("healthy.json");
    manifest.setValue(pointer, value);
    return manifest;
}

void verifyMentions(const QString &text, const QStringList &parts)
{
    for (const QString &part : parts) {
        if (!text.contains(part))
            QFAIL(qPrintable(QStringLiteral("\"%1\" does not mention \"%2\"").arg(text, part)));
    }
}

} // namespace

class TestSlackChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void idsAndTitles();
    void healthyManifestsPass_data();
    void healthyManifestsPass();
    void everyFaultFailsEveryCheck();
    void urlsHttpsNamesEachField();
    void urlsHttpsWithoutScheme();
    void requestUrls_data();
    void requestUrls();
    void redirectUrls_data();
    void redirectUrls();
    void redirectUrlsOfAnHttpBitbucket();
    void tokenRotation();
    void scopes_data();
    void scopes();
    void withoutBitbucketTheUrlChecksSkip();
    void withoutManifestEverythingSkips();
    void secretsInUrlsAreNotShown();
};

void TestSlackChecks::idsAndTitles()
{
    const QStringList ids = SlackChecks::checkIds();
    QCOMPARE(ids,
        QStringList({QStringLiteral("slack.urls-https"), QStringLiteral("slack.request-urls"),
            QStringLiteral("slack.redirect-urls"), QStringLiteral("slack.token-rotation"),
            QStringLiteral("slack.scopes")}));
    QSet<QString> titles;
    for (const QString &id : ids)
        titles.insert(SlackChecks::title(id));
    QCOMPARE(titles.size(), ids.size());
    QVERIFY(!titles.contains(QString()));
    QVERIFY(SlackChecks::title(QStringLiteral("slack.unknown")).isEmpty());

    QStringList order;
    for (const CheckResult &result : SlackChecks::run(load("healthy.json"), requirements()))
        order.append(result.id);
    QCOMPARE(order, ids);
}

void TestSlackChecks::healthyManifestsPass_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("json") << "healthy.json";
    QTest::newRow("yaml") << "healthy.yaml";
}

void TestSlackChecks::healthyManifestsPass()
{
    QFETCH(QString, file);
    for (const CheckResult &result : SlackChecks::run(load(qPrintable(file)), requirements())) {
        QVERIFY2(result.status == Status::Pass,
            qPrintable(result.id + QStringLiteral(": ") + result.summary + u'\n' + result.detail));
        QVERIFY(!result.summary.isEmpty());
        QVERIFY(result.fix.isEmpty());
    }
}

void TestSlackChecks::everyFaultFailsEveryCheck()
{
    const QList<CheckResult> results = SlackChecks::run(load("every-fault.json"), requirements());
    QCOMPARE(results.size(), 5);
    for (const CheckResult &result : results) {
        QVERIFY2(result.status == Status::Fail, qPrintable(result.id));
        QVERIFY(!result.summary.isEmpty());
        QVERIFY(!result.detail.isEmpty());
        QVERIFY(!result.fix.isEmpty());
    }

    const CheckResult request = resultOf(results, QString(Id::requestUrls));
    verifyMentions(request.detail,
        {QStringLiteral("Socket Mode is on"),
            QStringLiteral("/settings/event_subscriptions/request_url: "
                           "http://bitbucket.example.com/bitbucket/rest/slack/latest/"
                           "event differs in scheme (http instead of https)"),
            QStringLiteral("/settings/interactivity/request_url"),
            QStringLiteral("port (8443 instead of 443)"),
            QStringLiteral("/features/slash_commands/0/url"),
            QStringLiteral("context path (none instead of /bitbucket)"),
            QStringLiteral("/features/slash_commands/1/url")});
    verifyMentions(request.fix,
        {QStringLiteral("“Point request URLs at this Bitbucket”"), rest + QStringLiteral("/event"),
            rest + QStringLiteral("/action"), rest + QStringLiteral("/command"),
            QStringLiteral("Socket Mode")});

    const CheckResult redirect = resultOf(results, QString(Id::redirectUrls));
    // Without the English translation loaded, plurals read "address(es)".
    QVERIFY2(
        redirect.summary.startsWith(QStringLiteral("2 address")), qPrintable(redirect.summary));
    verifyMentions(redirect.detail,
        {rest + QStringLiteral("/oauth is not covered"),
            loopback + QStringLiteral(" is not covered"),
            QStringLiteral("The first Redirect URL is http://localhost:5000/oauth")});
    QVERIFY(!redirect.detail.contains(QStringLiteral("T00000000 is not covered")));
    verifyMentions(redirect.fix,
        {QStringLiteral("“Add this Redirect URL”"), rest + QStringLiteral("/oauth first")});

    verifyMentions(resultOf(results, QString(Id::tokenRotation)).fix,
        {QStringLiteral("“Turn off token rotation”")});
    const CheckResult scopes = resultOf(results, QString(Id::scopes));
    verifyMentions(scopes.detail, {QStringLiteral("users:read"), QStringLiteral("links:write")});
    verifyMentions(scopes.fix,
        {QStringLiteral("“Add missing scopes”"), QStringLiteral("users:read, links:write")});
}

void TestSlackChecks::urlsHttpsNamesEachField()
{
    const CheckResult result = check(load("every-fault.json"), QString(Id::urlsHttps));
    QCOMPARE(result.status, Status::Fail);
    QVERIFY2(result.summary.startsWith(QStringLiteral("4 URL")), qPrintable(result.summary));
    verifyMentions(result.detail,
        {QStringLiteral("/features/slash_commands/1/url: http://bitbucket.example.com/"),
            QStringLiteral("/oauth_config/redirect_urls/0: http://localhost:5000/oauth"),
            QStringLiteral("/settings/event_subscriptions/request_url: http://"),
            QStringLiteral("/settings/interactivity/message_menu_options_url: http://")});
    QVERIFY(!result.detail.contains(QStringLiteral("/features/slash_commands/0/url")));
    QVERIFY(!result.detail.contains(QStringLiteral("/settings/interactivity/request_url")));
    verifyMentions(result.fix, {QStringLiteral("“Make all URLs HTTPS”")});

    const CheckResult healthy = check(load("healthy.json"), QString(Id::urlsHttps));
    QVERIFY2(healthy.summary.startsWith(QStringLiteral("All 5 URL")), qPrintable(healthy.summary));
}

void TestSlackChecks::urlsHttpsWithoutScheme()
{
    const CheckResult result = check(healthyWith(QStringLiteral("/oauth_config/redirect_urls/2"),
                                         QStringLiteral("localhost:5000/callback")),
        QString(Id::urlsHttps));
    QCOMPARE(result.status, Status::Fail);
    verifyMentions(
        result.detail, {QStringLiteral("/oauth_config/redirect_urls/2: localhost:5000")});
    // The button only rewrites http://, so it is not offered for this one.
    QVERIFY(!result.fix.contains(QStringLiteral("Make all URLs HTTPS")));
    verifyMentions(
        result.fix, {QStringLiteral("/oauth_config/redirect_urls/2"), QStringLiteral("https://")});
}

void TestSlackChecks::requestUrls_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("passes");
    QTest::addColumn<QStringList>("mentions");

    const QString event = QStringLiteral("/settings/event_subscriptions/request_url");
    const QString action = QStringLiteral("/settings/interactivity/request_url");
    const QString command = QStringLiteral("/features/slash_commands/0/url");
    const auto url = [](const char *text) {
        return QJsonValue(QString::fromUtf8(text));
    };

    QTest::newRow("host case")
        << event << url("https://Bitbucket.Example.com/bitbucket/rest/slack/latest/event") << true
        << QStringList();
    QTest::newRow("explicit :443") << action
                                   << url("https://bitbucket.example.com:443/bitbucket/rest/slack/"
                                          "latest/action")
                                   << true << QStringList();
    QTest::newRow("query ignored") << command
                                   << url("https://bitbucket.example.com/bitbucket/rest/slack/"
                                          "latest/command?from=slack")
                                   << true << QStringList();
    QTest::newRow("scheme") << event
                            << url("http://bitbucket.example.com/bitbucket/rest/slack/latest/event")
                            << false
                            << QStringList {QStringLiteral("scheme (http instead of https)")};
    QTest::newRow("host") << action
                          << url("https://git.example.com/bitbucket/rest/slack/latest/action")
                          << false
                          << QStringList {QStringLiteral(
                                 "host (git.example.com instead of bitbucket.example.com)")};
    QTest::newRow("port") << command
                          << url("https://bitbucket.example.com:7990/bitbucket/rest/slack/latest/"
                                 "command")
                          << false << QStringList {QStringLiteral("port (7990 instead of 443)")};
    QTest::newRow("context path") << event
                                  << url("https://bitbucket.example.com/bb/rest/slack/latest/event")
                                  << false
                                  << QStringList {QStringLiteral(
                                         "context path (/bb instead of /bitbucket)")};
    QTest::newRow("endpoint path")
        << event
        << url("https://bitbucket.example.com/bitbucket/rest/slack/"
               "latest/events")
        << false
        << QStringList {QStringLiteral("path (/bitbucket/rest/slack/latest/events instead of "
                                       "/bitbucket/rest/slack/latest/event)")};
    QTest::newRow("action sent to the event endpoint")
        << action << url("https://bitbucket.example.com/bitbucket/rest/slack/latest/event") << false
        << QStringList {QStringLiteral("path (")};
    QTest::newRow("several parts")
        << command << url("http://old.example.com:8080/rest/slack/latest/command") << false
        << QStringList {QStringLiteral("scheme"), QStringLiteral("host"),
               QStringLiteral("port (8080 instead of 443)"), QStringLiteral("context path")};
    QTest::newRow("event URL missing") << event << QJsonValue(QJsonValue::Undefined) << false
                                       << QStringList {event + QStringLiteral(" is missing")};
    QTest::newRow("interactivity off")
        << QStringLiteral("/settings/interactivity/is_enabled") << QJsonValue(false) << false
        << QStringList {QStringLiteral("Interactivity is off")};
    QTest::newRow("socket mode") << QStringLiteral("/settings/socket_mode_enabled")
                                 << QJsonValue(true) << false
                                 << QStringList {QStringLiteral("Socket Mode is on")};
}

void TestSlackChecks::requestUrls()
{
    QFETCH(QString, pointer);
    QFETCH(QJsonValue, value);
    QFETCH(bool, passes);
    QFETCH(QStringList, mentions);

    const CheckResult result = check(healthyWith(pointer, value), QString(Id::requestUrls));
    QCOMPARE(result.status, passes ? Status::Pass : Status::Fail);
    verifyMentions(result.detail, mentions);
    if (!passes)
        verifyMentions(result.detail, {pointer});
}

void TestSlackChecks::redirectUrls_data()
{
    QTest::addColumn<QStringList>("urls");
    QTest::addColumn<QString>("program");
    QTest::addColumn<bool>("passes");
    QTest::addColumn<QStringList>("mentions");

    const QString install = rest + QStringLiteral("/oauth");
    QTest::newRow("install endpoint and loopback")
        << QStringList {install, loopback} << loopback << true << QStringList {};
    QTest::newRow("install endpoint spelled with :443 and case") << QStringList {
        QStringLiteral("https://BITBUCKET.example.com:443/bitbucket/rest/slack/latest/oauth"),
        loopback} << loopback << true << QStringList {};
    QTest::newRow("install endpoint second")
        << QStringList {loopback, install} << loopback << false
        << QStringList {QStringLiteral("The first Redirect URL is ") + loopback};
    QTest::newRow("a parent first covers but is not the install endpoint")
        << QStringList {rest, loopback} << loopback << false
        << QStringList {QStringLiteral("The first Redirect URL is ") + rest};
    QTest::newRow("program not covered") << QStringList {
        install} << loopback << false << QStringList {loopback + QStringLiteral(" is not covered")};
    QTest::newRow("paste mode page covered by a parent")
        << QStringList {install, QStringLiteral("https://tools.example.com/slack")}
        << "https://tools.example.com/slack/done" << true << QStringList {};
    QTest::newRow("no program redirect URI yet")
        << QStringList {install} << "" << true << QStringList {};
    QTest::newRow("account links not covered")
        << QStringList {install + QStringLiteral("/begin"), loopback} << loopback << false
        << QStringList {QStringLiteral("T00000000 is not covered"),
               QStringLiteral("oauth/redirect/T00000000 is not covered")};
    QTest::newRow("none") << QStringList {} << loopback << false
                          << QStringList {QStringLiteral("no Redirect URLs")};
}

void TestSlackChecks::redirectUrls()
{
    QFETCH(QStringList, urls);
    QFETCH(QString, program);
    QFETCH(bool, passes);
    QFETCH(QStringList, mentions);

    SlackRequirements wanted = requirements();
    wanted.programRedirectUri = program;
    const CheckResult result = check(healthyWith(QStringLiteral("/oauth_config/redirect_urls"),
                                         QJsonArray::fromStringList(urls)),
        QString(Id::redirectUrls), wanted);
    QVERIFY2(result.status == (passes ? Status::Pass : Status::Fail), qPrintable(result.detail));
    verifyMentions(result.detail, mentions);
    if (!passes)
        verifyMentions(result.fix, {QStringLiteral("“Add this Redirect URL”")});
}

void TestSlackChecks::redirectUrlsOfAnHttpBitbucket()
{
    SlackRequirements wanted = requirements();
    wanted.bitbucketBaseUrl = QUrl(QStringLiteral("http://bitbucket.example.com/bitbucket"));
    const CheckResult result = check(load("healthy.json"), QString(Id::redirectUrls), wanted);
    QCOMPARE(result.status, Status::Fail);
    verifyMentions(result.detail, {QStringLiteral("uses http")});
    // Adding an http Redirect URL cannot help: the fix is Bitbucket's base URL.
    verifyMentions(result.fix,
        {QStringLiteral("http://bitbucket.example.com/bitbucket/rest/slack/"
                        "latest/oauth"),
            QStringLiteral("base URL")});
}

void TestSlackChecks::tokenRotation()
{
    const CheckResult on =
        check(healthyWith(QStringLiteral("/settings/token_rotation_enabled"), true),
            QString(Id::tokenRotation));
    QCOMPARE(on.status, Status::Fail);
    verifyMentions(on.detail, {QStringLiteral("12 hours"), QStringLiteral("refresh token")});

    const CheckResult absent = check(
        healthyWith(QStringLiteral("/settings/token_rotation_enabled"), QJsonValue::Undefined),
        QString(Id::tokenRotation));
    QCOMPARE(absent.status, Status::Pass);
}

void TestSlackChecks::scopes_data()
{
    QTest::addColumn<QStringList>("bot");
    QTest::addColumn<QStringList>("user");
    QTest::addColumn<Status>("status");
    QTest::addColumn<QStringList>("mentions");

    const QString usersRead = QStringLiteral("users:read");
    const QString linksWrite = QStringLiteral("links:write");
    const QString chatWrite = QStringLiteral("chat:write");
    QTest::newRow("all there") << QStringList {chatWrite, usersRead} << QStringList {linksWrite}
                               << Status::Pass << QStringList {};
    QTest::newRow("no users:read")
        << QStringList {chatWrite} << QStringList {linksWrite} << Status::Fail
        << QStringList {QStringLiteral("bot scopes lack users:read")};
    QTest::newRow("no user scopes at all")
        << QStringList {usersRead} << QStringList {} << Status::Fail
        << QStringList {QStringLiteral("no user scopes"), linksWrite};
    QTest::newRow("other user scopes only")
        << QStringList {usersRead} << QStringList {QStringLiteral("channels:read")} << Status::Warn
        << QStringList {
               QStringLiteral("user scopes lack links:write"), QStringLiteral("chat.unfurl")};
    QTest::newRow("users:read as a user scope does not count")
        << QStringList {chatWrite} << QStringList {usersRead, linksWrite} << Status::Fail
        << QStringList {QStringLiteral("bot scopes lack users:read")};
}

void TestSlackChecks::scopes()
{
    QFETCH(QStringList, bot);
    QFETCH(QStringList, user);
    QFETCH(Status, status);
    QFETCH(QStringList, mentions);

    SlackManifest manifest =
        healthyWith(QStringLiteral("/oauth_config/scopes/bot"), QJsonArray::fromStringList(bot));
    manifest.setValue(
        QStringLiteral("/oauth_config/scopes/user"), QJsonArray::fromStringList(user));
    const CheckResult result = check(manifest, QString(Id::scopes));
    QCOMPARE(result.status, status);
    verifyMentions(result.detail, mentions);
    if (status != Status::Pass)
        verifyMentions(result.fix, {QStringLiteral("“Add missing scopes”")});
}

void TestSlackChecks::withoutBitbucketTheUrlChecksSkip()
{
    SlackRequirements wanted;
    wanted.programRedirectUri = loopback;
    const QList<CheckResult> results = SlackChecks::run(load("every-fault.json"), wanted);
    QCOMPARE(resultOf(results, QString(Id::requestUrls)).status, Status::Skip);
    QCOMPARE(resultOf(results, QString(Id::redirectUrls)).status, Status::Skip);
    verifyMentions(
        resultOf(results, QString(Id::redirectUrls)).summary, {QStringLiteral("base URL")});
    QCOMPARE(resultOf(results, QString(Id::urlsHttps)).status, Status::Fail);
    QCOMPARE(resultOf(results, QString(Id::tokenRotation)).status, Status::Fail);
}

void TestSlackChecks::withoutManifestEverythingSkips()
{
    const QList<CheckResult> results = SlackChecks::run(SlackManifest(), requirements());
    QCOMPARE(results.size(), 5);
    for (const CheckResult &result : results) {
        QCOMPARE(result.status, Status::Skip);
        QVERIFY(!result.summary.isEmpty());
    }

    const QString reason = QStringLiteral("No app configuration token and no manifest file.");
    const QList<CheckResult> skipped = SlackChecks::skipped(reason);
    QStringList ids;
    for (const CheckResult &result : skipped) {
        QCOMPARE(result.status, Status::Skip);
        QCOMPARE(result.summary, reason);
        ids.append(result.id);
    }
    QCOMPARE(ids, SlackChecks::checkIds());
}

void TestSlackChecks::secretsInUrlsAreNotShown()
{
    const QString secret = QStringLiteral("xoxb-1234567890-abcdefghijkl");
    const QString url = QStringLiteral("http://hooks.example.com/in?token=") + secret;
    const CheckResult result =
        check(healthyWith(QStringLiteral("/features/future/webhook"), url), QString(Id::urlsHttps));
    QCOMPARE(result.status, Status::Fail);
    verifyMentions(result.detail, {QStringLiteral("/features/future/webhook")});
    QVERIFY(!result.detail.contains(secret));
}

QTEST_GUILESS_MAIN(TestSlackChecks)
#include "tst_slackchecks.moc"
