#include "loopback/CallbackRequest.h"

#include <QUrl>

#include <algorithm>

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isHexDigit(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// RFC 9110's tchar: what a method and a header field name are made of.
bool isTokenChar(char c)
{
    if (isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
        return true;
    constexpr QByteArrayView punctuation("!#$%&'*+-.^_`|~");
    return punctuation.contains(c);
}

bool isToken(QByteArrayView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), isTokenChar);
}

// Origin form only: the listener is no proxy, so neither an absolute URL nor "*" is a target.
bool isOriginFormTarget(QByteArrayView target)
{
    if (!target.startsWith('/'))
        return false;
    const qsizetype size = target.size();
    for (qsizetype i = 0; i < size; ++i) {
        const auto c = static_cast<unsigned char>(target.at(i));
        if (c < 0x21 || c > 0x7e || c == '#')
            return false;
        if (c == '%') {
            if (i + 2 >= size || !isHexDigit(target.at(i + 1)) || !isHexDigit(target.at(i + 2)))
                return false;
            i += 2;
        }
    }
    return true;
}

// Tab, space, visible ASCII and obs-text; every other control character, DEL and a stray CR
// are refused.
bool isFieldValueChar(char c)
{
    const auto byte = static_cast<unsigned char>(c);
    return byte == '\t' || (byte >= 0x20 && byte != 0x7f);
}

bool isHeaderField(QByteArrayView line)
{
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0 || !isToken(line.first(colon)))
        return false;
    const QByteArrayView value = line.sliced(colon + 1);
    return std::all_of(value.begin(), value.end(), isFieldValueChar);
}

} // namespace

CallbackRequest::State CallbackRequest::feed(QByteArrayView bytes)
{
    m_lastConsumed = 0;
    while (m_state == State::NeedMoreData && m_lastConsumed < bytes.size()) {
        const qsizetype room = maxHeadSize - m_headSize;
        // Only the bytes that still fit under the cap are searched, so a huge piece without a
        // line end costs no more than the cap.
        const QByteArrayView rest = bytes.sliced(m_lastConsumed);
        const QByteArrayView window = rest.first(std::min(room, rest.size()));
        const qsizetype lineFeed = window.indexOf('\n');
        const bool lineEnds = lineFeed >= 0;
        const qsizetype taken = lineEnds ? lineFeed + 1 : window.size();
        m_headSize += taken;
        m_lastConsumed += taken;
        if (lineEnds) {
            m_line.append(window.first(lineFeed));
            takeLine(m_line);
            m_line.truncate(0);
        } else {
            m_line.append(window);
        }
        // The cap is reached and the head has not ended: no later byte can help.
        if (m_state == State::NeedMoreData && m_headSize == maxHeadSize)
            m_state = State::TooLarge;
    }
    return m_state;
}

QString CallbackRequest::queryValue(const QString &key) const
{
    if (!m_query.hasQueryItem(key))
        return QString();
    return m_query.queryItemValue(key, QUrl::FullyDecoded);
}

bool CallbackRequest::hasPath(const QString &expectedPath) const
{
    return m_state == State::Complete && m_path == expectedPath;
}

void CallbackRequest::takeLine(QByteArrayView line)
{
    if (line.endsWith('\r'))
        line.chop(1);
    if (!m_requestLineRead) {
        m_requestLineRead = true;
        if (!takeRequestLine(line))
            m_state = State::Malformed;
    } else if (line.isEmpty()) {
        m_state = State::Complete;
    } else if (!isHeaderField(line)) {
        m_state = State::Malformed;
    }
}

bool CallbackRequest::takeRequestLine(QByteArrayView line)
{
    const qsizetype methodEnd = line.indexOf(' ');
    if (methodEnd <= 0 || !isToken(line.first(methodEnd)))
        return false;
    const QByteArrayView afterMethod = line.sliced(methodEnd + 1);
    const qsizetype targetEnd = afterMethod.indexOf(' ');
    if (targetEnd <= 0)
        return false;
    const QByteArrayView target = afterMethod.first(targetEnd);
    const QByteArrayView version = afterMethod.sliced(targetEnd + 1);
    constexpr QByteArrayView http1("HTTP/1.");
    if (!isOriginFormTarget(target) || version.size() != http1.size() + 1
        || !version.startsWith(http1) || !isDigit(version.back())) {
        return false;
    }

    m_method = line.first(methodEnd).toByteArray();
    m_target = target.toByteArray();
    m_minorVersion = version.back() - '0';
    const qsizetype queryStart = target.indexOf('?');
    const QByteArrayView rawPath = queryStart < 0 ? target : target.first(queryStart);
    m_path = QUrl::fromPercentEncoding(rawPath.toByteArray());
    if (queryStart >= 0)
        m_query = QUrlQuery(QString::fromLatin1(target.sliced(queryStart + 1)));
    return true;
}
