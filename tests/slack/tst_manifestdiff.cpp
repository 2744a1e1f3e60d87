#include "slack/ManifestDiff.h"
#include "slack/SlackManifest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using Kind = ManifestChange::Kind;
using Changes = QList<ManifestChange>;

Q_DECLARE_METATYPE(ManifestChange)

namespace {

SlackManifest fromJson(const char *json)
{
    const SlackManifest manifest(QJsonDocument::fromJson(QByteArray(json)).object());
    Q_ASSERT(!manifest.isNull());
    return manifest;
}

ManifestChange change(
    Kind kind, const char *pointer, const QJsonValue &before, const QJsonValue &after)
{
    return {kind, QString::fromUtf8(pointer), before, after};
}

ManifestChange changed(const char *pointer, const QJsonValue &before, const QJsonValue &after)
{
    return change(Kind::Changed, pointer, before, after);
}

ManifestChange added(const char *pointer, const QJsonValue &after)
{
    return change(Kind::Added, pointer, QJsonValue::Undefined, after);
}

ManifestChange removed(const char *pointer, const QJsonValue &before)
{
    return change(Kind::Removed, pointer, before, QJsonValue::Undefined);
}

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace

namespace QTest {
template<>
char *toString(const ManifestChange &change)
{
    return qstrdup(qPrintable(ManifestDiff::describe(change)));
}
} // namespace QTest

class TestManifestDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void compare_data();
    void compare();
    void addedAndRemovedMirrorEachOther();
    void describe_data();
    void describe();
};

void TestManifestDiff::compare_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    QTest::addColumn<Changes>("expected");

    const QByteArray base = R"({"settings": {"interactivity": {"is_enabled": true,
        "request_url": "http://bb/action"}}, "oauth_config": {"redirect_urls": ["https://a",
        "https://b"]}})";

    QTest::newRow("identical") << base << base << Changes {};
    QTest::newRow("one value") << base
                               << QByteArray(R"({"settings": {"interactivity": {"is_enabled": true,
        "request_url": "https://bb/action"}}, "oauth_config": {"redirect_urls": ["https://a",
        "https://b"]}})")
                               << Changes {changed("/settings/interactivity/request_url",
                                      text("http://bb/action"), text("https://bb/action"))};
    QTest::newRow("type of a value")
        << QByteArray(R"({"a": true})") << QByteArray(R"({"a": "true"})")
        << Changes {changed("/a", true, text("true"))};
    QTest::newRow("number against string")
        << QByteArray(R"({"a": 1})") << QByteArray(R"({"a": "1"})")
        << Changes {changed("/a", 1, text("1"))};
    QTest::newRow("added object, leaf by leaf")
        << QByteArray(R"({"name": "x"})")
        << QByteArray(R"({"name": "x", "settings": {"interactivity": {"is_enabled": true,
            "request_url": "https://bb/action"}}})")
        << Changes {added("/settings/interactivity/is_enabled", true),
               added("/settings/interactivity/request_url", text("https://bb/action"))};
    QTest::newRow("removed member")
        << QByteArray(R"({"a": 1, "b": {"c": [1, 2]}})") << QByteArray(R"({"a": 1})")
        << Changes {removed("/b/c/0", 1), removed("/b/c/1", 2)};
    QTest::newRow("after's order, then what only before had")
        << QByteArray(R"({"z": 1, "a": 1})") << QByteArray(R"({"b": 2, "a": 2})")
        << Changes {changed("/a", 1, 2), added("/b", 2), removed("/z", 1)};
    QTest::newRow("array appended")
        << QByteArray(R"({"l": ["a"]})") << QByteArray(R"({"l": ["a", "b"]})")
        << Changes {added("/l/1", text("b"))};
    QTest::newRow("array shortened")
        << QByteArray(R"({"l": ["a", "b", "c"]})") << QByteArray(R"({"l": ["a", "c"]})")
        << Changes {changed("/l/1", text("b"), text("c")), removed("/l/2", text("c"))};
    QTest::newRow("array element moved to the front")
        << QByteArray(R"({"l": ["a", "b", "c"]})") << QByteArray(R"({"l": ["c", "a", "b"]})")
        << Changes {changed("/l/0", text("a"), text("c")), changed("/l/1", text("b"), text("a")),
               changed("/l/2", text("c"), text("b"))};
    QTest::newRow("objects inside arrays")
        << QByteArray(R"({"c": [{"command": "/a", "url": "http://x"}]})")
        << QByteArray(R"({"c": [{"command": "/a", "url": "https://x"}]})")
        << Changes {changed("/c/0/url", text("http://x"), text("https://x"))};
    QTest::newRow("empty object added")
        << QByteArray(R"({"a": 1})") << QByteArray(R"({"a": 1, "b": {}})")
        << Changes {added("/b", QJsonObject())};
    QTest::newRow("scalar became object")
        << QByteArray(R"({"a": 1})") << QByteArray(R"({"a": {"b": 2}})")
        << Changes {added("/a/b", 2), removed("/a", 1)};
    QTest::newRow("empty array became scalar")
        << QByteArray(R"({"a": []})") << QByteArray(R"({"a": null})")
        << Changes {changed("/a", QJsonArray(), QJsonValue(QJsonValue::Null))};
    QTest::newRow("escaped pointers")
        << QByteArray(R"({"a/b": {"m~n": 1}})") << QByteArray(R"({"a/b": {"m~n": 2}})")
        << Changes {changed("/a~1b/m~0n", 1, 2)};
}

void TestManifestDiff::compare()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    QFETCH(Changes, expected);

    const Changes found =
        ManifestDiff::compare(fromJson(before.constData()), fromJson(after.constData()));
    QCOMPARE(found, expected);
}

