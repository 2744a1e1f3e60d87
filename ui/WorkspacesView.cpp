#include "WorkspacesView.h"

#include "workspaces/WorkspaceTableModel.h"

#include <QAction>
#include <QApplication>
#include <QFocusEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QSettings>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <array>

using Model = WorkspaceTableModel;

const QString WorkspacesView::settingsGroup = QStringLiteral("workspacesTable");

namespace {

const QString orderKey = QStringLiteral("columnOrder");
const QString hiddenKey = QStringLiteral("hiddenColumns");
const QString widthsGroup = QStringLiteral("columnWidths");
const QString sortColumnKey = QStringLiteral("sortColumn");
const QString sortOrderKey = QStringLiteral("sortOrder");

const int statusCount = int(WorkspaceStatus::Unknown) + 1;

QIcon statusIcon(WorkspaceStatus status)
{
    QColor colour;
    switch (status) {
    case WorkspaceStatus::Connected:
        colour = QColor(0x2e, 0x9e, 0x44);
        break;
    case WorkspaceStatus::Limited:
        colour = QColor(0xe0, 0x9b, 0x10);
        break;
    case WorkspaceStatus::OAuthFailure:
    case WorkspaceStatus::NotConnected:
        colour = QColor(0xd0, 0x31, 0x2d);
        break;
    case WorkspaceStatus::NotChecked:
    case WorkspaceStatus::Unknown:
        colour = QColor(0x8a, 0x8f, 0x98);
        break;
    }
    QIcon icon;
    for (int size : {16, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const qreal margin = size / 8.0;
        const QRectF dot(margin, margin, size - 2 * margin, size - 2 * margin);
        if (status == WorkspaceStatus::NotChecked) {
            painter.setPen(QPen(colour, size / 8.0));
            painter.setBrush(Qt::NoBrush);
        } else {
            painter.setPen(Qt::NoPen);
            painter.setBrush(colour);
        }
        painter.drawEllipse(dot);
        icon.addPixmap(pixmap);
    }
    return icon;
}

// Rough widths in average characters, so the first view needs no measuring of 10,000 rows.
int defaultWidthInCharacters(int column)
{
    switch (column) {
    case Model::NameColumn:
        return 26;
    case Model::TeamIdColumn: // capitals and digits are wider than the average character
        return 17;
    case Model::BotUserColumn:
        return 22;
    case Model::EnterpriseColumn:
    case Model::InstalledByColumn:
        return 16;
    case Model::InstalledAtColumn:
    case Model::LastCheckedColumn:
        return 17;
    case Model::ScopesColumn:
        return 18;
    case Model::StatusColumn: // "Not connected" and "No link in Bitbucket" with their icon
        return 24;
    default:
        return 14;
    }
}

} // namespace

// Sorts on the model's cached keys and filters on its case-folded text without a QVariant or
// a regular expression per row, and maps the status and the scopes mark to icons.
class WorkspacesView::FilterProxy : public QSortFilterProxyModel
{
public:
    FilterProxy(Model *model, const QIcon &warning, QObject *parent)
        : QSortFilterProxyModel(parent)
        , m_model(model)
        , m_warning(warning)
    {
        for (int status = 0; status < statusCount; ++status)
            m_statusIcons[status] = statusIcon(WorkspaceStatus(status));
        setSortRole(Model::SortRole);
        setFilterRole(Model::FilterRole);
        // Rows follow status changes while sorted or filtered; only the rows a change touches
        // are looked at again.
        setDynamicSortFilter(true);
        setSourceModel(model);
    }

