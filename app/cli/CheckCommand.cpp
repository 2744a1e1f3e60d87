#include "cli/CheckCommand.h"

#include "checks/CheckRunner.h"
#include "cli/BitbucketLogin.h"
#include "cli/CommandLine.h"
#include "common/Logging.h"
#include "common/Redactor.h"
#include "slack/SlackChecks.h"
#include "slack/SlackRequirements.h"
#include "slackapi/ConfigTokenSession.h"
#include "slackapi/SlackApiClient.h"
#include "store/MemorySecretStore.h"
#include "store/Profile.h"
#include "store/SecretStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSslCertificate>
#include <QTextStream>

#include <algorithm>

namespace {

const char *const configTokenVariable = "WORKSPACE_CONNECTOR_SLACK_CONFIG_TOKEN";
const char *const apiBaseVariable = "WORKSPACE_CONNECTOR_SLACK_API_BASE";

} // namespace

CheckCommand::CheckCommand(QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent)
    , m_out(out)
    , m_err(err)
{ }

CheckCommand::~CheckCommand() = default;

QString CheckCommand::helpText()
{
    return tr("Usage: workspace-connector check [--bitbucket URL] [--ca-bundle FILE] "
              "[--http-port PORT]\n"
              "                                 [--manifest FILE] [--profile NAME] [--json]\n"
              "\n"
              "Checks that Bitbucket is ready for connecting Slack workspaces: HTTPS, its\n"
              "certificate, redirects, the REST API, administrator credentials and the Slack\n"
              "integration. Then checks the Slack app's manifest: https everywhere, request\n"
              "URLs pointing at this Bitbucket, Redirect URLs, token rotation and scopes.\n"
              "\n"
              "  --bitbucket URL    Bitbucket's base URL with its context path\n"
              "                     (default: the one saved by the setup wizard)\n"
              "  --ca-bundle FILE   PEM file of extra certificate authorities to trust\n"
              "                     (for Bitbucket and for the Slack API address)\n"
              "  --http-port PORT   port where plain http:// is expected (default 80)\n"
              "  --manifest FILE    the Slack app's manifest, JSON or YAML as Slack's manifest\n"
              "                     editor exports it\n"
              "  --profile NAME     use the settings and keychain entries of profile NAME\n"
              "  --json             print "
              "{\"checks\":[{\"id\",\"status\",\"summary\",\"detail\",\"fix\"}]}\n"
              "\n"
              "Credentials come from the environment variables WORKSPACE_CONNECTOR_BITBUCKET_USER\n"
              "and WORKSPACE_CONNECTOR_BITBUCKET_PASSWORD, or else from the saved user name and\n"
              "the system keychain. They are never taken from arguments.\n"
              "\n"
              "Without --manifest, the manifest is read from Slack's App Manifest API when an\n"
              "App ID is saved and an app configuration token is in\n"
              "WORKSPACE_CONNECTOR_SLACK_CONFIG_TOKEN or in the keychain;\n"
              "WORKSPACE_CONNECTOR_SLACK_API_BASE replaces Slack's API address (for a local\n"
              "stand-in). Without either, the Slack checks do not run.\n"
              "\n"
              "Exit status: 0 when no check fails, 1 when any check fails, 2 for a usage or\n"
              "configuration error (an unreadable CA bundle or manifest).\n");
}

void CheckCommand::usageError(const QString &message)
{
    m_err << tr("workspace-connector check: %1").arg(message) << '\n'
          << tr("Run 'workspace-connector check --help' for usage.") << '\n';
    m_err.flush();
    m_exitCode = CommandLine::UsageError;
}

