#pragma once

#include "SandboxRequests.h"
#include "SlackInstallations.h"
#include "SlackSandboxApp.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <chrono>

// Slack's OAuth v2 for installing an app: the permission screen at /oauth/v2/authorize with its
// error pages and redirects (slack-platform.md A1, A2, A5, A6), and the code exchange
// oauth.v2.access (A3). Codes are random, work once and expire; the redirect_uri of the exchange
// must be the one the authorization used.
class SlackOAuth
{
public:
    SlackOAuth(const SlackSandboxApps &apps, SlackInstallations &installations);

    void setCodeLifetime(std::chrono::milliseconds lifetime) { m_codeLifetime = lifetime; }
    void setOmitUserToken(bool omit) { m_omitUserToken = omit; }
    bool omitsUserToken() const { return m_omitUserToken; }
    // Scopes Slack does not grant even when asked (a workspace whose admins restrict them).
    void setWithheldScopes(const QStringList &scopes) { m_withheldScopes = scopes; }

    // GET shows the permission screen (or an error page, or redirects with an error); POST is
    // the screen's form: Allow or Cancel. formAction is the path the form posts to.
    QHttpServerResponse authorize(const QHttpServerRequest &request, const QString &formAction);
    // oauth.v2.access
    QHttpServerResponse access(const QHttpServerRequest &request);

    // The app whose client id this is, or nullptr; shared with apps.uninstall.
    const SlackSandboxApp *appByClientId(const QString &clientId) const;

private:
    using Arguments = SandboxRequests::Arguments;
    using Parameters = QList<QPair<QString, QString>>;

    // What the permission screen was opened with, kept here while the screen is shown: the form
    // carries only its id, which works once.
    struct Request
    {
        QString appId;
        QStringList botScopes;
        QStringList userScopes;
        QString redirectUri;
        bool redirectUriSent = false; // false: the first configured Redirect URL was used
        QString state;
        bool stateSent = false;
    };

    struct Code
    {
        Request request;
        QString teamId;
        QString userId; // the administrator who clicked Allow
        QDeadlineTimer expiry;
        bool used = false;
    };

    QHttpServerResponse showScreen(const Arguments &query, const QString &formAction);
    QHttpServerResponse decide(const Arguments &form);
    QHttpServerResponse allow(const Request &request, const QString &teamId);
    QHttpServerResponse grant(const SlackSandboxApp &app, const Code &code);
    static QHttpServerResponse redirectWith(const Request &request, const Parameters &parameters);
    // The code's own problem for this exchange ("invalid_code", "code_already_used",
    // "bad_redirect_uri"), or empty.
    QString codeProblem(const Arguments &arguments, const SlackSandboxApp &app) const;

    const SlackSandboxApps &m_apps;
    SlackInstallations &m_installations;
    QHash<QString, Request> m_requests; // by the screen's one-time id
    QHash<QString, Code> m_codes;
    std::chrono::milliseconds m_codeLifetime {std::chrono::minutes(10)};
    bool m_omitUserToken = false;
    QStringList m_withheldScopes;
};
