#include "bitbucket/SlackLinkClient.h"

#include "bitbucket/BitbucketErrorBody.h"
#include "bitbucket/BitbucketRequest.h"
#include "bitbucket/CaBundle.h"
#include "bitbucket/IntegrationAnswer.h"
#include "common/Logging.h"
#include "troubleshoot/ErrorCatalogue.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace {

const QString connectionPath = QStringLiteral("/rest/slack/latest/connection");

void take(SlackLinkClient::Outcome *outcome, const IntegrationAnswer::Words &words)
{
    outcome->code = words.code;
    outcome->explanation = words.explanation;
    outcome->advice = words.advice;
}

} // namespace

SlackLinkClient::SlackLinkClient(
    QNetworkAccessManager *network, const BitbucketTarget &target, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_target(target)
{ }

SlackLinkClient::~SlackLinkClient()
{
    abort();
}

QByteArray SlackLinkClient::requestBody(const Credentials &credentials)
{
    const QJsonObject body {
        {QStringLiteral("custom"), true},
        {QStringLiteral("client_id"), credentials.clientId},
        {QStringLiteral("client_secret"), credentials.clientSecret},
        {QStringLiteral("signing_secret"), credentials.signingSecret},
        {QStringLiteral("verification_token"), credentials.verificationToken},
        {QStringLiteral("access_token"), credentials.userToken},
        {QStringLiteral("bot_access_token"), credentials.botToken},
    };
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

void SlackLinkClient::createLink(const Credentials &credentials, Callback done)
{
    send(connectionPath, credentials, false, std::move(done));
}

void SlackLinkClient::replaceLink(
    const QString &teamId, const Credentials &credentials, Callback done)
{
    send(connectionPath + u'/' + QString::fromLatin1(QUrl::toPercentEncoding(teamId)), credentials,
        true, std::move(done));
}

void SlackLinkClient::abort()
{
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void SlackLinkClient::send(
    const QString &path, const Credentials &credentials, bool replacing, Callback done)
{
    if (m_reply) {
        Outcome busy;
        busy.explanation = tr("A request to Bitbucket is already on its way.");
        busy.advice = tr("Wait for its answer, then try again.");
        done(busy);
        return;
    }
    const CaBundle bundle = CaBundle::load(m_target.caBundlePath);
    if (!bundle.isUsable()) {
        Outcome unusable;
        unusable.code = QStringLiteral("ca_bundle_unusable");
        unusable.explanation = bundle.problem();
        unusable.advice = tr("Choose a readable PEM file on the Connect page, or clear the CA "
                             "bundle field if the system's certificate authorities suffice.");
        done(unusable);
        return;
    }
    const QUrl url = IntegrationAnswer::endpoint(m_target.baseUrl, path);
    QNetworkRequest request = BitbucketRequest::create(
        url, bundle.sslConfiguration(), timeout, BitbucketRequest::Accept::Json);
    // Without credentials the request goes out unsigned, and Bitbucket's refusal says so.
    if (m_target.hasCredentials())
        BitbucketRequest::setBasicAuthorization(request, m_target.username, m_target.password);
    BitbucketRequest::setJsonPostHeaders(request);

    qCInfo(lcBitbucket) << (replacing ? "Replacing" : "Creating") << "a Slack link at"
                        << url.toDisplayString();
    m_sslErrors.clear();
    QNetworkReply *reply = m_network->post(request, requestBody(credentials));
    m_reply = reply;
    connect(reply, &QNetworkReply::sslErrors, this,
        [this](const QList<QSslError> &errors) { m_sslErrors += errors; });
    connect(
        reply, &QNetworkReply::finished, this, [this, reply, replacing, done = std::move(done)] {
            if (m_reply != reply)
                return;
            m_reply = nullptr;
            const Outcome outcome = judge(HttpAnswer::fromReply(reply, m_sslErrors), replacing);
            reply->deleteLater();
            qCInfo(lcBitbucket) << "Bitbucket answered" << outcome.httpStatus
                                << (outcome.ok ? "(saved)" : qPrintable(outcome.code));
            done(outcome);
        });
}

SlackLinkClient::Outcome SlackLinkClient::judge(const HttpAnswer &answer, bool replacing)
{
    Outcome outcome;
    outcome.httpStatus = answer.status;

    if (!answer.hasHttpStatus()) {
        take(&outcome, IntegrationAnswer::transport(answer, timeout));
        outcome.advice += u'\n'
            + tr("Whether Bitbucket saved the connection before the answer was lost is not "
                 "known: look at Bitbucket's Slack administration page before trying again.");
        return outcome;
    }

    const QByteArray body = answer.body.trimmed();
    if (answer.status == 200) {
        const QJsonObject object = QJsonDocument::fromJson(body).object();
        outcome.ok = true;
        outcome.teamId = object.value(QStringLiteral("teamId")).toString();
        outcome.teamName = object.value(QStringLiteral("teamName")).toString();
        return outcome;
    }

    // The integration's refusals are plain strings (sent as application/json); a proxy or
    // Bitbucket itself may answer with JSON or HTML instead.
    const BitbucketErrorBody parsed = BitbucketErrorBody::parse(body);
    const QString text = parsed.isHtml() || parsed.isEmpty()
        ? QString::fromUtf8(body.left(maxServerText))
        : parsed.text().left(maxServerText);
    outcome.serverText = IntegrationAnswer::serverText(body, parsed);

    if (IntegrationAnswer::isRefusal(answer)) {
        take(&outcome, IntegrationAnswer::refusal(answer, parsed));
        return outcome;
    }
    if (answer.status == 404) {
        take(&outcome, IntegrationAnswer::noIntegration());
        return outcome;
    }

    const QString code = ErrorCatalogue::codeForMessage(text);
    if (!code.isEmpty()) {
        take(&outcome, IntegrationAnswer::known(code));
        outcome.alreadyConnected =
            !replacing && code == QStringLiteral("bitbucket_already_connected");
        return outcome;
    }
    // Slack's own error code, which the integration passes on as the whole body.
    if (ErrorCatalogue::isSlackCode(text)) {
        take(&outcome, IntegrationAnswer::known(text));
        return outcome;
    }
    outcome.code = QStringLiteral("bitbucket_%1").arg(answer.status);
    outcome.explanation = answer.status >= 500
        ? tr("Bitbucket failed while saving the connection (HTTP %1).").arg(answer.status)
        : tr("Bitbucket refused the connection (HTTP %1) with an answer this program does not "
             "know.")
              .arg(answer.status);
    outcome.advice = tr("Read Bitbucket's answer below and its log (atlassian-bitbucket.log); "
                        "then try again.");
    return outcome;
}
