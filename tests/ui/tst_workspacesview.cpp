#include "MainWindowUnderTest.h"
#include "WorkspacesEmptyState.h"
#include "WorkspacesView.h"

#include "store/MemorySecretStore.h"
#include "workspaces/WorkspaceTableModel.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using Model = WorkspaceTableModel;

namespace {

LinkSummary link(const QString &teamId, const QString &name, const QString &bot)
{
    LinkSummary summary;
    summary.teamId = teamId;
    summary.teamName = name;
    summary.botUserId = QStringLiteral("U") + teamId;
    summary.botUserName = bot;
    return summary;
}

Ledger::Event install(const QString &teamId, int day, const QString &installer)
{
    Ledger::Event event;
    event.id = day;
    event.kind = Ledger::Kind::Install;
    event.teamId = teamId;
    event.time = QDateTime(QDate(2024, 5, day), QTime(10, 0), Qt::UTC);
    event.installerUserId = QStringLiteral("U0") + installer.toUpper().left(4);
    event.installerName = installer;
    event.enterpriseId = QStringLiteral("E1");
    event.enterpriseName = teamId == QLatin1String("T3") ? QStringLiteral("Acme Corp") : QString();
    event.botScopes = {QStringLiteral("chat:write")};
    return event;
}

} // namespace

class tst_WorkspacesView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void tableIsSetUpForManyRows();
    void filterNarrowsAndEscapeClears();
    void filterFindsStatusAndIgnoresCase();
    void ctrlFFocusesFilter();
    void tabIntoTheTableSelectsARow();
    void selectionSurvivesFilter();
    void sortByClickingHeader();
    void multiSelectWithKeyboard();
    void enterAndDoubleClickActivate();
    void statusHasIconAndText();
    void columnChoicesPersist();
    void lastColumnStaysVisible();
    void mainWindowShowsTableOnceRowsArrive();

private:
    std::unique_ptr<WorkspacesView> createView();
    QStringList shownIds(WorkspacesView *view) const;
    void clickHeader(WorkspacesView *view, int column);

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Model> m_model;
};

void tst_WorkspacesView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    qRegisterMetaType<WorkspacesView *>();
}

void tst_WorkspacesView::init()
{
    const QString file =
        m_dir.filePath(QString::fromUtf8(QTest::currentTestFunction()) + QStringLiteral(".ini"));
    m_settings = std::make_unique<QSettings>(file, QSettings::IniFormat);
    m_model = std::make_unique<Model>();
    m_model->merge(
        {link(QStringLiteral("T1"), QStringLiteral("beta"), QStringLiteral("bot-b")),
            link(QStringLiteral("T2"), QStringLiteral("Alpha"), QStringLiteral("bot-a")),
            link(QStringLiteral("T3"), QStringLiteral("Gamma"), QStringLiteral("bot-g")),
            link(QStringLiteral("T4"), QStringLiteral("delta"), QStringLiteral("bot-d"))},
        {install(QStringLiteral("T1"), 12, QStringLiteral("Ada")),
            install(QStringLiteral("T2"), 3, QStringLiteral("Grace")),
            install(QStringLiteral("T3"), 9, QStringLiteral("Linus"))});
}

void tst_WorkspacesView::cleanup()
{
    m_model.reset();
    m_settings.reset();
}

std::unique_ptr<WorkspacesView> tst_WorkspacesView::createView()
{
    auto view = std::make_unique<WorkspacesView>(m_model.get(), m_settings.get());
    view->resize(1200, 400);
    view->show();
    view->activateWindow();
    [&] {
        QVERIFY(QTest::qWaitForWindowActive(view.get()));
    }();
    return view;
}

QStringList tst_WorkspacesView::shownIds(WorkspacesView *view) const
{
    QStringList ids;
    for (int row = 0; row < view->proxy()->rowCount(); ++row)
        ids << view->proxy()->index(row, 0).data(Model::TeamIdRole).toString();
    return ids;
}

void tst_WorkspacesView::clickHeader(WorkspacesView *view, int column)
{
    QHeaderView *header = view->tableView()->horizontalHeader();
    const QPoint at(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
        header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, Qt::NoModifier, at);
}

