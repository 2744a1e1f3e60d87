#include "InstallHarness.h"
#include "install/InstallController.h"
#include "setup/DistributionState.h"
#include "store/SecretStore.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QUrlQuery>

#include <optional>

namespace {

struct Run
{
    std::optional<ConnectedWorkspace> connected;
    std::optional<InstallFailure> failure;
    QStringList replaceAsked;
    QStringList warnings;
    QUrl browserUrl;
    bool distributionProven = false;
};

void watch(InstallController &controller, Run &run)
{
    QObject::connect(&controller, &InstallController::openBrowser, &controller,
        [&run](const QUrl &url) { run.browserUrl = url; });
    QObject::connect(&controller, &InstallController::workspaceConnected, &controller,
        [&run](const ConnectedWorkspace &workspace) { run.connected = workspace; });
    QObject::connect(&controller, &InstallController::failed, &controller,
        [&run](const InstallFailure &failure) { run.failure = failure; });
    QObject::connect(&controller, &InstallController::replaceRequested, &controller,
        [&run](const QString &teamId, const QString &) { run.replaceAsked << teamId; });
    QObject::connect(&controller, &InstallController::warning, &controller,
        [&run](const QString &text) { run.warnings << text; });
    QObject::connect(&controller, &InstallController::distributionProven, &controller,
        [&run] { run.distributionProven = true; });
}

QString describe(const Run &run)
{
    if (run.failure) {
        return QStringLiteral("failed: %1 | %2 | %3 | %4 | %5")
            .arg(run.failure->code, run.failure->title, run.failure->detail, run.failure->fix,
                run.failure->serverText);
    }
    if (run.connected)
        return QStringLiteral("connected ") + run.connected->teamId;
    return QStringLiteral("nothing yet; warnings: ") + run.warnings.join(u'|');
}

bool settled(const Run &run, const InstallController &controller)
{
    return run.connected || run.failure
        || controller.phase() == InstallController::Phase::AwaitingReplaceDecision;
}

// Plays the admin at Slack's permission screen: opens the address the controller asked the
// browser to open, clicks Allow (into pick, or the preselected workspace), follows the redirect
// back to the loopback listener and waits until the install has settled.
void allowAtSlack(InstallHarness &harness, const InstallController &controller, const Run &run,
    const QString &pick = QString())
{
    auto browser = harness.browser();
    browser->open(run.browserUrl);
    QCOMPARE(browser->allow(pick).status, 200);
    QVERIFY2(QTest::qWaitFor([&] { return settled(run, controller); }, 30000),
        qPrintable(describe(run)));
}

} // namespace

// The Install page's engine against the sandbox: Slack's permission screen in the test's browser,
// the code back through the loopback listener, the tokens to Bitbucket, an event in the ledger.
class TestInstallController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void installConnectsTheWorkspaceEndToEnd();
    void theBrowserSeesNoCodeOrToken();
    void anAlreadyConnectedWorkspaceIsReplacedWhenTheAdminAgrees();
    void anAlreadyConnectedWorkspaceIsKeptWhenTheAdminDeclines();
    void bitbucketsRefusalIsShownAsItCame();
    void cancelOnSlacksScreenIsReported();
    void cancelInTheProgramStopsListening();
    void aNotDistributedAppPointsToDistribution();
    void aSecondWorkspaceProvesDistribution();
    void pasteModeTakesTheAddressTheBrowserEndedOn();
    void aBusyPortIsAClearError();
    void noManifestIsAClearError();
    void updateAccessReplacesTheLinkWithoutAsking();
    void updateAccessAnsweredForAnotherWorkspaceChangesNothing();
    void scopesNotGrantedAreReported();
    void rememberedScopesServeWithoutAManifest();
};

