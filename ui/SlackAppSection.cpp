#include "SlackAppSection.h"

#include "TextLabel.h"

#include "CheckRow.h"
#include "FixDialog.h"
#include "MessageBanner.h"

#include "setup/SetupSession.h"
#include "slack/SlackChecks.h"
#include "slack/SlackRequirements.h"
#include "slackapi/SlackApiClient.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace {

// Token problems a new token from the admin solves.
bool needsNewToken(ConfigTokenSession::Problem problem)
{
    switch (problem) {
    case ConfigTokenSession::Problem::NoToken:
    case ConfigTokenSession::Problem::InvalidRefreshToken:
    case ConfigTokenSession::Problem::RefreshTokenSpent:
    case ConfigTokenSession::Problem::TokenExpired:
    case ConfigTokenSession::Problem::TokenRevoked:
        return true;
    case ConfigTokenSession::Problem::None:
    case ConfigTokenSession::Problem::KeychainUnavailable:
    case ConfigTokenSession::Problem::SlackUnreachable:
    case ConfigTokenSession::Problem::Other:
        break;
    }
    return false;
}

} // namespace

SlackAppSection::SlackAppSection(
    SetupSession *session, QNetworkAccessManager *network, SecretStore *secrets, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_client(new SlackApiClient(network, this))
    , m_tokens(new ConfigTokenSession(m_client, secrets, this))
    , m_manifests(new ManifestService(m_client, m_tokens, this))
    , m_sourceLabel(newTextLabel(this))
    , m_problem(new MessageBanner(this))
{
    auto *heading = new QLabel(tr("Slack app"), this);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    heading->setFont(headingFont);

    m_loadFile = new QPushButton(tr("&Load Manifest File…"), this);
    m_loadFile->setAccessibleName(tr("Load the manifest file exported from Slack"));
    m_readAgain = new QPushButton(tr("Read the Manifest A&gain"), this);
    auto *sourceButtons = new QHBoxLayout;
    sourceButtons->addWidget(m_loadFile);
    sourceButtons->addWidget(m_readAgain);
    sourceButtons->addStretch(1);

    QWidget *rows = createRows();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 12, 0, 0);
    layout->addWidget(heading);
    layout->addWidget(m_sourceLabel);
    layout->addLayout(sourceButtons);
    layout->addWidget(m_problem);
    layout->addWidget(rows);

    connect(m_loadFile, &QPushButton::clicked, this, &SlackAppSection::chooseFile);
    connect(m_readAgain, &QPushButton::clicked, this, &SlackAppSection::readAgain);
    connect(m_problem, &MessageBanner::troubleshootRequested, this,
        &SlackAppSection::troubleshootRequested);
    connect(m_problem, &MessageBanner::actionTriggered, this, [this] {
        if (m_actionIsNewToken) {
            Q_EMIT newTokenRequested();
        } else {
            readAgain();
        }
    });
    skipChecks(tr("No manifest has been read yet."));
    updateSource();
}

SlackAppSection::~SlackAppSection() = default;

QWidget *SlackAppSection::createRows()
{
    auto *rows = new QWidget(this);
    auto *layout = new QVBoxLayout(rows);
    layout->setContentsMargins(0, 0, 0, 0);
    for (const QString &id : SlackChecks::checkIds()) {
        auto *row = new CheckRow(id, SlackChecks::title(id), rows);
        connect(row, &CheckRow::rerunRequested, this, &SlackAppSection::readAgain);
        connect(row, &CheckRow::fixRequested, this, &SlackAppSection::openFix);
        connect(
            row, &CheckRow::troubleshootRequested, this, &SlackAppSection::troubleshootRequested);
        layout->addWidget(row);
        m_rows.insert(id, row);
    }
    return rows;
}

bool SlackAppSection::haveToken() const
{
    return !m_session->configToken().isNull();
}

void SlackAppSection::configureClient()
{
    const ConnectionSettings connection = m_session->connection();
    m_client->setApiBase(connection.slackApiBase);
    m_client->setCaBundlePath(connection.caBundlePath);
}

void SlackAppSection::start()
{
    if (haveToken()) {
        readFromSlack();
        return;
    }
    if (m_source == Source::File && loadFile(m_filePath)) {
        return;
    }
    m_source = Source::None;
    m_manifest = SlackManifest();
    m_session->setManifest(m_manifest);
    m_problem->clear();
    skipChecks(tr("No manifest has been read yet."));
    updateSource();
    Q_EMIT stateChanged();
}

void SlackAppSection::stop()
{
    ++m_generation;
    setBusy(false);
}

void SlackAppSection::readAgain()
{
    if (m_source == Source::File) {
        loadFile(m_filePath);
    } else if (haveToken()) {
        readFromSlack();
    }
}

