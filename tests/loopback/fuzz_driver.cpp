// A bounded, deterministic stand-in for libFuzzer, so that the fuzz target runs in every
// ordinary build (GCC, no sanitizer runtime needed) as a ctest test.
//
//   fuzz_callbackrequest_run                 20000 inputs from the built-in seeds, seed 1
//   fuzz_callbackrequest_run --runs=N --seed=S
//   fuzz_callbackrequest_run FILE...         replays inputs (e.g. a libFuzzer crash file)
//
// The inputs come from a fixed pseudo-random mutator over a corpus of valid and hostile request
// heads, so a failure reproduces with the same seed. The run fails if the target aborts, or if
// the mutated inputs did not reach every outcome of the parser (then the mutator explores too
// little to mean anything).

#include "loopback/CallbackRequest.h"

#include <QByteArray>
#include <QFile>
#include <QList>

#include <array>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <random>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

namespace {

int runOne(const QByteArray &input)
{
    return LLVMFuzzerTestOneInput(
        reinterpret_cast<const std::uint8_t *>(input.constData()), std::size_t(input.size()));
}

QList<QByteArray> seedHeads()
{
    const QByteArray target = "/workspace-connector/callback?code=1234.5678.abcdef&state=AbC-_9";
    QList<QByteArray> seeds = {
        "GET " + target
            + " HTTP/1.1\r\nHost: 127.0.0.1:53682\r\nUser-Agent: Mozilla/5.0\r\n"
              "Accept: text/html\r\nAccept-Language: de,en;q=0.5\r\n\r\n",
        "GET " + target + " HTTP/1.1\nHost: 127.0.0.1\n\n",
        "GET /workspace-connector/callback?error=access_denied&state=x HTTP/1.0\r\n\r\n",
        "GET /workspace-connector/%63allback?code=a%2Fb%20c&state=%C3%A9 HTTP/1.1\r\n\r\n",
        "POST /workspace-connector/callback HTTP/1.1\r\nContent-Length: 5\r\n\r\nhello",
        "GET /favicon.ico HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
        "GET / HTTP/1.1\r\nX-Long: first\r\n second\r\n\r\n",
        "GET / HTTP/1.1\r\nHost : x\r\n\r\n",
        "GET http://127.0.0.1/ HTTP/1.1\r\n\r\n",
        "OPTIONS * HTTP/1.1\r\n\r\n",
        "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n",
        "GET /cb%zz HTTP/1.1\r\n\r\n",
        "GET /cb#frag HTTP/1.1\r\n\r\n",
        "GET  /cb HTTP/1.1\r\n\r\n",
        "\r\n\r\n",
        QByteArray("GET / HTTP/1.1\r\nX: a\0b\r\n\r\n", 26),
        QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11),
        "GET /" + QByteArray(CallbackRequest::maxHeadSize, 'a') + " HTTP/1.1\r\n\r\n",
    };
    QByteArray manyFields = "GET /cb HTTP/1.1\r\n";
    while (manyFields.size() < CallbackRequest::maxHeadSize - 40)
        manyFields += "X-Field: some value\r\n";
    seeds.append(manyFields + "\r\n");
    return seeds;
}

// Bytes that matter to an HTTP head parser, spliced in more often than chance would.
const std::array<QByteArray, 14> tokens = {
    "\r\n", "\n", "\r", " ", "\t", ":", "%", "%2", "%41", "?", "#", "/", "HTTP/1.1", "\r\n\r\n"};

class Mutator
{
public:
    Mutator(std::uint32_t seed, QList<QByteArray> corpus)
        : m_random(seed)
        , m_corpus(std::move(corpus))
    { }

    // One input for the target: a split plan, then a mutated head.
    QByteArray next()
    {
        QByteArray bytes = m_corpus.at(below(m_corpus.size()));
        const int mutations = 1 + below(8);
        for (int i = 0; i < mutations; ++i)
            mutate(bytes);
        QByteArray input(1, char(below(256)));
        const int planSize = static_cast<unsigned char>(input.at(0)) % 8;
        for (int i = 0; i < planSize; ++i)
            input.append(char(below(256)));
        return input + bytes;
    }

private:
    qsizetype below(qsizetype bound)
    {
        return bound <= 1 ? 0 : qsizetype(m_random() % std::uint32_t(bound));
    }

