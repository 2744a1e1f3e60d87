#include "install/InstallController.h"

#include "bitbucket/SlackLinkClient.h"
#include "common/Logging.h"
#include "install/SlackHandshake.h"
#include "loopback/LoopbackCertificate.h"
#include "loopback/LoopbackListener.h"
#include "setup/DistributionState.h"
#include "setup/SetupSession.h"
#include "store/Ledger.h"
#include "store/SecretStore.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

InstallController::InstallController(SetupSession *session, QSettings *settings,
    QNetworkAccessManager *network, Ledger *ledger, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_settings(settings)
    , m_network(network)
    , m_ledger(ledger)
    , m_handshake(new SlackHandshake(&m_states, this))
    , m_certificateDirectory(defaultCertificateDirectory())
{
    connect(m_handshake, &SlackHandshake::browserUrlReady, this, &InstallController::openBrowser);
    connect(m_handshake, &SlackHandshake::exchangingCode, this, [this] {
        closeListener();
        setPhase(Phase::ExchangingCode);
    });
    connect(m_handshake, &SlackHandshake::succeeded, this, &InstallController::handshakeSucceeded);
    connect(m_handshake, &SlackHandshake::failed, this, &InstallController::handshakeFailed);
}

InstallController::~InstallController()
{
    forgetInstallation();
    // The handshake retires its state in m_states, a member that is gone before QObject
    // deletes the children.
    delete m_handshake;
    m_handshake = nullptr;
}

QString InstallController::defaultCertificateDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/loopback");
}

bool InstallController::usesLoopback() const
{
    return m_session->connection().redirectMode == ConnectionSettings::RedirectMode::Loopback;
}

void InstallController::setPhase(Phase phase)
{
    if (m_phase == phase)
        return;
    m_phase = phase;
    if (phase == Phase::Idle)
        m_updatingTeamId.clear();
    Q_EMIT phaseChanged(phase);
}

bool InstallController::startUpdateAccess(const QString &teamId)
{
    if (teamId.trimmed().isEmpty() || isBusy())
        return false;
    m_updatingTeamId.clear();
    if (!start(teamId))
        return false;
    m_updatingTeamId = teamId.trimmed();
    return true;
}

bool InstallController::start(const QString &teamId)
{
    if (isBusy()) {
        qCWarning(lcInstall) << "An install is already running";
        return false;
    }
    const ConnectionSettings connection = m_session->connection();
    const SlackManifest manifest = m_session->manifest();
    const bool remembered = !m_rememberedBotScopes.isEmpty() || !m_rememberedUserScopes.isEmpty();
    if (manifest.isNull() && !remembered) {
        InstallFailure failure;
        failure.step = InstallFailure::Step::Setup;
        failure.code = QStringLiteral("no_manifest");
        failure.title = tr("The Slack app's manifest has not been read");
        failure.detail = tr("The scopes to ask for come from the app's manifest.");
        failure.fix = tr("Go back to the HTTPS page and read the manifest through Slack's API or "
                         "from a file.");
        fail(failure);
        return false;
    }
    m_requestedBotScopes = manifest.isNull() ? m_rememberedBotScopes : manifest.botScopes();
    m_requestedUserScopes = manifest.isNull() ? m_rememberedUserScopes : manifest.userScopes();

    SlackHandshake::Parameters parameters;
    parameters.authorizeUrl = connection.slackAuthorizeUrl;
    parameters.tokenUrl = connection.slackTokenUrl();
    parameters.clientId = connection.slackClientId;
    parameters.clientSecret = m_session->secret(SecretKey::slackClientSecret);
    parameters.botScopes = m_requestedBotScopes;
    parameters.userScopes = m_requestedUserScopes;
    parameters.teamId = teamId.trimmed();
    parameters.redirectUri = connection.programRedirectUri();
    parameters.caBundlePath = connection.caBundlePath;

    if (usesLoopback()) {
        QString problem;
        const bool supplied = !connection.loopbackCertificatePath.isEmpty();
        const LoopbackCertificate certificate = supplied
            ? LoopbackCertificate::loadSupplied(
                connection.loopbackCertificatePath, connection.loopbackKeyPath, &problem)
            : LoopbackCertificate::loadOrCreate(m_certificateDirectory, &problem);
        auto *listener = new LoopbackListener(this);
        if (certificate.isNull()
            || !listener->listen(connection.loopbackPort, ConnectionSettings::loopbackPath(),
                certificate, &problem)) {
            delete listener;
            const HandshakeError error =
                HandshakeError::make(HandshakeError::Kind::ListenerUnavailable, problem);
            InstallFailure failure;
            failure.step = InstallFailure::Step::Listener;
            failure.code = error.code;
            failure.title = error.title;
            failure.detail = error.detail;
            failure.fix = error.fix;
            fail(failure);
            return false;
        }
        m_fingerprint = certificate.sha256Fingerprint();
        listener->setJudge([this](const QUrlQuery &query) {
            const SlackHandshake::CallbackVerdict verdict = m_handshake->receiveCallback(query);
            LoopbackListener::Page page;
            page.accepted = verdict.accepted;
            if (verdict.accepted) {
                page.httpStatus = 200;
                page.title = tr("Slack's answer reached Workspace Connector");
                page.message = tr("You can close this tab. Workspace Connector finishes "
                                  "connecting the workspace and shows the result.");
            } else {
                page.httpStatus = 400;
                page.title = verdict.error.title;
                page.message = tr("The workspace was not connected. Return to Workspace "
                                  "Connector: it says what happened and what to do next.");
            }
            return page;
        });
        m_listener = listener;
    }

    setPhase(Phase::WaitingForBrowser);
    if (!m_handshake->start(parameters)) {
        closeListener();
        return false;
    }
    return true;
}