    void setFilterText(const QString &text)
    {
        const QString needle = text.trimmed().toCaseFolded();
        if (needle == m_needle)
            return;
        // How many rows the keystroke lets in or out decides how the proxy follows: none, as
        // often when a filter starts, needs no work at all; a few are cheapest as the removals
        // and insertions invalidateFilter() makes; many are cheapest as one rebuild of the
        // mapping (one layout change, the cached sort keys make the sort cheap), since
        // invalidateFilter() removes or inserts thousands of scattered rows one range at a time.
        int changed = 0;
        const int rows = m_model->rowCount();
        for (int row = 0; row < rows && changed <= incrementalLimit; ++row) {
            if (accepts(row, m_needle) != accepts(row, needle))
                ++changed;
        }
        m_needle = needle;
        if (changed == 0)
            return;
        if (changed <= incrementalLimit)
            invalidateFilter();
        else
            invalidate();
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::DecorationRole && index.isValid()) {
            const QModelIndex source = mapToSource(index);
            if (index.column() == Model::StatusColumn) {
                const int status = source.data(Model::StatusRole).toInt();
                if (status >= 0 && status < statusCount)
                    return m_statusIcons[status];
            } else if (index.column() == Model::ScopesColumn
                && source.data(Model::NeedsUpdateAccessRole).toBool()) {
                return m_warning;
            }
            return QVariant();
        }
        return QSortFilterProxyModel::data(index, role);
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override
    {
        return sourceParent.isValid() || accepts(sourceRow, m_needle);
    }

    bool accepts(int sourceRow, const QString &needle) const
    {
        return needle.isEmpty() || m_model->matches(sourceRow, needle);
    }

    // Up to this many rows coming or going, the proxy's own incremental update is cheaper.
    static constexpr int incrementalLimit = 64;

    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        return m_model->lessThan(left.row(), right.row(), left.column());
    }

private:
    Model *m_model;
    QIcon m_warning;
    std::array<QIcon, statusCount> m_statusIcons;
    QString m_needle;
};

WorkspacesView::WorkspacesView(WorkspaceTableModel *model, QSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_settings(settings)
    , m_proxy(new FilterProxy(model, style()->standardIcon(QStyle::SP_MessageBoxWarning), this))
    , m_filter(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_saveTimer(new QTimer(this))
{
    m_filter->setPlaceholderText(
        tr("Filter by workspace, team ID, enterprise, bot user, installer or status"));
    m_filter->setAccessibleName(tr("Filter workspaces"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterText(text);
        updateCount();
    });

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);

    // Widths change many times a second while a column is dragged wider; save once it stops.
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(300);
    connect(m_saveTimer, &QTimer::timeout, this, &WorkspacesView::saveColumns);

    // Nothing is saved while the defaults and then the saved columns are put in place.
    m_restoring = true;
    setUpTable();
    setUpShortcuts();
    restoreColumns();
    m_restoring = false;

    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &WorkspacesView::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &WorkspacesView::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &WorkspacesView::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &WorkspacesView::updateCount);
    updateCount();
}

WorkspacesView::~WorkspacesView()
{
    if (m_saveTimer->isActive())
        saveColumns();
}

QSortFilterProxyModel *WorkspacesView::proxy() const
{
    return m_proxy;
}

void WorkspacesView::setUpTable()
{
    m_table->setModel(m_proxy);
    m_table->setAccessibleName(tr("Connected workspaces"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setShowGrid(false);
    m_table->setCornerButtonEnabled(false);
    m_table->installEventFilter(this);

    // Every row has the same height, so the view never measures rows to lay them out.
    QHeaderView *rows = m_table->verticalHeader();
    rows->setVisible(false);
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 8);
    rows->setMinimumSectionSize(fontMetrics().height() + 2);

    QHeaderView *columns = m_table->horizontalHeader();
    columns->setSectionsMovable(true);
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setStretchLastSection(true);
    columns->setHighlightSections(false);
    columns->setSortIndicatorShown(true);
    columns->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(columns, &QWidget::customContextMenuRequested, this, [this, columns](const QPoint &at) {
        QMenu *menu = createColumnMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(columns->viewport()->mapToGlobal(at));
    });
    connect(columns, &QHeaderView::sectionMoved, this, &WorkspacesView::saveColumns);
    connect(columns, &QHeaderView::sortIndicatorChanged, this, &WorkspacesView::saveColumns);
    connect(columns, &QHeaderView::sectionResized, this, [this] {
        if (!m_restoring)
            m_saveTimer->start();
    });

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &WorkspacesView::selectionChanged);
    connect(m_table, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        const QString teamId = teamIdAt(index.row());
        if (!teamId.isEmpty())
            Q_EMIT activated(teamId);
    });
    applyDefaultColumns();
    m_table->setSortingEnabled(true);
}

