#include "SandboxManifests.h"

#include "slack/SlackRequirements.h"

#include <QJsonArray>

namespace SandboxManifests {

namespace {

// The addresses and scopes come from what the checks require, so the healthy app passes them
// by construction and each fault app fails where it was made to.
SlackRequirements on(const QUrl &base)
{
    SlackRequirements requirements;
    requirements.bitbucketBaseUrl = base;
    return requirements;
}

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList botScopes()
{
    QStringList scopes {QStringLiteral("channels:read"), QStringLiteral("chat:write"),
        QStringLiteral("chat:write.public"), QStringLiteral("commands"),
        QStringLiteral("groups:read"), QStringLiteral("im:history"), QStringLiteral("im:read"),
        QStringLiteral("im:write"), QStringLiteral("links:read"), QStringLiteral("links:write"),
        QStringLiteral("team:read"), QStringLiteral("users:read"),
        QStringLiteral("users:read.email")};
    for (const QString &scope : SlackRequirements::requiredBotScopes()) {
        if (!scopes.contains(scope))
            scopes.append(scope);
    }
    return scopes;
}

QStringList userScopes()
{
    return SlackRequirements::requiredUserScopes();
}

// JSON objects are values: edit one level at a time and put it back.
void setIn(QJsonObject &root, const QStringList &path, const QJsonValue &value)
{
    if (path.size() == 1) {
        if (value.isUndefined())
            root.remove(path.first());
        else
            root.insert(path.first(), value);
        return;
    }
    QJsonObject child = root.value(path.first()).toObject();
    setIn(child, path.mid(1), value);
    root.insert(path.first(), child);
}

void setSlashCommandUrl(QJsonObject &manifest, const QJsonValue &url)
{
    QJsonArray commands = manifest.value(QLatin1String("features"))
                              .toObject()
                              .value(QLatin1String("slash_commands"))
                              .toArray();
    QJsonObject command = commands.at(0).toObject();
    if (url.isUndefined())
        command.remove(QStringLiteral("url"));
    else
        command.insert(QStringLiteral("url"), url);
    commands.replace(0, command);
    setIn(manifest, {QStringLiteral("features"), QStringLiteral("slash_commands")}, commands);
}

void setRequestUrls(QJsonObject &manifest, const QUrl &base)
{
    setIn(manifest,
        {QStringLiteral("settings"), QStringLiteral("event_subscriptions"),
            QStringLiteral("request_url")},
        base.isEmpty() ? QJsonValue() : QJsonValue(on(base).eventUrl()));
    setIn(manifest,
        {QStringLiteral("settings"), QStringLiteral("interactivity"),
            QStringLiteral("request_url")},
        base.isEmpty() ? QJsonValue() : QJsonValue(on(base).actionUrl()));
    setSlashCommandUrl(manifest, base.isEmpty() ? QJsonValue() : QJsonValue(on(base).commandUrl()));
}

void setRedirectUrls(QJsonObject &manifest, const QStringList &urls)
{
    setIn(
        manifest, {QStringLiteral("oauth_config"), QStringLiteral("redirect_urls")}, strings(urls));
}

QUrl withScheme(QUrl url, const QString &scheme)
{
    url.setScheme(scheme);
    return url;
}

App httpUrls(const QUrl &base, const QString &redirectUri)
{
    App app {QStringLiteral("http-urls"), QString(), healthy(base, redirectUri)};
    const QUrl plain = withScheme(base, QStringLiteral("http"));
    setRequestUrls(app.manifest, plain);
    setRedirectUrls(app.manifest, {on(plain).installRedirectUrl(), redirectUri});
    return app;
}

App requestUrlsElsewhere(const QUrl &base, const QString &redirectUri)
{
    App app {QStringLiteral("request-urls-elsewhere"), QString(), healthy(base, redirectUri)};
    setRequestUrls(app.manifest, QUrl(QStringLiteral("https://bitbucket.example.com")));
    return app;
}

App socketMode(const QUrl &base, const QString &redirectUri)
{
    // What Slack's editor leaves behind when Socket Mode is switched on: no request URLs.
    App app {QStringLiteral("socket-mode"), QString(), healthy(base, redirectUri)};
    setRequestUrls(app.manifest, QUrl());
    setIn(app.manifest, {QStringLiteral("settings"), QStringLiteral("socket_mode_enabled")}, true);
    return app;
}

App missingRedirectUrls(const QUrl &base, const QString &redirectUri)
{
    App app {QStringLiteral("missing-redirect-urls"), QString(), healthy(base, redirectUri)};
    setRedirectUrls(app.manifest, {on(base).installRedirectUrl() + QStringLiteral("/redirect")});
    return app;
}

App misorderedRedirectUrls(const QUrl &base, const QString &redirectUri)
{
    App app {QStringLiteral("misordered-redirect-urls"), QString(), healthy(base, redirectUri)};
    setRedirectUrls(app.manifest, {redirectUri, on(base).installRedirectUrl()});
    return app;
}

App tokenRotation(const QUrl &base, const QString &redirectUri)
{
    App app {QStringLiteral("token-rotation"), QString(), healthy(base, redirectUri)};
    setIn(
        app.manifest, {QStringLiteral("settings"), QStringLiteral("token_rotation_enabled")}, true);
    return app;
}

App missingScopes(const QUrl &base, const QString &redirectUri)
{
    App app {QStringLiteral("missing-scopes"), QString(), healthy(base, redirectUri)};
    QStringList bot = botScopes();
    bot.removeAll(QStringLiteral("users:read"));
    bot.removeAll(QStringLiteral("users:read.email")); // needs users:read
    setIn(app.manifest, {QStringLiteral("oauth_config"), QStringLiteral("scopes")},
        QJsonObject {{QStringLiteral("bot"), strings(bot)}});
    return app;
}

} // namespace

QString defaultProgramRedirectUri()
{
    return QStringLiteral("https://127.0.0.1:53682/workspace-connector/callback");
}

QJsonObject healthy(const QUrl &base, const QString &programRedirectUri)
{
    QJsonObject manifest {
        {QStringLiteral("_metadata"),
            QJsonObject {
                {QStringLiteral("major_version"), 1}, {QStringLiteral("minor_version"), 1}}},
        {QStringLiteral("display_information"),
            QJsonObject {
                {QStringLiteral("name"), QStringLiteral("Bitbucket Sandbox")},
                {QStringLiteral("description"),
                    QStringLiteral("Pull request news from the Bitbucket sandbox")},
                {QStringLiteral("background_color"), QStringLiteral("#0052cc")},
            }},
        {QStringLiteral("features"),
            QJsonObject {
                {QStringLiteral("app_home"),
                    QJsonObject {{QStringLiteral("messages_tab_enabled"), true},
                        {QStringLiteral("messages_tab_read_only_enabled"), false}}},
                {QStringLiteral("bot_user"),
                    QJsonObject {{QStringLiteral("display_name"), QStringLiteral("Bitbucket")},
                        {QStringLiteral("always_online"), true}}},
                {QStringLiteral("slash_commands"),
                    QJsonArray {QJsonObject {
                        {QStringLiteral("command"), QStringLiteral("/bitbucket")},
                        {QStringLiteral("description"), QStringLiteral("Bitbucket notifications")},
                        {QStringLiteral("usage_hint"), QStringLiteral("help")},
                        {QStringLiteral("should_escape"), false},
                    }}},
            }},
        {QStringLiteral("oauth_config"),
            QJsonObject {
                {QStringLiteral("scopes"),
                    QJsonObject {{QStringLiteral("bot"), strings(botScopes())},
                        {QStringLiteral("user"), strings(userScopes())}}},
            }},
        {QStringLiteral("settings"),
            QJsonObject {
                {QStringLiteral("event_subscriptions"),
                    QJsonObject {{QStringLiteral("bot_events"),
                        strings({QStringLiteral("app_home_opened"),
                            QStringLiteral("app_uninstalled"), QStringLiteral("link_shared"),
                            QStringLiteral("message.im"), QStringLiteral("tokens_revoked")})}}},
                {QStringLiteral("interactivity"),
                    QJsonObject {{QStringLiteral("is_enabled"), true}}},
                {QStringLiteral("org_deploy_enabled"), false},
                {QStringLiteral("socket_mode_enabled"), false},
                {QStringLiteral("token_rotation_enabled"), false},
            }},
    };
    setRequestUrls(manifest, base);
    // Bitbucket's install endpoint first: a shared install link carries no redirect_uri.
    setRedirectUrls(manifest, {on(base).installRedirectUrl(), programRedirectUri});
    return manifest;
}

QList<App> apps(const QUrl &base, const QString &programRedirectUri)
{
    QList<App> list {
        {QStringLiteral("healthy"), QString(), healthy(base, programRedirectUri)},
        httpUrls(base, programRedirectUri),
        requestUrlsElsewhere(base, programRedirectUri),
        socketMode(base, programRedirectUri),
        missingRedirectUrls(base, programRedirectUri),
        misorderedRedirectUrls(base, programRedirectUri),
        tokenRotation(base, programRedirectUri),
        missingScopes(base, programRedirectUri),
    };
    for (int i = 0; i < list.size(); ++i)
        list[i].id = QStringLiteral("A0SANDBOX%1").arg(i + 1, 2, 10, QLatin1Char('0'));
    return list;
}

} // namespace SandboxManifests
