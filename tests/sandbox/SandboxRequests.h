#pragma once

#include <QByteArray>
#include <QHash>
#include <QHttpServerRequest>
#include <QString>

// Reading requests the way Slack's servers read them, shared by the Slack stand-in's API and its
// OAuth pages.
namespace SandboxRequests {

using Arguments = QHash<QString, QString>;

// A request header, whatever the case of its name.
QByteArray header(const QHttpServerRequest &request, const QByteArray &name);

// application/x-www-form-urlencoded, where "+" stands for a space. A name given twice keeps its
// last value; a name without "=" has an empty value, so "present but empty" stays visible.
Arguments readForm(const QByteArray &encoded);

// The query string alone, decoded like a form.
Arguments queryOf(const QHttpServerRequest &request);

// Slack's Web API reads arguments from the query string and from a form or JSON body alike.
Arguments argumentsOf(const QHttpServerRequest &request);

// The token of "Authorization: Bearer …", or else the "token" argument.
QString tokenOf(const QHttpServerRequest &request, const Arguments &arguments);

struct BasicCredentials
{
    bool present = false;
    QString user;
    QString password;
};

// "Authorization: Basic …", decoded.
BasicCredentials basicCredentials(const QHttpServerRequest &request);

} // namespace SandboxRequests
