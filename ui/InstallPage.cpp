#include "InstallPage.h"

#include "TextLabel.h"

#include "DecisionBox.h"
#include "MessageBanner.h"
#include "TroubleshootDialog.h"

#include "setup/SetupSession.h"
#include "slack/RedirectMatcher.h"
#include "store/ConnectionSettings.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QVBoxLayout>

#include <algorithm>
#include <iterator>

namespace {

bool isTeamId(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^T[A-Z0-9]{2,}$"));
    return shape.match(text).hasMatch();
}

bool isHttpsAddress(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && url.scheme() == QLatin1String("https") && !url.host().isEmpty();
}

QString rowText(const ConnectedWorkspace &workspace)
{
    QString line = workspace.replacedExisting
        ? InstallPage::tr("%1 (%2): connection replaced").arg(workspace.teamName, workspace.teamId)
        : InstallPage::tr("%1 (%2): connected").arg(workspace.teamName, workspace.teamId);
    if (!workspace.enterpriseName.isEmpty())
        line += u' ' + InstallPage::tr("in %1").arg(workspace.enterpriseName);
    const QStringList missing = workspace.missingBotScopes + workspace.missingUserScopes;
    if (!missing.isEmpty()) {
        line += u' '
            + InstallPage::tr("(scopes not granted: %1)").arg(missing.join(QStringLiteral(", ")));
    }
    return line;
}

} // namespace

InstallPage::InstallPage(SetupSession *session, QSettings *settings, QNetworkAccessManager *network,
    Ledger *ledger, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_settings(settings)
    , m_controller(new InstallController(session, settings, network, ledger, this))
    , m_notice(new MessageBanner(this))
    , m_error(new MessageBanner(this))
    , m_errorDetail(newTextLabel(this))
    , m_warning(new MessageBanner(this))
    , m_list(new QListWidget(this))
{
    setTitle(tr("Install"));
    setSubTitle(tr("Add the app to each further workspace: your browser shows Slack's "
                   "permission screen, you pick the workspace and click Allow, and this program "
                   "connects the workspace to Bitbucket. Repeat for every workspace."));

    m_list->setObjectName(QStringLiteral("connectedWorkspaces"));
    m_list->setAccessibleName(tr("Workspaces connected in this session"));
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setMinimumHeight(80);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createRedirectChoice());
    layout->addWidget(createStartRow());
    layout->addWidget(createWaitingArea());
    layout->addWidget(m_notice);
    layout->addWidget(m_error);
    layout->addWidget(m_errorDetail);
    layout->addWidget(m_warning);
    auto *listLabel = new QLabel(tr("Connected in this &session:"), this);
    listLabel->setBuddy(m_list);
    layout->addWidget(listLabel);
    layout->addWidget(m_list, 1);
    m_errorDetail->setObjectName(QStringLiteral("installErrorDetail"));
    m_errorDetail->hide();

    // Tab follows the page from top to bottom: the banners were made before the rows above them.
    QWidget *const order[] = {m_redirectMode, m_pasteRedirect, m_teamId, m_add, m_pastedAddress,
        m_usePasted, m_openAgain, m_cancel, m_notice->actionButton(), m_error->troubleshootLink(),
        m_error->actionButton(), m_errorDetail, m_warning->actionButton(), m_list};
    for (size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);

    connect(m_controller, &InstallController::phaseChanged, this, &InstallPage::onPhaseChanged);
    connect(m_controller, &InstallController::failed, this, &InstallPage::onFailed);
    connect(m_controller, &InstallController::workspaceConnected, this, &InstallPage::onConnected);
    connect(
        m_controller, &InstallController::replaceRequested, this, &InstallPage::onReplaceRequested);
    connect(m_controller, &InstallController::warning, this, &InstallPage::onWarning);
    connect(m_controller, &InstallController::openBrowser, this, [this](const QUrl &url) {
        m_browserUrl = url;
        Q_EMIT browserRequested(url);
    });
    connect(m_error, &MessageBanner::troubleshootRequested, this, [this](const QString &text) {
        TroubleshootDialog::openWith(m_session->diagnosisContext(),
            m_lastTroubleshootText.isEmpty() ? text : m_lastTroubleshootText, this);
    });
    updateControls();
}

InstallPage::~InstallPage() = default;

