#include "DecisionBox.h"
#include "InstallHarness.h"
#include "InstallPage.h"
#include "MessageBanner.h"
#include "TroubleshootDialog.h"

#include "install/InstallController.h"
#include "loopback/LoopbackCertificate.h"
#include "store/SecretStore.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>
#include <QWizard>

#include <memory>

namespace {

const QString teamTwo = QStringLiteral("T0SANDBOX02");
const QString teamThree = QStringLiteral("T0SANDBOX03");
constexpr int installTimeoutMs = 30000;

// The sandbox servers, and the Install page in a wizard with an empty page after it (so that
// Next can be looked at), shown and active like the admin's window.
struct Fixture
{
    InstallHarness harness;
    QWizard wizard;
    InstallPage *page = nullptr;
    QString error;

    explicit Fixture(const QString &appId = SlackSandbox::healthyAppId())
        : harness(appId)
    { }

    bool start()
    {
        if (!harness.start(&error))
            return false;
        page = new InstallPage(
            &harness.session(), &harness.settings(), &harness.network(), &harness.ledger());
        harness.prepare(*page->controller());
        wizard.addPage(page);
        wizard.addPage(new QWizardPage);
        wizard.resize(840, 660); // as SetupWizard opens
        wizard.show();
        wizard.activateWindow();
        if (!QTest::qWaitForWindowActive(&wizard)) {
            error = QStringLiteral("the wizard did not become active");
            return false;
        }
        return true;
    }

    QAbstractButton *next() const { return wizard.button(QWizard::NextButton); }
    QLabel *teamIdVerdict() const
    {
        return page->findChild<QLabel *>(QStringLiteral("teamIdVerdict"));
    }

    // Types the workspace id (empty: none) and clicks Add to Slack; the address the page hands
    // to the browser, or an empty one.
    QUrl add(const QString &teamId = QString())
    {
        page->teamIdEdit()->clear();
        if (!teamId.isEmpty())
            QTest::keyClicks(page->teamIdEdit(), teamId);
        QSignalSpy requested(page, &InstallPage::browserRequested);
        QTest::mouseClick(page->addButton(), Qt::LeftButton);
        return requested.isEmpty() ? QUrl() : requested.constFirst().constFirst().toUrl();
    }

    // The admin's browser at Slack: opens the permission screen and clicks Allow, following the
    // redirect back to the page's loopback listener, whose certificate it trusts.
    SandboxBrowser::Page allow(const QUrl &url, const QString &teamId = QString())
    {
        auto browser = harness.browser();
        const SandboxBrowser::Page screen = browser->open(url);
        if (!browser->hasScreen())
            return screen;
        return browser->allow(teamId);
    }

    bool idle() const { return page->controller()->phase() == InstallController::Phase::Idle; }

    // A whole install of teamId through the page, up to its row.
    bool install(const QString &teamId)
    {
        const int rows = page->workspaceList()->count();
        const QUrl url = add(teamId);
        if (url.isEmpty())
            return false;
        if (allow(url).status != 200)
            return false;
        return QTest::qWaitFor(
            [&] { return page->workspaceList()->count() > rows && idle(); }, installTimeoutMs);
    }

    QStringList rows() const
    {
        QStringList texts;
        for (int i = 0; i < page->workspaceList()->count(); ++i)
            texts << page->workspaceList()->item(i)->text();
        return texts;
    }

    void useAdmin(const QString &user, const QString &password)
    {
        ConnectionSettings connection = harness.session().connection();
        connection.bitbucketUsername = user;
        harness.session().setConnection(connection);
        harness.session().setSecret(SecretKey::bitbucketPassword, password);
    }
};

bool listening(quint16 port)
{
    QTcpSocket probe;
    probe.connectToHost(QHostAddress::LocalHost, port);
    return probe.waitForConnected(1000);
}

// The visible text of a button, without its mnemonic marker.
QString plain(const QAbstractButton *button)
{
    return QString(button->text()).remove(u'&');
}

} // namespace

