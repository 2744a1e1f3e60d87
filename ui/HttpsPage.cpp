#include "HttpsPage.h"

#include "CheckRow.h"
#include "SlackAppSection.h"
#include "TroubleshootDialog.h"

#include "checks/CheckRunner.h"
#include "common/Redactor.h"
#include "setup/SetupSession.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

HttpsPage::HttpsPage(
    SetupSession *session, QNetworkAccessManager *network, SecretStore *secrets, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_runner(new CheckRunner(network, this))
    , m_target(new QLabel(this))
    , m_summary(new QLabel(this))
{
    setTitle(tr("HTTPS"));
    setSubTitle(tr("Slack reaches Bitbucket only over HTTPS, and connecting workspaces needs a "
                   "Bitbucket administrator. These checks show whether your Bitbucket and your "
                   "Slack app are ready, and how to fix what is not."));

    auto *heading = new QLabel(tr("Bitbucket checks"), this);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    heading->setFont(headingFont);
    m_target->setWordWrap(true);
    m_target->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(createRows(network, secrets));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    // Made after the rows, so that Tab reaches them after the rows too.
    m_runAll = new QPushButton(tr("&Run All Checks Again"), this);
    m_cancel = new QPushButton(tr("C&ancel Checks"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_runAll);
    buttons->addWidget(m_cancel);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_target);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);

    connect(m_runAll, &QPushButton::clicked, this, &HttpsPage::runAll);
    connect(m_cancel, &QPushButton::clicked, this, &HttpsPage::cancelChecks);
    connect(m_runner, &CheckRunner::checkStarted, this, &HttpsPage::onCheckStarted);
    connect(m_runner, &CheckRunner::checkFinished, this, &HttpsPage::onCheckFinished);
    connect(m_runner, &CheckRunner::allFinished, this, &HttpsPage::updateState);
    connect(m_slack, &SlackAppSection::stateChanged, this, &HttpsPage::updateState);
    connect(m_slack, &SlackAppSection::troubleshootRequested, this, &HttpsPage::openTroubleshooter);
    connect(m_slack, &SlackAppSection::newTokenRequested, this, &HttpsPage::goBackForNewToken);
    updateState();
}

HttpsPage::~HttpsPage() = default;

QWidget *HttpsPage::createRows(QNetworkAccessManager *network, SecretStore *secrets)
{
    auto *rows = new QWidget;
    auto *layout = new QVBoxLayout(rows);
    layout->setContentsMargins(0, 0, 0, 0);
    for (const QString &id : m_runner->checkIds()) {
        auto *row = new CheckRow(id, m_runner->title(id), rows);
        connect(row, &CheckRow::rerunRequested, m_runner, &CheckRunner::rerun);
        connect(row, &CheckRow::troubleshootRequested, this, &HttpsPage::openTroubleshooter);
        layout->addWidget(row);
        m_rows.insert(id, row);
    }
    m_slack = new SlackAppSection(m_session, network, secrets, rows);
    layout->addWidget(m_slack);
    layout->addStretch(1);
    return rows;
}

void HttpsPage::initializePage()
{
    const BitbucketTarget target = m_session->bitbucketTarget();
    m_target->setText(tr("Bitbucket at %1, checked with the account %2.")
                          .arg(Redactor::redactUrl(target.baseUrl), target.username));
    m_runner->setTarget(target);
    m_cancelled.clear();
    m_runner->runAll();
    m_slack->start();
    updateState();
}

void HttpsPage::cleanupPage()
{
    // Going back to change a value: what runs now would answer for the old values.
    m_runner->cancel();
    m_slack->stop();
    m_cancelled.clear();
    QWizardPage::cleanupPage();
}

void HttpsPage::runAll()
{
    m_cancelled.clear();
    m_runner->runAll();
    m_slack->readAgain();
    updateState();
}

void HttpsPage::openTroubleshooter(const QString &text)
{
    TroubleshootDialog::openWith(m_session->diagnosisContext(), text, this);
}

void HttpsPage::goBackForNewToken()
{
    if (wizard() && wizard()->currentPage() == this) {
        wizard()->back();
    }
    Q_EMIT newTokenRequested();
}

void HttpsPage::cancelChecks()
{
    for (const CheckResult &result : m_runner->results()) {
        if (!result.isFinished()) {
            m_cancelled.insert(result.id);
        }
    }
    m_runner->cancel();
    updateState();
}

void HttpsPage::onCheckStarted(const QString &id)
{
    m_cancelled.remove(id);
    if (CheckRow *checkRow = row(id)) {
        checkRow->setResult(m_runner->result(id));
    }
    updateState();
}

void HttpsPage::onCheckFinished(const CheckResult &result)
{
    if (CheckRow *checkRow = row(result.id)) {
        checkRow->setResult(result);
    }
    updateState();
}

bool HttpsPage::isComplete() const
{
    if (m_runner->isRunning() || m_runner->anyFailed() || !m_cancelled.isEmpty()) {
        return false;
    }
    if (m_slack->isBusy() || m_slack->anyFailed()) {
        return false;
    }
    const QList<CheckResult> results = m_runner->results();
    return !results.isEmpty()
        && std::all_of(results.cbegin(), results.cend(),
            [](const CheckResult &result) { return result.isFinished(); });
}

void HttpsPage::updateState()
{
    const bool running = m_runner->isRunning();
    m_runAll->setEnabled(!running);
    m_cancel->setEnabled(running);
    // Both halves in one place, beside the buttons, whatever part of the page is scrolled into
    // view: a failed Slack check is why Next stays off as much as a Bitbucket one.
    m_summary->setText(summaryText() + u'\n' + m_slack->summaryText());
    Q_EMIT completeChanged();
}

QString HttpsPage::summaryText() const
{
    const QList<CheckResult> results = m_runner->results();
    int finished = 0;
    int failed = 0;
    int warned = 0;
    for (const CheckResult &result : results) {
        finished += result.isFinished() ? 1 : 0;
        failed += result.status == CheckResult::Status::Fail ? 1 : 0;
        warned += result.status == CheckResult::Status::Warn ? 1 : 0;
    }
    if (m_runner->isRunning()) {
        return tr("Checking… %1 of %n check(s) finished.", nullptr, int(results.size()))
            .arg(finished);
    }
    if (!m_cancelled.isEmpty()) {
        return tr("Checks were cancelled. Run them again to go on.");
    }
    if (finished < results.size()) {
        return tr("The checks have not run yet.");
    }
    if (failed > 0) {
        return tr("%n check(s) failed. Fix what the failed checks say, then run them again.",
            nullptr, failed);
    }
    if (warned > 0) {
        return tr("No check failed, but %n warning(s) need a look.", nullptr, warned);
    }
    return tr("Every Bitbucket check passed.");
}