bool CheckCommand::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption bitbucket(
        QStringLiteral("bitbucket"), QString(), QStringLiteral("URL"));
    const QCommandLineOption caBundle(
        QStringLiteral("ca-bundle"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption httpPort(
        QStringLiteral("http-port"), QString(), QStringLiteral("PORT"));
    const QCommandLineOption profile(QStringLiteral("profile"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption manifest(
        QStringLiteral("manifest"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption help(QStringList {QStringLiteral("h"), QStringLiteral("help")});
    parser.addOptions({bitbucket, caBundle, httpPort, manifest, profile, json, help});

    if (!parser.parse(QStringList {QStringLiteral("check")} + arguments)) {
        usageError(parser.errorText());
        return false;
    }
    if (parser.isSet(help)) {
        m_out << helpText();
        m_out.flush();
        m_exitCode = CommandLine::Success;
        return false;
    }
    if (!parser.positionalArguments().isEmpty()) {
        usageError(tr("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()));
        return false;
    }

    m_profile = parser.value(profile);
    m_json = parser.isSet(json);
    m_saved = ConnectionSettings::load(*Profile(m_profile).settings());
    const ConnectionSettings &saved = m_saved;

    QString problem;
    if (!BitbucketLogin::resolveTarget(
            parser.isSet(bitbucket) ? parser.value(bitbucket) : QString(),
            parser.isSet(caBundle) ? parser.value(caBundle) : QString(), saved, &m_target,
            &problem)) {
        usageError(problem);
        return false;
    }

    if (parser.isSet(httpPort)) {
        bool ok = false;
        const uint port = parser.value(httpPort).toUInt(&ok);
        if (!ok || port == 0 || port > 65535) {
            usageError(tr("--http-port needs a port number from 1 to 65535"));
            return false;
        }
        m_target.plainHttpPort = quint16(port);
    }

    if (!parseSlackOptions(parser.isSet(manifest) ? parser.value(manifest) : QString()))
        return false;

    m_passwordFromEnvironment = BitbucketLogin::takeEnvironment(saved, &m_target);
    return true;
}

bool CheckCommand::parseSlackOptions(const QString &manifestPath)
{
    if (!manifestPath.isNull()) {
        QString error;
        m_manifest = SlackManifest::fromFile(manifestPath, &error);
        if (m_manifest.isNull()) {
            if (error.isEmpty())
                error = tr("the file holds no manifest");
            usageError(tr("cannot use the manifest '%1': %2").arg(manifestPath, error));
            return false;
        }
    }
    m_configToken = qEnvironmentVariable(configTokenVariable).trimmed();
    Redactor::registerSecret(m_configToken);
    m_slackApiBase = m_saved.slackApiBase;
    const QString apiBase = qEnvironmentVariable(apiBaseVariable).trimmed();
    if (apiBase.isEmpty())
        return true;
    m_slackApiBase = QUrl(apiBase, QUrl::StrictMode);
    if (!m_slackApiBase.isValid() || m_slackApiBase.host().isEmpty()) {
        usageError(tr("%1 is not a URL: '%2'")
                       .arg(QString::fromLatin1(apiBaseVariable), Redactor::redact(apiBase)));
        return false;
    }
    return true;
}

SecretStore *CheckCommand::keychain()
{
    if (!m_keychain) {
        m_keychain = Profile(m_profile).createKeychainStore().release();
        m_keychain->setParent(this);
    }
    return m_keychain;
}

void CheckCommand::start()
{
    if (m_passwordFromEnvironment || m_target.username.isEmpty()) {
        startChecks();
        return;
    }
    // The password of the saved (or given) user comes from the keychain.
    BitbucketLogin::completeFromKeychain(
        &m_target, false, keychain(), this,
        [this](const QString &line) {
            m_err << line << '\n';
            m_err.flush();
        },
        [this] { startChecks(); });
}

void CheckCommand::startChecks()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_runner = std::make_unique<CheckRunner>(m_network.get());
    m_runner->setTarget(m_target);
    connect(m_runner.get(), &CheckRunner::allFinished, this, &CheckCommand::checkSlack);
    qCDebug(lcCli) << "checking" << Redactor::redactUrl(m_target.baseUrl);
    m_runner->runAll();
}

void CheckCommand::checkSlack()
{
    if (!m_manifest.isNull()) {
        runSlackChecks(m_manifest);
        report();
        return;
    }
    if (m_saved.slackAppId.isEmpty()) {
        note(QString());
        report();
        return;
    }
    readManifestFromSlack();
}

void CheckCommand::readManifestFromSlack()
{
    m_slackClient = new SlackApiClient(m_network.get(), this);
    m_slackClient->setApiBase(m_slackApiBase);
    m_slackClient->setCaBundlePath(m_target.caBundlePath);
    if (m_configToken.isEmpty()) {
        m_tokenStore = keychain();
    } else {
        // The variable's token lives for this run only; it cannot be rotated, since a renewed
        // pair would have nowhere to be kept.
        auto *memory = new MemorySecretStore(this);
        memory->write(SecretKey::slackConfigToken,
            ConfigToken::fromPasted(m_configToken, QString()).toStored(), this,
            [](const SecretStore::Result &) {});
        m_tokenStore = memory;
    }
    m_tokens = new ConfigTokenSession(m_slackClient, m_tokenStore, this);
    m_manifests = new ManifestService(m_slackClient, m_tokens, this);
    qCDebug(lcCli) << "reading the manifest of" << m_saved.slackAppId << "at"
                   << Redactor::redactUrl(m_slackApiBase);
    m_manifests->exportManifest(m_saved.slackAppId, this,
        [this](const ManifestService::Result &result) { onManifestRead(result); });
}

void CheckCommand::onManifestRead(const ManifestService::Result &result)
{
    using Problem = ConfigTokenSession::Problem;
    if (result.ok) {
        runSlackChecks(result.manifest);
    } else if (m_configToken.isEmpty() && result.tokenProblem == Problem::NoToken) {
        note(QString());
    } else if (m_configToken.isEmpty() && result.tokenProblem == Problem::KeychainUnavailable) {
        note(result.message);
    } else {
        const QString reason = Redactor::redact(result.message);
        m_slackResults =
            SlackChecks::skipped(tr("The manifest could not be read from Slack: %1").arg(reason));
        m_err << tr("note: the Slack checks were skipped: %1").arg(reason) << '\n';
        m_err.flush();
    }
    report();
}

void CheckCommand::runSlackChecks(const SlackManifest &manifest)
{
    SlackRequirements requirements;
    requirements.bitbucketBaseUrl = m_target.baseUrl;
    requirements.programRedirectUri = m_saved.programRedirectUri();
    m_slackResults = SlackChecks::run(manifest, requirements);
}

// The one line that says how to get the Slack checks, with the reason no token could be read.
void CheckCommand::note(const QString &reason)
{
    m_err << tr("note: no Slack checks: give --manifest FILE, or save the App ID in the setup "
                "wizard and an app configuration token in the keychain or in %1.")
                 .arg(QString::fromLatin1(configTokenVariable));
    if (!reason.isEmpty())
        m_err << ' ' << Redactor::redact(reason).simplified();
    m_err << '\n';
    m_err.flush();
}

void CheckCommand::report()
{
    const QList<CheckResult> results = m_runner->results() + m_slackResults;
    if (m_json) {
        QJsonArray checks;
        for (const CheckResult &result : results)
            checks.append(result.toJson());
        const QJsonObject root {{QStringLiteral("checks"), checks}};
        m_out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    } else {
        for (const CheckResult &result : results) {
            QString line = QStringLiteral("%1  %2  %3")
                               .arg(CheckResult::statusName(result.status).toUpper(), -4)
                               .arg(result.id, -28)
                               .arg(result.summary);
            if ((result.status == CheckResult::Status::Fail
                    || result.status == CheckResult::Status::Warn)
                && !result.fix.isEmpty())
                line += QStringLiteral("  ") + tr("Fix: %1").arg(result.fix);
            m_out << line.replace(u'\n', u' ') << '\n';
        }
    }
    m_out.flush();
    const bool anyFailed = std::any_of(results.cbegin(), results.cend(),
        [](const CheckResult &result) { return result.status == CheckResult::Status::Fail; });
    m_exitCode = anyFailed ? CommandLine::Failure : CommandLine::Success;
    emit finished(m_exitCode);
}
