#include "slack/SlackManifest.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using UrlFields = QList<SlackManifest::UrlField>;

namespace {

QString dataFile(const char *name)
{
    return QStringLiteral(SLACK_TEST_DATA "/") + QString::fromUtf8(name);
}

SlackManifest load(const char *name)
{
    QString error;
    const SlackManifest manifest = SlackManifest::fromFile(dataFile(name), &error);
    if (manifest.isNull())
        qWarning("%s", qPrintable(error));
    return manifest;
}

SlackManifest fromJson(const char *json)
{
    return SlackManifest(QJsonDocument::fromJson(QByteArray(json)).object());
}

} // namespace

class TestSlackManifest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheHealthyJsonFile();
    void yamlAndJsonFilesAreTheSameManifest_data();
    void yamlAndJsonFilesAreTheSameManifest();
    void toJsonReadsBack();
    void yamlScalars_data();
    void yamlScalars();
    void yamlStructures();
    void errorsNameLineAndColumn_data();
    void errorsNameLineAndColumn();
    void unwrapsAnExportAnswer();
    void skipsAByteOrderMark();
    void fromFileNamesTheFile();
    void pointerValues_data();
    void pointerValues();
    void pointerTokensRoundTrip_data();
    void pointerTokensRoundTrip();
    void setValueReplacesAndCreates();
    void setValueArrays();
    void setValueRemoves();
    void setValueRefusesWhatItCannotPlace();
    void urlFieldsFindsEveryKind();
    void urlFieldsOfTheDataFiles();
    void accessorsOfAnEmptyManifest();
};

void TestSlackManifest::readsTheHealthyJsonFile()
{
    const SlackManifest manifest = load("healthy.json");
    QVERIFY(!manifest.isNull());
    QCOMPARE(manifest.appName(), QStringLiteral("Bitbucket"));
    QCOMPARE(manifest.redirectUrls(),
        QStringList(
            {QStringLiteral("https://bitbucket.example.com/bitbucket/rest/slack/latest/oauth"),
                QStringLiteral("https://127.0.0.1:53682/workspace-connector/callback")}));
    QVERIFY(manifest.botScopes().contains(QStringLiteral("users:read")));
    QCOMPARE(manifest.botScopes().size(), 10);
    QCOMPARE(manifest.userScopes(), QStringList {QStringLiteral("links:write")});
    QVERIFY(!manifest.tokenRotationEnabled());
    QVERIFY(!manifest.socketModeEnabled());
    QCOMPARE(manifest.value(QStringLiteral("/_metadata/major_version")), QJsonValue(1));
}

void TestSlackManifest::yamlAndJsonFilesAreTheSameManifest_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("yaml");
    QTest::newRow("healthy") << dataFile("healthy.json") << dataFile("healthy.yaml");
}

void TestSlackManifest::yamlAndJsonFilesAreTheSameManifest()
{
    QFETCH(QString, json);
    QFETCH(QString, yaml);
    QString error;
    const SlackManifest fromJson = SlackManifest::fromFile(json, &error);
    QVERIFY2(!fromJson.isNull(), qPrintable(error));
    const SlackManifest fromYaml = SlackManifest::fromFile(yaml, &error);
    QVERIFY2(!fromYaml.isNull(), qPrintable(error));
    QCOMPARE(fromYaml.toJson(), fromJson.toJson());
    QVERIFY(fromYaml == fromJson);
}

void TestSlackManifest::toJsonReadsBack()
{
    const SlackManifest manifest = load("every-fault.json");
    QVERIFY(!manifest.isNull());
    QString error;
    const SlackManifest again = SlackManifest::parse(manifest.toJson(), &error);
    QVERIFY2(again == manifest, qPrintable(error));
    QVERIFY(error.isEmpty());
}

