#include "DecisionBox.h"
#include "InstallHarness.h"
#include "MainWindowUnderTest.h"
#include "UpdateAccessDialog.h"
#include "WorkspacesActions.h"
#include "WorkspacesEmptyState.h"
#include "WorkspacesView.h"

#include "install/InstallController.h"
#include "slack/SlackManifest.h"
#include "store/MemorySecretStore.h"
#include "workspaces/ConnectedWorkspaces.h"
#include "workspaces/WorkspaceTableModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QToolBar>
#include <QUrlQuery>

#include <memory>

namespace {

constexpr int waitMs = 30000;

QString seeded(int n)
{
    return QStringLiteral("T9SEED%1").arg(n, 6, 10, QLatin1Char('0'));
}

} // namespace

// The main window's workspace actions as the admin uses them, against the Bitbucket and Slack
// stand-ins: the table loads, Verify fills the Status column, Disconnect asks and removes, Update
// Access runs one handshake after another in its dialog, Copy and Export give what the table
// shows, and the toolbar follows the selection.
class tst_WorkspacesActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void loadingShowsTheSeededWorkspaces();
    void loadingReadsTheSettingsAndTheKeychain();
    void verifyAllFillsTheStatusColumn();
    void verifyOfASelectionLeavesTheOthers();
    void throttlingDuringVerifyIsWaitedOut();
    void aSignInFailureDuringVerifyIsSaidOnce();
    void cancelStopsVerifyPromptly();
    void disconnectAsksAndRemoves();
    void updateAccessRunsAQueueOfHandshakes();
    void updateAccessFailuresAreShownAndTheQueueGoesOn();
    void updateAccessInPasteModeWaitsForARealAddress();
    void cancelInTheUpdateAccessDialogStopsTheQueue();
    void updateAccessWithoutAManifestSaysSoForEachWorkspace();
    void copyDetailsPutsTheSelectionOnTheClipboard();
    void exportWritesWhatTheTableShows();
    void actionsFollowTheSelectionAndTheKeyboard();
    void emptyPageSaysWhatTheTableWaitsFor();
    void emptyPageOffersToTryAgainWhenBitbucketRefuses();

private:
    bool open(int seeds, const QStringList &installs = {}, bool fillSession = true);
    bool openWindow(int seeds, const QStringList &installs = {}, bool fillSession = true);
    bool installDirectly(const QString &teamId);
    bool verifyAll();
    void selectTeams(const QStringList &teamIds);
    QString statusText(const QString &teamId) const;
    QStringList visibleTeamIds() const;
    void useBitbucketAccount(const QString &user, const QString &password);

    WorkspacesActions *actions() const { return m_window->workspacesActions(); }
    WorkspacesView *view() const { return m_window->workspacesView(); }
    WorkspaceTableModel *model() const { return m_window->workspacesModel(); }
    QString statusLine() const { return actions()->statusLabel()->text(); }

    std::unique_ptr<InstallHarness> m_harness;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<MainWindowUnderTest> m_window;
    QString m_error;
};

void tst_WorkspacesActions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_WorkspacesActions::cleanup()
{
    DecisionBox::setAnswerForTests(std::nullopt);
    m_window.reset();
    m_secrets.reset();
    m_harness.reset();
}

// Installs teamId through the Install page's engine and the admin's browser, so that Slack knows
// the workspace and Update Access can run for it later.
bool tst_WorkspacesActions::installDirectly(const QString &teamId)
{
    InstallController controller(
        &m_harness->session(), &m_harness->settings(), &m_harness->network(), &m_harness->ledger());
    m_harness->prepare(controller);
    QSignalSpy browser(&controller, &InstallController::openBrowser);
    QSignalSpy connected(&controller, &InstallController::workspaceConnected);
    QSignalSpy failed(&controller, &InstallController::failed);
    if (!controller.start(teamId) || browser.isEmpty())
        return false;
    auto admin = m_harness->browser();
    admin->open(browser.constFirst().constFirst().toUrl());
    if (!admin->hasScreen() || admin->allow().status != 200)
        return false;
    return QTest::qWaitFor([&] { return !connected.isEmpty() || !failed.isEmpty(); }, waitMs)
        && !connected.isEmpty();
}

// The stand-ins with `seeds` links and the workspaces in `installs` connected, then the window as
// main() opens it for --sandbox, loaded.
bool tst_WorkspacesActions::open(int seeds, const QStringList &installs, bool fillSession)
{
    if (!openWindow(seeds, installs, fillSession))
        return false;
    QSignalSpy refreshed(m_window->connectedWorkspaces(), &ConnectedWorkspaces::refreshed);
    m_window->loadWorkspaces();
    const int rows = seeds + int(installs.size());
    if (!QTest::qWaitFor([&] { return !refreshed.isEmpty(); }, waitMs) || !view()
        || model()->rowCount() != rows) {
        m_error = QStringLiteral("the table did not load: %1").arg(statusLine());
        return false;
    }
    return true;
}

// As open(), up to the window on screen: the workspaces are not loaded yet.
bool tst_WorkspacesActions::openWindow(int seeds, const QStringList &installs, bool fillSession)
{
    m_harness = std::make_unique<InstallHarness>();
    if (!m_harness->start(&m_error))
        return false;
    for (const QString &teamId : installs) {
        if (!installDirectly(teamId)) {
            m_error = QStringLiteral("could not install ") + teamId;
            return false;
        }
    }
    if (seeds > 0 && m_harness->bitbucket().seedLinks(seeds).size() != seeds) {
        m_error = QStringLiteral("seeding failed");
        return false;
    }
    m_secrets = std::make_unique<MemorySecretStore>();
    m_window = std::make_unique<MainWindowUnderTest>(
        &m_harness->settings(), m_secrets.get(), &m_harness->network(), &m_harness->ledger());
    if (fillSession) {
        SetupSession *session = m_window->session();
        session->setConnection(m_harness->session().connection());
        for (const QString &key : SetupSession::secretKeys())
            session->setSecret(key, m_harness->session().secret(key));
        // What the wizard's HTTPS page read in this session; Update Access asks for its scopes.
        session->setManifest(m_harness->session().manifest());
        session->setLoaded(true);
    } else {
        // A start without --sandbox: the settings the harness saved, the password in the
        // keychain.
        int written = 0;
        auto count = [&written](const SecretStore::Result &result) {
            written += result.ok();
        };
        m_secrets->write(
            SecretKey::bitbucketPassword, BitbucketSandbox::adminPassword(), m_window.get(), count);
        m_secrets->write(SecretKey::slackClientSecret,
            m_harness->session().secret(SecretKey::slackClientSecret), m_window.get(), count);
        if (!QTest::qWaitFor([&] { return written == 2; }, 5000)) {
            m_error = QStringLiteral("the keychain did not take the password");
            return false;
        }
    }
    m_harness->prepare(*actions()->updater());
    actions()->setOpensBrowser(false);

    m_window->show();
    m_window->activateWindow();
    if (!QTest::qWaitForWindowActive(m_window.get())) {
        m_error = QStringLiteral("the window did not become active");
        return false;
    }
    return true;
}

