#include "CheckRow.h"
#include "DecisionBox.h"
#include "FixDialog.h"
#include "HttpsPage.h"
#include "MessageBanner.h"
#include "SlackAppSection.h"
#include "TroubleshootDialog.h"

#include "BitbucketSandbox.h"
#include "SandboxManifests.h"
#include "SlackSandbox.h"
#include "checks/CheckRunner.h"
#include "setup/SetupSession.h"
#include "slack/SlackChecks.h"
#include "store/MemorySecretStore.h"
#include "store/SecretStore.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QWizard>

using Fault = BitbucketSandbox::Fault;
Q_DECLARE_METATYPE(BitbucketSandbox::Fault)

namespace {

// Long enough for every check against a local server, short of the runner's 15 s bound.
constexpr int checksDoneMs = 20000;

// Long enough for the manifest to come from the Slack stand-in.
constexpr int manifestReadMs = 20000;

// The HTTPS page and an empty page after it, so there is a Next button to look at. With
// `pageBefore`, an empty page comes first, as the Connect page does in the program.
struct Wizard
{
    QWizard wizard;
    HttpsPage *page;

    Wizard(SetupSession *session, QNetworkAccessManager *network, SecretStore *secrets,
        bool pageBefore = false)
        : page(new HttpsPage(session, network, secrets))
    {
        if (pageBefore) {
            wizard.addPage(new QWizardPage);
        }
        wizard.addPage(page);
        wizard.addPage(new QWizardPage);
    }

    QAbstractButton *next() const { return wizard.button(QWizard::NextButton); }
    SlackAppSection *slack() const { return page->slackSection(); }
};

QString programRedirectUri()
{
    return ConnectionSettings().programRedirectUri();
}

QJsonObject sandboxApp(const QUrl &base, const QString &name)
{
    for (const SandboxManifests::App &app : SandboxManifests::apps(base, programRedirectUri())) {
        if (app.name == name) {
            return app.manifest;
        }
    }
    return {};
}

} // namespace

class tst_HttpsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void healthyBitbucketPasses();
    void faultShowsItsFix_data();
    void faultShowsItsFix();
    void oneCheckRunsAgain();
    void cancelledChecksKeepNextOff();
    void keyboardAndScreenReaders();

    void noManifestYetSaysWhereToGetIt();
    void healthyManifestFilePasses();
    void faultyManifestFileOffersItsFix_data();
    void faultyManifestFileOffersItsFix();
    void unreadableManifestFileSaysWhy();
    void failedCheckLinksToTroubleshooter();
    void manifestReadWithToken();
    void tokenKeptForTheSessionWithoutKeychain();
    void fixAppliedThroughTokenPasses();
    void refusedTokenLeadsBackToConnect();
    void tabReachesTheFix();

private:
    static SetupSession sessionFor(const BitbucketSandbox &sandbox);
    static std::unique_ptr<BitbucketSandbox> startSandbox(const QSet<Fault> &faults);
    static void waitForChecks(Wizard &wizard);
    static void waitForManifest(Wizard &wizard);
    QString writeManifest(const QJsonObject &manifest, const QString &name);
    std::unique_ptr<SlackSandbox> startSlack(const BitbucketSandbox &bitbucket);
    void useToken(SetupSession &session, SlackSandbox &slack, const QString &appName,
        SlackSandbox::TokenPair *issued = nullptr);

    QNetworkAccessManager m_network;
    MemorySecretStore m_secrets;
    QTemporaryDir m_dir;
};

void tst_HttpsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

QString tst_HttpsPage::writeManifest(const QJsonObject &manifest, const QString &name)
{
    const QString path = m_dir.filePath(name + QStringLiteral(".json"));
    QFile file(path);
    [&] {
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QVERIFY(file.write(QJsonDocument(manifest).toJson()) > 0);
    }();
    return path;
}

void tst_HttpsPage::waitForManifest(Wizard &wizard)
{
    if (wizard.slack()->isBusy()) {
        QSignalSpy finished(wizard.slack(), &SlackAppSection::finished);
        QVERIFY(finished.wait(manifestReadMs));
    }
    QVERIFY(!wizard.slack()->isBusy());
}

