#include "workspaces/WorkspaceTableModel.h"

#include <QLocale>
#include <QSet>

#include <algorithm>
#include <limits>

namespace {

const int statusCount = int(WorkspaceStatus::Unknown) + 1;

// What the ledger says about one team, picked from any number of its events.
struct TeamHistory
{
    const Ledger::Event *grant = nullptr; // newest successful install or access update
    const Ledger::Event *verification = nullptr;
    const Ledger::Event *removal = nullptr; // newest successful removal
    const Ledger::Event *described = nullptr; // newest with a team or enterprise name

    bool removedSinceGrant() const { return removal && (!grant || isNewer(*removal, *grant)); }

    static bool isNewer(const Ledger::Event &a, const Ledger::Event &b)
    {
        return a.time != b.time ? a.time > b.time : a.id > b.id;
    }
};

void keepNewest(const Ledger::Event *&slot, const Ledger::Event &event)
{
    if (!slot || TeamHistory::isNewer(event, *slot))
        slot = &event;
}

QHash<QString, TeamHistory> historyOf(const QList<Ledger::Event> &events)
{
    QHash<QString, TeamHistory> history;
    history.reserve(events.size());
    for (const Ledger::Event &event : events) {
        if (event.teamId.isEmpty())
            continue;
        TeamHistory &team = history[event.teamId];
        const bool succeeded = event.outcome == Ledger::Outcome::Succeeded;
        switch (event.kind) {
        case Ledger::Kind::Install:
        case Ledger::Kind::AccessUpdate:
            if (succeeded)
                keepNewest(team.grant, event);
            break;
        case Ledger::Kind::Removal:
            if (succeeded)
                keepNewest(team.removal, event);
            break;
        case Ledger::Kind::Verification:
            keepNewest(team.verification, event);
            break;
        }
        if (!event.teamName.isEmpty() || !event.enterpriseId.isEmpty())
            keepNewest(team.described, event);
    }
    return history;
}

void applyLedger(WorkspaceRecord &record, const TeamHistory &team)
{
    if (team.described) {
        if (record.teamName.isEmpty())
            record.teamName = team.described->teamName;
        record.enterpriseId = team.described->enterpriseId;
        record.enterpriseName = team.described->enterpriseName;
    }
    if (team.grant && !team.removedSinceGrant()) {
        const Ledger::Event &grant = *team.grant;
        record.knownToLedger = true;
        record.installerUserId = grant.installerUserId;
        record.installerName = grant.installerName;
        record.installedAt = grant.time.toUTC();
        record.botScopes = grant.botScopes;
        record.userScopes = grant.userScopes;
    }
    if (team.verification) {
        record.status = WorkspaceStatusNames::fromCode(team.verification->detail);
        record.lastChecked = team.verification->time.toUTC();
    }
}

qint64 timeKey(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("\u2014") : text;
}

QString nameAndId(const QString &name, const QString &id)
{
    if (name.isEmpty() || id.isEmpty() || name == id)
        return name.isEmpty() ? id : name;
    return name + QStringLiteral(" (") + id + u')';
}

template<typename T>
bool lessOrGreater(const T &a, const T &b, bool *less)
{
    if (a == b)
        return false;
    *less = a < b;
    return true;
}

} // namespace

struct WorkspaceTableModel::Row
{
    WorkspaceRecord record;
    // The dates are formatted when a view first shows them: most of 10,000 rows never are.
    mutable QString display[ColumnCount];
    mutable bool datesFormatted = false;
    QString sortText[ColumnCount]; // case-folded, for the text columns
    qint64 installedKey = 0;
    qint64 checkedKey = 0;
    int scopesKey = -1;
    QStringList missing;
    QString haystack;

