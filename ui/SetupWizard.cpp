#include "SetupWizard.h"

#include "ConnectPage.h"
#include "HttpsPage.h"

SetupWizard::SetupWizard(SetupSession *session, QSettings *settings, SecretStore *secrets,
    QNetworkAccessManager *network, QWidget *parent)
    : QWizard(parent)
    , m_connectPage(new ConnectPage(session, settings, secrets, this))
    , m_httpsPage(new HttpsPage(session, network, this))
{
    setWindowTitle(tr("Set Up Workspace Connector"));
    // The same look on every desktop, with the page title and subtitle in a header.
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(ConnectPageId, m_connectPage);
    setPage(HttpsPageId, m_httpsPage);
    setStartId(ConnectPageId);
    // Room for the Connect form and its messages, and still inside a 1024x768 screen.
    resize(840, 660);
}

SetupWizard::~SetupWizard() = default;
