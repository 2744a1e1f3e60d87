#include "DecisionBox.h"
#include "DistributionPage.h"
#include "DonePage.h"
#include "InstallHarness.h"
#include "InstallPage.h"
#include "MessageBanner.h"
#include "SetupWizard.h"

#include "install/InstallController.h"
#include "setup/DistributionState.h"
#include "store/MemorySecretStore.h"

#include <QAbstractButton>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using State = DistributionState::State;

namespace {

const QString teamTwo = QStringLiteral("T0SANDBOX02");
const QString teamThree = QStringLiteral("T0SANDBOX03");
constexpr int installTimeoutMs = 30000;

QStringList texts(const QListWidget *list)
{
    QStringList all;
    for (int i = 0; i < list->count(); ++i)
        all << list->item(i)->text();
    return all;
}

bool listening(quint16 port)
{
    QTcpSocket probe;
    probe.connectToHost(QHostAddress::LocalHost, port);
    return probe.waitForConnected(1000);
}

// The whole setup wizard against the sandbox, opened on the Distribution page (confirmed by the
// admin) and moved on to Install with Next, as the admin would.
struct Fixture
{
    InstallHarness harness;
    MemorySecretStore secrets;
    std::unique_ptr<SetupWizard> wizard;
    QString error;

    explicit Fixture(const QString &appId = SlackSandbox::healthyAppId())
        : harness(appId)
    { }

    // ledger: the one the wizard records to; null for the harness's own.
    bool start(Ledger *ledger = nullptr)
    {
        if (!harness.start(&error))
            return false;
        const QString appId = harness.session().connection().slackAppId;
        DistributionState::setHardCodedInformationReviewed(harness.settings(), appId, true);
        DistributionState::save(harness.settings(), appId, State::ConfirmedByAdmin);
        wizard = std::make_unique<SetupWizard>(&harness.session(), &harness.settings(), &secrets,
            &harness.network(), ledger ? ledger : &harness.ledger());
        wizard->setOpensBrowser(false);
        harness.prepare(*wizard->installPage()->controller());
        wizard->setStartId(SetupWizard::DistributionPageId);
        wizard->show();
        if (!QTest::qWaitForWindowExposed(wizard.get())) {
            error = QStringLiteral("the wizard was not shown");
            return false;
        }
        QTest::mouseClick(button(QWizard::NextButton), Qt::LeftButton);
        if (wizard->currentId() != SetupWizard::InstallPageId) {
            error = QStringLiteral("Next did not lead to the Install page");
            return false;
        }
        return true;
    }

    InstallPage *install() const { return wizard->installPage(); }
    DonePage *done() const { return wizard->donePage(); }
    QAbstractButton *button(QWizard::WizardButton which) const { return wizard->button(which); }
    bool idle() const { return install()->controller()->phase() == InstallController::Phase::Idle; }

    QUrl add(const QString &teamId)
    {
        install()->teamIdEdit()->clear();
        QTest::keyClicks(install()->teamIdEdit(), teamId);
        QSignalSpy requested(install(), &InstallPage::browserRequested);
        QTest::mouseClick(install()->addButton(), Qt::LeftButton);
        return requested.isEmpty() ? QUrl() : requested.constFirst().constFirst().toUrl();
    }

    // Add to Slack, Allow in the browser, and wait until the page has settled.
    bool installThroughThePage(const QString &teamId)
    {
        const QUrl url = add(teamId);
        if (url.isEmpty())
            return false;
        auto browser = harness.browser();
        browser->open(url);
        if (browser->allow().status != 200)
            return false;
        return QTest::qWaitFor(
            [&] {
                const auto rows = texts(install()->workspaceList());
                return idle() && std::any_of(rows.begin(), rows.end(), [&](const QString &row) {
                    return row.contains(teamId);
                });
            },
            installTimeoutMs);
    }
};

} // namespace

class tst_DonePage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void summarisesWhatWasConnected();
    void showsTheWarningsStillOpen();
    void backFromInstallStopsWaiting();
    void closingTheWizardStopsWaiting();
    void notDistributedLeadsBackToDistribution();
};

