// workspace-connector-sandbox: serves the Bitbucket and Slack stand-ins on 127.0.0.1 until
// SIGINT/SIGTERM.

#include "BitbucketSandbox.h"
#include "SlackSandbox.h"
#include "SlackWorkspaces.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSocketNotifier>
#include <QTextStream>

#include <algorithm>
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace {

using Fault = BitbucketSandbox::Fault;

QString translate(const char *text)
{
    return QCoreApplication::translate("SandboxMain", text);
}

struct FaultInfo
{
    Fault fault;
    const char *name;
    const char *description;
};

const FaultInfo faultInfos[] = {
    {Fault::ExpiredCertificate, "expired-certificate",
        QT_TRANSLATE_NOOP("SandboxMain", "the server certificate expired yesterday")},
    {Fault::ExpiringCertificate, "expiring-certificate",
        QT_TRANSLATE_NOOP("SandboxMain", "the server certificate expires in 10 days")},
    {Fault::WrongHostCertificate, "wrong-host-certificate",
        QT_TRANSLATE_NOOP("SandboxMain", "the certificate names bitbucket.example.invalid only")},
    {Fault::SelfSignedCertificate, "self-signed-certificate",
        QT_TRANSLATE_NOOP("SandboxMain", "a self-signed certificate that no CA vouches for")},
    {Fault::HttpProxyRedirect, "http-proxy-redirect",
        QT_TRANSLATE_NOOP("SandboxMain",
            "Bitbucket's own redirects say http:// (proxy not "
            "declared)")},
    {Fault::NoHttpRedirect, "no-http-redirect",
        QT_TRANSLATE_NOOP("SandboxMain", "plain http:// serves Bitbucket instead of redirecting")},
    {Fault::SlowAnswers, "slow-answers",
        QT_TRANSLATE_NOOP("SandboxMain", "every answer waits --latency milliseconds")},
    {Fault::SlackUnreachable, "slack-unreachable",
        QT_TRANSLATE_NOOP("SandboxMain", "Bitbucket cannot reach Slack")},
    {Fault::BasicAuthDisabled, "basic-auth-disabled",
        QT_TRANSLATE_NOOP("SandboxMain", "Basic authentication is switched off")},
    {Fault::NoSlackIntegration, "no-slack-integration",
        QT_TRANSLATE_NOOP("SandboxMain", "the Slack integration is not installed")},
    {Fault::RateLimited, "rate-limited",
        QT_TRANSLATE_NOOP("SandboxMain",
            "every --rate-limit-every-th status request is answered 429 with Retry-After")},
    {Fault::SlackNeverReached, "slack-never-reached",
        QT_TRANSLATE_NOOP(
            "SandboxMain", "Slack never reached Bitbucket: working links are PARTIALLY_CONNECTED")},
};

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

// Signal handlers may only write to a file descriptor; the event loop reads the other end.
int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(signalPipe[0], &byte, 1);
}

bool quitOnSignals(QCoreApplication *app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return false;
    auto *notifier = new QSocketNotifier(signalPipe[1], QSocketNotifier::Read, app);
    QObject::connect(notifier, &QSocketNotifier::activated, app, [notifier] {
        notifier->setEnabled(false);
        char byte = 0;
        [[maybe_unused]] const ssize_t read = ::read(signalPipe[1], &byte, 1);
        QCoreApplication::exit(0);
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(SIGINT, &action, nullptr) == 0
        && ::sigaction(SIGTERM, &action, nullptr) == 0;
}

struct Settings
{
    BitbucketSandbox::Options options;
    SlackSandbox::Options slackOptions;
    QString stateFile;
};

bool readPort(const QCommandLineParser &parser, const QString &option, quint16 *port)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const uint value = parser.value(option).toUInt(&ok);
    if (!ok || value > 65535) {
        err() << translate("--%1 needs a port number from 0 to 65535.").arg(option) << Qt::endl;
        return false;
    }
    *port = static_cast<quint16>(value);
    return true;
}

bool readPositive(const QCommandLineParser &parser, const QString &option, qint64 *value)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    *value = parser.value(option).toLongLong(&ok);
    if (!ok || *value < 1) {
        err() << translate("--%1 needs a whole number above 0.").arg(option) << Qt::endl;
        return false;
    }
    return true;
}

