#include "DistributionPage.h"

#include "TextLabel.h"

#include "ChecklistRow.h"
#include "MessageBanner.h"
#include "TroubleshootDialog.h"

#include "setup/SetupSession.h"

#include <QCheckBox>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QVBoxLayout>

namespace {

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.2);
    label->setFont(font);
    return label;
}

} // namespace

DistributionPage::DistributionPage(SetupSession *session, QSettings *settings, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_settings(settings)
    , m_problem(new MessageBanner(this))
    , m_stateLabel(newTextLabel(this))
    , m_manifestNote(newTextLabel(this))
{
    setTitle(tr("Distribution"));
    setSubTitle(tr("Slack installs the app outside its home workspace only after its public "
                   "distribution is activated, and only the app's Manage Distribution page at "
                   "api.slack.com can do that. This page shows what Slack will ask for there "
                   "and keeps what you confirmed."));
    QFont bold = m_stateLabel->font();
    bold.setBold(true);
    m_stateLabel->setFont(bold);

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(heading(tr("Slack's checklist"), content));
    contentLayout->addWidget(createChecklist());
    contentLayout->addWidget(m_manifestNote);
    contentLayout->addWidget(heading(tr("On Slack's pages"), content));
    contentLayout->addWidget(createButtons());
    contentLayout->addWidget(heading(tr("Your confirmations"), content));
    contentLayout->addWidget(createConfirmations());
    contentLayout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_problem);
    layout->addWidget(m_stateLabel);
    layout->addWidget(scroll, 1);

    connect(m_problem, &MessageBanner::troubleshootRequested, this, [this](const QString &text) {
        TroubleshootDialog::openWith(m_session->diagnosisContext(), text, this);
    });
}

QWidget *DistributionPage::createChecklist()
{
    auto *list = new QWidget;
    auto *layout = new QVBoxLayout(list);
    layout->setContentsMargins(0, 0, 0, 0);
    for (auto item :
        {DistributionChecklist::Item::Features, DistributionChecklist::Item::RedirectUrls,
            DistributionChecklist::Item::HardCodedInformation,
            DistributionChecklist::Item::Https}) {
        auto *row = new ChecklistRow(item, list);
        layout->addWidget(row);
        m_rows.append(row);
    }
    return list;
}

QWidget *DistributionPage::createButtons()
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *hint = newTextLabel(box);
    hint->setText(tr("Activate Public Distribution under Manage Distribution once every item of "
                     "the checklist is green. Redirect URLs and scopes are on OAuth & "
                     "Permissions; every field at once on App Manifest."));
    layout->addWidget(hint);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(addOpenButton(SlackPage::Distribution, tr("Open Manage &Distribution"),
        tr("Open the app's Manage Distribution page at api.slack.com")));
    buttons->addWidget(addOpenButton(SlackPage::OAuth, tr("Open &OAuth && Permissions"),
        tr("Open the app's OAuth and Permissions page at api.slack.com")));
    buttons->addWidget(addOpenButton(SlackPage::Manifest, tr("Open App &Manifest"),
        tr("Open the app's App Manifest page at api.slack.com")));
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_openFailed = newTextLabel(box);
    m_openFailed->hide();
    layout->addWidget(m_openFailed);
    return box;
}

QPushButton *DistributionPage::addOpenButton(
    SlackPage page, const QString &text, const QString &name)
{
    auto *button = new QPushButton(text);
    button->setAccessibleName(name);
    connect(button, &QPushButton::clicked, this, [this, page] { openSlackPage(page); });
    m_openButtons.append(button);
    return button;
}

QWidget *DistributionPage::createConfirmations()
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_reviewed = new QCheckBox(
        tr("I have &reviewed and removed any hard-coded information, and ticked that box on "
           "Slack's page"),
        box);
    m_activated = new QCheckBox(
        tr("I have &activated Public Distribution on Slack's Manage Distribution page"), box);
    layout->addWidget(m_reviewed);
    layout->addWidget(m_activated);
    connect(m_reviewed, &QCheckBox::toggled, this, &DistributionPage::onReviewedToggled);
    connect(m_activated, &QCheckBox::toggled, this, &DistributionPage::onActivatedToggled);
    return box;
}