void TestSlackManifest::yamlScalars_data()
{
    QTest::addColumn<QByteArray>("scalar");
    QTest::addColumn<QJsonValue>("expected");

    QTest::newRow("true") << QByteArray("true") << QJsonValue(true);
    QTest::newRow("False") << QByteArray("False") << QJsonValue(false);
    QTest::newRow("TRUE") << QByteArray("TRUE") << QJsonValue(true);
    QTest::newRow("quoted true") << QByteArray("'true'") << QJsonValue(QStringLiteral("true"));
    QTest::newRow("yes stays text") << QByteArray("yes") << QJsonValue(QStringLiteral("yes"));
    QTest::newRow("off stays text") << QByteArray("off") << QJsonValue(QStringLiteral("off"));
    QTest::newRow("integer") << QByteArray("42") << QJsonValue(42);
    QTest::newRow("negative") << QByteArray("-3") << QJsonValue(-3);
    QTest::newRow("leading zeros") << QByteArray("007") << QJsonValue(7);
    QTest::newRow("hex") << QByteArray("0x1F") << QJsonValue(31);
    QTest::newRow("octal") << QByteArray("0o17") << QJsonValue(15);
    QTest::newRow("float") << QByteArray("1.5") << QJsonValue(1.5);
    QTest::newRow("exponent") << QByteArray("2e3") << QJsonValue(2000);
    QTest::newRow("quoted number") << QByteArray("\"42\"") << QJsonValue(QStringLiteral("42"));
    QTest::newRow("infinity stays text")
        << QByteArray(".inf") << QJsonValue(QStringLiteral(".inf"));
    QTest::newRow("null") << QByteArray("null") << QJsonValue(QJsonValue::Null);
    QTest::newRow("tilde") << QByteArray("~") << QJsonValue(QJsonValue::Null);
    QTest::newRow("nothing") << QByteArray("") << QJsonValue(QJsonValue::Null);
    QTest::newRow("quoted null") << QByteArray("'null'") << QJsonValue(QStringLiteral("null"));
    QTest::newRow("quoted empty") << QByteArray("''") << QJsonValue(QString());
    QTest::newRow("team id") << QByteArray("T0123ABC") << QJsonValue(QStringLiteral("T0123ABC"));
    QTest::newRow("time stays text") << QByteArray("12:30") << QJsonValue(QStringLiteral("12:30"));
    QTest::newRow("url") << QByteArray("https://h.example.com/a?b=c")
                         << QJsonValue(QStringLiteral("https://h.example.com/a?b=c"));
    QTest::newRow("hash quoted") << QByteArray("\"#205081\"")
                                 << QJsonValue(QStringLiteral("#205081"));
    QTest::newRow("explicit str tag") << QByteArray("!!str 12") << QJsonValue(QStringLiteral("12"));
    QTest::newRow("explicit int tag") << QByteArray("!!int 12") << QJsonValue(12);
    QTest::newRow("unicode") << QByteArray("\"B\\u00fccher\"")
                             << QJsonValue(QString::fromUtf8("Bücher"));
}

void TestSlackManifest::yamlScalars()
{
    QFETCH(QByteArray, scalar);
    QFETCH(QJsonValue, expected);
    QString error;
    const SlackManifest manifest = SlackManifest::parse("name: x\nvalue: " + scalar + '\n', &error);
    QVERIFY2(!manifest.isNull(), qPrintable(error));
    QCOMPARE(manifest.value(QStringLiteral("/value")), expected);
}

