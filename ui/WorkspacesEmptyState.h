#pragma once

#include <QWidget>

class QPushButton;

// What the main window shows while no Slack workspace is connected: a plain statement of that,
// a short explanation, and the button that starts the setup wizard.
class WorkspacesEmptyState : public QWidget
{
    Q_OBJECT

public:
    explicit WorkspacesEmptyState(QWidget *parent = nullptr);

    QPushButton *setupButton() const { return m_setupButton; }

Q_SIGNALS:
    void setupRequested();

private:
    QPushButton *m_setupButton;
};
