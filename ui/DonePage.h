#pragma once

#include <QWizardPage>

class InstallPage;
class QLabel;
class QListWidget;
class QSettings;
class SetupSession;

// The last wizard page: what was connected in this session, where distribution stands, and the
// warnings still open (scopes Slack did not grant, events the ledger could not record).
class DonePage : public QWizardPage
{
    Q_OBJECT

public:
    DonePage(SetupSession *session, QSettings *settings, const InstallPage *installPage,
        QWidget *parent = nullptr);

    void initializePage() override;

    QLabel *summaryLabel() const { return m_summary; }
    QListWidget *workspaceList() const { return m_workspaces; }
    QLabel *distributionLabel() const { return m_distribution; }
    QListWidget *warningList() const { return m_warnings; }

private:
    SetupSession *m_session;
    QSettings *m_settings;
    const InstallPage *m_installPage;
    QLabel *m_summary;
    QListWidget *m_workspaces;
    QLabel *m_distribution;
    QLabel *m_warningsHeading;
    QListWidget *m_warnings;
};
