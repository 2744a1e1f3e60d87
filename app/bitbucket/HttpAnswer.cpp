#include "bitbucket/HttpAnswer.h"

HttpAnswer HttpAnswer::fromReply(QNetworkReply *reply, const QList<QSslError> &sslErrors)
{
    HttpAnswer answer;
    answer.url = reply->url();
    answer.error = reply->error();
    answer.errorString = reply->errorString();
    answer.sslErrors = sslErrors;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.contentType = reply->rawHeader("Content-Type");
    const QByteArray location = reply->rawHeader("Location");
    if (!location.isEmpty())
        answer.location = answer.url.resolved(QUrl::fromEncoded(location.trimmed()));
    answer.body = reply->read(maxBodySize);
    return answer;
}

bool HttpAnswer::isJson() const
{
    return contentType.toLower().contains("json");
}

bool HttpAnswer::isHtml() const
{
    if (contentType.toLower().contains("html"))
        return true;
    const QByteArray start = body.left(256).trimmed().toLower();
    return start.startsWith("<!doctype html") || start.startsWith("<html");
}
