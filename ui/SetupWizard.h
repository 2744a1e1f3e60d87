#pragma once

#include <QWizard>

class ConnectPage;
class DistributionPage;
class DonePage;
class HttpsPage;
class InstallPage;
class Ledger;
class QNetworkAccessManager;
class QSettings;
class SecretStore;
class SetupSession;

// The setup wizard: one page per step of getting the Slack app into further workspaces:
// Connect, HTTPS, Distribution, Install and Done.
class SetupWizard : public QWizard
{
    Q_OBJECT

public:
    // Page ids, in the order the pages are shown. New pages are added at the end.
    enum PageId {
        ConnectPageId,
        HttpsPageId,
        DistributionPageId,
        InstallPageId,
        DonePageId,
    };
    Q_ENUM(PageId)

    // None of the pointers is owned; all must outlive the wizard. The session keeps what was
    // entered after the wizard is closed. ledger may be null or not open: installs then work
    // and say that they were not recorded.
    SetupWizard(SetupSession *session, QSettings *settings, SecretStore *secrets,
        QNetworkAccessManager *network, Ledger *ledger, QWidget *parent = nullptr);
    ~SetupWizard() override;

    ConnectPage *connectPage() const { return m_connectPage; }
    HttpsPage *httpsPage() const { return m_httpsPage; }
    DistributionPage *distributionPage() const { return m_distributionPage; }
    InstallPage *installPage() const { return m_installPage; }
    DonePage *donePage() const { return m_donePage; }

    // For tests: the browser is not opened; installPage()->browserRequested carries the address.
    void setOpensBrowser(bool opens) { m_opensBrowser = opens; }

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
    InstallPage *m_installPage;
    DonePage *m_donePage;
    bool m_opensBrowser = true;
};