// A whole number of at least minimum, into *value, when the option is given.
bool readCount(const QCommandLineParser &parser, const QString &option, int minimum, int *value)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const int read = parser.value(option).toInt(&ok);
    if (!ok || read < minimum) {
        err() << translate("--%1 needs a whole number of at least %2.").arg(option).arg(minimum)
              << Qt::endl;
        return false;
    }
    *value = read;
    return true;
}

bool readSlackSettings(const QCommandLineParser &parser, SlackSandbox::Options *options)
{
    qint64 lifetime = options->tokenLifetime.count();
    qint64 updates = options->updatesPerMinute;
    qint64 codeLifetime =
        std::chrono::duration_cast<std::chrono::seconds>(options->codeLifetime).count();
    if (!readPositive(parser, QStringLiteral("slack-token-lifetime"), &lifetime)
        || !readPositive(parser, QStringLiteral("slack-code-lifetime"), &codeLifetime)
        || !readPositive(parser, QStringLiteral("slack-updates-per-minute"), &updates)
        || !readPort(parser, QStringLiteral("slack-https-port"), &options->httpsPort))
        return false;
    options->tokenLifetime = std::chrono::seconds(lifetime);
    options->updatesPerMinute = int(qMin<qint64>(updates, 1000000));
    options->codeLifetime = std::chrono::seconds(codeLifetime);
    options->omitUserToken = parser.isSet(QStringLiteral("slack-omit-user-token"));
    return true;
}

bool readFaults(const QCommandLineParser &parser, QSet<Fault> *faults)
{
    const QStringList names = parser.values(QStringLiteral("fault"));
    for (const QString &name : names) {
        const auto info = std::find_if(std::begin(faultInfos), std::end(faultInfos),
            [&name](const FaultInfo &candidate) { return name == QLatin1String(candidate.name); });
        if (info == std::end(faultInfos)) {
            err() << translate("Unknown fault \"%1\"; --list-faults shows them.").arg(name)
                  << Qt::endl;
            return false;
        }
        faults->insert(info->fault);
    }
    return true;
}

bool readSettings(const QCommandLineParser &parser, Settings *settings)
{
    BitbucketSandbox::Options &options = settings->options;
    if (parser.isSet(QStringLiteral("latency"))) {
        bool ok = false;
        options.latencyMs = parser.value(QStringLiteral("latency")).toInt(&ok);
        if (!ok || options.latencyMs < 0) {
            err() << translate("--latency needs a number of milliseconds.") << Qt::endl;
            return false;
        }
    }
    if (!readCount(parser, QStringLiteral("request-latency"), 0, &options.requestLatencyMs)
        || !readCount(parser, QStringLiteral("rate-limit-every"), 1, &options.rateLimitEvery)
        || !readCount(parser, QStringLiteral("rate-limit-burst"), 1, &options.rateLimitBurst)
        || !readCount(parser, QStringLiteral("rate-limit-retry-after"), 0,
            &options.rateLimitRetryAfterSeconds)
        || !readCount(
            parser, QStringLiteral("sign-in-expires-after"), 0, &options.signInExpiresAfter)
        || !readCount(parser, QStringLiteral("seed-links"), 0, &options.seedLinks))
        return false;
    if (parser.isSet(QStringLiteral("context-path")))
        options.contextPath = parser.value(QStringLiteral("context-path"));
    options.workDirectory = parser.value(QStringLiteral("work-dir"));
    settings->stateFile = parser.value(QStringLiteral("state-file"));
    return readFaults(parser, &options.faults)
        && readPort(parser, QStringLiteral("https-port"), &options.httpsPort)
        && readPort(parser, QStringLiteral("http-port"), &options.httpPort)
        && readSlackSettings(parser, &settings->slackOptions);
}