bool tst_WorkspacesActions::verifyAll()
{
    QSignalSpy finished(m_window->connectedWorkspaces(), &ConnectedWorkspaces::verifyFinished);
    actions()->verifyAllAction()->trigger();
    return finished.wait(waitMs);
}

// The rows with these team ids become the selection, as clicking with Ctrl held would make it.
void tst_WorkspacesActions::selectTeams(const QStringList &teamIds)
{
    QTableView *table = view()->tableView();
    QSortFilterProxyModel *proxy = view()->proxy();
    table->selectionModel()->clearSelection();
    for (int row = 0; row < proxy->rowCount(); ++row) {
        const QModelIndex index = proxy->index(row, 0);
        if (teamIds.contains(index.data(WorkspaceTableModel::TeamIdRole).toString())) {
            table->selectionModel()->select(
                index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }
}

// The Status cell of the team's row, as the table shows it.
QString tst_WorkspacesActions::statusText(const QString &teamId) const
{
    QSortFilterProxyModel *proxy = view()->proxy();
    for (int row = 0; row < proxy->rowCount(); ++row) {
        if (proxy->index(row, 0).data(WorkspaceTableModel::TeamIdRole).toString() == teamId)
            return proxy->index(row, WorkspaceTableModel::StatusColumn).data().toString();
    }
    return QStringLiteral("(no row)");
}

QStringList tst_WorkspacesActions::visibleTeamIds() const
{
    QStringList ids;
    QSortFilterProxyModel *proxy = view()->proxy();
    for (int row = 0; row < proxy->rowCount(); ++row)
        ids << proxy->index(row, 0).data(WorkspaceTableModel::TeamIdRole).toString();
    return ids;
}

// The account the session signs in to Bitbucket with, as the Connect page would change it.
void tst_WorkspacesActions::useBitbucketAccount(const QString &user, const QString &password)
{
    SetupSession *session = m_window->session();
    ConnectionSettings connection = session->connection();
    connection.bitbucketUsername = user;
    session->setConnection(connection);
    session->setSecret(SecretKey::bitbucketPassword, password);
}

void tst_WorkspacesActions::loadingShowsTheSeededWorkspaces()
{
    QVERIFY2(open(12), qPrintable(m_error));
    QVERIFY(view()->isVisible());
    QVERIFY(!m_window->emptyState()->isVisible());
    QCOMPARE(view()->proxy()->rowCount(), 12);
    for (int n = 1; n <= 12; ++n)
        QCOMPARE(statusText(seeded(n)), QStringLiteral("Not checked"));
    QVERIFY2(statusLine().startsWith(QStringLiteral("12 workspace")), qPrintable(statusLine()));
    QVERIFY2(
        statusLine().contains(QStringLiteral("connected to Bitbucket")), qPrintable(statusLine()));
    QVERIFY(view()->countLabel()->text().contains(QStringLiteral("12")));
}

void tst_WorkspacesActions::loadingReadsTheSettingsAndTheKeychain()
{
    QVERIFY2(open(3, {}, false), qPrintable(m_error));
    // The whole session comes from the settings and the keychain, as the Connect page would
    // load it: Update Access needs the client secret as much as the table needs the password.
    QVERIFY(m_window->session()->isLoaded());
    QCOMPARE(m_window->session()->secret(SecretKey::slackClientSecret),
        m_harness->session().secret(SecretKey::slackClientSecret));
    QCOMPARE(m_window->session()->connection().slackClientId,
        m_harness->session().connection().slackClientId);
    QCOMPARE(view()->proxy()->rowCount(), 3);
    QVERIFY(!m_window->emptyState()->isVisible());
    QCOMPARE(m_window->connectedWorkspaces()->target().username, BitbucketSandbox::adminUser());
    QVERIFY(verifyAll());
    QCOMPARE(statusText(seeded(3)), QStringLiteral("Not connected"));
}

void tst_WorkspacesActions::verifyAllFillsTheStatusColumn()
{
    QVERIFY2(open(12), qPrintable(m_error));
    QSignalSpy finished(m_window->connectedWorkspaces(), &ConnectedWorkspaces::verifyFinished);
    actions()->verifyAllAction()->trigger();
    QVERIFY(actions()->progressBar()->isVisible());
    QVERIFY(actions()->cancelButton()->isVisible());
    QVERIFY(!actions()->verifyAllAction()->isEnabled());
    QVERIFY(finished.wait(waitMs));
    QVERIFY(!actions()->progressBar()->isVisible());
    QVERIFY(!actions()->cancelButton()->isVisible());
    QVERIFY(actions()->verifyAllAction()->isEnabled());

    QCOMPARE(statusText(seeded(1)), QStringLiteral("Connected"));
    QCOMPARE(statusText(seeded(2)), QStringLiteral("OAuth failure"));
    QCOMPARE(statusText(seeded(3)), QStringLiteral("Not connected"));
    QCOMPARE(statusText(seeded(4)), QStringLiteral("OAuth failure"));
    QCOMPARE(statusText(seeded(12)), QStringLiteral("OAuth failure"));
    for (int n : {5, 6, 7, 8, 9, 10, 11})
        QCOMPARE(statusText(seeded(n)), QStringLiteral("Connected"));
    const auto summary = finished.constFirst().constFirst().value<VerifyRunner::Summary>();
    QCOMPARE(summary.checked, 12);
    QCOMPARE(statusLine(), summary.text);
    QVERIFY2(statusLine().startsWith(QStringLiteral("12 workspace")), qPrintable(statusLine()));
}

void tst_WorkspacesActions::verifyOfASelectionLeavesTheOthers()
{
    QVERIFY2(open(12), qPrintable(m_error));
    // Row by row with the keyboard: Space on the first row, then Ctrl+Space on the third.
    QTableView *table = view()->tableView();
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Home);
    QTest::keyClick(table, Qt::Key_Space);
    QTest::keyClick(table, Qt::Key_Down, Qt::ControlModifier);
    QTest::keyClick(table, Qt::Key_Down, Qt::ControlModifier);
    QTest::keyClick(table, Qt::Key_Space, Qt::ControlModifier);
    const QStringList shown = visibleTeamIds();
    const QStringList selected = view()->selectedTeamIds();
    QCOMPARE(selected, (QStringList {shown.at(0), shown.at(2)}));

    QSignalSpy finished(m_window->connectedWorkspaces(), &ConnectedWorkspaces::verifyFinished);
    QVERIFY(actions()->verifyAction()->isEnabled());
    actions()->verifyAction()->trigger();
    QVERIFY(finished.wait(waitMs));
    for (const QString &teamId : shown) {
        const QString status = statusText(teamId);
        if (selected.contains(teamId))
            QVERIFY2(status != QStringLiteral("Not checked"), qPrintable(teamId));
        else
            QCOMPARE(status, QStringLiteral("Not checked"));
    }
    QVERIFY2(statusLine().startsWith(QStringLiteral("2 workspace")), qPrintable(statusLine()));
}

void tst_WorkspacesActions::throttlingDuringVerifyIsWaitedOut()
{
    QVERIFY2(open(8), qPrintable(m_error));
    m_harness->bitbucket().setRateLimit(4, 1, 1);
    QSignalSpy throttled(m_window->connectedWorkspaces()->verifyRunner(), &VerifyRunner::throttled);
    QVERIFY(verifyAll());
    QVERIFY(!throttled.isEmpty());
    QCOMPARE(throttled.constFirst().at(1).toInt(), 1000); // Retry-After: 1
    for (int n = 1; n <= 8; ++n)
        QVERIFY2(statusText(seeded(n)) != QStringLiteral("Not checked"), qPrintable(seeded(n)));
    QCOMPARE(statusText(seeded(2)), QStringLiteral("OAuth failure"));
    QVERIFY2(statusLine().startsWith(QStringLiteral("8 workspace")), qPrintable(statusLine()));
    QVERIFY(!actions()->progressBar()->isVisible());
}

void tst_WorkspacesActions::aSignInFailureDuringVerifyIsSaidOnce()
{
    QVERIFY2(open(12), qPrintable(m_error));
    QVERIFY(verifyAll());
    QStringList before;
    for (int n = 1; n <= 12; ++n)
        before << statusText(seeded(n));

    ConnectedWorkspaces *workspaces = m_window->connectedWorkspaces();
    workspaces->verifyRunner()->setMaxInFlight(1); // so that the stop comes mid-run
    m_harness->bitbucket().expireSignInAfter(3);
    QSignalSpy stopped(workspaces, &ConnectedWorkspaces::verifyStopped);
    QSignalSpy finished(workspaces, &ConnectedWorkspaces::verifyFinished);
    actions()->verifyAllAction()->trigger();
    QVERIFY(finished.wait(waitMs));
    QCOMPARE(stopped.count(), 1);
    const QString explanation = stopped.constFirst().at(0).toString();
    const QString advice = stopped.constFirst().at(1).toString();
    QVERIFY(!explanation.isEmpty());
    QCOMPARE(statusLine(), advice.isEmpty() ? explanation : explanation + u' ' + advice);
    const auto summary = finished.constFirst().constFirst().value<VerifyRunner::Summary>();
    QVERIFY(summary.stopped);
    QCOMPARE(summary.checked, 3);
    QVERIFY(!actions()->progressBar()->isVisible());
    // No row lost what the first run found.
    for (int n = 1; n <= 12; ++n)
        QCOMPARE(statusText(seeded(n)), before.at(n - 1));

    // Reading the table again is refused too, which the status bar says; the rows stay.
    QSignalSpy refreshFailed(workspaces, &ConnectedWorkspaces::refreshFailed);
    QTest::keyClick(view()->tableView(), Qt::Key_F5);
    QVERIFY(refreshFailed.wait(waitMs));
    QVERIFY2(statusLine().startsWith(refreshFailed.constFirst().at(0).toString().simplified()),
        qPrintable(statusLine()));
    QCOMPARE(model()->rowCount(), 12);
}

void tst_WorkspacesActions::cancelStopsVerifyPromptly()
{
    QVERIFY2(open(12), qPrintable(m_error));
    m_harness->bitbucket().setRequestLatency(3000);
    ConnectedWorkspaces *workspaces = m_window->connectedWorkspaces();
    QSignalSpy finished(workspaces, &ConnectedWorkspaces::verifyFinished);
    actions()->verifyAllAction()->trigger();
    QVERIFY(workspaces->isVerifying());
    QTest::qWait(300);
    QVERIFY(actions()->cancelButton()->isVisible());
    QElapsedTimer clock;
    clock.start();
    QTest::mouseClick(actions()->cancelButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 1000));
    QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(!workspaces->isVerifying());
    QVERIFY(finished.constFirst().constFirst().value<VerifyRunner::Summary>().cancelled);
    QVERIFY(!actions()->progressBar()->isVisible());
    QVERIFY(!actions()->cancelButton()->isVisible());
    QVERIFY2(statusLine().contains(QStringLiteral("cancelled")), qPrintable(statusLine()));
    // The answers that were on their way change nothing any more.
    QTest::qWait(3200);
    for (int n = 1; n <= 12; ++n)
        QCOMPARE(statusText(seeded(n)), QStringLiteral("Not checked"));
    QVERIFY(actions()->verifyAllAction()->isEnabled());
}

