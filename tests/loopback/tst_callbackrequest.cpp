#include "loopback/CallbackRequest.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

using State = CallbackRequest::State;

Q_DECLARE_METATYPE(CallbackRequest::State)

namespace {

const QByteArray callbackPath = QByteArrayLiteral("/workspace-connector/callback");

// What a parse came to, in a form two parses can be compared by.
struct Outcome
{
    State state = State::NeedMoreData;
    qsizetype headSize = 0;
    qsizetype consumed = 0;
    QByteArray method;
    QByteArray target;
    int minorVersion = -1;
    QString path;
    QString code;
    bool tookBytesAfterTheEnd = false;

    bool operator==(const Outcome &other) const
    {
        return state == other.state && headSize == other.headSize && consumed == other.consumed
            && method == other.method && target == other.target
            && minorVersion == other.minorVersion && path == other.path && code == other.code
            && !tookBytesAfterTheEnd && !other.tookBytesAfterTheEnd;
    }
};

// Found by QCOMPARE through argument-dependent lookup.
char *toString(const Outcome &outcome)
{
    const QByteArray text = "state " + QByteArray::number(int(outcome.state)) + ", head "
        + QByteArray::number(outcome.headSize) + ", consumed "
        + QByteArray::number(outcome.consumed) + ", method " + outcome.method + ", path "
        + outcome.path.toUtf8() + ", code " + outcome.code.toUtf8();
    return qstrdup(text.constData());
}

// Feeds the pieces one after the other, as a socket would hand them over.
Outcome parse(const QList<QByteArrayView> &pieces)
{
    CallbackRequest request;
    Outcome outcome;
    for (const QByteArrayView piece : pieces) {
        const State before = request.state();
        request.feed(piece);
        // Once the head has ended nothing more is taken; a parse that does is marked so that it
        // differs from every other.
        if (before != State::NeedMoreData && request.lastConsumed() != 0)
            outcome.tookBytesAfterTheEnd = true;
        outcome.consumed += request.lastConsumed();
    }
    outcome.state = request.state();
    outcome.headSize = request.headSize();
    outcome.method = request.method();
    outcome.target = request.target();
    outcome.minorVersion = request.minorVersion();
    outcome.path = request.path();
    outcome.code = request.queryValue(QStringLiteral("code"));
    return outcome;
}

Outcome parseWhole(QByteArrayView bytes)
{
    return parse({bytes});
}

Outcome parseSplitAt(QByteArrayView bytes, qsizetype at)
{
    return parse({bytes.first(at), bytes.sliced(at)});
}

Outcome parseByteByByte(QByteArrayView bytes)
{
    QList<QByteArrayView> pieces;
    for (qsizetype i = 0; i < bytes.size(); ++i)
        pieces.append(bytes.sliced(i, 1));
    return parse(pieces);
}

Outcome parseRandomPieces(QByteArrayView bytes, QRandomGenerator &random)
{
    QList<QByteArrayView> pieces;
    qsizetype at = 0;
    while (at < bytes.size()) {
        const qsizetype length = std::min<qsizetype>(random.bounded(1, 40), bytes.size() - at);
        // Empty pieces now and then: a read that brought nothing must change nothing.
        if (random.bounded(8) == 0)
            pieces.append(QByteArrayView());
        pieces.append(bytes.sliced(at, length));
        at += length;
    }
    return parse(pieces);
}

QByteArray head(const QByteArray &requestLine, const QList<QByteArray> &fields = {},
    const QByteArray &lineEnd = "\r\n")
{
    QByteArray bytes = requestLine + lineEnd;
    for (const QByteArray &field : fields)
        bytes += field + lineEnd;
    return bytes + lineEnd;
}

QByteArray browserHead(const QByteArray &target, const QByteArray &lineEnd = "\r\n")
{
    return head("GET " + target + " HTTP/1.1",
        {"Host: 127.0.0.1:53682", "User-Agent: Mozilla/5.0 (X11; Linux x86_64) Firefox/115.0",
            "Accept: text/html,application/xhtml+xml;q=0.9,*/*;q=0.8",
            "Accept-Language: de-DE,de;q=0.8,en;q=0.5", "Connection: keep-alive",
            "Upgrade-Insecure-Requests: 1"},
        lineEnd);
}

// A head of exactly size bytes: a request line and one header field padded to fit.
QByteArray headOfSize(qsizetype size)
{
    const QByteArray requestLine = "GET " + callbackPath + "?code=x HTTP/1.1\r\n";
    const QByteArray fieldStart = "X-Padding: ";
    const qsizetype padding = size - requestLine.size() - fieldStart.size() - 4;
    return requestLine + fieldStart + QByteArray(padding, 'p') + "\r\n\r\n";
}

} // namespace