void TestInstallController::installConnectsTheWorkspaceEndToEnd()
{
    InstallHarness harness;
    QString error;
    QVERIFY2(harness.start(&error), qPrintable(error));
    InstallController controller(
        &harness.session(), &harness.settings(), &harness.network(), &harness.ledger());
    harness.prepare(controller);
    Run run;
    watch(controller, run);

    QVERIFY(controller.start(QStringLiteral("T0SANDBOX02")));
    QCOMPARE(controller.phase(), InstallController::Phase::WaitingForBrowser);
    QVERIFY(run.browserUrl.isValid());
    const QUrlQuery query(run.browserUrl);
    QCOMPARE(query.queryItemValue(QStringLiteral("team")), QStringLiteral("T0SANDBOX02"));
    QVERIFY(!controller.loopbackFingerprint().isEmpty());

    auto browser = harness.browser();
    const SandboxBrowser::Page screen = browser->open(run.browserUrl);
    QVERIFY2(browser->hasScreen(), screen.body.constData());
    QCOMPARE(browser->selectedTeamId(), QStringLiteral("T0SANDBOX02"));
    const SandboxBrowser::Page back = browser->allow();
    QVERIFY2(back.status == 200,
        qPrintable(QStringLiteral("%1 %2 %3 %4")
                       .arg(back.status)
                       .arg(back.errorString, back.url.toString(), QString::fromUtf8(back.body))));
    QCOMPARE(back.url.host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(back.url.port(), int(harness.loopbackPort()));

    QVERIFY2(QTest::qWaitFor([&] { return settled(run, controller); }, 30000),
        qPrintable(describe(run)));
    QVERIFY2(run.connected, qPrintable(describe(run)));
    QCOMPARE(run.connected->teamId, QStringLiteral("T0SANDBOX02"));
    QVERIFY(!run.connected->teamName.isEmpty());
    QVERIFY(!run.connected->replacedExisting);
    QVERIFY2(run.connected->missingBotScopes.isEmpty(), qPrintable(describe(run)));
    QCOMPARE(controller.phase(), InstallController::Phase::Idle);
    QCOMPARE(controller.connectedWorkspaces().size(), 1);

    // Bitbucket has the link, and the ledger the event, without a token.
    QVERIFY(harness.bitbucket().linkedTeamIds().contains(QStringLiteral("T0SANDBOX02")));
    const auto events = harness.ledger().eventsOfTeam(QStringLiteral("T0SANDBOX02"));
    QVERIFY(events);
    QCOMPARE(events->size(), 1);
    const Ledger::Event event = events->constFirst();
    QCOMPARE(event.kind, Ledger::Kind::Install);
    QCOMPARE(event.outcome, Ledger::Outcome::Succeeded);
    QCOMPARE(event.appId, SlackSandbox::healthyAppId());
    QVERIFY(!event.installerUserId.isEmpty());
    QVERIFY(event.botScopes.contains(QStringLiteral("users:read")));
    for (const QString &token : harness.slack().installations().issuedTokens()) {
        QVERIFY(!event.detail.contains(token));
        QVERIFY(!event.teamName.contains(token));
    }

    // The listener is gone: nothing answers on the port any more.
    QTcpSocket probe;
    probe.connectToHost(QHostAddress::LocalHost, harness.loopbackPort());
    QVERIFY(!probe.waitForConnected(1000));
}

void TestInstallController::theBrowserSeesNoCodeOrToken()
{
    InstallHarness harness;
    QString error;
    QVERIFY2(harness.start(&error), qPrintable(error));
    InstallController controller(
        &harness.session(), &harness.settings(), &harness.network(), &harness.ledger());
    harness.prepare(controller);
    Run run;
    watch(controller, run);
    QVERIFY(controller.start());
    auto browser = harness.browser();
    browser->open(run.browserUrl);
    browser->setFollowRedirects(false);
    const SandboxBrowser::Page redirect = browser->allow(QStringLiteral("T0SANDBOX03"));
    QVERIFY(redirect.isRedirect());
    const QUrl callback = redirect.locationUrl();
    const QString code = QUrlQuery(callback).queryItemValue(QStringLiteral("code"));
    const QString state = QUrlQuery(callback).queryItemValue(QStringLiteral("state"));
    QVERIFY(!code.isEmpty());
    QVERIFY(state.size() >= 22); // at least 128 bits, base64url
    const SandboxBrowser::Page page = browser->get(callback);
    QCOMPARE(page.status, 200);
    QVERIFY(page.contentType.startsWith("text/html"));
    QVERIFY(!page.body.contains(code.toUtf8()));
    QVERIFY(!page.body.contains(state.toUtf8()));
    QVERIFY2(QTest::qWaitFor([&] { return settled(run, controller); }, 30000),
        qPrintable(describe(run)));
    QVERIFY2(run.connected, qPrintable(describe(run)));
    for (const QString &token : harness.slack().installations().issuedTokens())
        QVERIFY(!page.body.contains(token.toUtf8()));
}

void TestInstallController::anAlreadyConnectedWorkspaceIsReplacedWhenTheAdminAgrees()
{
    InstallHarness harness;
    QString error;
    QVERIFY2(harness.start(&error), qPrintable(error));
    InstallController controller(
        &harness.session(), &harness.settings(), &harness.network(), &harness.ledger());
    harness.prepare(controller);
    Run run;
    watch(controller, run);
    for (int round = 0; round < 2; ++round) {
        run = Run();
        QVERIFY(controller.start(QStringLiteral("T0SANDBOX02")));
        allowAtSlack(harness, controller, run);
        if (QTest::currentTestFailed())
            return;
    }
    QCOMPARE(run.replaceAsked, QStringList {QStringLiteral("T0SANDBOX02")});
    QCOMPARE(controller.phase(), InstallController::Phase::AwaitingReplaceDecision);
    controller.decideReplace(true);
    QVERIFY2(QTest::qWaitFor([&] { return run.connected || run.failure; }, 30000),
        qPrintable(describe(run)));
    QVERIFY2(run.connected, qPrintable(describe(run)));
    QVERIFY(run.connected->replacedExisting);
    const auto events = harness.ledger().eventsOfTeam(QStringLiteral("T0SANDBOX02"));
    QVERIFY(events);
    QCOMPARE(events->size(), 2);
    QCOMPARE(events->constFirst().kind, Ledger::Kind::AccessUpdate);
    QCOMPARE(events->constFirst().outcome, Ledger::Outcome::Succeeded);
}

void TestInstallController::anAlreadyConnectedWorkspaceIsKeptWhenTheAdminDeclines()
{
    InstallHarness harness;
    QString error;
    QVERIFY2(harness.start(&error), qPrintable(error));
    InstallController controller(
        &harness.session(), &harness.settings(), &harness.network(), &harness.ledger());
    harness.prepare(controller);
    Run run;
    watch(controller, run);
    for (int round = 0; round < 2; ++round) {
        run = Run();
        QVERIFY(controller.start(QStringLiteral("T0SANDBOX03")));
        allowAtSlack(harness, controller, run);
        if (QTest::currentTestFailed())
            return;
    }
    controller.decideReplace(false);
    QCOMPARE(controller.phase(), InstallController::Phase::Idle);
    QVERIFY(!run.connected);
    QVERIFY(!run.failure);
    QCOMPARE(controller.connectedWorkspaces().size(), 1);
    QCOMPARE(harness.ledger().eventsOfTeam(QStringLiteral("T0SANDBOX03"))->size(), 1);
}

void TestInstallController::bitbucketsRefusalIsShownAsItCame()
{
    InstallHarness harness;
    QString error;
    QVERIFY2(harness.start(&error), qPrintable(error));
    // Slack takes the install, Bitbucket refuses the administrator.
    ConnectionSettings connection = harness.session().connection();
    connection.bitbucketUsername = BitbucketSandbox::plainUser();
    harness.session().setConnection(connection);
    harness.session().setSecret(
        SecretKey::bitbucketPassword, BitbucketSandbox::plainUserPassword());
    InstallController controller(
        &harness.session(), &harness.settings(), &harness.network(), &harness.ledger());
    harness.prepare(controller);
    Run run;
    watch(controller, run);
    QVERIFY(controller.start());
    allowAtSlack(harness, controller, run, QStringLiteral("T0SANDBOX02"));
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(run.failure, qPrintable(describe(run)));
    QCOMPARE(run.failure->step, InstallFailure::Step::Bitbucket);
    QCOMPARE(run.failure->code, QStringLiteral("bitbucket_not_admin"));
    QVERIFY2(run.failure->serverText.contains(
                 QStringLiteral("User must be an Admin to configure this plugin.")),
        qPrintable(describe(run)));
    QVERIFY(!run.failure->fix.isEmpty());
    QVERIFY(!harness.bitbucket().linkedTeamIds().contains(QStringLiteral("T0SANDBOX02")));
    const auto events = harness.ledger().eventsOfTeam(QStringLiteral("T0SANDBOX02"));
    QCOMPARE(events->size(), 1);
    QCOMPARE(events->constFirst().outcome, Ledger::Outcome::Failed);
    QCOMPARE(controller.phase(), InstallController::Phase::Idle);
}

void TestInstallController::cancelOnSlacksScreenIsReported()
{
    InstallHarness harness;
    QString error;
    QVERIFY2(harness.start(&error), qPrintable(error));
    InstallController controller(
        &harness.session(), &harness.settings(), &harness.network(), &harness.ledger());
    harness.prepare(controller);
    Run run;
    watch(controller, run);
    QVERIFY(controller.start());
    auto browser = harness.browser();
    browser->open(run.browserUrl);
    const SandboxBrowser::Page page = browser->cancel();
    QCOMPARE(page.status, 400);
    QVERIFY2(QTest::qWaitFor([&] { return settled(run, controller); }, 10000),
        qPrintable(describe(run)));
    QVERIFY(run.failure);
    QCOMPARE(run.failure->code, QStringLiteral("access_denied"));
    QCOMPARE(run.failure->step, InstallFailure::Step::Slack);
    QVERIFY(harness.bitbucket().linkedTeamIds().isEmpty() || !run.connected);
}

void TestInstallController::cancelInTheProgramStopsListening()
{
    InstallHarness harness;
    QString error;
    QVERIFY2(harness.start(&error), qPrintable(error));
    InstallController controller(
        &harness.session(), &harness.settings(), &harness.network(), &harness.ledger());
    harness.prepare(controller);
    Run run;
    watch(controller, run);
    QVERIFY(controller.start());
    controller.cancel();
    QCOMPARE(controller.phase(), InstallController::Phase::Idle);
    QVERIFY(!run.failure);
    QTest::qWait(100);
    QTcpSocket probe;
    probe.connectToHost(QHostAddress::LocalHost, harness.loopbackPort());
    QVERIFY(!probe.waitForConnected(1000));
    // The next attempt works.
    QVERIFY(controller.start());
    controller.cancel();
}

void TestInstallController::aNotDistributedAppPointsToDistribution()
{
    InstallHarness harness(SlackSandbox::undistributedAppId());
    QString error;
    QVERIFY2(harness.start(&error), qPrintable(error));
    InstallController controller(
        &harness.session(), &harness.settings(), &harness.network(), &harness.ledger());
    harness.prepare(controller);
    Run run;
    watch(controller, run);
    QVERIFY(controller.start(QStringLiteral("T0SANDBOX02")));
    auto browser = harness.browser();
    browser->open(run.browserUrl);
    QVERIFY2(QTest::qWaitFor([&] { return settled(run, controller); }, 10000),
        qPrintable(describe(run)));
    QVERIFY(run.failure);
    QCOMPARE(run.failure->code, QStringLiteral("invalid_team_for_non_distributed_app"));
    QVERIFY(run.failure->notDistributed);
}

void TestInstallController::aSecondWorkspaceProvesDistribution()
{
    InstallHarness harness;
    QString error;
    QVERIFY2(harness.start(&error), qPrintable(error));
    InstallController controller(
        &harness.session(), &harness.settings(), &harness.network(), &harness.ledger());
    harness.prepare(controller);
    Run run;
    watch(controller, run);
    for (const QString &team : {QStringLiteral("T0SANDBOX01"), QStringLiteral("T0SANDBOX02")}) {
        QVERIFY(!run.distributionProven);
        run.connected.reset();
        QVERIFY(controller.start(team));
        allowAtSlack(harness, controller, run);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(run.connected, qPrintable(describe(run)));
    }
    QVERIFY(run.distributionProven);
    QCOMPARE(DistributionState::load(harness.settings(), SlackSandbox::healthyAppId()),
        DistributionState::State::Proven);
}

void TestInstallController::pasteModeTakesTheAddressTheBrowserEndedOn()
{
    InstallHarness harness;
    QString error;
    QVERIFY2(harness.start(&error), qPrintable(error));
    // Every sandbox app lists the loopback URI; an address below it passes Slack's rule too.
    const QString landing = QStringLiteral("https://127.0.0.1:%1/workspace-connector/callback")
                                .arg(harness.loopbackPort());
    harness.usePasteMode(landing);
    InstallController controller(
        &harness.session(), &harness.settings(), &harness.network(), &harness.ledger());
    harness.prepare(controller);
    Run run;
    watch(controller, run);
    QVERIFY(controller.start());
    QVERIFY(!controller.usesLoopback());
    // Nothing listens in paste mode.
    QTcpSocket probe;
    probe.connectToHost(QHostAddress::LocalHost, harness.loopbackPort());
    QVERIFY(!probe.waitForConnected(500));

    auto browser = harness.browser();
    browser->setFollowRedirects(false);
    browser->open(run.browserUrl);
    const SandboxBrowser::Page redirect = browser->allow(QStringLiteral("T0SANDBOX02"));
    QVERIFY(redirect.isRedirect());
    // Text that is no address leaves the attempt waiting.
    controller.submitPastedAddress(QStringLiteral("no address here"));
    QVERIFY(run.failure);
    QCOMPARE(controller.phase(), InstallController::Phase::WaitingForBrowser);
    run.failure.reset();
    controller.submitPastedAddress(
        QStringLiteral("  ") + QString::fromUtf8(redirect.locationUrl().toEncoded()));
    QVERIFY2(QTest::qWaitFor([&] { return settled(run, controller); }, 30000),
        qPrintable(describe(run)));
    QVERIFY2(run.connected, qPrintable(describe(run)));
    QCOMPARE(run.connected->teamId, QStringLiteral("T0SANDBOX02"));
}

void TestInstallController::aBusyPortIsAClearError()
{
    InstallHarness harness;
    QString error;
    QVERIFY2(harness.start(&error), qPrintable(error));
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, harness.loopbackPort()));
    InstallController controller(
        &harness.session(), &harness.settings(), &harness.network(), &harness.ledger());
    harness.prepare(controller);
    Run run;
    watch(controller, run);
    QVERIFY(!controller.start());
    QVERIFY(run.failure);
    QCOMPARE(run.failure->step, InstallFailure::Step::Listener);
    QVERIFY2(run.failure->detail.contains(QString::number(harness.loopbackPort()))
            || run.failure->fix.contains(QString::number(harness.loopbackPort())),
        qPrintable(describe(run)));
    QVERIFY(run.browserUrl.isEmpty());
    QCOMPARE(controller.phase(), InstallController::Phase::Idle);
}