void tst_WorkspacesActions::disconnectAsksAndRemoves()
{
    QVERIFY2(open(5), qPrintable(m_error));
    const QString teamId = seeded(4);
    const QString name = model()->record(model()->rowOf(teamId)).teamName;
    QVERIFY(!name.isEmpty());
    selectTeams({teamId});
    QVERIFY(actions()->disconnectAction()->isEnabled());

    DecisionBox::setAnswerForTests(false);
    const int asked = DecisionBox::questionsAsked();
    actions()->disconnectAction()->trigger();
    // The question waits for Bitbucket to say where the workspace is at Slack.
    QTRY_COMPARE_WITH_TIMEOUT(DecisionBox::questionsAsked(), asked + 1, waitMs);
    const DecisionBox::Question question = DecisionBox::lastQuestion();
    QVERIFY2(question.text.contains(name), qPrintable(question.text));
    QVERIFY2(question.text.contains(teamId), qPrintable(question.text));
    QVERIFY2(
        question.informative.contains(QStringLiteral("channel")), qPrintable(question.informative));
    QVERIFY2(question.informative.contains(QStringLiteral("stays installed in Slack")),
        qPrintable(question.informative));
    // The link goes to that workspace's own Manage apps page.
    QVERIFY2(question.informative.contains(
                 QStringLiteral("https://sandbox-%1.slack.com/apps/manage").arg(teamId.toLower())),
        qPrintable(question.informative));
    QTest::qWait(200);
    QCOMPARE(model()->rowCount(), 5);
    QVERIFY(m_harness->bitbucket().linkedTeamIds().contains(teamId));
    QVERIFY(m_harness->ledger().eventsOfTeam(teamId)->isEmpty());

    DecisionBox::setAnswerForTests(true);
    QSignalSpy removed(model(), &QAbstractItemModel::rowsRemoved);
    actions()->disconnectAction()->trigger();
    QVERIFY(removed.wait(waitMs));
    QCOMPARE(model()->rowOf(teamId), -1);
    QCOMPARE(view()->proxy()->rowCount(), 4);
    QVERIFY(!m_harness->bitbucket().linkedTeamIds().contains(teamId));
    const auto events = m_harness->ledger().eventsOfTeam(teamId);
    QCOMPARE(events->size(), 1);
    QCOMPARE(events->constFirst().kind, Ledger::Kind::Removal);
    QCOMPARE(events->constFirst().outcome, Ledger::Outcome::Succeeded);
    QVERIFY2(statusLine().contains(name), qPrintable(statusLine()));
    // Nothing selected any more, so nothing to disconnect.
    QVERIFY(!actions()->disconnectAction()->isEnabled());

    // Signed in as someone who is no administrator, Bitbucket refuses, and says why.
    ConnectedWorkspaces *workspaces = m_window->connectedWorkspaces();
    BitbucketTarget target = workspaces->target();
    target.username = BitbucketSandbox::plainUser();
    target.password = BitbucketSandbox::plainUserPassword();
    workspaces->setTarget(target);
    selectTeams({seeded(1)});
    QSignalSpy failed(workspaces, &ConnectedWorkspaces::disconnectFailed);
    actions()->disconnectAction()->trigger();
    QVERIFY(failed.wait(waitMs));
    QVERIFY2(
        statusLine().contains(QStringLiteral("User must be an Admin")), qPrintable(statusLine()));
    QVERIFY(model()->rowOf(seeded(1)) >= 0);
    QVERIFY(m_harness->bitbucket().linkedTeamIds().contains(seeded(1)));
}