class TestCallbackRequest : public QObject
{
    Q_OBJECT

private slots:
    void parses_data();
    void parses();
    void everySplitGivesTheSameResult_data();
    void everySplitGivesTheSameResult();
    void capIsReachedWithoutWaitingForMoreBytes();
    void bytesAfterTheHeadAreLeftAlone();
    void bytesAfterTheEndAreIgnored();
    void queryValuesAreFullyDecoded_data();
    void queryValuesAreFullyDecoded();
    void exactPath_data();
    void exactPath();
    void pathNeedsACompleteHead();
    void workIsLinearInTheInput();
};

void TestCallbackRequest::parses_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<State>("state");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("code");

    const QString path = QString::fromLatin1(callbackPath);
    const auto complete = [&](const char *name, const QByteArray &bytes, const QByteArray &method,
                              const QString &expectedPath, const QString &code) {
        QTest::newRow(name) << bytes << State::Complete << method << expectedPath << code;
    };
    const auto refused = [](const char *name, const QByteArray &bytes, State state) {
        QTest::newRow(name) << bytes << state << QByteArray() << QString() << QString();
    };

    complete("browser, CRLF", browserHead(callbackPath + "?code=1234.5678&state=abc"), "GET", path,
        QStringLiteral("1234.5678"));
    complete("browser, bare LF", browserHead(callbackPath + "?code=1234.5678&state=abc", "\n"),
        "GET", path, QStringLiteral("1234.5678"));
    complete("mixed line ends", "GET /a?code=c HTTP/1.1\nHost: x\r\nAccept: */*\n\r\n", "GET",
        QStringLiteral("/a"), QStringLiteral("c"));
    complete(
        "HTTP/1.0 without fields", "GET / HTTP/1.0\r\n\r\n", "GET", QStringLiteral("/"), QString());
    complete("other method is still a head", head("POST /cb HTTP/1.1", {"Content-Length: 0"}),
        "POST", QStringLiteral("/cb"), QString());
    complete("custom token method", "M-SEARCH /cb HTTP/1.1\r\n\r\n", "M-SEARCH",
        QStringLiteral("/cb"), QString());
    complete("escaped path", "GET /workspace-connector/%63allback HTTP/1.1\r\n\r\n", "GET", path,
        QString());
    complete("escaped UTF-8 path", "GET /caf%C3%A9 HTTP/1.1\r\n\r\n", "GET",
        QStringLiteral("/caf\u00e9"), QString());
    complete("empty query", "GET /cb? HTTP/1.1\r\n\r\n", "GET", QStringLiteral("/cb"), QString());
    complete("empty field value", head("GET / HTTP/1.1", {"X-Empty:"}), "GET", QStringLiteral("/"),
        QString());
    complete("spaces and tabs in a value", head("GET / HTTP/1.1", {"X-Spaced: \t a  b \t"}), "GET",
        QStringLiteral("/"), QString());
    complete("obs-text in a value", head("GET / HTTP/1.1", {"X-Name: Gr\xc3\xbc\xc3\x9f"}), "GET",
        QStringLiteral("/"), QString());
    complete("colon in a value", head("GET / HTTP/1.1", {"Host: 127.0.0.1:1"}), "GET",
        QStringLiteral("/"), QString());
    complete("exactly the cap", headOfSize(CallbackRequest::maxHeadSize), "GET", path,
        QStringLiteral("x"));

    QTest::newRow("no empty line yet")
        << QByteArray("GET / HTTP/1.1\r\nHost: x\r\n") << State::NeedMoreData << QByteArray("GET")
        << QStringLiteral("/") << QString();
    refused("nothing yet", QByteArray(), State::NeedMoreData);
    refused("half a request line", "GET /workspace-conn", State::NeedMoreData);

    refused("empty request line", "\r\nGET / HTTP/1.1\r\n\r\n", State::Malformed);
    refused("only line ends", "\r\n\r\n", State::Malformed);
    refused("no version", "GET /\r\n\r\n", State::Malformed);
    refused("no target", "GET HTTP/1.1\r\n\r\n", State::Malformed);
    refused("two spaces", "GET  / HTTP/1.1\r\n\r\n", State::Malformed);
    refused("trailing space", "GET / HTTP/1.1 \r\n\r\n", State::Malformed);
    refused("tab as separator", "GET\t/ HTTP/1.1\r\n\r\n", State::Malformed);
    refused("lower-case version", "GET / http/1.1\r\n\r\n", State::Malformed);
    refused("HTTP/2 preface", "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", State::Malformed);
    refused("HTTP/0.9", "GET /\r\n", State::Malformed);
    refused("two-digit minor version", "GET / HTTP/1.10\r\n\r\n", State::Malformed);
    refused("method with a bracket", "G(T / HTTP/1.1\r\n\r\n", State::Malformed);
    refused("absolute target", "GET https://127.0.0.1/cb HTTP/1.1\r\n\r\n", State::Malformed);
    refused("asterisk target", "OPTIONS * HTTP/1.1\r\n\r\n", State::Malformed);
    refused("fragment in target", "GET /cb#top HTTP/1.1\r\n\r\n", State::Malformed);
    refused("control byte in target",
        "GET /c\x01"
        "b HTTP/1.1\r\n\r\n",
        State::Malformed);
    refused("high byte in target", "GET /caf\xc3\xa9 HTTP/1.1\r\n\r\n", State::Malformed);
    refused("truncated escape", "GET /cb%4 HTTP/1.1\r\n\r\n", State::Malformed);
    refused("escape at the end", "GET /cb% HTTP/1.1\r\n\r\n", State::Malformed);
    refused("escape without hex", "GET /cb%zz HTTP/1.1\r\n\r\n", State::Malformed);
    refused("TLS record on the plain parser",
        QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\n", 10), State::Malformed);
    refused("folded field, space", head("GET / HTTP/1.1", {"X-Long: first", " second"}),
        State::Malformed);
    refused("folded field, tab", head("GET / HTTP/1.1", {"X-Long: first", "\tsecond"}),
        State::Malformed);
    refused("space before the colon", head("GET / HTTP/1.1", {"Host : x"}), State::Malformed);
    refused("no colon", head("GET / HTTP/1.1", {"Host x"}), State::Malformed);
    refused("empty field name", head("GET / HTTP/1.1", {": x"}), State::Malformed);
    refused("bare CR in a value", head("GET / HTTP/1.1", {"X-A: a\rb"}), State::Malformed);
    refused(
        "NUL in a value", head("GET / HTTP/1.1", {QByteArray("X-A: a\0b", 8)}), State::Malformed);
    refused("DEL in a value", head("GET / HTTP/1.1", {"X-A: a\x7f"}), State::Malformed);
    refused("line feed only after CR", "GET / HTTP/1.1\r\r\n\r\n", State::Malformed);

    refused("one byte over the cap", headOfSize(CallbackRequest::maxHeadSize + 1), State::TooLarge);
    refused("long target", "GET /" + QByteArray(9000, 'a') + " HTTP/1.1\r\n\r\n", State::TooLarge);
    QByteArray manyFields = "GET / HTTP/1.1\r\n";
    for (int i = 0; i < 500; ++i)
        manyFields += "X-Field-" + QByteArray::number(i) + ": value\r\n";
    refused("many fields", manyFields + "\r\n", State::TooLarge);
    refused("endless line without line feed", QByteArray(20000, 'G'), State::TooLarge);
    refused("endless empty-looking lines", "GET / HTTP/1.1\r\n" + QByteArray(20000, ' '),
        State::TooLarge);
}

