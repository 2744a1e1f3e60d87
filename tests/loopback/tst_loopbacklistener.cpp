#include "loopback/CallbackRequest.h"
#include "loopback/LoopbackCertificate.h"
#include "loopback/LoopbackListener.h"

#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <memory>

using namespace std::chrono_literals;

namespace {

const QString callbackPath = QStringLiteral("/workspace-connector/callback");
const QByteArray secretCode = QByteArrayLiteral("SECRETCODE");
const QByteArray secretState = QByteArrayLiteral("SECRETSTATE");
constexpr int readTimeoutMs = int(std::chrono::milliseconds(LoopbackListener::readTimeout).count());

QSslConfiguration trusting(const QSslCertificate &certificate)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates({certificate});
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    return configuration;
}

// Whether response holds a whole head and as much body as its Content-Length says.
bool isComplete(const QByteArray &response)
{
    const qsizetype headEnd = response.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return false;
    const QByteArray marker = "\r\nContent-Length: ";
    const qsizetype at = response.indexOf(marker);
    if (at < 0 || at > headEnd)
        return false;
    const qsizetype lineEnd = response.indexOf("\r\n", at + marker.size());
    const qsizetype length =
        response.mid(at + marker.size(), lineEnd - at - marker.size()).toLongLong();
    return response.size() - headEnd - 4 >= length;
}

// A TLS client that trusts the listener's certificate and nothing else, and keeps what it gets.
class Client : public QObject
{
public:
    explicit Client(const QSslCertificate &trusted)
    {
        m_socket.setSslConfiguration(trusting(trusted));
        connect(&m_socket, &QIODevice::readyRead, this, [this] {
            received += m_socket.readAll();
            // As a browser does with "Connection: close": done once the page is in.
            if (isComplete(received))
                m_socket.disconnectFromHost();
        });
        connect(&m_socket, &QSslSocket::encrypted, this, [this] { encrypted = true; });
        connect(&m_socket, &QAbstractSocket::disconnected, this, [this] { closed = true; });
        connect(&m_socket, &QAbstractSocket::errorOccurred, this,
            [this](QAbstractSocket::SocketError error) {
                errors.append(error);
                if (m_socket.state() == QAbstractSocket::UnconnectedState)
                    closed = true;
            });
        // Recorded, never ignored: the handshake must succeed on trust alone.
        connect(&m_socket, &QSslSocket::sslErrors, this,
            [this](const QList<QSslError> &list) { sslErrors += list; });
    }

    bool open(quint16 port)
    {
        m_socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
        return QTest::qWaitFor([this] { return encrypted || closed; }, 5000) && encrypted;
    }

    void send(const QByteArray &bytes)
    {
        m_socket.write(bytes);
        m_socket.flush();
    }

    bool waitClosed(int timeoutMs = 5000)
    {
        return QTest::qWaitFor([this] { return closed; }, timeoutMs);
    }

    // The whole answer to one request, read until the listener closes.
    QByteArray exchange(quint16 port, const QByteArray &request)
    {
        if (!open(port))
            return QByteArray();
        send(request);
        waitClosed();
        return received;
    }

    QSslSocket m_socket;
    QByteArray received;
    bool encrypted = false;
    bool closed = false;
    QList<QAbstractSocket::SocketError> errors;
    QList<QSslError> sslErrors;
};

int statusOf(const QByteArray &response)
{
    // "HTTP/1.1 404 Not Found"
    if (!response.startsWith("HTTP/1.1 ") || response.size() < 12)
        return -1;
    bool ok = false;
    const int status = response.mid(9, 3).toInt(&ok);
    return ok ? status : -1;
}

QByteArray headerOf(const QByteArray &response, const QByteArray &name)
{
    const qsizetype headEnd = response.indexOf("\r\n\r\n");
    const QList<QByteArray> lines = response.left(headEnd).split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == name.toLower())
            return line.mid(colon + 1).trimmed();
    }
    return QByteArray();
}

QByteArray bodyOf(const QByteArray &response)
{
    const qsizetype headEnd = response.indexOf("\r\n\r\n");
    return headEnd < 0 ? QByteArray() : response.mid(headEnd + 4);
}

QByteArray callbackRequest(const QByteArray &method = "GET")
{
    return method + " " + callbackPath.toLatin1() + "?code=" + secretCode + "&state=" + secretState
        + " HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: test\r\n\r\n";
}

