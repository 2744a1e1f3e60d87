#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

// The Slack apps the stand-in hosts: one healthy app whose manifest is what this program wants
// for the Bitbucket stand-in, and one app per fault the Slack-side checks look for, each
// differing from the healthy one only in that fault.
namespace SandboxManifests {

struct App
{
    QString name; // "healthy", or the fault: "http-urls", "token-rotation", ...
    QString id; // A0SANDBOX01, A0SANDBOX02, ...
    QJsonObject manifest;
};

// The redirect URI of this program's handshake with its default loopback port and path.
QString defaultProgramRedirectUri();

QJsonObject healthy(const QUrl &bitbucketBaseUrl, const QString &programRedirectUri);
// The healthy app first, then the faults in the order of the checks.
QList<App> apps(const QUrl &bitbucketBaseUrl, const QString &programRedirectUri);

} // namespace SandboxManifests