QWidget *InstallPage::createRedirectChoice()
{
    auto *box = new QWidget(this);
    auto *form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 0, 0);
    m_redirectMode = new QComboBox(box);
    m_redirectMode->setObjectName(QStringLiteral("redirectMode"));
    m_redirectMode->addItem(
        tr("To this program (recommended)"), int(ConnectionSettings::RedirectMode::Loopback));
    m_redirectMode->addItem(tr("To a page of mine, whose address I paste here"),
        int(ConnectionSettings::RedirectMode::Paste));
    auto *modeLabel = new QLabel(tr("After Allow, the browser re&turns:"), box);
    modeLabel->setBuddy(m_redirectMode);
    form->addRow(modeLabel, m_redirectMode);

    m_pasteRedirect = new QLineEdit(box);
    m_pasteRedirect->setObjectName(QStringLiteral("pasteRedirectUrl"));
    m_pasteRedirect->setPlaceholderText(QStringLiteral("https://"));
    auto *pasteLabel = new QLabel(tr("&Redirect URL:"), box);
    pasteLabel->setBuddy(m_pasteRedirect);
    form->addRow(pasteLabel, m_pasteRedirect);

    m_redirectNote = newTextLabel(box);
    form->addRow(m_redirectNote);

    connect(
        m_redirectMode, &QComboBox::currentIndexChanged, this, &InstallPage::onRedirectModeChanged);
    connect(m_pasteRedirect, &QLineEdit::editingFinished, this, [this] {
        saveRedirectSettings();
        updateRedirectNote();
    });
    connect(m_pasteRedirect, &QLineEdit::textEdited, this, [this] {
        updateRedirectNote();
        updateControls();
    });
    // Show the paste field only in paste mode, with its label.
    connect(m_redirectMode, &QComboBox::currentIndexChanged, this, [form, this] {
        const bool paste =
            m_redirectMode->currentData().toInt() == int(ConnectionSettings::RedirectMode::Paste);
        form->setRowVisible(m_pasteRedirect, paste);
    });
    form->setRowVisible(m_pasteRedirect, false);
    return box;
}

QWidget *InstallPage::createStartRow()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    m_teamId = new QLineEdit(box);
    m_teamId->setObjectName(QStringLiteral("teamId"));
    m_teamId->setPlaceholderText(tr("optional, e.g. T0123ABCD"));
    m_teamId->setClearButtonEnabled(true);
    auto *teamLabel = new QLabel(tr("&Workspace ID:"), box);
    teamLabel->setBuddy(m_teamId);
    m_add = new QPushButton(tr("&Add to Slack"), box);
    m_add->setObjectName(QStringLiteral("addToSlack"));
    m_add->setDefault(false);
    row->addWidget(teamLabel);
    row->addWidget(m_teamId, 1);
    row->addWidget(m_add);
    layout->addLayout(row);
    m_teamIdVerdict = newTextLabel(box);
    m_teamIdVerdict->setObjectName(QStringLiteral("teamIdVerdict"));
    layout->addWidget(m_teamIdVerdict);
    m_teamIdVerdict->hide();

    connect(m_teamId, &QLineEdit::textChanged, this, [this] {
        updateTeamIdVerdict();
        updateControls();
    });
    // Return in the field means Add to Slack, never the wizard's Next (see eventFilter).
    m_teamId->installEventFilter(this);
    connect(m_add, &QPushButton::clicked, this, &InstallPage::startInstall);
    return box;
}