void WorkspacesView::setUpShortcuts()
{
    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, &WorkspacesView::focusFilter);
}

void WorkspacesView::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

// Coming into the table from the keyboard selects the row it lands on, so the actions that
// need a selection work at once, as they do after a click.
void WorkspacesView::selectCurrentRowIfNone()
{
    if (m_proxy->rowCount() == 0 || m_table->selectionModel()->hasSelection())
        return;
    const QModelIndex current = m_table->currentIndex();
    m_table->selectionModel()->setCurrentIndex(current.isValid() ? current : m_proxy->index(0, 0),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

bool WorkspacesView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::FocusIn) {
        const Qt::FocusReason reason = static_cast<QFocusEvent *>(event)->reason();
        if (reason == Qt::TabFocusReason || reason == Qt::BacktabFocusReason)
            selectCurrentRowIfNone();
        return QWidget::eventFilter(watched, event);
    }
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_filter) {
        if (key->key() == Qt::Key_Escape && !m_filter->text().isEmpty()) {
            m_filter->clear();
            return true;
        }
        // Down from the filter goes on into the table.
        if (key->key() == Qt::Key_Down && m_proxy->rowCount() > 0) {
            m_table->setFocus(Qt::TabFocusReason);
            selectCurrentRowIfNone();
            return true;
        }
    } else if (watched == m_table && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
        && key->modifiers() == Qt::NoModifier) {
        const QString teamId = teamIdAt(m_table->currentIndex().row());
        if (!teamId.isEmpty())
            Q_EMIT activated(teamId);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

QString WorkspacesView::teamIdAt(int proxyRow) const
{
    if (proxyRow < 0 || proxyRow >= m_proxy->rowCount())
        return QString();
    return m_proxy->index(proxyRow, 0).data(Model::TeamIdRole).toString();
}

QStringList WorkspacesView::selectedTeamIds() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
        [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList ids;
    ids.reserve(rows.size());
    for (const QModelIndex &index : std::as_const(rows))
        ids << index.data(Model::TeamIdRole).toString();
    return ids;
}

QList<WorkspaceRecord> WorkspacesView::selectedRecords() const
{
    QList<WorkspaceRecord> records;
    for (const QString &teamId : selectedTeamIds())
        records << m_model->record(m_model->rowOf(teamId));
    return records;
}

QList<WorkspaceRecord> WorkspacesView::visibleRecords() const
{
    QList<WorkspaceRecord> records;
    records.reserve(m_proxy->rowCount());
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        records << m_model->record(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
    return records;
}

void WorkspacesView::updateCount()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    m_count->setText(shown == total
            ? tr("%n workspace(s)", "", total)
            : tr("%1 of %n workspace(s)", "", total).arg(QLocale().toString(shown)));
}

bool WorkspacesView::isColumnVisible(int column) const
{
    return !m_table->horizontalHeader()->isSectionHidden(column);
}

void WorkspacesView::setColumnVisible(int column, bool visible)
{
    QHeaderView *header = m_table->horizontalHeader();
    if (column < 0 || column >= Model::ColumnCount || isColumnVisible(column) == visible)
        return;
    if (!visible && header->count() - header->hiddenSectionCount() <= 1)
        return;
    header->setSectionHidden(column, !visible);
    if (visible && header->sectionSize(column) < header->minimumSectionSize() * 2)
        header->resizeSection(
            column, fontMetrics().averageCharWidth() * defaultWidthInCharacters(column));
    saveColumns();
}

QMenu *WorkspacesView::createColumnMenu(QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setTitle(tr("Columns"));
    QHeaderView *header = m_table->horizontalHeader();
    const bool lastOne = header->count() - header->hiddenSectionCount() <= 1;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        QAction *action = menu->addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(isColumnVisible(column));
        action->setEnabled(!(lastOne && isColumnVisible(column)));
        action->setData(column);
        connect(action, &QAction::toggled, this,
            [this, column](bool checked) { setColumnVisible(column, checked); });
    }
    menu->addSeparator();
    QAction *reset = menu->addAction(tr("&Reset Columns"));
    connect(reset, &QAction::triggered, this, &WorkspacesView::resetColumns);
    return menu;
}

