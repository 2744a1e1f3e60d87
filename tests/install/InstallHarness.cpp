#include "InstallHarness.h"

#include "install/InstallController.h"
#include "loopback/LoopbackCertificate.h"
#include "slack/SlackManifest.h"
#include "store/SecretStore.h"

#include <QDir>
#include <QRandomGenerator>
#include <QTcpServer>

namespace {

// A port nothing listens on right now, for the loopback listener. It is picked below the range
// the system hands out for port 0 (32768 and up on Linux), so neither stand-in, started after,
// nor another test's servers can be given it before the listener takes it.
quint16 freePort()
{
    for (int attempt = 0; attempt < 200; ++attempt) {
        const auto candidate = quint16(20000 + QRandomGenerator::global()->bounded(10000));
        QTcpServer probe;
        if (probe.listen(QHostAddress::LocalHost, candidate))
            return candidate;
    }
    return 0;
}

} // namespace

InstallHarness::InstallHarness(const QString &appId)
    : m_appId(appId)
{ }

InstallHarness::~InstallHarness()
{
    if (m_bitbucket)
        m_bitbucket->attachSlack(nullptr);
}

QString InstallHarness::certificateDirectory() const
{
    return m_directory.filePath(QStringLiteral("loopback"));
}

bool InstallHarness::start(QString *error)
{
    if (!m_directory.isValid()) {
        *error = QStringLiteral("no temporary folder");
        return false;
    }
    m_loopbackPort = freePort();
    if (m_loopbackPort == 0) {
        *error = QStringLiteral("no free port for the loopback listener");
        return false;
    }
    ConnectionSettings probe;
    probe.loopbackPort = m_loopbackPort;

    BitbucketSandbox::Options bitbucketOptions;
    bitbucketOptions.workDirectory = m_directory.filePath(QStringLiteral("bitbucket"));
    QDir().mkpath(bitbucketOptions.workDirectory);
    m_bitbucket = std::make_unique<BitbucketSandbox>(bitbucketOptions);
    if (!m_bitbucket->start(error))
        return false;

    SlackSandbox::Options slackOptions;
    slackOptions.authority = m_bitbucket->certificateAuthority();
    slackOptions.caBundlePath = m_bitbucket->caBundlePath();
    slackOptions.bitbucketBaseUrl = m_bitbucket->baseUrl();
    slackOptions.programRedirectUri = probe.programRedirectUri();
    m_slack = std::make_unique<SlackSandbox>(slackOptions);
    if (!m_slack->start(error))
        return false;
    m_bitbucket->attachSlack(m_slack.get());

    m_settings = std::make_unique<QSettings>(
        m_directory.filePath(QStringLiteral("settings.conf")), QSettings::IniFormat);
    m_ledger = std::make_unique<Ledger>(m_directory.filePath(QStringLiteral("ledger.sqlite")));
    if (!m_ledger->open()) {
        *error = m_ledger->problem().explanation;
        return false;
    }

    ConnectionSettings connection;
    connection.bitbucketBaseUrl = m_bitbucket->baseUrl();
    connection.bitbucketUsername = BitbucketSandbox::adminUser();
    connection.caBundlePath = m_bitbucket->caBundlePath();
    connection.slackApiBase = m_slack->apiBase();
    connection.slackAuthorizeUrl = m_slack->authorizeUrl();
    connection.loopbackPort = m_loopbackPort;
    m_session.setConnection(connection);
    m_session.setSecret(SecretKey::bitbucketPassword, BitbucketSandbox::adminPassword());
    useApp(m_appId);
    return true;
}

void InstallHarness::useApp(const QString &appId)
{
    m_appId = appId;
    const SlackSandboxApp app = m_slack->app(appId);
    ConnectionSettings connection = m_session.connection();
    connection.slackAppId = app.id;
    connection.slackClientId = app.clientId;
    m_session.setConnection(connection);
    connection.save(*m_settings);
    m_session.setSecret(SecretKey::slackClientSecret, app.clientSecret);
    m_session.setSecret(SecretKey::slackSigningSecret, app.signingSecret);
    m_session.setSecret(SecretKey::slackVerificationToken, app.verificationToken);
    m_session.setManifest(SlackManifest(m_slack->manifest(appId)));
}

void InstallHarness::usePasteMode(const QString &redirectUrl)
{
    ConnectionSettings connection = m_session.connection();
    connection.redirectMode = ConnectionSettings::RedirectMode::Paste;
    connection.pasteRedirectUrl = redirectUrl;
    m_session.setConnection(connection);
    connection.save(*m_settings);
}

std::unique_ptr<SandboxBrowser> InstallHarness::browser() const
{
    auto browser =
        std::make_unique<SandboxBrowser>(QSslCertificate::fromPath(m_bitbucket->caBundlePath()));
    const LoopbackCertificate certificate =
        LoopbackCertificate::loadOrCreate(certificateDirectory());
    browser->setExtraCertificate(certificate.certificate());
    return browser;
}

void InstallHarness::prepare(InstallController &controller) const
{
    controller.setCertificateDirectory(certificateDirectory());
}
