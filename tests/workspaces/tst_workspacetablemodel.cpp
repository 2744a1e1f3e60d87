#include "workspaces/WorkspaceTableModel.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

#include <memory>

using Model = WorkspaceTableModel;

namespace {

QDateTime utc(int day, int hour = 9)
{
    return QDateTime(QDate(2024, 5, day), QTime(hour, 0), Qt::UTC);
}

LinkSummary link(const QString &teamId, const QString &name = QString())
{
    LinkSummary summary;
    summary.teamId = teamId;
    summary.teamName = name.isEmpty() ? QStringLiteral("Team ") + teamId : name;
    summary.botUserId = QStringLiteral("U") + teamId;
    summary.botUserName = QStringLiteral("bitbucket");
    return summary;
}

Ledger::Event ledgerEvent(Ledger::Kind kind, const QString &teamId, const QDateTime &time)
{
    static qint64 nextId = 1;
    Ledger::Event e;
    e.id = nextId++;
    e.kind = kind;
    e.teamId = teamId;
    e.time = time;
    return e;
}

Ledger::Event install(const QString &teamId, const QDateTime &time,
    const QStringList &bot = {QStringLiteral("chat:write"), QStringLiteral("users:read")},
    const QStringList &user = {QStringLiteral("links:read")})
{
    Ledger::Event e = ledgerEvent(Ledger::Kind::Install, teamId, time);
    e.teamName = QStringLiteral("Ledger name ") + teamId;
    e.enterpriseId = QStringLiteral("E1");
    e.enterpriseName = QStringLiteral("Acme Corp");
    e.installerUserId = QStringLiteral("U0ADMIN");
    e.installerName = QStringLiteral("Ada Admin");
    e.botScopes = bot;
    e.userScopes = user;
    return e;
}

Ledger::Event verification(const QString &teamId, const QDateTime &time, WorkspaceStatus status)
{
    Ledger::Event e = ledgerEvent(Ledger::Kind::Verification, teamId, time);
    e.detail = WorkspaceStatusNames::code(status);
    return e;
}

QList<LinkSummary> links(const QStringList &ids)
{
    QList<LinkSummary> result;
    for (const QString &id : ids)
        result << link(id);
    return result;
}

} // namespace

class tst_WorkspaceTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void firstLoadIsOneInsert();
    void mergeSendsGranularSignals();
    void unchangedMergeSendsNothing();
    void ledgerFillsTheRow();
    void workspaceWithoutLedgerData();
    void needsUpdateAccessMark();
    void requestedScopesChangeOnlyTheScopesColumn();
    void removalEvents_data();
    void removalEvents();
    void ledgerOnlyWorkspaceIsMarked();
    void statusFromLedgerAndLive();
    void updateStatusChangesOnlyItsCells();
    void removeWorkspace();
    void rawSortValues();
    void proxySortsOnRawValues();
    void proxyFiltersOnFilterRole();
    void randomChurnKeepsModelConsistent();

private:
    void expectNoResets();

    std::unique_ptr<Model> m_model;
    std::unique_ptr<QSortFilterProxyModel> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
    std::unique_ptr<QSignalSpy> m_resets;
    std::unique_ptr<QSignalSpy> m_layouts;
};