void addOptions(QCommandLineParser *parser)
{
    parser->setApplicationDescription(
        translate("Serves a stand-in for Bitbucket Data Center with its Slack integration on "
                  "127.0.0.1 over HTTPS and HTTP, and a stand-in for Slack (its Web API and its "
                  "install pages) over HTTPS, until interrupted. The state file is removed on "
                  "exit."));
    parser->addHelpOption();
    parser->addVersionOption();
    parser->addOptions({
        {QStringLiteral("fault"), translate("Switch on a fault (repeatable)."),
            QStringLiteral("name")},
        {QStringLiteral("list-faults"), translate("List the faults and exit.")},
        {QStringLiteral("latency"),
            translate("Delay of slow-answers in milliseconds (default 20000)."),
            QStringLiteral("ms")},
        {QStringLiteral("request-latency"),
            translate("Every answer of the Bitbucket stand-in waits this many milliseconds "
                      "(default 0); the server goes on serving meanwhile."),
            QStringLiteral("ms")},
        {QStringLiteral("rate-limit-every"),
            translate("With rate-limited: every N-th status request starts the 429 answers "
                      "(default 5)."),
            QStringLiteral("count")},
        {QStringLiteral("rate-limit-burst"),
            translate("With rate-limited: how many status requests in a row get 429 (default "
                      "1)."),
            QStringLiteral("count")},
        {QStringLiteral("rate-limit-retry-after"),
            translate("With rate-limited: the Retry-After of a 429, in seconds (default 1)."),
            QStringLiteral("seconds")},
        {QStringLiteral("sign-in-expires-after"),
            translate("After this many status requests the administrator's credentials stop "
                      "working (401 without the integration's key)."),
            QStringLiteral("count")},
        {QStringLiteral("seed-links"),
            translate("Create this many workspace links at start, without Slack's OAuth, a few "
                      "of them unhealthy."),
            QStringLiteral("count")},
        {QStringLiteral("https-port"), translate("HTTPS port (default: any free port)."),
            QStringLiteral("port")},
        {QStringLiteral("http-port"), translate("Plain HTTP port (default: any free port)."),
            QStringLiteral("port")},
        {QStringLiteral("context-path"), translate("Context path (default /bitbucket)."),
            QStringLiteral("path")},
        {QStringLiteral("work-dir"),
            translate("Directory for the CA bundle (default: a temporary one)."),
            QStringLiteral("dir")},
        {QStringLiteral("state-file"),
            translate("Write the URLs, CA bundle, accounts, Slack apps and a configuration token "
                      "to this JSON file."),
            QStringLiteral("file")},
        {QStringLiteral("slack-https-port"),
            translate("HTTPS port of the Slack stand-in (default: any free port)."),
            QStringLiteral("port")},
        {QStringLiteral("slack-token-lifetime"),
            translate("Lifetime of Slack configuration access tokens in seconds (default 43200)."),
            QStringLiteral("seconds")},
        {QStringLiteral("slack-code-lifetime"),
            translate("Lifetime of OAuth authorization codes in seconds (default 600)."),
            QStringLiteral("seconds")},
        {QStringLiteral("slack-omit-user-token"),
            translate("oauth.v2.access answers without the installer's user token.")},
        {QStringLiteral("slack-updates-per-minute"),
            translate("apps.manifest.update calls per app and minute before 429 (default 10)."),
            QStringLiteral("count")},
    });
}

QStringList faultNames(const QSet<Fault> &faults)
{
    QStringList names;
    for (const FaultInfo &info : faultInfos) {
        if (faults.contains(info.fault))
            names.append(QString::fromLatin1(info.name));
    }
    return names;
}

