#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

// What one Slack handshake gives: the workspace the app was installed into, the bot and the
// installer with their tokens, and the scopes Slack granted. The tokens are held only until they
// are handed to Bitbucket; nothing here is written anywhere.
struct Installation
{
    Q_DECLARE_TR_FUNCTIONS(Installation)

public:
    QString appId;
    QString teamId;
    QString teamName;
    QString enterpriseId; // empty unless the workspace belongs to an Enterprise Grid org
    QString enterpriseName;
    bool enterpriseInstall = false;
    QString botUserId;
    QString botToken; // xoxb-…
    QStringList botScopes;
    QString installerUserId;
    QString userToken; // xoxp-…, the installer's
    QStringList userScopes;

    // Reads a successful oauth.v2.access answer ("ok": true). nullopt with a translated reason in
    // *problem when something Bitbucket needs is missing; *missingUserToken says whether the
    // installer's token is what is missing.
    static std::optional<Installation> fromTokenAnswer(
        const QJsonObject &answer, QString *problem, bool *missingUserToken = nullptr);

    // The scopes the manifest asks for that Slack did not grant, in the order asked.
    QStringList missingBotScopes(const QStringList &requested) const;
    QStringList missingUserScopes(const QStringList &requested) const;

    // Drops the tokens, once Bitbucket has them.
    void forgetTokens();
};