void tst_WorkspacesActions::updateAccessRunsAQueueOfHandshakes()
{
    const QStringList teams {QStringLiteral("T0SANDBOX02"), QStringLiteral("T0SANDBOX03")};
    QVERIFY2(open(0, teams), qPrintable(m_error));
    QTableView *table = view()->tableView();
    table->setFocus();
    QTest::keyClick(table, Qt::Key_A, Qt::ControlModifier);
    const QStringList order = view()->selectedTeamIds();
    QCOMPARE(order.size(), 2);

    QSignalSpy browser(actions()->updater(), &InstallController::openBrowser);
    QSignalSpy refreshed(m_window->connectedWorkspaces(), &ConnectedWorkspaces::refreshed);
    QVERIFY(actions()->updateAccessAction()->isEnabled());
    actions()->updateAccessAction()->trigger();
    UpdateAccessDialog *dialog = actions()->updateAccessDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(!actions()->updateAccessAction()->isEnabled());
    for (int i = 0; i < 2; ++i) {
        const QString position = QStringLiteral("%1 of 2").arg(i + 1);
        QVERIFY2(QTest::qWaitFor([&] { return browser.count() == i + 1; }, waitMs),
            qPrintable(dialog->outcomeLabel()->text()));
        QVERIFY2(dialog->workspaceLabel()->text().contains(position),
            qPrintable(dialog->workspaceLabel()->text()));
        QVERIFY(dialog->workspaceLabel()->text().contains(order.at(i)));
        const QUrl url = browser.at(i).constFirst().toUrl();
        QCOMPARE(QUrlQuery(url).queryItemValue(QStringLiteral("team")), order.at(i));
        auto admin = m_harness->browser();
        admin->open(url);
        QVERIFY(admin->hasScreen());
        QCOMPARE(admin->selectedTeamId(), order.at(i));
        QCOMPARE(admin->allow().status, 200);
    }
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     return dialog->workspaceLabel()->text()
                         == QStringLiteral("Update Access finished");
                 },
                 waitMs),
        qPrintable(dialog->outcomeLabel()->text()));
    QVERIFY2(dialog->statusLabel()->text().startsWith(QStringLiteral("2 workspace")),
        qPrintable(dialog->statusLabel()->text()));
    QVERIFY2(dialog->outcomeLabel()->text().contains(QStringLiteral("access updated")),
        qPrintable(dialog->outcomeLabel()->text()));
    QCOMPARE(dialog->cancelButton()->text(), QStringLiteral("&Close"));
    // The table is read again after each update; the status bar keeps the summary.
    QVERIFY(QTest::qWaitFor(
        [&] { return !refreshed.isEmpty() && !m_window->connectedWorkspaces()->isRefreshing(); },
        waitMs));
    QCOMPARE(statusLine(), dialog->statusLabel()->text());
    for (const QString &teamId : teams) {
        const auto events = m_harness->ledger().eventsOfTeam(teamId);
        QCOMPARE(events->size(), 2);
        QCOMPARE(events->constFirst().kind, Ledger::Kind::AccessUpdate);
        QCOMPARE(events->constFirst().outcome, Ledger::Outcome::Succeeded);
        QVERIFY(m_harness->bitbucket().linkedTeamIds().contains(teamId));
    }
    QVERIFY(QTest::qWaitFor([&] { return actions()->updateAccessAction()->isEnabled(); }, 5000));
    QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return !actions()->updateAccessDialog(); }, 5000));
}

