#include "CheckRow.h"

#include "TextLabel.h"

#include "TroubleshootLink.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

QStyle::StandardPixmap iconFor(CheckResult::Status status)
{
    switch (status) {
    case CheckResult::Status::Pending:
        return QStyle::SP_MediaPause;
    case CheckResult::Status::Running:
        return QStyle::SP_BrowserReload;
    case CheckResult::Status::Pass:
        return QStyle::SP_DialogApplyButton;
    case CheckResult::Status::Warn:
        return QStyle::SP_MessageBoxWarning;
    case CheckResult::Status::Fail:
        return QStyle::SP_MessageBoxCritical;
    case CheckResult::Status::Skip:
        return QStyle::SP_MessageBoxInformation;
    }
    return QStyle::SP_MessageBoxQuestion;
}

} // namespace

CheckRow::CheckRow(const QString &id, const QString &title, QWidget *parent)
    : QFrame(parent)
    , m_id(id)
    , m_title(title)
    , m_icon(new QLabel(this))
    , m_titleLabel(new QLabel(title, this))
    , m_statusText(new QLabel(this))
    , m_summary(newTextLabel(this))
    , m_toggle(new QToolButton(this))
    , m_rerun(new QPushButton(tr("Run Again"), this))
    , m_fixButton(new QPushButton(this))
    , m_troubleshoot(new TroubleshootLink(this))
{
    setFrameShape(QFrame::StyledPanel);
    QFont bold = m_titleLabel->font();
    bold.setBold(true);
    m_titleLabel->setFont(bold);
    m_titleLabel->setTextFormat(Qt::PlainText);

    m_toggle->setCheckable(true);
    m_toggle->setAutoRaise(true);
    m_toggle->setArrowType(Qt::RightArrow);
    m_toggle->setAccessibleName(tr("Details of %1").arg(title));
    m_toggle->setToolTip(tr("Show or hide the detail and the fix"));
    m_rerun->setAccessibleName(tr("Run the %1 check again").arg(title));
    connect(m_toggle, &QToolButton::toggled, this, &CheckRow::setExpanded);
    connect(m_rerun, &QPushButton::clicked, this, [this] { Q_EMIT rerunRequested(m_id); });
    connect(m_fixButton, &QPushButton::clicked, this, [this] { Q_EMIT fixRequested(m_id); });
    m_fixButton->hide();

    m_troubleshoot->setAccessibleName(tr("Troubleshoot the %1 check").arg(title));
    m_troubleshoot->hide();
    connect(m_troubleshoot, &QPushButton::clicked, this,
        [this] { Q_EMIT troubleshootRequested(problemText()); });

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(8, 4, 8, 4);
    grid->setVerticalSpacing(2);
    grid->addWidget(m_toggle, 0, 0);
    grid->addWidget(m_icon, 0, 1);
    grid->addWidget(m_titleLabel, 0, 2);
    grid->addWidget(m_statusText, 0, 3);
    grid->addWidget(m_troubleshoot, 0, 5);
    grid->addWidget(m_fixButton, 0, 6);
    grid->addWidget(m_rerun, 0, 7);
    grid->addWidget(m_summary, 1, 2, 1, 6);
    grid->addWidget(createDetails(), 2, 2, 1, 6);
    grid->setColumnStretch(4, 1);
    // Along the row as it reads: details, the way out of the problem, then Run Again.
    setTabOrder(m_toggle, m_troubleshoot);
    setTabOrder(m_troubleshoot, m_fixButton);
    setTabOrder(m_fixButton, m_rerun);

    CheckResult pending;
    pending.id = id;
    setResult(pending);
    setExpanded(false);
}

QWidget *CheckRow::createDetails()
{
    m_details = new QWidget(this);
    m_detail = newTextLabel(m_details);
    m_fixHeading = new QLabel(tr("How to fix it"), m_details);
    QFont bold = m_fixHeading->font();
    bold.setBold(true);
    m_fixHeading->setFont(bold);
    m_fix = newTextLabel(m_details);
    auto *layout = new QVBoxLayout(m_details);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_detail);
    layout->addWidget(m_fixHeading);
    layout->addWidget(m_fix);
    return m_details;
}

void CheckRow::setResult(const CheckResult &result)
{
    const bool wasProblem = m_result.status == CheckResult::Status::Fail
        || m_result.status == CheckResult::Status::Warn;
    m_result = result;
    const QString word = CheckResult::statusLabel(result.status);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(iconFor(result.status), nullptr, this).pixmap(size));
    m_icon->setAccessibleName(word);
    m_icon->setToolTip(word);
    m_statusText->setText(word);
    m_summary->setText(result.summary);
    m_summary->setVisible(!result.summary.isEmpty());
    m_rerun->setEnabled(result.status != CheckResult::Status::Running);
    updateDetails();
    updateActions();
    // A problem shows its fix without a click; a pass stays as the admin left it.
    const bool problem =
        result.status == CheckResult::Status::Fail || result.status == CheckResult::Status::Warn;
    if (problem && !wasProblem) {
        setExpanded(true);
    }
}

void CheckRow::updateDetails()
{
    m_detail->setText(m_result.detail);
    m_detail->setVisible(!m_result.detail.isEmpty());
    m_fix->setText(m_result.fix);
    m_fix->setVisible(!m_result.fix.isEmpty());
    m_fixHeading->setVisible(!m_result.fix.isEmpty());
    const bool hasDetails = !m_result.detail.isEmpty() || !m_result.fix.isEmpty();
    m_toggle->setEnabled(hasDetails);
}

void CheckRow::updateActions()
{
    const bool failed = m_result.status == CheckResult::Status::Fail;
    m_fixButton->setVisible(failed && !m_fixButton->text().isEmpty());
    m_troubleshoot->setVisible(failed);
}

void CheckRow::setFixAction(const QString &text)
{
    m_fixButton->setText(text);
    m_fixButton->setAccessibleName(text);
    updateActions();
}

QString CheckRow::problemText() const
{
    QStringList parts {m_result.summary, m_result.detail};
    parts.removeAll(QString());
    return parts.join(u'\n');
}

void CheckRow::setExpanded(bool expanded)
{
    m_toggle->setChecked(expanded);
    m_toggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_details->setVisible(expanded);
}

bool CheckRow::isExpanded() const
{
    return m_toggle->isChecked();
}