void tst_WorkspaceTableModel::init()
{
    m_model = std::make_unique<Model>();
    m_proxy = std::make_unique<QSortFilterProxyModel>();
    m_proxy->setSortRole(Model::SortRole);
    m_proxy->setFilterRole(Model::FilterRole);
    m_proxy->setDynamicSortFilter(true);
    m_proxy->setSourceModel(m_model.get());
    m_proxy->sort(Model::NameColumn);
    m_modelTester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_proxyTester = std::make_unique<QAbstractItemModelTester>(
        m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_resets = std::make_unique<QSignalSpy>(m_model.get(), &QAbstractItemModel::modelReset);
    m_layouts = std::make_unique<QSignalSpy>(m_model.get(), &QAbstractItemModel::layoutChanged);
}

void tst_WorkspaceTableModel::cleanup()
{
    expectNoResets();
    m_layouts.reset();
    m_resets.reset();
    m_proxyTester.reset();
    m_modelTester.reset();
    m_proxy.reset();
    m_model.reset();
}

void tst_WorkspaceTableModel::expectNoResets()
{
    QCOMPARE(m_resets->count(), 0);
    QCOMPARE(m_layouts->count(), 0);
}

void tst_WorkspaceTableModel::firstLoadIsOneInsert()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    m_model->merge(links({QStringLiteral("T1"), QStringLiteral("T2"), QStringLiteral("T3")}), {});
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 2);
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->columnCount(), int(Model::ColumnCount));
    QCOMPARE(m_model->rowOf(QStringLiteral("T2")), 1);
    QCOMPARE(m_model->rowOf(QStringLiteral("nope")), -1);
    QCOMPARE(m_proxy->rowCount(), 3);
}

void tst_WorkspaceTableModel::mergeSendsGranularSignals()
{
    m_model->merge(links({QStringLiteral("TA"), QStringLiteral("TB"), QStringLiteral("TC"),
                       QStringLiteral("TD")}),
        {});
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

    QList<LinkSummary> next {link(QStringLiteral("TA")),
        link(QStringLiteral("TC"), QStringLiteral("Renamed")), link(QStringLiteral("TE"))};
    m_model->merge(next, {});

    QCOMPARE(removed.count(), 2); // TD, then TB: not next to each other
    QCOMPARE(removed.at(0).at(1).toInt(), 3);
    QCOMPARE(removed.at(1).at(1).toInt(), 1);
    QCOMPARE(changed.count(), 1);
    const QModelIndex topLeft = changed.at(0).at(0).value<QModelIndex>();
    const QModelIndex bottomRight = changed.at(0).at(1).value<QModelIndex>();
    QCOMPARE(topLeft.row(), m_model->rowOf(QStringLiteral("TC")));
    QCOMPARE(bottomRight.row(), topLeft.row());
    QCOMPARE(topLeft.column(), int(Model::NameColumn));
    QCOMPARE(bottomRight.column(), int(Model::NameColumn));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->rowOf(QStringLiteral("TE")), 2);
    QCOMPARE(
        m_model->record(m_model->rowOf(QStringLiteral("TC"))).teamName, QStringLiteral("Renamed"));
    QCOMPARE(m_proxy->index(0, Model::NameColumn).data().toString(), QStringLiteral("Renamed"));
}

void tst_WorkspaceTableModel::unchangedMergeSendsNothing()
{
    const QList<LinkSummary> all = links({QStringLiteral("T1"), QStringLiteral("T2")});
    const QList<Ledger::Event> events {install(QStringLiteral("T1"), utc(1))};
    m_model->merge(all, events);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->merge(all, events);
    QCOMPARE(inserted.count() + removed.count() + changed.count(), 0);
}

