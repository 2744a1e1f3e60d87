#include "SlackApiHarness.h"
#include "slackapi/ConfigTokenSession.h"
#include "slackapi/ManifestService.h"
#include "store/MemorySecretStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

#include <sys/stat.h>

using Result = ManifestService::Result;
using Problem = ConfigTokenSession::Problem;

namespace {

const QString exportMethod = QStringLiteral("apps.manifest.export");
const QString updateMethod = QStringLiteral("apps.manifest.update");
const QString rotateMethod = QStringLiteral("tooling.tokens.rotate");
const std::chrono::seconds twelveHours {12 * 3600};

QJsonObject withValue(QJsonObject root, QStringList path, const QJsonValue &value)
{
    const QString key = path.takeFirst();
    if (path.isEmpty()) {
        if (value.isUndefined())
            root.remove(key);
        else
            root.insert(key, value);
        return root;
    }
    root.insert(key, withValue(root.value(key).toObject(), path, value));
    return root;
}

QStringList pointers(const QList<ManifestService::Problem> &problems)
{
    QStringList list;
    for (const auto &problem : problems)
        list.append(problem.pointer);
    return list;
}

int fileMode(const QString &path)
{
    struct stat status = {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return -1;
    return int(status.st_mode & 0777);
}

} // namespace

class TestManifestService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void exportsTheManifest();
    void unknownApp();
    void validateReportsWarnings();
    void validateReportsErrorsByPointer();
    void updateSendsTheWholeManifestAfterABackup();
    void updateRoundTripChangesNothingElse();
    void updateSaysWhenPermissionsChanged();
    void updateRefusedWhenTheBackupFails();
    void updateRefusedWithoutThePreviousManifest();
    void updateWithAnInvalidManifest();
    void rateLimitedIsNotRetried();
    void expiredTokenIsRotatedAndRetriedOnce();
    void expiredTokenThatCannotBeRenewed();
    void revokedToken();
    void noToken();
    void nothingIsDeliveredOnceTheContextIsGone();

private:
    std::optional<Result> exportManifest(const QString &appId);
    std::optional<Result> validate(const QJsonObject &manifest);
    std::optional<Result> update(
        const QString &appId, const QJsonObject &previous, const QJsonObject &updated);
    void useToken(const ConfigToken &token);
    QString healthyId() const { return SlackSandbox::healthyAppId(); }
    QJsonObject stand(const QString &appId) const { return m_harness->slack().manifest(appId); }

    std::unique_ptr<SlackApiHarness> m_harness;
    std::unique_ptr<MemorySecretStore> m_store;
    std::unique_ptr<ConfigTokenSession> m_tokens;
    std::unique_ptr<ManifestService> m_service;
};

void TestManifestService::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestManifestService::init()
{
    QDir(ManifestService::backupDirectory()).removeRecursively();
    m_harness = std::make_unique<SlackApiHarness>();
    QString error;
    QVERIFY2(m_harness->start(&error), qPrintable(error));
    m_store = std::make_unique<MemorySecretStore>();
    m_tokens = std::make_unique<ConfigTokenSession>(&m_harness->client(), m_store.get());
    m_service = std::make_unique<ManifestService>(&m_harness->client(), m_tokens.get());
    useToken(m_harness->issue(twelveHours));
}

void TestManifestService::cleanup()
{
    m_service.reset();
    m_tokens.reset();
    m_store.reset();
    m_harness.reset();
    QDir(ManifestService::backupDirectory()).removeRecursively();
}

void TestManifestService::useToken(const ConfigToken &token)
{
    std::optional<ConfigTokenSession::Outcome> outcome;
    m_tokens->replace(token, this, [&outcome](const auto &answer) { outcome = answer; });
    QVERIFY(SlackApiHarness::waitFor(outcome));
    QCOMPARE(outcome->problem, Problem::None);
}

std::optional<Result> TestManifestService::exportManifest(const QString &appId)
{
    std::optional<Result> result;
    m_service->exportManifest(appId, this, [&result](const Result &answer) { result = answer; });
    SlackApiHarness::waitFor(result);
    return result;
}

std::optional<Result> TestManifestService::validate(const QJsonObject &manifest)
{
    std::optional<Result> result;
    m_service->validate(healthyId(), SlackManifest(manifest), this,
        [&result](const Result &answer) { result = answer; });
    SlackApiHarness::waitFor(result);
    return result;
}

