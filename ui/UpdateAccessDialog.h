#pragma once

#include <QDialog>

class InstallController;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

// Update Access for one workspace after another: which workspace the browser is at Slack for,
// the phase of its handshake, the loopback certificate's fingerprint or, in paste mode, the field
// for the address the browser ended on, and Cancel (which stops the queue). Non-modal; the
// actions behind it decide what comes next.
class UpdateAccessDialog : public QDialog
{
    Q_OBJECT

public:
    UpdateAccessDialog(InstallController *controller, QWidget *parent = nullptr);

    // Shows that the handshake for teamName (teamId) runs, as number `position` of `total`.
    void showWorkspace(const QString &teamName, const QString &teamId, int position, int total);
    // A line about the last outcome (done, or what went wrong), kept until the next workspace.
    void showOutcome(const QString &text, bool failed);
    // The queue is done: Cancel becomes Close.
    void showFinished(const QString &summary);

    QLabel *workspaceLabel() const { return m_workspace; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *outcomeLabel() const { return m_outcome; }
    QLineEdit *pastedAddressEdit() const { return m_pasted; }
    QPushButton *cancelButton() const { return m_cancel; }

    void reject() override;

Q_SIGNALS:
    // Cancel (or Escape, or closing the window) while the queue runs.
    void cancelRequested();

private:
    void onPhaseChanged();

    InstallController *m_controller;
    QLabel *m_workspace;
    QLabel *m_status;
    QLabel *m_certificate;
    QProgressBar *m_busy;
    QWidget *m_pasteRow;
    QLineEdit *m_pasted;
    QLabel *m_outcome;
    QPushButton *m_cancel;
    bool m_finished = false;
};