void InstallController::submitPastedAddress(const QString &text)
{
    if (m_phase != Phase::WaitingForBrowser)
        return;
    const SlackHandshake::CallbackVerdict verdict = m_handshake->receivePastedAddress(text);
    // Text that is no address at all leaves the attempt running, so the admin can paste again.
    if (!verdict.accepted && m_handshake->isActive()) {
        InstallFailure failure;
        failure.step = InstallFailure::Step::Slack;
        failure.code = verdict.error.code;
        failure.title = verdict.error.title;
        failure.detail = verdict.error.detail;
        failure.fix = verdict.error.fix;
        Q_EMIT failed(failure);
    }
}

void InstallController::cancel()
{
    if (m_phase == Phase::WaitingForBrowser) {
        m_handshake->cancel();
        closeListener();
        setPhase(Phase::Idle);
    } else if (m_phase == Phase::AwaitingReplaceDecision) {
        decideReplace(false);
    }
}

void InstallController::closeListener()
{
    if (m_listener) {
        m_listener->close();
        m_listener->deleteLater();
    }
}

void InstallController::handshakeFailed(const HandshakeError &error)
{
    closeListener();
    InstallFailure failure;
    failure.step = error.kind == HandshakeError::Kind::Configuration ? InstallFailure::Step::Setup
                                                                     : InstallFailure::Step::Slack;
    failure.code = error.code;
    failure.title = error.title;
    failure.detail = error.detail;
    failure.fix = error.fix;
    failure.notDistributed = error.isNotDistributed();
    failure.troubleshootText = error.code;
    if (error.kind == HandshakeError::Kind::RefusedBySlack
        || error.kind == HandshakeError::Kind::SlackError) {
        Ledger::Event event;
        event.kind = Ledger::Kind::Install;
        event.outcome = Ledger::Outcome::Failed;
        event.appId = m_session->connection().slackAppId;
        event.detail = error.code;
        if (m_ledger && m_ledger->isOpen())
            m_ledger->record(event);
    }
    fail(failure);
}

void InstallController::handshakeSucceeded(const Installation &installation)
{
    m_installation = installation;
    if (m_updatingTeamId.isEmpty()) {
        register_(false);
        return;
    }
    if (installation.teamId != m_updatingTeamId) {
        InstallFailure failure;
        failure.step = InstallFailure::Step::Slack;
        failure.code = QStringLiteral("update_access_other_workspace");
        failure.title = tr("The app was authorised for another workspace");
        failure.detail = tr("Update Access was for %1, but the app was authorised for %2 "
                            "(%3). Bitbucket was not changed.")
                             .arg(m_updatingTeamId, installation.teamName, installation.teamId);
        failure.fix = tr("Run Update Access again and keep %1 selected on Slack's screen; to "
                         "connect %2 as well, use Add to Slack in the setup wizard.")
                          .arg(m_updatingTeamId, installation.teamName);
        failure.troubleshootText = failure.code;
        fail(failure);
        return;
    }
    register_(true);
}

void InstallController::register_(bool replace)
{
    setPhase(Phase::Registering);
    const Installation &installation = *m_installation;
    SlackLinkClient::Credentials credentials;
    credentials.clientId = m_session->connection().slackClientId;
    credentials.clientSecret = m_session->secret(SecretKey::slackClientSecret);
    credentials.signingSecret = m_session->secret(SecretKey::slackSigningSecret);
    credentials.verificationToken = m_session->secret(SecretKey::slackVerificationToken);
    credentials.userToken = installation.userToken;
    credentials.botToken = installation.botToken;
    if (m_links)
        m_links->deleteLater();
    auto *links = new SlackLinkClient(m_network, m_session->bitbucketTarget(), this);
    m_links = links;
    auto done = [this, replace](const SlackLinkClient::Outcome &outcome) {
        registrationDone(replace, outcome);
    };
    if (replace)
        links->replaceLink(installation.teamId, credentials, done);
    else
        links->createLink(credentials, done);
}