void tst_DonePage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_DonePage::cleanup()
{
    DecisionBox::setAnswerForTests(std::nullopt);
}

void tst_DonePage::summarisesWhatWasConnected()
{
    Fixture f;
    QVERIFY2(f.start(), qPrintable(f.error));

    // Sandbox Three was connected to Bitbucket before this session, by an earlier run.
    {
        InstallController earlier(
            &f.harness.session(), &f.harness.settings(), &f.harness.network(), &f.harness.ledger());
        f.harness.prepare(earlier);
        QUrl url;
        bool connected = false;
        QObject::connect(
            &earlier, &InstallController::openBrowser, &earlier, [&](const QUrl &u) { url = u; });
        QObject::connect(
            &earlier, &InstallController::workspaceConnected, &earlier, [&] { connected = true; });
        QVERIFY(earlier.start(teamThree));
        auto browser = f.harness.browser();
        browser->open(url);
        QCOMPARE(browser->allow().status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(connected, installTimeoutMs);
    }
    QVERIFY(f.harness.bitbucket().linkedTeamIds().contains(teamThree));
    QVERIFY(!f.button(QWizard::NextButton)->isEnabled());

    // In the wizard: a new workspace, and Sandbox Three again, whose connection is replaced.
    QVERIFY(f.installThroughThePage(teamTwo));
    DecisionBox::setAnswerForTests(true);
    QVERIFY(f.installThroughThePage(teamThree));
    QCOMPARE(f.install()->workspaceList()->count(), 2);
    QVERIFY(f.button(QWizard::NextButton)->isEnabled());

    QTest::mouseClick(f.button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(f.wizard->currentId(), int(SetupWizard::DonePageId));
    QVERIFY(f.button(QWizard::FinishButton)->isVisible());
    DonePage *done = f.done();
    const QString summary = done->summaryLabel()->text();
    QVERIFY2(summary.contains(QStringLiteral("1 workspace")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("1 existing connection")), qPrintable(summary));
    const QStringList rows = texts(done->workspaceList());
    QCOMPARE(rows.size(), 2);
    QVERIFY2(rows.at(0).contains(QStringLiteral("Sandbox Two")) && rows.at(0).contains(teamTwo)
            && !rows.at(0).contains(QStringLiteral("replaced")),
        qPrintable(rows.join(u'|')));
    QVERIFY2(rows.at(1).contains(QStringLiteral("Sandbox Three")) && rows.at(1).contains(teamThree)
            && rows.at(1).contains(QStringLiteral("replaced")),
        qPrintable(rows.join(u'|')));

    // Two workspaces of one app: distribution is proven, and the page says so.
    QCOMPARE(
        DistributionState::load(f.harness.settings(), SlackSandbox::healthyAppId()), State::Proven);
    const QString distribution = done->distributionLabel()->text();
    QVERIFY2(distribution.contains(SlackSandbox::healthyAppId()), qPrintable(distribution));
    QVERIFY2(
        distribution.contains(DistributionState::label(State::Proven)), qPrintable(distribution));
    QVERIFY(!done->warningList()->isVisible());
    QCOMPARE(done->warningList()->count(), 0);

    // Back and Next again: the same summary, not twice the rows.
    QTest::mouseClick(f.button(QWizard::BackButton), Qt::LeftButton);
    QCOMPARE(f.wizard->currentId(), int(SetupWizard::InstallPageId));
    QCOMPARE(f.install()->workspaceList()->count(), 2);
    QTest::mouseClick(f.button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(texts(done->workspaceList()), rows);
    QCOMPARE(done->summaryLabel()->text(), summary);
}

void tst_DonePage::showsTheWarningsStillOpen()
{
    Fixture f;
    // The ledger's folder cannot be made (a file is in its place), so it never opens: installs
    // work, and each says it was not recorded.
    QTemporaryDir scratch;
    QVERIFY(scratch.isValid());
    QFile blocker(scratch.filePath(QStringLiteral("not-a-folder")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    Ledger unopenable(blocker.fileName() + QStringLiteral("/ledger.sqlite"));
    QVERIFY(!unopenable.open());
    QVERIFY2(f.start(&unopenable), qPrintable(f.error));

    QVERIFY(f.installThroughThePage(teamTwo));
    QVERIFY(f.install()->warningBanner()->isVisible());
    QVERIFY2(f.install()->warningBanner()->text().contains(QStringLiteral("ledger")),
        qPrintable(f.install()->warningBanner()->text()));
    QVERIFY(f.installThroughThePage(teamThree));
    // Bitbucket has both all the same.
    QVERIFY(f.harness.bitbucket().linkedTeamIds().contains(teamTwo));
    QVERIFY(f.harness.bitbucket().linkedTeamIds().contains(teamThree));

    QTest::mouseClick(f.button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(f.wizard->currentId(), int(SetupWizard::DonePageId));
    DonePage *done = f.done();
    QVERIFY2(done->summaryLabel()->text().contains(QStringLiteral("2 workspace")),
        qPrintable(done->summaryLabel()->text()));
    QCOMPARE(done->workspaceList()->count(), 2);
    // The same warning from both installs is listed once.
    QVERIFY(done->warningList()->isVisible());
    const QStringList warnings = texts(done->warningList());
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(
        warnings.constFirst().contains(QStringLiteral("ledger")), qPrintable(warnings.join(u'|')));
    QCOMPARE(warnings, f.install()->warnings());
    // Distribution was proven by the two installs of this session alone.
    QVERIFY2(done->distributionLabel()->text().contains(DistributionState::label(State::Proven)),
        qPrintable(done->distributionLabel()->text()));
}

void tst_DonePage::backFromInstallStopsWaiting()
{
    Fixture f;
    QVERIFY2(f.start(), qPrintable(f.error));
    const QUrl url = f.add(teamTwo);
    QVERIFY(url.isValid());
    QVERIFY(listening(f.harness.loopbackPort()));
    QTest::mouseClick(f.button(QWizard::BackButton), Qt::LeftButton);
    QCOMPARE(f.wizard->currentId(), int(SetupWizard::DistributionPageId));
    QVERIFY(f.idle());
    QTRY_VERIFY(!listening(f.harness.loopbackPort()));
    // Next again, and a whole install.
    QTest::mouseClick(f.button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(f.wizard->currentId(), int(SetupWizard::InstallPageId));
    QVERIFY(!f.install()->cancelButton()->isVisible());
    QVERIFY(f.installThroughThePage(teamTwo));
}

void tst_DonePage::closingTheWizardStopsWaiting()
{
    Fixture f;
    QVERIFY2(f.start(), qPrintable(f.error));
    QVERIFY(f.add(teamTwo).isValid());
    QVERIFY(listening(f.harness.loopbackPort()));
    QTest::keyClick(f.wizard.get(), Qt::Key_Escape);
    QVERIFY(!f.wizard->isVisible());
    QVERIFY(f.idle());
    QTRY_VERIFY(!listening(f.harness.loopbackPort()));
}

void tst_DonePage::notDistributedLeadsBackToDistribution()
{
    Fixture f(SlackSandbox::undistributedAppId());
    QVERIFY2(f.start(), qPrintable(f.error));
    const QUrl url = f.add(teamTwo);
    QVERIFY(url.isValid());
    auto browser = f.harness.browser();
    browser->open(url);
    QTRY_COMPARE_WITH_TIMEOUT(f.wizard->currentId(), int(SetupWizard::DistributionPageId), 10000);
    QVERIFY(f.idle());
    DistributionPage *distribution = f.wizard->distributionPage();
    QVERIFY(distribution->problemBanner()->isVisible());
    QVERIFY(!distribution->problemBanner()->text().isEmpty());
    QCOMPARE(DistributionState::load(f.harness.settings(), SlackSandbox::undistributedAppId()),
        State::NotDistributed);
    QVERIFY(!f.button(QWizard::NextButton)->isEnabled());
    QVERIFY(!listening(f.harness.loopbackPort()));
}

QTEST_MAIN(tst_DonePage)
#include "tst_donepage.moc"
