#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

// What the main window shows while the table has no rows, saying which of four cases it is:
// nothing is set up yet (the button starts setup); the workspaces are being read from
// Bitbucket; Bitbucket has none connected (the button starts setup to connect one); or they
// could not be read (why, what to do, and a button to try again).
class WorkspacesEmptyState : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { FirstRun, Loading, NoneConnected, Problem };

    explicit WorkspacesEmptyState(QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    QString heading() const;
    QString explanation() const;
    QPushButton *setupButton() const { return m_setupButton; }
    QPushButton *retryButton() const { return m_retryButton; }

    void showFirstRun();
    // where: the Bitbucket being asked, as the admin knows it (its host).
    void showLoading(const QString &where);
    void showNoneConnected(const QString &where);
    void showProblem(const QString &explanation, const QString &advice);

Q_SIGNALS:
    void setupRequested();
    void retryRequested();

private:
    void present(Mode mode, const QString &heading, const QString &explanation);

    Mode m_mode = Mode::FirstRun;
    QLabel *m_heading;
    QLabel *m_explanation;
    QPushButton *m_setupButton;
    QPushButton *m_retryButton;
};