void TestSlackManifest::yamlStructures()
{
    const QByteArray yaml = "settings:\n"
                            "  list: [a, 'b', 3]\n"
                            "  block: |\n"
                            "    line one\n"
                            "    line two\n"
                            "  nested:\n"
                            "    - name: one\n"
                            "      on: true\n"
                            "    - &second\n"
                            "      name: two\n"
                            "  copy: *second\n"
                            "  empty_list: []\n"
                            "  empty_map: {}\n";
    QString error;
    const SlackManifest manifest = SlackManifest::parse(yaml, &error);
    QVERIFY2(!manifest.isNull(), qPrintable(error));
    QCOMPARE(manifest.value(QStringLiteral("/settings/list")),
        QJsonValue(QJsonArray {QStringLiteral("a"), QStringLiteral("b"), 3}));
    QCOMPARE(manifest.value(QStringLiteral("/settings/block")),
        QJsonValue(QStringLiteral("line one\nline two\n")));
    QCOMPARE(manifest.value(QStringLiteral("/settings/nested/0/on")), QJsonValue(true));
    QCOMPARE(
        manifest.value(QStringLiteral("/settings/copy/name")), QJsonValue(QStringLiteral("two")));
    QCOMPARE(manifest.value(QStringLiteral("/settings/empty_list")), QJsonValue(QJsonArray()));
    QCOMPARE(manifest.value(QStringLiteral("/settings/empty_map")), QJsonValue(QJsonObject()));
}

void TestSlackManifest::errorsNameLineAndColumn_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("mentions");

    QTest::newRow("yaml: unclosed list") << QByteArray("name: x\nlist: [1,\nother: 2\n")
                                         << QStringList {QStringLiteral("Line 4, column 1")};
    QTest::newRow("yaml: duplicate key")
        << QByteArray("name: x\nsettings:\n  a: 1\n  a: 2\n")
        << QStringList {QStringLiteral("Line 4, column 3"), QStringLiteral("“a”")};
    QTest::newRow("yaml: bad indentation") << QByteArray("name: x\nsettings:\n  a: 1\n b: 2\n")
                                           << QStringList {QStringLiteral("Line 4, column 2")};
    QTest::newRow("yaml: two colons")
        << QByteArray("name: x\na: b: c\n") << QStringList {QStringLiteral("Line 2, column 5")};
    QTest::newRow("yaml: a list") << QByteArray("- a\n- b\n")
                                  << QStringList {QStringLiteral("mapping")};
    QTest::newRow("yaml: a word") << QByteArray("manifest\n")
                                  << QStringList {QStringLiteral("mapping")};
    QTest::newRow("json: missing value") << QByteArray("{\n  \"name\": \"x\",\n  \"b\": }\n")
                                         << QStringList {QStringLiteral("Line 3, column 8")};
    QTest::newRow("json: missing colon")
        << QByteArray("{\"a\" 1}") << QStringList {QStringLiteral("Line 1, column 6")};
    QTest::newRow("json: unterminated")
        << QByteArray("{\"name\": \"x\"") << QStringList {QStringLiteral("Line 1")};
    QTest::newRow("json: an array")
        << QByteArray("[1, 2]") << QStringList {QStringLiteral("JSON object")};
    QTest::newRow("empty") << QByteArray(" \n ") << QStringList {QStringLiteral("empty")};
    QTest::newRow("no fields") << QByteArray("{}") << QStringList {QStringLiteral("no fields")};
}

void TestSlackManifest::errorsNameLineAndColumn()
{
    QFETCH(QByteArray, text);
    QFETCH(QStringList, mentions);
    QString error;
    const SlackManifest manifest = SlackManifest::parse(text, &error);
    QVERIFY(manifest.isNull());
    for (const QString &part : mentions)
        QVERIFY2(error.contains(part), qPrintable(error));
}

void TestSlackManifest::unwrapsAnExportAnswer()
{
    QString error;
    const SlackManifest manifest = SlackManifest::parse(
        R"({"ok": true, "manifest": {"display_information": {"name": "Bitbucket"}}})", &error);
    QCOMPARE(manifest.appName(), QStringLiteral("Bitbucket"));
    QVERIFY(manifest.value(QStringLiteral("/ok")).isUndefined());
}

void TestSlackManifest::skipsAByteOrderMark()
{
    QString error;
    const SlackManifest json = SlackManifest::parse("\xEF\xBB\xBF{\"a\": 1}", &error);
    QCOMPARE(json.value(QStringLiteral("/a")), QJsonValue(1));
    const SlackManifest yaml = SlackManifest::parse("\xEF\xBB\xBF"
                                                    "a: 1\n",
        &error);
    QCOMPARE(yaml.value(QStringLiteral("/a")), QJsonValue(1));
}