std::unique_ptr<SlackSandbox> tst_HttpsPage::startSlack(const BitbucketSandbox &bitbucket)
{
    SlackSandbox::Options options;
    options.authority = bitbucket.certificateAuthority();
    options.caBundlePath = bitbucket.caBundlePath();
    options.bitbucketBaseUrl = bitbucket.baseUrl();
    options.programRedirectUri = programRedirectUri();
    options.workDirectory = m_dir.path();
    auto slack = std::make_unique<SlackSandbox>(options);
    QString error;
    const bool started = slack->start(&error);
    [&] {
        QVERIFY2(started, qPrintable(error));
    }();
    return started ? std::move(slack) : nullptr;
}

void tst_HttpsPage::useToken(SetupSession &session, SlackSandbox &slack, const QString &appName,
    SlackSandbox::TokenPair *issued)
{
    const SlackSandbox::TokenPair pair = slack.issueConfigToken();
    if (issued) {
        *issued = pair;
    }
    ConnectionSettings connection = session.connection();
    connection.slackAppId = slack.appIds().value(appName);
    connection.slackApiBase = slack.apiBase();
    session.setConnection(connection);
    // As the Connect page hands over a pair the admin has just entered.
    session.setSecret(SecretKey::slackConfigToken,
        ConfigToken::fromPasted(pair.accessToken, pair.refreshToken).toStored());
    session.setConfigTokenReplaced(true);
}

std::unique_ptr<BitbucketSandbox> tst_HttpsPage::startSandbox(const QSet<Fault> &faults)
{
    BitbucketSandbox::Options options;
    options.faults = faults;
    options.latencyMs = 10000;
    auto sandbox = std::make_unique<BitbucketSandbox>(options);
    QString error;
    const bool started = sandbox->start(&error);
    [&] {
        QVERIFY2(started, qPrintable(error));
    }();
    return started ? std::move(sandbox) : nullptr;
}

SetupSession tst_HttpsPage::sessionFor(const BitbucketSandbox &sandbox)
{
    SetupSession session;
    ConnectionSettings connection;
    connection.bitbucketBaseUrl = sandbox.baseUrl();
    connection.bitbucketUsername = BitbucketSandbox::adminUser();
    connection.caBundlePath = sandbox.caBundlePath();
    connection.plainHttpPort = sandbox.httpPort();
    connection.slackAppId = QStringLiteral("A0123ABCD");
    session.setConnection(connection);
    session.setSecret(SecretKey::bitbucketPassword, BitbucketSandbox::adminPassword());
    return session;
}

void tst_HttpsPage::waitForChecks(Wizard &wizard)
{
    CheckRunner *runner = wizard.page->runner();
    if (runner->isRunning()) {
        QSignalSpy finished(runner, &CheckRunner::allFinished);
        QVERIFY(finished.wait(checksDoneMs));
    }
    QVERIFY(!runner->isRunning());
}

void tst_HttpsPage::healthyBitbucketPasses()
{
    auto sandbox = startSandbox({});
    QVERIFY(sandbox);
    SetupSession session = sessionFor(*sandbox);
    Wizard wizard(&session, &m_network, &m_secrets);
    QSignalSpy started(wizard.page->runner(), &CheckRunner::checkStarted);
    wizard.wizard.show();

    // Entering the page starts every check, shown live.
    QCOMPARE(started.count(), wizard.page->runner()->checkIds().size());
    QVERIFY(!wizard.next()->isEnabled());
    QVERIFY(wizard.page->cancelButton()->isEnabled());
    QVERIFY(!wizard.page->runAllButton()->isEnabled());
    QVERIFY(wizard.page->summaryLabel()->text().startsWith(QLatin1String("Checking")));

    waitForChecks(wizard);
    for (const QString &id : wizard.page->runner()->checkIds()) {
        CheckRow *row = wizard.page->row(id);
        QVERIFY2(row, qPrintable(id));
        const CheckResult result = wizard.page->runner()->result(id);
        QVERIFY2(result.status == CheckResult::Status::Pass,
            qPrintable(id + QStringLiteral(": ") + result.summary));
        QCOMPARE(row->statusLabel()->text(), CheckResult::statusLabel(CheckResult::Status::Pass));
        QCOMPARE(row->summaryLabel()->text(), result.summary);
        QVERIFY(row->isVisible());
    }
    QTRY_VERIFY(wizard.next()->isEnabled());
    QVERIFY(wizard.page->summaryLabel()->text().startsWith(
        QLatin1String("Every Bitbucket check passed.\n")));
    QVERIFY(wizard.page->runAllButton()->isEnabled());
    QVERIFY(!wizard.page->cancelButton()->isEnabled());
}