void TestCallbackRequest::parses()
{
    QFETCH(QByteArray, bytes);
    QFETCH(State, state);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QString, code);

    CallbackRequest request;
    QCOMPARE(request.feed(bytes), state);
    QCOMPARE(request.state(), state);
    QVERIFY(request.headSize() <= CallbackRequest::maxHeadSize);
    QCOMPARE(request.lastConsumed(), request.headSize());
    if (state == State::Complete) {
        QCOMPARE(request.headSize(), bytes.size());
        QCOMPARE(request.minorVersion() >= 0, true);
    }
    if (state == State::NeedMoreData)
        QCOMPARE(request.headSize(), bytes.size());
    if (state == State::TooLarge)
        QCOMPARE(request.headSize(), CallbackRequest::maxHeadSize);
    if (state == State::Complete || state == State::NeedMoreData) {
        QCOMPARE(request.method(), method);
        QCOMPARE(request.path(), path);
        QCOMPARE(request.queryValue(QStringLiteral("code")), code);
    }
    if (state == State::Malformed && request.minorVersion() < 0) {
        QVERIFY(request.method().isEmpty());
        QVERIFY(request.path().isEmpty());
    }
}

void TestCallbackRequest::everySplitGivesTheSameResult_data()
{
    parses_data();
}

void TestCallbackRequest::everySplitGivesTheSameResult()
{
    QFETCH(QByteArray, bytes);
    QFETCH(State, state);

    const Outcome whole = parseWhole(bytes);
    QCOMPARE(whole.state, state);
    // Two pieces, split at every position (long inputs: at every position near the ends and
    // every 7th in between, which still crosses every kind of boundary).
    for (qsizetype at = 0; at <= bytes.size(); ++at) {
        if (bytes.size() > 600 && at > 300 && at < bytes.size() - 300 && at % 7 != 0)
            continue;
        const Outcome split = parseSplitAt(bytes, at);
        if (!(split == whole))
            QFAIL(qPrintable(QStringLiteral("split at %1 differs").arg(at)));
    }
    QCOMPARE(parseByteByByte(bytes), whole);
    QRandomGenerator random(20240611);
    for (int round = 0; round < 20; ++round)
        QCOMPARE(parseRandomPieces(bytes, random), whole);
}