void TestManifestDiff::addedAndRemovedMirrorEachOther()
{
    const SlackManifest a = fromJson(R"({"x": {"y": [1, 2, 3]}, "k": "v", "gone": {"p": true}})");
    const SlackManifest b = fromJson(R"({"x": {"y": [1, 5]}, "k": "w", "new": [true, false]})");
    const Changes forward = ManifestDiff::compare(a, b);
    const Changes backward = ManifestDiff::compare(b, a);
    QCOMPARE(forward.size(), backward.size());
    for (const ManifestChange &one : forward) {
        ManifestChange mirrored = one;
        mirrored.before = one.after;
        mirrored.after = one.before;
        mirrored.kind = one.kind == Kind::Added ? Kind::Removed
            : one.kind == Kind::Removed         ? Kind::Added
                                                : Kind::Changed;
        QVERIFY2(backward.contains(mirrored), qPrintable(ManifestDiff::describe(one)));
    }
}

void TestManifestDiff::describe_data()
{
    QTest::addColumn<ManifestChange>("change");
    QTest::addColumn<QString>("expected");

    QTest::newRow("changed URL") << changed(
        "/settings/interactivity/request_url", text("http://bb/action"), text("https://bb/action"))
                                 << text("/settings/interactivity/request_url: http://bb/action → "
                                         "https://bb/action");
    QTest::newRow("added") << added("/oauth_config/redirect_urls/2", text("https://bb/oauth"))
                           << text("/oauth_config/redirect_urls/2: added https://bb/oauth");
    QTest::newRow("removed") << removed("/oauth_config/scopes/user/0", text("links:write"))
                             << text("/oauth_config/scopes/user/0: removed links:write");
    QTest::newRow("bool") << changed("/settings/token_rotation_enabled", true, false)
                          << text("/settings/token_rotation_enabled: true → false");
    QTest::newRow("empty string and null")
        << changed("/a", text(""), QJsonValue(QJsonValue::Null)) << text("/a: \"\" → null");
    QTest::newRow("number") << added("/_metadata/minor_version", 1)
                            << text("/_metadata/minor_version: added 1");
    QTest::newRow("object") << added("/b", QJsonObject()) << text("/b: added {}");
}

void TestManifestDiff::describe()
{
    QFETCH(ManifestChange, change);
    QFETCH(QString, expected);
    QCOMPARE(ManifestDiff::describe(change), expected);
}

QTEST_GUILESS_MAIN(TestManifestDiff)
#include "tst_manifestdiff.moc"
