#pragma once

#include "workspaces/Workspace.h"

#include <QList>
#include <QStringList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QMenu;
class QSettings;
class QSortFilterProxyModel;
class QTableView;
class QTimer;
class WorkspaceTableModel;

// The connected-workspaces table: a filter box over a sortable, multi-select table of a
// WorkspaceTableModel. The actions on the selection (Verify, Update Access, Disconnect, Copy,
// Export) belong to the window's toolbar, which listens to selectionChanged() and activated().
//
// Which columns are shown, their order and widths, and the sort column are kept in the settings
// group "workspacesTable" (see settingsGroup), by the model's stable column codes.
class WorkspacesView : public QWidget
{
    Q_OBJECT

public:
    static const QString settingsGroup;

    // Neither pointer is owned; both must outlive the view.
    WorkspacesView(WorkspaceTableModel *model, QSettings *settings, QWidget *parent = nullptr);
    ~WorkspacesView() override;

    WorkspaceTableModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const;
    QTableView *tableView() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    QLabel *countLabel() const { return m_count; }

    // The selected workspaces, in the order the table shows them.
    QStringList selectedTeamIds() const;
    QList<WorkspaceRecord> selectedRecords() const;
    // What the table shows now (filtered and sorted), for exporting what the admin sees.
    QList<WorkspaceRecord> visibleRecords() const;

    bool isColumnVisible(int column) const;
    // The last visible column cannot be hidden.
    void setColumnVisible(int column, bool visible);
    // The header's context menu: one checkable entry per column, and Reset Columns.
    QMenu *createColumnMenu(QWidget *parent);
    void resetColumns();

public Q_SLOTS:
    // Ctrl+F: the filter box gets the focus, its text selected.
    void focusFilter();

Q_SIGNALS:
    void selectionChanged();
    // Enter or a double-click on a row.
    void activated(const QString &teamId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void selectCurrentRowIfNone();
    void setUpTable();
    void setUpShortcuts();
    void applyDefaultColumns();
    void restoreColumns();
    void saveColumns();
    void updateCount();
    QString teamIdAt(int proxyRow) const;

    WorkspaceTableModel *m_model;
    QSettings *m_settings;
    class FilterProxy;
    FilterProxy *m_proxy;
    QLineEdit *m_filter;
    QLabel *m_count;
    QTableView *m_table;
    QTimer *m_saveTimer;
    bool m_restoring = false;
};