void tst_WorkspacesActions::updateAccessFailuresAreShownAndTheQueueGoesOn()
{
    const QStringList teams {QStringLiteral("T0SANDBOX02"), QStringLiteral("T0SANDBOX03")};
    QVERIFY2(open(0, teams), qPrintable(m_error));
    selectTeams(teams);
    const QStringList order = view()->selectedTeamIds();
    QCOMPARE(order.size(), 2);
    QSignalSpy browser(actions()->updater(), &InstallController::openBrowser);
    actions()->updateAccessAction()->trigger();
    UpdateAccessDialog *dialog = actions()->updateAccessDialog();
    QVERIFY(dialog);

    // The first: the admin clicks Cancel on Slack's screen.
    QVERIFY(QTest::qWaitFor([&] { return browser.count() == 1; }, waitMs));
    auto admin = m_harness->browser();
    admin->open(browser.at(0).constFirst().toUrl());
    QVERIFY(admin->hasScreen());
    admin->cancel();
    QVERIFY2(QTest::qWaitFor([&] { return browser.count() == 2; }, waitMs),
        qPrintable(dialog->outcomeLabel()->text()));
    QVERIFY2(dialog->outcomeLabel()->text().contains(QStringLiteral("access_denied")),
        qPrintable(dialog->outcomeLabel()->text()));
    QVERIFY2(dialog->workspaceLabel()->text().contains(QStringLiteral("2 of 2")),
        qPrintable(dialog->workspaceLabel()->text()));

    // The second: meanwhile the session signs in to Bitbucket as someone who is no
    // administrator, and Bitbucket refuses the new tokens.
    useBitbucketAccount(BitbucketSandbox::plainUser(), BitbucketSandbox::plainUserPassword());
    admin = m_harness->browser();
    admin->open(browser.at(1).constFirst().toUrl());
    QCOMPARE(admin->allow().status, 200);
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     return dialog->workspaceLabel()->text()
                         == QStringLiteral("Update Access finished");
                 },
                 waitMs),
        qPrintable(dialog->outcomeLabel()->text()));
    const QString outcome = dialog->outcomeLabel()->text();
    QVERIFY2(outcome.contains(QStringLiteral("Bitbucket answered:")), qPrintable(outcome));
    QVERIFY2(outcome.contains(QStringLiteral("User must be an Admin")), qPrintable(outcome));
    QVERIFY2(dialog->statusLabel()->text().contains(QStringLiteral("0 of 2")),
        qPrintable(dialog->statusLabel()->text()));
    QVERIFY2(dialog->statusLabel()->text().contains(QStringLiteral("2 failed")),
        qPrintable(dialog->statusLabel()->text()));

    // Both links are as they were; the ledger has the refused update.
    for (const QString &teamId : teams)
        QVERIFY(m_harness->bitbucket().linkedTeamIds().contains(teamId));
    const auto first = m_harness->ledger().eventsOfTeam(order.at(0));
    QCOMPARE(first->constFirst().kind, Ledger::Kind::Install);
    const auto second = m_harness->ledger().eventsOfTeam(order.at(1));
    QCOMPARE(second->constFirst().kind, Ledger::Kind::AccessUpdate);
    QCOMPARE(second->constFirst().outcome, Ledger::Outcome::Failed);
}

void tst_WorkspacesActions::updateAccessInPasteModeWaitsForARealAddress()
{
    const QString teamId = QStringLiteral("T0SANDBOX02");
    QVERIFY2(open(0, {teamId}), qPrintable(m_error));
    // Every sandbox app lists the loopback URI; in paste mode nothing listens there.
    SetupSession *session = m_window->session();
    ConnectionSettings connection = session->connection();
    connection.redirectMode = ConnectionSettings::RedirectMode::Paste;
    connection.pasteRedirectUrl =
        QStringLiteral("https://127.0.0.1:%1/workspace-connector/callback")
            .arg(m_harness->loopbackPort());
    session->setConnection(connection);

    selectTeams({teamId});
    QSignalSpy browser(actions()->updater(), &InstallController::openBrowser);
    actions()->updateAccessAction()->trigger();
    UpdateAccessDialog *dialog = actions()->updateAccessDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitFor([&] { return browser.count() == 1; }, waitMs));
    QVERIFY(dialog->pastedAddressEdit()->isVisible());
    auto admin = m_harness->browser();
    admin->setFollowRedirects(false);
    admin->open(browser.constFirst().constFirst().toUrl());
    const SandboxBrowser::Page back = admin->allow();
    QVERIFY(back.isRedirect());

    // Something that is no address: said, and the dialog still waits for the address.
    QTest::keyClicks(dialog->pastedAddressEdit(), QStringLiteral("no address at all"));
    QTest::keyClick(dialog->pastedAddressEdit(), Qt::Key_Return);
    QVERIFY(!dialog->outcomeLabel()->text().isEmpty());
    QCOMPARE(actions()->updater()->phase(), InstallController::Phase::WaitingForBrowser);
    QVERIFY(dialog->workspaceLabel()->text().contains(QStringLiteral("1 of 1")));

    QTest::keyClicks(dialog->pastedAddressEdit(), back.locationUrl().toString());
    QTest::keyClick(dialog->pastedAddressEdit(), Qt::Key_Return);
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     return dialog->workspaceLabel()->text()
                         == QStringLiteral("Update Access finished");
                 },
                 waitMs),
        qPrintable(dialog->outcomeLabel()->text()));
    // The one workspace was updated, and nothing counts as failed.
    QVERIFY2(dialog->statusLabel()->text().startsWith(QStringLiteral("1 workspace")),
        qPrintable(dialog->statusLabel()->text()));
    QVERIFY2(!dialog->statusLabel()->text().contains(QStringLiteral("failed")),
        qPrintable(dialog->statusLabel()->text()));
    QCOMPARE(
        m_harness->ledger().eventsOfTeam(teamId)->constFirst().kind, Ledger::Kind::AccessUpdate);
}

