#pragma once

#include "checks/CheckResult.h"

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

// One readiness check as a row of the HTTPS page: status icon and word, title, one-line
// summary, and on demand (or by itself when the check fails or warns) the detail and the fix as
// selectable text. "Run Again" asks for this check alone to be run again. A failed check also
// offers "Troubleshoot…" and, where the page knows one, a button that fixes it.
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
    // A button beside a failed check that repairs it ("Make all URLs HTTPS"); an empty text
    // removes it. It shows only while the check fails.
    void setFixAction(const QString &text);

    QLabel *statusLabel() const { return m_statusText; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *detailLabel() const { return m_detail; }
    QLabel *fixLabel() const { return m_fix; }
    QToolButton *detailsToggle() const { return m_toggle; }
    QPushButton *rerunButton() const { return m_rerun; }
    QPushButton *fixButton() const { return m_fixButton; }
    QPushButton *troubleshootLink() const { return m_troubleshoot; }
    // What the troubleshooter is given for this row: the summary and the detail.
    QString problemText() const;

Q_SIGNALS:
    void rerunRequested(const QString &id);
    void fixRequested(const QString &id);
    void troubleshootRequested(const QString &text);

private:
    QWidget *createDetails();
    void updateDetails();
    void updateActions();

    QString m_id;
    QString m_title;
    CheckResult m_result;

    QLabel *m_icon;
    QLabel *m_titleLabel;
    QLabel *m_statusText;
    QLabel *m_summary;
    QToolButton *m_toggle;
    QPushButton *m_rerun;
    QPushButton *m_fixButton;
    QPushButton *m_troubleshoot;
    QWidget *m_details;
    QLabel *m_detail;
    QLabel *m_fixHeading;
    QLabel *m_fix;
};