// Whether a plain TCP connection to address:port is refused (or cannot be made at all).
bool connectionRefused(const QHostAddress &address, quint16 port)
{
    QTcpSocket socket;
    bool failed = false;
    bool connected = false;
    QObject::connect(&socket, &QAbstractSocket::connected, &socket, [&] { connected = true; });
    QObject::connect(&socket, &QAbstractSocket::errorOccurred, &socket,
        [&](QAbstractSocket::SocketError) { failed = true; });
    socket.connectToHost(address, port);
    static_cast<void>(QTest::qWaitFor([&] { return failed || connected; }, 3000));
    return failed && !connected;
}

// The local addresses of LISTEN sockets on port, from /proc/net/tcp and tcp6, as the kernel
// writes them (hex: 0100007F is 127.0.0.1).
QStringList listeningAddresses(quint16 port)
{
    QStringList addresses;
    const QString portHex = QStringLiteral("%1").arg(port, 4, 16, QLatin1Char('0')).toUpper();
    for (const QString &table :
        {QStringLiteral("/proc/net/tcp"), QStringLiteral("/proc/net/tcp6")}) {
        QFile file(table);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> lines = file.readAll().split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QList<QByteArray> fields = lines.at(i).simplified().split(' ');
            if (fields.size() < 4 || fields.at(3) != "0A") // 0A: TCP_LISTEN
                continue;
            const QList<QByteArray> local = fields.at(1).split(':');
            if (local.size() == 2 && QString::fromLatin1(local.at(1)) == portHex)
                addresses.append(QString::fromLatin1(local.at(0)));
        }
    }
    return addresses;
}

LoopbackListener::Page acceptedPage()
{
    return {true, 200, QStringLiteral("Signed in"), QStringLiteral("You can close this tab.")};
}

} // namespace

class TestLoopbackListener : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void callbackUrlWhileListening();
    void listensOnLoopbackOnly();
    void portInUseIsReported_data();
    void portInUseIsReported();
    void badArgumentsAreRefused_data();
    void badArgumentsAreRefused();

    void acceptsExactlyOneCallback();
    void pageHoldsNothingFromTheRequest();
    void refusedCallbackKeepsListening();
    void withoutJudgeEveryCallbackIsRefused();
    void otherRequestsNeverReachTheJudge_data();
    void otherRequestsNeverReachTheJudge();
    void manyConnectionsAreAllAnswered();

    void slowClientIsDroppedWithoutBlockingOthers();
    void closeWhileReading();
    void destroyedWhileReading();
    void judgeMayCloseTheListener();
    void acceptedSlotMayDeleteTheListener();
    void listensAgainOnTheSamePort();

private:
    LoopbackListener::Judge countingJudge(LoopbackListener::Page page);

    QTemporaryDir m_folder;
    LoopbackCertificate m_certificate;
    std::unique_ptr<LoopbackListener> m_listener;
    QList<QUrlQuery> m_judged;
};

void TestLoopbackListener::initTestCase()
{
    QVERIFY(m_folder.isValid());
    QString error;
    m_certificate =
        LoopbackCertificate::loadOrCreate(m_folder.filePath(QStringLiteral("tls")), &error);
    QVERIFY2(!m_certificate.isNull(), qPrintable(error));
}

void TestLoopbackListener::init()
{
    m_judged.clear();
    m_listener = std::make_unique<LoopbackListener>();
    m_listener->setJudge(countingJudge(acceptedPage()));
    QString error;
    QVERIFY2(m_listener->listen(0, callbackPath, m_certificate, &error), qPrintable(error));
}

void TestLoopbackListener::cleanup()
{
    m_listener.reset();
    // Let lingering exchanges end before the next test counts anything.
    QTest::qWait(20);
}

LoopbackListener::Judge TestLoopbackListener::countingJudge(LoopbackListener::Page page)
{
    return [this, page](const QUrlQuery &query) {
        m_judged.append(query);
        return page;
    };
}

void TestLoopbackListener::callbackUrlWhileListening()
{
    QVERIFY(m_listener->isListening());
    const quint16 port = m_listener->port();
    QVERIFY(port != 0);
    QCOMPARE(m_listener->path(), callbackPath);
    QCOMPARE(m_listener->callbackUrl(),
        QUrl(QStringLiteral("https://127.0.0.1:%1%2").arg(port).arg(callbackPath)));

    m_listener->close();
    QVERIFY(!m_listener->isListening());
    QCOMPARE(m_listener->port(), quint16(0));
    QVERIFY(m_listener->callbackUrl().isEmpty());
}