void tst_WorkspacesActions::cancelInTheUpdateAccessDialogStopsTheQueue()
{
    const QStringList teams {QStringLiteral("T0SANDBOX02"), QStringLiteral("T0SANDBOX03")};
    QVERIFY2(open(0, teams), qPrintable(m_error));
    selectTeams(teams);
    const QStringList order = view()->selectedTeamIds();
    QSignalSpy browser(actions()->updater(), &InstallController::openBrowser);
    actions()->updateAccessAction()->trigger();
    UpdateAccessDialog *dialog = actions()->updateAccessDialog();
    QVERIFY(QTest::qWaitFor([&] { return browser.count() == 1; }, waitMs));

    // Cancel while Bitbucket is being given the first workspace's tokens: that one still ends,
    // and counts, but the second never starts.
    m_harness->bitbucket().setRequestLatency(1500);
    auto admin = m_harness->browser();
    admin->open(browser.constFirst().constFirst().toUrl());
    QCOMPARE(admin->allow().status, 200);
    QVERIFY(QTest::qWaitFor(
        [&] { return actions()->updater()->phase() == InstallController::Phase::Registering; },
        waitMs));
    QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     return dialog->workspaceLabel()->text()
                         == QStringLiteral("Update Access finished");
                 },
                 waitMs),
        qPrintable(dialog->outcomeLabel()->text()));
    QVERIFY2(dialog->statusLabel()->text().contains(QStringLiteral("Stopped: 1 of 2")),
        qPrintable(dialog->statusLabel()->text()));
    QVERIFY2(dialog->outcomeLabel()->text().contains(QStringLiteral("access updated")),
        qPrintable(dialog->outcomeLabel()->text()));
    QTest::qWait(300);
    QCOMPARE(browser.count(), 1);
    QCOMPARE(actions()->updater()->phase(), InstallController::Phase::Idle);
    QCOMPARE(
        m_harness->ledger().eventsOfTeam(order.at(1))->constFirst().kind, Ledger::Kind::Install);

    // A second run, stopped with Escape while the browser is still at Slack, ends at once and
    // takes the dialog with it.
    m_harness->bitbucket().setRequestLatency(0);
    QTest::keyClick(dialog, Qt::Key_Return); // Close, the default button now
    QVERIFY(QTest::qWaitFor([&] { return !actions()->updateAccessDialog(); }, 5000));
    QVERIFY(QTest::qWaitFor([&] { return actions()->updateAccessAction()->isEnabled(); }, waitMs));
    actions()->updateAccessAction()->trigger();
    QPointer<UpdateAccessDialog> second = actions()->updateAccessDialog();
    QVERIFY(second);
    QVERIFY(QTest::qWaitFor([&] { return browser.count() == 2; }, waitMs));
    QTest::keyClick(second, Qt::Key_Escape);
    QVERIFY(QTest::qWaitFor([&] { return !second; }, 5000));
    QVERIFY2(statusLine().contains(QStringLiteral("Stopped: 0 of 2")), qPrintable(statusLine()));
    QCOMPARE(actions()->updater()->phase(), InstallController::Phase::Idle);
    QVERIFY(actions()->updateAccessAction()->isEnabled());
}

// main() fills the session for --sandbox without a manifest; until the wizard's HTTPS page has
// read one, no handshake can start, and the dialog says so for every workspace in the queue.
void tst_WorkspacesActions::updateAccessWithoutAManifestSaysSoForEachWorkspace()
{
    const QStringList teams {QStringLiteral("T0SANDBOX02"), QStringLiteral("T0SANDBOX03")};
    QVERIFY2(open(0, teams), qPrintable(m_error));
    m_window->session()->setManifest(SlackManifest());
    selectTeams(teams);
    QSignalSpy browser(actions()->updater(), &InstallController::openBrowser);
    QSignalSpy failed(actions()->updater(), &InstallController::failed);
    actions()->updateAccessAction()->trigger();
    UpdateAccessDialog *dialog = actions()->updateAccessDialog();
    QVERIFY(dialog);
    QCOMPARE(failed.count(), 2);
    QCOMPARE(browser.count(), 0);
    QCOMPARE(dialog->workspaceLabel()->text(), QStringLiteral("Update Access finished"));
    QVERIFY2(dialog->statusLabel()->text().startsWith(QStringLiteral("0 of 2 ")),
        qPrintable(dialog->statusLabel()->text()));
    QVERIFY2(dialog->statusLabel()->text().contains(QStringLiteral("2 failed")),
        qPrintable(dialog->statusLabel()->text()));
    QVERIFY2(dialog->outcomeLabel()->text().contains(QStringLiteral("manifest")),
        qPrintable(dialog->outcomeLabel()->text()));
    QCOMPARE(statusLine(), dialog->statusLabel()->text());
    QVERIFY(actions()->updateAccessAction()->isEnabled());
}

