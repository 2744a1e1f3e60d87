#include "loopback/LoopbackListener.h"

#include "common/Logging.h"
#include "loopback/LoopbackCertificate.h"
#include "loopback/LoopbackExchange.h"

#include <QLocale>
#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>

#include <utility>

namespace {

// A query value this long in a page can only have been copied from the request.
constexpr qsizetype echoedValueLength = 8;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 409:
        return QByteArrayLiteral("Conflict");
    case 410:
        return QByteArrayLiteral("Gone");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    default:
        break;
    }
    return status < 400 ? QByteArrayLiteral("OK") : QByteArrayLiteral("Error");
}

QByteArray htmlPage(const QString &title, const QString &message)
{
    const QString escapedTitle = title.toHtmlEscaped();
    const QString html = u"<!DOCTYPE html>\n<html lang=\"" + QLocale().bcp47Name().toHtmlEscaped()
        + u"\"><head><meta charset=\"utf-8\">"
          u"<meta name=\"viewport\" content=\"width=device-width\"><title>"
        + escapedTitle + u"</title></head>\n<body><h1>" + escapedTitle + u"</h1>\n<p>"
        + message.toHtmlEscaped() + u"</p></body></html>\n";
    return html.toUtf8();
}

// The whole HTTP response. The page may not be cached, may load nothing, may not be sniffed as
// anything but HTML, and its address (which holds the code) is never sent on as a referrer.
QByteArray httpResponse(int status, const QString &title, const QString &message)
{
    const QByteArray body = htmlPage(title, message);
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status)
        + "\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
        + QByteArray::number(body.size())
        + "\r\nCache-Control: no-store\r\n"
          "Content-Security-Policy: default-src 'none'\r\n"
          "Referrer-Policy: no-referrer\r\n"
          "X-Content-Type-Options: nosniff\r\n"
          "Connection: close\r\n";
    if (status == 405)
        response += "Allow: GET\r\n";
    return response + "\r\n" + body;
}

bool repeatsQueryValue(const LoopbackListener::Page &page, const QUrlQuery &query)
{
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &item : items) {
        const QString &value = item.second;
        if (value.size() >= echoedValueLength
            && (page.title.contains(value) || page.message.contains(value))) {
            return true;
        }
    }
    return false;
}

} // namespace

LoopbackListener::LoopbackListener(QObject *parent)
    : QObject(parent)
    , m_server(new QSslServer(this))
{
    m_server->setHandshakeTimeout(static_cast<int>(
        std::chrono::duration_cast<std::chrono::milliseconds>(handshakeTimeout).count()));
    m_server->setMaxPendingConnections(maxConnections);
    // Not newConnection: QSslServer emits that when the TCP connection comes in, before the
    // handshake, while the socket is only queued once it is encrypted.
    connect(m_server, &QSslServer::pendingConnectionAvailable, this,
        &LoopbackListener::takePendingConnections);
    // A browser that does not trust the certificate yet ends the handshake with an alert; that
    // is expected once, and only worth a debug line.
    connect(m_server, &QSslServer::errorOccurred, this,
        [](QSslSocket *, QAbstractSocket::SocketError error) {
            qCDebug(lcLoopback) << "Connection failed before a request:" << error;
        });
}

LoopbackListener::~LoopbackListener()
{
    close();
}

void LoopbackListener::setJudge(Judge judge)
{
    m_judge = std::move(judge);
}

