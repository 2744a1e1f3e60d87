#include "slackapi/SlackApiClient.h"

#include "bitbucket/CaBundle.h"
#include "checks/NetworkProblem.h"
#include "checks/SslErrorAdvice.h"
#include "common/Logging.h"
#include "common/Redactor.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <memory>

namespace {

// Slack's answers are small; a manifest is a few kilobytes. Anything far larger is not Slack.
constexpr qint64 maxAnswerSize = 4 * 1024 * 1024;

// Retry-After is a number of seconds, or (rarely) an HTTP date.
int retryAfterSeconds(const QByteArray &header)
{
    bool isNumber = false;
    const int seconds = header.trimmed().toInt(&isNumber);
    if (isNumber)
        return qMax(0, seconds);
    const QDateTime when =
        QDateTime::fromString(QString::fromLatin1(header.trimmed()), Qt::RFC2822Date);
    if (!when.isValid())
        return 0;
    return int(qMax<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(when)));
}

// What the reply's signals told before it finished.
struct PendingCall
{
    QList<QSslError> sslErrors;
    bool requestSent = false;
};

// Without TLS there is no handshake to tell; only the errors that come before any byte is
// written prove that nothing was sent.
bool mayHaveBeenSent(QNetworkReply *reply)
{
    if (reply->url().scheme() == QLatin1String("https"))
        return false;
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
        return false;
    default:
        return true;
    }
}

} // namespace

SlackApiClient::SlackApiClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{ }

void SlackApiClient::setApiBase(const QUrl &base)
{
    m_apiBase = base;
}

QUrl SlackApiClient::apiBase() const
{
    return m_apiBase;
}

void SlackApiClient::setCaBundlePath(const QString &path)
{
    m_caBundlePath = path;
}

QUrl SlackApiClient::methodUrl(const QString &method) const
{
    QUrl url = m_apiBase.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    QString path = url.path();
    if (!path.endsWith(u'/'))
        path.append(u'/');
    url.setPath(path + method);
    return url;
}

QUrlQuery SlackApiClient::arguments(const QList<QPair<QString, QString>> &values)
{
    QUrlQuery query;
    for (const auto &value : values) {
        QString name = value.first;
        QString text = value.second;
        query.addQueryItem(
            name.replace(u'%', QLatin1String("%25")), text.replace(u'%', QLatin1String("%25")));
    }
    return query;
}

QByteArray SlackApiClient::formBody(const QUrlQuery &arguments)
{
    QByteArray body;
    const auto items = arguments.queryItems(QUrl::FullyDecoded);
    for (const auto &item : items) {
        if (!body.isEmpty())
            body.append('&');
        body.append(QUrl::toPercentEncoding(item.first));
        body.append('=');
        body.append(QUrl::toPercentEncoding(item.second));
    }
    return body;
}

void SlackApiClient::call(const QString &method, const QUrlQuery &arguments, const QString &token,
    QObject *context, Callback done)
{
    Q_ASSERT(context);
    const CaBundle bundle = CaBundle::load(m_caBundlePath);
    if (!bundle.isUsable()) {
        Reply reply;
        reply.transportError = bundle.problem();
        QTimer::singleShot(0, context, [done = std::move(done), reply] { done(reply); });
        return;
    }

    QNetworkRequest request(methodUrl(method));
    request.setSslConfiguration(bundle.sslConfiguration());
    request.setTransferTimeout(int(m_timeout.count()));
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(
        QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
        QByteArrayLiteral("application/x-www-form-urlencoded; charset=utf-8"));
    request.setRawHeader("Accept", "application/json");
    if (!token.isEmpty()) {
        Redactor::registerSecret(token);
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    }

    qCDebug(lcSlackApi).noquote() << "calling" << method << "at" << Redactor::redactUrl(m_apiBase);
    QNetworkReply *reply = m_network->post(request, formBody(arguments));
    auto pending = std::make_shared<PendingCall>();
    connect(reply, &QNetworkReply::sslErrors, reply,
        [pending](const QList<QSslError> &errors) { pending->sslErrors += errors; });
    // Whether the request may have left: over TLS nothing is written before the handshake is
    // done. Qt 6.4 does not emit requestSent for these posts, so the handshake and the upload
    // progress are what tell.
    connect(reply, &QNetworkReply::encrypted, reply, [pending] { pending->requestSent = true; });
    connect(reply, &QNetworkReply::requestSent, reply, [pending] { pending->requestSent = true; });
    connect(reply, &QNetworkReply::uploadProgress, reply, [pending](qint64 sent, qint64) {
        if (sent > 0)
            pending->requestSent = true;
    });
    connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    // The transfer timeout only notices silence; this bounds the whole call, however slowly an
    // answer trickles in. Aborting counts as a timeout (NetworkProblem).
    QTimer::singleShot(m_timeout, reply, [reply] {
        if (reply->isRunning())
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, context,
        [this, reply, pending, method, done = std::move(done)] {
            Reply answer = readReply(reply, pending->sslErrors);
            answer.requestSent =
                pending->requestSent || answer.httpStatus > 0 || mayHaveBeenSent(reply);
            qCDebug(lcSlackApi).noquote() << method << "answered HTTP" << answer.httpStatus
                                          << (answer.ok ? QStringLiteral("ok") : answer.error)
                                          << Redactor::redact(answer.transportError);
            done(answer);
        });
}

SlackApiClient::Reply SlackApiClient::readReply(
    QNetworkReply *reply, const QList<QSslError> &sslErrors) const
{
    Reply answer;
    answer.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (answer.httpStatus == 0) {
        answer.transportError = transportProblem(reply, sslErrors);
        return answer;
    }
    const QJsonDocument document = QJsonDocument::fromJson(reply->read(maxAnswerSize));
    if (document.isObject())
        answer.body = document.object();
    if (answer.httpStatus == 429) {
        // Slack says "ratelimited" in the body too, but the status is what it promises.
        answer.error = QStringLiteral("ratelimited");
        answer.retryAfterSeconds = retryAfterSeconds(reply->rawHeader("Retry-After"));
        return answer;
    }
    const QString host = reply->url().host();
    if (!document.isObject() || !answer.body.contains(QLatin1String("ok"))) {
        answer.transportError =
            tr("%1 answered HTTP %2 with something other than a Slack API answer. A proxy or "
               "the wrong API address may be in the way.")
                .arg(host)
                .arg(answer.httpStatus);
        return answer;
    }
    answer.ok = answer.httpStatus == 200 && answer.body.value(QLatin1String("ok")).toBool();
    if (!answer.ok) {
        answer.error = answer.body.value(QLatin1String("error")).toString();
        if (answer.error.isEmpty())
            answer.transportError = tr("%1 answered HTTP %2 without a Slack error code.")
                                        .arg(host)
                                        .arg(answer.httpStatus);
    }
    return answer;
}

QString SlackApiClient::transportProblem(
    QNetworkReply *reply, const QList<QSslError> &sslErrors) const
{
    const QUrl url = reply->url();
    if (!sslErrors.isEmpty()) {
        QStringList labels;
        for (SslErrorAdvice::Kind kind : SslErrorAdvice::kinds(sslErrors))
            labels.append(SslErrorAdvice::label(kind));
        return tr("The TLS certificate of %1 is not accepted (%2). If the connection passes "
                  "through a proxy that inspects TLS, add its certificate authority to the CA "
                  "bundle on the Connect page.")
            .arg(url.host(), labels.join(QStringLiteral(", ")));
    }
    const NetworkProblem::Kind kind = NetworkProblem::fromReplyError(reply->error());
    return NetworkProblem::summary(kind, url, m_timeout);
}
