#pragma once

#include "setup/DistributionChecklist.h"

#include <QFrame>

class QLabel;

// One item of Slack's distribution checklist on the Distribution page: an icon and a word for
// the verdict, Slack's own label for the item, and why.
class ChecklistRow : public QFrame
{
    Q_OBJECT

public:
    explicit ChecklistRow(DistributionChecklist::Item item, QWidget *parent = nullptr);

    DistributionChecklist::Item item() const { return m_item; }
    DistributionChecklist::Verdict verdict() const { return m_verdict; }
    void setEntry(const DistributionChecklist::Entry &entry);

    QLabel *verdictLabel() const { return m_verdictLabel; }
    QLabel *explanationLabel() const { return m_explanation; }

private:
    DistributionChecklist::Item m_item;
    DistributionChecklist::Verdict m_verdict = DistributionChecklist::Verdict::Unknown;
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_verdictLabel;
    QLabel *m_explanation;
};
