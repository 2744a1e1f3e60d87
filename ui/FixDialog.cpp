#include "FixDialog.h"

#include "DecisionBox.h"
#include "MessageBanner.h"
#include "TroubleshootDialog.h"

#include "setup/ManifestFile.h"
#include "troubleshoot/Diagnosis.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

QString displayValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Undefined:
        return FixDialog::tr("(absent)");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return QString();
}

QString kindLabel(ManifestChange::Kind kind)
{
    switch (kind) {
    case ManifestChange::Kind::Added:
        return FixDialog::tr("Added", "manifest change");
    case ManifestChange::Kind::Removed:
        return FixDialog::tr("Removed", "manifest change");
    case ManifestChange::Kind::Changed:
        break;
    }
    return FixDialog::tr("Changed", "manifest change");
}

QTreeWidget *createTree(const QStringList &headers, QWidget *parent)
{
    auto *tree = new QTreeWidget(parent);
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(false);
    tree->setWordWrap(true);
    tree->setSelectionMode(QAbstractItemView::SingleSelection);
    tree->header()->setStretchLastSection(true);
    return tree;
}

QLabel *plainLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

FixDialog::FixDialog(const ManifestFix &fix, const QString &appId, ManifestService *service,
    const DiagnosisContext &context, QWidget *parent)
    : QDialog(parent)
    , m_fix(fix)
    , m_appId(appId)
    , m_service(service)
    , m_withToken(service != nullptr)
    , m_context(context)
{
    setWindowTitle(fix.title);
    m_error = new MessageBanner(this);
    m_permissions = new MessageBanner(this);
    m_status = plainLabel(QString(), this);
    connect(m_error, &MessageBanner::troubleshootRequested, this,
        [this](const QString &text) { TroubleshootDialog::openWith(m_context, text, this); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(plainLabel(introText(), this));
    layout->addWidget(createChanges(), 2);
    layout->addWidget(createProblems(), 1);
    layout->addWidget(m_error);
    layout->addWidget(m_permissions);
    layout->addWidget(m_status);
    layout->addWidget(createButtons());
    setStep(Step::Review);
    resize(860, m_withToken ? 560 : 440);
}

QString FixDialog::introText() const
{
    const int count = int(m_fix.changes.size());
    if (m_withToken) {
        return tr("\"%1\" changes %n field(s) of the app's manifest. Validate the new manifest "
                  "with Slack, then apply it. Nothing else in the manifest changes.",
            nullptr, count)
            .arg(m_fix.title);
    }
    return tr("\"%1\" changes %n field(s) of the app's manifest. No app configuration token was "
              "entered, so Workspace Connector cannot change the app itself: copy the new "
              "manifest or save it to a file, paste it on the app's App Manifest page at "
              "api.slack.com/apps and save it there.",
        nullptr, count)
        .arg(m_fix.title);
}

QWidget *FixDialog::createChanges()
{
    auto *box = new QWidget(this);
    auto *heading = new QLabel(tr("C&hanges:"), box);
    m_changes = createTree({tr("Change"), tr("Field"), tr("Before"), tr("After")}, box);
    m_changes->setAccessibleName(tr("Changes to the manifest"));
    heading->setBuddy(m_changes);
    for (const ManifestChange &change : std::as_const(m_fix.changes)) {
        auto *item = new QTreeWidgetItem(m_changes,
            {kindLabel(change.kind), change.pointer, displayValue(change.before),
                displayValue(change.after)});
        // The whole change in one sentence, for a tooltip and for screen readers.
        const QString sentence = ManifestDiff::describe(change);
        for (int column = 0; column < m_changes->columnCount(); ++column) {
            item->setToolTip(column, sentence);
        }
        item->setData(0, Qt::AccessibleTextRole, sentence);
    }
    // Field, Before and After share the width. A URL too long for it loses its middle, not the
    // end that tells one request URL from another; the tooltip has the whole change.
    m_changes->setWordWrap(false);
    m_changes->setTextElideMode(Qt::ElideMiddle);
    QHeaderView *header = m_changes->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    for (int column = 1; column < m_changes->columnCount(); ++column) {
        header->setSectionResizeMode(column, QHeaderView::Stretch);
    }
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addWidget(m_changes);
    return box;
}

QWidget *FixDialog::createProblems()
{
    auto *box = new QWidget(this);
    m_problemsHeading = new QLabel(tr("Slack's ans&wer:"), box);
    m_problems = createTree({tr("Field"), tr("Kind"), tr("Message")}, box);
    m_problems->setAccessibleName(tr("Problems Slack found"));
    m_problemsHeading->setBuddy(m_problems);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_problemsHeading);
    layout->addWidget(m_problems);
    box->setVisible(m_withToken);
    return box;
}

QWidget *FixDialog::createButtons()
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (m_withToken) {
        m_validate = buttons->addButton(tr("&Validate"), QDialogButtonBox::ActionRole);
        m_apply = buttons->addButton(tr("&Apply to Slack"), QDialogButtonBox::ActionRole);
        connect(m_validate, &QPushButton::clicked, this, &FixDialog::validate);
        connect(m_apply, &QPushButton::clicked, this, &FixDialog::confirmApply);
    } else {
        m_copy = buttons->addButton(tr("&Copy Manifest"), QDialogButtonBox::ActionRole);
        m_save = buttons->addButton(tr("&Save Manifest As…"), QDialogButtonBox::ActionRole);
        connect(m_copy, &QPushButton::clicked, this, &FixDialog::copyManifest);
        connect(m_save, &QPushButton::clicked, this, &FixDialog::chooseFile);
    }
    return buttons;
}

