#include "DonePage.h"

#include "TextLabel.h"

#include "InstallPage.h"

#include "setup/DistributionState.h"
#include "setup/SetupSession.h"

#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QVBoxLayout>

DonePage::DonePage(
    SetupSession *session, QSettings *settings, const InstallPage *installPage, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_settings(settings)
    , m_installPage(installPage)
    , m_summary(newTextLabel(this))
    , m_workspaces(new QListWidget(this))
    , m_distribution(newTextLabel(this))
    , m_warningsHeading(new QLabel(tr("Still open:"), this))
    , m_warnings(new QListWidget(this))
{
    setTitle(tr("Done"));
    setSubTitle(tr("What this setup connected. Bitbucket now serves the Slack app in these "
                   "workspaces."));
    setFinalPage(true);
    m_workspaces->setObjectName(QStringLiteral("doneWorkspaces"));
    m_workspaces->setAccessibleName(tr("Workspaces connected in this session"));
    m_workspaces->setSelectionMode(QAbstractItemView::NoSelection);
    m_warnings->setObjectName(QStringLiteral("doneWarnings"));
    m_warnings->setAccessibleName(tr("Warnings still open"));
    m_warnings->setSelectionMode(QAbstractItemView::NoSelection);
    m_warnings->setWordWrap(true);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_warningsHeading->setBuddy(m_warnings);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_workspaces, 2);
    layout->addWidget(m_distribution);
    layout->addWidget(m_warningsHeading);
    layout->addWidget(m_warnings, 1);
}

void DonePage::initializePage()
{
    const QList<ConnectedWorkspace> connected = m_installPage->connectedWorkspaces();
    int replaced = 0;
    m_workspaces->clear();
    QStringList openWarnings;
    for (const ConnectedWorkspace &workspace : connected) {
        if (workspace.replacedExisting)
            ++replaced;
        QString line = workspace.replacedExisting
            ? tr("%1 (%2): connection replaced").arg(workspace.teamName, workspace.teamId)
            : tr("%1 (%2): connected").arg(workspace.teamName, workspace.teamId);
        if (!workspace.enterpriseName.isEmpty())
            line += u' ' + tr("in %1").arg(workspace.enterpriseName);
        const QStringList missing = workspace.missingBotScopes + workspace.missingUserScopes;
        if (!missing.isEmpty())
            line += u' ' + tr("(scopes not granted: %1)").arg(missing.join(QStringLiteral(", ")));
        m_workspaces->addItem(line);
    }
    const int added = int(connected.size()) - replaced;
    // Each count with its own plural form.
    QString summary;
    if (connected.isEmpty())
        summary = tr("No workspace was connected in this session.");
    else if (replaced == 0)
        summary = tr("%n workspace(s) connected to Bitbucket.", nullptr, added);
    else if (added == 0)
        summary = tr("%n existing connection(s) replaced.", nullptr, replaced);
    else
        summary = tr("%n workspace(s) connected to Bitbucket,", nullptr, added) + u' '
            + tr("%n existing connection(s) replaced.", nullptr, replaced);
    m_summary->setText(summary);

    const QString appId = m_session->connection().slackAppId;
    const DistributionState::State state = DistributionState::load(*m_settings, appId);
    m_distribution->setText(
        tr("Distribution of %1: %2").arg(appId, DistributionState::label(state)));

    // What the installs warned about (scopes not granted, the ledger), each once.
    for (const QString &warning : m_installPage->warnings()) {
        if (!openWarnings.contains(warning))
            openWarnings << warning;
    }
    m_warnings->clear();
    m_warnings->addItems(openWarnings);
    m_warningsHeading->setVisible(!openWarnings.isEmpty());
    m_warnings->setVisible(!openWarnings.isEmpty());
}