void TestInstallController::noManifestIsAClearError()
{
    InstallHarness harness;
    QString error;
    QVERIFY2(harness.start(&error), qPrintable(error));
    harness.session().setManifest(SlackManifest());
    InstallController controller(
        &harness.session(), &harness.settings(), &harness.network(), &harness.ledger());
    Run run;
    watch(controller, run);
    QVERIFY(!controller.start());
    QVERIFY(run.failure);
    QCOMPARE(run.failure->code, QStringLiteral("no_manifest"));
    QVERIFY(run.browserUrl.isEmpty());
}

void TestInstallController::updateAccessReplacesTheLinkWithoutAsking()
{
    InstallHarness harness;
    QString error;
    QVERIFY2(harness.start(&error), qPrintable(error));
    InstallController controller(
        &harness.session(), &harness.settings(), &harness.network(), &harness.ledger());
    harness.prepare(controller);
    Run run;
    watch(controller, run);
    QVERIFY(controller.start(QStringLiteral("T0SANDBOX02")));
    allowAtSlack(harness, controller, run);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(run.connected);

    run = Run();
    QVERIFY(controller.startUpdateAccess(QStringLiteral("T0SANDBOX02")));
    QCOMPARE(controller.updatingTeamId(), QStringLiteral("T0SANDBOX02"));
    QCOMPARE(QUrlQuery(run.browserUrl).queryItemValue(QStringLiteral("team")),
        QStringLiteral("T0SANDBOX02"));
    allowAtSlack(harness, controller, run);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(run.connected, qPrintable(describe(run)));
    QVERIFY(run.replaceAsked.isEmpty());
    QVERIFY(run.connected->replacedExisting);
    QVERIFY(controller.updatingTeamId().isEmpty());
    const auto events = harness.ledger().eventsOfTeam(QStringLiteral("T0SANDBOX02"));
    QCOMPARE(events->size(), 2);
    QCOMPARE(events->constFirst().kind, Ledger::Kind::AccessUpdate);
}

