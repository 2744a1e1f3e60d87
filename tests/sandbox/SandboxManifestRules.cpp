#include "SandboxManifestRules.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace SandboxManifestRules {

namespace {

const QSet<QString> &topLevelKeys()
{
    static const QSet<QString> keys {
        QStringLiteral("_metadata"),
        QStringLiteral("display_information"),
        QStringLiteral("features"),
        QStringLiteral("oauth_config"),
        QStringLiteral("settings"),
        QStringLiteral("app_directory"),
        QStringLiteral("functions"),
        QStringLiteral("workflows"),
        QStringLiteral("datastores"),
        QStringLiteral("outgoing_domains"),
        QStringLiteral("types"),
        QStringLiteral("external_auth_providers"),
        QStringLiteral("mcp_servers"),
    };
    return keys;
}

constexpr int maxNameLength = 35;
constexpr int maxRedirectUrlLength = 2500;

class Checker
{
public:
    explicit Checker(const QJsonObject &manifest)
        : m_manifest(manifest)
        , m_settings(manifest.value(QLatin1String("settings")).toObject())
    { }

    Report run()
    {
        checkTopLevel();
        checkDisplayInformation();
        checkRequestUrls();
        checkRedirectUrls();
        checkScopes();
        checkFlags();
        return m_report;
    }

private:
    void error(const QString &code, const QString &pointer, const QString &message)
    {
        m_report.errors.append({code, pointer, message});
    }

    bool socketMode() const
    {
        return m_settings.value(QLatin1String("socket_mode_enabled")).toBool();
    }

    void checkTopLevel()
    {
        for (auto it = m_manifest.begin(); it != m_manifest.end(); ++it) {
            if (!topLevelKeys().contains(it.key()))
                error(QStringLiteral("additional_property"), u'/' + it.key(),
                    QStringLiteral("Unknown property: it is not part of the app manifest."));
        }
    }

    void checkDisplayInformation()
    {
        const QJsonValue information = m_manifest.value(QLatin1String("display_information"));
        if (!information.isObject()) {
            error(QStringLiteral("missing_property"), QStringLiteral("/display_information"),
                QStringLiteral("Required property is missing: display_information."));
            return;
        }
        const QJsonValue name = information.toObject().value(QLatin1String("name"));
        const QString pointer = QStringLiteral("/display_information/name");
        if (name.isUndefined())
            error(QStringLiteral("missing_property"), pointer,
                QStringLiteral("Required property is missing: name."));
        else if (!name.isString() || name.toString().trimmed().isEmpty())
            error(QStringLiteral("invalid_type"), pointer,
                QStringLiteral("Must be a non-empty string."));
        else if (name.toString().size() > maxNameLength)
            error(QStringLiteral("too_long"), pointer,
                QStringLiteral("Must be at most %1 characters.").arg(maxNameLength));
    }

    void checkUrl(const QString &pointer, const QJsonValue &value)
    {
        static const QRegularExpression pattern(QStringLiteral("^https?://"));
        if (value.isUndefined())
            return;
        if (!value.isString() || !pattern.match(value.toString()).hasMatch()) {
            error(QStringLiteral("invalid_format"), pointer,
                QStringLiteral("Must be a URL that starts with http:// or https://."));
            return;
        }
        warnIfHttp(pointer, value.toString());
    }

    void warnIfHttp(const QString &pointer, const QString &url)
    {
        if (url.startsWith(QLatin1String("http://"), Qt::CaseInsensitive))
            m_report.warnings.append({QStringLiteral("http_url"), pointer,
                QStringLiteral("Uses http: an app with public distribution needs https here.")});
    }

    void checkRequestUrls()
    {
        const QJsonObject events =
            m_settings.value(QLatin1String("event_subscriptions")).toObject();
        checkUrl(QStringLiteral("/settings/event_subscriptions/request_url"),
            events.value(QLatin1String("request_url")));
        const QJsonObject interactivity =
            m_settings.value(QLatin1String("interactivity")).toObject();
        const QJsonValue actionUrl = interactivity.value(QLatin1String("request_url"));
        checkUrl(QStringLiteral("/settings/interactivity/request_url"), actionUrl);
        checkUrl(QStringLiteral("/settings/interactivity/message_menu_options_url"),
            interactivity.value(QLatin1String("message_menu_options_url")));
        if (interactivity.value(QLatin1String("is_enabled")).toBool() && actionUrl.isUndefined()
            && !socketMode())
            error(QStringLiteral("missing_property"),
                QStringLiteral("/settings/interactivity/request_url"),
                QStringLiteral("Required when interactivity is enabled without Socket Mode."));
        checkSlashCommands();
    }