void tst_HttpsPage::faultShowsItsFix_data()
{
    QTest::addColumn<QSet<Fault>>("faults");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("failingId");
    const QString admin = BitbucketSandbox::adminPassword();
    QTest::newRow("self-signed certificate")
        << QSet<Fault> {Fault::SelfSignedCertificate} << admin << QStringLiteral("bitbucket.tls");
    QTest::newRow("expired certificate")
        << QSet<Fault> {Fault::ExpiredCertificate} << admin << QStringLiteral("bitbucket.tls");
    QTest::newRow("proxy redirects to http") << QSet<Fault> {Fault::HttpProxyRedirect} << admin
                                             << QStringLiteral("bitbucket.proxy-scheme");
    QTest::newRow("slack unreachable") << QSet<Fault> {Fault::SlackUnreachable} << admin
                                       << QStringLiteral("bitbucket.slack-integration");
    QTest::newRow("wrong password") << QSet<Fault> {} << QStringLiteral("not-the-password")
                                    << QStringLiteral("bitbucket.admin");
}

void tst_HttpsPage::faultShowsItsFix()
{
    QFETCH(QSet<Fault>, faults);
    QFETCH(QString, password);
    QFETCH(QString, failingId);
    auto sandbox = startSandbox(faults);
    QVERIFY(sandbox);
    SetupSession session = sessionFor(*sandbox);
    session.setSecret(SecretKey::bitbucketPassword, password);
    Wizard wizard(&session, &m_network, &m_secrets);
    wizard.wizard.show();
    waitForChecks(wizard);

    const CheckResult result = wizard.page->runner()->result(failingId);
    QCOMPARE(CheckResult::statusName(result.status), QStringLiteral("fail"));
    CheckRow *row = wizard.page->row(failingId);
    QCOMPARE(row->statusLabel()->text(), CheckResult::statusLabel(CheckResult::Status::Fail));
    // The failing row opens by itself and shows the fix as text that can be selected.
    QVERIFY(row->isExpanded());
    QVERIFY(!result.fix.isEmpty());
    QVERIFY(row->fixLabel()->isVisible());
    QCOMPARE(row->fixLabel()->text(), result.fix);
    QVERIFY(row->fixLabel()->textInteractionFlags() & Qt::TextSelectableByMouse);
    QCOMPARE(row->detailLabel()->text(), result.detail);

    QVERIFY(!wizard.page->isComplete());
    QVERIFY(!wizard.next()->isEnabled());
    QVERIFY(wizard.page->summaryLabel()->text().contains(QLatin1String("failed")));
}

void tst_HttpsPage::oneCheckRunsAgain()
{
    auto sandbox = startSandbox({});
    QVERIFY(sandbox);
    SetupSession session = sessionFor(*sandbox);
    Wizard wizard(&session, &m_network, &m_secrets);
    wizard.wizard.show();
    waitForChecks(wizard);
    QTRY_VERIFY(wizard.next()->isEnabled());

    const QString id = QStringLiteral("bitbucket.rest");
    CheckRow *row = wizard.page->row(id);
    QSignalSpy started(wizard.page->runner(), &CheckRunner::checkStarted);
    QSignalSpy finished(wizard.page->runner(), &CheckRunner::checkFinished);
    QTest::mouseClick(row->rerunButton(), Qt::LeftButton);

    QCOMPARE(started.count(), 1);
    QCOMPARE(started.first().first().toString(), id);
    QCOMPARE(row->statusLabel()->text(), CheckResult::statusLabel(CheckResult::Status::Running));
    QVERIFY(!row->rerunButton()->isEnabled());
    QVERIFY(!wizard.next()->isEnabled());

    QVERIFY(finished.wait(checksDoneMs));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(row->statusLabel()->text(), CheckResult::statusLabel(CheckResult::Status::Pass));
    QVERIFY(row->rerunButton()->isEnabled());
    QTRY_VERIFY(wizard.next()->isEnabled());
}

