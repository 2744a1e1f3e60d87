#include "bitbucket/SlackLinkDirectory.h"

#include "bitbucket/IntegrationAnswer.h"

#include "bitbucket/BitbucketErrorBody.h"
#include "bitbucket/BitbucketRequest.h"
#include "bitbucket/CaBundle.h"
#include "common/Logging.h"
#include "troubleshoot/ErrorCatalogue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

using Failure = SlackLinkDirectory::Failure;
using Problem = SlackLinkDirectory::StatusResult::Problem;

namespace {

const QString connectionPath = QStringLiteral("/rest/slack/latest/connection");
const QString statusPath = QStringLiteral("/rest/slack/latest/connection-status");

QString encoded(const QString &teamId)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(teamId));
}

// A JSON field as text; null, missing and anything that is not a string read as empty.
QString textOf(const QJsonObject &object, const QString &name)
{
    const QJsonValue value = object.value(name);
    return value.isString() ? value.toString() : QString();
}

void describe(Failure *failure, const IntegrationAnswer::Words &words)
{
    failure->code = words.code;
    failure->explanation = words.explanation;
    failure->advice = words.advice;
}

// No HTTP answer: a certificate that was not accepted, or a connection that did not work.
Failure transportFailure(const HttpAnswer &answer, bool *tls)
{
    Failure failure;
    describe(&failure, IntegrationAnswer::transport(answer, SlackLinkDirectory::timeout, tls));
    return failure;
}

// Bitbucket's body as the admin should see it: HTML reduced to its text, everything shortened.
QString serverTextOf(const QByteArray &body, const BitbucketErrorBody &parsed)
{
    return IntegrationAnswer::serverText(body, parsed);
}

// A refusal of the administrator's sign-in (401, 403 or a redirect to a login page), told
// apart the way the HTTPS page's bitbucket.admin check does.
Failure signInFailure(const HttpAnswer &answer, const BitbucketErrorBody &parsed)
{
    Failure failure;
    failure.httpStatus = answer.status;
    failure.serverText = serverTextOf(answer.body.trimmed(), parsed);
    describe(&failure, IntegrationAnswer::refusal(answer, parsed));
    return failure;
}

bool isRefusal(const HttpAnswer &answer)
{
    return IntegrationAnswer::isRefusal(answer);
}

Failure noIntegration(const HttpAnswer &answer)
{
    Failure failure;
    failure.httpStatus = answer.status;
    describe(&failure, IntegrationAnswer::noIntegration());
    return failure;
}

Failure unexpected(const HttpAnswer &answer, const QString &explanation)
{
    const QByteArray body = answer.body.trimmed();
    Failure failure;
    failure.httpStatus = answer.status;
    failure.serverText = serverTextOf(body, BitbucketErrorBody::parse(body));
    failure.code = QStringLiteral("bitbucket_%1").arg(answer.status);
    failure.explanation = explanation;
    failure.advice = SlackLinkDirectory::tr(
        "Read Bitbucket's answer and its log (atlassian-bitbucket.log); then try again.");
    return failure;
}

// The words a row shows for a status Bitbucket reported.
QString rowDetail(WorkspaceStatus status, const QString &key, const QString &serverError)
{
    QString text;
    if (status == WorkspaceStatus::Connected) {
        text = SlackLinkDirectory::tr("Slack accepted the bot token, and Slack's requests reach "
                                      "Bitbucket.");
    } else {
        const QString code = ErrorCatalogue::codeForStatusKey(key);
        if (!code.isEmpty()) {
            const Diagnosis diagnosis = ErrorCatalogue::describe(code);
            text = SlackLinkDirectory::tr("%1. %2", "a status's title, then what to do")
                       .arg(diagnosis.title, diagnosis.fix);
        } else {
            text = SlackLinkDirectory::tr(
                "Bitbucket's answer did not include the workspace's status.");
        }
    }
    if (!key.isEmpty())
        text += SlackLinkDirectory::tr(" (Bitbucket: %1)", "the status key Bitbucket sent")
                    .arg(serverError.isEmpty() ? key : key + QStringLiteral(", ") + serverError);
    return text;
}

} // namespace