QJsonObject slackAppsState(const SlackSandbox &slack)
{
    QJsonObject apps;
    const QMap<QString, QString> ids = slack.appIds();
    for (auto it = ids.cbegin(); it != ids.cend(); ++it)
        apps.insert(it.key(), it.value());
    return apps;
}

// What the program's sandbox preset reads (WindowOptions): one app's id and credentials.
QJsonObject slackAppState(const SlackSandboxApp &app)
{
    return {
        {QStringLiteral("appId"), app.id},
        {QStringLiteral("clientId"), app.clientId},
        {QStringLiteral("clientSecret"), app.clientSecret},
        {QStringLiteral("signingSecret"), app.signingSecret},
        {QStringLiteral("verificationToken"), app.verificationToken},
        {QStringLiteral("homeTeamId"), app.homeTeamId},
        {QStringLiteral("distributed"), app.distributed},
    };
}

// Every app by name, with its credentials, so that any of them can be installed by hand.
QJsonObject slackAppCredentialsState(const SlackSandbox &slack)
{
    QJsonObject apps;
    const QList<SlackSandboxApp> hosted = slack.apps();
    for (const SlackSandboxApp &app : hosted)
        apps.insert(app.name, slackAppState(app));
    return apps;
}

// The workspaces the pretend browser session is signed in to, and the admin of each.
QJsonArray slackWorkspacesState()
{
    QJsonArray workspaces;
    for (const SlackWorkspace &workspace : SlackWorkspaces::all()) {
        workspaces.append(QJsonObject {
            {QStringLiteral("teamId"), workspace.id},
            {QStringLiteral("name"), workspace.name},
            {QStringLiteral("url"), workspace.url()},
            {QStringLiteral("userId"), workspace.userId},
            {QStringLiteral("enterpriseId"), workspace.enterpriseId},
        });
    }
    return workspaces;
}

// A fresh pair, as Slack's Generate Token button gives one, so the Connect page can be walked.
QJsonObject configTokenState(SlackSandbox &slack)
{
    const SlackSandbox::TokenPair pair = slack.issueConfigToken();
    return {
        {QStringLiteral("accessToken"), pair.accessToken},
        {QStringLiteral("refreshToken"), pair.refreshToken},
        {QStringLiteral("expiresAt"), pair.expiresAt.toString(Qt::ISODate)},
    };
}

bool writeState(const BitbucketSandbox &sandbox, SlackSandbox &slack, const Settings &settings)
{
    const QJsonObject state {
        {QStringLiteral("bitbucketUrl"), sandbox.baseUrl().toString()},
        {QStringLiteral("plainHttpUrl"), sandbox.plainHttpBaseUrl().toString()},
        {QStringLiteral("plainHttpPort"), sandbox.httpPort()},
        {QStringLiteral("caBundle"), sandbox.caBundlePath()},
        {QStringLiteral("adminUser"), BitbucketSandbox::adminUser()},
        {QStringLiteral("adminPassword"), BitbucketSandbox::adminPassword()},
        {QStringLiteral("plainUser"), BitbucketSandbox::plainUser()},
        {QStringLiteral("plainUserPassword"), BitbucketSandbox::plainUserPassword()},
        {QStringLiteral("faults"), QJsonArray::fromStringList(faultNames(settings.options.faults))},
        {QStringLiteral("linkCount"), int(sandbox.linkedTeamIds().size())},
        // The healthy Slack app the stand-in hosts, with the credentials it checks, so the
        // Connect page and the install can be walked without a real one.
        {QStringLiteral("slackApp"), slackAppState(slack.app(SlackSandbox::healthyAppId()))},
        {QStringLiteral("slackApiBase"), slack.apiBase().toString()},
        {QStringLiteral("slackAuthorizeUrl"), slack.authorizeUrl().toString()},
        {QStringLiteral("slackTokenUrl"), slack.tokenUrl().toString()},
        {QStringLiteral("slackApps"), slackAppsState(slack)},
        {QStringLiteral("slackAppCredentials"), slackAppCredentialsState(slack)},
        {QStringLiteral("slackWorkspaces"), slackWorkspacesState()},
        {QStringLiteral("slackUndistributedApp"), SlackSandbox::undistributedAppId()},
        {QStringLiteral("configToken"), configTokenState(slack)},
    };
    QSaveFile file(settings.stateFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(state).toJson()) < 0
        || !file.commit()) {
        err() << translate("Cannot write %1: %2").arg(settings.stateFile, file.errorString())
              << Qt::endl;
        return false;
    }
    return true;
}

