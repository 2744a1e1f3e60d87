#include "workspaces/ConnectedWorkspaces.h"

#include "bitbucket/SlackLinkDirectory.h"
#include "common/Logging.h"
#include "store/Ledger.h"
#include "workspaces/WorkspaceTableModel.h"

ConnectedWorkspaces::ConnectedWorkspaces(
    QNetworkAccessManager *network, Ledger *ledger, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_ledger(ledger)
    , m_model(new WorkspaceTableModel(this))
{ }

ConnectedWorkspaces::~ConnectedWorkspaces() = default;

void ConnectedWorkspaces::setTarget(const BitbucketTarget &target)
{
    if (m_runner) {
        m_runner->cancel();
        m_runner->deleteLater();
        m_runner = nullptr;
    }
    if (m_directory) {
        m_directory->abortAll();
        m_directory->deleteLater();
        m_directory = nullptr;
    }
    m_refreshing = false;
    m_target = target;
    if (!hasTarget())
        return;
    m_directory = new SlackLinkDirectory(m_network, m_target, this);
    m_runner = new VerifyRunner(m_directory, this);
    if (m_ledger && m_ledger->isOpen())
        m_runner->setLedgerPath(m_ledger->path());
    m_runner->setAppId(m_appId);
    connect(m_runner, &VerifyRunner::workspaceVerified, this,
        [this](const QString &teamId, WorkspaceStatus status, const QString &detail,
            const QDateTime &checkedAt) {
            m_model->updateStatus(teamId, status, detail, checkedAt);
        });
    connect(m_runner, &VerifyRunner::progress, this, &ConnectedWorkspaces::verifyProgress);
    connect(m_runner, &VerifyRunner::signInProblem, this, &ConnectedWorkspaces::verifyStopped);
    connect(m_runner, &VerifyRunner::connectionProblem, this, &ConnectedWorkspaces::verifyStopped);
    connect(m_runner, &VerifyRunner::ledgerWarning, this, &ConnectedWorkspaces::warning);
    connect(m_runner, &VerifyRunner::finished, this,
        [this](bool, const VerifyRunner::Summary &summary) { Q_EMIT verifyFinished(summary); });
}

void ConnectedWorkspaces::setRequestedScopes(
    const QStringList &botScopes, const QStringList &userScopes)
{
    m_model->setRequestedScopes(botScopes, userScopes);
}

void ConnectedWorkspaces::refresh()
{
    if (!m_directory) {
        Q_EMIT refreshFailed(tr("No Bitbucket is set up yet."),
            tr("Open Setup > Set Up Workspace Connector and enter Bitbucket's address and "
               "administrator."));
        return;
    }
    if (m_refreshing)
        return;
    m_refreshing = true;
    m_directory->list([this](const SlackLinkDirectory::ListResult &result) {
        m_refreshing = false;
        if (!result.ok) {
            QString explanation = result.failure.explanation;
            if (!result.failure.serverText.isEmpty())
                explanation += u'\n' + tr("Bitbucket answered: %1").arg(result.failure.serverText);
            Q_EMIT refreshFailed(explanation, result.failure.advice);
            return;
        }
        // Per team, the last successful install, access update and removal, and the last
        // verification, are all the table needs, however long the ledger has grown; a failed
        // attempt after a good install does not hide it.
        QList<Ledger::Event> events;
        if (m_ledger && m_ledger->isOpen()) {
            for (Ledger::Kind kind :
                {Ledger::Kind::Install, Ledger::Kind::AccessUpdate, Ledger::Kind::Removal}) {
                if (const auto latest = m_ledger->latestPerTeam(kind, Ledger::Outcome::Succeeded))
                    events += *latest;
            }
            if (const auto latest = m_ledger->latestPerTeam(Ledger::Kind::Verification))
                events += *latest;
        }
        m_model->merge(result.links, events);
        Q_EMIT refreshed(m_model->rowCount());
    });
}

bool ConnectedWorkspaces::verify(const QStringList &teamIds)
{
    if (!m_runner || m_runner->isRunning())
        return false;
    QStringList ids = teamIds;
    QHash<QString, QString> names;
    const QList<WorkspaceRecord> records = m_model->records();
    for (const WorkspaceRecord &record : records) {
        if (teamIds.isEmpty() && record.inBitbucket)
            ids << record.teamId;
        names.insert(record.teamId, record.teamName);
    }
    return m_runner->start(ids, names);
}

void ConnectedWorkspaces::cancelVerify()
{
    if (m_runner)
        m_runner->cancel();
}

bool ConnectedWorkspaces::isVerifying() const
{
    return m_runner && m_runner->isRunning();
}

void ConnectedWorkspaces::disconnectWorkspace(const QString &teamId)
{
    const int row = m_model->rowOf(teamId);
    const QString name = row >= 0 ? m_model->record(row).teamName : teamId;
    if (!m_directory) {
        Q_EMIT disconnectFailed(teamId, tr("No Bitbucket is set up yet."), QString());
        return;
    }
    qCInfo(lcBitbucket) << "Disconnecting" << teamId;
    m_directory->remove(
        teamId, [this, teamId, name](const SlackLinkDirectory::RemoveResult &result) {
            if (!result.ok) {
                recordRemoval(teamId, name, false, result.failure.code);
                QString explanation = result.failure.explanation;
                if (!result.failure.serverText.isEmpty())
                    explanation +=
                        u'\n' + tr("Bitbucket answered: %1").arg(result.failure.serverText);
                Q_EMIT disconnectFailed(teamId, explanation, result.failure.advice);
                return;
            }
            recordRemoval(teamId, name, true, QString());
            m_model->removeWorkspace(teamId);
            Q_EMIT disconnected(teamId, name);
        });
}

void ConnectedWorkspaces::findWorkspaceUrl(
    const QString &teamId, QObject *context, std::function<void(const QUrl &)> done)
{
    if (!m_directory) {
        done(QUrl());
        return;
    }
    QPointer<QObject> guard(context);
    m_directory->workspaceUrl(teamId, [guard, done](const QUrl &url) {
        if (guard)
            done(url);
    });
}

void ConnectedWorkspaces::recordRemoval(
    const QString &teamId, const QString &teamName, bool succeeded, const QString &detail)
{
    if (!m_ledger || !m_ledger->isOpen())
        return;
    Ledger::Event event;
    event.kind = Ledger::Kind::Removal;
    event.outcome = succeeded ? Ledger::Outcome::Succeeded : Ledger::Outcome::Failed;
    event.appId = m_appId;
    event.teamId = teamId;
    event.teamName = teamName;
    event.detail = detail.left(Ledger::maxDetailLength);
    if (!m_ledger->record(event)) {
        Q_EMIT warning(tr("The disconnection of %1 was not written to the local ledger: %2")
                           .arg(teamName, m_ledger->problem().explanation));
    }
}
