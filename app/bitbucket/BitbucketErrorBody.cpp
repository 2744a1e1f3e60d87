#include "bitbucket/BitbucketErrorBody.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace {

constexpr int maxTextLength = 300;

QString oneLine(const QString &text)
{
    QString line = text.simplified();
    if (line.size() > maxTextLength)
        line = line.left(maxTextLength - 1) + QChar(0x2026);
    return line;
}

void appendString(QStringList &list, const QJsonValue &value)
{
    const QString text = oneLine(value.toString());
    if (!text.isEmpty())
        list.append(text);
}

} // namespace

BitbucketErrorBody BitbucketErrorBody::parse(const QByteArray &body)
{
    BitbucketErrorBody parsed;
    const QByteArray trimmed = body.trimmed();
    if (trimmed.startsWith('{'))
        parsed.readJson(trimmed);
    if (!parsed.isEmpty())
        return parsed;
    if (trimmed.startsWith('<'))
        parsed.readHtml(trimmed);
    else
        parsed.readPlainText(trimmed);
    return parsed;
}

void BitbucketErrorBody::readJson(const QByteArray &body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    appendString(m_messages, object.value(QStringLiteral("message")));
    appendString(m_messages, object.value(QStringLiteral("error")));
    appendString(m_exceptionNames, object.value(QStringLiteral("key")));
    const QJsonArray errors = object.value(QStringLiteral("errors")).toArray();
    for (const QJsonValue &error : errors) {
        appendString(m_messages, error.toObject().value(QStringLiteral("message")));
        appendString(m_exceptionNames, error.toObject().value(QStringLiteral("exceptionName")));
    }
}

void BitbucketErrorBody::readHtml(const QByteArray &body)
{
    m_html = true;
    // The page title is usually the one line worth showing ("Log in - Bitbucket").
    static const QRegularExpression title(
        QStringLiteral("<title[^>]*>([^<]*)</title>"), QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = title.match(QString::fromUtf8(body));
    if (match.hasMatch() && !match.captured(1).trimmed().isEmpty())
        m_messages.append(oneLine(match.captured(1)));
}

void BitbucketErrorBody::readPlainText(const QByteArray &body)
{
    const QString text = oneLine(QString::fromUtf8(body));
    if (!text.isEmpty())
        m_messages.append(text);
}

QString BitbucketErrorBody::text() const
{
    return oneLine(m_messages.join(QStringLiteral("; ")));
}

bool BitbucketErrorBody::mentions(const QString &needle) const
{
    const auto contains = [&needle](const QString &text) {
        return text.contains(needle, Qt::CaseInsensitive);
    };
    return std::any_of(m_messages.cbegin(), m_messages.cend(), contains)
        || std::any_of(m_exceptionNames.cbegin(), m_exceptionNames.cend(), contains);
}
