#include "loopback/LoopbackExchange.h"

#include "common/Logging.h"

#include <QSslSocket>

LoopbackExchange::LoopbackExchange(
    QSslSocket *socket, std::chrono::milliseconds readTimeout, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
{
    m_socket->setParent(this);
    m_timer.setSingleShot(true);
    m_timer.setInterval(readTimeout);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_request.state() == CallbackRequest::State::NeedMoreData)
            qCDebug(lcLoopback) << "No complete request within the read timeout; closing";
        else
            qCDebug(lcLoopback) << "The answer was not taken in time; closing";
        abandon();
    });
    m_grace.setSingleShot(true);
    m_grace.setInterval(closeGrace);
    connect(&m_grace, &QTimer::timeout, this, &LoopbackExchange::closeAfterAnswer);
}

void LoopbackExchange::start()
{
    connect(m_socket, &QSslSocket::readyRead, this, &LoopbackExchange::readAvailable);
    connect(m_socket, &QSslSocket::disconnected, this, &LoopbackExchange::finish);
    connect(m_socket, &QAbstractSocket::errorOccurred, this,
        [this](QAbstractSocket::SocketError error) {
            qCDebug(lcLoopback) << "Loopback connection:" << error;
            if (m_socket->state() == QAbstractSocket::UnconnectedState)
                finish();
        });
    m_timer.start();
    if (m_socket->state() != QAbstractSocket::ConnectedState) {
        finish();
        return;
    }
    // The socket may have brought data with it from the handshake.
    readAvailable();
}

void LoopbackExchange::answer(const QByteArray &response)
{
    if (m_answered || m_finished || m_request.state() == CallbackRequest::State::NeedMoreData)
        return;
    m_answered = true;
    m_socket->write(response);
    m_socket->flush();
    m_grace.start();
}

void LoopbackExchange::closeAfterAnswer()
{
    if (m_finished)
        return;
    // Sends close_notify and closes once everything written has gone out.
    m_socket->disconnectFromHost();
    if (m_socket->state() == QAbstractSocket::UnconnectedState)
        finish();
}

void LoopbackExchange::abandon()
{
    if (m_finished)
        return;
    // abort() may report the disconnection at once, which finishes the exchange already.
    m_socket->abort();
    finish();
}

void LoopbackExchange::readAvailable()
{
    // Whatever follows the head (a body, a second request) is read and dropped, so the socket
    // closes cleanly instead of resetting a connection with unread data.
    char buffer[4096];
    while (!m_finished && m_socket->bytesAvailable() > 0) {
        const qint64 received = m_socket->read(buffer, sizeof buffer);
        if (received <= 0)
            break;
        if (m_answered && m_grace.isActive())
            m_grace.start();
        if (m_request.state() != CallbackRequest::State::NeedMoreData)
            continue;
        if (m_request.feed(QByteArrayView(buffer, received))
            == CallbackRequest::State::NeedMoreData) {
            continue;
        }
        // From here on the exchange owns itself and ends itself: an answer that never comes,
        // or one the browser does not take, is cut off after lingerTimeout.
        setParent(nullptr);
        m_timer.start(lingerTimeout);
        Q_EMIT requestRead();
    }
}

void LoopbackExchange::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer.stop();
    m_grace.stop();
    // Scheduled before the signal goes out, so nothing touches this object after it: a receiver
    // may delete it (with its parent) while the signal is delivered.
    deleteLater();
    Q_EMIT finished();
}