std::optional<Result> TestManifestService::update(
    const QString &appId, const QJsonObject &previous, const QJsonObject &updated)
{
    std::optional<Result> result;
    m_service->update(appId, SlackManifest(previous), SlackManifest(updated), this,
        [&result](const Result &answer) { result = answer; });
    SlackApiHarness::waitFor(result);
    return result;
}

void TestManifestService::exportsTheManifest()
{
    const auto result = exportManifest(healthyId());
    QVERIFY(result);
    QVERIFY2(result->ok, qPrintable(result->message));
    QCOMPARE(result->manifest.json(), stand(healthyId()));
    QVERIFY(result->error.isEmpty());
    QCOMPARE(result->tokenProblem, Problem::None);
}

void TestManifestService::unknownApp()
{
    const auto result = exportManifest(QStringLiteral("A0NOSUCHAPP"));
    QVERIFY(result);
    QVERIFY(!result->ok);
    QCOMPARE(result->error, QStringLiteral("app_not_found"));
    QVERIFY(result->message.contains(QLatin1String("A0NOSUCHAPP")));
    QVERIFY(result->message.contains(QLatin1String("Connect page")));
    QVERIFY(result->manifest.isNull());
}

void TestManifestService::validateReportsWarnings()
{
    const QString httpApp = m_harness->slack().appIds().value(QStringLiteral("http-urls"));
    const auto result = validate(stand(httpApp));
    QVERIFY(result);
    QVERIFY2(result->ok, qPrintable(result->message));
    QVERIFY(result->errors.isEmpty());
    const QStringList warned = pointers(result->warnings);
    QVERIFY(warned.contains(QStringLiteral("/settings/interactivity/request_url")));
    QVERIFY(warned.contains(QStringLiteral("/oauth_config/redirect_urls/0")));
    for (const auto &warning : result->warnings)
        QVERIFY(!warning.message.isEmpty());
}

void TestManifestService::validateReportsErrorsByPointer()
{
    QJsonObject manifest = withValue(stand(healthyId()),
        {QStringLiteral("settings"), QStringLiteral("interactivity"),
            QStringLiteral("request_url")},
        QStringLiteral("bitbucket.example.com/action"));
    manifest =
        withValue(manifest, {QStringLiteral("oauth_config"), QStringLiteral("redirect_urls")},
            QJsonArray {QStringLiteral("https://a.example/x"), 3});
    const auto result = validate(manifest);
    QVERIFY(result);
    QVERIFY(!result->ok);
    QCOMPARE(result->error, QStringLiteral("invalid_manifest"));
    QCOMPARE(pointers(result->errors),
        (QStringList {QStringLiteral("/settings/interactivity/request_url"),
            QStringLiteral("/oauth_config/redirect_urls/1")}));
    for (const auto &error : result->errors)
        QVERIFY(!error.message.isEmpty());
    QVERIFY2(result->message.contains(QLatin1String("2 problem")), qPrintable(result->message));
}

void TestManifestService::updateSendsTheWholeManifestAfterABackup()
{
    const auto exported = exportManifest(healthyId());
    QVERIFY(exported && exported->ok);
    const QJsonObject previous = exported->manifest.json();
    // Less than before: a top-level block removed and a name changed.
    QJsonObject updated = previous;
    updated.remove(QStringLiteral("features"));
    updated = withValue(updated, {QStringLiteral("display_information"), QStringLiteral("name")},
        QStringLiteral("Renamed 100% + %20 & co"));

    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const auto result = update(healthyId(), previous, updated);
    QVERIFY(result);
    QVERIFY2(result->ok, qPrintable(result->message));
    QVERIFY(!result->permissionsUpdated);
    QCOMPARE(stand(healthyId()), updated);
    QVERIFY(!stand(healthyId()).contains(QLatin1String("features")));
    QCOMPARE(m_harness->slack().updateCount(healthyId()), 1);

    // The backup: the previous manifest, in the backup folder, owner-only.
    const QFileInfo backup(result->backupPath);
    QVERIFY(backup.exists());
    QCOMPARE(backup.absolutePath(), QDir(ManifestService::backupDirectory()).absolutePath());
    const QRegularExpression name(QStringLiteral("^A0SANDBOX01-(\\d{8}T\\d{6})\\.\\d{3}Z\\.json$"));
    const auto match = name.match(backup.fileName());
    QVERIFY2(match.hasMatch(), qPrintable(backup.fileName()));
    QDateTime stamp = QDateTime::fromString(match.captured(1), QStringLiteral("yyyyMMdd'T'HHmmss"));
    stamp.setTimeSpec(Qt::UTC);
    QVERIFY(stamp >= before && stamp <= QDateTime::currentDateTimeUtc());
    QCOMPARE(fileMode(result->backupPath), 0600);
    QFile file(result->backupPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(file.readAll()).object(), previous);
    QCOMPARE(fileMode(ManifestService::backupDirectory()), 0700);
}

