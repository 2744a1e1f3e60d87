#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>
#include <functional>

class LoopbackCertificate;
class LoopbackExchange;
class QSslServer;

// Where the browser comes back after Slack's permission screen: an HTTPS listener on 127.0.0.1
// only (never on all interfaces), at one port and one exact path, for one accepted callback.
// Qt 6.4's QOAuthHttpServerReplyHandler cannot serve TLS, listens on every interface and matches
// the path by prefix, hence this class.
//
// A GET on the exact path goes to the judge, whose Page becomes the browser's page (title and
// message HTML-escaped; nothing from the request is ever echoed). When the judge accepts, the
// listener stops listening at once and emits callbackAccepted after the page was written.
// Everything else is answered with an error status and a tiny page and never reaches the judge:
// another path (404, /favicon.ico too), another method (405), a malformed head (400), a head
// over CallbackRequest::maxHeadSize (431). A connection gets readTimeout to deliver its head and
// handshakeTimeout to finish TLS. At most maxConnections are read at once, as many as a browser
// opens to one host; further ones wait in the TLS handshake.
class LoopbackListener : public QObject
{
    Q_OBJECT

public:
    struct Page
    {
        bool accepted = false;
        int httpStatus = 400;
        QString title; // translated
        QString message; // translated; must not contain the code, the state or a token
    };
    // Decides about one callback from its query (values: QUrl::FullyDecoded). It may call
    // close(), but it must not delete the listener; use deleteLater() instead. The slots of
    // callbackAccepted and requestRejected may delete it.
    using Judge = std::function<Page(const QUrlQuery &query)>;

    static constexpr std::chrono::seconds readTimeout {10};
    static constexpr std::chrono::seconds handshakeTimeout {10};
    static constexpr int maxConnections = 6;

    explicit LoopbackListener(QObject *parent = nullptr);
    ~LoopbackListener() override;

    // Without a judge every callback is refused with 503.
    void setJudge(Judge judge);

    // Listens on 127.0.0.1:port (0: a port the system picks) for path, which must start with
    // '/' and hold no '?' or '#'. False and a translated reason if that is not possible, e.g.
    // when the port is in use.
    bool listen(quint16 port, const QString &path, const LoopbackCertificate &certificate,
        QString *error = nullptr);
    // Stops listening and ends connections that have not been answered yet; answers already
    // being written are finished. Emits nothing, and no request reaches the judge afterwards.
    void close();
    bool isListening() const;

    // The port being listened on; 0 when not listening.
    quint16 port() const;
    QString path() const { return m_path; }
    // https://127.0.0.1:<port><path>; empty when not listening.
    QUrl callbackUrl() const;

Q_SIGNALS:
    // The judge accepted this callback; the page is written and the listener no longer listens.
    void callbackAccepted(const QUrlQuery &query);
    // A request was turned away before reaching the judge; why is translated and holds no
    // request data.
    void requestRejected(const QString &why);

private:
    QString listenFailure(quint16 port) const;
    void takePendingConnections();
    void answerRequest(LoopbackExchange *exchange);
    void reject(LoopbackExchange *exchange, int status, const QString &why);
    Page judged(const QUrlQuery &query) const;

    QSslServer *m_server;
    Judge m_judge;
    QString m_path;
    QList<QPointer<LoopbackExchange>> m_reading;
};
