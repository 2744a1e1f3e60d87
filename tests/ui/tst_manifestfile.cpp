#include "setup/ManifestFile.h"
#include "slack/SlackManifest.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

// JSON written with ' in place of ", so that it reads well inside a C++ string literal.
QByteArray singleQuoted(const char *text)
{
    return QByteArray(text).replace('\'', '"');
}

// Values a careless YAML writer turns into something else when read back.
SlackManifest tricky()
{
    const QByteArray json = singleQuoted(
        "{ '_metadata': {'major_version': 1, 'minor_version': 1}, "
        "'display_information': {'name': 'true', 'description': '123', "
        "'long_description': 'null: not really\\n# and not a comment', "
        "'background_color': '#2c2d30'}, "
        "'features': {'bot_user': {'display_name': 'Bitbucket – ✓', "
        "'always_online': true}, 'slash_commands': [{'command': '/bb', "
        "'url': 'https://bb.example.com/x?a=1&b=2', 'should_escape': false, "
        "'usage_hint': 'yes'}]}, "
        "'oauth_config': {'redirect_urls': ['https://bb.example.com/rest/slack/latest/oauth', "
        "'https://127.0.0.1:53682/workspace-connector/callback'], "
        "'scopes': {'bot': ['users:read', 'chat:write'], 'user': []}}, "
        "'settings': {'org_deploy_enabled': false, 'token_rotation_enabled': false, "
        "'interactivity': {}, 'ratio': 1.5} }");
    return SlackManifest(QJsonDocument::fromJson(json).object());
}

} // namespace

class tst_ManifestFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void formatFromExtension_data();
    void formatFromExtension();
    void yamlReadsBackUnchanged();
    void jsonReadsBackUnchanged();
    void unwritablePathSaysWhy();

private:
    QTemporaryDir m_dir;
};

void tst_ManifestFile::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void tst_ManifestFile::formatFromExtension_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("yaml");
    QTest::newRow("json") << QStringLiteral("/tmp/manifest.json") << false;
    QTest::newRow("yaml") << QStringLiteral("/tmp/manifest.yaml") << true;
    QTest::newRow("yml, upper case") << QStringLiteral("/tmp/MANIFEST.YML") << true;
    QTest::newRow("no extension") << QStringLiteral("/tmp/manifest") << false;
    QTest::newRow("yaml in the directory only")
        << QStringLiteral("/tmp/yaml/manifest.txt") << false;
}

void tst_ManifestFile::formatFromExtension()
{
    QFETCH(QString, path);
    QFETCH(bool, yaml);
    QCOMPARE(ManifestFile::formatFor(path) == ManifestFile::Format::Yaml, yaml);
}

void tst_ManifestFile::yamlReadsBackUnchanged()
{
    const QString path = m_dir.filePath(QStringLiteral("manifest.yaml"));
    QString error;
    QVERIFY2(ManifestFile::save(tricky(), path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY2(!text.trimmed().startsWith('{'), text.constData());
    QVERIFY(text.contains("redirect_urls:"));

    const SlackManifest read = SlackManifest::fromFile(path, &error);
    QVERIFY2(!read.isNull(), qPrintable(error));
    QCOMPARE(read.json(), tricky().json());
}

void tst_ManifestFile::jsonReadsBackUnchanged()
{
    const QString path = m_dir.filePath(QStringLiteral("manifest.json"));
    QString error;
    QVERIFY2(ManifestFile::save(tricky(), path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(file.readAll()).object(), tricky().json());
}

void tst_ManifestFile::unwritablePathSaysWhy()
{
    const QString path = m_dir.filePath(QStringLiteral("no-such-directory/manifest.json"));
    QString error;
    QVERIFY(!ManifestFile::save(tricky(), path, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY(!QFileInfo::exists(path));
}

QTEST_GUILESS_MAIN(tst_ManifestFile)
#include "tst_manifestfile.moc"