void tst_WorkspaceTableModel::ledgerFillsTheRow()
{
    m_model->merge({link(QStringLiteral("T1"), QStringLiteral("Alpha"))},
        {install(QStringLiteral("T1"), utc(2, 14))});
    const WorkspaceRecord record = m_model->record(0);
    QVERIFY(record.knownToLedger);
    QVERIFY(record.inBitbucket);
    QCOMPARE(record.teamName, QStringLiteral("Alpha")); // Bitbucket's name wins
    QCOMPARE(record.enterpriseName, QStringLiteral("Acme Corp"));
    QCOMPARE(record.installerName, QStringLiteral("Ada Admin"));
    QCOMPARE(record.installedAt, utc(2, 14));
    QCOMPARE(record.botScopes,
        QStringList({QStringLiteral("chat:write"), QStringLiteral("users:read")}));

    const auto cell = [this](int column, int role = Qt::DisplayRole) {
        return m_model->index(0, column).data(role);
    };
    QCOMPARE(cell(Model::NameColumn).toString(), QStringLiteral("Alpha"));
    QCOMPARE(cell(Model::TeamIdColumn).toString(), QStringLiteral("T1"));
    QCOMPARE(cell(Model::EnterpriseColumn).toString(), QStringLiteral("Acme Corp"));
    QCOMPARE(cell(Model::BotUserColumn).toString(), QStringLiteral("bitbucket"));
    QCOMPARE(cell(Model::InstalledByColumn).toString(), QStringLiteral("Ada Admin"));
    QCOMPARE(cell(Model::InstalledAtColumn).toString(),
        QLocale().toString(utc(2, 14).toLocalTime(), QLocale::ShortFormat));
    QCOMPARE(cell(Model::StatusColumn).toString(), QStringLiteral("Not checked"));
    QCOMPARE(cell(Model::LastCheckedColumn).toString(), QStringLiteral("Never"));
    QCOMPARE(cell(Model::ScopesColumn).toString(), QStringLiteral("3 granted"));
    QVERIFY(cell(Model::InstalledByColumn, Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("U0ADMIN")));
    QCOMPARE(cell(Model::StatusColumn, Model::TeamIdRole).toString(), QStringLiteral("T1"));
    QCOMPARE(cell(Model::StatusColumn, Model::RecordRole).value<WorkspaceRecord>(), record);
    QCOMPARE(
        cell(Model::StatusColumn, Model::StatusRole).toInt(), int(WorkspaceStatus::NotChecked));
}

void tst_WorkspaceTableModel::workspaceWithoutLedgerData()
{
    // Connected by other means: only what Bitbucket knows.
    m_model->setRequestedScopes({QStringLiteral("chat:write")}, {QStringLiteral("links:read")});
    m_model->merge({link(QStringLiteral("T9"), QStringLiteral("Elsewhere"))},
        {install(QStringLiteral("T1"), utc(1))});
    QCOMPARE(m_model->rowCount(), 2); // T1 is in the ledger only
    const int row = m_model->rowOf(QStringLiteral("T9"));
    const WorkspaceRecord record = m_model->record(row);
    QVERIFY(!record.knownToLedger);
    QVERIFY(record.inBitbucket);
    QVERIFY(record.installerName.isEmpty());
    QVERIFY(!m_model->needsUpdateAccess(row));
    QCOMPARE(m_model->index(row, Model::NameColumn).data().toString(), QStringLiteral("Elsewhere"));
    QCOMPARE(
        m_model->index(row, Model::InstalledByColumn).data().toString(), QStringLiteral("\u2014"));
    QCOMPARE(
        m_model->index(row, Model::ScopesColumn).data().toString(), QStringLiteral("Not known"));
    QCOMPARE(m_model->index(row, Model::ScopesColumn).data(Model::SortRole).toInt(), -1);
    QVERIFY(!m_model->index(row, Model::InstalledAtColumn)
                 .data(Model::SortRole)
                 .toDateTime()
                 .isValid());
    QVERIFY(m_model->index(row, Model::NameColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("other means")));
}

