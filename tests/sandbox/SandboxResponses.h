#pragma once

#include <QHttpServerResponse>
#include <QJsonObject>
#include <QString>
#include <QUrl>

// Answers shaped the way Bitbucket, its Slack integration and Slack shape theirs, shared by the
// stand-ins.
namespace SandboxResponses {

using Status = QHttpServerResponse::StatusCode;

QHttpServerResponse json(const QJsonObject &body, Status status = Status::Ok);

// Bitbucket's own error envelope: {"errors":[{"context":null,"message":…,"exceptionName":…}]}.
QHttpServerResponse bitbucketErrors(
    Status status, const QString &message, const QString &exceptionName = QString());

// Atlassian REST's small status object: {"message":…,"status-code":…}.
QHttpServerResponse restStatus(Status status, const QString &message);

// The Slack plugin answers its errors as bare text labelled application/json.
QHttpServerResponse pluginText(Status status, const QString &text);

QHttpServerResponse plainText(Status status, const QString &text);
QHttpServerResponse html(Status status, const QString &title, const QString &paragraph);
QHttpServerResponse empty(Status status);
QHttpServerResponse redirect(Status status, const QUrl &location);
// A redirect to a Location given byte for byte, so that what was percent-encoded stays so.
QHttpServerResponse redirect(Status status, const QByteArray &location);

// Slack's Web API: {"ok":true,…}, and {"ok":false,"error":…} (HTTP 200 unless said otherwise).
QHttpServerResponse slackOk(QJsonObject body);
QHttpServerResponse slackError(
    const QString &error, Status status = Status::Ok, QJsonObject extra = {});

} // namespace SandboxResponses