void SlackAppSection::readFromSlack()
{
    const int generation = ++m_generation;
    configureClient();
    m_problem->clear();
    setBusy(true);
    auto onToken = [this, generation](const ConfigTokenSession::Outcome &outcome) {
        if (generation != m_generation) {
            return;
        }
        if (outcome.problem != ConfigTokenSession::Problem::None) {
            showTokenProblem(outcome);
            return;
        }
        if (!outcome.message.isEmpty()) {
            // A notice that does not stop the reading, such as a token kept in memory only.
            m_problem->showMessage(MessageBanner::Kind::Information, outcome.message);
        }
        exportManifest(generation);
    };
    if (m_session->configTokenReplaced()) {
        // A pair the admin just entered replaces the kept one, whatever it was.
        m_tokens->replace(m_session->configToken(), this,
            [this, onToken](const ConfigTokenSession::Outcome &outcome) {
                if (outcome.problem == ConfigTokenSession::Problem::None) {
                    m_session->setConfigTokenReplaced(false);
                }
                if (outcome.problem == ConfigTokenSession::Problem::KeychainUnavailable) {
                    // The session keeps the pair in memory: read with it now and say that it
                    // is kept for this session only.
                    m_tokens->accessToken(this,
                        [onToken, notice = outcome.message](ConfigTokenSession::Outcome kept) {
                            if (kept.problem == ConfigTokenSession::Problem::None) {
                                kept.message = notice;
                            }
                            onToken(kept);
                        });
                    return;
                }
                onToken(outcome);
            });
    } else {
        m_tokens->accessToken(this, onToken);
    }
}

void SlackAppSection::exportManifest(int generation)
{
    m_manifests->exportManifest(m_session->connection().slackAppId, this,
        [this, generation](const ManifestService::Result &result) {
            if (generation == m_generation) {
                onExported(result);
            }
        });
}

void SlackAppSection::onExported(const ManifestService::Result &result)
{
    if (!result.ok || result.manifest.isNull()) {
        showReadProblem(result);
        return;
    }
    useManifest(result.manifest, Source::Slack);
}

void SlackAppSection::showTokenProblem(const ConfigTokenSession::Outcome &outcome)
{
    setBusy(false);
    m_source = Source::None;
    const bool newToken = needsNewToken(outcome.problem);
    QString text = outcome.message;
    if (!newToken) {
        text += u' ' + tr("You can also load a manifest file you exported from Slack instead.");
    }
    m_problem->showMessage(MessageBanner::Kind::Error, text);
    m_problem->setActionText(newToken ? tr("Enter a New &Token") : tr("Tr&y Again"));
    m_actionIsNewToken = newToken;
    skipChecks(tr("The manifest could not be read from Slack."));
    updateSource();
    Q_EMIT finished();
}

void SlackAppSection::showReadProblem(const ManifestService::Result &result)
{
    ConfigTokenSession::Outcome outcome;
    outcome.problem = result.tokenProblem == ConfigTokenSession::Problem::None
        ? ConfigTokenSession::Problem::Other
        : result.tokenProblem;
    outcome.message = result.message;
    if (result.tokenProblem == ConfigTokenSession::Problem::None) {
        outcome.message = tr("The manifest could not be read from Slack.");
        if (!result.message.isEmpty()) {
            outcome.message += u' ' + result.message;
        }
        if (!result.error.isEmpty() && !outcome.message.contains(result.error)) {
            outcome.message += u' ' + tr("(Slack's error: %1)").arg(result.error);
        }
    }
    showTokenProblem(outcome);
}

void SlackAppSection::chooseFile()
{
    // open() rather than exec(): the dialog must not spin an event loop of its own.
    auto *dialog = new QFileDialog(this, tr("Load the App's Manifest"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("Slack app manifests (*.json *.yaml *.yml)"), tr("All files (*)")});
    if (!m_filePath.isEmpty()) {
        dialog->setDirectory(QFileInfo(m_filePath).absolutePath());
    }
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        if (loadFile(path)) {
            focusFirstProblem();
        }
    });
    dialog->open();
}

bool SlackAppSection::loadFile(const QString &path)
{
    ++m_generation;
    setBusy(false);
    QString error;
    const SlackManifest manifest = SlackManifest::fromFile(path, &error);
    m_filePath = path;
    if (manifest.isNull()) {
        m_source = Source::None;
        m_manifest = SlackManifest();
        m_session->setManifest(m_manifest);
        m_problem->showMessage(MessageBanner::Kind::Error,
            tr("%1 could not be read as a Slack app manifest: %2").arg(path, error));
        m_problem->setActionText(QString());
        skipChecks(tr("The manifest file could not be read."));
        updateSource();
        Q_EMIT finished();
        return false;
    }
    m_problem->clear();
    useManifest(manifest, Source::File);
    return true;
}

void SlackAppSection::useManifest(const SlackManifest &manifest, Source source)
{
    m_source = source;
    m_manifest = manifest;
    m_session->setManifest(manifest);
    setBusy(false);
    runChecks();
    updateSource();
    Q_EMIT finished();
}

