// The program's install path as one process, for tst_tokenleak and scripts/chromium-install: the
// real InstallController, loopback listener, ledger and redacting message handler, with settings,
// data and temporary files wherever the environment (HOME, XDG_*, TMPDIR) puts them. Whoever
// starts it plays the browser. It links what the program links, and nothing of the sandbox.
//
// Usage: install-driver SETUP.json
//
// SETUP.json, one object:
//   required: bitbucketUrl, adminUser, adminPassword, slackApiBase, slackAuthorizeUrl, appId,
//             clientId, clientSecret, signingSecret, verificationToken, manifest (an object)
//   optional: caBundle, loopbackPort (default: the program's), teamId (preselects a workspace),
//             certificateDirectory (default: the program's, under AppDataLocation),
//             replaceExisting (true: replace a link Bitbucket already has; default false),
//             timeoutSeconds (default 300),
//             holdAfterResult (true: after CONNECTED or FAILED, keep running, the ledger open,
//             until standard input is closed, so its files can be looked at as they are then)
//
// Prints on stdout, one line each:
//   CERTIFICATE <file>   the loopback certificate (PEM) the listener serves, before AUTHORIZE
//   AUTHORIZE <url>      the permission screen to open now
//   WARNING <text>       something the admin would be told that did not stop the install
//   CONNECTED <team id>  and exits 0
//   FAILED <code>        and exits 1
// Exit status 2, with the reason on stderr, for a setup that cannot be read or used.

#include "common/ApplicationSetup.h"
#include "install/InstallController.h"
#include "loopback/LoopbackCertificate.h"
#include "setup/SetupSession.h"
#include "store/Ledger.h"
#include "store/SecretStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSocketNotifier>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <unistd.h>

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

int setupError(const QString &reason)
{
    QTextStream(stderr) << "install-driver: " << reason << Qt::endl;
    return 2;
}

