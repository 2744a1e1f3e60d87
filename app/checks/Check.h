#pragma once

#include "bitbucket/BitbucketRequest.h"
#include "bitbucket/HttpAnswer.h"
#include "checks/CheckContext.h"
#include "checks/CheckResult.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class QNetworkReply;

// One readiness check. start() runs it once; finished() follows exactly once, at the latest when
// the context's timeout runs out (a Fail that says so), unless cancel() came first. Subclasses
// implement run() and judge the answers of the requests they send.
class Check : public QObject
{
    Q_OBJECT

public:
    explicit Check(const CheckContext &context, QObject *parent = nullptr);
    ~Check() override;

    virtual QString id() const = 0;

    void start();
    // Stops every request; finished() is not emitted afterwards.
    void cancel();
    bool isActive() const { return m_active; }

Q_SIGNALS:
    void finished(const CheckResult &result);

protected:
    using AnswerHandler = std::function<void(const HttpAnswer &)>;

    virtual void run() = 0;
    // Stops whatever the subclass runs besides the requests sent with get() and post().
    virtual void stopWork() { }
    // Where the check waits when the deadline passes; the base names the last request's URL.
    virtual QUrl waitingFor() const { return m_lastUrl; }

    const CheckContext &context() const { return m_context; }
    const BitbucketTarget &target() const { return m_context.target; }

    // A request as every probe sends it; see BitbucketRequest.
    QNetworkRequest request(const QString &endpointPath, BitbucketRequest::Accept accept) const;
    QNetworkRequest request(const QUrl &url, BitbucketRequest::Accept accept) const;
    // A JSON POST to an administrator resource, with the Basic credentials when there are any.
    QNetworkRequest adminRequest(const QString &endpointPath) const;

    void get(const QNetworkRequest &request, AnswerHandler handler);
    void post(const QNetworkRequest &request, AnswerHandler handler);

    void finish(CheckResult::Status status, const QString &summary,
        const QString &detail = QString(), const QString &fix = QString());
    // For a request that got no HTTP answer: Skip after a TLS failure (bitbucket.tls explains
    // it), Fail for a refused connection, an unknown host, a timeout and the rest.
    void finishWithoutAnswer(const HttpAnswer &answer);

    // Text that came from the server, with the password and anything secret-looking masked.
    QString clean(const QString &text) const;
    // "GET https://host/path answered 404." and the message in the body, for details.
    QString describeAnswer(const HttpAnswer &answer) const;

private:
    void send(const QByteArray &verb, const QNetworkRequest &request, AnswerHandler handler);
    void onReplyFinished(QNetworkReply *reply, const AnswerHandler &handler);
    void onDeadline();
    void stopRequests();

    CheckContext m_context;
    QTimer m_deadline;
    QList<QPointer<QNetworkReply>> m_replies;
    QUrl m_lastUrl;
    bool m_active = false;
};