void TestLoopbackListener::listensOnLoopbackOnly()
{
    const quint16 port = m_listener->port();
    QVERIFY(!connectionRefused(QHostAddress(QHostAddress::LocalHost), port));
    QVERIFY(connectionRefused(QHostAddress(QStringLiteral("127.0.0.2")), port));
    QVERIFY(connectionRefused(QHostAddress(QHostAddress::LocalHostIPv6), port));

    // What the kernel says: one LISTEN socket on the port, and it is 127.0.0.1's.
    const QStringList addresses = listeningAddresses(port);
    QCOMPARE(addresses, QStringList {QStringLiteral("0100007F")});
}

void TestLoopbackListener::portInUseIsReported_data()
{
    QTest::addColumn<QHostAddress>("occupied");
    QTest::newRow("127.0.0.1") << QHostAddress(QHostAddress::LocalHost);
    QTest::newRow("0.0.0.0") << QHostAddress(QHostAddress::AnyIPv4);
    QTest::newRow("any, dual stack") << QHostAddress(QHostAddress::Any);
}

void TestLoopbackListener::portInUseIsReported()
{
    QFETCH(QHostAddress, occupied);
    m_listener->close();
    QTcpServer other;
    QVERIFY(other.listen(occupied, 0));
    const quint16 port = other.serverPort();

    QString error;
    QVERIFY(!m_listener->listen(port, callbackPath, m_certificate, &error));
    QVERIFY(!m_listener->isListening());
    QVERIFY2(error.contains(QString::number(port)), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("in use")), qPrintable(error));
    QVERIFY(m_listener->callbackUrl().isEmpty());
}

void TestLoopbackListener::badArgumentsAreRefused_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("withCertificate");
    QTest::newRow("relative path") << QStringLiteral("callback") << true;
    QTest::newRow("query in path") << QStringLiteral("/callback?x=1") << true;
    QTest::newRow("fragment in path") << QStringLiteral("/callback#x") << true;
    QTest::newRow("no certificate") << callbackPath << false;
}

void TestLoopbackListener::badArgumentsAreRefused()
{
    QFETCH(QString, path);
    QFETCH(bool, withCertificate);
    QString error;
    QVERIFY(!m_listener->listen(
        0, path, withCertificate ? m_certificate : LoopbackCertificate(), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!m_listener->isListening());
}

void TestLoopbackListener::acceptsExactlyOneCallback()
{
    const quint16 port = m_listener->port();
    QSignalSpy accepted(m_listener.get(), &LoopbackListener::callbackAccepted);
    bool listeningWhenAccepted = true;
    connect(m_listener.get(), &LoopbackListener::callbackAccepted, this,
        [&] { listeningWhenAccepted = m_listener->isListening(); });

    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(m_listener->callbackUrl().toString() + QStringLiteral("?code=")
        + QString::fromLatin1(secretCode) + QStringLiteral("&state=")
        + QString::fromLatin1(secretState)));
    request.setSslConfiguration(trusting(m_certificate.certificate()));
    QNetworkReply *reply = network.get(request);
    QList<QSslError> sslErrors;
    connect(reply, &QNetworkReply::sslErrors, this,
        [&](const QList<QSslError> &errors) { sslErrors += errors; });
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
    QVERIFY(sslErrors.isEmpty());
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QElapsedTimer sinceAnswer;
    sinceAnswer.start();
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(reply->header(QNetworkRequest::ContentTypeHeader).toString(),
        QStringLiteral("text/html; charset=utf-8"));
    QCOMPARE(reply->rawHeader("Cache-Control"), QByteArray("no-store"));
    QCOMPARE(reply->rawHeader("Referrer-Policy"), QByteArray("no-referrer"));
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    QVERIFY(body.contains("<title>Signed in</title>"));
    QVERIFY(body.contains("You can close this tab."));
    QVERIFY(!body.contains(secretCode));
    QVERIFY(!body.contains(secretState));

    QCOMPARE(m_judged.size(), 1);
    QCOMPARE(m_judged.first().queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded),
        QString::fromLatin1(secretCode));
    QCOMPARE(accepted.size(), 1);
    QCOMPARE(accepted.first().first().value<QUrlQuery>().queryItemValue(QStringLiteral("state")),
        QString::fromLatin1(secretState));
    QVERIFY(!listeningWhenAccepted);
    QVERIFY(!m_listener->isListening());

    // Nobody can come back with a second callback.
    QVERIFY(connectionRefused(QHostAddress(QHostAddress::LocalHost), port));
    QVERIFY2(sinceAnswer.elapsed() < 1000, qPrintable(QString::number(sinceAnswer.elapsed())));
    QVERIFY(listeningAddresses(port).isEmpty());
    QCOMPARE(m_judged.size(), 1);
}