void SlackAppSection::runChecks()
{
    const ConnectionSettings connection = m_session->connection();
    SlackRequirements requirements;
    requirements.bitbucketBaseUrl = connection.bitbucketBaseUrl;
    requirements.programRedirectUri = connection.programRedirectUri();
    m_results = SlackChecks::run(m_manifest, requirements);
    m_fixes.clear();
    for (const ManifestFix &fix : ManifestFix::available(m_manifest, requirements)) {
        if (!m_fixes.contains(fix.checkId)) {
            m_fixes.insert(fix.checkId, fix);
        }
    }
    showResults();
}

void SlackAppSection::skipChecks(const QString &reason)
{
    m_results = SlackChecks::skipped(reason);
    m_fixes.clear();
    showResults();
}

void SlackAppSection::showResults()
{
    for (const CheckResult &result : std::as_const(m_results)) {
        if (CheckRow *checkRow = row(result.id)) {
            checkRow->setResult(result);
            checkRow->setFixAction(
                m_fixes.contains(result.id) ? m_fixes.value(result.id).title : QString());
        }
    }
    Q_EMIT stateChanged();
}

void SlackAppSection::setBusy(bool busy)
{
    m_busy = busy;
    m_readAgain->setEnabled(!busy);
    m_loadFile->setEnabled(!busy);
    if (busy) {
        for (CheckRow *checkRow : std::as_const(m_rows)) {
            CheckResult running;
            running.id = checkRow->id();
            running.status = CheckResult::Status::Running;
            checkRow->setResult(running);
            checkRow->setFixAction(QString());
        }
    }
    Q_EMIT stateChanged();
}

void SlackAppSection::updateSource()
{
    const bool token = haveToken();
    switch (m_source) {
    case Source::Slack:
        m_sourceLabel->setText(tr("The manifest of app %1 was read from Slack with the app "
                                  "configuration token.")
                                   .arg(m_session->connection().slackAppId));
        break;
    case Source::File:
        m_sourceLabel->setText(tr("The manifest was loaded from %1.").arg(m_filePath));
        break;
    case Source::None:
        m_sourceLabel->setText(token
                ? tr("The manifest is read from Slack with the app configuration token.")
                : tr("No app configuration token was entered, so load the manifest from a file. "
                     "To export it: api.slack.com/apps → your app → App Manifest, then save it "
                     "as JSON or YAML."));
        break;
    }
    // The file is the way in without a token, and the way out when the token does not work.
    m_loadFile->setVisible(!token || m_source != Source::Slack);
    m_readAgain->setVisible(token || m_source == Source::File);
}

bool SlackAppSection::anyFailed() const
{
    return std::any_of(m_results.cbegin(), m_results.cend(),
        [](const CheckResult &result) { return result.status == CheckResult::Status::Fail; });
}

QString SlackAppSection::summaryText() const
{
    if (m_busy) {
        return tr("Reading the manifest from Slack…");
    }
    if (m_source == Source::None) {
        return tr("The Slack checks run once a manifest has been read.");
    }
    const auto failed = std::count_if(m_results.cbegin(), m_results.cend(),
        [](const CheckResult &result) { return result.status == CheckResult::Status::Fail; });
    const auto warned = std::count_if(m_results.cbegin(), m_results.cend(),
        [](const CheckResult &result) { return result.status == CheckResult::Status::Warn; });
    if (failed > 0) {
        return tr("%n Slack check(s) failed. Use the button beside each to fix the manifest.",
            nullptr, int(failed));
    }
    if (warned > 0) {
        return tr("No Slack check failed, but %n warning(s) need a look.", nullptr, int(warned));
    }
    return tr("Every Slack check passed.");
}

void SlackAppSection::focusFirstProblem()
{
    // After the admin picked a file, the keyboard goes to what needs doing first.
    for (const QString &id : SlackChecks::checkIds()) {
        CheckRow *checkRow = row(id);
        if (checkRow->result().status != CheckResult::Status::Fail) {
            continue;
        }
        QWidget *target = checkRow->detailsToggle();
        if (checkRow->fixButton()->isVisibleTo(checkRow)) {
            target = checkRow->fixButton();
        }
        target->setFocus(Qt::OtherFocusReason);
        return;
    }
}

void SlackAppSection::openFix(const QString &checkId)
{
    if (!m_fixes.contains(checkId)) {
        return;
    }
    if (m_fixDialog) {
        m_fixDialog->close();
    }
    // Changes go through the API only for a manifest that came from it.
    ManifestService *service = m_source == Source::Slack ? m_manifests : nullptr;
    m_fixDialog = new FixDialog(m_fixes.value(checkId), m_session->connection().slackAppId, service,
        m_session->diagnosisContext(), this);
    m_fixDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_fixDialog, &FixDialog::manifestUpdated, this, &SlackAppSection::readFromSlack);
    m_fixDialog->open();
}