QWidget *InstallPage::createWaitingArea()
{
    m_waiting = new QWidget(this);
    auto *layout = new QVBoxLayout(m_waiting);
    layout->setContentsMargins(0, 0, 0, 0);
    m_status = newTextLabel(m_waiting);
    m_status->setObjectName(QStringLiteral("installStatus"));
    QFont bold = m_status->font();
    bold.setBold(true);
    m_status->setFont(bold);
    layout->addWidget(m_status);

    m_busy = new QProgressBar(m_waiting);
    m_busy->setRange(0, 0); // how long Slack and the admin take is not known
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(12);
    layout->addWidget(m_busy);

    m_certificate = newTextLabel(m_waiting);
    m_certificate->setObjectName(QStringLiteral("certificateNote"));
    layout->addWidget(m_certificate);

    m_pasteArea = new QWidget(m_waiting);
    auto *pasteRow = new QHBoxLayout(m_pasteArea);
    pasteRow->setContentsMargins(0, 0, 0, 0);
    m_pastedAddress = new QLineEdit(m_pasteArea);
    m_pastedAddress->setObjectName(QStringLiteral("pastedAddress"));
    m_pastedAddress->setPlaceholderText(tr("Paste the address the browser ended on"));
    auto *pasteLabel = new QLabel(tr("Address the browser &ended on:"), m_pasteArea);
    pasteLabel->setBuddy(m_pastedAddress);
    m_usePasted = new QPushButton(tr("&Use This Address"), m_pasteArea);
    pasteRow->addWidget(pasteLabel);
    pasteRow->addWidget(m_pastedAddress, 1);
    pasteRow->addWidget(m_usePasted);
    layout->addWidget(m_pasteArea);

    auto *buttons = new QHBoxLayout;
    m_openAgain = new QPushButton(tr("C&opy the Permission Screen's Address"), m_waiting);
    m_cancel = new QPushButton(tr("&Cancel Install"), m_waiting);
    m_cancel->setObjectName(QStringLiteral("cancelInstall"));
    buttons->addWidget(m_openAgain);
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    layout->addLayout(buttons);

    connect(m_cancel, &QPushButton::clicked, m_controller, &InstallController::cancel);
    connect(m_openAgain, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_browserUrl.toString(QUrl::FullyEncoded));
        m_status->setText(tr("The address of Slack's permission screen is on the clipboard: "
                             "paste it into the browser you use for Slack."));
    });
    auto usePasted = [this] {
        const QString text = m_pastedAddress->text();
        m_error->clear();
        m_errorDetail->hide();
        m_controller->submitPastedAddress(text);
    };
    connect(m_usePasted, &QPushButton::clicked, this, usePasted);
    connect(m_pastedAddress, &QLineEdit::returnPressed, this, usePasted);
    m_waiting->hide();
    return m_waiting;
}

void InstallPage::initializePage()
{
    const ConnectionSettings connection = m_session->connection();
    const QSignalBlocker blocker(m_redirectMode);
    m_redirectMode->setCurrentIndex(m_redirectMode->findData(int(connection.redirectMode)));
    m_pasteRedirect->setText(connection.pasteRedirectUrl);
    onRedirectModeChanged();
}

void InstallPage::onRedirectModeChanged()
{
    if (auto *form = qobject_cast<QFormLayout *>(m_pasteRedirect->parentWidget()->layout())) {
        form->setRowVisible(m_pasteRedirect,
            m_redirectMode->currentData().toInt() == int(ConnectionSettings::RedirectMode::Paste));
    }
    saveRedirectSettings();
    updateRedirectNote();
    updateControls();
}

void InstallPage::saveRedirectSettings()
{
    ConnectionSettings connection = m_session->connection();
    const auto mode = ConnectionSettings::RedirectMode(m_redirectMode->currentData().toInt());
    const QString pasteUrl = m_pasteRedirect->text().trimmed();
    if (connection.redirectMode == mode && connection.pasteRedirectUrl == pasteUrl)
        return;
    connection.redirectMode = mode;
    connection.pasteRedirectUrl = pasteUrl;
    m_session->setConnection(connection);
    connection.save(*m_settings);
}

ConnectionSettings InstallPage::chosenConnection() const
{
    ConnectionSettings connection = m_session->connection();
    connection.redirectMode =
        ConnectionSettings::RedirectMode(m_redirectMode->currentData().toInt());
    connection.pasteRedirectUrl = m_pasteRedirect->text().trimmed();
    return connection;
}

// Whether the app's Redirect URLs cover the URI this install will send; Slack refuses it
// otherwise, on its own page, after the browser opened. Follows the field as it is typed.
void InstallPage::updateRedirectNote()
{
    const ConnectionSettings connection = chosenConnection();
    const QString uri = connection.programRedirectUri();
    const bool paste = connection.redirectMode == ConnectionSettings::RedirectMode::Paste;
    QString note;
    if (paste && uri.isEmpty()) {
        note = tr("Give the https address of a page you control; Slack sends the browser there "
                  "with the code, and you paste the address it ended on here.");
    } else if (paste && !isHttpsAddress(uri)) {
        note = tr("Slack accepts only https Redirect URLs for a distributed app: give an address "
                  "that starts with https://.");
    } else {
        note = tr("Slack sends the browser back to %1.").arg(uri);
        const SlackManifest manifest = m_session->manifest();
        if (!manifest.isNull()) {
            const RedirectMatcher::Verdict verdict =
                RedirectMatcher::match(manifest.redirectUrls(), uri);
            if (verdict.reason != RedirectMatcher::Reason::Match) {
                note += u' '
                    + tr("The app's Redirect URLs do not cover it, so Slack would refuse the "
                         "install: %1 Add it on the HTTPS page (Add this Redirect URL).")
                          .arg(RedirectMatcher::explain(verdict, uri));
            }
        }
    }
    m_redirectNote->setText(note);
}