void tst_WorkspacesActions::copyDetailsPutsTheSelectionOnTheClipboard()
{
    QVERIFY2(open(6), qPrintable(m_error));
    QTableView *table = view()->tableView();
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Home);
    QTest::keyClick(table, Qt::Key_Down, Qt::ShiftModifier);
    const QStringList shown = visibleTeamIds();
    QCOMPARE(view()->selectedTeamIds(), (QStringList {shown.at(0), shown.at(1)}));
    QApplication::clipboard()->clear();
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
    const QString text = QApplication::clipboard()->text();
    for (int i = 0; i < shown.size(); ++i) {
        const QString name = model()->record(model()->rowOf(shown.at(i))).teamName;
        QCOMPARE(text.contains(shown.at(i)), i < 2);
        QCOMPARE(text.contains(name), i < 2);
    }
    QVERIFY2(statusLine().contains(QStringLiteral("clipboard")), qPrintable(statusLine()));
}

void tst_WorkspacesActions::exportWritesWhatTheTableShows()
{
    QVERIFY2(open(12), qPrintable(m_error));
    QVERIFY(verifyAll());
    QTest::keyClicks(view()->filterEdit(), QStringLiteral("oauth failure"));
    const QStringList shown = visibleTeamIds();
    QCOMPARE(QSet<QString>(shown.cbegin(), shown.cend()),
        (QSet<QString> {seeded(2), seeded(4), seeded(12)}));

    const QString csvPath = m_harness->directory() + QStringLiteral("/workspaces.csv");
    actions()->setExportPathForTests(csvPath);
    QVERIFY(actions()->exportAction()->isEnabled());
    actions()->exportAction()->trigger();
    QFile csv(csvPath);
    QVERIFY2(csv.open(QIODevice::ReadOnly), qPrintable(statusLine()));
    QStringList lines = QString::fromUtf8(csv.readAll()).split(QStringLiteral("\r\n"));
    if (lines.constLast().isEmpty())
        lines.removeLast();
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines.at(0).startsWith(QStringLiteral("team-id,name,")));
    for (int i = 0; i < shown.size(); ++i) {
        QVERIFY2(lines.at(i + 1).startsWith(shown.at(i) + u','), qPrintable(lines.at(i + 1)));
        QVERIFY(lines.at(i + 1).contains(QStringLiteral(",oauth-failure,")));
    }
    QVERIFY2(statusLine().contains(csvPath), qPrintable(statusLine()));

    const QString jsonPath = m_harness->directory() + QStringLiteral("/workspaces.json");
    actions()->setExportPathForTests(jsonPath);
    actions()->exportAction()->trigger();
    QFile json(jsonPath);
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonArray workspaces = QJsonDocument::fromJson(json.readAll())
                                      .object()
                                      .value(QStringLiteral("workspaces"))
                                      .toArray();
    QCOMPARE(workspaces.size(), 3);
    for (int i = 0; i < shown.size(); ++i) {
        const QJsonObject workspace = workspaces.at(i).toObject();
        QCOMPARE(workspace.value(QStringLiteral("teamId")).toString(), shown.at(i));
        QCOMPARE(
            workspace.value(QStringLiteral("status")).toString(), QStringLiteral("oauth-failure"));
        QCOMPARE(workspace.value(QStringLiteral("name")).toString(),
            model()->record(model()->rowOf(shown.at(i))).teamName);
    }
}

void tst_WorkspacesActions::actionsFollowTheSelectionAndTheKeyboard()
{
    QVERIFY2(open(4), qPrintable(m_error));
    QVERIFY(!view()->tableView()->selectionModel()->hasSelection());
    QVERIFY(actions()->refreshAction()->isEnabled());
    QVERIFY(actions()->verifyAllAction()->isEnabled());
    QVERIFY(actions()->exportAction()->isEnabled());
    QVERIFY(!actions()->verifyAction()->isEnabled());
    QVERIFY(!actions()->updateAccessAction()->isEnabled());
    QVERIFY(!actions()->disconnectAction()->isEnabled());
    QVERIFY(!actions()->copyAction()->isEnabled());

    // A click on a row selects it, and the actions on a selection come alive.
    QTableView *table = view()->tableView();
    const QModelIndex first = view()->proxy()->index(0, 0);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(first).center());
    const QString teamId = first.data(WorkspaceTableModel::TeamIdRole).toString();
    QCOMPARE(view()->selectedTeamIds(), QStringList {teamId});
    QVERIFY(actions()->verifyAction()->isEnabled());
    QVERIFY(actions()->updateAccessAction()->isEnabled());
    QVERIFY(actions()->disconnectAction()->isEnabled());
    QVERIFY(actions()->copyAction()->isEnabled());

    // F5 reads the table again.
    ConnectedWorkspaces *workspaces = m_window->connectedWorkspaces();
    QSignalSpy refreshed(workspaces, &ConnectedWorkspaces::refreshed);
    QTest::keyClick(table, Qt::Key_F5);
    QVERIFY(refreshed.wait(waitMs));
    QCOMPARE(view()->selectedTeamIds(), QStringList {teamId}); // kept across the refresh

    // Ctrl+R verifies the selection; meanwhile Verify cannot start again.
    QSignalSpy finished(workspaces, &ConnectedWorkspaces::verifyFinished);
    QTest::keyClick(table, Qt::Key_R, Qt::ControlModifier);
    QVERIFY(workspaces->isVerifying());
    QVERIFY(!actions()->verifyAction()->isEnabled());
    QVERIFY(!actions()->verifyAllAction()->isEnabled());
    QVERIFY(finished.wait(waitMs));
    QCOMPARE(finished.constFirst().constFirst().value<VerifyRunner::Summary>().total, 1);
    QVERIFY(statusText(teamId) != QStringLiteral("Not checked"));
    QVERIFY(actions()->verifyAction()->isEnabled());

    // Ctrl+Shift+R verifies every row.
    finished.clear();
    QTest::keyClick(table, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(finished.wait(waitMs));
    QCOMPARE(finished.constFirst().constFirst().value<VerifyRunner::Summary>().total, 4);

    // Delete asks to disconnect it (and is told no).
    DecisionBox::setAnswerForTests(false);
    const int asked = DecisionBox::questionsAsked();
    QTest::keyClick(table, Qt::Key_Delete);
    QTRY_COMPARE_WITH_TIMEOUT(DecisionBox::questionsAsked(), asked + 1, waitMs);
    QVERIFY(DecisionBox::lastQuestion().text.contains(teamId));

    // Ctrl+C copies its details, not only the cell.
    QApplication::clipboard()->clear();
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
    QVERIFY2(QApplication::clipboard()->text().contains(QStringLiteral("Team ID: ") + teamId),
        qPrintable(QApplication::clipboard()->text()));

    // With the selection cleared, they are off again.
    table->clearSelection();
    QVERIFY(!actions()->verifyAction()->isEnabled());
    QVERIFY(!actions()->copyAction()->isEnabled());
    QVERIFY(!actions()->disconnectAction()->isEnabled());
    QVERIFY(!actions()->updateAccessAction()->isEnabled());
}

