#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QSslError>
#include <QString>
#include <QUrl>

// What one finished request brought back, copied out of its QNetworkReply so the checks can judge
// it without holding on to the reply.
struct HttpAnswer
{
    QUrl url;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    QList<QSslError> sslErrors;
    int status = 0; // the HTTP status; 0 when no HTTP answer arrived
    QUrl location; // a redirect's target, resolved against url
    QByteArray contentType;
    QByteArray body; // at most maxBodySize bytes

    static constexpr qint64 maxBodySize = 256 * 1024;

    // Reads a finished reply; sslErrors are the ones the reply reported (never ignored).
    static HttpAnswer fromReply(QNetworkReply *reply, const QList<QSslError> &sslErrors);

    bool hasHttpStatus() const { return status > 0; }
    bool isRedirect() const { return status >= 300 && status < 400 && location.isValid(); }
    bool isJson() const;
    bool isHtml() const;
};