void TestLoopbackListener::pageHoldsNothingFromTheRequest()
{
    // A judge that (wrongly) puts the code into the page, and markup into the title.
    m_listener->setJudge([](const QUrlQuery &query) {
        LoopbackListener::Page page;
        page.accepted = false;
        page.httpStatus = 400;
        page.title = QStringLiteral("<b>Refused</b>");
        page.message = QStringLiteral("The code was ")
            + query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
        return page;
    });
    Client client(m_certificate.certificate());
    const QByteArray response = client.exchange(m_listener->port(), callbackRequest());
    QCOMPARE(statusOf(response), 400);
    QVERIFY(!response.contains(secretCode));
    QVERIFY(!response.contains(secretState));

    m_listener->setJudge([](const QUrlQuery &) {
        return LoopbackListener::Page {
            false, 400, QStringLiteral("<b>Refused</b>"), QStringLiteral("Fish & chips")};
    });
    Client second(m_certificate.certificate());
    const QByteArray escaped = bodyOf(second.exchange(m_listener->port(), callbackRequest()));
    QVERIFY2(escaped.contains("<title>&lt;b&gt;Refused&lt;/b&gt;</title>"), escaped.constData());
    QVERIFY(escaped.contains("Fish &amp; chips"));
    QVERIFY(!escaped.contains(secretCode));
}

void TestLoopbackListener::refusedCallbackKeepsListening()
{
    m_listener->setJudge(
        countingJudge({false, 400, QStringLiteral("Wrong state"), QStringLiteral("Start again.")}));
    QSignalSpy accepted(m_listener.get(), &LoopbackListener::callbackAccepted);
    Client client(m_certificate.certificate());
    const QByteArray response = client.exchange(m_listener->port(), callbackRequest());
    QCOMPARE(statusOf(response), 400);
    QVERIFY(bodyOf(response).contains("Wrong state"));
    QCOMPARE(m_judged.size(), 1);
    QCOMPARE(accepted.size(), 0);
    QVERIFY(m_listener->isListening());

    m_listener->setJudge(countingJudge(acceptedPage()));
    Client second(m_certificate.certificate());
    QCOMPARE(statusOf(second.exchange(m_listener->port(), callbackRequest())), 200);
    QCOMPARE(accepted.size(), 1);
    QVERIFY(!m_listener->isListening());
}

void TestLoopbackListener::withoutJudgeEveryCallbackIsRefused()
{
    m_listener->setJudge(nullptr);
    Client client(m_certificate.certificate());
    const QByteArray response = client.exchange(m_listener->port(), callbackRequest());
    QCOMPARE(statusOf(response), 503);
    QVERIFY(!response.contains(secretCode));
    QVERIFY(m_listener->isListening());
}

void TestLoopbackListener::otherRequestsNeverReachTheJudge_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");

    const QByteArray query = "?code=" + secretCode + "&state=" + secretState;
    const QByteArray end = " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
    const QByteArray path = callbackPath.toLatin1();
    QTest::newRow("other path") << QByteArray("GET /other" + query + end) << 404;
    QTest::newRow("favicon") << QByteArray("GET /favicon.ico" + end) << 404;
    QTest::newRow("trailing slash") << QByteArray("GET " + path + "/" + query + end) << 404;
    QTest::newRow("longer path") << QByteArray("GET " + path + "x" + query + end) << 404;
    QTest::newRow("prefix only") << QByteArray("GET /workspace-connector" + query + end) << 404;
    QTest::newRow("root") << QByteArray("GET /" + query + end) << 404;
    QTest::newRow("POST") << callbackRequest("POST") << 405;
    QTest::newRow("POST with body") << QByteArray("POST " + path
        + " HTTP/1.1\r\nContent-Length: 25\r\n\r\ncode=" + secretCode + "&state=abcd")
                                    << 405;
    QTest::newRow("HEAD") << callbackRequest("HEAD") << 405;
    QTest::newRow("DELETE") << callbackRequest("DELETE") << 405;
    QTest::newRow("malformed request line") << QByteArray("GET  " + path + query + end) << 400;
    QTest::newRow("absolute target")
        << QByteArray("GET https://127.0.0.1" + path + query + end) << 400;
    QTest::newRow("folded header")
        << QByteArray("GET " + path + query + " HTTP/1.1\r\nX-A: a\r\n b\r\n\r\n") << 400;
    QTest::newRow("binary") << QByteArray("\x00\x01\x02\x03\r\n\r\n", 8) << 400;
    QTest::newRow("oversized header") << QByteArray("GET " + path + query
        + " HTTP/1.1\r\nX-Big: " + QByteArray(CallbackRequest::maxHeadSize, 'b') + "\r\n\r\n")
                                      << 431;
    QTest::newRow("oversized target")
        << QByteArray("GET " + path + query + "&pad=" + QByteArray(20000, 'p') + end) << 431;
    QTest::newRow("endless head") << QByteArray(
        "GET " + path + query + " HTTP/1.1\r\n" + QByteArray(64 * 1024, 'h'))
                                  << 431;
}