void TestCallbackRequest::capIsReachedWithoutWaitingForMoreBytes()
{
    // A client that sends exactly the cap and then waits gets its 431 now, not at the timeout.
    CallbackRequest request;
    QCOMPARE(request.feed(QByteArray(CallbackRequest::maxHeadSize - 1, 'a')), State::NeedMoreData);
    QCOMPARE(request.feed("a"), State::TooLarge);
    QCOMPARE(request.headSize(), CallbackRequest::maxHeadSize);

    CallbackRequest lines;
    const QByteArray requestLine = "GET / HTTP/1.1\r\n";
    QByteArray field =
        "X-A: " + QByteArray(CallbackRequest::maxHeadSize - requestLine.size() - 7, 'v') + "\r\n";
    QCOMPARE(requestLine.size() + field.size(), CallbackRequest::maxHeadSize);
    QCOMPARE(lines.feed(QByteArray(requestLine + field)), State::TooLarge);
}

void TestCallbackRequest::bytesAfterTheHeadAreLeftAlone()
{
    const QByteArray headBytes = head("POST /cb HTTP/1.1", {"Content-Length: 11"});
    CallbackRequest request;
    QCOMPARE(request.feed(QByteArray(headBytes + "hello world" + "GET / HTTP/1.1\r\n\r\n")),
        State::Complete);
    QCOMPARE(request.lastConsumed(), headBytes.size());
    QCOMPARE(request.headSize(), headBytes.size());
    QCOMPARE(request.method(), QByteArray("POST"));
}

void TestCallbackRequest::bytesAfterTheEndAreIgnored()
{
    CallbackRequest request;
    QCOMPARE(request.feed("GET /x HTTP/1.1\r\nBad line\r\n"), State::Malformed);
    const qsizetype size = request.headSize();
    QCOMPARE(request.feed("\r\n\r\n"), State::Malformed);
    QCOMPARE(request.lastConsumed(), 0);
    QCOMPARE(request.headSize(), size);
}

void TestCallbackRequest::queryValuesAreFullyDecoded_data()
{
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("state");

    QTest::newRow("plain") << QByteArray("code=123.456.abc&state=s1")
                           << QStringLiteral("123.456.abc") << QStringLiteral("s1");
    QTest::newRow("order") << QByteArray("state=s1&code=c1") << QStringLiteral("c1")
                           << QStringLiteral("s1");
    QTest::newRow("escapes") << QByteArray("code=a%2Fb%20c%3D%26&state=%C3%A9")
                             << QStringLiteral("a/b c=&") << QStringLiteral("\u00e9");
    QTest::newRow("escaped escape")
        << QByteArray("code=%2541") << QStringLiteral("%41") << QString();
    QTest::newRow("first of two") << QByteArray("code=first&code=second") << QStringLiteral("first")
                                  << QString();
    QTest::newRow("empty value") << QByteArray("code=&state=") << QStringLiteral("")
                                 << QStringLiteral("");
    QTest::newRow("absent") << QByteArray("error=access_denied") << QString() << QString();
    QTest::newRow("escaped key") << QByteArray("%63ode=k") << QStringLiteral("k") << QString();
}