void tst_HttpsPage::cancelledChecksKeepNextOff()
{
    auto sandbox = startSandbox({Fault::SlowAnswers});
    QVERIFY(sandbox);
    SetupSession session = sessionFor(*sandbox);
    Wizard wizard(&session, &m_network, &m_secrets);
    wizard.wizard.show();
    CheckRunner *runner = wizard.page->runner();
    QVERIFY(runner->isRunning());
    QStringList unfinished;
    for (const CheckResult &result : runner->results()) {
        if (!result.isFinished()) {
            unfinished << result.id;
        }
    }
    QVERIFY(!unfinished.isEmpty());

    QTest::mouseClick(wizard.page->cancelButton(), Qt::LeftButton);
    QTRY_VERIFY(!runner->isRunning());
    for (const QString &id : std::as_const(unfinished)) {
        QCOMPARE(wizard.page->row(id)->statusLabel()->text(),
            CheckResult::statusLabel(CheckResult::Status::Skip));
    }
    QVERIFY(wizard.page->runAllButton()->isEnabled());
    QVERIFY(!wizard.page->cancelButton()->isEnabled());
    // Skipped because the admin stopped them is not the same as done: Next stays off.
    QVERIFY(!wizard.next()->isEnabled());
    QVERIFY(wizard.page->summaryLabel()->text().contains(QLatin1String("cancelled")));
}

void tst_HttpsPage::keyboardAndScreenReaders()
{
    auto sandbox = startSandbox({});
    QVERIFY(sandbox);
    SetupSession session = sessionFor(*sandbox);
    Wizard wizard(&session, &m_network, &m_secrets);
    wizard.wizard.show();
    waitForChecks(wizard);

    QVERIFY(wizard.page->runAllButton()->text().contains(u'&'));
    QVERIFY(wizard.page->cancelButton()->text().contains(u'&'));
    for (const QString &id : wizard.page->runner()->checkIds()) {
        CheckRow *row = wizard.page->row(id);
        QVERIFY(!row->detailsToggle()->accessibleName().isEmpty());
        QVERIFY(!row->rerunButton()->accessibleName().isEmpty());
        QVERIFY(row->rerunButton()->focusPolicy() & Qt::TabFocus);
        QVERIFY(row->detailsToggle()->focusPolicy() & Qt::TabFocus);
    }
    // The headings say which checks are which.
    const QList<QLabel *> labels = wizard.page->findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.cbegin(), labels.cend(),
        [](QLabel *label) { return label->text() == QLatin1String("Bitbucket checks"); }));
    QVERIFY(std::any_of(labels.cbegin(), labels.cend(),
        [](QLabel *label) { return label->text() == QLatin1String("Slack app"); }));
    QVERIFY(wizard.slack()->loadFileButton()->text().contains(u'&'));
    for (const QString &id : SlackChecks::checkIds()) {
        QVERIFY(wizard.slack()->row(id));
        QVERIFY(!wizard.slack()->row(id)->rerunButton()->accessibleName().isEmpty());
    }
}

void tst_HttpsPage::noManifestYetSaysWhereToGetIt()
{
    auto sandbox = startSandbox({});
    QVERIFY(sandbox);
    SetupSession session = sessionFor(*sandbox);
    Wizard wizard(&session, &m_network, &m_secrets);
    wizard.wizard.show();
    QVERIFY(!wizard.slack()->isBusy());
    QCOMPARE(wizard.slack()->source(), SlackAppSection::Source::None);
    // Without a token the file is the way in, and the page says where Slack offers it.
    QVERIFY(wizard.slack()->loadFileButton()->isVisible());
    QVERIFY(wizard.slack()->sourceLabel()->text().contains(QLatin1String("App Manifest")));
    for (const QString &id : SlackChecks::checkIds()) {
        QCOMPARE(wizard.slack()->row(id)->result().status, CheckResult::Status::Skip);
    }
}