void TestLoopbackListener::otherRequestsNeverReachTheJudge()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);

    QSignalSpy rejected(m_listener.get(), &LoopbackListener::requestRejected);
    QSignalSpy accepted(m_listener.get(), &LoopbackListener::callbackAccepted);
    Client client(m_certificate.certificate());
    QElapsedTimer timer;
    timer.start();
    const QByteArray response = client.exchange(m_listener->port(), request);
    QVERIFY(client.sslErrors.isEmpty());
    QCOMPARE(statusOf(response), status);
    // Answered at once, not after a timeout.
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(headerOf(response, "Content-Length").toInt(), bodyOf(response).size());
    QVERIFY(headerOf(response, "Content-Type").startsWith("text/html"));
    if (status == 405)
        QCOMPARE(headerOf(response, "Allow"), QByteArray("GET"));
    QVERIFY(!response.contains(secretCode));
    QVERIFY(!response.contains(secretState));
    QVERIFY(bodyOf(response).contains("<title>"));

    QVERIFY(m_judged.isEmpty());
    QCOMPARE(accepted.size(), 0);
    QCOMPARE(rejected.size(), 1);
    const QString why = rejected.first().first().toString();
    QVERIFY(why.contains(QString::number(status)));
    QVERIFY(!why.contains(QString::fromLatin1(secretCode)));
    QVERIFY(m_listener->isListening());
}

void TestLoopbackListener::manyConnectionsAreAllAnswered()
{
    // More at once than the listener reads at a time: the rest wait their turn.
    std::vector<std::unique_ptr<Client>> clients;
    for (int i = 0; i < 3 * LoopbackListener::maxConnections; ++i) {
        clients.push_back(std::make_unique<Client>(m_certificate.certificate()));
        clients.back()->m_socket.connectToHostEncrypted(
            QStringLiteral("127.0.0.1"), m_listener->port());
    }
    for (const auto &client : clients) {
        QTRY_VERIFY_WITH_TIMEOUT(client->encrypted, 10000);
        client->send("GET /favicon.ico HTTP/1.1\r\n\r\n");
    }
    for (const auto &client : clients) {
        QVERIFY(client->waitClosed());
        QCOMPARE(statusOf(client->received), 404);
    }
    QVERIFY(m_judged.isEmpty());
    QVERIFY(m_listener->isListening());
}