void tst_WorkspaceTableModel::needsUpdateAccessMark()
{
    m_model->setRequestedScopes(
        {QStringLiteral("chat:write"), QStringLiteral("users:read"), QStringLiteral("team:read")},
        {QStringLiteral("links:read")});
    m_model->merge(links({QStringLiteral("T1"), QStringLiteral("T2")}),
        {install(QStringLiteral("T1"), utc(1)),
            install(QStringLiteral("T2"), utc(1),
                {QStringLiteral("chat:write"), QStringLiteral("users:read"),
                    QStringLiteral("team:read")},
                {})});
    const int t1 = m_model->rowOf(QStringLiteral("T1"));
    const int t2 = m_model->rowOf(QStringLiteral("T2"));
    QVERIFY(m_model->needsUpdateAccess(t1));
    QCOMPARE(m_model->missingScopes(t1), QStringList({QStringLiteral("team:read")}));
    QCOMPARE(m_model->index(t1, Model::ScopesColumn).data().toString(),
        QStringLiteral("3 of 4, needs Update Access"));
    const QString tip = m_model->index(t1, Model::ScopesColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QLatin1String("team:read")), qPrintable(tip));
    QVERIFY(tip.contains(QLatin1String("Update Access")));
    QVERIFY(m_model->index(t1, Model::ScopesColumn).data(Model::NeedsUpdateAccessRole).toBool());
    QCOMPARE(m_model->index(t1, Model::ScopesColumn).data(Model::SortRole).toInt(), 1);

    // T2 lacks the user scope.
    QVERIFY(m_model->needsUpdateAccess(t2));
    QCOMPARE(m_model->missingScopes(t2), QStringList({QStringLiteral("links:read")}));

    m_model->setRequestedScopes({QStringLiteral("chat:write")}, {});
    QVERIFY(!m_model->needsUpdateAccess(t1));
    QVERIFY(!m_model->needsUpdateAccess(t2));
    QCOMPARE(m_model->index(t1, Model::ScopesColumn).data().toString(), QStringLiteral("1 of 1"));
}

void tst_WorkspaceTableModel::requestedScopesChangeOnlyTheScopesColumn()
{
    m_model->merge(links({QStringLiteral("T1"), QStringLiteral("T2")}),
        {install(QStringLiteral("T1"), utc(1))});
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setRequestedScopes({QStringLiteral("team:read")}, {});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), m_model->index(0, Model::ScopesColumn));
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>(), m_model->index(1, Model::ScopesColumn));
    m_model->setRequestedScopes({QStringLiteral("team:read")}, {});
    QCOMPARE(changed.count(), 1);
}

void tst_WorkspaceTableModel::removalEvents_data()
{
    QTest::addColumn<bool>("inBitbucket");
    QTest::addColumn<QList<Ledger::Event>>("events");
    QTest::addColumn<bool>("listed");
    QTest::addColumn<bool>("known");

    const QString team = QStringLiteral("T1");
    const Ledger::Event installed = install(team, utc(1));
    const Ledger::Event removed = ledgerEvent(Ledger::Kind::Removal, team, utc(2));
    Ledger::Event failedRemoval = ledgerEvent(Ledger::Kind::Removal, team, utc(2));
    failedRemoval.outcome = Ledger::Outcome::Failed;
    const Ledger::Event reinstalled = install(team, utc(3));

    QTest::newRow("removed, gone from Bitbucket")
        << false << QList<Ledger::Event> {removed, installed} << false << false;
    QTest::newRow("removal alone (latestPerTeam)")
        << false << QList<Ledger::Event> {removed} << false << false;
    QTest::newRow("removed, Bitbucket has it again")
        << true << QList<Ledger::Event> {removed, installed} << true << false;
    QTest::newRow("removed, then installed again")
        << true << QList<Ledger::Event> {reinstalled, removed, installed} << true << true;
    QTest::newRow("removal failed")
        << true << QList<Ledger::Event> {failedRemoval, installed} << true << true;
    QTest::newRow("installed, gone from Bitbucket")
        << false << QList<Ledger::Event> {installed} << true << true;
}

void tst_WorkspaceTableModel::removalEvents()
{
    QFETCH(bool, inBitbucket);
    QFETCH(QList<Ledger::Event>, events);
    QFETCH(bool, listed);
    QFETCH(bool, known);

    const QList<LinkSummary> fromBitbucket =
        inBitbucket ? QList<LinkSummary> {link(QStringLiteral("T1"))} : QList<LinkSummary>();
    m_model->merge(fromBitbucket, events);
    const int row = m_model->rowOf(QStringLiteral("T1"));
    QCOMPARE(row >= 0, listed);
    if (listed) {
        QCOMPARE(m_model->record(row).knownToLedger, known);
        QCOMPARE(m_model->record(row).inBitbucket, inBitbucket);
    }
}