void InstallPage::updateTeamIdVerdict()
{
    const QString text = m_teamId->text().trimmed();
    if (text.isEmpty() || isTeamId(text)) {
        m_teamIdVerdict->hide();
        return;
    }
    m_teamIdVerdict->setText(tr("A workspace ID starts with T followed by capital letters and "
                                "digits, e.g. T0123ABCD. Leave it empty to choose the workspace "
                                "on Slack's screen."));
    m_teamIdVerdict->show();
}

bool InstallPage::teamIdAcceptable() const
{
    const QString text = m_teamId->text().trimmed();
    return text.isEmpty() || isTeamId(text);
}

bool InstallPage::redirectAcceptable() const
{
    const ConnectionSettings connection = chosenConnection();
    return connection.redirectMode != ConnectionSettings::RedirectMode::Paste
        || isHttpsAddress(connection.programRedirectUri());
}

bool InstallPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_teamId && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (m_add->isEnabled())
                startInstall();
            return true;
        }
    }
    return QWizardPage::eventFilter(watched, event);
}

void InstallPage::startInstall()
{
    if (m_controller->isBusy() || !teamIdAcceptable() || !redirectAcceptable())
        return;
    saveRedirectSettings();
    m_notice->clear();
    m_error->clear();
    m_errorDetail->hide();
    m_lastTroubleshootText.clear();
    m_pastedAddress->clear();
    m_certificate->clear();
    m_controller->start(m_teamId->text().trimmed());
}

void InstallPage::onPhaseChanged(InstallController::Phase phase)
{
    const bool paste = !m_controller->usesLoopback();
    // Where the keyboard was, before the controls it was on are disabled or hidden.
    QWidget *focus = QApplication::focusWidget();
    const bool focusOnStart = focus == m_add || focus == m_teamId;
    const bool focusInWaiting = focus && m_waiting->isAncestorOf(focus);
    switch (phase) {
    case InstallController::Phase::Idle:
        m_status->clear();
        break;
    case InstallController::Phase::WaitingForBrowser:
        m_status->setText(paste
                ? tr("Your browser shows Slack's permission screen. Choose the workspace and "
                     "click Allow, then paste here the address the browser ends on.")
                : tr("Your browser shows Slack's permission screen. Choose the workspace and "
                     "click Allow; this program waits for the browser to come back."));
        if (!paste && !m_controller->loopbackFingerprint().isEmpty()) {
            m_certificate->setText(
                tr("The browser then comes back to this program at 127.0.0.1 and warns once "
                   "that the certificate there is not trusted: this program made it for "
                   "itself. Accept it if its SHA-256 fingerprint is %1.")
                    .arg(m_controller->loopbackFingerprint()));
        }
        break;
    case InstallController::Phase::ExchangingCode:
        m_status->setText(tr("Slack's answer arrived; asking Slack for the workspace's tokens…"));
        break;
    case InstallController::Phase::Registering:
        m_status->setText(tr("Connecting the workspace to Bitbucket…"));
        break;
    case InstallController::Phase::AwaitingReplaceDecision:
        m_status->setText(tr("Waiting for your decision…"));
        break;
    }
    // The pasted address holds the authorization code: it is not kept once it was used.
    if (phase != InstallController::Phase::WaitingForBrowser)
        m_pastedAddress->clear();
    updateControls();
    if (phase == InstallController::Phase::WaitingForBrowser && focusOnStart) {
        if (paste)
            m_pastedAddress->setFocus();
        else
            m_cancel->setFocus();
    } else if (phase == InstallController::Phase::Idle && (focusOnStart || focusInWaiting)) {
        if (m_add->isEnabled())
            m_add->setFocus();
        else
            m_teamId->setFocus();
    }
}

