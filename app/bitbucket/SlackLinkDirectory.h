#pragma once

#include "bitbucket/BitbucketTarget.h"
#include "bitbucket/HttpAnswer.h"
#include "workspaces/Workspace.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QSslError>
#include <QString>

#include <chrono>
#include <functional>
#include <optional>

class QNetworkAccessManager;

// The read and remove side of the REST API of Bitbucket's Slack integration: the list of
// workspace links (GET <base>/rest/slack/latest/connection), each link's live status
// (GET …/connection-status/{teamId}, which makes Bitbucket call Slack's auth.test with the bot
// token) and removing a link (DELETE …/connection/{teamId}).
//
// Any number of requests may run at once, each with its own callback; they share the one
// QNetworkAccessManager given (which opens at most six HTTP/1.1 connections per host and queues
// the rest). Every request carries a transfer timeout, is verified against the system store and
// the CA bundle, and never ignores a TLS error. Destroying the directory aborts every request;
// no callback runs after that, nor after abort().
class SlackLinkDirectory : public QObject
{
    Q_OBJECT

public:
    using RequestId = quint64;

    // Why a request did not give what it asked for, in the troubleshooter's words.
    struct Failure
    {
        int httpStatus = 0; // 0 when no HTTP answer arrived
        // The troubleshooter's code, e.g. "bitbucket_not_signed_in", "bitbucket_tls",
        // "bitbucket_unreachable", "bitbucket_no_integration"; "bitbucket_<status>" otherwise.
        QString code;
        QString serverText; // Bitbucket's body as it came, trimmed and shortened
        QString explanation; // translated: what went wrong
        QString advice; // translated: what to do next
    };

    struct ListResult
    {
        bool ok = false;
        QList<LinkSummary> links; // in Bitbucket's order; null fields as empty strings
        Failure failure; // when !ok
    };

    struct StatusResult
    {
        // What kept the answer from being a workspace's status. None: status is the row's.
        enum class Problem {
            None,
            SignIn, // a 401 (or 403, or a sign-in redirect) without the integration's "key"
            RateLimited, // 429: ask again after retryAfter
            Network, // no HTTP answer: refused, not found, timed out, closed
            Tls, // the certificate was not accepted
        };

        QString teamId;
        WorkspaceStatus status = WorkspaceStatus::Unknown; // meaningful when problem is None
        Problem problem = Problem::None;
        int httpStatus = 0;
        // Bitbucket's "status" or "key" ("CONNECTED", "OAUTH_FAILURE", ...), empty when none.
        QString key;
        QString serverError; // the integration's "error" text, as it came
        // Translated: what the status means and what to do (for a row), or the problem.
        QString detail;
        // For RateLimited: how long Bitbucket asked to wait; nothing when it did not say.
        std::optional<std::chrono::milliseconds> retryAfter;
        Failure failure; // for SignIn, Network, Tls and RateLimited: the words for the admin
        // For Network: Qt's error (NoError when the request could not be sent at all, e.g. an
        // unusable CA bundle, which failure.code names).
        QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
        QDateTime checkedAt; // UTC, when the answer arrived

        bool isRowStatus() const { return problem == Problem::None; }
    };

    struct RemoveResult
    {
        bool ok = false;
        Failure failure;
    };

    using ListCallback = std::function<void(const ListResult &)>;
    using StatusCallback = std::function<void(const StatusResult &)>;
    using RemoveCallback = std::function<void(const RemoveResult &)>;

    static constexpr std::chrono::milliseconds timeout {30000};
    static constexpr int maxServerText = 2000;
    // Longer waits than this in a Retry-After header are taken as this.
    static constexpr std::chrono::milliseconds maxRetryAfter {std::chrono::hours(1)};

    SlackLinkDirectory(
        QNetworkAccessManager *network, const BitbucketTarget &target, QObject *parent = nullptr);
    ~SlackLinkDirectory() override;

    BitbucketTarget target() const { return m_target; }

    // Each returns an id for abort(); done runs once, later, from the event loop (also when the
    // request could not be sent, e.g. for an unusable CA bundle), unless the request is aborted.
    RequestId list(ListCallback done);
    RequestId status(const QString &teamId, StatusCallback done);
    RequestId remove(const QString &teamId, RemoveCallback done);
    // GET /connection/{teamId}/info: the workspace's address (https://<name>.slack.com/), which
    // the integration asks Slack for with the bot token; an empty URL when it cannot tell.
    RequestId workspaceUrl(const QString &teamId, std::function<void(const QUrl &)> done);

    // Stops waiting for one request, or for all; their callbacks never run. Bitbucket may still
    // carry out a removal already sent.
    void abort(RequestId id);
    void abortAll();
    int pendingCount() const { return int(m_pending.size()); }

    // What answers mean, without a server (for tests).
    static ListResult judgeList(const HttpAnswer &answer);
    static StatusResult judgeStatus(const QString &teamId, const HttpAnswer &answer,
        const QByteArray &retryAfterHeader, const QDateTime &now);
    static RemoveResult judgeRemove(const HttpAnswer &answer);
    // Retry-After as delay-seconds or an HTTP date (IMF-fixdate, RFC 850 or asctime), relative
    // to now; nothing when the header is missing or unreadable. A date in the past gives 0.
    static std::optional<std::chrono::milliseconds> parseRetryAfter(
        const QByteArray &header, const QDateTime &now);

private:
    struct Pending
    {
        QNetworkReply *reply = nullptr; // nullptr while a refusal waits to be delivered
        QList<QSslError> sslErrors;
        std::function<void(const HttpAnswer &, const QByteArray &retryAfter)> finish;
        std::function<void(const Failure &)> refuse;
    };

    enum class Verb { Get, Delete };

    RequestId send(Verb verb, const QString &path, Pending pending);
    void finished(RequestId id);
    void release(Pending &pending);

    QNetworkAccessManager *m_network;
    BitbucketTarget m_target;
    QHash<RequestId, Pending> m_pending;
    RequestId m_lastId = 0;
};
