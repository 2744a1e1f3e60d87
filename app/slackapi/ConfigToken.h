#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// An app configuration token pair: the access token (xoxe.xoxp-…, 12 hours) and the single-use
// refresh token (xoxe-…). Kept in the keychain as one entry (SecretKey::slackConfigToken), so the
// pair is always saved together.
struct ConfigToken
{
    QString accessToken;
    QString refreshToken;
    QDateTime expiresAt; // invalid when unknown (a token the admin pasted)
    bool refreshInFlight = false; // the refresh token was sent and no new pair saved yet
    // Slack's error code that made this pair unusable for good ("invalid_refresh_token",
    // "token_revoked", "token_expired"); kept so that a later run does not ask Slack again.
    QString rejectedWith;

    bool isNull() const { return accessToken.isEmpty() && refreshToken.isEmpty(); }
    QJsonObject toJson() const;
    static ConfigToken fromJson(const QJsonObject &json);
    // What the Connect page stores: the token(s) the admin pasted.
    static ConfigToken fromPasted(const QString &accessToken, const QString &refreshToken);
    // The keychain entry: the JSON of toJson(), or a bare token that an earlier version stored.
    static ConfigToken fromStored(const QString &stored);
    QString toStored() const;

    bool operator==(const ConfigToken &other) const;
    bool operator!=(const ConfigToken &other) const { return !(*this == other); }
};