    void checkSlashCommands()
    {
        const QJsonObject features = m_manifest.value(QLatin1String("features")).toObject();
        const QJsonArray commands = features.value(QLatin1String("slash_commands")).toArray();
        for (int i = 0; i < commands.size(); ++i) {
            const QString base = QStringLiteral("/features/slash_commands/%1").arg(i);
            const QJsonObject command = commands.at(i).toObject();
            if (!command.value(QLatin1String("command")).toString().startsWith(u'/'))
                error(QStringLiteral("invalid_format"), base + QStringLiteral("/command"),
                    QStringLiteral("Must be a command that starts with /."));
            const QJsonValue url = command.value(QLatin1String("url"));
            if (url.isUndefined() && !socketMode())
                error(QStringLiteral("missing_property"), base + QStringLiteral("/url"),
                    QStringLiteral("Required unless Socket Mode is on."));
            checkUrl(base + QStringLiteral("/url"), url);
        }
    }

    void checkRedirectUrls()
    {
        const QJsonObject oauth = m_manifest.value(QLatin1String("oauth_config")).toObject();
        const QJsonValue urls = oauth.value(QLatin1String("redirect_urls"));
        const QString pointer = QStringLiteral("/oauth_config/redirect_urls");
        if (urls.isUndefined())
            return;
        if (!urls.isArray()) {
            error(QStringLiteral("invalid_type"), pointer,
                QStringLiteral("Must be an array of strings."));
            return;
        }
        QSet<QString> seen;
        const QJsonArray list = urls.toArray();
        for (int i = 0; i < list.size(); ++i) {
            const QString itemPointer = pointer + u'/' + QString::number(i);
            const QJsonValue url = list.at(i);
            if (!url.isString())
                error(QStringLiteral("invalid_type"), itemPointer,
                    QStringLiteral("Must be a string."));
            else if (url.toString().size() > maxRedirectUrlLength)
                error(QStringLiteral("too_long"), itemPointer,
                    QStringLiteral("Must be at most %1 characters.").arg(maxRedirectUrlLength));
            else if (seen.contains(url.toString()))
                error(QStringLiteral("not_unique"), itemPointer,
                    QStringLiteral("Must not repeat an earlier Redirect URL."));
            else
                warnIfHttp(itemPointer, url.toString());
            seen.insert(url.toString());
        }
    }

    void checkScopes()
    {
        const QJsonObject scopes = m_manifest.value(QLatin1String("oauth_config"))
                                       .toObject()
                                       .value(QLatin1String("scopes"))
                                       .toObject();
        for (auto it = scopes.begin(); it != scopes.end(); ++it) {
            const QString pointer = QStringLiteral("/oauth_config/scopes/") + it.key();
            const QJsonArray list = it.value().toArray();
            bool allStrings = it.value().isArray();
            for (const QJsonValue &scope : list)
                allStrings = allStrings && scope.isString();
            if (!allStrings)
                error(QStringLiteral("invalid_type"), pointer,
                    QStringLiteral("Must be an array of scope names."));
        }
    }

    void checkFlags()
    {
        const QStringList flags {QStringLiteral("socket_mode_enabled"),
            QStringLiteral("token_rotation_enabled"), QStringLiteral("org_deploy_enabled")};
        for (const QString &flag : flags) {
            const QJsonValue value = m_settings.value(flag);
            if (!value.isUndefined() && !value.isBool())
                error(QStringLiteral("invalid_type"), QStringLiteral("/settings/") + flag,
                    QStringLiteral("Must be true or false."));
        }
    }

    const QJsonObject m_manifest;
    const QJsonObject m_settings;
    Report m_report;
};

QSet<QString> scopeSet(const QJsonObject &manifest, const QString &kind)
{
    const QJsonArray list = manifest.value(QLatin1String("oauth_config"))
                                .toObject()
                                .value(QLatin1String("scopes"))
                                .toObject()
                                .value(kind)
                                .toArray();
    QSet<QString> scopes;
    for (const QJsonValue &scope : list)
        scopes.insert(scope.toString());
    return scopes;
}

} // namespace

QJsonObject Finding::toJson() const
{
    return {{QStringLiteral("code"), code}, {QStringLiteral("message"), message},
        {QStringLiteral("pointer"), pointer}};
}

Report check(const QJsonObject &manifest)
{
    return Checker(manifest).run();
}

bool scopesDiffer(const QJsonObject &before, const QJsonObject &after)
{
    const QStringList kinds {QStringLiteral("bot"), QStringLiteral("user"),
        QStringLiteral("bot_optional"), QStringLiteral("user_optional")};
    for (const QString &kind : kinds) {
        if (scopeSet(before, kind) != scopeSet(after, kind))
            return true;
    }
    return false;
}

} // namespace SandboxManifestRules