void FixDialog::setStep(Step step)
{
    m_step = step;
    if (!m_withToken) {
        return;
    }
    const bool busy = step == Step::Validating || step == Step::Applying;
    m_validate->setEnabled(!busy && step != Step::Applied);
    // Only a manifest Slack has just accepted goes to Slack.
    m_apply->setEnabled(step == Step::Validated && m_valid);
    m_apply->setDefault(m_apply->isEnabled());
    m_validate->setDefault(!m_apply->isEnabled() && m_validate->isEnabled());
}

void FixDialog::validate()
{
    if (!m_service) {
        return;
    }
    m_valid = false;
    m_error->clear();
    m_problems->clear();
    m_status->setText(tr("Asking Slack to validate the new manifest…"));
    setStep(Step::Validating);
    m_service->validate(m_appId, m_fix.after, this,
        [this](const ManifestService::Result &result) { onValidated(result); });
}

void FixDialog::onValidated(const ManifestService::Result &result)
{
    showProblems(result);
    m_valid = result.ok && result.errors.isEmpty();
    if (m_valid) {
        m_status->setText(result.warnings.isEmpty()
                ? tr("Slack found no problem with the new manifest. Apply it to Slack when you "
                     "are ready.")
                : tr("Slack accepts the new manifest, with %n warning(s). Apply it to Slack "
                     "when you are ready.",
                    nullptr, int(result.warnings.size())));
    } else if (!result.errors.isEmpty()) {
        m_status->setText(tr("Slack found %n problem(s) in the new manifest, listed by field. "
                             "The manifest was not changed.",
            nullptr, int(result.errors.size())));
    } else {
        m_status->clear();
        showError(tr("Slack could not validate the new manifest."), result);
    }
    setStep(Step::Validated);
    Q_EMIT validated(m_valid);
}

void FixDialog::showProblems(const ManifestService::Result &result)
{
    m_problems->clear();
    for (const ManifestService::Problem &problem : result.errors) {
        new QTreeWidgetItem(m_problems, {problem.pointer, tr("Error"), problem.message});
    }
    for (const ManifestService::Problem &problem : result.warnings) {
        new QTreeWidgetItem(m_problems, {problem.pointer, tr("Warning"), problem.message});
    }
    m_problems->header()->resizeSections(QHeaderView::ResizeToContents);
}

