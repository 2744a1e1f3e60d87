#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

// A framed message across the top or bottom of a page, for conditions that concern the whole
// page (the keychain is missing, saving failed). Optionally with one action button. An error
// also offers a "Troubleshoot…" link, when someone listens to troubleshootRequested().
class MessageBanner : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Information, Warning, Error };

    explicit MessageBanner(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text);
    // An action offered next to the message; hidden until setActionText() gives it a text.
    void setActionText(const QString &text);
    void clear();

    QString text() const;
    QLabel *textLabel() const { return m_text; }
    QPushButton *actionButton() const { return m_action; }
    QPushButton *troubleshootLink() const { return m_troubleshoot; }

Q_SIGNALS:
    void actionTriggered();
    // The Troubleshoot… link beside an error was followed; text is the message.
    void troubleshootRequested(const QString &text);

private:
    bool canTroubleshoot() const;

    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_troubleshoot;
    QPushButton *m_action;
};
