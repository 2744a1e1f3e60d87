#include "TroubleshootDialog.h"

#include "TextLabel.h"

#include "common/Redactor.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

TroubleshootDialog::TroubleshootDialog(const DiagnosisContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_contextLabel(newTextLabel(this))
    , m_text(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Troubleshoot"));
    auto *prompt = new QLabel(tr("&Paste an error message, a Slack error code, a Bitbucket "
                                 "error body or the address the browser ended on:"),
        this);
    prompt->setWordWrap(true);
    prompt->setBuddy(m_text);
    m_text->setAccessibleName(tr("Error text"));
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(
        tr("redirect_uri did not match any configured URIs. Passed URI: https://…"));
    m_contextLabel->setText(describeContext());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_copy = buttons->addButton(tr("&Copy Diagnosis"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_copy, &QPushButton::clicked, this, &TroubleshootDialog::copyDiagnosis);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(prompt);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_contextLabel);
    layout->addWidget(createAnswer(), 2);
    layout->addWidget(buttons);

    connect(m_text, &QPlainTextEdit::textChanged, this, &TroubleshootDialog::diagnose);
    diagnose();
    resize(680, 560);
}

QWidget *TroubleshootDialog::createAnswer()
{
    m_answer = new QWidget(this);
    m_title = newTextLabel(m_answer);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);
    auto *form = new QFormLayout;
    m_form = form;
    m_cause = addAnswerRow(form, tr("Cause:"));
    m_closest = addAnswerRow(form, tr("Closest configured URL:"));
    m_detail = addAnswerRow(form, tr("Detail:"));
    m_fix = addAnswerRow(form, tr("Fix:"));
    auto *layout = new QVBoxLayout(m_answer);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addStretch(1);
    return m_answer;
}

QLabel *TroubleshootDialog::addAnswerRow(QFormLayout *form, const QString &caption)
{
    QLabel *value = newTextLabel(m_answer);
    auto *captionLabel = new QLabel(caption, m_answer);
    captionLabel->setBuddy(value);
    form->addRow(captionLabel, value);
    return value;
}

QString TroubleshootDialog::describeContext() const
{
    QStringList parts;
    if (m_context.haveManifest) {
        parts << tr("Compared with the %n Redirect URL(s) of the app's manifest.", nullptr,
            int(m_context.configuredRedirectUrls.size()));
    } else {
        parts << tr("No manifest has been read, so Redirect URLs cannot be compared: load it on "
                    "the HTTPS page of the setup for a closer answer.");
    }
    if (!m_context.bitbucketBaseUrl.isEmpty()) {
        parts << tr("Bitbucket base URL: %1.").arg(Redactor::redactUrl(m_context.bitbucketBaseUrl));
    }
    return parts.join(u' ');
}

void TroubleshootDialog::setProblemText(const QString &text)
{
    m_text->setPlainText(text);
    m_text->moveCursor(QTextCursor::End);
}

void TroubleshootDialog::diagnose()
{
    const QString text = m_text->toPlainText().trimmed();
    m_diagnosis = text.isEmpty() ? Diagnosis() : Troubleshooter::diagnose(text, m_context);
    showAnswer();
}

void TroubleshootDialog::showAnswer()
{
    const bool empty = m_text->toPlainText().trimmed().isEmpty();
    m_copy->setEnabled(!empty);
    if (empty) {
        m_title->setText(tr("The explanation appears here as you paste or type."));
    } else if (!m_diagnosis.recognised) {
        m_title->setText(m_diagnosis.title.isEmpty()
                ? tr("This text is not recognised. Paste the whole error message, or the "
                     "address the browser ended on.")
                : tr("Not recognised: %1").arg(m_diagnosis.title));
    } else {
        m_title->setText(m_diagnosis.title);
    }
    const QList<QPair<QLabel *, QString>> rows {{m_cause, m_diagnosis.cause},
        {m_closest, m_diagnosis.closest}, {m_detail, m_diagnosis.detail}, {m_fix, m_diagnosis.fix}};
    for (const auto &[label, value] : rows) {
        label->setText(value);
        m_form->setRowVisible(label, !value.isEmpty());
    }
}

void TroubleshootDialog::copyDiagnosis()
{
    QStringList lines {m_title->text()};
    const QList<QPair<QLabel *, QString>> rows {{m_cause, tr("Cause:")},
        {m_closest, tr("Closest configured URL:")}, {m_detail, tr("Detail:")}, {m_fix, tr("Fix:")}};
    for (const auto &[label, caption] : rows) {
        if (!label->text().isEmpty()) {
            lines << caption + u' ' + label->text();
        }
    }
    QGuiApplication::clipboard()->setText(lines.join(u'\n'));
}

TroubleshootDialog *TroubleshootDialog::openWith(
    const DiagnosisContext &context, const QString &text, QWidget *parent)
{
    auto *dialog = new TroubleshootDialog(context, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setProblemText(text);
    dialog->open();
    return dialog;
}
