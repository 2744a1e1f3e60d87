#pragma once

#include <QHttpServerResponse>
#include <QJsonObject>
#include <QString>
#include <QUrl>

// Answers shaped the way Bitbucket and its Slack integration shape theirs, shared by the
// stand-ins of both.
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

} // namespace SandboxResponses
