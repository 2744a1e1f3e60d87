#pragma once

#include <QMap>
#include <QSet>
#include <QWizardPage>

class CheckResult;
class CheckRow;
class CheckRunner;
class QLabel;
class QNetworkAccessManager;
class QPushButton;
class SecretStore;
class SetupSession;
class SlackAppSection;

// The second wizard page: the Bitbucket readiness checks, run on entry against what the Connect
// page holds, shown live one row per check; below them the Slack app's manifest and the slack.*
// checks with their fixes (SlackAppSection). Next is enabled once every check has finished and
// none, on either side, failed.
class HttpsPage : public QWizardPage
{
    Q_OBJECT

public:
    HttpsPage(SetupSession *session, QNetworkAccessManager *network, SecretStore *secrets,
        QWidget *parent = nullptr);
    ~HttpsPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    CheckRunner *runner() const { return m_runner; }
    CheckRow *row(const QString &id) const { return m_rows.value(id); }
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *runAllButton() const { return m_runAll; }
    QPushButton *cancelButton() const { return m_cancel; }
    SlackAppSection *slackSection() const { return m_slack; }

Q_SIGNALS:
    // The app configuration token was refused; the wizard takes the admin back to enter a new one.
    void newTokenRequested();

private:
    QWidget *createRows(QNetworkAccessManager *network, SecretStore *secrets);
    void openTroubleshooter(const QString &text);
    void goBackForNewToken();
    void runAll();
    void cancelChecks();
    void onCheckStarted(const QString &id);
    void onCheckFinished(const CheckResult &result);
    void updateState();
    QString summaryText() const;

    SetupSession *m_session;
    CheckRunner *m_runner;
    SlackAppSection *m_slack = nullptr;
    QMap<QString, CheckRow *> m_rows;
    // Checks the admin stopped: they end as skipped, but Next stays off until they ran.
    QSet<QString> m_cancelled;

    QLabel *m_target;
    QLabel *m_summary;
    QPushButton *m_runAll = nullptr;
    QPushButton *m_cancel = nullptr;
};
