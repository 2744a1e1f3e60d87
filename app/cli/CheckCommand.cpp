#include "cli/CheckCommand.h"

#include "checks/CheckRunner.h"
#include "cli/CommandLine.h"
#include "common/Logging.h"
#include "common/Redactor.h"
#include "store/ConnectionSettings.h"
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

namespace {

const char *const userVariable = "WORKSPACE_CONNECTOR_BITBUCKET_USER";
const char *const passwordVariable = "WORKSPACE_CONNECTOR_BITBUCKET_PASSWORD";

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
              "[--http-port PORT] [--profile NAME] [--json]\n"
              "\n"
              "Checks that Bitbucket is ready for connecting Slack workspaces: HTTPS, its\n"
              "certificate, redirects, the REST API, administrator credentials and the Slack\n"
              "integration.\n"
              "\n"
              "  --bitbucket URL    Bitbucket's base URL with its context path\n"
              "                     (default: the one saved by the setup wizard)\n"
              "  --ca-bundle FILE   PEM file of extra certificate authorities to trust\n"
              "  --http-port PORT   port where plain http:// is expected (default 80)\n"
              "  --profile NAME     use the settings and keychain entries of profile NAME\n"
              "  --json             print "
              "{\"checks\":[{\"id\",\"status\",\"summary\",\"detail\",\"fix\"}]}\n"
              "\n"
              "Credentials come from the environment variables WORKSPACE_CONNECTOR_BITBUCKET_USER\n"
              "and WORKSPACE_CONNECTOR_BITBUCKET_PASSWORD, or else from the saved user name and\n"
              "the system keychain. They are never taken from arguments.\n"
              "\n"
              "Exit status: 0 when no check fails, 1 when any check fails, 2 for a usage or\n"
              "configuration error.\n");
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
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption help(QStringList {QStringLiteral("h"), QStringLiteral("help")});
    parser.addOptions({bitbucket, caBundle, httpPort, profile, json, help});

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
    const auto saved = ConnectionSettings::load(*Profile(m_profile).settings());

    const QString url =
        parser.isSet(bitbucket) ? parser.value(bitbucket) : saved.bitbucketBaseUrl.toString();
    if (url.trimmed().isEmpty()) {
        usageError(tr("no Bitbucket base URL: pass --bitbucket URL, or save one in the setup "
                      "wizard first"));
        return false;
    }
    m_target.baseUrl = QUrl(url.trimmed(), QUrl::StrictMode);
    if (!m_target.baseUrl.isValid() || m_target.baseUrl.scheme().isEmpty()) {
        usageError(tr("'%1' is not a URL; give Bitbucket's base URL, for example "
                      "https://bitbucket.example.com/bitbucket")
                       .arg(Redactor::redact(url)));
        return false;
    }

    m_target.caBundlePath = parser.isSet(caBundle) ? parser.value(caBundle) : saved.caBundlePath;
    if (!m_target.caBundlePath.isEmpty()) {
        if (!QFileInfo(m_target.caBundlePath).isReadable()) {
            usageError(tr("cannot read the CA bundle '%1'").arg(m_target.caBundlePath));
            return false;
        }
        if (QSslCertificate::fromPath(m_target.caBundlePath, QSsl::Pem).isEmpty()) {
            usageError(
                tr("the CA bundle '%1' holds no PEM certificate").arg(m_target.caBundlePath));
            return false;
        }
    }

    m_target.plainHttpPort = saved.plainHttpPort;
    if (parser.isSet(httpPort)) {
        bool ok = false;
        const uint port = parser.value(httpPort).toUInt(&ok);
        if (!ok || port == 0 || port > 65535) {
            usageError(tr("--http-port needs a port number from 1 to 65535"));
            return false;
        }
        m_target.plainHttpPort = quint16(port);
    }

    if (qEnvironmentVariableIsSet(passwordVariable)) {
        m_target.username = qEnvironmentVariable(userVariable, saved.bitbucketUsername);
        m_target.password = qEnvironmentVariable(passwordVariable);
        m_passwordFromEnvironment = true;
        Redactor::registerSecret(m_target.password);
    } else {
        m_target.username = qEnvironmentVariable(userVariable, saved.bitbucketUsername);
    }
    return true;
}

void CheckCommand::start()
{
    if (m_passwordFromEnvironment || m_target.username.isEmpty()) {
        startChecks();
        return;
    }
    // The password of the saved (or given) user comes from the keychain.
    auto store = Profile(m_profile).createKeychainStore();
    SecretStore *keychain = store.release();
    keychain->setParent(this);
    keychain->read(SecretKey::bitbucketPassword, this, [this](const SecretStore::Result &result) {
        if (result.ok()) {
            m_target.password = result.value;
        } else {
            m_err << tr("note: no Bitbucket password: %1 Set %2 to give one.")
                         .arg(result.message, QString::fromLatin1(passwordVariable))
                  << '\n';
            m_err.flush();
        }
        startChecks();
    });
}

void CheckCommand::startChecks()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_runner = std::make_unique<CheckRunner>(m_network.get());
    m_runner->setTarget(m_target);
    connect(m_runner.get(), &CheckRunner::allFinished, this, &CheckCommand::report);
    qCDebug(lcCli) << "checking" << Redactor::redactUrl(m_target.baseUrl);
    m_runner->runAll();
}

void CheckCommand::report()
{
    const QList<CheckResult> results = m_runner->results();
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
    m_exitCode = m_runner->anyFailed() ? CommandLine::Failure : CommandLine::Success;
    emit finished(m_exitCode);
}
