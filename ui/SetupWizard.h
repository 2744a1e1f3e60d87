#pragma once

#include <QWizard>

class ConnectPage;
class DistributionPage;
class HttpsPage;
class QNetworkAccessManager;
class QSettings;
class SecretStore;
class SetupSession;

// The setup wizard: one page per step of getting the Slack app into further workspaces. This
// version has the Connect, HTTPS and Distribution pages; the pages that follow (Install, Done)
// come later and take the next ids.
class SetupWizard : public QWizard
{
    Q_OBJECT

public:
    // Page ids, in the order the pages are shown. New pages are added at the end.
    enum PageId {
        ConnectPageId,
        HttpsPageId,
        DistributionPageId,
    };
    Q_ENUM(PageId)

    // None of the pointers is owned; all must outlive the wizard. The session keeps what was
    // entered after the wizard is closed.
    SetupWizard(SetupSession *session, QSettings *settings, SecretStore *secrets,
        QNetworkAccessManager *network, QWidget *parent = nullptr);
    ~SetupWizard() override;

    ConnectPage *connectPage() const { return m_connectPage; }
    HttpsPage *httpsPage() const { return m_httpsPage; }
    DistributionPage *distributionPage() const { return m_distributionPage; }

public Q_SLOTS:
    // An install was refused because the app is not distributed
    // (invalid_team_for_non_distributed_app): go back to the Distribution page, as Back would,
    // and explain it there. The Install page calls this; from a page before Distribution the
    // wizard moves there only if that page lets the admin go on.
    void showDistributionProblem(const QString &explanation);

private:
    void goBackForNewToken();

    ConnectPage *m_connectPage;
    HttpsPage *m_httpsPage;
    DistributionPage *m_distributionPage;
};
