#include "troubleshoot/PastedText.h"

#include <QRegularExpression>

PastedText::PastedText(const QString &text)
    : m_text(text.trimmed())
{ }

bool PastedText::contains(const QString &words) const
{
    return m_text.contains(words, Qt::CaseInsensitive);
}

QList<QUrl> PastedText::urls() const
{
    static const QRegularExpression address(
        QStringLiteral("\\bhttps?://[^\\s\"'<>\\\\`]+"), QRegularExpression::CaseInsensitiveOption);
    // A sentence often ends right after an address; its full stop is not part of it.
    static const QRegularExpression trailing(QStringLiteral("[.,;:!?)\\]}]+$"));
    QList<QUrl> found;
    auto matches = address.globalMatch(m_text);
    while (matches.hasNext()) {
        QString candidate = matches.next().captured();
        candidate.remove(trailing);
        const QUrl url(candidate, QUrl::TolerantMode);
        if (url.isValid() && !url.host().isEmpty())
            found.append(url);
    }
    return found;
}

QString PastedText::jsonString(const QString &name) const
{
    return jsonStrings(name).value(0);
}

QStringList PastedText::jsonStrings(const QString &name) const
{
    const QRegularExpression field(QStringLiteral("\"") + QRegularExpression::escape(name)
        + QStringLiteral("\"\\s*:\\s*\"([^\"\\\\]*)\""));
    QStringList values;
    auto matches = field.globalMatch(m_text);
    while (matches.hasNext())
        values.append(matches.next().captured(1));
    return values;
}

QString PastedText::parameter(const QString &name) const
{
    const QRegularExpression pair(QStringLiteral("(?:^|[?&#;\\s])")
        + QRegularExpression::escape(name) + QStringLiteral("=([^&#\\s\"']*)"));
    return QUrl::fromPercentEncoding(pair.match(m_text).captured(1).toUtf8());
}

QStringList PastedText::codeWords() const
{
    static const QRegularExpression word(QStringLiteral("(?<![\\w.-])([a-z][a-z0-9_]*[a-z0-9])"
                                                        "(?![\\w-]|\\.\\w)"));
    QStringList words;
    auto matches = word.globalMatch(m_text);
    while (matches.hasNext())
        words.append(matches.next().captured(1));
    return words;
}