const char *const requiredKeys[] = {"bitbucketUrl", "adminUser", "adminPassword", "slackApiBase",
    "slackAuthorizeUrl", "appId", "clientId", "clientSecret", "signingSecret", "verificationToken"};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    ApplicationSetup::initialize(app);
    if (app.arguments().size() != 2)
        return setupError(QStringLiteral("usage: install-driver SETUP.json"));
    QFile file(app.arguments().at(1));
    if (!file.open(QIODevice::ReadOnly))
        return setupError(
            QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        return setupError(QStringLiteral("%1 is not a JSON object: %2")
                              .arg(file.fileName(), parseError.errorString()));
    }
    const QJsonObject setup = document.object();
    for (const char *key : requiredKeys) {
        if (setup.value(QLatin1String(key)).toString().isEmpty())
            return setupError(
                QStringLiteral("%1 has no \"%2\"").arg(file.fileName(), QLatin1String(key)));
    }
    if (!setup.value(QLatin1String("manifest")).isObject())
        return setupError(QStringLiteral("%1 has no \"manifest\" object").arg(file.fileName()));
    auto text = [&setup](const char *key) {
        return setup.value(QLatin1String(key)).toString();
    };

    ConnectionSettings connection;
    connection.slackAppId = text("appId");
    connection.slackClientId = text("clientId");
    connection.slackApiBase = QUrl(text("slackApiBase"));
    connection.slackAuthorizeUrl = QUrl(text("slackAuthorizeUrl"));
    connection.bitbucketBaseUrl = QUrl(text("bitbucketUrl"));
    connection.bitbucketUsername = text("adminUser");
    connection.caBundlePath = text("caBundle");
    if (setup.contains(QLatin1String("loopbackPort"))) {
        const int port = setup.value(QLatin1String("loopbackPort")).toInt();
        if (port < 1 || port > 65535)
            return setupError(QStringLiteral("loopbackPort must be a port from 1 to 65535"));
        connection.loopbackPort = quint16(port);
    }
    // What the wizard would have saved: the program's own settings file.
    QSettings settings;
    connection.save(settings);
    settings.sync();
    if (settings.status() != QSettings::NoError)
        return setupError(QStringLiteral("cannot write %1").arg(settings.fileName()));

    // The secrets stay in memory, as they do when no keychain is available.
    SetupSession session;
    session.setConnection(connection);
    session.setSecret(SecretKey::slackClientSecret, text("clientSecret"));
    session.setSecret(SecretKey::slackSigningSecret, text("signingSecret"));
    session.setSecret(SecretKey::slackVerificationToken, text("verificationToken"));
    session.setSecret(SecretKey::bitbucketPassword, text("adminPassword"));
    session.setManifest(SlackManifest(setup.value(QLatin1String("manifest")).toObject()));

    Ledger ledger;
    if (!ledger.open()) {
        return setupError(QStringLiteral("cannot open the ledger %1: %2")
                              .arg(ledger.path(), ledger.problem().explanation));
    }
    QNetworkAccessManager network;
    InstallController controller(&session, &settings, &network, &ledger);
    const QString certificateDirectory = text("certificateDirectory").isEmpty()
        ? InstallController::defaultCertificateDirectory()
        : text("certificateDirectory");
    controller.setCertificateDirectory(certificateDirectory);
    const bool replaceExisting = setup.value(QLatin1String("replaceExisting")).toBool(false);
    const bool hold = setup.value(QLatin1String("holdAfterResult")).toBool(false);

    // The result is printed at once; the exit waits for standard input to close when asked to.
    int result = -1;
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    input.setEnabled(false);
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&input, &result] {
        char buffer[256];
        if (::read(STDIN_FILENO, buffer, sizeof buffer) > 0)
            return;
        input.setEnabled(false);
        QCoreApplication::exit(result);
    });
    auto finish = [&input, &result, hold](int status) {
        if (result >= 0)
            return;
        result = status;
        if (hold)
            input.setEnabled(true);
        else
            QCoreApplication::exit(status);
    };

    QObject::connect(&controller, &InstallController::openBrowser, &app,
        [&certificateDirectory](const QUrl &url) {
            out() << "CERTIFICATE "
                  << QDir(certificateDirectory).filePath(LoopbackCertificate::certificateFileName())
                  << Qt::endl;
            out() << "AUTHORIZE " << url.toString(QUrl::FullyEncoded) << Qt::endl;
        });
    QObject::connect(&controller, &InstallController::warning, &app,
        [](const QString &message) { out() << "WARNING " << message << Qt::endl; });
    QObject::connect(&controller, &InstallController::workspaceConnected, &app,
        [&finish](const ConnectedWorkspace &workspace) {
            out() << "CONNECTED " << workspace.teamId << Qt::endl;
            finish(0);
        });
    QObject::connect(
        &controller, &InstallController::failed, &app, [&finish](const InstallFailure &failure) {
            out() << "FAILED " << failure.code << Qt::endl;
            finish(1);
        });
    // Bitbucket already has this workspace: the admin's answer comes from the setup.
    QObject::connect(&controller, &InstallController::replaceRequested, &app,
        [&controller, &finish, replaceExisting](const QString &, const QString &) {
            if (replaceExisting) {
                controller.decideReplace(true);
                return;
            }
            controller.decideReplace(false);
            out() << "FAILED already_connected" << Qt::endl;
            finish(1);
        });

    // Nothing waits forever: a browser that never comes back ends the run.
    const int timeoutSeconds = setup.value(QLatin1String("timeoutSeconds")).toInt(300);
    QTimer::singleShot(std::chrono::seconds(qMax(1, timeoutSeconds)), &app, [&controller, &result] {
        if (result < 0) {
            controller.cancel();
            out() << "FAILED driver_timeout" << Qt::endl;
        }
        // Also ends a hold that nobody ends.
        QCoreApplication::exit(result < 0 ? 1 : result);
    });

    if (!controller.start(text("teamId")))
        return 1; // failed() has printed the code
    const int status = QCoreApplication::exec();
    settings.sync();
    return status;
}
