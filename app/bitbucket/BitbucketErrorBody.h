#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// The messages in an error answer from Bitbucket or one of its plugins. They come as Bitbucket's
// {"errors":[{"message","exceptionName"}]}, Atlassian REST's {"message":...}, the Slack
// integration's {"key","error"} or plain text; a proxy in front may answer with an HTML page.
class BitbucketErrorBody
{
public:
    static BitbucketErrorBody parse(const QByteArray &body);

    QStringList messages() const { return m_messages; }
    QStringList exceptionNames() const { return m_exceptionNames; }
    bool isHtml() const { return m_html; }
    bool isEmpty() const { return m_messages.isEmpty() && m_exceptionNames.isEmpty(); }

    // The messages on one line, shortened, for a detail text.
    QString text() const;
    // Whether any message or exception name contains needle, ignoring case.
    bool mentions(const QString &needle) const;

private:
    void readJson(const QByteArray &body);
    void readHtml(const QByteArray &body);
    void readPlainText(const QByteArray &body);

    QStringList m_messages;
    QStringList m_exceptionNames;
    bool m_html = false;
};
