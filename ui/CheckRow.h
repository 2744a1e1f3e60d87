#pragma once

#include "checks/CheckResult.h"

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

// One readiness check as a row of the HTTPS page: status icon and word, title, one-line
// summary, and on demand (or by itself when the check fails or warns) the detail and the fix as
// selectable text. "Run Again" asks for this check alone to be run again.
class CheckRow : public QFrame
{
    Q_OBJECT

public:
    CheckRow(const QString &id, const QString &title, QWidget *parent = nullptr);

    QString id() const { return m_id; }
    CheckResult result() const { return m_result; }

    void setResult(const CheckResult &result);
    void setExpanded(bool expanded);
    bool isExpanded() const;

    QLabel *statusLabel() const { return m_statusText; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *detailLabel() const { return m_detail; }
    QLabel *fixLabel() const { return m_fix; }
    QToolButton *detailsToggle() const { return m_toggle; }
    QPushButton *rerunButton() const { return m_rerun; }

Q_SIGNALS:
    void rerunRequested(const QString &id);

private:
    QWidget *createDetails();
    void updateDetails();

    QString m_id;
    QString m_title;
    CheckResult m_result;

    QLabel *m_icon;
    QLabel *m_titleLabel;
    QLabel *m_statusText;
    QLabel *m_summary;
    QToolButton *m_toggle;
    QPushButton *m_rerun;
    QWidget *m_details;
    QLabel *m_detail;
    QLabel *m_fixHeading;
    QLabel *m_fix;
};