void tst_HttpsPage::healthyManifestFilePasses()
{
    auto sandbox = startSandbox({});
    QVERIFY(sandbox);
    SetupSession session = sessionFor(*sandbox);
    const QString path =
        writeManifest(SandboxManifests::healthy(sandbox->baseUrl(), programRedirectUri()),
            QStringLiteral("healthy"));
    Wizard wizard(&session, &m_network, &m_secrets);
    wizard.wizard.show();

    // Through the file dialog, as the admin does it.
    QTest::mouseClick(wizard.slack()->loadFileButton(), Qt::LeftButton);
    QFileDialog *files = nullptr;
    QTRY_VERIFY((files = wizard.slack()->findChild<QFileDialog *>()));
    files->selectFile(path);
    static_cast<QDialog *>(files)->accept(); // as the Save or Open button does
    QTRY_COMPARE(wizard.slack()->source(), SlackAppSection::Source::File);

    QVERIFY(wizard.slack()->sourceLabel()->text().contains(path));
    for (const QString &id : SlackChecks::checkIds()) {
        CheckRow *row = wizard.slack()->row(id);
        QVERIFY2(row->result().status == CheckResult::Status::Pass,
            qPrintable(
                id + QStringLiteral(": ") + row->result().summary + u' ' + row->result().detail));
        QCOMPARE(row->statusLabel()->text(), CheckResult::statusLabel(CheckResult::Status::Pass));
        QVERIFY(!row->fixButton()->isVisible());
        QVERIFY(!row->troubleshootLink()->isVisible());
    }
    QCOMPARE(wizard.slack()->summaryText(), QStringLiteral("Every Slack check passed."));
    QVERIFY(
        wizard.page->summaryLabel()->text().endsWith(QLatin1String("\nEvery Slack check passed.")));
    QCOMPARE(session.manifest().json(),
        SandboxManifests::healthy(sandbox->baseUrl(), programRedirectUri()));
    waitForChecks(wizard);
    QTRY_VERIFY(wizard.next()->isEnabled());
}

void tst_HttpsPage::faultyManifestFileOffersItsFix_data()
{
    QTest::addColumn<QString>("app");
    QTest::addColumn<QString>("failingId");
    QTest::addColumn<QString>("fix");
    QTest::addColumn<QStringList>("alsoFailing");
    // Request and Redirect URLs on http no longer match this Bitbucket's https base URL either.
    QTest::newRow("http urls") << QStringLiteral("http-urls") << QStringLiteral("slack.urls-https")
                               << QStringLiteral("Make all URLs HTTPS")
                               << QStringList {QStringLiteral("slack.request-urls"),
                                      QStringLiteral("slack.redirect-urls")};
    QTest::newRow("request urls elsewhere")
        << QStringLiteral("request-urls-elsewhere") << QStringLiteral("slack.request-urls")
        << QStringLiteral("Point request URLs at this Bitbucket") << QStringList();
    QTest::newRow("missing redirect urls")
        << QStringLiteral("missing-redirect-urls") << QStringLiteral("slack.redirect-urls")
        << QStringLiteral("Add this Redirect URL") << QStringList();
    QTest::newRow("redirect urls misordered")
        << QStringLiteral("misordered-redirect-urls") << QStringLiteral("slack.redirect-urls")
        << QStringLiteral("Add this Redirect URL") << QStringList();
    QTest::newRow("socket mode") << QStringLiteral("socket-mode")
                                 << QStringLiteral("slack.request-urls")
                                 << QStringLiteral("Point request URLs at this Bitbucket")
                                 << QStringList();
    QTest::newRow("token rotation")
        << QStringLiteral("token-rotation") << QStringLiteral("slack.token-rotation")
        << QStringLiteral("Turn off token rotation") << QStringList();
    QTest::newRow("missing scopes")
        << QStringLiteral("missing-scopes") << QStringLiteral("slack.scopes")
        << QStringLiteral("Add missing scopes") << QStringList();
}