void FixDialog::showError(const QString &what, const ManifestService::Result &result)
{
    QString text = what;
    if (!result.message.isEmpty()) {
        text += u' ' + result.message;
    }
    if (!result.error.isEmpty() && !text.contains(result.error)) {
        text += u' ' + tr("(Slack's error: %1)").arg(result.error);
    }
    m_error->showMessage(MessageBanner::Kind::Error, text);
}

void FixDialog::confirmApply()
{
    DecisionBox::Question question;
    question.title = tr("Apply to Slack");
    question.text = tr("Send the new manifest to Slack? It replaces the app's whole "
                       "configuration, with %n field(s) changed.",
        nullptr, int(m_fix.changes.size()));
    question.informative =
        tr("The current manifest is saved first, in %1.").arg(ManifestService::backupDirectory());
    question.verb = tr("Apply to Slack");
    DecisionBox::ask(this, question, [self = QPointer<FixDialog>(this)](bool goAhead) {
        if (self && goAhead) {
            self->apply();
        }
    });
}

void FixDialog::apply()
{
    if (!m_service || !m_valid) {
        return;
    }
    m_error->clear();
    m_status->setText(tr("Sending the new manifest to Slack…"));
    setStep(Step::Applying);
    m_service->update(m_appId, m_fix.before, m_fix.after, this,
        [this](const ManifestService::Result &result) { onApplied(result); });
}

void FixDialog::onApplied(const ManifestService::Result &result)
{
    if (!result.ok) {
        showProblems(result);
        m_valid = false;
        m_status->clear();
        showError(tr("Slack did not take the new manifest; nothing was changed."), result);
        setStep(Step::Review);
        Q_EMIT applied(false);
        return;
    }
    m_status->setText(result.backupPath.isEmpty()
            ? tr("Slack took the new manifest.")
            : tr("Slack took the new manifest. The previous one was saved to %1.")
                  .arg(result.backupPath));
    if (result.permissionsUpdated) {
        m_permissions->showMessage(MessageBanner::Kind::Warning,
            tr("The app's permissions changed. Every workspace that is already connected needs "
               "Update Access before the new permissions apply there."));
    }
    setStep(Step::Applied);
    Q_EMIT applied(true);
    Q_EMIT manifestUpdated();
}

void FixDialog::copyManifest()
{
    QGuiApplication::clipboard()->setText(QString::fromUtf8(m_fix.after.toJson()));
    m_status->setText(tr("The new manifest (JSON) is on the clipboard. Paste it on the app's "
                         "App Manifest page at api.slack.com/apps and save it there."));
}

void FixDialog::chooseFile()
{
    // open() rather than exec(): the dialog must not spin an event loop of its own.
    auto *dialog = new QFileDialog(this, tr("Save the Manifest"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilters({tr("JSON (*.json)"), tr("YAML (*.yaml *.yml)")});
    dialog->setDefaultSuffix(QStringLiteral("json"));
    dialog->selectFile(QStringLiteral("manifest.json"));
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog](const QString &filter) {
        dialog->setDefaultSuffix(filter.contains(QLatin1String("*.yaml")) ? QStringLiteral("yaml")
                                                                          : QStringLiteral("json"));
    });
    connect(dialog, &QFileDialog::fileSelected, this, &FixDialog::saveTo);
    dialog->open();
}

bool FixDialog::saveTo(const QString &path)
{
    QString error;
    if (!ManifestFile::save(m_fix.after, path, &error)) {
        m_status->clear();
        m_error->showMessage(MessageBanner::Kind::Error, error);
        return false;
    }
    m_error->clear();
    const bool yaml = ManifestFile::formatFor(path) == ManifestFile::Format::Yaml;
    m_status->setText(yaml ? tr("Saved the new manifest as YAML to %1.").arg(path)
                           : tr("Saved the new manifest as JSON to %1.").arg(path));
    return true;
}
