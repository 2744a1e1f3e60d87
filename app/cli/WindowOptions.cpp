#include "cli/WindowOptions.h"

#include "slackapi/ConfigToken.h"
#include "store/SecretStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

bool WindowOptions::parse(const QStringList &arguments, WindowOptions *options, QString *error)
{
    QCommandLineParser parser;
    const QCommandLineOption profile(QStringLiteral("profile"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption sandbox(QStringLiteral("sandbox"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption setup(QStringLiteral("setup"));
    parser.addOptions({profile, sandbox, setup});
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return false;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error = QCoreApplication::translate("WindowOptions", "Unknown command '%1'.")
                     .arg(parser.positionalArguments().constFirst());
        return false;
    }
    options->profile = parser.value(profile);
    options->sandboxStateFile = parser.value(sandbox);
    options->openSetup = parser.isSet(setup);
    if (!options->usesSandbox())
        return true;
    if (options->profile.isEmpty())
        options->profile = QStringLiteral("sandbox");
    return options->readSandboxState(error);
}

bool WindowOptions::readSandboxState(QString *error)
{
    QFile file(sandboxStateFile);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate(
            "WindowOptions", "Cannot read the sandbox state file %1: %2")
                     .arg(sandboxStateFile, file.errorString());
        return false;
    }
    const QJsonObject state = QJsonDocument::fromJson(file.readAll()).object();
    const QUrl baseUrl(state.value(QLatin1String("bitbucketUrl")).toString());
    if (!baseUrl.isValid() || baseUrl.isEmpty()) {
        *error = QCoreApplication::translate(
            "WindowOptions", "The sandbox state file %1 names no Bitbucket URL.")
                     .arg(sandboxStateFile);
        return false;
    }
    sandboxSettings.bitbucketBaseUrl = baseUrl;
    sandboxSettings.bitbucketUsername = state.value(QLatin1String("adminUser")).toString();
    sandboxSettings.caBundlePath = state.value(QLatin1String("caBundle")).toString();
    sandboxSettings.plainHttpPort = quint16(state.value(QLatin1String("plainHttpPort")).toInt(80));
    const QJsonObject slackApp = state.value(QLatin1String("slackApp")).toObject();
    sandboxSettings.slackAppId = slackApp.value(QLatin1String("appId")).toString();
    sandboxSettings.slackClientId = slackApp.value(QLatin1String("clientId")).toString();

    const QUrl slackApiBase(state.value(QLatin1String("slackApiBase")).toString());
    if (slackApiBase.isValid() && !slackApiBase.isEmpty())
        sandboxSettings.slackApiBase = slackApiBase;
    const QUrl authorizeUrl(state.value(QLatin1String("slackAuthorizeUrl")).toString());
    if (authorizeUrl.isValid() && !authorizeUrl.isEmpty())
        sandboxSettings.slackAuthorizeUrl = authorizeUrl;
    const ConfigToken configToken =
        ConfigToken::fromJson(state.value(QLatin1String("configToken")).toObject());
    if (!configToken.isNull())
        sandboxSecrets.insert(SecretKey::slackConfigToken, configToken.toStored());

    sandboxSecrets.insert(
        SecretKey::bitbucketPassword, state.value(QLatin1String("adminPassword")).toString());
    sandboxSecrets.insert(
        SecretKey::slackClientSecret, slackApp.value(QLatin1String("clientSecret")).toString());
    sandboxSecrets.insert(
        SecretKey::slackSigningSecret, slackApp.value(QLatin1String("signingSecret")).toString());
    sandboxSecrets.insert(SecretKey::slackVerificationToken,
        slackApp.value(QLatin1String("verificationToken")).toString());
    return true;
}