SlackLinkDirectory::SlackLinkDirectory(
    QNetworkAccessManager *network, const BitbucketTarget &target, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_target(target)
{ }

SlackLinkDirectory::~SlackLinkDirectory()
{
    abortAll();
}

SlackLinkDirectory::RequestId SlackLinkDirectory::list(ListCallback done)
{
    Pending pending;
    pending.finish = [done](const HttpAnswer &answer, const QByteArray &) {
        done(judgeList(answer));
    };
    pending.refuse = [done](const Failure &failure) {
        ListResult result;
        result.failure = failure;
        done(result);
    };
    return send(Verb::Get, connectionPath, std::move(pending));
}

SlackLinkDirectory::RequestId SlackLinkDirectory::status(const QString &teamId, StatusCallback done)
{
    Pending pending;
    pending.finish = [done, teamId](const HttpAnswer &answer, const QByteArray &retryAfter) {
        done(judgeStatus(teamId, answer, retryAfter, QDateTime::currentDateTimeUtc()));
    };
    pending.refuse = [done, teamId](const Failure &failure) {
        StatusResult result;
        result.teamId = teamId;
        result.problem = Problem::Network;
        result.failure = failure;
        result.detail = failure.explanation;
        result.checkedAt = QDateTime::currentDateTimeUtc();
        done(result);
    };
    return send(Verb::Get, statusPath + u'/' + encoded(teamId), std::move(pending));
}

SlackLinkDirectory::RequestId SlackLinkDirectory::remove(const QString &teamId, RemoveCallback done)
{
    Pending pending;
    pending.finish = [done](const HttpAnswer &answer, const QByteArray &) {
        done(judgeRemove(answer));
    };
    pending.refuse = [done](const Failure &failure) {
        RemoveResult result;
        result.failure = failure;
        done(result);
    };
    return send(Verb::Delete, connectionPath + u'/' + encoded(teamId), std::move(pending));
}

SlackLinkDirectory::RequestId SlackLinkDirectory::workspaceUrl(
    const QString &teamId, std::function<void(const QUrl &)> done)
{
    Pending pending;
    pending.finish = [done](const HttpAnswer &answer, const QByteArray &) {
        const QUrl url(
            textOf(QJsonDocument::fromJson(answer.body).object(), QStringLiteral("teamUrl")));
        // Only an https address on slack.com is taken: it is shown as a link to click.
        const bool usable = answer.status == 200 && url.scheme() == QLatin1String("https")
            && (url.host() == QLatin1String("slack.com")
                || url.host().endsWith(QLatin1String(".slack.com")));
        done(usable ? url : QUrl());
    };
    pending.refuse = [done](const Failure &) {
        done(QUrl());
    };
    return send(Verb::Get, connectionPath + u'/' + encoded(teamId) + QStringLiteral("/info"),
        std::move(pending));
}

void SlackLinkDirectory::abort(RequestId id)
{
    auto found = m_pending.find(id);
    if (found == m_pending.end())
        return;
    Pending pending = std::move(*found);
    m_pending.erase(found);
    release(pending);
}

void SlackLinkDirectory::abortAll()
{
    QHash<RequestId, Pending> pending;
    pending.swap(m_pending);
    for (Pending &entry : pending)
        release(entry);
}

void SlackLinkDirectory::release(Pending &pending)
{
    if (QNetworkReply *reply = pending.reply) {
        pending.reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

SlackLinkDirectory::RequestId SlackLinkDirectory::send(
    Verb verb, const QString &path, Pending pending)
{
    const RequestId id = ++m_lastId;
    const CaBundle bundle = CaBundle::load(m_target.caBundlePath);
    if (!bundle.isUsable()) {
        Failure failure;
        failure.code = QStringLiteral("ca_bundle_unusable");
        failure.explanation = bundle.problem();
        failure.advice = tr("Choose a readable PEM file on the Connect page, or clear the CA "
                            "bundle field if the system's certificate authorities suffice.");
        m_pending.insert(id, std::move(pending));
        // Later, as an answer would come: the caller may still be setting up.
        QTimer::singleShot(0, this, [this, id, failure] {
            auto found = m_pending.find(id);
            if (found == m_pending.end())
                return;
            const Pending refused = std::move(*found);
            m_pending.erase(found);
            refused.refuse(failure);
        });
        return id;
    }

    const QUrl url = IntegrationAnswer::endpoint(m_target.baseUrl, path);
    QNetworkRequest request = BitbucketRequest::create(
        url, bundle.sslConfiguration(), timeout, BitbucketRequest::Accept::Json);
    // Without credentials the request goes out unsigned, and Bitbucket's refusal says so.
    if (m_target.hasCredentials())
        BitbucketRequest::setBasicAuthorization(request, m_target.username, m_target.password);
    QNetworkReply *reply = nullptr;
    if (verb == Verb::Delete) {
        // As the integration's own page sends it: a JSON content type and an empty object.
        BitbucketRequest::setJsonPostHeaders(request);
        qCInfo(lcBitbucket) << "Removing a Slack link at" << url.toDisplayString();
        reply = m_network->sendCustomRequest(request, QByteArrayLiteral("DELETE"), "{}");
    } else {
        qCDebug(lcBitbucket) << "Asking" << url.toDisplayString();
        reply = m_network->get(request);
    }
    pending.reply = reply;
    m_pending.insert(id, std::move(pending));
    connect(reply, &QNetworkReply::sslErrors, this, [this, id](const QList<QSslError> &errors) {
        auto found = m_pending.find(id);
        if (found != m_pending.end())
            found->sslErrors += errors;
    });
    connect(reply, &QNetworkReply::finished, this, [this, id] { finished(id); });
    return id;
}

void SlackLinkDirectory::finished(RequestId id)
{
    auto found = m_pending.find(id);
    if (found == m_pending.end())
        return;
    const Pending pending = std::move(*found);
    m_pending.erase(found);
    QNetworkReply *reply = pending.reply;
    const HttpAnswer answer = HttpAnswer::fromReply(reply, pending.sslErrors);
    const QByteArray retryAfter = reply->rawHeader("Retry-After");
    reply->disconnect(this);
    reply->deleteLater();
    pending.finish(answer, retryAfter);
}

SlackLinkDirectory::ListResult SlackLinkDirectory::judgeList(const HttpAnswer &answer)
{
    ListResult result;
    result.failure.httpStatus = answer.status;
    if (!answer.hasHttpStatus()) {
        bool tls = false;
        result.failure = transportFailure(answer, &tls);
        return result;
    }
    const QByteArray body = answer.body.trimmed();
    if (answer.status == 200) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(body, &error);
        const QJsonValue workspaces = document.object().value(QStringLiteral("workspaces"));
        if (error.error != QJsonParseError::NoError || !workspaces.isArray()) {
            // A login page or a proxy's page that came back as 200.
            result.failure = unexpected(answer,
                tr("Bitbucket's answer is not the list of workspace connections (HTTP 200 "
                   "without a \"workspaces\" list)."));
            return result;
        }
        const QJsonArray array = workspaces.toArray();
        for (const QJsonValue &value : array) {
            const QJsonObject object = value.toObject();
            LinkSummary link;
            link.teamId = textOf(object, QStringLiteral("teamId"));
            link.teamName = textOf(object, QStringLiteral("teamName"));
            link.appConfigurationUrl = textOf(object, QStringLiteral("appConfigurationUrl"));
            link.botUserId = textOf(object, QStringLiteral("botUserId"));
            link.botUserName = textOf(object, QStringLiteral("botUserName"));
            link.connectionError = textOf(object, QStringLiteral("connectionError"));
            if (!link.teamId.isEmpty())
                result.links.append(link);
        }
        result.ok = true;
        return result;
    }
    if (isRefusal(answer)) {
        result.failure = signInFailure(answer, BitbucketErrorBody::parse(body));
        return result;
    }
    if (answer.status == 404) {
        result.failure = noIntegration(answer);
        return result;
    }
    result.failure = unexpected(answer,
        tr("Bitbucket did not list the workspace connections (HTTP %1).").arg(answer.status));
    return result;
}

SlackLinkDirectory::StatusResult SlackLinkDirectory::judgeStatus(const QString &teamId,
    const HttpAnswer &answer, const QByteArray &retryAfterHeader, const QDateTime &now)
{
    StatusResult result;
    result.teamId = teamId;
    result.httpStatus = answer.status;
    result.checkedAt = now;
    result.failure.httpStatus = answer.status;
    if (!answer.hasHttpStatus()) {
        bool tls = false;
        result.failure = transportFailure(answer, &tls);
        result.problem = tls ? Problem::Tls : Problem::Network;
        result.networkError = answer.error;
        result.detail = result.failure.explanation;
        return result;
    }

    const QByteArray body = answer.body.trimmed();
    if (answer.status == 429) {
        result.problem = Problem::RateLimited;
        result.retryAfter = parseRetryAfter(retryAfterHeader, now);
        result.failure.code = QStringLiteral("bitbucket_429");
        result.failure.serverText = serverTextOf(body, BitbucketErrorBody::parse(body));
        result.failure.explanation = result.retryAfter
            ? tr("Bitbucket asks to slow down (HTTP 429) and to wait %n second(s).", "",
                int((result.retryAfter->count() + 999) / 1000))
            : tr("Bitbucket asks to slow down (HTTP 429).");
        result.failure.advice = tr("Wait a little, then verify again; Bitbucket's rate "
                                   "limiting settings (Administration > Rate limiting) say how "
                                   "many requests an administrator may make.");
        result.detail = result.failure.explanation;
        return result;
    }

    // The integration's own answers are JSON objects with "status" (200) or "key".
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject object = document.object();
    const bool json = parseError.error == QJsonParseError::NoError && document.isObject();
    const QString statusText = json ? textOf(object, QStringLiteral("status")) : QString();
    const QString key = json ? textOf(object, QStringLiteral("key")) : QString();
    result.serverError = json ? textOf(object, QStringLiteral("error")) : QString();

    if (key.isEmpty() && isRefusal(answer)) {
        result.problem = Problem::SignIn;
        result.failure = signInFailure(answer, BitbucketErrorBody::parse(body));
        result.detail = result.failure.explanation;
        return result;
    }

    if (answer.status == 200 && statusText == QLatin1String("CONNECTED")) {
        result.status = WorkspaceStatus::Connected;
        result.key = statusText;
    } else if (answer.status == 200 && statusText == QLatin1String("PARTIALLY_CONNECTED")) {
        result.status = WorkspaceStatus::Limited;
        result.key = statusText;
    } else if (key == QLatin1String("OAUTH_FAILURE")) {
        result.status = WorkspaceStatus::OAuthFailure;
        result.key = key;
    } else if (key == QLatin1String("NO_CONNECTION")) {
        result.status = WorkspaceStatus::NotConnected;
        result.key = key;
    } else if (key == QLatin1String("UNKNOWN")) {
        result.status = WorkspaceStatus::Unknown;
        result.key = key;
    } else {
        // Anything else says nothing about the workspace (6.2: Unknown), but says why.
        result.status = WorkspaceStatus::Unknown;
        result.key = !key.isEmpty() ? key : statusText;
        if (answer.status == 404)
            result.failure = noIntegration(answer);
        else
            result.failure = unexpected(answer,
                tr("Bitbucket's status answer (HTTP %1) is not one the Slack integration gives.")
                    .arg(answer.status));
        result.detail = result.failure.explanation;
        return result;
    }
    result.detail = rowDetail(result.status, result.key, result.serverError);
    return result;
}

SlackLinkDirectory::RemoveResult SlackLinkDirectory::judgeRemove(const HttpAnswer &answer)
{
    RemoveResult result;
    result.failure.httpStatus = answer.status;
    if (!answer.hasHttpStatus()) {
        bool tls = false;
        result.failure = transportFailure(answer, &tls);
        result.failure.advice += u'\n'
            + tr("Whether Bitbucket removed the connection before the answer was lost is not "
                 "known: list the workspaces again to see.");
        return result;
    }
    if (answer.status == 204 || answer.status == 200) {
        result.ok = true;
        return result;
    }
    const QByteArray body = answer.body.trimmed();
    if (isRefusal(answer)) {
        result.failure = signInFailure(answer, BitbucketErrorBody::parse(body));
        return result;
    }
    if (answer.status == 404) {
        result.failure = noIntegration(answer);
        return result;
    }
    if (answer.status == 400) {
        result.failure = unexpected(answer,
            tr("Bitbucket could not remove the workspace connection (HTTP 400): the Slack "
               "integration failed while deleting it."));
        return result;
    }
    result.failure = unexpected(answer,
        tr("Bitbucket did not remove the workspace connection (HTTP %1).").arg(answer.status));
    return result;
}

std::optional<std::chrono::milliseconds> SlackLinkDirectory::parseRetryAfter(
    const QByteArray &header, const QDateTime &now)
{
    const QByteArray text = header.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool number = false;
    const qlonglong seconds = text.toLongLong(&number);
    if (number) {
        if (seconds < 0)
            return std::nullopt;
        const qlonglong cap =
            std::chrono::duration_cast<std::chrono::seconds>(maxRetryAfter).count();
        return std::chrono::milliseconds(std::chrono::seconds(std::min(seconds, cap)));
    }
    // The three date forms HTTP allows, the first being the one servers send. The weekday is
    // left out: it adds nothing, and Qt refuses a date whose weekday it computes differently
    // (as for RFC 850's two-digit years, which it reads as 19xx).
    QString date = QString::fromLatin1(text).simplified();
    const qsizetype comma = date.indexOf(u',');
    const bool asctime = comma < 0;
    date = asctime ? date.mid(date.indexOf(u' ') + 1) : date.mid(comma + 1).trimmed();
    const QLocale c = QLocale::c();
    static const QStringList formats {
        QStringLiteral("dd MMM yyyy HH:mm:ss 'GMT'"),
        QStringLiteral("dd-MMM-yy HH:mm:ss 'GMT'"),
        QStringLiteral("MMM d HH:mm:ss yyyy"),
    };
    for (const QString &format : formats) {
        QDateTime when = c.toDateTime(date, format);
        if (!when.isValid())
            continue;
        when.setTimeSpec(Qt::UTC);
        if (when.date().year() < 1970)
            when = when.addYears(100);
        const qint64 delay = now.msecsTo(when);
        return std::min<std::chrono::milliseconds>(
            std::chrono::milliseconds(std::max<qint64>(delay, 0)), maxRetryAfter);
    }
    return std::nullopt;
}
