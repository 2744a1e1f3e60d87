#include "SetupWizard.h"

#include "ConnectPage.h"
#include "DistributionPage.h"
#include "DonePage.h"
#include "HttpsPage.h"
#include "InstallPage.h"

#include "common/Redactor.h"

#include <QDesktopServices>
#include <QLoggingCategory>

SetupWizard::SetupWizard(SetupSession *session, QSettings *settings, SecretStore *secrets,
    QNetworkAccessManager *network, Ledger *ledger, QWidget *parent)
    : QWizard(parent)
    , m_connectPage(new ConnectPage(session, settings, secrets, this))
    , m_httpsPage(new HttpsPage(session, network, secrets, this))
    , m_distributionPage(new DistributionPage(session, settings, this))
    , m_installPage(new InstallPage(session, settings, network, ledger, this))
    , m_donePage(new DonePage(session, settings, m_installPage, this))
{
    setWindowTitle(tr("Set Up Workspace Connector"));
    // The same look on every desktop, with the page title and subtitle in a header.
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(ConnectPageId, m_connectPage);
    setPage(HttpsPageId, m_httpsPage);
    setPage(DistributionPageId, m_distributionPage);
    setPage(InstallPageId, m_installPage);
    setPage(DonePageId, m_donePage);
    setStartId(ConnectPageId);
    connect(m_httpsPage, &HttpsPage::newTokenRequested, this, &SetupWizard::goBackForNewToken);
    connect(
        m_installPage, &InstallPage::notDistributed, this, &SetupWizard::showDistributionProblem);
    connect(m_installPage, &InstallPage::browserRequested, this, [this](const QUrl &url) {
        if (m_opensBrowser && !QDesktopServices::openUrl(url)) {
            qWarning(
                "The browser could not be opened for %s", qPrintable(Redactor::redactUrl(url)));
        }
    });
    // Closing the wizard while the browser is at Slack stops listening for it.
    connect(this, &QDialog::rejected, m_installPage->controller(), &InstallController::cancel);
    // Room for the Connect form and its messages, and still inside a 1024x768 screen.
    resize(840, 660);
}

SetupWizard::~SetupWizard() = default;

void SetupWizard::showDistributionProblem(const QString &explanation)
{
    // From a later page the way back is through the pages' history, as Back would go; from an
    // earlier one the wizard jumps ahead.
    if (visitedIds().contains(DistributionPageId)) {
        while (currentId() != DistributionPageId) {
            const int before = currentId();
            back();
            if (currentId() == before) {
                break;
            }
        }
    }
    if (currentId() != DistributionPageId) {
        setCurrentId(DistributionPageId);
    }
    m_distributionPage->showProblem(explanation);
}

void SetupWizard::goBackForNewToken()
{
    m_connectPage->focusConfigToken();
}