// Until the table has rows, the window says why: it is reading them, Bitbucket has none (and
// setup connects one), or they could not be read. The tool bar comes with the table.
void tst_WorkspacesActions::emptyPageSaysWhatTheTableWaitsFor()
{
    QVERIFY2(openWindow(0), qPrintable(m_error));
    WorkspacesEmptyState *empty = m_window->emptyState();
    const QString host = m_harness->session().connection().bitbucketBaseUrl.host();
    // Bitbucket is set up, so the first frame says the workspaces are on their way.
    QCOMPARE(empty->mode(), WorkspacesEmptyState::Mode::Loading);
    QVERIFY(empty->explanation().contains(host));
    QVERIFY(!empty->setupButton()->isVisible());
    QVERIFY(!m_window->findChild<QToolBar *>());

    QSignalSpy refreshed(m_window->connectedWorkspaces(), &ConnectedWorkspaces::refreshed);
    m_window->loadWorkspaces();
    QVERIFY(refreshed.wait(waitMs));
    QCOMPARE(empty->mode(), WorkspacesEmptyState::Mode::NoneConnected);
    QVERIFY(empty->isVisible());
    QVERIFY(empty->explanation().contains(host));
    QVERIFY(empty->setupButton()->isVisible());
    QCOMPARE(empty->setupButton()->text().remove(u'&'), QStringLiteral("Connect a Workspace…"));
    QVERIFY(!empty->retryButton()->isVisible());
    QVERIFY(!m_window->findChild<QToolBar *>());

    // Workspaces connected meanwhile show after a refresh (F5), with the tool bar.
    QCOMPARE(m_harness->bitbucket().seedLinks(2).size(), 2);
    actions()->refreshAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(view() && view()->isVisible(), waitMs);
    QVERIFY(!empty->isVisible());
    auto *toolBar = m_window->findChild<QToolBar *>();
    QVERIFY(toolBar);
    QVERIFY(toolBar->isVisible());
    QCOMPARE(toolBar->actions(), actions()->toolBarActions());

    // Disconnecting the last of them brings the page back, saying none is connected.
    DecisionBox::setAnswerForTests(true);
    for (const QString &teamId : visibleTeamIds()) {
        selectTeams({teamId});
        QSignalSpy gone(m_window->connectedWorkspaces(), &ConnectedWorkspaces::disconnected);
        actions()->disconnectAction()->trigger();
        QVERIFY(gone.wait(waitMs));
    }
    QTRY_VERIFY(empty->isVisible());
    QCOMPARE(empty->mode(), WorkspacesEmptyState::Mode::NoneConnected);
    QVERIFY(!toolBar->isVisible());
}

void tst_WorkspacesActions::emptyPageOffersToTryAgainWhenBitbucketRefuses()
{
    QVERIFY2(openWindow(0), qPrintable(m_error));
    useBitbucketAccount(BitbucketSandbox::adminUser(), QStringLiteral("not-the-password"));
    WorkspacesEmptyState *empty = m_window->emptyState();
    QSignalSpy failed(m_window->connectedWorkspaces(), &ConnectedWorkspaces::refreshFailed);
    m_window->loadWorkspaces();
    QVERIFY(failed.wait(waitMs));
    QCOMPARE(empty->mode(), WorkspacesEmptyState::Mode::Problem);
    QCOMPARE(empty->heading(), QStringLiteral("The connected workspaces could not be read"));
    // Bitbucket's reason, as the status bar has it too.
    QVERIFY(empty->explanation().contains(failed.constFirst().at(0).toString()));
    // It can be selected and copied into a ticket.
    const auto explanationLabel = [empty] {
        for (QLabel *label : empty->findChildren<QLabel *>()) {
            if (label->text() == empty->explanation())
                return label;
        }
        return static_cast<QLabel *>(nullptr);
    };
    QVERIFY(explanationLabel());
    QVERIFY(explanationLabel()->textInteractionFlags() & Qt::TextSelectableByMouse);
    QVERIFY(explanationLabel()->textInteractionFlags() & Qt::TextSelectableByKeyboard);
    QVERIFY(empty->retryButton()->isVisible());
    QVERIFY(empty->retryButton()->isDefault());
    QVERIFY(empty->setupButton()->isVisible()); // setup is where the password is changed
    // The status bar says it too, on its one line.
    QVERIFY(statusLine().contains(failed.constFirst().at(0).toString().simplified()));
    QVERIFY(!statusLine().contains(u'\n'));

    // Try Again asks Bitbucket again, and says so while it waits.
    QTest::mouseClick(empty->retryButton(), Qt::LeftButton);
    QCOMPARE(empty->mode(), WorkspacesEmptyState::Mode::Loading);
    // What the program says while it waits is not for copying.
    QCOMPARE(explanationLabel()->textInteractionFlags(), Qt::NoTextInteraction);
    QVERIFY(failed.wait(waitMs));
    QCOMPARE(failed.size(), 2);
    QCOMPARE(empty->mode(), WorkspacesEmptyState::Mode::Problem);
}

QTEST_MAIN(tst_WorkspacesActions)
#include "tst_workspacesactions.moc"
