#pragma once

#include "install/HandshakeError.h"
#include "install/Installation.h"

#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>
#include <memory>

class AuthorizationState;
class QNetworkReply;
class QOAuth2AuthorizationCodeFlow;
class SlackTokenNetwork;
class SlackTokenReplyHandler;

// One Slack installation handshake at a time, built on QOAuth2AuthorizationCodeFlow: Slack's
// permission screen in the browser, then oauth.v2.access for the tokens.
//
// Qt 6.4.2 reports most failures of that flow only in its log (a wrong or missing state, a missing
// code, an "ok": false answer, a network error, an answer that never comes). This class makes
// every one a HandshakeError, emitted as failed() within seconds:
// - callbacks are judged here before the flow sees them (receiveCallback, receivePastedAddress),
//   against AuthorizationState: fresh 256-bit states, ten minutes, once;
// - the token answer is read here (SlackTokenReplyHandler), with the HTTP status, TLS errors and
//   Slack's "ok"/"error", instead of by the flow, which would only log them;
// - the token request has a transfer timeout, and the wait for the browser has a watchdog.
// The client secret goes to Slack by HTTP Basic, as Slack prefers, never in the request body.
class SlackHandshake : public QObject
{
    Q_OBJECT

public:
    struct Parameters
    {
        QUrl authorizeUrl; // https://slack.com/oauth/v2/authorize
        QUrl tokenUrl; // https://slack.com/api/oauth.v2.access
        QString clientId;
        QString clientSecret;
        QStringList botScopes;
        QStringList userScopes;
        QString teamId; // optional: preselects the workspace on the permission screen
        QString redirectUri; // the same on both legs
        QString caBundlePath; // trusted besides the system store, for the token request
    };

    // What the browser is told when its callback arrives, and whether the handshake goes on.
    struct CallbackVerdict
    {
        bool accepted = false;
        HandshakeError error; // when not accepted
    };

    static constexpr std::chrono::milliseconds defaultTokenTimeout {15000};

    // states outlives this object; it is shared by every handshake of the session so that replays
    // across attempts are recognised.
    explicit SlackHandshake(AuthorizationState *states, QObject *parent = nullptr);
    ~SlackHandshake() override;

    // Begins an attempt and emits browserUrlReady with the permission screen's address; false
    // (and failed()) when the parameters cannot make one. An attempt still running is cancelled.
    bool start(const Parameters &parameters);
    // The loopback listener's callback query, or the query of a pasted address.
    CallbackVerdict receiveCallback(const QUrlQuery &query);
    // Paste mode: the address the browser ended on.
    CallbackVerdict receivePastedAddress(const QString &text);
    // Ends the attempt without an error (the admin clicked Cancel in the program).
    void cancel();

    bool isActive() const { return m_active; }
    bool isExchangingCode() const { return m_exchanging; }
    QUrl authorizationUrl() const { return m_authorizationUrl; }

    // For tests: how long the browser and the token request may take.
    void setConsentTimeout(std::chrono::milliseconds timeout) { m_consentTimeout = timeout; }
    void setTokenTimeout(std::chrono::milliseconds timeout) { m_tokenTimeout = timeout; }

Q_SIGNALS:
    void browserUrlReady(const QUrl &url);
    void exchangingCode(); // the callback was accepted; Slack is being asked for the tokens
    void succeeded(const Installation &installation);
    void failed(const HandshakeError &error);

private:
    friend class SlackTokenReplyHandler;

    void tokenReplyFinished(QNetworkReply *reply);
    void fail(const HandshakeError &error);
    void finish();
    HandshakeError transportError(QNetworkReply *reply) const;

    AuthorizationState *m_states;
    Parameters m_parameters;
    std::unique_ptr<SlackTokenNetwork> m_network;
    QPointer<QOAuth2AuthorizationCodeFlow> m_flow;
    QPointer<SlackTokenReplyHandler> m_handler;
    QString m_state;
    QUrl m_authorizationUrl;
    QTimer m_consentTimer;
    QTimer m_tokenWatchdog;
    std::chrono::milliseconds m_consentTimeout;
    std::chrono::milliseconds m_tokenTimeout = defaultTokenTimeout;
    QList<QSslError> m_sslErrors;
    bool m_active = false;
    bool m_exchanging = false;
};