void TestManifestService::updateRoundTripChangesNothingElse()
{
    const QString appId = m_harness->slack().appIds().value(QStringLiteral("token-rotation"));
    const auto exported = exportManifest(appId);
    QVERIFY(exported && exported->ok);
    const QJsonObject original = exported->manifest.json();
    const QStringList flag {QStringLiteral("settings"), QStringLiteral("token_rotation_enabled")};
    // One field changed, as a fix changes it; everything else goes back exactly as it came.
    const QJsonObject fixed = withValue(original, flag, false);
    QVERIFY(fixed != original);
    const auto first = update(appId, original, fixed);
    QVERIFY(first && first->ok);
    const auto reread = exportManifest(appId);
    QVERIFY(reread && reread->ok);
    QCOMPARE(reread->manifest.json(), fixed);
    QCOMPARE(withValue(reread->manifest.json(), flag, true), original);

    // Sending back what was read changes nothing at all.
    const auto second = update(appId, reread->manifest.json(), reread->manifest.json());
    QVERIFY(second && second->ok);
    QVERIFY(second->backupPath != first->backupPath);
    QCOMPARE(stand(appId), fixed);
}

void TestManifestService::updateSaysWhenPermissionsChanged()
{
    const QString appId = m_harness->slack().appIds().value(QStringLiteral("missing-scopes"));
    const QJsonObject previous = stand(appId);
    const QJsonObject fixed =
        withValue(previous, {QStringLiteral("oauth_config"), QStringLiteral("scopes")},
            stand(healthyId())
                .value(QLatin1String("oauth_config"))
                .toObject()
                .value(QLatin1String("scopes")));
    const auto result = update(appId, previous, fixed);
    QVERIFY(result);
    QVERIFY2(result->ok, qPrintable(result->message));
    QVERIFY(result->permissionsUpdated);
    QCOMPARE(stand(appId), fixed);
}

void TestManifestService::updateRefusedWhenTheBackupFails()
{
    // A file where the backup folder should be: the folder cannot be made.
    const QString directory = ManifestService::backupDirectory();
    QVERIFY(QDir().mkpath(QFileInfo(directory).absolutePath()));
    QFile blocker(directory);
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();

    const QJsonObject previous = stand(healthyId());
    const QJsonObject updated =
        withValue(previous, {QStringLiteral("display_information"), QStringLiteral("name")},
            QStringLiteral("Never sent"));
    const auto result = update(healthyId(), previous, updated);
    QFile::remove(directory);
    QVERIFY(result);
    QVERIFY(!result->ok);
    QVERIFY(result->backupPath.isEmpty());
    QVERIFY2(
        result->message.contains(QLatin1String("Nothing was sent")), qPrintable(result->message));
    QCOMPARE(m_harness->slack().callCount(updateMethod), 0);
    QCOMPARE(stand(healthyId()), previous);
}

void TestManifestService::updateRefusedWithoutThePreviousManifest()
{
    const auto result = update(healthyId(), QJsonObject(), stand(healthyId()));
    QVERIFY(result);
    QVERIFY(!result->ok);
    QCOMPARE(m_harness->slack().callCount(updateMethod), 0);
}

void TestManifestService::updateWithAnInvalidManifest()
{
    const QJsonObject previous = stand(healthyId());
    const QJsonObject broken =
        withValue(previous, {QStringLiteral("display_information")}, QJsonValue());
    const auto result = update(healthyId(), previous, broken);
    QVERIFY(result);
    QVERIFY(!result->ok);
    QCOMPARE(result->error, QStringLiteral("invalid_manifest"));
    QCOMPARE(pointers(result->errors), QStringList {QStringLiteral("/display_information")});
    QVERIFY(QFile::exists(result->backupPath));
    QCOMPARE(stand(healthyId()), previous);
}