void tst_WorkspacesView::tableIsSetUpForManyRows()
{
    auto view = createView();
    QTableView *table = view->tableView();
    QCOMPARE(table->model(), view->proxy());
    QCOMPARE(view->proxy()->sourceModel(), m_model.get());
    QCOMPARE(view->model(), m_model.get());
    QCOMPARE(table->verticalHeader()->sectionResizeMode(0), QHeaderView::Fixed);
    for (int column = 0; column < Model::ColumnCount; ++column)
        QCOMPARE(table->horizontalHeader()->sectionResizeMode(column), QHeaderView::Interactive);
    QVERIFY(table->alternatingRowColors());
    QCOMPARE(table->selectionBehavior(), QAbstractItemView::SelectRows);
    QCOMPARE(table->selectionMode(), QAbstractItemView::ExtendedSelection);
    QVERIFY(table->isSortingEnabled());
    QVERIFY(view->proxy()->dynamicSortFilter());
    QCOMPARE(view->proxy()->sortRole(), int(Model::SortRole));
    // Without the English translation the plural reads "workspace(s)".
    QVERIFY(view->countLabel()->text().startsWith(QLatin1String("4 workspace")));
}

void tst_WorkspacesView::filterNarrowsAndEscapeClears()
{
    auto view = createView();
    QCOMPARE(view->proxy()->rowCount(), 4);
    view->filterEdit()->setFocus();
    QTest::keyClicks(view->filterEdit(), QStringLiteral("ACME"));
    QCOMPARE(shownIds(view.get()), QStringList {QStringLiteral("T3")}); // the enterprise
    QVERIFY(view->countLabel()->text().startsWith(QLatin1String("1 of 4 workspace")));

    view->filterEdit()->clear();
    QTest::keyClicks(view->filterEdit(), QStringLiteral("grace"));
    QCOMPARE(shownIds(view.get()), QStringList {QStringLiteral("T2")}); // the installer
    view->filterEdit()->clear();
    QTest::keyClicks(view->filterEdit(), QStringLiteral("bot-d"));
    QCOMPARE(shownIds(view.get()), QStringList {QStringLiteral("T4")}); // the bot user
    view->filterEdit()->clear();
    QTest::keyClicks(view->filterEdit(), QStringLiteral("t1"));
    QCOMPARE(shownIds(view.get()), QStringList {QStringLiteral("T1")}); // the team id
    QTest::keyClicks(view->filterEdit(), QStringLiteral("x"));
    QCOMPARE(view->proxy()->rowCount(), 0);

    QTest::keyClick(view->filterEdit(), Qt::Key_Escape);
    QVERIFY(view->filterEdit()->text().isEmpty());
    QCOMPARE(view->proxy()->rowCount(), 4);

    // New rows that match arrive filtered.
    QTest::keyClicks(view->filterEdit(), QStringLiteral("epsilon"));
    QCOMPARE(view->proxy()->rowCount(), 0);
    QList<LinkSummary> more {
        link(QStringLiteral("T1"), QStringLiteral("beta"), QStringLiteral("bot-b")),
        link(QStringLiteral("T5"), QStringLiteral("Epsilon"), QStringLiteral("bot-e"))};
    m_model->merge(more, {});
    QCOMPARE(shownIds(view.get()), QStringList {QStringLiteral("T5")});
    QVERIFY(view->countLabel()->text().startsWith(QLatin1String("1 of 2 workspace")));
}

void tst_WorkspacesView::filterFindsStatusAndIgnoresCase()
{
    auto view = createView();
    m_model->updateStatus(QStringLiteral("T4"), WorkspaceStatus::OAuthFailure, QString());
    QTest::keyClicks(view->filterEdit(), QStringLiteral("oauth FAIL"));
    QCOMPARE(shownIds(view.get()), QStringList {QStringLiteral("T4")});
    // A status change brings a row in or takes it out while the filter stands.
    m_model->updateStatus(QStringLiteral("T1"), WorkspaceStatus::OAuthFailure, QString());
    QCOMPARE(view->proxy()->rowCount(), 2);
    m_model->updateStatus(QStringLiteral("T4"), WorkspaceStatus::Connected, QString());
    QCOMPARE(shownIds(view.get()), QStringList {QStringLiteral("T1")});
}

