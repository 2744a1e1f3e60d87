#pragma once

#include "SlackWorkspaces.h"

#include <QHttpServerResponse>
#include <QList>
#include <QString>
#include <QStringList>

// The pages Slack shows in the browser during an install: the permission screen and its error
// pages. Every value is HTML-escaped, since the app's name and the scopes come from whoever
// configured the app or wrote the link. The markup is simple and stable, so that SandboxBrowser
// (the tests' browser) can read it back. The texts are Slack's own, in English as Slack shows
// them; the troubleshooter recognises them word for word, so they are not translated.
namespace SlackPermissionPage {

struct Screen
{
    QString appName;
    QStringList botScopes;
    QStringList userScopes;
    QList<SlackWorkspace> workspaces;
    QString selectedTeamId;
    QString requestId; // the one-time id the form posts back instead of the request itself
    QString formAction; // where the form posts to: /oauth/v2/authorize
};

QHttpServerResponse screen(const Screen &screen);

// A page that ends the install: nothing is sent back to the app.
QHttpServerResponse error(
    QHttpServerResponse::StatusCode status, const QString &title, const QString &message);

} // namespace SlackPermissionPage
