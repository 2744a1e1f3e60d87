#pragma once

#include "bitbucket/BitbucketTarget.h"
#include "workspaces/VerifyRunner.h"
#include "workspaces/Workspace.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>

class Ledger;
class QNetworkAccessManager;
class SlackLinkDirectory;
class WorkspaceTableModel;

// What the main window's table shows and does, without widgets: the model, fed by Bitbucket's
// list of links and the ledger; Verify (VerifyRunner), with rows updated as answers arrive; and
// Disconnect (DELETE …/connection/{teamId}, then a removal in the ledger). Update Access is the
// Install page's handshake (InstallController::startUpdateAccess); refresh() afterwards shows
// its result.
class ConnectedWorkspaces : public QObject
{
    Q_OBJECT

public:
    // Neither pointer is owned; ledger may be null or not open (then only Bitbucket's half of
    // each row is shown, and nothing is recorded).
    ConnectedWorkspaces(QNetworkAccessManager *network, Ledger *ledger, QObject *parent = nullptr);
    ~ConnectedWorkspaces() override;

    WorkspaceTableModel *model() const { return m_model; }

    // Where Bitbucket is and who signs in; requests under way are stopped.
    void setTarget(const BitbucketTarget &target);
    BitbucketTarget target() const { return m_target; }
    bool hasTarget() const { return m_target.baseUrl.isValid(); }
    void setAppId(const QString &appId) { m_appId = appId; }
    void setRequestedScopes(const QStringList &botScopes, const QStringList &userScopes);

    // Reads Bitbucket's links and the ledger and brings the model up to date (rows inserted,
    // removed and changed in place). refreshed() or refreshFailed() follows.
    void refresh();
    bool isRefreshing() const { return m_refreshing; }

    // Checks the live status of teamIds (all rows when empty). False when no Bitbucket is set or
    // a Verify runs already.
    bool verify(const QStringList &teamIds = QStringList());
    void cancelVerify();
    bool isVerifying() const;
    VerifyRunner *verifyRunner() const { return m_runner; }

    // Removes the workspace's link from Bitbucket; disconnected() or disconnectFailed() follows.
    void disconnectWorkspace(const QString &teamId);
    // The workspace's address at Slack, as Bitbucket knows it; an empty URL when it cannot tell.
    void findWorkspaceUrl(
        const QString &teamId, QObject *context, std::function<void(const QUrl &)> done);

Q_SIGNALS:
    void refreshed(int workspaceCount);
    void refreshFailed(const QString &explanation, const QString &advice);
    void verifyProgress(int done, int total);
    // A sign-in or connection problem ended Verify; said once.
    void verifyStopped(const QString &explanation, const QString &advice);
    void verifyFinished(const VerifyRunner::Summary &summary);
    void disconnected(const QString &teamId, const QString &teamName);
    void disconnectFailed(const QString &teamId, const QString &explanation, const QString &advice);
    // Something the admin should know that stopped nothing (the ledger, throttling).
    void warning(const QString &text);

private:
    void recordRemoval(
        const QString &teamId, const QString &teamName, bool succeeded, const QString &detail);

    QNetworkAccessManager *m_network;
    Ledger *m_ledger;
    WorkspaceTableModel *m_model;
    BitbucketTarget m_target;
    QString m_appId;
    SlackLinkDirectory *m_directory = nullptr;
    VerifyRunner *m_runner = nullptr;
    bool m_refreshing = false;
};
