#pragma once

#include <QCoreApplication>
#include <QString>

// Why a Slack handshake did not give an installation, in words the admin can act on. Qt 6.4.2
// reports most of these only as log lines (qt-6.4-networkauth-and-platform.md, 1.2); SlackHandshake
// turns every one of them into one of these, shown on the page within seconds.
struct HandshakeError
{
    Q_DECLARE_TR_FUNCTIONS(HandshakeError)

public:
    enum class Kind {
        Cancelled, // the admin clicked Cancel on Slack's permission screen (error=access_denied)
        RefusedBySlack, // another error= from the permission screen
        MissingCode, // the callback has neither code nor error
        MissingState,
        WrongState, // a state this program did not issue
        ExpiredState, // issued more than ten minutes ago
        ReplayedState, // used before
        NoCallback, // the browser never came back within the state's lifetime
        ListenerUnavailable, // the loopback listener could not start
        PastedAddressUnusable, // paste mode: the text is not an address with a query
        Unreachable, // the token endpoint could not be reached
        Tls, // the token endpoint's certificate did not verify
        HttpStatus, // the token endpoint answered 4xx/5xx
        SlackError, // HTTP 200 with "ok": false
        NotJson, // an answer that is not a JSON object
        Timeout, // no answer in time
        IncompleteAnswer, // "ok": true but without what Bitbucket needs (for example the user
                          // token)
        Configuration, // the handshake cannot start: a setting is missing
    };

    Kind kind = Kind::Configuration;
    // Stable: Slack's error code when Slack gave one ("invalid_code", "access_denied", ...),
    // otherwise one of "state_missing", "state_mismatch", "state_expired", "state_replayed",
    // "code_missing", "no_callback", "listener_unavailable", "address_unusable", "unreachable",
    // "tls", "http_status", "not_json", "timeout", "no_user_token", "incomplete_answer",
    // "configuration".
    QString code;
    int httpStatus = 0;
    QString title; // one line, translated
    QString detail; // what happened, with what was seen (never a code, state or token)
    QString fix; // what to do next

    bool isNotDistributed() const
    {
        return code == QLatin1String("invalid_team_for_non_distributed_app");
    }

    // A Slack error code, from the permission screen's redirect or from oauth.v2.access, with the
    // words of the troubleshooter's catalogue.
    static HandshakeError fromSlack(Kind kind, const QString &slackCode);
    static HandshakeError make(Kind kind, const QString &detail = QString());
};