void InstallPage::updateControls()
{
    const InstallController::Phase phase = m_controller->phase();
    const bool idle = phase == InstallController::Phase::Idle;
    const bool waiting = phase == InstallController::Phase::WaitingForBrowser;
    const bool paste = !m_controller->usesLoopback();
    m_waiting->setVisible(!idle);
    m_pasteArea->setVisible(waiting && paste);
    m_certificate->setVisible(waiting && !paste && !m_certificate->text().isEmpty());
    m_openAgain->setVisible(waiting);
    m_cancel->setVisible(waiting || phase == InstallController::Phase::AwaitingReplaceDecision);
    m_busy->setVisible(!idle);
    m_redirectMode->setEnabled(idle);
    m_pasteRedirect->setEnabled(idle);
    m_teamId->setEnabled(idle);
    m_add->setEnabled(idle && teamIdAcceptable() && redirectAcceptable());
    m_add->setText(m_controller->connectedWorkspaces().isEmpty() ? tr("&Add to Slack")
                                                                 : tr("&Add Another Workspace"));
    Q_EMIT completeChanged();
}

void InstallPage::onFailed(const InstallFailure &failure)
{
    if (failure.notDistributed) {
        Q_EMIT notDistributed(failure.detail.isEmpty() ? failure.title : failure.detail);
    }
    QString text = failure.title;
    if (!failure.fix.isEmpty())
        text += u'\n' + failure.fix;
    m_error->showMessage(MessageBanner::Kind::Error, text);
    QStringList details;
    if (!failure.detail.isEmpty())
        details << failure.detail;
    if (!failure.serverText.isEmpty())
        details << tr("Bitbucket answered: %1").arg(failure.serverText);
    m_errorDetail->setText(details.join(u'\n'));
    m_errorDetail->setVisible(!details.isEmpty());
    m_lastTroubleshootText =
        failure.troubleshootText.isEmpty() ? failure.code : failure.troubleshootText;
    updateControls();
}

void InstallPage::onConnected(const ConnectedWorkspace &workspace)
{
    // One row per workspace: connecting it again replaces its row, saying what happened last.
    QListWidgetItem *item = nullptr;
    for (int i = 0; i < m_list->count() && !item; ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toString() == workspace.teamId)
            item = m_list->item(i);
    }
    if (!item) {
        item = new QListWidgetItem(m_list);
        item->setData(Qt::UserRole, workspace.teamId);
    }
    item->setText(rowText(workspace));
    m_list->scrollToItem(item);
    m_status->clear();
    m_certificate->clear();
    m_teamId->clear();
    updateControls();
    m_add->setFocus();
}

void InstallPage::onReplaceRequested(const QString &teamId, const QString &teamName)
{
    DecisionBox::Question question;
    question.title = tr("Replace the Connection?");
    question.text = tr("%1 (%2) is already connected to Bitbucket.").arg(teamName, teamId);
    question.informative = tr("Replacing gives Bitbucket the tokens of this install and the "
                              "app's current credentials instead of the ones it has. Its "
                              "channel mappings and personal account links stay. Cancel "
                              "keeps the connection as it is.");
    question.verb = tr("&Replace Connection");
    DecisionBox::ask(this, question, [this, teamId, teamName](bool replace) {
        if (!replace) {
            m_notice->showMessage(MessageBanner::Kind::Information,
                tr("The existing connection of %1 (%2) was kept; nothing changed in Bitbucket.")
                    .arg(teamName, teamId));
        }
        m_controller->decideReplace(replace);
    });
}

void InstallPage::onWarning(const QString &text)
{
    if (!m_warnings.contains(text))
        m_warnings.append(text);
    m_warning->showMessage(MessageBanner::Kind::Warning, m_warnings.join(u'\n'));
}

void InstallPage::cleanupPage()
{
    // Back while the browser is at Slack: the listener does not stay open behind the admin.
    m_controller->cancel();
    QWizardPage::cleanupPage();
}

bool InstallPage::isComplete() const
{
    return !m_controller->isBusy() && !m_controller->connectedWorkspaces().isEmpty();
}

QList<ConnectedWorkspace> InstallPage::connectedWorkspaces() const
{
    // The controller reports every install; a workspace connected twice in this session is one
    // workspace, as it is now. It counts as replaced only when its first install replaced a
    // connection that was there before this session.
    QList<ConnectedWorkspace> workspaces;
    for (const ConnectedWorkspace &workspace : m_controller->connectedWorkspaces()) {
        auto known = std::find_if(workspaces.begin(), workspaces.end(),
            [&](const ConnectedWorkspace &seen) { return seen.teamId == workspace.teamId; });
        if (known == workspaces.end()) {
            workspaces.append(workspace);
            continue;
        }
        const bool replacedBefore = known->replacedExisting;
        *known = workspace;
        known->replacedExisting = replacedBefore;
    }
    return workspaces;
}