void tst_WorkspaceTableModel::ledgerOnlyWorkspaceIsMarked()
{
    m_model->merge(links({QStringLiteral("T1"), QStringLiteral("T2")}),
        {install(QStringLiteral("T1"), utc(1)), install(QStringLiteral("T2"), utc(1))});
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    // Someone removed T2's link in Bitbucket directly: the row stays, marked.
    m_model->merge(links({QStringLiteral("T1")}),
        {install(QStringLiteral("T1"), utc(1)), install(QStringLiteral("T2"), utc(1))});
    QCOMPARE(removed.count(), 0);
    QCOMPARE(changed.count(), 1);
    const int row = m_model->rowOf(QStringLiteral("T2"));
    QVERIFY(!m_model->record(row).inBitbucket);
    QCOMPARE(m_model->record(row).status, WorkspaceStatus::Unknown);
    QCOMPARE(m_model->index(row, Model::StatusColumn).data().toString(),
        QStringLiteral("No link in Bitbucket"));
    QCOMPARE(m_model->record(row).teamName, QStringLiteral("Ledger name T2"));
}

void tst_WorkspaceTableModel::statusFromLedgerAndLive()
{
    const QList<LinkSummary> all = links({QStringLiteral("T1")});
    m_model->merge(all,
        {verification(QStringLiteral("T1"), utc(3), WorkspaceStatus::Limited),
            install(QStringLiteral("T1"), utc(1))});
    QCOMPARE(m_model->record(0).status, WorkspaceStatus::Limited);
    QCOMPARE(m_model->record(0).lastChecked, utc(3));
    QVERIFY(m_model->record(0).knownToLedger); // the older install still counts
    QCOMPARE(
        m_model->index(0, Model::LastCheckedColumn).data(Model::SortRole).toDateTime(), utc(3));

    // A live answer newer than the ledger's survives the next merge...
    m_model->updateStatus(QStringLiteral("T1"), WorkspaceStatus::Connected, QString(), utc(4));
    m_model->merge(all,
        {verification(QStringLiteral("T1"), utc(3), WorkspaceStatus::Limited),
            install(QStringLiteral("T1"), utc(1))});
    QCOMPARE(m_model->record(0).status, WorkspaceStatus::Connected);
    // ...and a newer verification in the ledger replaces it.
    m_model->merge(
        all, {verification(QStringLiteral("T1"), utc(5), WorkspaceStatus::OAuthFailure)});
    QCOMPARE(m_model->record(0).status, WorkspaceStatus::OAuthFailure);
    QCOMPARE(
        m_model->index(0, Model::StatusColumn).data().toString(), QStringLiteral("OAuth failure"));
}

void tst_WorkspaceTableModel::updateStatusChangesOnlyItsCells()
{
    m_model->merge(links({QStringLiteral("T1"), QStringLiteral("T2"), QStringLiteral("T3")}), {});
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(m_model->updateStatus(QStringLiteral("T2"), WorkspaceStatus::OAuthFailure,
        QStringLiteral("Slack refused the bot token."), utc(7)));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), m_model->index(1, Model::StatusColumn));
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>(), m_model->index(1, Model::LastCheckedColumn));
    QCOMPARE(
        m_model->index(1, Model::StatusColumn).data().toString(), QStringLiteral("OAuth failure"));
    QVERIFY(m_model->index(1, Model::StatusColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("refused")));
    QCOMPARE(m_model->record(1).lastChecked, utc(7));
    QVERIFY(m_model->index(1, 0)
                .data(Model::FilterRole)
                .toString()
                .contains(QLatin1String("oauth failure")));
    QVERIFY(!m_model->updateStatus(QStringLiteral("T404"), WorkspaceStatus::Connected, QString()));

    // Without a time, now.
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    m_model->updateStatus(QStringLiteral("T3"), WorkspaceStatus::Connected, QString());
    QVERIFY(m_model->record(2).lastChecked >= before);
    QCOMPARE(m_model->record(2).lastChecked.timeSpec(), Qt::UTC);
}