QString DistributionPage::appId() const
{
    return m_session->connection().slackAppId;
}

QUrl DistributionPage::slackPageUrl(SlackPage page) const
{
    QString tail = QStringLiteral("distribute");
    if (page == SlackPage::OAuth) {
        tail = QStringLiteral("oauth");
    } else if (page == SlackPage::Manifest) {
        tail = QStringLiteral("app-manifest");
    }
    const QString id = QString::fromUtf8(QUrl::toPercentEncoding(appId()));
    return QUrl(QStringLiteral("https://api.slack.com/apps/%1/%2").arg(id, tail));
}

QPushButton *DistributionPage::openButton(SlackPage page) const
{
    return m_openButtons.value(int(page));
}

ChecklistRow *DistributionPage::checklistRow(DistributionChecklist::Item item) const
{
    for (ChecklistRow *row : m_rows) {
        if (row->item() == item) {
            return row;
        }
    }
    return nullptr;
}

void DistributionPage::openSlackPage(SlackPage page)
{
    const QUrl url = slackPageUrl(page);
    if (QDesktopServices::openUrl(url)) {
        m_openFailed->hide();
        return;
    }
    m_openFailed->setText(
        tr("No web browser could be opened. The page is at %1").arg(url.toString()));
    m_openFailed->show();
}

void DistributionPage::initializePage()
{
    refresh();
}

void DistributionPage::refresh()
{
    m_refreshing = true;
    const bool reviewed = DistributionState::hardCodedInformationReviewed(*m_settings, appId());
    m_state = DistributionState::load(*m_settings, appId());
    m_reviewed->setChecked(reviewed);
    m_activated->setChecked(m_state != DistributionState::State::NotDistributed);
    m_refreshing = false;

    const SlackManifest manifest = m_session->manifest();
    const QList<DistributionChecklist::Entry> entries =
        DistributionChecklist::evaluate(manifest, reviewed);
    for (const DistributionChecklist::Entry &entry : entries) {
        if (ChecklistRow *row = checklistRow(entry.item)) {
            row->setEntry(entry);
        }
    }
    m_manifestNote->setText(manifest.isNull()
            ? tr("No manifest was read on the HTTPS page, so Slack's page is the only judge of "
                 "these items.")
            : tr("Judged from the manifest read on the HTTPS page; Slack's page has the last "
                 "word."));
    setState(m_state);
}

void DistributionPage::onReviewedToggled(bool reviewed)
{
    if (m_refreshing) {
        return;
    }
    DistributionState::setHardCodedInformationReviewed(*m_settings, appId(), reviewed);
    // Slack lets the app be activated only after this review, so the activation waits for it.
    if (!reviewed && m_state == DistributionState::State::ConfirmedByAdmin) {
        setState(DistributionState::State::NotDistributed);
    }
    refresh();
}

void DistributionPage::onActivatedToggled(bool activated)
{
    if (m_refreshing || m_state == DistributionState::State::Proven) {
        return;
    }
    setState(activated ? DistributionState::State::ConfirmedByAdmin
                       : DistributionState::State::NotDistributed);
}

void DistributionPage::setState(DistributionState::State state)
{
    if (state != DistributionState::load(*m_settings, appId())) {
        DistributionState::save(*m_settings, appId(), state);
    }
    m_state = state;
    const bool proven = state == DistributionState::State::Proven;
    m_refreshing = true;
    m_activated->setChecked(state != DistributionState::State::NotDistributed);
    m_refreshing = false;
    // A proof is not undone by a tick, and the activation comes after the review.
    m_activated->setEnabled(!proven && m_reviewed->isChecked());
    m_reviewed->setEnabled(!proven);
    m_stateLabel->setText(tr("Distribution: %1").arg(DistributionState::label(state)));
    Q_EMIT completeChanged();
}

bool DistributionPage::isComplete() const
{
    return m_state != DistributionState::State::NotDistributed;
}

void DistributionPage::showProblem(const QString &explanation)
{
    m_problem->showMessage(MessageBanner::Kind::Error, explanation);
    setState(DistributionState::State::NotDistributed);
}
