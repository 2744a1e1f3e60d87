#include "SandboxResponses.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace SandboxResponses {

namespace {

const QByteArray jsonType = QByteArrayLiteral("application/json;charset=UTF-8");

} // namespace

QHttpServerResponse json(const QJsonObject &body, Status status)
{
    return QHttpServerResponse(
        jsonType, QJsonDocument(body).toJson(QJsonDocument::Compact), status);
}

QHttpServerResponse bitbucketErrors(
    Status status, const QString &message, const QString &exceptionName)
{
    const QJsonObject error {
        {QStringLiteral("context"), QJsonValue::Null},
        {QStringLiteral("message"), message},
        {QStringLiteral("exceptionName"),
            exceptionName.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(exceptionName)},
    };
    return json({{QStringLiteral("errors"), QJsonArray {error}}}, status);
}

QHttpServerResponse restStatus(Status status, const QString &message)
{
    return json({{QStringLiteral("message"), message},
                    {QStringLiteral("status-code"), static_cast<int>(status)}},
        status);
}

QHttpServerResponse pluginText(Status status, const QString &text)
{
    return QHttpServerResponse(jsonType, text.toUtf8(), status);
}

QHttpServerResponse plainText(Status status, const QString &text)
{
    return QHttpServerResponse(
        QByteArrayLiteral("text/plain;charset=UTF-8"), text.toUtf8(), status);
}

QHttpServerResponse html(Status status, const QString &title, const QString &paragraph)
{
    const QString page = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
                                        "<title>%1</title></head>\n<body><h1>%1</h1><p>%2</p>"
                                        "</body></html>\n")
                             .arg(title.toHtmlEscaped(), paragraph.toHtmlEscaped());
    return QHttpServerResponse(QByteArrayLiteral("text/html;charset=UTF-8"), page.toUtf8(), status);
}

QHttpServerResponse empty(Status status)
{
    QHttpServerResponse response(status);
    response.clearHeader(QByteArrayLiteral("Content-Type"));
    return response;
}

QHttpServerResponse redirect(Status status, const QUrl &location)
{
    return redirect(status, location.toEncoded());
}

QHttpServerResponse redirect(Status status, const QByteArray &location)
{
    QHttpServerResponse response = empty(status);
    response.setHeader(QByteArrayLiteral("Location"), location);
    return response;
}

QHttpServerResponse slackOk(QJsonObject body)
{
    body.insert(QStringLiteral("ok"), true);
    return json(body);
}

QHttpServerResponse slackError(const QString &error, Status status, QJsonObject extra)
{
    extra.insert(QStringLiteral("ok"), false);
    extra.insert(QStringLiteral("error"), error);
    return json(extra, status);
}

} // namespace SandboxResponses