void TestSlackManifest::fromFileNamesTheFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString missing = dir.filePath(QStringLiteral("missing.yaml"));
    QString error;
    QVERIFY(SlackManifest::fromFile(missing, &error).isNull());
    QVERIFY2(error.contains(QStringLiteral("missing.yaml")), qPrintable(error));

    const QString broken = dir.filePath(QStringLiteral("broken.yaml"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("a: [\n");
    file.close();
    QVERIFY(SlackManifest::fromFile(broken, &error).isNull());
    QVERIFY2(
        error.contains(QStringLiteral("broken.yaml")) && error.contains(QStringLiteral("Line")),
        qPrintable(error));
}

void TestSlackManifest::pointerValues_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QJsonValue>("expected");

    QTest::newRow("member") << "/name" << QJsonValue(QStringLiteral("app"));
    QTest::newRow("slash escaped") << "/a~1b" << QJsonValue(1);
    QTest::newRow("tilde escaped") << "/m~0n" << QJsonValue(2);
    QTest::newRow("tilde then one") << "/~01" << QJsonValue(3);
    QTest::newRow("empty key") << "/" << QJsonValue(4);
    QTest::newRow("array index") << "/list/1/url" << QJsonValue(QStringLiteral("https://b"));
    QTest::newRow("leading zero is no index") << "/list/01" << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("past the end") << "/list/2" << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("dash reads nothing") << "/list/-" << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("missing") << "/nothing/here" << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("through a scalar") << "/name/x" << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("not a pointer") << "name" << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("null value") << "/nothing" << QJsonValue(QJsonValue::Null);
}

void TestSlackManifest::pointerValues()
{
    QFETCH(QString, pointer);
    QFETCH(QJsonValue, expected);
    const SlackManifest manifest = fromJson(R"({"name": "app", "a/b": 1, "m~n": 2, "~1": 3,
        "": 4, "nothing": null, "list": [{"url": "https://a"}, {"url": "https://b"}]})");
    QCOMPARE(manifest.value(pointer), expected);
}

void TestSlackManifest::pointerTokensRoundTrip_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QStringList>("tokens");
    QTest::newRow("root") << "" << QStringList();
    QTest::newRow("plain") << "/settings/interactivity/request_url"
                           << QStringList {QStringLiteral("settings"),
                                  QStringLiteral("interactivity"), QStringLiteral("request_url")};
    QTest::newRow("escapes") << "/a~1b/m~0n/~01"
                             << QStringList {QStringLiteral("a/b"), QStringLiteral("m~n"),
                                    QStringLiteral("~1")};
    QTest::newRow("empty token") << "/" << QStringList {QString()};
}

void TestSlackManifest::pointerTokensRoundTrip()
{
    QFETCH(QString, pointer);
    QFETCH(QStringList, tokens);
    QCOMPARE(SlackManifest::pointerTokens(pointer), tokens);
    QCOMPARE(SlackManifest::pointerFrom(tokens), pointer);
}

void TestSlackManifest::setValueReplacesAndCreates()
{
    SlackManifest manifest = fromJson(R"({"settings": {"interactivity": {"is_enabled": false}}})");
    manifest.setValue(QStringLiteral("/settings/interactivity/is_enabled"), true);
    manifest.setValue(QStringLiteral("/settings/event_subscriptions/request_url"),
        QStringLiteral("https://bb/event"));
    manifest.setValue(QStringLiteral("/a~1b/m~0n"), 5);
    const SlackManifest expected = fromJson(R"({"settings": {"interactivity":
        {"is_enabled": true}, "event_subscriptions": {"request_url": "https://bb/event"}},
        "a/b": {"m~n": 5}})");
    QCOMPARE(manifest.json(), expected.json());

    manifest.setValue(QStringLiteral("/settings/interactivity/is_enabled/deeper"), 1);
    QCOMPARE(
        manifest.value(QStringLiteral("/settings/interactivity/is_enabled/deeper")), QJsonValue(1));
}

