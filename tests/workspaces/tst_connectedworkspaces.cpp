#include "InstallHarness.h"
#include "workspaces/ConnectedWorkspaces.h"
#include "workspaces/WorkspaceTableModel.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

// The table's data and actions against the stand-ins: refresh from Bitbucket merged with the
// ledger, Verify updating rows, Disconnect removing the link, each failure said once.
class TestConnectedWorkspaces : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<InstallHarness> m_harness;
    std::unique_ptr<ConnectedWorkspaces> m_workspaces;

    BitbucketTarget adminTarget() const
    {
        BitbucketTarget target;
        target.baseUrl = m_harness->bitbucket().baseUrl();
        target.caBundlePath = m_harness->bitbucket().caBundlePath();
        target.username = BitbucketSandbox::adminUser();
        target.password = BitbucketSandbox::adminPassword();
        return target;
    }

    bool refresh()
    {
        QSignalSpy done(m_workspaces.get(), &ConnectedWorkspaces::refreshed);
        QSignalSpy failed(m_workspaces.get(), &ConnectedWorkspaces::refreshFailed);
        m_workspaces->refresh();
        return QTest::qWaitFor([&] { return !done.isEmpty() || !failed.isEmpty(); }, 20000)
            && !done.isEmpty();
    }

private Q_SLOTS:
    void init()
    {
        m_harness = std::make_unique<InstallHarness>();
        QString error;
        QVERIFY2(m_harness->start(&error), qPrintable(error));
        QCOMPARE(m_harness->bitbucket().seedLinks(5).size(), 5);
        m_workspaces =
            std::make_unique<ConnectedWorkspaces>(&m_harness->network(), &m_harness->ledger());
        m_workspaces->setAppId(SlackSandbox::healthyAppId());
        m_workspaces->setTarget(adminTarget());
    }

    void cleanup()
    {
        m_workspaces.reset();
        m_harness.reset();
    }

    void refreshMergesBitbucketWithTheLedger()
    {
        Ledger::Event install;
        install.kind = Ledger::Kind::Install;
        install.appId = SlackSandbox::healthyAppId();
        install.teamId = QStringLiteral("T9SEED000001");
        install.teamName = QStringLiteral("Seeded One");
        install.installerUserId = QStringLiteral("U0INSTALLER");
        install.botScopes = {QStringLiteral("users:read")};
        QVERIFY(m_harness->ledger().record(install));
        // A later attempt that failed does not hide the install that worked.
        Ledger::Event failed = install;
        failed.outcome = Ledger::Outcome::Failed;
        failed.installerUserId = QStringLiteral("U0SOMEONEELSE");
        failed.botScopes.clear();
        failed.detail = QStringLiteral("access_denied");
        QVERIFY(m_harness->ledger().record(failed));
        m_workspaces->setRequestedScopes(
            {QStringLiteral("users:read"), QStringLiteral("chat:write")}, {});

        QVERIFY(refresh());
        WorkspaceTableModel *model = m_workspaces->model();
        QCOMPARE(model->rowCount(), 5);
        const int row = model->rowOf(QStringLiteral("T9SEED000001"));
        QVERIFY(row >= 0);
        const WorkspaceRecord record = model->record(row);
        QVERIFY(record.knownToLedger);
        QCOMPARE(record.installerUserId, QStringLiteral("U0INSTALLER"));
        QVERIFY(model->needsUpdateAccess(row));
        QVERIFY(!model->record(model->rowOf(QStringLiteral("T9SEED000002"))).knownToLedger);

        // A second refresh changes nothing and resets nothing.
        QSignalSpy reset(model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
        QVERIFY(refresh());
        QCOMPARE(reset.count(), 0);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(model->rowCount(), 5);
    }

    void verifyUpdatesTheRows()
    {
        QVERIFY(refresh());
        QSignalSpy finished(m_workspaces.get(), &ConnectedWorkspaces::verifyFinished);
        QSignalSpy progress(m_workspaces.get(), &ConnectedWorkspaces::verifyProgress);
        QVERIFY(m_workspaces->verify());
        QVERIFY(m_workspaces->isVerifying());
        QVERIFY(finished.wait(30000));
        QVERIFY(!progress.isEmpty());
        WorkspaceTableModel *model = m_workspaces->model();
        auto statusOf = [model](const QString &teamId) {
            return model->record(model->rowOf(teamId)).status;
        };
        QCOMPARE(statusOf(QStringLiteral("T9SEED000001")), WorkspaceStatus::Connected);
        QCOMPARE(statusOf(QStringLiteral("T9SEED000002")), WorkspaceStatus::OAuthFailure);
        QCOMPARE(statusOf(QStringLiteral("T9SEED000003")), WorkspaceStatus::NotConnected);
        QVERIFY(model->record(model->rowOf(QStringLiteral("T9SEED000001"))).lastChecked.isValid());
        const auto summary = finished.constFirst().constFirst().value<VerifyRunner::Summary>();
        QCOMPARE(summary.checked, 5);
    }

    void verifyOfSomeRowsLeavesTheOthers()
    {
        QVERIFY(refresh());
        QSignalSpy finished(m_workspaces.get(), &ConnectedWorkspaces::verifyFinished);
        QVERIFY(m_workspaces->verify({QStringLiteral("T9SEED000002")}));
        QVERIFY(finished.wait(30000));
        WorkspaceTableModel *model = m_workspaces->model();
        QCOMPARE(model->record(model->rowOf(QStringLiteral("T9SEED000002"))).status,
            WorkspaceStatus::OAuthFailure);
        QCOMPARE(model->record(model->rowOf(QStringLiteral("T9SEED000001"))).status,
            WorkspaceStatus::NotChecked);
    }

    void aSignInFailureDuringVerifyIsSaidOnce()
    {
        QVERIFY(refresh());
        m_harness->bitbucket().expireSignInAfter(2);
        QSignalSpy stopped(m_workspaces.get(), &ConnectedWorkspaces::verifyStopped);
        QSignalSpy finished(m_workspaces.get(), &ConnectedWorkspaces::verifyFinished);
        m_workspaces->verifyRunner()->setMaxInFlight(1);
        QVERIFY(m_workspaces->verify());
        QVERIFY(finished.wait(30000));
        QCOMPARE(stopped.count(), 1);
        QVERIFY(!stopped.constFirst().at(0).toString().isEmpty());
        const auto summary = finished.constFirst().constFirst().value<VerifyRunner::Summary>();
        QVERIFY(summary.stopped);
        QVERIFY(summary.checked < 5);
    }

    void disconnectRemovesTheLinkAndRecordsIt()
    {
        QVERIFY(refresh());
        QSignalSpy done(m_workspaces.get(), &ConnectedWorkspaces::disconnected);
        QSignalSpy removed(m_workspaces->model(), &QAbstractItemModel::rowsRemoved);
        m_workspaces->disconnectWorkspace(QStringLiteral("T9SEED000004"));
        QVERIFY(done.wait(20000));
        QVERIFY(!m_harness->bitbucket().linkedTeamIds().contains(QStringLiteral("T9SEED000004")));
        QCOMPARE(m_workspaces->model()->rowOf(QStringLiteral("T9SEED000004")), -1);
        QCOMPARE(removed.count(), 1);
        const auto events = m_harness->ledger().eventsOfTeam(QStringLiteral("T9SEED000004"));
        QCOMPARE(events->size(), 1);
        QCOMPARE(events->constFirst().kind, Ledger::Kind::Removal);
        QCOMPARE(events->constFirst().outcome, Ledger::Outcome::Succeeded);
        // It stays gone after a refresh.
        QVERIFY(refresh());
        QCOMPARE(m_workspaces->model()->rowOf(QStringLiteral("T9SEED000004")), -1);
    }

    void disconnectNeedsAnAdministrator()
    {
        QVERIFY(refresh());
        BitbucketTarget target = adminTarget();
        target.username = BitbucketSandbox::plainUser();
        target.password = BitbucketSandbox::plainUserPassword();
        m_workspaces->setTarget(target);
        QSignalSpy failed(m_workspaces.get(), &ConnectedWorkspaces::disconnectFailed);
        m_workspaces->disconnectWorkspace(QStringLiteral("T9SEED000001"));
        QVERIFY(failed.wait(20000));
        QVERIFY2(failed.constFirst().at(1).toString().contains(QStringLiteral("Admin")),
            qPrintable(failed.constFirst().at(1).toString()));
        QVERIFY(m_harness->bitbucket().linkedTeamIds().contains(QStringLiteral("T9SEED000001")));
        QVERIFY(m_workspaces->model()->rowOf(QStringLiteral("T9SEED000001")) >= 0);
        QCOMPARE(
            m_harness->ledger().eventsOfTeam(QStringLiteral("T9SEED000001"))->constFirst().outcome,
            Ledger::Outcome::Failed);
    }

    void refreshFailureIsSaid()
    {
        BitbucketTarget target = adminTarget();
        target.password = QStringLiteral("wrong");
        m_workspaces->setTarget(target);
        QSignalSpy failed(m_workspaces.get(), &ConnectedWorkspaces::refreshFailed);
        m_workspaces->refresh();
        QVERIFY(failed.wait(20000));
        QVERIFY(!failed.constFirst().at(0).toString().isEmpty());
        QVERIFY(!failed.constFirst().at(1).toString().isEmpty());
        QCOMPARE(m_workspaces->model()->rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestConnectedWorkspaces)
#include "tst_connectedworkspaces.moc"
