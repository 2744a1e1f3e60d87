#pragma once

#include "slack/ManifestFix.h"
#include "slackapi/ManifestService.h"
#include "troubleshoot/Diagnosis.h"

#include <QDialog>
#include <QPointer>

class MessageBanner;
class QLabel;
class QPushButton;
class QTreeWidget;

// Shows what one fix changes in the Slack app's manifest, field by field, and carries it out.
// With an app configuration token: Validate (apps.manifest.validate, problems listed per JSON
// pointer), then Apply to Slack (apps.manifest.update with the whole manifest, after the admin
// confirms and a backup of the previous manifest is saved). Without one: the new manifest to copy
// or save, for pasting into Slack's manifest editor.
class FixDialog : public QDialog
{
    Q_OBJECT

public:
    // `service` is null when no token was entered. It must outlive the dialog otherwise.
    FixDialog(const ManifestFix &fix, const QString &appId, ManifestService *service,
        const DiagnosisContext &context, QWidget *parent = nullptr);

    bool canApply() const { return m_withToken; }

    QTreeWidget *changesView() const { return m_changes; }
    QTreeWidget *problemsView() const { return m_problems; }
    QPushButton *validateButton() const { return m_validate; }
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *copyButton() const { return m_copy; }
    QPushButton *saveButton() const { return m_save; }
    QLabel *statusLabel() const { return m_status; }
    MessageBanner *errorBanner() const { return m_error; }
    MessageBanner *permissionsBanner() const { return m_permissions; }

    // Writes the new manifest to `path`, YAML for .yaml/.yml and JSON otherwise; what
    // "Save Manifest As…" does with the file the admin picked.
    bool saveTo(const QString &path);

Q_SIGNALS:
    // Slack took the new manifest; the page reads it again and runs the checks.
    void manifestUpdated();
    // A request to Slack answered, well or not (for tests and the status line).
    void validated(bool ok);
    void applied(bool ok);

private:
    enum class Step { Review, Validating, Validated, Applying, Applied };

    QWidget *createChanges();
    QWidget *createProblems();
    QWidget *createButtons();
    QString introText() const;

    void validate();
    void onValidated(const ManifestService::Result &result);
    void confirmApply();
    void apply();
    void onApplied(const ManifestService::Result &result);
    void showProblems(const ManifestService::Result &result);
    void showError(const QString &what, const ManifestService::Result &result);
    void setStep(Step step);

    void copyManifest();
    void chooseFile();

    ManifestFix m_fix;
    QString m_appId;
    QPointer<ManifestService> m_service;
    bool m_withToken;
    DiagnosisContext m_context;
    Step m_step = Step::Review;
    bool m_valid = false;

    QTreeWidget *m_changes = nullptr;
    QTreeWidget *m_problems = nullptr;
    QLabel *m_problemsHeading = nullptr;
    QLabel *m_status = nullptr;
    MessageBanner *m_error = nullptr;
    MessageBanner *m_permissions = nullptr;
    QPushButton *m_validate = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_save = nullptr;
};
