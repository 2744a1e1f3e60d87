#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// One Slack app the stand-in hosts: its manifest, its credentials (Basic Information page), its
// home workspace and whether its public distribution is activated.
struct SlackSandboxApp
{
    QString id;
    QString name; // "healthy", or what is wrong with it
    QJsonObject manifest;
    QString clientId;
    QString clientSecret;
    QString signingSecret;
    QString verificationToken;
    QString homeTeamId; // the workspace the app was created in
    bool distributed = true; // false: it installs into its home workspace only
    int updates = 0; // apps.manifest.update calls carried out
    QList<qint64> recentUpdates; // clock times of update calls in the last minute

    QString displayName() const; // display_information.name
    QString botName() const; // the bot user's name, from features.bot_user.display_name
    QStringList redirectUrls() const; // oauth_config.redirect_urls

    // Client id, client secret, signing secret and verification token, random and shaped like
    // Slack's.
    void makeCredentials();
};

using SlackSandboxApps = QMap<QString, SlackSandboxApp>; // by app id