void TestInstallController::updateAccessAnsweredForAnotherWorkspaceChangesNothing()
{
    InstallHarness harness;
    QString error;
    QVERIFY2(harness.start(&error), qPrintable(error));
    InstallController controller(
        &harness.session(), &harness.settings(), &harness.network(), &harness.ledger());
    harness.prepare(controller);
    Run run;
    watch(controller, run);
    QVERIFY(controller.startUpdateAccess(QStringLiteral("T0SANDBOX02")));
    auto browser = harness.browser();
    browser->open(run.browserUrl);
    // The admin picks another workspace on Slack's screen.
    QCOMPARE(browser->allow(QStringLiteral("T0SANDBOX03")).status, 200);
    QVERIFY2(QTest::qWaitFor([&] { return run.connected || run.failure; }, 30000),
        qPrintable(describe(run)));
    QVERIFY(run.failure);
    QCOMPARE(run.failure->code, QStringLiteral("update_access_other_workspace"));
    QVERIFY(harness.bitbucket().linkedTeamIds().isEmpty());
    QCOMPARE(controller.phase(), InstallController::Phase::Idle);
}

void TestInstallController::scopesNotGrantedAreReported()
{
    InstallHarness harness;
    QString error;
    QVERIFY2(harness.start(&error), qPrintable(error));
    const QStringList botScopes = harness.session().manifest().botScopes();
    QString withheld;
    for (const QString &scope : botScopes) {
        if (scope != QLatin1String("users:read")) // Bitbucket cannot do without users:read
            withheld = scope;
    }
    QVERIFY2(!withheld.isEmpty(), "the healthy app asks for more than users:read");
    harness.slack().setWithheldScopes({withheld});
    InstallController controller(
        &harness.session(), &harness.settings(), &harness.network(), &harness.ledger());
    harness.prepare(controller);
    Run run;
    watch(controller, run);
    QVERIFY(controller.start(QStringLiteral("T0SANDBOX02")));
    allowAtSlack(harness, controller, run);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(run.connected, qPrintable(describe(run)));
    QCOMPARE(run.connected->missingBotScopes, QStringList {withheld});
    QCOMPARE(run.warnings.size(), 1);
    QVERIFY2(run.warnings.constFirst().contains(withheld), qPrintable(run.warnings.constFirst()));
    const auto events = harness.ledger().eventsOfTeam(QStringLiteral("T0SANDBOX02"));
    QCOMPARE(events->constFirst().missingBotScopes, QStringList {withheld});
    QVERIFY(!events->constFirst().botScopes.contains(withheld));
}

// The main window's Update Access: the session holds no manifest, the scopes it asked for last
// time are remembered.
void TestInstallController::rememberedScopesServeWithoutAManifest()
{
    InstallHarness harness;
    QString error;
    QVERIFY2(harness.start(&error), qPrintable(error));
    const SlackManifest manifest = harness.session().manifest();
    harness.session().setManifest(SlackManifest());
    InstallController controller(
        &harness.session(), &harness.settings(), &harness.network(), &harness.ledger());
    harness.prepare(controller);
    controller.setRememberedScopes(manifest.botScopes(), manifest.userScopes());
    Run run;
    watch(controller, run);
    QVERIFY(controller.start(QStringLiteral("T0SANDBOX02")));
    QCOMPARE(QUrlQuery(run.browserUrl).queryItemValue(QStringLiteral("scope")),
        manifest.botScopes().join(u','));
    allowAtSlack(harness, controller, run);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(run.connected, qPrintable(describe(run)));
    QVERIFY(run.connected->missingBotScopes.isEmpty());
}

QTEST_GUILESS_MAIN(TestInstallController)
#include "tst_installcontroller.moc"
