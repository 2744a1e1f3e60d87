#pragma once

#include "store/Ledger.h"
#include "workspaces/Workspace.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

#include <memory>
#include <vector>

// The connected-workspaces table: what Bitbucket's Slack integration lists, merged with what the
// ledger recorded. Built for tens of thousands of rows: every string a view asks for is made when
// a row changes, not in data(), and sort keys and the filter text are kept per row.
//
// Changes arrive as row inserts, removals and dataChanged; the model is never reset, so a view
// keeps its selection and scroll position across a refresh.
class WorkspaceTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        TeamIdColumn,
        EnterpriseColumn,
        BotUserColumn,
        InstalledByColumn,
        InstalledAtColumn,
        ScopesColumn,
        StatusColumn,
        LastCheckedColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        // Raw values to sort on: case-folded strings, QDateTime (UTC, invalid when unknown), the
        // status as its enum value, the scopes as the number missing (-1 when not known).
        SortRole = Qt::UserRole + 1,
        TeamIdRole, // QString, on every column
        RecordRole, // WorkspaceRecord, on every column
        StatusRole, // int(WorkspaceStatus), on every column; a view maps it to an icon
        NeedsUpdateAccessRole, // bool, on every column
        MissingScopesRole, // QStringList of the bot and user scopes not granted, on every column
        FilterRole, // the lower-case (case-folded) text a filter looks in, on every column
    };
    Q_ENUM(Role)

    explicit WorkspaceTableModel(QObject *parent = nullptr);
    ~WorkspaceTableModel() override;

    // What the manifest asks for; the Scopes column compares each workspace's grant with it.
    void setRequestedScopes(const QStringList &botScopes, const QStringList &userScopes);
    QStringList requestedBotScopes() const { return m_requestedBot; }
    QStringList requestedUserScopes() const { return m_requestedUser; }

    // Brings the table up to date with Bitbucket's list of links and the ledger's events. Any
    // events will do (Ledger::latestPerTeam() at least, Ledger::events() for the fullest
    // picture): per team, the newest successful install or access update gives the installer,
    // the time and the scopes, the newest verification the last status, and a successful removal
    // newer than both means this program disconnected the workspace, so it is not listed unless
    // Bitbucket has a link again. A workspace the ledger installed that Bitbucket no longer has
    // stays, marked as not in Bitbucket. A status set by updateStatus() survives a merge unless
    // the ledger holds a newer one.
    void merge(const QList<LinkSummary> &fromBitbucket, const QList<Ledger::Event> &ledgerEvents);

    // A live status from Bitbucket; checkedAt defaults to now. Changes the Status and Last
    // checked cells of that row only. False when the team is not in the table.
    bool updateStatus(const QString &teamId, WorkspaceStatus status, const QString &detail,
        const QDateTime &checkedAt = QDateTime());
    // False when the team is not in the table.
    bool removeWorkspace(const QString &teamId);

    // -1 when the team is not in the table.
    int rowOf(const QString &teamId) const;
    // An empty record for a row out of range.
    WorkspaceRecord record(int row) const;
    QList<WorkspaceRecord> records() const;
    QStringList missingScopes(int row) const;
    bool needsUpdateAccess(int row) const;

    // Compares the sort keys of two rows in one column without building a QVariant; what a
    // proxy's lessThan() can call.
    bool lessThan(int leftRow, int rightRow, int column) const;
    // Whether a row's filter text contains needle, which must already be case-folded.
    bool matches(int row, QStringView foldedNeedle) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The stable code of a column, as settings and exports name it: "name", "team-id", ...
    static QString columnCode(int column);

private:
    struct Row;

    void removeRows(const QList<int> &sortedRows);
    void replaceRows(std::vector<std::unique_ptr<Row>> &replacements);
    void appendRows(std::vector<std::unique_ptr<Row>> &rows);
    void refreshLabels();
    std::unique_ptr<Row> makeRow(const WorkspaceRecord &record) const;
    void formatDates(const Row &row) const;
    QString toolTip(const Row &row, int column) const;
    void fillStatus(Row &row) const;
    void fillScopes(Row &row) const;
    void fillHaystack(Row &row) const;
    void reindex() const;

    std::vector<std::unique_ptr<Row>> m_rows;
    mutable QHash<QString, int> m_rowOf;
    mutable bool m_indexStale = false;
    QStringList m_requestedBot;
    QStringList m_requestedUser;
    // Translated once per merge rather than once per row.
    QString m_statusLabels[int(WorkspaceStatus::Unknown) + 1];
    QString m_noLinkLabel;
    QString m_notKnownLabel;
};
