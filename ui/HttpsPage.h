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
class SetupSession;

// The second wizard page: the Bitbucket readiness checks, run on entry against what the Connect
// page holds, shown live one row per check. Next is enabled once every check has finished and
// none failed. The Slack side of the checks belongs to a later version and is not shown.
class HttpsPage : public QWizardPage
{
    Q_OBJECT

public:
    HttpsPage(SetupSession *session, QNetworkAccessManager *network, QWidget *parent = nullptr);
    ~HttpsPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    CheckRunner *runner() const { return m_runner; }
    CheckRow *row(const QString &id) const { return m_rows.value(id); }
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *runAllButton() const { return m_runAll; }
    QPushButton *cancelButton() const { return m_cancel; }

private:
    QWidget *createRows();
    void runAll();
    void cancelChecks();
    void onCheckStarted(const QString &id);
    void onCheckFinished(const CheckResult &result);
    void updateState();
    QString summaryText() const;

    SetupSession *m_session;
    CheckRunner *m_runner;
    QMap<QString, CheckRow *> m_rows;
    // Checks the admin stopped: they end as skipped, but Next stays off until they ran.
    QSet<QString> m_cancelled;

    QLabel *m_target;
    QLabel *m_summary;
    QPushButton *m_runAll = nullptr;
    QPushButton *m_cancel = nullptr;
};
