#include "ChecklistRow.h"

#include <QGridLayout>
#include <QLabel>
#include <QStyle>

namespace {

QStyle::StandardPixmap iconFor(DistributionChecklist::Verdict verdict)
{
    switch (verdict) {
    case DistributionChecklist::Verdict::Met:
        return QStyle::SP_DialogApplyButton;
    case DistributionChecklist::Verdict::NotMet:
        return QStyle::SP_MessageBoxCritical;
    case DistributionChecklist::Verdict::Unknown:
        return QStyle::SP_MessageBoxQuestion;
    case DistributionChecklist::Verdict::AwaitsTheAdmin:
        return QStyle::SP_MessageBoxInformation;
    }
    return QStyle::SP_MessageBoxQuestion;
}

} // namespace

ChecklistRow::ChecklistRow(DistributionChecklist::Item item, QWidget *parent)
    : QFrame(parent)
    , m_item(item)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(DistributionChecklist::title(item), this))
    , m_verdictLabel(new QLabel(this))
    , m_explanation(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setTextFormat(Qt::PlainText);
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);
    m_explanation->setTextInteractionFlags(
        Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(8, 4, 8, 4);
    grid->setVerticalSpacing(2);
    grid->addWidget(m_icon, 0, 0);
    grid->addWidget(m_title, 0, 1);
    grid->addWidget(m_verdictLabel, 0, 2);
    grid->addWidget(m_explanation, 1, 1, 1, 3);
    grid->setColumnStretch(3, 1);
    setEntry({item, DistributionChecklist::Verdict::Unknown, QString()});
}

void ChecklistRow::setEntry(const DistributionChecklist::Entry &entry)
{
    m_verdict = entry.verdict;
    const QString word = DistributionChecklist::verdictLabel(entry.verdict);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(iconFor(entry.verdict), nullptr, this).pixmap(size));
    m_icon->setAccessibleName(word);
    m_verdictLabel->setText(word);
    m_explanation->setText(entry.explanation);
    m_explanation->setVisible(!entry.explanation.isEmpty());
    setAccessibleName(DistributionChecklist::title(m_item) + QStringLiteral(": ") + word);
}
