#include "checks/Check.h"

#include "bitbucket/BitbucketErrorBody.h"
#include "bitbucket/BitbucketUrl.h"
#include "checks/NetworkProblem.h"
#include "checks/SslErrorAdvice.h"
#include "checks/TlsCheck.h"
#include "common/Logging.h"
#include "common/Redactor.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <utility>

Check::Check(const CheckContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &Check::onDeadline);
}

Check::~Check()
{
    stopRequests();
}

void Check::start()
{
    m_active = true;
    m_deadline.start(m_context.timeout);
    qCDebug(lcChecks) << "starting" << id();
    run();
}

void Check::cancel()
{
    if (!m_active)
        return;
    m_active = false;
    m_deadline.stop();
    stopRequests();
    stopWork();
    qCDebug(lcChecks) << "cancelled" << id();
}

QNetworkRequest Check::request(const QString &endpointPath, BitbucketRequest::Accept accept) const
{
    return request(BitbucketUrl::endpoint(target().baseUrl, endpointPath), accept);
}

QNetworkRequest Check::request(const QUrl &url, BitbucketRequest::Accept accept) const
{
    return BitbucketRequest::create(url, m_context.ssl, m_context.timeout, accept);
}

QNetworkRequest Check::adminRequest(const QString &endpointPath) const
{
    QNetworkRequest adminRequest = request(endpointPath, BitbucketRequest::Accept::Json);
    BitbucketRequest::setJsonPostHeaders(adminRequest);
    if (target().hasCredentials()) {
        BitbucketRequest::setBasicAuthorization(adminRequest, target().username, target().password);
    }
    return adminRequest;
}

void Check::get(const QNetworkRequest &request, AnswerHandler handler)
{
    send(QByteArrayLiteral("GET"), request, std::move(handler));
}

void Check::post(const QNetworkRequest &request, AnswerHandler handler)
{
    send(QByteArrayLiteral("POST"), request, std::move(handler));
}

void Check::send(const QByteArray &verb, const QNetworkRequest &request, AnswerHandler handler)
{
    m_lastUrl = request.url();
    qCDebug(lcChecks) << id() << verb << Redactor::redactUrl(request.url());
    QNetworkReply *reply = verb == "POST" ? m_context.network->post(request, QByteArray())
                                          : m_context.network->get(request);
    m_replies.append(reply);
    // Recorded for the report only: nothing here ever calls ignoreSslErrors().
    connect(reply, &QNetworkReply::sslErrors, this, [reply](const QList<QSslError> &errors) {
        reply->setProperty("connectorSslErrors", QVariant::fromValue(errors));
    });
    connect(reply, &QNetworkReply::finished, this,
        [this, reply, handler = std::move(handler)] { onReplyFinished(reply, handler); });
}

void Check::onReplyFinished(QNetworkReply *reply, const AnswerHandler &handler)
{
    m_replies.removeAll(reply);
    reply->deleteLater();
    if (!m_active)
        return;
    const auto sslErrors = reply->property("connectorSslErrors").value<QList<QSslError>>();
    const HttpAnswer answer = HttpAnswer::fromReply(reply, sslErrors);
    qCDebug(lcChecks) << id() << Redactor::redactUrl(answer.url) << "answered" << answer.status
                      << answer.error;
    handler(answer);
}

void Check::stopRequests()
{
    const QList<QPointer<QNetworkReply>> replies = std::exchange(m_replies, {});
    for (const QPointer<QNetworkReply> &reply : replies) {
        if (!reply)
            continue;
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
}

void Check::onDeadline()
{
    if (!m_active)
        return;
    stopRequests();
    stopWork();
    const QUrl url = waitingFor();
    finish(CheckResult::Status::Fail, NetworkProblem::timeoutSummary(url, m_context.timeout),
        tr("Waiting for: %1").arg(Redactor::redactUrl(url)),
        NetworkProblem::fix(NetworkProblem::Kind::Timeout, url));
}

void Check::finish(
    CheckResult::Status status, const QString &summary, const QString &detail, const QString &fix)
{
    if (!m_active)
        return;
    m_active = false;
    m_deadline.stop();
    stopRequests();
    stopWork();
    CheckResult result;
    result.id = id();
    result.status = status;
    result.summary = summary;
    result.detail = detail;
    result.fix = fix;
    qCDebug(lcChecks) << "finished" << id() << CheckResult::statusName(status);
    Q_EMIT finished(result);
}

void Check::finishWithoutAnswer(const HttpAnswer &answer)
{
    const NetworkProblem::Kind kind = NetworkProblem::fromReplyError(answer.error);
    const QString request = tr("Request: %1").arg(Redactor::redactUrl(answer.url));
    if (kind == NetworkProblem::Kind::Tls) {
        const QString reason = answer.sslErrors.isEmpty()
            ? answer.errorString
            : SslErrorAdvice::explainAll(answer.sslErrors, answer.url.host());
        finish(CheckResult::Status::Skip,
            tr("Skipped: the TLS connection failed (see %1).").arg(TlsCheck::checkId()),
            request + u'\n' + reason,
            tr("Fix what the %1 check reports first.").arg(TlsCheck::checkId()));
        return;
    }
    finish(CheckResult::Status::Fail, NetworkProblem::summary(kind, answer.url, m_context.timeout),
        request + u'\n' + tr("Error: %1").arg(clean(answer.errorString)),
        NetworkProblem::fix(kind, answer.url));
}

QString Check::clean(const QString &text) const
{
    QString cleaned = text;
    // Like Redactor, very short passwords are left alone: masking them would garble words.
    if (target().password.size() >= 4)
        cleaned.replace(target().password, Redactor::mask.toString());
    return Redactor::redact(cleaned);
}

QString Check::describeAnswer(const HttpAnswer &answer) const
{
    QString text =
        tr("%1 answered HTTP %2.").arg(Redactor::redactUrl(answer.url)).arg(answer.status);
    if (answer.location.isValid())
        text += u'\n' + tr("Location: %1").arg(Redactor::redactUrl(answer.location));
    // A success's body is data, not a message worth showing.
    const BitbucketErrorBody body = BitbucketErrorBody::parse(answer.body);
    if (answer.status >= 300 && !body.text().isEmpty())
        text += u'\n' + tr("Message: %1").arg(clean(body.text()));
    return text;
}
