#pragma once

#include "install/InstallController.h"
#include "store/ConnectionSettings.h"

#include <QList>
#include <QStringList>
#include <QWizardPage>

class MessageBanner;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QNetworkAccessManager;
class QProgressBar;
class QPushButton;
class QSettings;
class SetupSession;

// The fourth wizard page: connects one workspace after another. "Add to Slack" opens Slack's
// permission screen in the browser; when the admin clicks Allow there, the handshake completes,
// Bitbucket gets the new workspace and it appears in the list. The browser comes back either to
// this program's loopback listener (the default) or to a page of the admin's, whose address the
// admin pastes here. Errors are shown on the page, with Bitbucket's answer as it came and a link
// to Troubleshoot; nothing is lost, and Add to Slack tries again.
class InstallPage : public QWizardPage
{
    Q_OBJECT

public:
    InstallPage(SetupSession *session, QSettings *settings, QNetworkAccessManager *network,
        Ledger *ledger, QWidget *parent = nullptr);
    ~InstallPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    InstallController *controller() const { return m_controller; }
    // Each workspace connected in this session once, as it is now (a workspace installed twice
    // is one row); replacedExisting when its connection was there before this session.
    QList<ConnectedWorkspace> connectedWorkspaces() const;
    // Warnings that did not stop an install (scopes not granted, the ledger), for the Done page.
    QStringList warnings() const { return m_warnings; }

    // For tests and keyboard users alike, every control by name.
    QLineEdit *teamIdEdit() const { return m_teamId; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *cancelButton() const { return m_cancel; }
    QComboBox *redirectModeBox() const { return m_redirectMode; }
    QLineEdit *pasteRedirectEdit() const { return m_pasteRedirect; }
    QLineEdit *pastedAddressEdit() const { return m_pastedAddress; }
    QPushButton *usePastedAddressButton() const { return m_usePasted; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *certificateLabel() const { return m_certificate; }
    QLabel *redirectNote() const { return m_redirectNote; }
    // What the admin's own choice led to (a connection kept), not an error.
    MessageBanner *noticeBanner() const { return m_notice; }
    MessageBanner *errorBanner() const { return m_error; }
    QLabel *errorDetail() const { return m_errorDetail; }
    MessageBanner *warningBanner() const { return m_warning; }
    QListWidget *workspaceList() const { return m_list; }

Q_SIGNALS:
    // The permission screen's address, for the browser. The wizard opens it with
    // QDesktopServices; tests take it from here.
    void browserRequested(const QUrl &url);
    // Slack refused the app outside its home workspace: back to the Distribution page.
    void notDistributed(const QString &explanation);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createStartRow();
    QWidget *createRedirectChoice();
    QWidget *createWaitingArea();
    void startInstall();
    void onPhaseChanged(InstallController::Phase phase);
    void onFailed(const InstallFailure &failure);
    void onConnected(const ConnectedWorkspace &workspace);
    void onReplaceRequested(const QString &teamId, const QString &teamName);
    void onWarning(const QString &text);
    void onRedirectModeChanged();
    void saveRedirectSettings();
    void updateRedirectNote();
    void updateTeamIdVerdict();
    void updateControls();
    bool teamIdAcceptable() const;
    bool redirectAcceptable() const;
    // The connection settings with the redirect choice as the page shows it, saved or not.
    ConnectionSettings chosenConnection() const;

    SetupSession *m_session;
    QSettings *m_settings;
    InstallController *m_controller;
    QStringList m_warnings;
    QString m_lastTroubleshootText;

    QComboBox *m_redirectMode = nullptr;
    QLineEdit *m_pasteRedirect = nullptr;
    QLabel *m_redirectNote = nullptr;
    QLineEdit *m_teamId = nullptr;
    QLabel *m_teamIdVerdict = nullptr;
    QPushButton *m_add = nullptr;
    QWidget *m_waiting = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_busy = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_openAgain = nullptr;
    QLabel *m_certificate = nullptr;
    QWidget *m_pasteArea = nullptr;
    QLineEdit *m_pastedAddress = nullptr;
    QPushButton *m_usePasted = nullptr;
    MessageBanner *m_notice = nullptr;
    MessageBanner *m_error = nullptr;
    QLabel *m_errorDetail = nullptr;
    MessageBanner *m_warning = nullptr;
    QListWidget *m_list = nullptr;
    QUrl m_browserUrl;
};