    void mutate(QByteArray &bytes)
    {
        const qsizetype size = bytes.size();
        const qsizetype at = below(size + 1);
        switch (below(9)) {
        case 0: // flip a bit
            if (size > 0)
                bytes[below(size)] = char(bytes.at(below(size)) ^ (1 << below(8)));
            break;
        case 1: // a random byte
            bytes.insert(at, char(below(256)));
            break;
        case 2: // a meaningful token
            bytes.insert(at, tokens.at(std::size_t(below(qsizetype(tokens.size())))));
            break;
        case 3: // drop a range
            bytes.remove(at, below(32) + 1);
            break;
        case 4: // repeat a range, sometimes far past the cap
            if (size > 0) {
                const qsizetype from = below(size);
                const QByteArray range = bytes.mid(from, below(64) + 1);
                bytes.insert(at, range.repeated(int(1 + below(below(4) == 0 ? 600 : 4))));
            }
            break;
        case 5: // cut off the end
            bytes.truncate(at);
            break;
        case 6: // splice in the tail of another seed
        {
            const QByteArray &other = m_corpus.at(below(m_corpus.size()));
            bytes = bytes.left(at) + other.mid(below(other.size() + 1));
            break;
        }
        case 7: // overwrite a byte with a control or high byte
            if (size > 0)
                bytes[below(size)] = char(below(2) == 0 ? below(32) : 128 + below(128));
            break;
        default: // a line end of the other kind
        {
            const qsizetype crlf = bytes.indexOf("\r\n", at);
            if (crlf >= 0)
                bytes.remove(crlf, 1);
            else if (const qsizetype lf = bytes.indexOf('\n', at); lf >= 0)
                bytes.insert(lf, '\r');
            break;
        }
        }
    }

    std::mt19937 m_random;
    QList<QByteArray> m_corpus;
};

// Which outcome the head of an input comes to, for the coverage check at the end.
CallbackRequest::State outcomeOf(const QByteArray &input)
{
    const qsizetype planSize =
        std::min<qsizetype>(static_cast<unsigned char>(input.at(0)) % 8, input.size() - 1);
    CallbackRequest request;
    return request.feed(QByteArrayView(input).sliced(1 + planSize));
}

bool optionValue(const char *argument, const char *name, unsigned long *value)
{
    const std::size_t length = std::strlen(name);
    if (std::strncmp(argument, name, length) != 0)
        return false;
    *value = std::stoul(std::string(argument + length));
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    unsigned long runs = 20000;
    unsigned long seed = 1;
    QList<QByteArray> files;
    for (int i = 1; i < argc; ++i) {
        if (optionValue(argv[i], "--runs=", &runs) || optionValue(argv[i], "--seed=", &seed))
            continue;
        QFile file(QString::fromLocal8Bit(argv[i]));
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "Cannot read %s\n", argv[i]);
            return 2;
        }
        files.append(file.readAll());
    }
    if (!files.isEmpty()) {
        for (const QByteArray &input : files)
            runOne(input);
        std::printf(
            "Replayed %lld inputs without a finding\n", static_cast<long long>(files.size()));
        return 0;
    }

    const QList<QByteArray> seeds = seedHeads();
    // Every seed as it is, unsplit and split in small pieces.
    for (const QByteArray &head : seeds) {
        runOne('\0' + head);
        runOne(QByteArray("\x03\x00\x06\x01", 4) + head);
    }

    std::array<unsigned long, 4> outcomes {};
    Mutator mutator(std::uint32_t(seed), seeds);
    for (unsigned long run = 0; run < runs; ++run) {
        const QByteArray input = mutator.next();
        ++outcomes.at(std::size_t(outcomeOf(input)));
        runOne(input);
    }
    std::printf("%lu inputs (seed %lu) without a finding: %lu waiting, %lu complete, %lu too "
                "large, %lu malformed\n",
        runs, seed, outcomes[0], outcomes[1], outcomes[2], outcomes[3]);
    if (runs >= 1000) {
        for (const unsigned long count : outcomes) {
            if (count == 0) {
                std::fprintf(stderr, "The mutator never reached one of the outcomes\n");
                return 1;
            }
        }
    }
    return 0;
}