void TestSlackManifest::setValueArrays()
{
    SlackManifest manifest = fromJson(R"({"features": {"slash_commands": [
        {"command": "/a", "url": "http://x"}, {"command": "/b", "url": "http://y"}]}})");
    manifest.setValue(
        QStringLiteral("/features/slash_commands/1/url"), QStringLiteral("https://y"));
    manifest.setValue(QStringLiteral("/features/slash_commands/-"),
        QJsonObject {{QStringLiteral("command"), QStringLiteral("/c")}});
    manifest.setValue(QStringLiteral("/oauth_config/redirect_urls/0"), QStringLiteral("https://r"));
    manifest.setValue(QStringLiteral("/oauth_config/redirect_urls/1"), QStringLiteral("https://s"));
    const SlackManifest expected = fromJson(R"({"features": {"slash_commands": [
        {"command": "/a", "url": "http://x"}, {"command": "/b", "url": "https://y"},
        {"command": "/c"}]}, "oauth_config": {"redirect_urls": ["https://r", "https://s"]}})");
    QCOMPARE(manifest.json(), expected.json());
}

void TestSlackManifest::setValueRemoves()
{
    SlackManifest manifest = fromJson(R"({"a": 1, "b": [1, 2, 3]})");
    manifest.setValue(QStringLiteral("/a"), QJsonValue::Undefined);
    manifest.setValue(QStringLiteral("/b/1"), QJsonValue::Undefined);
    manifest.setValue(QStringLiteral("/c/d"), QJsonValue::Undefined);
    QCOMPARE(manifest.json(), fromJson(R"({"b": [1, 3]})").json());
}

void TestSlackManifest::setValueRefusesWhatItCannotPlace()
{
    const SlackManifest original = fromJson(R"({"list": [1, 2]})");
    SlackManifest manifest = original;
    manifest.setValue(QStringLiteral("/list/5"), 9);
    manifest.setValue(QStringLiteral("/list/name"), 9);
    manifest.setValue(QStringLiteral("/list/01"), 9);
    manifest.setValue(QStringLiteral("/fresh/3"), 9);
    manifest.setValue(QStringLiteral("list"), 9);
    QCOMPARE(manifest.json(), original.json());
}

