#include "FieldEditor.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

FieldEditor::FieldEditor(Rule rule, Echo echo, QWidget *parent)
    : QWidget(parent)
    , m_rule(rule)
    , m_editRow(new QHBoxLayout)
    , m_edit(new QLineEdit(this))
    , m_messageRow(new QWidget(this))
    , m_messageIcon(new QLabel(m_messageRow))
    , m_message(new QLabel(m_messageRow))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_editRow->addWidget(m_edit, 1);
    layout->addLayout(m_editRow);

    if (echo == Echo::Secret) {
        m_edit->setEchoMode(QLineEdit::Password);
        m_edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText
            | Qt::ImhSensitiveData | Qt::ImhNoAutoUppercase);
        m_echoToggle = new QToolButton(this);
        m_echoToggle->setCheckable(true);
        m_editRow->addWidget(m_echoToggle);
        connect(m_echoToggle, &QToolButton::toggled, this, &FieldEditor::setRevealed);
        setRevealed(false);
    }

    auto *messageLayout = new QHBoxLayout(m_messageRow);
    messageLayout->setContentsMargins(0, 0, 0, 0);
    messageLayout->addWidget(m_messageIcon, 0, Qt::AlignTop);
    messageLayout->addWidget(m_message, 1);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_messageRow);
    m_messageRow->hide();

    connect(m_edit, &QLineEdit::textEdited, this, [this] {
        m_touched = true;
        revalidate();
    });
    connect(m_edit, &QLineEdit::textChanged, this, &FieldEditor::revalidate);
    revalidate();
}

void FieldEditor::setFieldName(const QString &name)
{
    m_fieldName = name;
    m_edit->setAccessibleName(name);
    if (m_echoToggle) {
        setRevealed(m_echoToggle->isChecked());
    }
}

void FieldEditor::addTrailingWidget(QWidget *widget)
{
    m_editRow->addWidget(widget);
}

QString FieldEditor::text() const
{
    return m_edit->text();
}

void FieldEditor::setText(const QString &text)
{
    m_touched = m_touched || !text.isEmpty();
    m_edit->setText(text);
    revalidate();
}

void FieldEditor::revalidate()
{
    const FieldVerdict verdict = m_rule(m_edit->text());
    const bool changed = verdict.level != m_verdict.level || verdict.message != m_verdict.message;
    m_verdict = verdict;
    showVerdict();
    if (changed) {
        Q_EMIT verdictChanged();
    }
}

void FieldEditor::showVerdict()
{
    const bool quiet = !m_touched && m_edit->text().isEmpty();
    if (quiet || m_verdict.message.isEmpty()) {
        m_messageRow->hide();
        m_message->clear();
        m_edit->setAccessibleDescription(QString());
        return;
    }
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    if (m_verdict.level == FieldVerdict::Level::Warning) {
        icon = QStyle::SP_MessageBoxWarning;
    } else if (m_verdict.level == FieldVerdict::Level::Invalid) {
        icon = QStyle::SP_MessageBoxCritical;
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_messageIcon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size, size));
    m_message->setText(m_verdict.message);
    // Screen readers announce the reason together with the field.
    m_edit->setAccessibleDescription(m_verdict.message);
    m_messageRow->show();
}

void FieldEditor::setRevealed(bool revealed)
{
    m_edit->setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    m_echoToggle->setText(revealed ? tr("Hide") : tr("Show"));
    m_echoToggle->setAccessibleName(
        revealed ? tr("Hide %1").arg(m_fieldName) : tr("Show %1").arg(m_fieldName));
}