void tst_HttpsPage::faultyManifestFileOffersItsFix()
{
    QFETCH(QString, app);
    QFETCH(QString, failingId);
    QFETCH(QString, fix);
    QFETCH(QStringList, alsoFailing);
    auto sandbox = startSandbox({});
    QVERIFY(sandbox);
    SetupSession session = sessionFor(*sandbox);
    const QJsonObject manifest = sandboxApp(sandbox->baseUrl(), app);
    QVERIFY(!manifest.isEmpty());
    Wizard wizard(&session, &m_network, &m_secrets);
    wizard.wizard.show();
    QVERIFY(wizard.slack()->loadFile(writeManifest(manifest, app)));

    CheckRow *row = wizard.slack()->row(failingId);
    QCOMPARE(row->result().status, CheckResult::Status::Fail);
    QCOMPARE(row->statusLabel()->text(), CheckResult::statusLabel(CheckResult::Status::Fail));
    QVERIFY(row->isExpanded());
    QVERIFY(!row->result().fix.isEmpty());
    QVERIFY(row->fixButton()->isVisible());
    QCOMPARE(row->fixButton()->text(), fix);
    QVERIFY(row->troubleshootLink()->isVisible());
    // The faulty app differs from the healthy one in this fault only.
    QStringList failing;
    for (const QString &id : SlackChecks::checkIds()) {
        if (wizard.slack()->row(id)->result().status == CheckResult::Status::Fail) {
            failing << id;
        }
    }
    QCOMPARE(failing, QStringList {failingId} + alsoFailing);
    waitForChecks(wizard);
    QVERIFY(!wizard.page->isComplete());
    QVERIFY(!wizard.next()->isEnabled());
    // The page's summary, beside Next, says why Next stays off.
    QVERIFY2(wizard.page->summaryLabel()->text().contains(QLatin1String("Slack check")),
        qPrintable(wizard.page->summaryLabel()->text()));

    // Without a token the fix is offered as a manifest to copy or save.
    QTest::mouseClick(row->fixButton(), Qt::LeftButton);
    QTRY_VERIFY(wizard.slack()->fixDialog());
    FixDialog *dialog = wizard.slack()->fixDialog();
    QCOMPARE(dialog->windowTitle(), fix);
    QVERIFY(!dialog->canApply());
    QVERIFY(dialog->copyButton());
    QVERIFY(dialog->changesView());
    dialog->close();
}