    // Whether what the column shows (text, tooltip or sort value) would differ.
    bool differsIn(const Row &other, int column) const
    {
        const WorkspaceRecord &a = record;
        const WorkspaceRecord &b = other.record;
        const bool ledger = a.knownToLedger != b.knownToLedger;
        switch (column) {
        case NameColumn:
            return a.teamName != b.teamName || a.appConfigurationUrl != b.appConfigurationUrl
                || ledger || a.inBitbucket != b.inBitbucket;
        case TeamIdColumn:
            return a.teamId != b.teamId;
        case EnterpriseColumn:
            return a.enterpriseName != b.enterpriseName || a.enterpriseId != b.enterpriseId;
        case BotUserColumn:
            return a.botUserName != b.botUserName || a.botUserId != b.botUserId;
        case InstalledByColumn:
            return ledger || a.installerName != b.installerName
                || a.installerUserId != b.installerUserId;
        case InstalledAtColumn:
            return ledger || installedKey != other.installedKey;
        case ScopesColumn:
            return ledger || a.botScopes != b.botScopes || a.userScopes != b.userScopes
                || display[column] != other.display[column];
        case StatusColumn:
            return a.status != b.status || a.statusDetail != b.statusDetail
                || a.inBitbucket != b.inBitbucket;
        case LastCheckedColumn:
            return checkedKey != other.checkedKey;
        default:
            return false;
        }
    }
};

WorkspaceTableModel::WorkspaceTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

WorkspaceTableModel::~WorkspaceTableModel() = default;

QString WorkspaceTableModel::columnCode(int column)
{
    switch (Column(column)) {
    case NameColumn:
        return QStringLiteral("name");
    case TeamIdColumn:
        return QStringLiteral("team-id");
    case EnterpriseColumn:
        return QStringLiteral("enterprise");
    case BotUserColumn:
        return QStringLiteral("bot-user");
    case InstalledByColumn:
        return QStringLiteral("installed-by");
    case InstalledAtColumn:
        return QStringLiteral("installed-at");
    case ScopesColumn:
        return QStringLiteral("scopes");
    case StatusColumn:
        return QStringLiteral("status");
    case LastCheckedColumn:
        return QStringLiteral("last-checked");
    case ColumnCount:
        break;
    }
    return QString();
}

void WorkspaceTableModel::setRequestedScopes(
    const QStringList &botScopes, const QStringList &userScopes)
{
    if (botScopes == m_requestedBot && userScopes == m_requestedUser)
        return;
    m_requestedBot = botScopes;
    m_requestedUser = userScopes;
    for (const std::unique_ptr<Row> &row : m_rows)
        fillScopes(*row);
    if (!m_rows.empty()) {
        const int last = int(m_rows.size()) - 1;
        Q_EMIT dataChanged(index(0, ScopesColumn), index(last, ScopesColumn));
    }
}