void InstallController::registrationDone(bool replace, const SlackLinkClient::Outcome &outcome)
{
    if (!m_installation)
        return;
    const QString &serverText = outcome.serverText;
    if (!outcome.ok && outcome.alreadyConnected && !replace) {
        setPhase(Phase::AwaitingReplaceDecision);
        Q_EMIT replaceRequested(m_installation->teamId, m_installation->teamName);
        return;
    }
    if (!outcome.ok) {
        recordEvent(replace, false, outcome.code.isEmpty() ? serverText : outcome.code);
        InstallFailure failure;
        failure.step = InstallFailure::Step::Bitbucket;
        failure.code = outcome.code.isEmpty()
            ? QStringLiteral("bitbucket_%1").arg(outcome.httpStatus)
            : outcome.code;
        failure.title = replace
            ? tr("Bitbucket did not replace the connection to %1").arg(m_installation->teamName)
            : tr("Bitbucket did not connect %1").arg(m_installation->teamName);
        failure.detail = outcome.explanation;
        failure.fix = outcome.advice;
        failure.serverText = serverText;
        failure.troubleshootText = serverText.isEmpty() ? outcome.explanation : serverText;
        forgetInstallation();
        fail(failure);
        return;
    }

    ConnectedWorkspace workspace;
    workspace.teamId = m_installation->teamId;
    workspace.teamName = m_installation->teamName;
    workspace.enterpriseName = m_installation->enterpriseName;
    workspace.installerUserId = m_installation->installerUserId;
    workspace.missingBotScopes = m_installation->missingBotScopes(m_requestedBotScopes);
    workspace.missingUserScopes = m_installation->missingUserScopes(m_requestedUserScopes);
    workspace.replacedExisting = replace;
    workspace.at = QDateTime::currentDateTimeUtc();
    recordEvent(replace, true, QString());
    forgetInstallation();
    m_connected.append(workspace);
    setPhase(Phase::Idle);
    Q_EMIT workspaceConnected(workspace);
    const QStringList missing = workspace.missingBotScopes + workspace.missingUserScopes;
    if (!missing.isEmpty()) {
        Q_EMIT warning(tr("%1 was connected, but Slack did not grant every scope the manifest "
                          "asks for: %2. Run Update Access for it once they can be granted.")
                           .arg(workspace.teamName, missing.join(QStringLiteral(", "))));
    }
    noteDistribution();
}

void InstallController::decideReplace(bool replace)
{
    if (m_phase != Phase::AwaitingReplaceDecision || !m_installation)
        return;
    if (replace) {
        register_(true);
        return;
    }
    qCInfo(lcInstall) << "The existing connection was kept";
    forgetInstallation();
    setPhase(Phase::Idle);
}

void InstallController::recordEvent(bool replace, bool succeeded, const QString &detail)
{
    if (!m_ledger || !m_ledger->isOpen()) {
        Q_EMIT warning(tr("This install was not written to the local ledger, which could not be "
                          "opened."));
        return;
    }
    const Installation &installation = *m_installation;
    Ledger::Event event;
    event.kind = replace ? Ledger::Kind::AccessUpdate : Ledger::Kind::Install;
    event.outcome = succeeded ? Ledger::Outcome::Succeeded : Ledger::Outcome::Failed;
    event.appId =
        installation.appId.isEmpty() ? m_session->connection().slackAppId : installation.appId;
    event.teamId = installation.teamId;
    event.teamName = installation.teamName;
    event.enterpriseId = installation.enterpriseId;
    event.enterpriseName = installation.enterpriseName;
    event.installerUserId = installation.installerUserId;
    event.botScopes = installation.botScopes;
    event.userScopes = installation.userScopes;
    event.missingBotScopes = installation.missingBotScopes(m_requestedBotScopes);
    event.missingUserScopes = installation.missingUserScopes(m_requestedUserScopes);
    event.detail = detail.left(Ledger::maxDetailLength);
    if (!m_ledger->record(event)) {
        const Ledger::Problem problem = m_ledger->problem();
        Q_EMIT warning(tr("This install was not written to the local ledger: %1 %2")
                           .arg(problem.explanation, problem.advice));
    }
}

// Slack installs an app that is not distributed only into its home workspace. The program does
// not know which workspace that is, but two different workspaces with a successful install of the
// same app cannot both be it: from then on distribution is proven.
void InstallController::noteDistribution()
{
    const QString appId = m_session->connection().slackAppId;
    if (appId.isEmpty()
        || DistributionState::load(*m_settings, appId) == DistributionState::State::Proven)
        return;
    QStringList teams;
    for (const ConnectedWorkspace &workspace : std::as_const(m_connected)) {
        if (!teams.contains(workspace.teamId))
            teams << workspace.teamId;
    }
    if (m_ledger && m_ledger->isOpen()) {
        if (const auto events = m_ledger->events()) {
            for (const Ledger::Event &event : *events) {
                if (event.outcome == Ledger::Outcome::Succeeded && event.appId == appId
                    && event.kind != Ledger::Kind::Removal && !teams.contains(event.teamId))
                    teams << event.teamId;
            }
        }
    }
    if (teams.size() < 2)
        return;
    DistributionState::save(*m_settings, appId, DistributionState::State::Proven);
    Q_EMIT distributionProven();
}

void InstallController::fail(const InstallFailure &failure)
{
    qCInfo(lcInstall) << "Install failed:" << failure.code;
    forgetInstallation();
    setPhase(Phase::Idle);
    Q_EMIT failed(failure);
}

void InstallController::forgetInstallation()
{
    if (m_installation) {
        m_installation->forgetTokens();
        m_installation.reset();
    }
}