void tst_HttpsPage::unreadableManifestFileSaysWhy()
{
    auto sandbox = startSandbox({});
    QVERIFY(sandbox);
    SetupSession session = sessionFor(*sandbox);
    const QString path = m_dir.filePath(QStringLiteral("broken.yaml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("display_information: {name: [unclosed\n");
    file.close();
    Wizard wizard(&session, &m_network, &m_secrets);
    wizard.wizard.show();
    QVERIFY(!wizard.slack()->loadFile(path));
    MessageBanner *banner = wizard.slack()->problemBanner();
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(path));
    QVERIFY(banner->troubleshootLink()->isVisible());
    QCOMPARE(wizard.slack()->source(), SlackAppSection::Source::None);
}

void tst_HttpsPage::failedCheckLinksToTroubleshooter()
{
    auto sandbox = startSandbox({});
    QVERIFY(sandbox);
    SetupSession session = sessionFor(*sandbox);
    Wizard wizard(&session, &m_network, &m_secrets);
    wizard.wizard.show();
    const QJsonObject manifest =
        sandboxApp(sandbox->baseUrl(), QStringLiteral("missing-redirect-urls"));
    QVERIFY(wizard.slack()->loadFile(writeManifest(manifest, QStringLiteral("redirects"))));
    CheckRow *row = wizard.slack()->row(QStringLiteral("slack.redirect-urls"));
    QVERIFY(row->troubleshootLink()->isVisible());

    QTest::mouseClick(row->troubleshootLink(), Qt::LeftButton);
    TroubleshootDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = wizard.page->findChild<TroubleshootDialog *>()));
    QCOMPARE(dialog->textEdit()->toPlainText(), row->problemText());
    QVERIFY(dialog->textEdit()->toPlainText().contains(row->result().summary));
    // The troubleshooter compares with the manifest that was just read.
    QVERIFY(dialog->contextLabel()->text().contains(QLatin1String("Redirect URL")));
    QVERIFY(!dialog->contextLabel()->text().contains(QLatin1String("No manifest")));
    dialog->close();
}

void tst_HttpsPage::manifestReadWithToken()
{
    auto sandbox = startSandbox({});
    QVERIFY(sandbox);
    auto slack = startSlack(*sandbox);
    QVERIFY(slack);
    SetupSession session = sessionFor(*sandbox);
    useToken(session, *slack, QStringLiteral("healthy"));
    Wizard wizard(&session, &m_network, &m_secrets);
    wizard.wizard.show();
    QVERIFY(wizard.slack()->isBusy());
    QVERIFY(!wizard.next()->isEnabled());
    waitForManifest(wizard);

    QCOMPARE(wizard.slack()->source(), SlackAppSection::Source::Slack);
    QVERIFY(wizard.slack()->problemBanner()->isHidden());
    QCOMPARE(wizard.slack()->manifest().json(), slack->manifest(SlackSandbox::healthyAppId()));
    for (const QString &id : SlackChecks::checkIds()) {
        QVERIFY2(wizard.slack()->row(id)->result().status == CheckResult::Status::Pass,
            qPrintable(id + QStringLiteral(": ") + wizard.slack()->row(id)->result().summary));
    }
    // The pair handed over is now the kept one.
    QVERIFY(!session.configTokenReplaced());
    waitForChecks(wizard);
    QTRY_VERIFY(wizard.next()->isEnabled());
}

void tst_HttpsPage::tokenKeptForTheSessionWithoutKeychain()
{
    auto sandbox = startSandbox({});
    QVERIFY(sandbox);
    auto slack = startSlack(*sandbox);
    QVERIFY(slack);
    SetupSession session = sessionFor(*sandbox);
    useToken(session, *slack, QStringLiteral("healthy"));
    MemorySecretStore noKeychain;
    noKeychain.setAvailable(false);
    Wizard wizard(&session, &m_network, &noKeychain);
    wizard.wizard.show();
    waitForManifest(wizard);

    // The token entered still reads the manifest; the page says it is not kept.
    QCOMPARE(wizard.slack()->source(), SlackAppSection::Source::Slack);
    QCOMPARE(wizard.slack()->manifest().json(), slack->manifest(SlackSandbox::healthyAppId()));
    QVERIFY(wizard.slack()->problemBanner()->isVisible());
    QVERIFY2(wizard.slack()->problemBanner()->text().contains(QLatin1String("keychain")),
        qPrintable(wizard.slack()->problemBanner()->text()));
    waitForChecks(wizard);
    QTRY_VERIFY(wizard.next()->isEnabled());
}

void tst_HttpsPage::fixAppliedThroughTokenPasses()
{
    auto sandbox = startSandbox({});
    QVERIFY(sandbox);
    auto slack = startSlack(*sandbox);
    QVERIFY(slack);
    SetupSession session = sessionFor(*sandbox);
    useToken(session, *slack, QStringLiteral("token-rotation"));
    const QString appId = session.connection().slackAppId;
    Wizard wizard(&session, &m_network, &m_secrets);
    wizard.wizard.show();
    waitForManifest(wizard);
    CheckRow *row = wizard.slack()->row(QStringLiteral("slack.token-rotation"));
    QCOMPARE(row->result().status, CheckResult::Status::Fail);

    QTest::mouseClick(row->fixButton(), Qt::LeftButton);
    QTRY_VERIFY(wizard.slack()->fixDialog());
    FixDialog *dialog = wizard.slack()->fixDialog();
    QVERIFY(dialog->canApply());
    QVERIFY(!dialog->applyButton()->isEnabled());
    QSignalSpy validated(dialog, &FixDialog::validated);
    QTest::mouseClick(dialog->validateButton(), Qt::LeftButton);
    QVERIFY(validated.wait(manifestReadMs));
    QVERIFY(dialog->applyButton()->isEnabled());

    DecisionBox::setAnswerForTests(true);
    QSignalSpy reread(wizard.slack(), &SlackAppSection::finished);
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    DecisionBox::setAnswerForTests(std::nullopt);
    // After the update the page reads the manifest again and runs the checks on it.
    QVERIFY(reread.wait(manifestReadMs));
    QCOMPARE(slack->updateCount(appId), 1);
    QCOMPARE(row->result().status, CheckResult::Status::Pass);
    QCOMPARE(wizard.slack()->manifest().json(), slack->manifest(appId));
    QVERIFY(!slack->manifest(appId)
                 .value(QLatin1String("settings"))
                 .toObject()
                 .value(QLatin1String("token_rotation_enabled"))
                 .toBool());
    waitForChecks(wizard);
    QTRY_VERIFY(wizard.next()->isEnabled());
    dialog->close();
}

void tst_HttpsPage::refusedTokenLeadsBackToConnect()
{
    auto sandbox = startSandbox({});
    QVERIFY(sandbox);
    auto slack = startSlack(*sandbox);
    QVERIFY(slack);
    SetupSession session = sessionFor(*sandbox);
    SlackSandbox::TokenPair pair;
    useToken(session, *slack, QStringLiteral("healthy"), &pair);
    slack->revokeToken(pair.accessToken);
    Wizard wizard(&session, &m_network, &m_secrets, true);
    wizard.wizard.show();
    wizard.wizard.next();
    QCOMPARE(wizard.wizard.currentPage(), wizard.page);
    waitForManifest(wizard);

    MessageBanner *banner = wizard.slack()->problemBanner();
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QLatin1String("token")), qPrintable(banner->text()));
    QVERIFY(banner->actionButton()->isVisible());
    QCOMPARE(banner->actionButton()->text(), QStringLiteral("Enter a New &Token"));
    QVERIFY(banner->troubleshootLink()->isVisible());
    // The file stays a way forward.
    QVERIFY(wizard.slack()->loadFileButton()->isVisible());
    for (const QString &id : SlackChecks::checkIds()) {
        QCOMPARE(wizard.slack()->row(id)->result().status, CheckResult::Status::Skip);
    }

    QSignalSpy newToken(wizard.page, &HttpsPage::newTokenRequested);
    QTest::mouseClick(banner->actionButton(), Qt::LeftButton);
    QCOMPARE(newToken.count(), 1);
    QCOMPARE(wizard.wizard.currentId(), 0);
}

