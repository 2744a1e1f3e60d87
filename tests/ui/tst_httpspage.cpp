#include "CheckRow.h"
#include "HttpsPage.h"

#include "BitbucketSandbox.h"
#include "checks/CheckRunner.h"
#include "setup/SetupSession.h"
#include "store/SecretStore.h"

#include <QAbstractButton>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>
#include <QWizard>

using Fault = BitbucketSandbox::Fault;
Q_DECLARE_METATYPE(BitbucketSandbox::Fault)

namespace {

// Long enough for every check against a local server, short of the runner's 15 s bound.
constexpr int checksDoneMs = 20000;

// The HTTPS page and an empty page after it, so there is a Next button to look at.
struct Wizard
{
    QWizard wizard;
    HttpsPage *page;

    Wizard(SetupSession *session, QNetworkAccessManager *network)
        : page(new HttpsPage(session, network))
    {
        wizard.addPage(page);
        wizard.addPage(new QWizardPage);
    }

    QAbstractButton *next() const { return wizard.button(QWizard::NextButton); }
};

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

private:
    static SetupSession sessionFor(const BitbucketSandbox &sandbox);
    static std::unique_ptr<BitbucketSandbox> startSandbox(const QSet<Fault> &faults);
    static void waitForChecks(Wizard &wizard);

    QNetworkAccessManager m_network;
};

void tst_HttpsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
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
    Wizard wizard(&session, &m_network);
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
    QCOMPARE(wizard.page->summaryLabel()->text(), QStringLiteral("Every Bitbucket check passed."));
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
    Wizard wizard(&session, &m_network);
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
    Wizard wizard(&session, &m_network);
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
    Wizard wizard(&session, &m_network);
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
    Wizard wizard(&session, &m_network);
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
    // The heading says which checks these are; the Slack checks are not shown yet.
    const QList<QLabel *> labels = wizard.page->findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.cbegin(), labels.cend(),
        [](QLabel *label) { return label->text() == QLatin1String("Bitbucket checks"); }));
    QVERIFY(std::none_of(labels.cbegin(), labels.cend(),
        [](QLabel *label) { return label->text().startsWith(QLatin1String("Slack checks")); }));
}

QTEST_MAIN(tst_HttpsPage)
#include "tst_httpspage.moc"