class tst_InstallPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void installsAWorkspaceEndToEnd();
    void aSecondWorkspaceGetsASecondRow();
    void theSameWorkspaceAgainIsReplacedWhenTheAdminAgrees();
    void theSameWorkspaceAgainIsKeptWhenTheAdminDeclines();
    void cancelOnSlacksScreenIsShownWithTroubleshoot();
    void bitbucketsRefusalIsShownAsItCameAndARetryWorks();
    void anInvalidWorkspaceIdIsRefused();
    void cancelInTheProgramReturnsToIdle();
    void pasteModeTakesThePastedAddress();
    void aNotDistributedAppSendsTheAdminToDistribution();
    void keyboardReachesEveryControl();
};

void tst_InstallPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_InstallPage::cleanup()
{
    DecisionBox::setAnswerForTests(std::nullopt);
    QApplication::clipboard()->clear();
}

void tst_InstallPage::installsAWorkspaceEndToEnd()
{
    Fixture f;
    QVERIFY2(f.start(), qPrintable(f.error));
    InstallPage *page = f.page;
    QVERIFY(!page->isComplete());
    QVERIFY(!f.next()->isEnabled());
    QCOMPARE(plain(page->addButton()), QStringLiteral("Add to Slack"));
    QVERIFY(!page->cancelButton()->isVisible());
    QVERIFY2(page->redirectNote()->text().contains(
                 QStringLiteral("https://127.0.0.1:%1/").arg(f.harness.loopbackPort())),
        qPrintable(page->redirectNote()->text()));

    const QUrl url = f.add(teamTwo);
    QVERIFY(url.isValid());
    QCOMPARE(QUrlQuery(url).queryItemValue(QStringLiteral("team")), teamTwo);
    QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(url.path(), SlackSandbox::authorizePath());

    // While the browser is at Slack the page says so, explains the certificate and offers Cancel.
    QCOMPARE(f.page->controller()->phase(), InstallController::Phase::WaitingForBrowser);
    QVERIFY(page->statusLabel()->isVisible());
    QVERIFY2(page->statusLabel()->text().contains(QStringLiteral("permission screen")),
        qPrintable(page->statusLabel()->text()));
    QVERIFY(page->cancelButton()->isVisible());
    QVERIFY(page->cancelButton()->isEnabled());
    QVERIFY(!page->addButton()->isEnabled());
    QVERIFY(!page->teamIdEdit()->isEnabled());
    QVERIFY(!page->isComplete());
    QVERIFY(!f.next()->isEnabled());
    const LoopbackCertificate certificate =
        LoopbackCertificate::loadOrCreate(f.harness.certificateDirectory());
    QVERIFY(!certificate.isNull());
    QVERIFY(page->certificateLabel()->isVisible());
    QVERIFY2(page->certificateLabel()->text().contains(certificate.sha256Fingerprint()),
        qPrintable(page->certificateLabel()->text()));
    QVERIFY(listening(f.harness.loopbackPort()));

    // The browser: Slack's screen, Allow, and back to the listener with the certificate it was
    // told to trust.
    auto browser = f.harness.browser();
    const SandboxBrowser::Page screen = browser->open(url);
    QVERIFY2(browser->hasScreen(), screen.body.constData());
    QCOMPARE(browser->selectedTeamId(), teamTwo);
    const SandboxBrowser::Page back = browser->allow();
    QVERIFY2(back.status == 200, qPrintable(back.errorString + QString::fromUtf8(back.body)));
    QCOMPARE(back.url.host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(back.url.port(), int(f.harness.loopbackPort()));

    QTRY_COMPARE_WITH_TIMEOUT(page->workspaceList()->count(), 1, installTimeoutMs);
    QTRY_VERIFY(f.idle());
    const QString row = page->workspaceList()->item(0)->text();
    QVERIFY2(row.contains(QStringLiteral("Sandbox Two")), qPrintable(row));
    QVERIFY2(row.contains(teamTwo), qPrintable(row));
    QVERIFY2(row.contains(QStringLiteral("connected")), qPrintable(row));
    QVERIFY2(!row.contains(QStringLiteral("replaced")), qPrintable(row));
    QCOMPARE(page->workspaceList()->item(0)->data(Qt::UserRole).toString(), teamTwo);

    // A link in Bitbucket, an event in the ledger, and the page ready for the next workspace.
    QVERIFY(f.harness.bitbucket().linkedTeamIds().contains(teamTwo));
    const auto events = f.harness.ledger().eventsOfTeam(teamTwo);
    QVERIFY(events);
    QCOMPARE(events->size(), 1);
    QCOMPARE(events->constFirst().kind, Ledger::Kind::Install);
    QCOMPARE(events->constFirst().outcome, Ledger::Outcome::Succeeded);
    QCOMPARE(plain(page->addButton()), QStringLiteral("Add Another Workspace"));
    QVERIFY(page->addButton()->isEnabled());
    QVERIFY(page->teamIdEdit()->isEnabled());
    QVERIFY(page->teamIdEdit()->text().isEmpty());
    QVERIFY(!page->cancelButton()->isVisible());
    QVERIFY(!page->statusLabel()->isVisible());
    QVERIFY(!page->certificateLabel()->isVisible());
    QVERIFY(!page->errorBanner()->isVisible());
    QVERIFY(page->isComplete());
    QVERIFY(f.next()->isEnabled());
    QCOMPARE(page->connectedWorkspaces().size(), 1);
    QVERIFY(!listening(f.harness.loopbackPort()));
}

void tst_InstallPage::aSecondWorkspaceGetsASecondRow()
{
    Fixture f;
    QVERIFY2(f.start(), qPrintable(f.error));
    QVERIFY(f.install(teamTwo));
    // No workspace id: the admin picks it on Slack's screen.
    const QUrl url = f.add();
    QVERIFY(url.isValid());
    QVERIFY(!QUrlQuery(url).hasQueryItem(QStringLiteral("team")));
    QCOMPARE(f.allow(url, teamThree).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(f.page->workspaceList()->count(), 2, installTimeoutMs);
    QTRY_VERIFY(f.idle());
    const QStringList rows = f.rows();
    QVERIFY2(rows.at(0).contains(teamTwo), qPrintable(rows.join(u'|')));
    QVERIFY2(rows.at(1).contains(teamThree), qPrintable(rows.join(u'|')));
    QVERIFY2(rows.at(1).contains(QStringLiteral("Sandbox Three")), qPrintable(rows.join(u'|')));
    QCOMPARE(f.page->connectedWorkspaces().size(), 2);
    QVERIFY(f.harness.bitbucket().linkedTeamIds().contains(teamTwo));
    QVERIFY(f.harness.bitbucket().linkedTeamIds().contains(teamThree));
    QCOMPARE(plain(f.page->addButton()), QStringLiteral("Add Another Workspace"));
    // Two workspaces of one app: its distribution is proven, and nothing warned.
    QVERIFY(!f.page->warningBanner()->isVisible());
    QVERIFY(f.page->warnings().isEmpty());
}

void tst_InstallPage::theSameWorkspaceAgainIsReplacedWhenTheAdminAgrees()
{
    Fixture f;
    QVERIFY2(f.start(), qPrintable(f.error));
    QVERIFY(f.install(teamTwo));
    DecisionBox::setAnswerForTests(true);
    const int asked = DecisionBox::questionsAsked();
    const QUrl url = f.add(teamTwo);
    QCOMPARE(f.allow(url).status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(DecisionBox::questionsAsked() > asked && f.idle(), installTimeoutMs);
    QCOMPARE(DecisionBox::questionsAsked(), asked + 1);
    const DecisionBox::Question question = DecisionBox::lastQuestion();
    QVERIFY2(question.text.contains(teamTwo), qPrintable(question.text));
    QVERIFY2(question.text.contains(QStringLiteral("Sandbox Two")), qPrintable(question.text));
    QVERIFY(!question.verb.isEmpty());

    // One row for the workspace, saying what happened last.
    const QStringList rows = f.rows();
    QCOMPARE(rows.size(), 1);
    QVERIFY2(rows.constFirst().contains(QStringLiteral("replaced")), qPrintable(rows.join(u'|')));
    QCOMPARE(f.page->connectedWorkspaces().size(), 1);
    QVERIFY(!f.page->errorBanner()->isVisible());
    const auto events = f.harness.ledger().eventsOfTeam(teamTwo);
    QCOMPARE(events->size(), 2);
    QCOMPARE(events->constFirst().kind, Ledger::Kind::AccessUpdate);
    QCOMPARE(events->constFirst().outcome, Ledger::Outcome::Succeeded);
    QVERIFY(f.page->isComplete());
}

void tst_InstallPage::theSameWorkspaceAgainIsKeptWhenTheAdminDeclines()
{
    Fixture f;
    QVERIFY2(f.start(), qPrintable(f.error));
    QVERIFY(f.install(teamThree));
    const QStringList before = f.rows();
    DecisionBox::setAnswerForTests(false);
    const int asked = DecisionBox::questionsAsked();
    const QUrl url = f.add(teamThree);
    QCOMPARE(f.allow(url).status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(DecisionBox::questionsAsked() > asked && f.idle(), installTimeoutMs);
    QCOMPARE(f.rows(), before);
    QCOMPARE(f.page->connectedWorkspaces().size(), 1);
    QVERIFY(!f.page->connectedWorkspaces().constFirst().replacedExisting);
    QCOMPARE(f.harness.ledger().eventsOfTeam(teamThree)->size(), 1);
    QVERIFY(!f.page->errorBanner()->isVisible());
    // The page says that nothing changed, and is ready again.
    QVERIFY(f.page->noticeBanner()->isVisible());
    QVERIFY2(f.page->noticeBanner()->text().contains(QStringLiteral("Sandbox Three")),
        qPrintable(f.page->noticeBanner()->text()));
    QVERIFY(f.page->addButton()->isEnabled());
    QVERIFY(!f.page->cancelButton()->isVisible());
    QVERIFY(f.page->isComplete());
    // The next install clears the note.
    const QUrl again = f.add(teamTwo);
    QVERIFY(again.isValid());
    QVERIFY(!f.page->noticeBanner()->isVisible());
    QTest::mouseClick(f.page->cancelButton(), Qt::LeftButton);
    QVERIFY(f.idle());
}

void tst_InstallPage::cancelOnSlacksScreenIsShownWithTroubleshoot()
{
    Fixture f;
    QVERIFY2(f.start(), qPrintable(f.error));
    const QUrl url = f.add(teamTwo);
    auto browser = f.harness.browser();
    browser->open(url);
    QVERIFY(browser->hasScreen());
    const SandboxBrowser::Page page = browser->cancel();
    QCOMPARE(page.status, 400);
    QTRY_VERIFY_WITH_TIMEOUT(f.page->errorBanner()->isVisible(), 10000);
    QVERIFY(f.idle());
    MessageBanner *banner = f.page->errorBanner();
    QVERIFY2(banner->text().contains(QStringLiteral("cancelled")), qPrintable(banner->text()));
    QVERIFY(f.page->errorDetail()->isVisible());
    QVERIFY2(f.page->errorDetail()->text().contains(QStringLiteral("access_denied")),
        qPrintable(f.page->errorDetail()->text()));
    QVERIFY(banner->troubleshootLink()->isVisible());
    QCOMPARE(f.page->workspaceList()->count(), 0);
    QVERIFY(!f.page->isComplete());
    // The fix says what to do next.
    QVERIFY2(banner->text().contains(QStringLiteral("again")), qPrintable(banner->text()));

    // Troubleshoot opens with what went wrong.
    QTest::mouseClick(banner->troubleshootLink(), Qt::LeftButton);
    TroubleshootDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = f.page->findChild<TroubleshootDialog *>()));
    QVERIFY2(dialog->textEdit()->toPlainText().contains(QStringLiteral("access_denied")),
        qPrintable(dialog->textEdit()->toPlainText()));
    dialog->close();

    // Add to Slack works again.
    QVERIFY(f.page->addButton()->isEnabled());
    QCOMPARE(f.page->teamIdEdit()->text(), teamTwo);
    QVERIFY(f.install(teamTwo));
    QVERIFY(!f.page->errorBanner()->isVisible());
    QVERIFY(!f.page->errorDetail()->isVisible());
    QVERIFY(f.page->isComplete());
}

void tst_InstallPage::bitbucketsRefusalIsShownAsItCameAndARetryWorks()
{
    Fixture f;
    QVERIFY2(f.start(), qPrintable(f.error));
    f.useAdmin(BitbucketSandbox::plainUser(), BitbucketSandbox::plainUserPassword());
    const QUrl url = f.add(teamTwo);
    QCOMPARE(f.allow(url).status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(f.page->errorBanner()->isVisible(), installTimeoutMs);
    QVERIFY(f.idle());
    MessageBanner *banner = f.page->errorBanner();
    QVERIFY2(banner->text().contains(QStringLiteral("Sandbox Two")), qPrintable(banner->text()));
    QVERIFY(banner->troubleshootLink()->isVisible());
    // Bitbucket's words, as it sent them.
    QVERIFY(f.page->errorDetail()->isVisible());
    QVERIFY2(f.page->errorDetail()->text().contains(
                 QStringLiteral("User must be an Admin to configure this plugin.")),
        qPrintable(f.page->errorDetail()->text()));
    QCOMPARE(f.page->workspaceList()->count(), 0);
    QVERIFY(!f.harness.bitbucket().linkedTeamIds().contains(teamTwo));
    QVERIFY(!f.page->isComplete());

    QTest::mouseClick(banner->troubleshootLink(), Qt::LeftButton);
    TroubleshootDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = f.page->findChild<TroubleshootDialog *>()));
    QVERIFY2(dialog->textEdit()->toPlainText().contains(
                 QStringLiteral("User must be an Admin to configure this plugin.")),
        qPrintable(dialog->textEdit()->toPlainText()));
    dialog->close();

    // With an administrator's credentials the same workspace goes through.
    f.useAdmin(BitbucketSandbox::adminUser(), BitbucketSandbox::adminPassword());
    QVERIFY(f.page->addButton()->isEnabled());
    QVERIFY(f.install(teamTwo));
    QVERIFY(!banner->isVisible());
    QVERIFY(!f.page->errorDetail()->isVisible());
    QVERIFY(f.harness.bitbucket().linkedTeamIds().contains(teamTwo));
    QVERIFY(f.page->isComplete());
}

void tst_InstallPage::anInvalidWorkspaceIdIsRefused()
{
    Fixture f;
    QVERIFY2(f.start(), qPrintable(f.error));
    QLabel *verdict = f.teamIdVerdict();
    QVERIFY(verdict);
    QVERIFY(!verdict->isVisible());
    QSignalSpy requested(f.page, &InstallPage::browserRequested);
    for (const QString &wrong : {QStringLiteral("t0sandbox02"), QStringLiteral("https://x"),
             QStringLiteral("C0123ABCD"), QStringLiteral("T")}) {
        f.page->teamIdEdit()->clear();
        QTest::keyClicks(f.page->teamIdEdit(), wrong);
        QVERIFY2(verdict->isVisible(), qPrintable(wrong));
        QVERIFY2(
            verdict->text().contains(QStringLiteral("starts with T")), qPrintable(verdict->text()));
        QVERIFY2(!f.page->addButton()->isEnabled(), qPrintable(wrong));
        QTest::keyClick(f.page->teamIdEdit(), Qt::Key_Return);
        QVERIFY(f.idle());
    }
    QVERIFY(requested.isEmpty());
    // Spaces around an id that is right are no reason to refuse it.
    f.page->teamIdEdit()->clear();
    QTest::keyClicks(f.page->teamIdEdit(), QStringLiteral(" T0SANDBOX02 "));
    QVERIFY(!verdict->isVisible());
    QVERIFY(f.page->addButton()->isEnabled());
    f.page->teamIdEdit()->clear();
    QVERIFY(!verdict->isVisible());
    QVERIFY(f.page->addButton()->isEnabled());
}

void tst_InstallPage::cancelInTheProgramReturnsToIdle()
{
    Fixture f;
    QVERIFY2(f.start(), qPrintable(f.error));
    const QUrl url = f.add(teamTwo);
    QVERIFY(url.isValid());
    QVERIFY(listening(f.harness.loopbackPort()));
    QTest::mouseClick(f.page->cancelButton(), Qt::LeftButton);
    QVERIFY(f.idle());
    QVERIFY(!f.page->cancelButton()->isVisible());
    QVERIFY(!f.page->statusLabel()->isVisible());
    QVERIFY(!f.page->errorBanner()->isVisible());
    QVERIFY(f.page->addButton()->isEnabled());
    QVERIFY(f.page->teamIdEdit()->isEnabled());
    QCOMPARE(plain(f.page->addButton()), QStringLiteral("Add to Slack"));
    QVERIFY(!f.page->isComplete());
    QTRY_VERIFY(!listening(f.harness.loopbackPort()));

    // The browser coming back late finds no one listening, and the page stays as it is.
    auto browser = f.harness.browser();
    browser->setTimeout(3000);
    browser->open(url);
    if (browser->hasScreen())
        QCOMPARE(browser->allow().status, 0);
    QTest::qWait(200);
    QVERIFY(f.idle());
    QCOMPARE(f.page->workspaceList()->count(), 0);

    // And a new attempt works.
    QVERIFY(f.install(teamTwo));
}

void tst_InstallPage::pasteModeTakesThePastedAddress()
{
    Fixture f;
    QVERIFY2(f.start(), qPrintable(f.error));
    InstallPage *page = f.page;
    QVERIFY(!page->pasteRedirectEdit()->isVisible());

    // Chosen with the keyboard in the combo box.
    page->redirectModeBox()->setFocus();
    QTest::keyClick(page->redirectModeBox(), Qt::Key_Down);
    QCOMPARE(page->redirectModeBox()->currentData().toInt(),
        int(ConnectionSettings::RedirectMode::Paste));
    QVERIFY(page->pasteRedirectEdit()->isVisible());
    QVERIFY(!page->addButton()->isEnabled());
    QVERIFY2(page->redirectNote()->text().contains(QStringLiteral("https")),
        qPrintable(page->redirectNote()->text()));

    // Tab goes on to the Redirect URL; an http address is refused before anything opens.
    QTest::keyClick(page->redirectModeBox(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), page->pasteRedirectEdit());
    QTest::keyClicks(page->pasteRedirectEdit(), QStringLiteral("http://127.0.0.1/landing"));
    QVERIFY(!page->addButton()->isEnabled());
    QVERIFY2(page->redirectNote()->text().contains(QStringLiteral("only https")),
        qPrintable(page->redirectNote()->text()));

    // Every sandbox app lists the loopback URI; an address at it passes Slack's rule.
    const QString landing = QStringLiteral("https://127.0.0.1:%1/workspace-connector/callback")
                                .arg(f.harness.loopbackPort());
    page->pasteRedirectEdit()->clear();
    QTest::keyClicks(page->pasteRedirectEdit(), landing);
    QTest::keyClick(page->pasteRedirectEdit(), Qt::Key_Tab);
    QCOMPARE(
        f.harness.session().connection().redirectMode, ConnectionSettings::RedirectMode::Paste);
    QCOMPARE(f.harness.session().connection().pasteRedirectUrl, landing);
    QVERIFY(page->addButton()->isEnabled());
    QVERIFY2(
        page->redirectNote()->text().contains(landing), qPrintable(page->redirectNote()->text()));
    QVERIFY2(!page->redirectNote()->text().contains(QStringLiteral("do not cover")),
        qPrintable(page->redirectNote()->text()));

    const QUrl url = f.add(teamTwo);
    QVERIFY(url.isValid());
    QCOMPARE(QUrlQuery(url).queryItemValue(QStringLiteral("redirect_uri")), landing);
    QVERIFY(!page->controller()->usesLoopback());
    QVERIFY(!listening(f.harness.loopbackPort()));
    QVERIFY(page->pastedAddressEdit()->isVisible());
    QVERIFY(page->usePastedAddressButton()->isVisible());
    QVERIFY(!page->certificateLabel()->isVisible());
    QVERIFY(page->cancelButton()->isVisible());
    QVERIFY2(page->statusLabel()->text().contains(QStringLiteral("paste")),
        qPrintable(page->statusLabel()->text()));
    QVERIFY(!page->redirectModeBox()->isEnabled());

    auto browser = f.harness.browser();
    browser->setFollowRedirects(false);
    browser->open(url);
    const SandboxBrowser::Page redirect = browser->allow();
    QVERIFY(redirect.isRedirect());
    const QString address = QString::fromUtf8(redirect.locationUrl().toEncoded());

    // Text that is no address: said so, and the page keeps waiting for the real one.
    QTest::keyClicks(page->pastedAddressEdit(), QStringLiteral("no address here"));
    QTest::keyClick(page->pastedAddressEdit(), Qt::Key_Return);
    QVERIFY(page->errorBanner()->isVisible());
    QCOMPARE(page->controller()->phase(), InstallController::Phase::WaitingForBrowser);
    QVERIFY(page->pastedAddressEdit()->isVisible());

    // The address from the clipboard, as the admin pastes it.
    page->pastedAddressEdit()->clear();
    QApplication::clipboard()->setText(address);
    page->pastedAddressEdit()->setFocus();
    QTest::keyClick(page->pastedAddressEdit(), Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(page->pastedAddressEdit()->text(), address);
    QTest::mouseClick(page->usePastedAddressButton(), Qt::LeftButton);
    QVERIFY(!page->errorBanner()->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(page->workspaceList()->count(), 1, installTimeoutMs);
    QTRY_VERIFY(f.idle());
    QVERIFY(page->workspaceList()->item(0)->text().contains(teamTwo));
    QVERIFY(f.harness.bitbucket().linkedTeamIds().contains(teamTwo));
    QVERIFY(!page->pastedAddressEdit()->isVisible());
    QVERIFY(page->isComplete());
    // The code in the pasted address is not left in the field.
    QVERIFY(page->pastedAddressEdit()->text().isEmpty());
}

void tst_InstallPage::aNotDistributedAppSendsTheAdminToDistribution()
{
    Fixture f(SlackSandbox::undistributedAppId());
    QVERIFY2(f.start(), qPrintable(f.error));
    QSignalSpy notDistributed(f.page, &InstallPage::notDistributed);
    const QUrl url = f.add(teamTwo);
    QVERIFY(url.isValid());
    // Slack sends the browser straight back with its error.
    auto browser = f.harness.browser();
    browser->open(url);
    QTRY_COMPARE_WITH_TIMEOUT(notDistributed.size(), 1, 10000);
    QVERIFY(f.idle());
    QVERIFY2(notDistributed.constFirst().constFirst().toString().contains(
                 QStringLiteral("invalid_team_for_non_distributed_app"))
            || !notDistributed.constFirst().constFirst().toString().isEmpty(),
        "no explanation");
    QVERIFY(f.page->errorBanner()->isVisible());
    QCOMPARE(f.page->workspaceList()->count(), 0);
    QVERIFY(f.page->addButton()->isEnabled());
    QVERIFY(!f.harness.bitbucket().linkedTeamIds().contains(teamTwo));
}

void tst_InstallPage::keyboardReachesEveryControl()
{
    Fixture f;
    QVERIFY2(f.start(), qPrintable(f.error));
    InstallPage *page = f.page;

    // Tab: the redirect choice, the workspace id, then Add.
    page->redirectModeBox()->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), page->redirectModeBox());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), page->teamIdEdit());
    QTest::keyClicks(page->teamIdEdit(), teamTwo);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), page->addButton());

    // Mnemonics: every label's and button's letter, each used once on the page and the wizard.
    QMap<QChar, QString> letters;
    auto mnemonic = [](const QString &text) -> QChar {
        const int at = text.indexOf(u'&');
        return at >= 0 && at + 1 < text.size() ? text.at(at + 1).toLower() : QChar();
    };
    QList<QWidget *> owners;
    for (QLabel *label : page->findChildren<QLabel *>()) {
        if (label->buddy())
            owners << label;
    }
    for (QAbstractButton *button : page->findChildren<QAbstractButton *>())
        owners << button;
    for (QWizard::WizardButton which :
        {QWizard::BackButton, QWizard::NextButton, QWizard::CommitButton, QWizard::FinishButton,
            QWizard::CancelButton, QWizard::HelpButton}) {
        owners << f.wizard.button(which);
    }
    for (QWidget *owner : owners) {
        const QString text = qobject_cast<QLabel *>(owner)
            ? static_cast<QLabel *>(owner)->text()
            : static_cast<QAbstractButton *>(owner)->text();
        const QChar letter = mnemonic(text);
        if (letter.isNull())
            continue;
        QVERIFY2(!letters.contains(letter),
            qPrintable(QStringLiteral("&%1 in \"%2\" and \"%3\"")
                           .arg(letter)
                           .arg(text, letters.value(letter))));
        letters.insert(letter, text);
    }
    // Every button the page shows has a letter, and every field a labelled one.
    for (QPushButton *button :
        {page->addButton(), page->cancelButton(), page->usePastedAddressButton()})
        QVERIFY2(!mnemonic(button->text()).isNull(), qPrintable(button->text()));

    // Alt+W to the workspace id, Alt+A starts, and the keyboard lands on Cancel.
    page->redirectModeBox()->setFocus();
    QTest::keyClick(&f.wizard, Qt::Key_W, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), page->teamIdEdit());
    QSignalSpy requested(page, &InstallPage::browserRequested);
    // A button's mnemonic clicks it after a short animation.
    QTest::keyClick(&f.wizard, Qt::Key_A, Qt::AltModifier);
    QTRY_COMPARE(requested.size(), 1);
    QCOMPARE(page->controller()->phase(), InstallController::Phase::WaitingForBrowser);
    QCOMPARE(QApplication::focusWidget(), page->cancelButton());
    // Tab inside the waiting area reaches Cancel again after the copy button.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    QVERIFY(QApplication::focusWidget() != page->cancelButton());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), page->cancelButton());

    // Alt+C cancels, and the keyboard is back on Add.
    QTest::keyClick(&f.wizard, Qt::Key_C, Qt::AltModifier);
    QTRY_VERIFY(f.idle());
    QCOMPARE(QApplication::focusWidget(), page->addButton());

    // Return in the workspace id starts an install as Add would.
    page->teamIdEdit()->setFocus();
    QTest::keyClick(page->teamIdEdit(), Qt::Key_Return);
    QCOMPARE(requested.size(), 2);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space); // Cancel has the focus
    QVERIFY(f.idle());

    // Once a workspace is connected Next is enabled; Return in the workspace id still means
    // Add, never Next, also when the id is refused.
    QVERIFY(f.install(teamTwo));
    QVERIFY(f.next()->isEnabled());
    const int started = int(requested.size());
    page->teamIdEdit()->setFocus();
    QTest::keyClicks(page->teamIdEdit(), QStringLiteral("nonsense"));
    QTest::keyClick(page->teamIdEdit(), Qt::Key_Return);
    QCOMPARE(f.wizard.currentPage(), page);
    QCOMPARE(requested.size(), started);
    page->teamIdEdit()->clear();
    QTest::keyClick(page->teamIdEdit(), Qt::Key_Return);
    QCOMPARE(f.wizard.currentPage(), page);
    QTRY_COMPARE(requested.size(), started + 1);
    QCOMPARE(QApplication::focusWidget(), page->cancelButton());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QVERIFY(f.idle());
    QCOMPARE(f.wizard.currentPage(), page);
}

QTEST_MAIN(tst_InstallPage)
#include "tst_installpage.moc"
