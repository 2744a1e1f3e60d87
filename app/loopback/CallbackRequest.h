#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QUrlQuery>

// Reads the head of one HTTP/1.x request (request line and header fields) from bytes that arrive
// in pieces of any size, for the loopback listener. It needs Qt Core only and touches no socket,
// so it can be fuzzed on its own.
//
// The rules, which are stricter than HTTP allows a server to be:
//  - lines end in CRLF or a bare LF; the head ends at the first empty line;
//  - the request line is "METHOD SP TARGET SP HTTP/1.<digit>", single spaces, a token for the
//    method and an origin-form target: it starts with '/', holds visible ASCII except '#', and
//    every '%' starts an escape of two hex digits;
//  - a header field is "name:value" with a token for the name (no space before the colon) and
//    tabs, spaces, visible ASCII or bytes from 0x80 in the value; folded lines are refused;
//  - request line and header fields together, with their line ends, may take maxHeadSize bytes;
//  - a body is never read: bytes after the head are left where they are.
// Every byte is looked at once, so the work is linear in the input however it is split.
class CallbackRequest
{
public:
    enum class State {
        NeedMoreData, // no empty line yet, and under the cap
        Complete, // a well-formed head ended by an empty line
        TooLarge, // maxHeadSize bytes went by without the head ending
        Malformed, // a line is not a valid request line or header field
    };

    static constexpr qsizetype maxHeadSize = 8 * 1024;

    // Takes bytes until the state leaves NeedMoreData; later bytes are ignored. Returns state().
    State feed(QByteArrayView bytes);

    State state() const { return m_state; }
    // Bytes of the head taken so far, line ends included; at most maxHeadSize.
    qsizetype headSize() const { return m_headSize; }
    // How many of the bytes given to the last feed() belong to the head.
    qsizetype lastConsumed() const { return m_lastConsumed; }

    // The parts of the request line; empty until the request line has been read.
    QByteArray method() const { return m_method; }
    QByteArray target() const { return m_target; }
    // The minor version digit of HTTP/1.x, or -1 before the request line.
    int minorVersion() const { return m_minorVersion; }

    // The target's path, percent-decoded (UTF-8); empty until the request line has been read.
    QString path() const { return m_path; }
    // The target's query; read its values with QUrl::FullyDecoded, or use queryValue().
    QUrlQuery query() const { return m_query; }
    // The first value of a query parameter, fully decoded; a null string when it is absent.
    QString queryValue(const QString &key) const;

    // Whether the head is complete and its decoded path is exactly expectedPath: no prefix match,
    // no leniency about a trailing slash, case-sensitive.
    bool hasPath(const QString &expectedPath) const;

private:
    void takeLine(QByteArrayView line);
    bool takeRequestLine(QByteArrayView line);

    State m_state = State::NeedMoreData;
    qsizetype m_headSize = 0;
    qsizetype m_lastConsumed = 0;
    QByteArray m_line; // the line being read, without its LF
    bool m_requestLineRead = false;
    QByteArray m_method;
    QByteArray m_target;
    int m_minorVersion = -1;
    QString m_path;
    QUrlQuery m_query;
};