void WorkspaceTableModel::merge(
    const QList<LinkSummary> &fromBitbucket, const QList<Ledger::Event> &ledgerEvents)
{
    const QHash<QString, TeamHistory> history = historyOf(ledgerEvents);
    refreshLabels(); // the language may have changed since the last merge
    reindex();

    // What the table should hold, in the order new rows are appended.
    QList<WorkspaceRecord> wanted;
    QSet<QString> seen;
    wanted.reserve(fromBitbucket.size());
    seen.reserve(fromBitbucket.size());
    for (const LinkSummary &link : fromBitbucket) {
        if (link.teamId.isEmpty() || seen.contains(link.teamId))
            continue;
        seen.insert(link.teamId);
        WorkspaceRecord record;
        record.teamId = link.teamId;
        record.teamName = link.teamName;
        record.appConfigurationUrl = link.appConfigurationUrl;
        record.botUserId = link.botUserId;
        record.botUserName = link.botUserName;
        const auto team = history.constFind(link.teamId);
        if (team != history.cend())
            applyLedger(record, *team);
        if (record.status == WorkspaceStatus::NotChecked && !link.connectionError.isEmpty())
            record.statusDetail = tr("Bitbucket reports: %1").arg(link.connectionError);
        wanted.append(record);
    }
    for (const Ledger::Event &event : ledgerEvents) {
        if (event.teamId.isEmpty() || seen.contains(event.teamId))
            continue;
        seen.insert(event.teamId);
        const TeamHistory team = history.value(event.teamId);
        if (!team.grant || team.removedSinceGrant())
            continue; // never connected by this program, or disconnected by it
        WorkspaceRecord record;
        record.teamId = event.teamId;
        applyLedger(record, team);
        record.inBitbucket = false;
        record.status = WorkspaceStatus::Unknown;
        record.statusDetail = tr("Bitbucket has no link for this workspace: it was removed "
                                 "outside Workspace Connector. Install it again to reconnect it.");
        wanted.append(record);
    }

    QList<int> gone;
    QSet<QString> kept;
    kept.reserve(wanted.size());
    for (const WorkspaceRecord &record : wanted)
        kept.insert(record.teamId);
    for (int row = 0; row < int(m_rows.size()); ++row) {
        if (!kept.contains(m_rows[row]->record.teamId))
            gone.append(row);
    }
    removeRows(gone);
    reindex();

    std::vector<std::unique_ptr<Row>> replacements(m_rows.size());
    std::vector<std::unique_ptr<Row>> added;
    for (WorkspaceRecord &record : wanted) {
        const int row = m_rowOf.value(record.teamId, -1);
        if (row < 0) {
            added.push_back(makeRow(record));
            continue;
        }
        const WorkspaceRecord &current = m_rows[row]->record;
        // A live status is newer than the ledger's unless the ledger says otherwise.
        if (current.lastChecked.isValid()
            && (!record.lastChecked.isValid() || current.lastChecked > record.lastChecked)
            && record.inBitbucket) {
            record.status = current.status;
            record.statusDetail = current.statusDetail;
            record.lastChecked = current.lastChecked;
        }
        if (record != current)
            replacements[row] = makeRow(record);
    }
    replaceRows(replacements);
    appendRows(added);
}

void WorkspaceTableModel::removeRows(const QList<int> &sortedRows)
{
    // Contiguous runs, from the last to the first, so the rows still to go keep their numbers.
    int end = int(sortedRows.size()) - 1;
    while (end >= 0) {
        int start = end;
        while (start > 0 && sortedRows[start - 1] == sortedRows[start] - 1)
            --start;
        const int first = sortedRows[start];
        const int last = sortedRows[end];
        beginRemoveRows(QModelIndex(), first, last);
        m_rows.erase(m_rows.begin() + first, m_rows.begin() + last + 1);
        m_indexStale = true;
        endRemoveRows();
        end = start - 1;
    }
}

void WorkspaceTableModel::replaceRows(std::vector<std::unique_ptr<Row>> &replacements)
{
    // One dataChanged per run of changed rows, over the columns that changed in it.
    const int count = int(replacements.size());
    int row = 0;
    while (row < count) {
        if (!replacements[row]) {
            ++row;
            continue;
        }
        const int first = row;
        int left = ColumnCount;
        int right = -1;
        for (; row < count && replacements[row]; ++row) {
            for (int column = 0; column < ColumnCount; ++column) {
                if (replacements[row]->differsIn(*m_rows[row], column)) {
                    left = std::min(left, column);
                    right = std::max(right, column);
                }
            }
            m_rows[row] = std::move(replacements[row]);
        }
        if (right < 0)
            left = right = NameColumn; // only a value no cell shows, such as the URL
        Q_EMIT dataChanged(index(first, left), index(row - 1, right));
    }
}

