#include "UpdateAccessDialog.h"

#include "install/InstallController.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QLabel *wrappingLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

UpdateAccessDialog::UpdateAccessDialog(InstallController *controller, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_workspace(wrappingLabel(this))
    , m_status(wrappingLabel(this))
    , m_certificate(wrappingLabel(this))
    , m_busy(new QProgressBar(this))
    , m_pasteRow(new QWidget(this))
    , m_pasted(new QLineEdit(m_pasteRow))
    , m_outcome(wrappingLabel(this))
    , m_cancel(new QPushButton(tr("&Cancel"), this))
{
    setWindowTitle(tr("Update Access"));
    QFont bold = m_workspace->font();
    bold.setBold(true);
    m_workspace->setFont(bold);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(12);

    auto *pasteLayout = new QHBoxLayout(m_pasteRow);
    pasteLayout->setContentsMargins(0, 0, 0, 0);
    auto *pasteLabel = new QLabel(tr("Address the browser &ended on:"), m_pasteRow);
    pasteLabel->setBuddy(m_pasted);
    auto *use = new QPushButton(tr("&Use This Address"), m_pasteRow);
    // Return in the address field submits it (returnPressed); it must not also reach a default
    // button, which would be Cancel and stop the queue.
    use->setAutoDefault(false);
    m_cancel->setAutoDefault(false);
    pasteLayout->addWidget(pasteLabel);
    pasteLayout->addWidget(m_pasted, 1);
    pasteLayout->addWidget(use);
    auto submit = [this] {
        const QString text = m_pasted->text();
        m_pasted->clear(); // it holds the code
        m_controller->submitPastedAddress(text);
    };
    connect(use, &QPushButton::clicked, this, submit);
    connect(m_pasted, &QLineEdit::returnPressed, this, submit);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_finished) {
            accept();
            return;
        }
        Q_EMIT cancelRequested();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_workspace);
    layout->addWidget(m_status);
    layout->addWidget(m_busy);
    layout->addWidget(m_certificate);
    layout->addWidget(m_pasteRow);
    layout->addWidget(m_outcome);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(560, 280);

    connect(
        m_controller, &InstallController::phaseChanged, this, &UpdateAccessDialog::onPhaseChanged);
    onPhaseChanged();
}

void UpdateAccessDialog::showWorkspace(
    const QString &teamName, const QString &teamId, int position, int total)
{
    m_finished = false;
    m_cancel->setText(tr("&Cancel"));
    m_cancel->setDefault(false);
    m_workspace->setText(
        tr("Update Access for %1 (%2): %3 of %4").arg(teamName, teamId).arg(position).arg(total));
    onPhaseChanged();
}

void UpdateAccessDialog::showOutcome(const QString &text, bool failed)
{
    m_outcome->setText(text);
    QFont font = m_outcome->font();
    font.setBold(failed);
    m_outcome->setFont(font);
}

void UpdateAccessDialog::showFinished(const QString &summary)
{
    m_finished = true;
    m_workspace->setText(tr("Update Access finished"));
    m_status->setText(summary);
    m_busy->hide();
    m_certificate->hide();
    m_pasteRow->hide();
    m_cancel->setText(tr("&Close"));
    m_cancel->setDefault(true);
    m_cancel->setFocus();
}

// Escape and the window's close button stop the queue like Cancel; while a workspace's tokens
// are still with Slack or Bitbucket the dialog stays until that outcome is in.
void UpdateAccessDialog::reject()
{
    if (!m_finished) {
        Q_EMIT cancelRequested();
        if (!m_finished)
            return;
    }
    QDialog::reject();
}

void UpdateAccessDialog::onPhaseChanged()
{
    if (m_finished)
        return;
    const bool paste = !m_controller->usesLoopback();
    switch (m_controller->phase()) {
    case InstallController::Phase::Idle:
        m_status->clear();
        break;
    case InstallController::Phase::WaitingForBrowser:
        m_status->setText(paste
                ? tr("Your browser shows Slack's permission screen for this workspace. Click "
                     "Allow, then paste here the address the browser ends on.")
                : tr("Your browser shows Slack's permission screen for this workspace. Click "
                     "Allow; this program waits for the browser to come back."));
        break;
    case InstallController::Phase::ExchangingCode:
        m_status->setText(tr("Asking Slack for the workspace's new tokens…"));
        break;
    case InstallController::Phase::Registering:
    case InstallController::Phase::AwaitingReplaceDecision:
        m_status->setText(tr("Giving Bitbucket the new tokens…"));
        break;
    }
    const bool waiting = m_controller->phase() == InstallController::Phase::WaitingForBrowser;
    m_busy->setVisible(m_controller->phase() != InstallController::Phase::Idle);
    m_pasteRow->setVisible(waiting && paste);
    const QString fingerprint = m_controller->loopbackFingerprint();
    m_certificate->setVisible(waiting && !paste && !fingerprint.isEmpty());
    if (!fingerprint.isEmpty()) {
        m_certificate->setText(tr("The browser comes back to this program at 127.0.0.1 and may "
                                  "warn about its own certificate; its SHA-256 fingerprint is "
                                  "%1.")
                                   .arg(fingerprint));
    }
    if (waiting && paste)
        m_pasted->setFocus();
}