void TestSlackManifest::urlFieldsFindsEveryKind()
{
    const SlackManifest manifest = fromJson(R"({
        "app_directory": {"direct_install_url": "https://a.example/install",
            "installation_landing_page": "https://a.example/landing",
            "privacy_policy_url": "http://a.example/privacy",
            "support_url": "https://a.example/support",
            "app_directory_categories": ["developer-tools"]},
        "display_information": {"name": "x",
            "long_description": "http://a.example is where we live, says this sentence"},
        "external_auth_providers": {"oauth2": [{"provider_key": "p",
            "options": {"authorization_url": "https://idp.example/authorize",
                        "token_url": "https://idp.example/token", "scope": ["a"]}}]},
        "features": {"slash_commands": [{"command": "/a", "url": "https://bb/command"},
                                        {"command": "/b", "url": "bb/command"}],
                     "unfurl_domains": ["bb.example.com"]},
        "future_feature": {"webhook": "HTTP://hooks.example/in"},
        "mcp_servers": {"main": {"url": "https://mcp.example/sse"}},
        "oauth_config": {"redirect_urls": ["https://bb/oauth", "localhost:5000/cb", 7]},
        "settings": {"event_subscriptions": {"request_url": "https://bb/event"},
            "interactivity": {"is_enabled": true, "request_url": "https://bb/action",
                "message_menu_options_url": "https://bb/options"},
            "siws_links": {"initiate_uri": "https://bb/siws"}}
    })");
    const UrlFields expected {
        {QStringLiteral("/app_directory/direct_install_url"),
            QStringLiteral("https://a.example/install")},
        {QStringLiteral("/app_directory/installation_landing_page"),
            QStringLiteral("https://a.example/landing")},
        {QStringLiteral("/app_directory/privacy_policy_url"),
            QStringLiteral("http://a.example/privacy")},
        {QStringLiteral("/app_directory/support_url"), QStringLiteral("https://a.example/support")},
        {QStringLiteral("/external_auth_providers/oauth2/0/options/authorization_url"),
            QStringLiteral("https://idp.example/authorize")},
        {QStringLiteral("/external_auth_providers/oauth2/0/options/token_url"),
            QStringLiteral("https://idp.example/token")},
        {QStringLiteral("/features/slash_commands/0/url"), QStringLiteral("https://bb/command")},
        {QStringLiteral("/features/slash_commands/1/url"), QStringLiteral("bb/command")},
        {QStringLiteral("/future_feature/webhook"), QStringLiteral("HTTP://hooks.example/in")},
        {QStringLiteral("/mcp_servers/main/url"), QStringLiteral("https://mcp.example/sse")},
        {QStringLiteral("/oauth_config/redirect_urls/0"), QStringLiteral("https://bb/oauth")},
        {QStringLiteral("/oauth_config/redirect_urls/1"), QStringLiteral("localhost:5000/cb")},
        {QStringLiteral("/settings/event_subscriptions/request_url"),
            QStringLiteral("https://bb/event")},
        {QStringLiteral("/settings/interactivity/message_menu_options_url"),
            QStringLiteral("https://bb/options")},
        {QStringLiteral("/settings/interactivity/request_url"),
            QStringLiteral("https://bb/action")},
        {QStringLiteral("/settings/siws_links/initiate_uri"), QStringLiteral("https://bb/siws")},
    };
    const UrlFields found = manifest.urlFields();
    for (int i = 0; i < qMax(found.size(), expected.size()); ++i) {
        QCOMPARE(found.value(i).pointer, expected.value(i).pointer);
        QCOMPARE(found.value(i).url, expected.value(i).url);
    }
    // Every pointer leads back to its value.
    for (const SlackManifest::UrlField &field : found)
        QCOMPARE(manifest.value(field.pointer).toString(), field.url);
}

void TestSlackManifest::urlFieldsOfTheDataFiles()
{
    const UrlFields healthy = load("healthy.json").urlFields();
    QCOMPARE(healthy.size(), 5);
    for (const SlackManifest::UrlField &field : healthy)
        QVERIFY2(field.url.startsWith(QLatin1String("https://")), qPrintable(field.pointer));

    QStringList plainHttp;
    for (const SlackManifest::UrlField &field : load("every-fault.json").urlFields()) {
        if (!field.url.startsWith(QLatin1String("https://")))
            plainHttp.append(field.pointer);
    }
    QCOMPARE(plainHttp,
        QStringList({QStringLiteral("/features/slash_commands/1/url"),
            QStringLiteral("/oauth_config/redirect_urls/0"),
            QStringLiteral("/settings/event_subscriptions/request_url"),
            QStringLiteral("/settings/interactivity/message_menu_options_url")}));
}

void TestSlackManifest::accessorsOfAnEmptyManifest()
{
    const SlackManifest manifest;
    QVERIFY(manifest.isNull());
    QVERIFY(manifest.redirectUrls().isEmpty());
    QVERIFY(manifest.botScopes().isEmpty());
    QVERIFY(manifest.userScopes().isEmpty());
    QVERIFY(!manifest.tokenRotationEnabled());
    QVERIFY(!manifest.socketModeEnabled());
    QVERIFY(manifest.appName().isEmpty());
    QVERIFY(manifest.urlFields().isEmpty());
    QCOMPARE(manifest.value(QString()), QJsonValue(QJsonObject()));
}

QTEST_GUILESS_MAIN(TestSlackManifest)
#include "tst_slackmanifest.moc"