void TestManifestService::rateLimitedIsNotRetried()
{
    SlackSandbox::Options options;
    options.updatesPerMinute = 1;
    m_service.reset();
    m_tokens.reset();
    m_harness = std::make_unique<SlackApiHarness>(options);
    QString error;
    QVERIFY2(m_harness->start(&error), qPrintable(error));
    m_tokens = std::make_unique<ConfigTokenSession>(&m_harness->client(), m_store.get());
    m_service = std::make_unique<ManifestService>(&m_harness->client(), m_tokens.get());
    useToken(m_harness->issue(twelveHours));

    const QJsonObject previous = stand(healthyId());
    QVERIFY(update(healthyId(), previous, previous)->ok);
    const auto limited = update(healthyId(), previous, previous);
    QVERIFY(limited);
    QVERIFY(!limited->ok);
    QCOMPARE(limited->error, QStringLiteral("ratelimited"));
    QVERIFY(limited->retryAfterSeconds >= 1 && limited->retryAfterSeconds <= 60);
    QVERIFY2(limited->message.contains(QString::number(limited->retryAfterSeconds)),
        qPrintable(limited->message));
    QCOMPARE(m_harness->slack().callCount(updateMethod), 2);
}

void TestManifestService::expiredTokenIsRotatedAndRetriedOnce()
{
    const ConfigToken pair = m_harness->issue(twelveHours);
    useToken(pair);
    // Slack says it expired long before the time the program was told.
    m_harness->slack().expireAccessToken(pair.accessToken);
    const auto result = exportManifest(healthyId());
    QVERIFY(result);
    QVERIFY2(result->ok, qPrintable(result->message));
    QCOMPARE(m_harness->slack().callCount(exportMethod), 2);
    QCOMPARE(m_harness->slack().callCount(rotateMethod), 1);
    const ConfigToken saved =
        ConfigToken::fromStored(m_store->contents().value(SecretKey::slackConfigToken));
    QVERIFY(saved.accessToken != pair.accessToken);
}

void TestManifestService::expiredTokenThatCannotBeRenewed()
{
    const SlackSandbox::TokenPair pair = m_harness->slack().issueConfigToken();
    useToken(ConfigToken::fromPasted(pair.accessToken, QString()));
    m_harness->slack().expireAccessToken(pair.accessToken);
    const auto result = exportManifest(healthyId());
    QVERIFY(result);
    QVERIFY(!result->ok);
    QCOMPARE(result->error, QStringLiteral("token_expired"));
    QCOMPARE(result->tokenProblem, Problem::TokenExpired);
    QVERIFY(result->message.contains(QLatin1String("api.slack.com/apps")));
    QCOMPARE(m_harness->slack().callCount(exportMethod), 1);
    QCOMPARE(m_harness->slack().callCount(rotateMethod), 0);
}

void TestManifestService::revokedToken()
{
    const ConfigToken pair = m_harness->issue(twelveHours);
    useToken(pair);
    m_harness->slack().revokeToken(pair.refreshToken);
    const auto result = exportManifest(healthyId());
    QVERIFY(result);
    QVERIFY(!result->ok);
    QCOMPARE(result->error, QStringLiteral("token_revoked"));
    QCOMPARE(result->tokenProblem, Problem::TokenRevoked);
    QVERIFY(result->message.contains(QLatin1String("revoked")));
    QCOMPARE(m_harness->slack().callCount(exportMethod), 1);

    // The session remembers: the next call is answered without asking Slack.
    const auto again = exportManifest(healthyId());
    QVERIFY(again);
    QCOMPARE(again->tokenProblem, Problem::TokenRevoked);
    QCOMPARE(m_harness->slack().callCount(exportMethod), 1);
    QCOMPARE(m_harness->slack().callCount(rotateMethod), 0);
}

void TestManifestService::noToken()
{
    std::optional<SecretStore::Result> removed;
    m_store->remove(SecretKey::slackConfigToken, this,
        [&removed](const SecretStore::Result &result) { removed = result; });
    QVERIFY(SlackApiHarness::waitFor(removed));
    const auto result = exportManifest(healthyId());
    QVERIFY(result);
    QVERIFY(!result->ok);
    QCOMPARE(result->tokenProblem, Problem::NoToken);
    QVERIFY(result->error.isEmpty());
    QCOMPARE(m_harness->slack().callCount(exportMethod), 0);
}

void TestManifestService::nothingIsDeliveredOnceTheContextIsGone()
{
    bool delivered = false;
    auto context = std::make_unique<QObject>();
    m_service->exportManifest(
        healthyId(), context.get(), [&delivered](const Result &) { delivered = true; });
    context.reset();
    const auto later = exportManifest(healthyId());
    QVERIFY(later && later->ok);
    QVERIFY(!delivered);
}

QTEST_GUILESS_MAIN(TestManifestService)
#include "tst_manifestservice.moc"