void WorkspacesView::applyDefaultColumns()
{
    QHeaderView *header = m_table->horizontalHeader();
    const int character = fontMetrics().averageCharWidth();
    for (int column = 0; column < Model::ColumnCount; ++column) {
        header->moveSection(header->visualIndex(column), column);
        header->setSectionHidden(column, false);
        header->resizeSection(column, character * defaultWidthInCharacters(column));
    }
    header->setSortIndicator(Model::NameColumn, Qt::AscendingOrder);
}

void WorkspacesView::resetColumns()
{
    m_restoring = true;
    applyDefaultColumns();
    m_restoring = false;
    m_settings->remove(settingsGroup);
    saveColumns();
}

void WorkspacesView::restoreColumns()
{
    QHeaderView *header = m_table->horizontalHeader();
    m_settings->beginGroup(settingsGroup);
    const QStringList order = m_settings->value(orderKey).toStringList();
    const QStringList hidden = m_settings->value(hiddenKey).toStringList();
    const QString sortColumn = m_settings->value(sortColumnKey).toString();
    const QString sortOrder = m_settings->value(sortOrderKey).toString();
    m_settings->beginGroup(widthsGroup);
    QList<int> widths(Model::ColumnCount, -1);
    for (int column = 0; column < Model::ColumnCount; ++column) {
        bool ok = false;
        const int width = m_settings->value(Model::columnCode(column)).toInt(&ok);
        if (ok && width > 0)
            widths[column] = width;
    }
    m_settings->endGroup();
    m_settings->endGroup();

    int visual = 0;
    for (const QString &code : order) {
        for (int column = 0; column < Model::ColumnCount; ++column) {
            if (Model::columnCode(column) == code) {
                header->moveSection(header->visualIndex(column), visual++);
                break;
            }
        }
    }
    for (int column = 0; column < Model::ColumnCount; ++column) {
        header->setSectionHidden(column, hidden.contains(Model::columnCode(column)));
        if (widths[column] > 0)
            header->resizeSection(column, widths[column]);
    }
    if (header->hiddenSectionCount() == header->count())
        header->setSectionHidden(Model::NameColumn, false);
    for (int column = 0; column < Model::ColumnCount; ++column) {
        if (Model::columnCode(column) == sortColumn) {
            const Qt::SortOrder sort =
                sortOrder == QLatin1String("descending") ? Qt::DescendingOrder : Qt::AscendingOrder;
            m_table->sortByColumn(column, sort);
        }
    }
}

void WorkspacesView::saveColumns()
{
    if (m_restoring)
        return;
    m_saveTimer->stop();
    QHeaderView *header = m_table->horizontalHeader();
    QStringList order;
    QStringList hidden;
    for (int visual = 0; visual < header->count(); ++visual)
        order << Model::columnCode(header->logicalIndex(visual));
    m_settings->beginGroup(settingsGroup);
    m_settings->beginGroup(widthsGroup);
    for (int column = 0; column < Model::ColumnCount; ++column) {
        if (header->isSectionHidden(column)) {
            hidden << Model::columnCode(column);
        } else {
            m_settings->setValue(Model::columnCode(column), header->sectionSize(column));
        }
    }
    m_settings->endGroup();
    m_settings->setValue(orderKey, order);
    m_settings->setValue(hiddenKey, hidden);
    m_settings->setValue(sortColumnKey, Model::columnCode(header->sortIndicatorSection()));
    m_settings->setValue(sortOrderKey,
        header->sortIndicatorOrder() == Qt::DescendingOrder ? QStringLiteral("descending")
                                                            : QStringLiteral("ascending"));
    m_settings->endGroup();
}
