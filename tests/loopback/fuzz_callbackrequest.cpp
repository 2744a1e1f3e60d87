// Fuzz target for CallbackRequest, the parser that reads whatever arrives on the loopback port.
//
// An input is a split plan followed by the bytes a client sends: the first byte says how many of
// the bytes after it (0 to 7) are piece lengths (each 1 to 256); the remaining bytes are fed in
// pieces of those lengths, round and round. Whatever the bytes and the pieces, the parse must
// come to the same result as feeding everything at once, and that result must keep the
// parser's promises (see check() below). A broken promise aborts, which libFuzzer and the
// bounded driver (fuzz_driver.cpp) both report as a failure.
//
// Built as a libFuzzer binary with CONNECTOR_FUZZ=ON and clang, and with fuzz_driver.cpp as an
// ordinary ctest test; see tests/loopback/CMakeLists.txt.

#include "loopback/CallbackRequest.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QUrl>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

[[noreturn]] void broken(const char *promise)
{
    std::fprintf(stderr, "CallbackRequest broke a promise: %s\n", promise);
    std::abort();
}

void require(bool kept, const char *promise)
{
    if (!kept)
        broken(promise);
}

bool isTokenByte(char c)
{
    const auto byte = static_cast<unsigned char>(c);
    if ((byte >= '0' && byte <= '9') || (byte >= 'a' && byte <= 'z')
        || (byte >= 'A' && byte <= 'Z'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

struct Parsed
{
    CallbackRequest request;
    qsizetype consumed = 0;
};

// Feeds bytes in the pieces the plan gives and checks what every single feed() promises.
void feedInPieces(Parsed &parsed, QByteArrayView bytes, QByteArrayView plan)
{
    qsizetype at = 0;
    qsizetype step = 0;
    do {
        const qsizetype length = plan.isEmpty()
            ? bytes.size()
            : static_cast<unsigned char>(plan.at(step++ % plan.size())) + 1;
        const QByteArrayView piece = bytes.sliced(at, std::min(length, bytes.size() - at));
        const CallbackRequest::State before = parsed.request.state();
        const qsizetype headBefore = parsed.request.headSize();
        const CallbackRequest::State after = parsed.request.feed(piece);
        const qsizetype taken = parsed.request.lastConsumed();
        require(after == parsed.request.state(), "feed() returns state()");
        require(taken >= 0 && taken <= piece.size(), "a feed takes at most what it is given");
        require(parsed.request.headSize() == headBefore + taken, "headSize grows by lastConsumed");
        if (before != CallbackRequest::State::NeedMoreData) {
            require(after == before, "a finished parse stays finished");
            require(taken == 0, "a finished parse takes nothing more");
        } else if (after == CallbackRequest::State::NeedMoreData) {
            require(taken == piece.size(), "an unfinished parse takes the whole piece");
        }
        parsed.consumed += taken;
        at += piece.size();
    } while (at < bytes.size());
}

void check(const Parsed &parsed, QByteArrayView bytes)
{
    using State = CallbackRequest::State;
    const CallbackRequest &request = parsed.request;
    const qsizetype headSize = request.headSize();

    require(headSize >= 0 && headSize <= CallbackRequest::maxHeadSize, "headSize <= maxHeadSize");
    require(headSize <= bytes.size(), "the head is no longer than the input");
    require(parsed.consumed == headSize, "the pieces taken add up to headSize");

    switch (request.state()) {
    case State::NeedMoreData:
        require(headSize == bytes.size(), "waiting means every byte was taken");
        require(headSize < CallbackRequest::maxHeadSize, "waiting means under the cap");
        break;
    case State::TooLarge:
        require(headSize == CallbackRequest::maxHeadSize, "too large means exactly the cap");
        break;
    case State::Complete: {
        const QByteArrayView head = bytes.first(headSize);
        require(head.endsWith("\n\n") || head.endsWith("\n\r\n"), "a head ends in an empty line");
        require(!request.method().isEmpty(), "a complete head has a method");
        for (const char c : request.method())
            require(isTokenByte(c), "the method is a token");
        require(request.target().startsWith('/'), "the target is in origin form");
        require(head.startsWith(QByteArray(request.method() + ' ' + request.target() + " HTTP/1.")),
            "the request line is where the head starts");
        require(request.minorVersion() >= 0 && request.minorVersion() <= 9,
            "the minor version is one digit");
        require(request.path().startsWith(u'/'), "the path starts with '/'");
        require(request.hasPath(request.path()), "a complete head has its own path");
        break;
    }
    case State::Malformed:
        require(!request.hasPath(request.path()), "a malformed head has no path to match");
        break;
    }
    if (request.state() != State::Complete)
        require(!request.hasPath(QStringLiteral("/")), "only a complete head matches a path");
    if (request.minorVersion() < 0) {
        require(
            request.method().isEmpty() && request.target().isEmpty() && request.path().isEmpty(),
            "nothing is known before the request line");
    }
    // Reading the query must be safe whatever it holds.
    static_cast<void>(request.queryValue(QStringLiteral("code")));
    static_cast<void>(request.queryValue(QStringLiteral("state")));
}

bool sameResult(const CallbackRequest &one, const CallbackRequest &other)
{
    return one.state() == other.state() && one.headSize() == other.headSize()
        && one.method() == other.method() && one.target() == other.target()
        && one.minorVersion() == other.minorVersion() && one.path() == other.path()
        && one.query().query(QUrl::FullyEncoded) == other.query().query(QUrl::FullyEncoded);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    if (input.isEmpty())
        return 0;
    const qsizetype planSize =
        std::min<qsizetype>(static_cast<unsigned char>(input.at(0)) % 8, input.size() - 1);
    const QByteArrayView plan = input.sliced(1, planSize);
    const QByteArrayView bytes = input.sliced(1 + planSize);

    Parsed whole;
    feedInPieces(whole, bytes, QByteArrayView());
    check(whole, bytes);

    Parsed pieces;
    feedInPieces(pieces, bytes, plan);
    check(pieces, bytes);
    require(sameResult(whole.request, pieces.request), "the split does not change the result");

    // Byte by byte is the split that stresses a parser the most; it is cheap under the cap.
    if (bytes.size() <= 2 * CallbackRequest::maxHeadSize) {
        Parsed single;
        feedInPieces(single, bytes, QByteArrayView("\0", 1));
        check(single, bytes);
        require(sameResult(whole.request, single.request), "byte by byte gives the same result");
    }
    return 0;
}
