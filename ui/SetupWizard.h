#pragma once

#include <QWizard>

class ConnectPage;
class HttpsPage;
class QNetworkAccessManager;
class QSettings;
class SecretStore;
class SetupSession;

// The setup wizard: one page per step of getting the Slack app into further workspaces. This
// version has the Connect and HTTPS pages; the pages that follow (Distribution, Install, Done)
// come later and take the next ids.
class SetupWizard : public QWizard
{
    Q_OBJECT

public:
    // Page ids, in the order the pages are shown. New pages are added at the end.
    enum PageId {
        ConnectPageId,
        HttpsPageId,
    };
    Q_ENUM(PageId)

    // None of the pointers is owned; all must outlive the wizard. The session keeps what was
    // entered after the wizard is closed.
    SetupWizard(SetupSession *session, QSettings *settings, SecretStore *secrets,
        QNetworkAccessManager *network, QWidget *parent = nullptr);
    ~SetupWizard() override;

    ConnectPage *connectPage() const { return m_connectPage; }
    HttpsPage *httpsPage() const { return m_httpsPage; }

private:
    ConnectPage *m_connectPage;
    HttpsPage *m_httpsPage;
};
