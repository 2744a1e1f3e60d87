#pragma once

#include "slackapi/ConfigToken.h"
#include "slackapi/SlackApiClient.h"
#include "store/SecretStore.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>

// Hands out a working app configuration token, rotating it with tooling.tokens.rotate before it
// expires. The rules that keep the single-use refresh token safe:
//  - at most one rotation at a time; callers that arrive meanwhile wait for it;
//  - before the refresh token is sent, the pair is saved with refreshInFlight set, so a crash
//    after sending can never lead to sending the same refresh token again;
//  - the new pair is saved to the keychain before the new access token is used.
// invalid_refresh_token, token_expired and token_revoked each end in a clear message and a
// Problem the page uses to ask for a new token.
//
// A token whose expiry is unknown (one the admin pasted) is used as it is until a call reports
// token_expired (reportRejected), and rotated then. The keychain entry is read again before each
// use, so a token the Connect page saved directly is picked up.
class ConfigTokenSession : public QObject
{
    Q_OBJECT

public:
    enum class Problem {
        None,
        NoToken, // none was entered
        KeychainUnavailable, // the pair cannot be kept, so rotation is refused
        InvalidRefreshToken, // Slack refused the refresh token
        RefreshTokenSpent, // a rotation was interrupted after the refresh token was sent
        TokenExpired,
        TokenRevoked,
        SlackUnreachable,
        Other,
    };
    Q_ENUM(Problem)

    struct Outcome
    {
        QString accessToken; // empty unless problem == None
        Problem problem = Problem::Other;
        // Translated; what failed and what to do. With problem == None it may hold a notice
        // the admin should see (the keychain is unavailable, so the token is not rotated).
        QString message;
    };
    using Callback = std::function<void(const Outcome &)>;

    ConfigTokenSession(SlackApiClient *client, SecretStore *secrets, QObject *parent = nullptr);

    // Rotate when less than this is left of the access token's life.
    static constexpr std::chrono::minutes rotationMargin {120};

    // A token that is good for at least rotationMargin, rotating first when needed.
    void accessToken(QObject *context, Callback done);
    // The admin entered a new token (pair): saved, replacing whatever was kept.
    void replace(const ConfigToken &token, QObject *context, Callback done);
    // An API call answered token_expired or token_revoked for this token.
    void reportRejected(const QString &slackError);

    // The translated message for a problem, the same one accessToken() gives.
    static QString messageFor(Problem problem);
    // The Problem for one of Slack's token errors; Other for any other code.
    static Problem problemFor(const QString &slackError);

private:
    struct Waiter
    {
        QPointer<QObject> context;
        Callback done;
    };
    struct Replacement
    {
        ConfigToken token;
        Waiter waiter;
    };

    void schedule();
    void runReplacement(const Replacement &replacement);
    void load();
    void decide();
    void handOut();
    void rotate();
    void refuseRotation(const SecretStore::Result &saved);
    void onRotated(const SlackApiClient::Reply &reply);
    void onRenewed(const ConfigToken &fresh);
    void keepRefused(const QString &slackError);
    void giveUpAfterSending(const QString &reason);
    void saveThenFinish(const Outcome &outcome);
    bool reportedExpired() const;
    bool needsRotation() const;
    bool accessTokenStillValid() const;
    QString sessionOnlyNotice() const;
    void finish(const Outcome &outcome);
    static void deliver(const Waiter &waiter, const Outcome &outcome);
    static Outcome failure(Problem problem, const QString &message = QString());

    SlackApiClient *m_client;
    SecretStore *m_secrets;
    ConfigToken m_token;
    bool m_memoryOnly = false; // m_token is newer than what the keychain holds
    bool m_busy = false;
    QList<Waiter> m_waiters;
    QList<Replacement> m_replacements;
    // The access tokens that calls reported as expired or revoked.
    QString m_expiredToken;
    QString m_revokedToken;
};
