#pragma once

#include "loopback/CallbackRequest.h"

#include <QByteArray>
#include <QObject>
#include <QTimer>

#include <chrono>

class QSslSocket;

// One encrypted connection to the loopback listener, from the request head to the close: it
// reads one head (CallbackRequest), lets the listener decide, writes the one answer it is given
// and closes. LoopbackListener is its only user.
//
// Lifetime: while it reads, it is the listener's child, so destroying the listener ends it (and
// close() abandons it). When the head has been read it detaches itself before it says so, and
// from then on it lives until its answer has gone out and the socket closed, or lingerTimeout
// passed, whichever is first, and then deletes itself: a page the listener has begun to write is
// always finished, and nothing the listener's users do to the listener can pull the connection
// away under its feet.
class LoopbackExchange : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::seconds lingerTimeout {5};
    // How long the connection stays open after the answer while the client is still sending
    // (the rest of a head too large, a body): closing on unread bytes makes the kernel reset
    // the connection, and the client may lose the answer with it. A browser closes its side as
    // soon as it has the page, which ends the exchange earlier.
    static constexpr std::chrono::milliseconds closeGrace {300};

    // Takes ownership of socket, which has completed its TLS handshake. Nothing is read before
    // start(). A head that is not complete after readTimeout ends the exchange without answer.
    LoopbackExchange(
        QSslSocket *socket, std::chrono::milliseconds readTimeout, QObject *parent = nullptr);

    // May emit requestRead and finished before it returns.
    void start();
    const CallbackRequest &request() const { return m_request; }

    // Writes response (a whole HTTP response) and closes the connection once it is out and the
    // client has stopped sending for closeGrace. Only the first call counts, and only once the
    // head has been read.
    void answer(const QByteArray &response);
    // Ends the connection without an answer.
    void abandon();

Q_SIGNALS:
    // The head is complete, too large or malformed; request() says which. Emitted once, after
    // the exchange left its parent.
    void requestRead();
    // The connection closed or was abandoned; deletion is already scheduled. Emitted once.
    void finished();

private:
    void readAvailable();
    void closeAfterAnswer();
    void finish();

    QSslSocket *m_socket;
    CallbackRequest m_request;
    QTimer m_timer; // the read timeout, then lingerTimeout
    QTimer m_grace;
    bool m_answered = false;
    bool m_finished = false;
};