void TestCallbackRequest::queryValuesAreFullyDecoded()
{
    QFETCH(QByteArray, query);
    QFETCH(QString, code);
    QFETCH(QString, state);

    CallbackRequest request;
    QCOMPARE(request.feed(QByteArray("GET /cb?" + query + " HTTP/1.1\r\n\r\n")), State::Complete);
    const QString gotCode = request.queryValue(QStringLiteral("code"));
    const QString gotState = request.queryValue(QStringLiteral("state"));
    QCOMPARE(gotCode, code);
    QCOMPARE(gotCode.isNull(), code.isNull());
    QCOMPARE(gotState, state);
    QCOMPARE(gotState.isNull(), state.isNull());
}

void TestCallbackRequest::exactPath_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<bool>("matches");

    QTest::newRow("exact") << callbackPath << true;
    QTest::newRow("with query") << callbackPath + "?code=1&state=2" << true;
    QTest::newRow("escaped letter") << QByteArray("/workspace-connector/%63allback") << true;
    QTest::newRow("trailing slash") << callbackPath + "/" << false;
    QTest::newRow("longer") << callbackPath + "x" << false;
    QTest::newRow("below") << callbackPath + "/more" << false;
    QTest::newRow("prefix") << QByteArray("/workspace-connector") << false;
    QTest::newRow("upper case") << QByteArray("/Workspace-Connector/callback") << false;
    QTest::newRow("double slash") << "/" + callbackPath << false;
    QTest::newRow("dot segment") << QByteArray("/workspace-connector/./callback") << false;
    QTest::newRow("dot-dot segment") << QByteArray("/x/../workspace-connector/callback") << false;
    QTest::newRow("root") << QByteArray("/") << false;
    QTest::newRow("favicon") << QByteArray("/favicon.ico") << false;
    QTest::newRow("escaped NUL") << callbackPath + "%00" << false;
}

void TestCallbackRequest::exactPath()
{
    QFETCH(QByteArray, target);
    QFETCH(bool, matches);

    CallbackRequest request;
    QCOMPARE(request.feed(QByteArray("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")),
        State::Complete);
    QCOMPARE(request.target(), target);
    QCOMPARE(request.hasPath(QString::fromLatin1(callbackPath)), matches);
}

void TestCallbackRequest::pathNeedsACompleteHead()
{
    CallbackRequest request;
    request.feed(QByteArray("GET " + callbackPath + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"));
    QCOMPARE(request.state(), State::NeedMoreData);
    QCOMPARE(request.path(), QString::fromLatin1(callbackPath));
    QVERIFY(!request.hasPath(QString::fromLatin1(callbackPath)));

    CallbackRequest malformed;
    malformed.feed(QByteArray("GET " + callbackPath + " HTTP/1.1\r\nBad\r\n\r\n"));
    QCOMPARE(malformed.state(), State::Malformed);
    QVERIFY(!malformed.hasPath(QString::fromLatin1(callbackPath)));
}

void TestCallbackRequest::workIsLinearInTheInput()
{
    // The worst splits for a parser that rescans: one byte at a time, over a head at the cap, and
    // a megabyte in one piece that never ends a line. Both are bounded by the cap.
    const QByteArray largest = headOfSize(CallbackRequest::maxHeadSize);
    QElapsedTimer timer;
    timer.start();
    for (int round = 0; round < 20; ++round)
        QCOMPARE(parseByteByByte(largest).state, State::Complete);
    CallbackRequest huge;
    QCOMPARE(huge.feed(QByteArray(1024 * 1024, 'x')), State::TooLarge);
    QCOMPARE(huge.lastConsumed(), CallbackRequest::maxHeadSize);
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
}

QTEST_APPLESS_MAIN(TestCallbackRequest)
#include "tst_callbackrequest.moc"
