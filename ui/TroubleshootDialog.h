#pragma once

#include "troubleshoot/Diagnosis.h"

#include <QDialog>

class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;

// Help > Troubleshoot…, and the "Troubleshoot…" link beside errors: the admin pastes an error
// message, a Slack error code, a Bitbucket error body or the address the browser ended on, and
// the dialog explains it with Troubleshooter::diagnose, comparing it with what the program knows
// (the manifest's Redirect URLs, the Bitbucket base URL). The answer follows the text as typed.
class TroubleshootDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TroubleshootDialog(const DiagnosisContext &context, QWidget *parent = nullptr);

    // Fills the text box, as a link beside an error does with that error's text.
    void setProblemText(const QString &text);
    Diagnosis diagnosis() const { return m_diagnosis; }

    QPlainTextEdit *textEdit() const { return m_text; }
    QLabel *contextLabel() const { return m_contextLabel; }
    QLabel *titleLabel() const { return m_title; }
    QLabel *causeLabel() const { return m_cause; }
    QLabel *closestLabel() const { return m_closest; }
    QLabel *detailLabel() const { return m_detail; }
    QLabel *fixLabel() const { return m_fix; }
    QPushButton *copyButton() const { return m_copy; }

    // Opens a dialog (deleted on close) with the text filled in, non-blocking.
    static TroubleshootDialog *openWith(
        const DiagnosisContext &context, const QString &text, QWidget *parent);

private:
    QWidget *createAnswer();
    QLabel *addAnswerRow(QFormLayout *form, const QString &caption);
    QString describeContext() const;
    void diagnose();
    void showAnswer();
    void copyDiagnosis();

    DiagnosisContext m_context;
    Diagnosis m_diagnosis;

    QLabel *m_contextLabel;
    QPlainTextEdit *m_text;
    QWidget *m_answer = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_cause = nullptr;
    QLabel *m_closest = nullptr;
    QLabel *m_detail = nullptr;
    QLabel *m_fix = nullptr;
    QPushButton *m_copy = nullptr;
};