bool LoopbackListener::listen(
    quint16 port, const QString &path, const LoopbackCertificate &certificate, QString *error)
{
    close();
    QString reason;
    if (!path.startsWith(u'/') || path.contains(u'?') || path.contains(u'#')) {
        reason = tr("The callback path \"%1\" must start with \"/\" and contain no \"?\" or "
                    "\"#\".")
                     .arg(path);
    } else if (certificate.isNull()) {
        reason = tr("The listener for Slack's answer has no certificate to serve.");
    } else {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificateChain(certificate.certificateChain());
        configuration.setPrivateKey(certificate.privateKey());
        configuration.setProtocol(QSsl::TlsV1_2OrLater);
        // A server that asks for a client certificate makes browsers offer the user's own.
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_server->setSslConfiguration(configuration);
        // Loopback only: neither QHostAddress::Any nor "::" may ever be used here.
        if (m_server->listen(QHostAddress(QHostAddress::LocalHost), port)) {
            m_path = path;
            qCInfo(lcLoopback) << "Listening for the Slack callback on"
                               << callbackUrl().toDisplayString();
            return true;
        }
        reason = listenFailure(port);
    }
    m_path.clear();
    qCWarning(lcLoopback) << "The loopback listener cannot start:" << reason;
    if (error)
        *error = reason;
    return false;
}

void LoopbackListener::close()
{
    const bool wasListening = m_server->isListening();
    m_server->close();
    // Connections still in their TLS handshake are the server's direct children.
    const auto handshaking = m_server->findChildren<QSslSocket *>(Qt::FindDirectChildrenOnly);
    for (QSslSocket *socket : handshaking) {
        socket->abort();
        socket->deleteLater();
    }
    // Connections that are reading are cut off; they neither reach the judge nor report back.
    const QList<QPointer<LoopbackExchange>> reading = std::exchange(m_reading, {});
    for (const QPointer<LoopbackExchange> &exchange : reading) {
        if (!exchange)
            continue;
        disconnect(exchange, nullptr, this, nullptr);
        exchange->abandon();
    }
    if (wasListening)
        qCInfo(lcLoopback) << "Stopped listening for the Slack callback";
}

bool LoopbackListener::isListening() const
{
    return m_server->isListening();
}

quint16 LoopbackListener::port() const
{
    return isListening() ? m_server->serverPort() : 0;
}

QUrl LoopbackListener::callbackUrl() const
{
    if (!isListening())
        return QUrl();
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server->serverPort());
    url.setPath(m_path);
    return url;
}

QString LoopbackListener::listenFailure(quint16 port) const
{
    switch (m_server->serverError()) {
    case QAbstractSocket::AddressInUseError:
        return tr("Port %1 on 127.0.0.1 is in use by another program, so Workspace Connector "
                  "cannot receive the browser's return from Slack. Close that program, or choose "
                  "another port (handshake/loopbackPort in the settings file); the Redirect URL in "
                  "the Slack "
                  "app must then be changed to the new address as well.")
            .arg(port);
    case QAbstractSocket::SocketAccessError:
        return tr("Workspace Connector may not listen on port %1 of 127.0.0.1 (ports below 1024 "
                  "need special rights). Choose another port (handshake/loopbackPort in the "
                  "settings file); "
                  "the Redirect URL in the Slack app must then be changed to the new address as "
                  "well.")
            .arg(port);
    default:
        break;
    }
    return tr("Workspace Connector cannot listen on port %1 of 127.0.0.1: %2. Choose another port "
              "(handshake/loopbackPort in the settings file); the Redirect URL in the Slack app "
              "must then be "
              "changed to the new address as well.")
        .arg(QString::number(port), m_server->errorString());
}

void LoopbackListener::takePendingConnections()
{
    if (!isListening()) {
        while (m_server->hasPendingConnections()) {
            QTcpSocket *late = m_server->nextPendingConnection();
            late->abort();
            late->deleteLater();
        }
        return;
    }
    // Starting an exchange may answer a callback at once, and a slot of callbackAccepted may
    // delete this listener.
    const QPointer<LoopbackListener> alive(this);
    while (m_reading.size() < maxConnections && m_server->hasPendingConnections()) {
        QTcpSocket *pending = m_server->nextPendingConnection();
        auto *socket = qobject_cast<QSslSocket *>(pending);
        if (!socket) {
            delete pending;
            continue;
        }
        auto *exchange = new LoopbackExchange(socket, readTimeout, this);
        m_reading.append(exchange);
        connect(exchange, &LoopbackExchange::requestRead, this,
            [this, exchange] { answerRequest(exchange); });
        connect(exchange, &LoopbackExchange::finished, this, [this, exchange] {
            m_reading.removeAll(exchange);
            takePendingConnections();
        });
        exchange->start();
        if (!alive)
            return;
    }
}