void tst_WorkspaceTableModel::removeWorkspace()
{
    m_model->merge(links({QStringLiteral("T1"), QStringLiteral("T2"), QStringLiteral("T3")}), {});
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QVERIFY(m_model->removeWorkspace(QStringLiteral("T2")));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 1);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->rowOf(QStringLiteral("T3")), 1);
    QCOMPARE(m_model->rowOf(QStringLiteral("T2")), -1);
    QVERIFY(!m_model->removeWorkspace(QStringLiteral("T2")));
    QCOMPARE(m_proxy->rowCount(), 2);
}

void tst_WorkspaceTableModel::rawSortValues()
{
    m_model->merge({link(QStringLiteral("T1"), QStringLiteral("ÄRGER Team"))},
        {install(QStringLiteral("T1"), utc(2))});
    m_model->updateStatus(QStringLiteral("T1"), WorkspaceStatus::Limited, QString(), utc(3));
    const auto sortValue = [this](int column) {
        return m_model->index(0, column).data(Model::SortRole);
    };
    QCOMPARE(sortValue(Model::NameColumn).toString(), QStringLiteral("ärger team"));
    QCOMPARE(sortValue(Model::InstalledAtColumn).metaType(), QMetaType::fromType<QDateTime>());
    QCOMPARE(sortValue(Model::InstalledAtColumn).toDateTime(), utc(2));
    QCOMPARE(sortValue(Model::LastCheckedColumn).toDateTime(), utc(3));
    QCOMPARE(sortValue(Model::StatusColumn).toInt(), int(WorkspaceStatus::Limited));
    QCOMPARE(sortValue(Model::ScopesColumn).toInt(), 0);
    QCOMPARE(sortValue(Model::InstalledByColumn).toString(), QStringLiteral("ada admin"));
}

void tst_WorkspaceTableModel::proxySortsOnRawValues()
{
    QList<LinkSummary> all {link(QStringLiteral("T1"), QStringLiteral("beta")),
        link(QStringLiteral("T2"), QStringLiteral("Alpha")),
        link(QStringLiteral("T3"), QStringLiteral("gamma"))};
    // Installed at: T1 on the 10th, T2 on the 2nd, T3 on the 9th: by text "10" would come first.
    m_model->merge(all,
        {install(QStringLiteral("T1"), utc(10)), install(QStringLiteral("T2"), utc(2)),
            install(QStringLiteral("T3"), utc(9))});
    const auto order = [this](int column) {
        QStringList ids;
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            ids << m_proxy->index(row, column).data(Model::TeamIdRole).toString();
        return ids.join(u',');
    };
    m_proxy->sort(Model::NameColumn);
    QCOMPARE(order(Model::NameColumn), QStringLiteral("T2,T1,T3"));
    m_proxy->sort(Model::InstalledAtColumn);
    QCOMPARE(order(Model::InstalledAtColumn), QStringLiteral("T2,T3,T1"));
    m_proxy->sort(Model::InstalledAtColumn, Qt::DescendingOrder);
    QCOMPARE(order(Model::InstalledAtColumn), QStringLiteral("T1,T3,T2"));

    m_model->updateStatus(QStringLiteral("T1"), WorkspaceStatus::NotConnected, QString(), utc(11));
    m_model->updateStatus(QStringLiteral("T2"), WorkspaceStatus::Connected, QString(), utc(11));
    m_model->updateStatus(QStringLiteral("T3"), WorkspaceStatus::OAuthFailure, QString(), utc(11));
    m_proxy->sort(Model::StatusColumn);
    QCOMPARE(order(Model::StatusColumn), QStringLiteral("T2,T3,T1"));
    // Sorted by status, a live change moves the row.
    m_model->updateStatus(QStringLiteral("T1"), WorkspaceStatus::NotChecked, QString(), utc(12));
    QCOMPARE(order(Model::StatusColumn), QStringLiteral("T1,T2,T3"));

    // The model's own comparison agrees with the sort role.
    for (int column = 0; column < Model::ColumnCount; ++column) {
        for (int a = 0; a < m_model->rowCount(); ++a) {
            for (int b = 0; b < m_model->rowCount(); ++b) {
                const QVariant left = m_model->index(a, column).data(Model::SortRole);
                const QVariant right = m_model->index(b, column).data(Model::SortRole);
                const QPartialOrdering expected = QVariant::compare(left, right);
                QCOMPARE(m_model->lessThan(a, b, column), expected == QPartialOrdering::Less);
            }
        }
    }
}

