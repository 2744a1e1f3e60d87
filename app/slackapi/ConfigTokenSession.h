#pragma once

#include "slackapi/ConfigToken.h"

#include <QObject>

#include <chrono>
#include <functional>

class SecretStore;
class SlackApiClient;

// Hands out a working app configuration token, rotating it with tooling.tokens.rotate before it
// expires. The rules that keep the single-use refresh token safe:
//  - at most one rotation at a time; callers that arrive meanwhile wait for it;
//  - before the refresh token is sent, the pair is saved with refreshInFlight set, so a crash
//    after sending can never lead to sending the same refresh token again;
//  - the new pair is saved to the keychain before the new access token is used.
// invalid_refresh_token, token_expired and token_revoked each end in a clear message and a
// Problem the page uses to ask for a new token.
class ConfigTokenSession : public QObject
{
    Q_OBJECT

public:
    enum class Problem {
        None,
        NoToken,             // none was entered
        KeychainUnavailable, // the pair cannot be kept, so rotation is refused
        InvalidRefreshToken, // Slack refused the refresh token
        RefreshTokenSpent,   // a rotation was interrupted after the refresh token was sent
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
        QString message;     // translated; what failed and what to do
    };
    using Callback = std::function<void(const Outcome &)>;

    ConfigTokenSession(SlackApiClient *client, SecretStore *secrets, QObject *parent = nullptr);

    // Rotate when less than this is left of the access token's life.
    static constexpr std::chrono::minutes rotationMargin{120};

    // A token that is good for at least rotationMargin, rotating first when needed.
    void accessToken(QObject *context, Callback done);
    // The admin entered a new token (pair): saved, replacing whatever was kept.
    void replace(const ConfigToken &token, QObject *context, Callback done);
    // An API call answered token_expired or token_revoked for this token.
    void reportRejected(const QString &slackError);
};
