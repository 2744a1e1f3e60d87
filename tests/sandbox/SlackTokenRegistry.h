#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <chrono>

// The app configuration tokens the Slack stand-in has issued, with Slack's rules: an access token
// (xoxe.xoxp-…) expires after its lifetime, a refresh token (xoxe-…) can be exchanged once, and
// revoking either token of a pair revokes every token descended from it.
class SlackTokenRegistry
{
public:
    struct Pair
    {
        QString accessToken;
        QString refreshToken;
        QDateTime issuedAt;
        QDateTime expiresAt;
    };

    enum class Verdict { Valid, Unknown, Expired, Revoked };

    Pair issue(std::chrono::seconds lifetime);
    // A new pair for a refresh token that was never used, or an empty pair and Slack's error code
    // in *error ("invalid_refresh_token", "token_revoked").
    Pair rotate(const QString &refreshToken, std::chrono::seconds lifetime, QString *error);

    Verdict check(const QString &accessToken) const;
    // Slack's error code for a verdict other than Valid.
    static QString errorCode(Verdict verdict);

    void expire(const QString &accessToken);
    void revoke(const QString &token); // the access or the refresh token of a pair
    int rotations() const { return m_rotations; }

private:
    struct Access
    {
        int family = 0;
        QDateTime expiresAt;
    };
    struct Refresh
    {
        int family = 0;
        bool used = false;
    };

    Pair issueInFamily(int family, std::chrono::seconds lifetime);
    static QString randomPart();

    QHash<QString, Access> m_access;
    QHash<QString, Refresh> m_refresh;
    QList<bool> m_familyRevoked;
    int m_rotations = 0;
};