void tst_WorkspaceTableModel::proxyFiltersOnFilterRole()
{
    m_model->merge({link(QStringLiteral("T1"), QStringLiteral("Alpha")),
                       link(QStringLiteral("T2"), QStringLiteral("Beta"))},
        {install(QStringLiteral("T2"), utc(1))});
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterFixedString(QStringLiteral("ADA ADMIN"));
    QCOMPARE(m_proxy->rowCount(), 1);
    QVERIFY(m_model->matches(m_model->rowOf(QStringLiteral("T2")), u"acme"));
    QVERIFY(!m_model->matches(m_model->rowOf(QStringLiteral("T1")), u"acme"));
    // A status change that makes the row match brings it in, through dataChanged only.
    m_proxy->setFilterFixedString(QStringLiteral("limited"));
    QCOMPARE(m_proxy->rowCount(), 0);
    m_model->updateStatus(QStringLiteral("T1"), WorkspaceStatus::Limited, QString(), utc(2));
    QCOMPARE(m_proxy->rowCount(), 1);
    m_model->merge({link(QStringLiteral("T1"), QStringLiteral("Alpha"))}, {});
    QCOMPARE(m_proxy->rowCount(), 1);
    m_proxy->setFilterFixedString(QString());
    QCOMPARE(m_proxy->rowCount(), 1);
}

void tst_WorkspaceTableModel::randomChurnKeepsModelConsistent()
{
    QRandomGenerator random(20240501);
    m_proxy->setFilterFixedString(QStringLiteral("1"));
    for (int round = 0; round < 30; ++round) {
        QList<LinkSummary> next;
        QList<Ledger::Event> events;
        QSet<QString> expected;
        for (int team = 0; team < 60; ++team) {
            const QString id = QStringLiteral("T%1").arg(team);
            const quint32 dice = random.bounded(6);
            if (dice < 3) {
                LinkSummary summary = link(id);
                if (dice == 0)
                    summary.teamName += QString::number(round);
                next << summary;
                expected << id;
            }
            if (dice == 3 || dice == 1) {
                events << install(id, utc(1 + round % 20));
                expected << id;
            }
            if (dice == 4)
                events << verification(id, utc(1), WorkspaceStatus::Connected);
        }
        m_model->merge(next, events);
        QCOMPARE(m_model->rowCount(), expected.size());
        for (const QString &id : expected) {
            const int row = m_model->rowOf(id);
            QVERIFY(row >= 0);
            QCOMPARE(m_model->record(row).teamId, id);
        }
        if (round % 5 == 0 && m_model->rowCount() > 0)
            m_model->removeWorkspace(m_model->record(0).teamId);
    }
}

QTEST_GUILESS_MAIN(tst_WorkspaceTableModel)
#include "tst_workspacetablemodel.moc"
