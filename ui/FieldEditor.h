#pragma once

#include "setup/FieldVerdict.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QLineEdit;
class QToolButton;

// One line edit of a form, validated as it is typed by a rule from the core, with the reason
// shown right below it. Secrets are echoed as dots, with a Show/Hide toggle beside them.
class FieldEditor : public QWidget
{
    Q_OBJECT

public:
    using Rule = FieldVerdict (*)(const QString &);
    enum class Echo { Plain, Secret };

    FieldEditor(Rule rule, Echo echo, QWidget *parent = nullptr);

    // The field's name for assistive technology and for the Show/Hide toggle: "Client Secret".
    void setFieldName(const QString &name);

    QLineEdit *lineEdit() const { return m_edit; }
    QLabel *messageLabel() const { return m_message; }
    QToolButton *echoToggle() const { return m_echoToggle; }
    // Puts a control (a Browse… button) at the end of the edit's row.
    void addTrailingWidget(QWidget *widget);

    QString text() const;
    // Sets the text as if it had been entered, and shows what the rule says about it.
    void setText(const QString &text);

    FieldVerdict verdict() const { return m_verdict; }
    bool isAcceptable() const { return m_verdict.acceptable(); }

Q_SIGNALS:
    void verdictChanged();

private:
    void revalidate();
    void showVerdict();
    void setRevealed(bool revealed);

    Rule m_rule;
    QString m_fieldName;
    FieldVerdict m_verdict;
    // An empty field the admin has not touched yet gets no "Required." nag.
    bool m_touched = false;

    QHBoxLayout *m_editRow;
    QLineEdit *m_edit;
    QToolButton *m_echoToggle = nullptr;
    QWidget *m_messageRow;
    QLabel *m_messageIcon;
    QLabel *m_message;
};