void TestLoopbackListener::slowClientIsDroppedWithoutBlockingOthers()
{
    // One that completes TLS and sends half a head, one that never even starts TLS.
    Client slow(m_certificate.certificate());
    QVERIFY(slow.open(m_listener->port()));
    slow.send("GET " + callbackPath.toLatin1() + "?code=" + secretCode);
    QTcpSocket silent;
    silent.connectToHost(QHostAddress(QHostAddress::LocalHost), m_listener->port());
    QVERIFY(silent.waitForConnected(3000));
    QElapsedTimer timer;
    timer.start();

    // Meanwhile others are served at once.
    Client other(m_certificate.certificate());
    QCOMPARE(
        statusOf(other.exchange(m_listener->port(), "GET /favicon.ico HTTP/1.1\r\n\r\n")), 404);
    QVERIFY(timer.elapsed() < 3000);
    QVERIFY(!slow.closed);

    QVERIFY(slow.waitClosed(readTimeoutMs + 5000));
    QVERIFY2(timer.elapsed() >= readTimeoutMs - 1000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(slow.received.isEmpty());
    QVERIFY(m_judged.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(silent.state(), QAbstractSocket::UnconnectedState, 5000);

    // And the listener still takes the callback.
    Client browser(m_certificate.certificate());
    QCOMPARE(statusOf(browser.exchange(m_listener->port(), callbackRequest())), 200);
    QCOMPARE(m_judged.size(), 1);
}

void TestLoopbackListener::closeWhileReading()
{
    QSignalSpy rejected(m_listener.get(), &LoopbackListener::requestRejected);
    QSignalSpy accepted(m_listener.get(), &LoopbackListener::callbackAccepted);
    Client reading(m_certificate.certificate());
    QVERIFY(reading.open(m_listener->port()));
    reading.send("GET " + callbackPath.toLatin1() + "?code=" + secretCode + " HTTP/1.1\r\n");
    QTcpSocket handshaking;
    handshaking.connectToHost(QHostAddress(QHostAddress::LocalHost), m_listener->port());
    QVERIFY(handshaking.waitForConnected(3000));
    QTest::qWait(200);

    m_listener->close();
    QVERIFY(!m_listener->isListening());
    QVERIFY(reading.waitClosed(2000));
    QTRY_COMPARE_WITH_TIMEOUT(handshaking.state(), QAbstractSocket::UnconnectedState, 2000);
    // The rest of the head arrives too late: nobody is there to take it.
    reading.send("\r\n");
    QTest::qWait(100);
    QVERIFY(reading.received.isEmpty());
    QVERIFY(m_judged.isEmpty());
    QCOMPARE(rejected.size(), 0);
    QCOMPARE(accepted.size(), 0);
}

void TestLoopbackListener::destroyedWhileReading()
{
    Client reading(m_certificate.certificate());
    QVERIFY(reading.open(m_listener->port()));
    reading.send("GET " + callbackPath.toLatin1());
    QTest::qWait(100);
    m_listener.reset();
    QVERIFY(reading.waitClosed(2000));
    QVERIFY(reading.received.isEmpty());
    QVERIFY(m_judged.isEmpty());
}

void TestLoopbackListener::judgeMayCloseTheListener()
{
    // As the install controller does: the judge's verdict ends the wait, and with it the
    // listener, before the page is written.
    m_listener->setJudge([this](const QUrlQuery &query) {
        m_judged.append(query);
        m_listener->close();
        return acceptedPage();
    });
    QSignalSpy accepted(m_listener.get(), &LoopbackListener::callbackAccepted);
    Client client(m_certificate.certificate());
    const QByteArray response = client.exchange(m_listener->port(), callbackRequest());
    QCOMPARE(statusOf(response), 200);
    QVERIFY(bodyOf(response).contains("Signed in"));
    QCOMPARE(accepted.size(), 1);
    QVERIFY(!m_listener->isListening());
}

void TestLoopbackListener::acceptedSlotMayDeleteTheListener()
{
    QPointer<LoopbackListener> listener = m_listener.release();
    connect(listener, &LoopbackListener::callbackAccepted, this, [&] { delete listener; });
    // A second connection waits behind the first, so the listener is busy when it goes.
    Client waiting(m_certificate.certificate());
    QVERIFY(waiting.open(listener->port()));
    Client client(m_certificate.certificate());
    const QByteArray response = client.exchange(listener->port(), callbackRequest());
    QCOMPARE(statusOf(response), 200);
    QVERIFY(bodyOf(response).contains("Signed in"));
    QVERIFY(listener.isNull());
    QVERIFY(waiting.waitClosed(2000));
    QCOMPARE(m_judged.size(), 1);
}

void TestLoopbackListener::listensAgainOnTheSamePort()
{
    const quint16 port = m_listener->port();
    Client client(m_certificate.certificate());
    QCOMPARE(statusOf(client.exchange(port, "GET / HTTP/1.1\r\n\r\n")), 404);
    m_listener->close();
    QString error;
    QVERIFY2(m_listener->listen(port, callbackPath, m_certificate, &error), qPrintable(error));
    QCOMPARE(m_listener->port(), port);
    Client again(m_certificate.certificate());
    QCOMPARE(statusOf(again.exchange(port, callbackRequest())), 200);
}

QTEST_GUILESS_MAIN(TestLoopbackListener)
#include "tst_loopbacklistener.moc"
