#pragma once

#include "setup/DistributionChecklist.h"
#include "setup/DistributionState.h"

#include <QList>
#include <QUrl>
#include <QWizardPage>

class ChecklistRow;
class MessageBanner;
class QCheckBox;
class QLabel;
class QPushButton;
class QSettings;
class SetupSession;

// The third wizard page: Slack's public distribution, which only the app's Manage Distribution
// page at api.slack.com can turn on. Shows Slack's four checklist items, judged from the manifest
// the HTTPS page read where it can tell; buttons that open this app's pages at api.slack.com; the
// admin's two confirmations (hard-coded information reviewed, distribution activated), kept per
// App ID; and where distribution stands. Next needs distribution confirmed or proven.
class DistributionPage : public QWizardPage
{
    Q_OBJECT

public:
    enum class SlackPage { Distribution, OAuth, Manifest };

    DistributionPage(SetupSession *session, QSettings *settings, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    // An install failed because the app is not distributed (invalid_team_for_non_distributed_app):
    // the explanation is shown here and the recorded state goes back to not distributed.
    void showProblem(const QString &explanation);

    DistributionState::State state() const { return m_state; }
    // https://api.slack.com/apps/<App ID>/distribute, /oauth, /app-manifest
    QUrl slackPageUrl(SlackPage page) const;

    ChecklistRow *checklistRow(DistributionChecklist::Item item) const;
    QCheckBox *reviewedBox() const { return m_reviewed; }
    QCheckBox *activatedBox() const { return m_activated; }
    QPushButton *openButton(SlackPage page) const;
    QLabel *stateLabel() const { return m_stateLabel; }
    QLabel *manifestNote() const { return m_manifestNote; }
    MessageBanner *problemBanner() const { return m_problem; }

private:
    QWidget *createChecklist();
    QWidget *createConfirmations();
    QWidget *createButtons();
    QPushButton *addOpenButton(SlackPage page, const QString &text, const QString &name);
    void openSlackPage(SlackPage page);
    void onReviewedToggled(bool reviewed);
    void onActivatedToggled(bool activated);
    void setState(DistributionState::State state);
    void refresh();
    QString appId() const;

    SetupSession *m_session;
    QSettings *m_settings;
    DistributionState::State m_state = DistributionState::State::NotDistributed;
    bool m_refreshing = false;

    MessageBanner *m_problem;
    QLabel *m_stateLabel;
    QLabel *m_manifestNote;
    QList<ChecklistRow *> m_rows;
    QCheckBox *m_reviewed = nullptr;
    QCheckBox *m_activated = nullptr;
    QList<QPushButton *> m_openButtons;
    QLabel *m_openFailed = nullptr;
};