void LoopbackListener::answerRequest(LoopbackExchange *exchange)
{
    m_reading.removeAll(exchange);
    // A place to read is free again; connections waiting for one are taken from the event loop,
    // not from inside this exchange's read.
    QMetaObject::invokeMethod(
        this, &LoopbackListener::takePendingConnections, Qt::QueuedConnection);
    if (!isListening()) {
        exchange->abandon();
        return;
    }
    const CallbackRequest &request = exchange->request();
    switch (request.state()) {
    case CallbackRequest::State::TooLarge:
        reject(exchange, 431,
            tr("A request with headers larger than %1 KiB was turned away (HTTP 431).")
                .arg(CallbackRequest::maxHeadSize / 1024));
        return;
    case CallbackRequest::State::Malformed:
        reject(exchange, 400, tr("A request that is not valid HTTP was turned away (HTTP 400)."));
        return;
    case CallbackRequest::State::NeedMoreData:
    case CallbackRequest::State::Complete:
        break;
    }
    if (!request.hasPath(m_path)) {
        qCDebug(lcLoopback) << "Request for another path:" << request.path().left(100);
        reject(exchange, 404,
            tr("A request for an address other than the callback address was turned away "
               "(HTTP 404)."));
        return;
    }
    if (request.method() != "GET") {
        reject(exchange, 405,
            tr("A request with a method other than GET was turned away (HTTP 405)."));
        return;
    }

    const QUrlQuery query = request.query();
    const Page page = judged(query);
    exchange->answer(httpResponse(page.httpStatus, page.title, page.message));
    if (!page.accepted) {
        qCInfo(lcLoopback) << "Callback refused with HTTP" << page.httpStatus;
        return;
    }
    qCInfo(lcLoopback) << "Callback accepted with HTTP" << page.httpStatus;
    close();
    // Last: a slot may delete this listener.
    Q_EMIT callbackAccepted(query);
}

void LoopbackListener::reject(LoopbackExchange *exchange, int status, const QString &why)
{
    QString title;
    QString message;
    switch (status) {
    case 404:
        title = tr("Not found");
        message = tr("This address is not one Workspace Connector answers at.");
        break;
    case 405:
        title = tr("Method not allowed");
        message = tr("This address only takes the browser's return from Slack.");
        break;
    case 431:
        title = tr("Request too large");
        message = tr("The request's headers are larger than Workspace Connector accepts.");
        break;
    default:
        title = tr("Bad request");
        message = tr("Workspace Connector could not read this request.");
        break;
    }
    exchange->answer(httpResponse(status, title, message));
    qCInfo(lcLoopback) << "Request turned away with HTTP" << status;
    // Last: a slot may delete this listener.
    Q_EMIT requestRejected(why);
}

LoopbackListener::Page LoopbackListener::judged(const QUrlQuery &query) const
{
    if (!m_judge) {
        return {false, 503, tr("Not waiting for Slack"),
            tr("Workspace Connector is not waiting for Slack's answer at the moment. Start the "
               "installation in the program again.")};
    }
    Page page = m_judge(query);
    if (page.httpStatus < 200 || page.httpStatus > 599)
        page.httpStatus = 500;
    if (page.title.isEmpty() || repeatsQueryValue(page, query)) {
        if (!page.title.isEmpty())
            qCWarning(lcLoopback) << "The callback page repeated a query value; a plain page "
                                     "is shown instead";
        page.title =
            page.accepted ? tr("Slack's answer received") : tr("The workspace was not connected");
        page.message = page.accepted
            ? tr("You can close this tab and return to Workspace Connector.")
            : tr("Return to Workspace Connector to see what went wrong.");
    }
    return page;
}
