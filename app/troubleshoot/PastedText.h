#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

// What a person pasted into the troubleshooter, read the ways it can come: a message, a Slack
// error code on its own, a JSON answer ({"ok":false,"error":...}, {"key":...}), or one or more
// addresses. Nothing here is shown to anyone; the troubleshooter decides what to quote, redacted.
class PastedText
{
public:
    explicit PastedText(const QString &text);

    QString text() const { return m_text; }
    bool isEmpty() const { return m_text.isEmpty(); }
    bool contains(const QString &words) const;

    // Every http or https address in the text, in order, without trailing punctuation.
    QList<QUrl> urls() const;
    // The value of "name": "value" anywhere in the text (a JSON answer), or empty.
    QString jsonString(const QString &name) const;
    // Every such value, in order.
    QStringList jsonStrings(const QString &name) const;
    // The value of name=value anywhere in the text (a query or a form body), or empty.
    QString parameter(const QString &name) const;
    // Words that look like Slack error codes (lower case, digits, underscores), in order.
    QStringList codeWords() const;

private:
    QString m_text;
};