void printSummary(
    const BitbucketSandbox &sandbox, const SlackSandbox &slack, const Settings &settings)
{
    const QStringList faults = faultNames(settings.options.faults);
    out() << translate("Bitbucket and Slack sandbox is running.") << Qt::endl
          << translate("  Bitbucket URL:  %1").arg(sandbox.baseUrl().toString()) << Qt::endl
          << translate("  Plain HTTP URL: %1").arg(sandbox.plainHttpBaseUrl().toString())
          << Qt::endl
          << translate("  CA bundle:      %1").arg(sandbox.caBundlePath()) << Qt::endl
          << translate("  Administrator:  %1 / %2")
                 .arg(BitbucketSandbox::adminUser(), BitbucketSandbox::adminPassword())
          << Qt::endl
          << translate("  Ordinary user:  %1 / %2")
                 .arg(BitbucketSandbox::plainUser(), BitbucketSandbox::plainUserPassword())
          << Qt::endl
          << translate("  Slack API:      %1").arg(slack.apiBase().toString()) << Qt::endl
          << translate("  Slack install:  %1").arg(slack.authorizeUrl().toString()) << Qt::endl
          << translate("  Slack app:      %1 (healthy; --state-file lists the faulty ones)")
                 .arg(SlackSandbox::healthyAppId())
          << Qt::endl
          << translate("  Links:          %1").arg(sandbox.linkedTeamIds().size()) << Qt::endl
          << translate("  Faults:         %1")
                 .arg(faults.isEmpty() ? translate("none") : faults.join(QStringLiteral(", ")))
          << Qt::endl
          << translate("Stop it with Ctrl+C.") << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("workspace-connector-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CONNECTOR_VERSION));

    QCommandLineParser parser;
    addOptions(&parser);
    parser.process(app);
    if (parser.isSet(QStringLiteral("list-faults"))) {
        for (const FaultInfo &info : faultInfos)
            out() << QString::fromLatin1(info.name).leftJustified(25) << translate(info.description)
                  << Qt::endl;
        return 0;
    }
    Settings settings;
    if (!readSettings(parser, &settings))
        return 2;

    BitbucketSandbox sandbox(settings.options);
    QString error;
    if (!sandbox.start(&error)) {
        err() << translate("The sandbox could not start: %1").arg(error) << Qt::endl;
        return 1;
    }
    SlackSandbox::Options &slackOptions = settings.slackOptions;
    slackOptions.authority = sandbox.certificateAuthority();
    slackOptions.caBundlePath = sandbox.caBundlePath();
    slackOptions.bitbucketBaseUrl = sandbox.baseUrl();
    SlackSandbox slack(slackOptions);
    if (!slack.start(&error)) {
        err() << translate("The sandbox could not start: %1").arg(error) << Qt::endl;
        return 1;
    }
    // The integration validates links with the Slack stand-in's own token records.
    sandbox.attachSlack(&slack);
    if (!quitOnSignals(&app)) {
        err() << translate("Cannot watch for SIGINT and SIGTERM.") << Qt::endl;
        return 1;
    }
    if (!settings.stateFile.isEmpty() && !writeState(sandbox, slack, settings))
        return 1;
    printSummary(sandbox, slack, settings);

    const int status = QCoreApplication::exec();
    if (!settings.stateFile.isEmpty())
        QFile::remove(settings.stateFile);
    out() << translate("Bitbucket and Slack sandbox stopped.") << Qt::endl;
    return status;
}
