#include "install/SlackHandshake.h"

#include "bitbucket/CaBundle.h"
#include "checks/SslErrorAdvice.h"
#include "common/Logging.h"
#include "common/Redactor.h"
#include "install/AuthorizationState.h"

#include <QAbstractOAuthReplyHandler>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QOAuth2AuthorizationCodeFlow>

// The network of the token request. It adds what Qt 6.4.2's flow cannot: HTTP Basic client
// authentication (the token-request modifier arrived in Qt 6.9), the CA bundle, no redirects, and
// a transfer timeout (Qt's default is none, so a silent server would hang the flow for ever).
class SlackTokenNetwork : public QNetworkAccessManager
{
public:
    SlackTokenNetwork(QString clientId, QString clientSecret, const QString &caBundlePath,
        std::chrono::milliseconds timeout)
        : m_clientId(std::move(clientId))
        , m_clientSecret(std::move(clientSecret))
        , m_ssl(CaBundle::load(caBundlePath).sslConfiguration())
    {
        setTransferTimeout(static_cast<int>(timeout.count()));
        setCookieJar(nullptr);
    }

    ~SlackTokenNetwork() override { m_clientSecret.fill(QLatin1Char('\0')); }

    QList<QSslError> sslErrors;

protected:
    QNetworkReply *createRequest(
        Operation operation, const QNetworkRequest &original, QIODevice *outgoingData) override
    {
        QNetworkRequest request(original);
        request.setSslConfiguration(m_ssl);
        request.setAttribute(
            QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        request.setAttribute(
            QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
        request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
        // RFC 6749 2.3.1: both parts form-encoded, then joined and base64-encoded.
        const QByteArray pair =
            QUrl::toPercentEncoding(m_clientId) + ':' + QUrl::toPercentEncoding(m_clientSecret);
        request.setRawHeader("Authorization", "Basic " + pair.toBase64());
        QNetworkReply *reply =
            QNetworkAccessManager::createRequest(operation, request, outgoingData);
        connect(reply, &QNetworkReply::sslErrors, reply,
            [this](const QList<QSslError> &errors) { sslErrors += errors; });
        return reply;
    }

private:
    QString m_clientId;
    QString m_clientSecret;
    QSslConfiguration m_ssl;
};

// Replaces Qt's reading of the token answer (QOAuthOobReplyHandler), which logs HTTP errors,
// "ok": false and non-JSON bodies without telling anyone, and would print a non-JSON body into the
// log. It hands the reply to the handshake instead. callback() is the redirect URI of both legs.
class SlackTokenReplyHandler : public QAbstractOAuthReplyHandler
{
public:
    SlackTokenReplyHandler(SlackHandshake *handshake, QString redirectUri)
        : QAbstractOAuthReplyHandler(handshake)
        , m_handshake(handshake)
        , m_redirectUri(std::move(redirectUri))
    { }

    QString callback() const override { return m_redirectUri; }

    void networkReplyFinished(QNetworkReply *reply) override
    {
        if (m_handshake)
            m_handshake->tokenReplyFinished(reply);
        // Qt 6.4.2 never deletes the token reply (fixed in 6.5.3).
        reply->deleteLater();
    }

    // A callback the handshake judged valid, handed to the flow as its reply handler would.
    void deliver(const QVariantMap &values) { Q_EMIT callbackReceived(values); }

private:
    QPointer<SlackHandshake> m_handshake;
    QString m_redirectUri;
};

SlackHandshake::SlackHandshake(AuthorizationState *states, QObject *parent)
    : QObject(parent)
    , m_states(states)
    , m_consentTimeout(std::chrono::duration_cast<std::chrono::milliseconds>(states->lifetime()))
{
    m_consentTimer.setSingleShot(true);
    m_tokenWatchdog.setSingleShot(true);
    connect(&m_consentTimer, &QTimer::timeout, this, [this] {
        qCInfo(lcInstall) << "No answer from the browser in time; the attempt ends";
        fail(HandshakeError::make(HandshakeError::Kind::NoCallback));
    });
    // The transfer timeout ends a silent token request; this is the net under it, in case a reply
    // never finishes at all.
    connect(&m_tokenWatchdog, &QTimer::timeout, this,
        [this] { fail(HandshakeError::make(HandshakeError::Kind::Timeout)); });
}

SlackHandshake::~SlackHandshake()
{
    if (m_active && !m_state.isEmpty())
        m_states->retire(m_state);
    delete m_flow;
}

bool SlackHandshake::start(const Parameters &parameters)
{
    if (m_active)
        cancel();
    const QUrl authorize = parameters.authorizeUrl;
    const QUrl token = parameters.tokenUrl;
    if (!authorize.isValid() || authorize.scheme() != QLatin1String("https") || !token.isValid()
        || token.scheme() != QLatin1String("https") || parameters.clientId.isEmpty()
        || parameters.clientSecret.isEmpty() || parameters.redirectUri.isEmpty()
        || (parameters.botScopes.isEmpty() && parameters.userScopes.isEmpty())) {
        QString detail;
        if (parameters.clientId.isEmpty() || parameters.clientSecret.isEmpty())
            detail = tr("The Client ID or the Client Secret is missing.");
        else if (parameters.botScopes.isEmpty() && parameters.userScopes.isEmpty())
            detail = tr("The Slack app's manifest asks for no scopes; read the manifest on the "
                        "HTTPS page first.");
        else if (parameters.redirectUri.isEmpty())
            detail = tr("No redirect URI is set.");
        else
            detail = tr("Slack's addresses must be https URLs.");
        // Nothing started, so there is no attempt to end; the error is still told.
        Q_EMIT failed(HandshakeError::make(HandshakeError::Kind::Configuration, detail));
        return false;
    }

    m_parameters = parameters;
    m_active = true;
    m_exchanging = false;
    m_sslErrors.clear();
    m_network = std::make_unique<SlackTokenNetwork>(
        parameters.clientId, parameters.clientSecret, parameters.caBundlePath, m_tokenTimeout);

    // A new flow per attempt: a 6.4.2 flow whose token request failed stays in
    // TemporaryCredentialsReceived and refuses to start again.
    delete m_flow;
    auto *flow = new QOAuth2AuthorizationCodeFlow(this);
    m_flow = flow;
    auto *handler = new SlackTokenReplyHandler(this, parameters.redirectUri);
    handler->setParent(flow);
    m_handler = handler;
    flow->setReplyHandler(handler);
    flow->setNetworkAccessManager(m_network.get());
    flow->setAuthorizationUrl(authorize);
    flow->setAccessTokenUrl(token);
    // The secret is deliberately not given to the flow: it would put it into the request body.
    // SlackTokenNetwork sends it by HTTP Basic.
    flow->setClientIdentifier(parameters.clientId);
    flow->setScope(parameters.botScopes.join(QLatin1Char(',')));
    m_state = m_states->issue();
    flow->setState(m_state);
    const QStringList botScopes = parameters.botScopes;
    const QString userScope = parameters.userScopes.join(QLatin1Char(','));
    const QString team = parameters.teamId;
    flow->setModifyParametersFunction([botScopes, userScope, team](QAbstractOAuth::Stage stage,
                                          QMultiMap<QString, QVariant> *values) {
        if (stage != QAbstractOAuth::Stage::RequestingAuthorization)
            return;
        if (botScopes.isEmpty())
            values->remove(QStringLiteral("scope"));
        if (!userScope.isEmpty())
            values->insert(QStringLiteral("user_scope"), userScope);
        if (!team.isEmpty())
            values->insert(QStringLiteral("team"), team);
    });
    connect(flow, &QAbstractOAuth::authorizeWithBrowser, this, [this](const QUrl &url) {
        m_authorizationUrl = url;
        Q_EMIT browserUrlReady(url);
    });

    m_consentTimer.start(m_consentTimeout);
    if (team.isEmpty())
        qCInfo(lcInstall) << "Handshake started; the admin picks the workspace";
    else
        qCInfo(lcInstall) << "Handshake started for" << team;
    flow->grant();
    return true;
}

SlackHandshake::CallbackVerdict SlackHandshake::receiveCallback(const QUrlQuery &query)
{
    using Kind = HandshakeError::Kind;
    CallbackVerdict verdict;
    const QString state = query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
    HandshakeError refusal;
    bool refused = true;
    switch (m_states->consume(state)) {
    case AuthorizationState::Verdict::Missing:
        refusal = HandshakeError::make(Kind::MissingState);
        break;
    case AuthorizationState::Verdict::Unknown:
        refusal = HandshakeError::make(Kind::WrongState);
        break;
    case AuthorizationState::Verdict::Expired:
        refusal = HandshakeError::make(Kind::ExpiredState);
        break;
    case AuthorizationState::Verdict::Replayed:
        refusal = HandshakeError::make(Kind::ReplayedState);
        break;
    case AuthorizationState::Verdict::Valid:
        refused = false;
        break;
    }
    // A valid state of an attempt that is no longer the one running cannot happen: states are
    // spent when their attempt ends. This only guards against a callback arriving mid-exchange.
    if (!refused && (!m_active || state != m_state || m_exchanging)) {
        refusal = HandshakeError::make(Kind::ReplayedState);
        refused = true;
    }
    if (!refused) {
        const QString slackError =
            query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
        const QString code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
        if (!slackError.isEmpty()) {
            refusal = HandshakeError::fromSlack(Kind::RefusedBySlack, slackError);
            refused = true;
        } else if (code.isEmpty()) {
            refusal = HandshakeError::make(Kind::MissingCode);
            refused = true;
        } else {
            Redactor::registerSecret(code);
            qCInfo(lcInstall) << "Callback accepted; exchanging the code";
            m_consentTimer.stop();
            m_exchanging = true;
            m_tokenWatchdog.start(m_tokenTimeout + std::chrono::milliseconds(5000));
            Q_EMIT exchangingCode();
            if (m_handler)
                m_handler->deliver(
                    {{QStringLiteral("code"), code}, {QStringLiteral("state"), state}});
            verdict.accepted = true;
            return verdict;
        }
    }
    qCInfo(lcInstall) << "Callback refused:" << refusal.code;
    verdict.error = refusal;
    // Any refused callback ends the running attempt: the admin sees why at once instead of
    // waiting for a second callback that will not come.
    if (m_active && !m_exchanging)
        fail(refusal);
    return verdict;
}

SlackHandshake::CallbackVerdict SlackHandshake::receivePastedAddress(const QString &text)
{
    const QUrl url = QUrl::fromUserInput(text.trimmed());
    if (!url.isValid() || !url.hasQuery()) {
        CallbackVerdict verdict;
        verdict.error = HandshakeError::make(HandshakeError::Kind::PastedAddressUnusable,
            tr("The text has no query part (nothing after a question mark), so it carries "
               "neither a code nor a state."));
        return verdict;
    }
    return receiveCallback(QUrlQuery(url));
}

void SlackHandshake::cancel()
{
    if (!m_active)
        return;
    qCInfo(lcInstall) << "Handshake cancelled by the admin";
    finish();
}

void SlackHandshake::fail(const HandshakeError &error)
{
    if (!m_active)
        return;
    finish();
    Q_EMIT failed(error);
}

void SlackHandshake::finish()
{
    m_active = false;
    m_exchanging = false;
    m_consentTimer.stop();
    m_tokenWatchdog.stop();
    m_states->retire(m_state);
    if (m_flow) {
        m_flow->disconnect(this);
        m_flow->deleteLater();
    }
    // The network goes after the flow and its replies; a reply still running is aborted by it.
    if (m_network)
        m_network.release()->deleteLater();
}

HandshakeError SlackHandshake::transportError(QNetworkReply *reply) const
{
    using Kind = HandshakeError::Kind;
    const QString host = reply->url().host();
    if (!m_sslErrors.isEmpty() || reply->error() == QNetworkReply::SslHandshakeFailedError) {
        QStringList labels;
        for (SslErrorAdvice::Kind kind : SslErrorAdvice::kinds(m_sslErrors))
            labels.append(SslErrorAdvice::label(kind));
        const QString what =
            labels.isEmpty() ? reply->errorString() : labels.join(QStringLiteral(", "));
        return HandshakeError::make(
            Kind::Tls, tr("The certificate of %1 was not accepted: %2.").arg(host, what));
    }
    if (reply->error() == QNetworkReply::OperationCanceledError
        || reply->error() == QNetworkReply::TimeoutError) {
        return HandshakeError::make(Kind::Timeout,
            tr("%1 did not answer within %n second(s).", nullptr,
                static_cast<int>(m_tokenTimeout.count() / 1000))
                .arg(host));
    }
    return HandshakeError::make(Kind::Unreachable, tr("%1: %2").arg(host, reply->errorString()));
}

void SlackHandshake::tokenReplyFinished(QNetworkReply *reply)
{
    using Kind = HandshakeError::Kind;
    if (!m_active || !m_exchanging)
        return;
    if (m_network)
        m_sslErrors = m_network->sslErrors;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0) {
        fail(transportError(reply));
        return;
    }
    // Read at most what a token answer can be; a proxy's error page can be large.
    const QByteArray body = reply->read(256 * 1024);
    if (status != 200) {
        HandshakeError error = HandshakeError::make(Kind::HttpStatus,
            tr("%1 answered HTTP %2 %3.")
                .arg(reply->url().host())
                .arg(status)
                .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString()));
        error.httpStatus = status;
        // Slack's errors can come with an HTTP error status too; its code is the better guide.
        const QJsonObject object = QJsonDocument::fromJson(body).object();
        const QString slackError = object.value(QStringLiteral("error")).toString();
        if (!slackError.isEmpty()) {
            error = HandshakeError::fromSlack(Kind::SlackError, slackError);
            error.httpStatus = status;
        }
        fail(error);
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        const QString contentType = reply->header(QNetworkRequest::ContentTypeHeader).toString();
        fail(HandshakeError::make(Kind::NotJson,
            tr("The answer is %n byte(s) of %1, not a JSON object.", nullptr,
                static_cast<int>(body.size()))
                .arg(contentType.isEmpty() ? tr("an unnamed type") : contentType)));
        return;
    }
    const QJsonObject answer = document.object();
    if (!answer.value(QStringLiteral("ok")).toBool(false)) {
        const QString slackError = answer.value(QStringLiteral("error")).toString();
        fail(slackError.isEmpty() ? HandshakeError::make(
                 Kind::SlackError, tr("Slack answered \"ok\": false without an error code."))
                                  : HandshakeError::fromSlack(Kind::SlackError, slackError));
        return;
    }
    QString problem;
    bool missingUserToken = false;
    std::optional<Installation> installation =
        Installation::fromTokenAnswer(answer, &problem, &missingUserToken);
    if (!installation) {
        HandshakeError error = HandshakeError::make(Kind::IncompleteAnswer, problem);
        if (missingUserToken)
            error.code = QStringLiteral("no_user_token");
        fail(error);
        return;
    }
    // Whatever might print them later (an error text quoting an answer), they are masked.
    Redactor::registerSecret(installation->botToken);
    Redactor::registerSecret(installation->userToken);
    qCInfo(lcInstall) << "Installed into" << installation->teamId;
    finish();
    Q_EMIT succeeded(*installation);
}
