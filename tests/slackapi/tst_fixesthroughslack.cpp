#include "SlackApiHarness.h"
#include "slack/ManifestFix.h"
#include "slack/SlackChecks.h"
#include "slackapi/ConfigTokenSession.h"
#include "slackapi/ManifestService.h"
#include "store/ConnectionSettings.h"
#include "store/MemorySecretStore.h"

#include <QDir>
#include <QStandardPaths>

using Result = ManifestService::Result;
using Status = CheckResult::Status;

// Every sandbox app with a manifest fault, repaired the way the HTTPS page does it: export the
// manifest, take each fix the checks offer, validate it, update the app with the whole manifest,
// read it back. In the end no Slack check fails, and Slack holds exactly what the fixes computed.
class FixesThroughSlackTest : public QObject
{
    Q_OBJECT

private:
    SlackRequirements requirements() const
    {
        // What the stand-in's healthy app points at.
        SlackRequirements wanted;
        wanted.bitbucketBaseUrl = QUrl(QStringLiteral("https://bitbucket.example.com/bitbucket"));
        wanted.programRedirectUri = ConnectionSettings().programRedirectUri();
        return wanted;
    }

    std::optional<Result> exportManifest(const QString &appId)
    {
        std::optional<Result> result;
        m_service->exportManifest(
            appId, this, [&result](const Result &answer) { result = answer; });
        SlackApiHarness::waitFor(result);
        return result;
    }

    std::optional<Result> validate(const QString &appId, const SlackManifest &manifest)
    {
        std::optional<Result> result;
        m_service->validate(
            appId, manifest, this, [&result](const Result &answer) { result = answer; });
        SlackApiHarness::waitFor(result);
        return result;
    }

    std::optional<Result> update(const QString &appId, const ManifestFix &fix)
    {
        std::optional<Result> result;
        m_service->update(appId, fix.before, fix.after, this,
            [&result](const Result &answer) { result = answer; });
        SlackApiHarness::waitFor(result);
        return result;
    }

    static QStringList failing(const QList<CheckResult> &results)
    {
        QStringList ids;
        for (const CheckResult &result : results) {
            if (result.status == Status::Fail)
                ids.append(result.id);
        }
        return ids;
    }

    std::unique_ptr<SlackApiHarness> m_harness;
    std::unique_ptr<MemorySecretStore> m_store;
    std::unique_ptr<ConfigTokenSession> m_tokens;
    std::unique_ptr<ManifestService> m_service;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        SlackSandbox::Options options;
        options.updatesPerMinute = 100;
        m_harness = std::make_unique<SlackApiHarness>(options);
        QString error;
        QVERIFY2(m_harness->start(&error), qPrintable(error));
        m_store = std::make_unique<MemorySecretStore>();
        m_tokens = std::make_unique<ConfigTokenSession>(&m_harness->client(), m_store.get());
        m_service = std::make_unique<ManifestService>(&m_harness->client(), m_tokens.get());
        std::optional<ConfigTokenSession::Outcome> outcome;
        m_tokens->replace(m_harness->issue(std::chrono::hours(12)), this,
            [&outcome](const auto &answer) { outcome = answer; });
        QVERIFY(SlackApiHarness::waitFor(outcome));
        QCOMPARE(outcome->problem, ConfigTokenSession::Problem::None);
    }

    void cleanupTestCase()
    {
        m_service.reset();
        m_tokens.reset();
        m_store.reset();
        m_harness.reset();
        QDir(ManifestService::backupDirectory()).removeRecursively();
    }

    void faultyAppIsRepaired_data()
    {
        QTest::addColumn<QString>("appId");
        const QMap<QString, QString> apps = SlackSandbox(SlackSandbox::Options()).appIds();
        // The undistributed app's manifest is healthy: what is wrong with it is on Slack's side.
        for (auto it = apps.cbegin(); it != apps.cend(); ++it) {
            if (it.key() != QLatin1String("healthy")
                && it.key() != SlackSandbox::undistributedAppName())
                QTest::newRow(qPrintable(it.key())) << it.value();
        }
        QVERIFY(apps.size() >= 6);
    }

    void faultyAppIsRepaired()
    {
        QFETCH(QString, appId);
        auto exported = exportManifest(appId);
        QVERIFY(exported && exported->ok);
        QVERIFY2(!failing(SlackChecks::run(exported->manifest, requirements())).isEmpty(),
            "a faulty sandbox app must fail a Slack check to begin with");

        // The page offers one fix at a time; each one applied re-reads the manifest.
        for (int round = 0; round < 5; ++round) {
            const QList<ManifestFix> fixes =
                ManifestFix::available(exported->manifest, requirements());
            if (fixes.isEmpty())
                break;
            const ManifestFix &fix = fixes.constFirst();
            const auto validated = validate(appId, fix.after);
            QVERIFY2(
                validated && validated->ok, qPrintable(validated ? validated->message : QString()));
            const auto updated = update(appId, fix);
            QVERIFY2(updated && updated->ok, qPrintable(updated ? updated->message : QString()));
            QVERIFY(QFile::exists(updated->backupPath));

            exported = exportManifest(appId);
            QVERIFY(exported && exported->ok);
            // Slack holds exactly the manifest the fix computed: nothing else changed.
            QCOMPARE(exported->manifest.json(), fix.after.json());
        }
        const QStringList stillFailing =
            failing(SlackChecks::run(exported->manifest, requirements()));
        QVERIFY2(stillFailing.isEmpty(), qPrintable(stillFailing.join(u' ')));
    }
};

QTEST_GUILESS_MAIN(FixesThroughSlackTest)
#include "tst_fixesthroughslack.moc"