void tst_HttpsPage::tabReachesTheFix()
{
    auto sandbox = startSandbox({});
    QVERIFY(sandbox);
    SetupSession session = sessionFor(*sandbox);
    Wizard wizard(&session, &m_network, &m_secrets);
    wizard.wizard.show();
    QVERIFY(QTest::qWaitForWindowActive(&wizard.wizard));
    const QJsonObject manifest = sandboxApp(sandbox->baseUrl(), QStringLiteral("token-rotation"));
    const QString path = writeManifest(manifest, QStringLiteral("rotation"));
    CheckRow *row = wizard.slack()->row(QStringLiteral("slack.token-rotation"));

    // A file picked in the dialog: the keyboard lands on the fix of the first failed check.
    QTest::mouseClick(wizard.slack()->loadFileButton(), Qt::LeftButton);
    QFileDialog *files = nullptr;
    QTRY_VERIFY((files = wizard.slack()->findChild<QFileDialog *>()));
    files->selectFile(path);
    static_cast<QDialog *>(files)->accept(); // as the Open button does
    QTRY_COMPARE(QApplication::focusWidget(), row->fixButton());

    // From the file buttons, Tab walks down the rows; at the failed one it stops at the details,
    // Troubleshoot… and the fix, in that order, one key press each.
    wizard.slack()->loadFileButton()->setFocus();
    QList<QWidget *> visited;
    for (int i = 0; i < 20 && QApplication::focusWidget() != row->fixButton(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        visited << QApplication::focusWidget();
    }
    QCOMPARE(QApplication::focusWidget(), row->fixButton());
    QVERIFY(visited.size() >= 3);
    QCOMPARE(visited.at(visited.size() - 2), row->troubleshootLink());
    QCOMPARE(visited.at(visited.size() - 3), row->detailsToggle());

    QTest::keyClick(row->fixButton(), Qt::Key_Space);
    QTRY_VERIFY(wizard.slack()->fixDialog());
    QCOMPARE(wizard.slack()->fixDialog()->windowTitle(), row->fixButton()->text());
    wizard.slack()->fixDialog()->close();
}

QTEST_MAIN(tst_HttpsPage)
#include "tst_httpspage.moc"