void WorkspaceTableModel::appendRows(std::vector<std::unique_ptr<Row>> &rows)
{
    if (rows.empty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows(QModelIndex(), first, first + int(rows.size()) - 1);
    m_rows.reserve(m_rows.size() + rows.size());
    for (std::unique_ptr<Row> &row : rows) {
        m_rowOf.insert(row->record.teamId, int(m_rows.size()));
        m_rows.push_back(std::move(row));
    }
    endInsertRows();
}

bool WorkspaceTableModel::updateStatus(const QString &teamId, WorkspaceStatus status,
    const QString &detail, const QDateTime &checkedAt)
{
    const int row = rowOf(teamId);
    if (row < 0)
        return false;
    Row &target = *m_rows[row];
    target.record.status = status;
    target.record.statusDetail = detail;
    target.record.lastChecked =
        (checkedAt.isValid() ? checkedAt : QDateTime::currentDateTime()).toUTC();
    // Bitbucket answering anything but "no such link" shows it has the link.
    if (status != WorkspaceStatus::Unknown && status != WorkspaceStatus::NotChecked)
        target.record.inBitbucket = true;
    fillStatus(target);
    fillHaystack(target);
    Q_EMIT dataChanged(index(row, StatusColumn), index(row, LastCheckedColumn));
    return true;
}

bool WorkspaceTableModel::removeWorkspace(const QString &teamId)
{
    const int row = rowOf(teamId);
    if (row < 0)
        return false;
    removeRows({row});
    return true;
}

int WorkspaceTableModel::rowOf(const QString &teamId) const
{
    reindex();
    return m_rowOf.value(teamId, -1);
}

void WorkspaceTableModel::reindex() const
{
    if (!m_indexStale)
        return;
    m_rowOf.clear();
    m_rowOf.reserve(qsizetype(m_rows.size()));
    for (int row = 0; row < int(m_rows.size()); ++row)
        m_rowOf.insert(m_rows[row]->record.teamId, row);
    m_indexStale = false;
}

WorkspaceRecord WorkspaceTableModel::record(int row) const
{
    if (row < 0 || row >= int(m_rows.size()))
        return WorkspaceRecord();
    return m_rows[row]->record;
}

QList<WorkspaceRecord> WorkspaceTableModel::records() const
{
    QList<WorkspaceRecord> all;
    all.reserve(qsizetype(m_rows.size()));
    for (const std::unique_ptr<Row> &row : m_rows)
        all.append(row->record);
    return all;
}

QStringList WorkspaceTableModel::missingScopes(int row) const
{
    if (row < 0 || row >= int(m_rows.size()))
        return QStringList();
    return m_rows[row]->missing;
}

bool WorkspaceTableModel::needsUpdateAccess(int row) const
{
    return !missingScopes(row).isEmpty();
}

void WorkspaceTableModel::refreshLabels()
{
    for (int status = 0; status < statusCount; ++status)
        m_statusLabels[status] = WorkspaceStatusNames::label(WorkspaceStatus(status));
    m_noLinkLabel = tr("No link in Bitbucket");
    m_notKnownLabel = tr("Not known", "scopes");
}

std::unique_ptr<WorkspaceTableModel::Row> WorkspaceTableModel::makeRow(
    const WorkspaceRecord &record) const
{
    auto row = std::make_unique<Row>();
    row->record = record;
    const WorkspaceRecord &r = row->record;
    row->display[NameColumn] = r.teamName;
    row->display[TeamIdColumn] = r.teamId;
    row->display[EnterpriseColumn] = r.enterpriseName.isEmpty() ? r.enterpriseId : r.enterpriseName;
    row->display[BotUserColumn] = r.botUserName.isEmpty() ? r.botUserId : r.botUserName;
    row->display[InstalledByColumn] = r.knownToLedger
        ? orDash(r.installerName.isEmpty() ? r.installerUserId : r.installerName)
        : orDash(QString());
    row->installedKey = timeKey(r.knownToLedger ? r.installedAt : QDateTime());
    for (int column : {NameColumn, TeamIdColumn, EnterpriseColumn, BotUserColumn})
        row->sortText[column] = row->display[column].toCaseFolded();
    if (r.knownToLedger)
        row->sortText[InstalledByColumn] = row->display[InstalledByColumn].toCaseFolded();
    fillScopes(*row);
    fillStatus(*row);
    fillHaystack(*row);
    return row;
}

void WorkspaceTableModel::formatDates(const Row &row) const
{
    const WorkspaceRecord &r = row.record;
    const QLocale locale;
    row.display[InstalledAtColumn] = r.knownToLedger && r.installedAt.isValid()
        ? locale.toString(r.installedAt.toLocalTime(), QLocale::ShortFormat)
        : orDash(QString());
    row.display[LastCheckedColumn] = r.lastChecked.isValid()
        ? locale.toString(r.lastChecked.toLocalTime(), QLocale::ShortFormat)
        : tr("Never", "last checked");
    row.datesFormatted = true;
}

void WorkspaceTableModel::fillScopes(Row &row) const
{
    const WorkspaceRecord &r = row.record;
    row.missing = r.missingBotScopes(m_requestedBot) + r.missingUserScopes(m_requestedUser);
    if (!r.knownToLedger) {
        row.scopesKey = -1;
        row.display[ScopesColumn] = m_notKnownLabel;
        return;
    }
    row.scopesKey = int(row.missing.size());
    const int requested = int(m_requestedBot.size() + m_requestedUser.size());
    const int granted = int(r.botScopes.size() + r.userScopes.size());
    const int missing = int(row.missing.size());
    if (requested == 0) {
        row.display[ScopesColumn] = tr("%n granted", "scopes", granted);
    } else if (missing == 0) {
        row.display[ScopesColumn] =
            tr("%1 of %2", "scopes granted of requested").arg(requested).arg(requested);
    } else {
        row.display[ScopesColumn] =
            tr("%1 of %2, needs Update Access", "scopes granted of requested")
                .arg(requested - missing)
                .arg(requested);
    }
}

void WorkspaceTableModel::fillStatus(Row &row) const
{
    const WorkspaceRecord &r = row.record;
    const int status = int(r.status);
    row.display[StatusColumn] = !r.inBitbucket ? m_noLinkLabel
        : status >= 0 && status < statusCount  ? m_statusLabels[status]
                                               : WorkspaceStatusNames::label(r.status);
    row.checkedKey = timeKey(r.lastChecked);
    row.datesFormatted = false;
}

QString WorkspaceTableModel::toolTip(const Row &row, int column) const
{
    const WorkspaceRecord &r = row.record;
    const QLocale locale;
    const QString notRecorded = tr("Connected by other means than Workspace Connector: the "
                                   "ledger has no record of who installed it or when.");
    switch (column) {
    case NameColumn: {
        QStringList lines {nameAndId(r.teamName, r.teamId)};
        if (!r.appConfigurationUrl.isEmpty())
            lines << tr("App configuration: %1").arg(r.appConfigurationUrl);
        if (!r.knownToLedger)
            lines << tr("Connected by other means than Workspace Connector.");
        if (!r.inBitbucket)
            lines << tr("Bitbucket no longer has a link for this workspace.");
        return lines.join(u'\n');
    }
    case EnterpriseColumn:
        return nameAndId(r.enterpriseName, r.enterpriseId);
    case BotUserColumn:
        return nameAndId(r.botUserName, r.botUserId);
    case InstalledByColumn:
        return r.knownToLedger ? nameAndId(r.installerName, r.installerUserId) : notRecorded;
    case InstalledAtColumn:
        if (!r.knownToLedger)
            return notRecorded;
        return r.installedAt.isValid()
            ? locale.toString(r.installedAt.toLocalTime(), QLocale::LongFormat)
            : QString();
    case ScopesColumn: {
        if (!r.knownToLedger) {
            return tr("Connected by other means than Workspace Connector: which scopes the "
                      "workspace granted is not recorded. Update Access records them.");
        }
        QStringList lines;
        lines << tr("Bot scopes granted: %1").arg(orDash(r.botScopes.join(QStringLiteral(", "))))
              << tr("User scopes granted: %1").arg(orDash(r.userScopes.join(QStringLiteral(", "))));
        if (!row.missing.isEmpty()) {
            lines << tr("The manifest asks for %n more scope(s): %1. Run Update Access for this "
                        "workspace to grant them.",
                "", int(row.missing.size()))
                         .arg(row.missing.join(QStringLiteral(", ")));
        }
        return lines.join(u'\n');
    }
    case StatusColumn:
        return r.statusDetail.isEmpty() ? row.display[StatusColumn]
                                        : row.display[StatusColumn] + u'\n' + r.statusDetail;
    case LastCheckedColumn:
        return r.lastChecked.isValid()
            ? locale.toString(r.lastChecked.toLocalTime(), QLocale::LongFormat)
            : tr("Bitbucket has not been asked about this workspace.");
    default:
        return QString();
    }
}

void WorkspaceTableModel::fillHaystack(Row &row) const
{
    const WorkspaceRecord &r = row.record;
    // Newlines keep a search from matching across two fields.
    const QChar gap = u'\n';
    const QString text = r.teamName + gap + r.teamId + gap + r.enterpriseName + gap + r.enterpriseId
        + gap + r.botUserName + gap + r.botUserId + gap + r.installerName + gap + r.installerUserId
        + gap + row.display[StatusColumn];
    row.haystack = text.toCaseFolded();
}

bool WorkspaceTableModel::lessThan(int leftRow, int rightRow, int column) const
{
    const Row &a = *m_rows[leftRow];
    const Row &b = *m_rows[rightRow];
    bool less = false;
    switch (column) {
    case InstalledAtColumn:
        return lessOrGreater(a.installedKey, b.installedKey, &less) && less;
    case LastCheckedColumn:
        return lessOrGreater(a.checkedKey, b.checkedKey, &less) && less;
    case ScopesColumn:
        return lessOrGreater(a.scopesKey, b.scopesKey, &less) && less;
    case StatusColumn:
        return lessOrGreater(int(a.record.status), int(b.record.status), &less) && less;
    default:
        break;
    }
    return QStringView(a.sortText[column]).compare(QStringView(b.sortText[column])) < 0;
}

bool WorkspaceTableModel::matches(int row, QStringView foldedNeedle) const
{
    return QStringView(m_rows[row]->haystack).contains(foldedNeedle);
}

int WorkspaceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WorkspaceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WorkspaceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Row &row = *m_rows[index.row()];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        if ((column == InstalledAtColumn || column == LastCheckedColumn) && !row.datesFormatted)
            formatDates(row);
        return row.display[column];
    case Qt::ToolTipRole: {
        // Made when asked: a tooltip is wanted for one cell at a time, never while painting.
        const QString tip = toolTip(row, column);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case SortRole:
        switch (column) {
        case InstalledAtColumn:
            return row.record.knownToLedger ? row.record.installedAt : QDateTime();
        case LastCheckedColumn:
            return row.record.lastChecked;
        case ScopesColumn:
            return row.scopesKey;
        case StatusColumn:
            return int(row.record.status);
        default:
            return row.sortText[column];
        }
    case TeamIdRole:
        return row.record.teamId;
    case RecordRole:
        return QVariant::fromValue(row.record);
    case StatusRole:
        return int(row.record.status);
    case NeedsUpdateAccessRole:
        return !row.missing.isEmpty();
    case MissingScopesRole:
        return row.missing;
    case FilterRole:
        return row.haystack;
    default:
        break;
    }
    return QVariant();
}

QVariant WorkspaceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && section == ScopesColumn)
        return tr("Scopes granted against the scopes the manifest asks for");
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (Column(section)) {
    case NameColumn:
        return tr("Workspace");
    case TeamIdColumn:
        return tr("Team ID");
    case EnterpriseColumn:
        return tr("Enterprise");
    case BotUserColumn:
        return tr("Bot user");
    case InstalledByColumn:
        return tr("Installed by");
    case InstalledAtColumn:
        return tr("Installed at");
    case ScopesColumn:
        return tr("Scopes");
    case StatusColumn:
        return tr("Status");
    case LastCheckedColumn:
        return tr("Last checked");
    case ColumnCount:
        break;
    }
    return QVariant();
}

Qt::ItemFlags WorkspaceTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> WorkspaceTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SortRole, "sortValue");
    names.insert(TeamIdRole, "teamId");
    names.insert(RecordRole, "record");
    names.insert(StatusRole, "status");
    names.insert(NeedsUpdateAccessRole, "needsUpdateAccess");
    names.insert(MissingScopesRole, "missingScopes");
    names.insert(FilterRole, "filterText");
    return names;
}