void tst_WorkspacesView::ctrlFFocusesFilter()
{
    auto view = createView();
    view->tableView()->setFocus();
    QTRY_VERIFY(view->tableView()->hasFocus());
    view->filterEdit()->setText(QStringLiteral("bot"));
    QTest::keyClick(view->tableView(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(view->filterEdit()->hasFocus());
    QCOMPARE(view->filterEdit()->selectedText(), QStringLiteral("bot"));
    // Down goes back into the table.
    QTest::keyClick(view->filterEdit(), Qt::Key_Down);
    QTRY_VERIFY(view->tableView()->hasFocus());
    QCOMPARE(view->selectedTeamIds().size(), 1);
}

void tst_WorkspacesView::tabIntoTheTableSelectsARow()
{
    auto view = createView();
    view->show();
    QVERIFY(QTest::qWaitForWindowActive(view.get()));
    view->filterEdit()->setFocus(Qt::OtherFocusReason);
    QTRY_VERIFY(view->filterEdit()->hasFocus());
    QVERIFY(view->selectedTeamIds().isEmpty());
    QTest::keyClick(view->filterEdit(), Qt::Key_Tab);
    QTRY_VERIFY(view->tableView()->hasFocus());
    // The row Tab lands on is selected, so Copy, Verify and the rest work at once.
    QCOMPARE(view->selectedTeamIds().size(), 1);
    QCOMPARE(view->tableView()->currentIndex().row(), 0);
    // A focus that did not come from the keyboard leaves the selection as it is.
    view->tableView()->clearSelection();
    view->filterEdit()->setFocus(Qt::OtherFocusReason);
    view->tableView()->setFocus(Qt::MouseFocusReason);
    QVERIFY(view->selectedTeamIds().isEmpty());
}

void tst_WorkspacesView::selectionSurvivesFilter()
{
    auto view = createView();
    QItemSelectionModel *selection = view->tableView()->selectionModel();
    for (int row : {0, 1}) // T2 and T1
        selection->select(
            view->proxy()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QCOMPARE(view->selectedTeamIds(), QStringList({QStringLiteral("T2"), QStringLiteral("T1")}));
    view->filterEdit()->setText(QStringLiteral("bot-b"));
    QCOMPARE(view->selectedTeamIds(), QStringList {QStringLiteral("T1")});
    view->filterEdit()->clear();
    QCOMPARE(view->proxy()->rowCount(), 4);
    QCOMPARE(view->selectedTeamIds(), QStringList {QStringLiteral("T1")});
}

void tst_WorkspacesView::sortByClickingHeader()
{
    auto view = createView();
    QCOMPARE(shownIds(view.get()),
        QStringList({QStringLiteral("T2"), QStringLiteral("T1"), QStringLiteral("T4"),
            QStringLiteral("T3")})); // by name, ignoring case

    // Installed at: T2 on the 3rd, T3 on the 9th, T1 on the 12th, T4 not recorded.
    clickHeader(view.get(), Model::InstalledAtColumn);
    QCOMPARE(view->tableView()->horizontalHeader()->sortIndicatorSection(),
        int(Model::InstalledAtColumn));
    const Qt::SortOrder first = view->tableView()->horizontalHeader()->sortIndicatorOrder();
    const QStringList ascending {
        QStringLiteral("T4"), QStringLiteral("T2"), QStringLiteral("T3"), QStringLiteral("T1")};
    QStringList descending = ascending;
    std::reverse(descending.begin(), descending.end());
    QCOMPARE(shownIds(view.get()), first == Qt::AscendingOrder ? ascending : descending);
    clickHeader(view.get(), Model::InstalledAtColumn);
    QCOMPARE(shownIds(view.get()), first == Qt::AscendingOrder ? descending : ascending);

    clickHeader(view.get(), Model::StatusColumn);
    m_model->updateStatus(QStringLiteral("T3"), WorkspaceStatus::Connected, QString());
    view->tableView()->sortByColumn(Model::StatusColumn, Qt::DescendingOrder);
    QCOMPARE(shownIds(view.get()).first(), QStringLiteral("T3"));
}

void tst_WorkspacesView::multiSelectWithKeyboard()
{
    auto view = createView();
    QTableView *table = view->tableView();
    QSignalSpy changed(view.get(), &WorkspacesView::selectionChanged);
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());
    QTest::keyClick(table, Qt::Key_Home, Qt::ControlModifier); // moves without selecting
    QTest::keyClick(table, Qt::Key_Space);
    QCOMPARE(view->selectedTeamIds(), QStringList {QStringLiteral("T2")});
    QTest::keyClick(table, Qt::Key_Down, Qt::ShiftModifier);
    QTest::keyClick(table, Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(view->selectedTeamIds(),
        QStringList({QStringLiteral("T2"), QStringLiteral("T1"), QStringLiteral("T4")}));
    QVERIFY(changed.count() >= 3);
    QCOMPARE(view->selectedRecords().size(), 3);
    QCOMPARE(view->selectedRecords().at(1).teamName, QStringLiteral("beta"));

    QTest::keyClick(table, Qt::Key_PageDown); // four rows: the last one, alone
    QCOMPARE(view->selectedTeamIds(), QStringList {QStringLiteral("T3")});
    QTest::keyClick(table, Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(view->selectedTeamIds().size(), 4);

    // A selected row that goes away leaves the selection.
    m_model->removeWorkspace(QStringLiteral("T1"));
    QCOMPARE(view->selectedTeamIds().size(), 3);
    QCOMPARE(view->visibleRecords().size(), 3);
}

void tst_WorkspacesView::enterAndDoubleClickActivate()
{
    auto view = createView();
    QTableView *table = view->tableView();
    QSignalSpy activated(view.get(), &WorkspacesView::activated);
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());
    QTest::keyClick(table, Qt::Key_Home, Qt::ControlModifier);
    QTest::keyClick(table, Qt::Key_Down);
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).toString(), QStringLiteral("T1"));

    const QRect cell = table->visualRect(view->proxy()->index(3, Model::NameColumn));
    // Qt 6's mouseDClick sends no press of its own; the click before it is the first press.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::NoModifier, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, Qt::NoModifier, cell.center());
    QTRY_COMPARE(activated.count(), 2);
    QCOMPARE(activated.at(1).at(0).toString(), QStringLiteral("T3"));
}

void tst_WorkspacesView::statusHasIconAndText()
{
    auto view = createView();
    m_model->setRequestedScopes({QStringLiteral("chat:write"), QStringLiteral("team:read")}, {});
    m_model->updateStatus(QStringLiteral("T2"), WorkspaceStatus::Limited, QString());
    const QModelIndex status = view->proxy()->index(0, Model::StatusColumn);
    QCOMPARE(status.data(Model::TeamIdRole).toString(), QStringLiteral("T2"));
    QCOMPARE(status.data().toString(), QStringLiteral("Limited"));
    QVERIFY(!status.data(Qt::DecorationRole).value<QIcon>().isNull());
    const QModelIndex scopes = view->proxy()->index(0, Model::ScopesColumn);
    QVERIFY(scopes.data().toString().contains(QLatin1String("needs Update Access")));
    QVERIFY(!scopes.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(view->proxy()->index(0, Model::NameColumn).data(Qt::DecorationRole).isNull());
}

void tst_WorkspacesView::columnChoicesPersist()
{
    int width = 0;
    {
        auto view = createView();
        QHeaderView *header = view->tableView()->horizontalHeader();
        std::unique_ptr<QMenu> menu(view->createColumnMenu(nullptr));
        QAction *enterprise = nullptr;
        for (QAction *action : menu->actions()) {
            if (action->text() == QLatin1String("Enterprise"))
                enterprise = action;
        }
        QVERIFY(enterprise);
        QVERIFY(enterprise->isChecked());
        enterprise->trigger();
        QVERIFY(!view->isColumnVisible(Model::EnterpriseColumn));
        QVERIFY(header->isSectionHidden(Model::EnterpriseColumn));
        header->moveSection(header->visualIndex(Model::StatusColumn), 0);
        width = header->sectionSize(Model::TeamIdColumn) + 37;
        header->resizeSection(Model::TeamIdColumn, width);
        view->tableView()->sortByColumn(Model::LastCheckedColumn, Qt::DescendingOrder);
    }
    m_settings->sync();
    m_settings->beginGroup(WorkspacesView::settingsGroup);
    QCOMPARE(m_settings->value(QStringLiteral("hiddenColumns")).toStringList(),
        QStringList {QStringLiteral("enterprise")});
    QCOMPARE(m_settings->value(QStringLiteral("columnOrder")).toStringList().first(),
        QStringLiteral("status"));
    QCOMPARE(m_settings->value(QStringLiteral("columnWidths/team-id")).toInt(), width);
    QCOMPARE(
        m_settings->value(QStringLiteral("sortColumn")).toString(), QStringLiteral("last-checked"));
    QCOMPARE(
        m_settings->value(QStringLiteral("sortOrder")).toString(), QStringLiteral("descending"));
    m_settings->endGroup();

    auto view = createView();
    QHeaderView *header = view->tableView()->horizontalHeader();
    QVERIFY(!view->isColumnVisible(Model::EnterpriseColumn));
    QVERIFY(view->isColumnVisible(Model::NameColumn));
    QCOMPARE(header->logicalIndex(0), int(Model::StatusColumn));
    QCOMPARE(header->sectionSize(Model::TeamIdColumn), width);
    QCOMPARE(header->sortIndicatorSection(), int(Model::LastCheckedColumn));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);

    view->setColumnVisible(Model::EnterpriseColumn, true);
    QVERIFY(header->sectionSize(Model::EnterpriseColumn) > 0);
    view->resetColumns();
    QCOMPARE(header->logicalIndex(0), int(Model::NameColumn));
    QCOMPARE(header->sortIndicatorSection(), int(Model::NameColumn));
    QVERIFY(m_settings->value(WorkspacesView::settingsGroup + QStringLiteral("/hiddenColumns"))
                .toStringList()
                .isEmpty());
}

void tst_WorkspacesView::lastColumnStaysVisible()
{
    auto view = createView();
    for (int column = 0; column < Model::ColumnCount; ++column)
        view->setColumnVisible(column, false);
    QHeaderView *header = view->tableView()->horizontalHeader();
    QCOMPARE(header->count() - header->hiddenSectionCount(), 1);
    std::unique_ptr<QMenu> menu(view->createColumnMenu(nullptr));
    int enabledChecked = 0;
    for (QAction *action : menu->actions()) {
        if (action->isCheckable() && action->isChecked() && action->isEnabled())
            ++enabledChecked;
    }
    QCOMPARE(enabledChecked, 0);
}

void tst_WorkspacesView::mainWindowShowsTableOnceRowsArrive()
{
    MemorySecretStore secrets;
    QNetworkAccessManager network;
    MainWindowUnderTest window(m_settings.get(), &secrets, &network);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.emptyState()->isVisible());
    QVERIFY(!window.workspacesView());
    QSignalSpy created(window.controller(), &MainWindow::workspacesViewCreated);

    window.workspacesModel()->merge(
        {link(QStringLiteral("T1"), QStringLiteral("One"), QStringLiteral("bot"))}, {});
    QCOMPARE(created.count(), 1);
    QVERIFY(window.workspacesView());
    QTRY_VERIFY(window.workspacesView()->isVisible());
    QVERIFY(!window.emptyState()->isVisible());
    QCOMPARE(window.workspacesView()->model(), window.workspacesModel());

    window.workspacesModel()->removeWorkspace(QStringLiteral("T1"));
    QTRY_VERIFY(window.emptyState()->isVisible());
    QVERIFY(!window.workspacesView()->isVisible());
}

QTEST_MAIN(tst_WorkspacesView)
#include "tst_workspacesview.moc"
