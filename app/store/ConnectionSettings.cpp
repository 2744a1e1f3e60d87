#include "store/ConnectionSettings.h"

#include "slackapi/SlackApiClient.h"

#include <QSettings>

namespace {

const QString slackAppIdKey = QStringLiteral("slack/appId");
const QString slackClientIdKey = QStringLiteral("slack/clientId");
const QString slackApiBaseKey = QStringLiteral("slack/apiBase");
const QString slackAuthorizeUrlKey = QStringLiteral("slack/authorizeUrl");
const QString baseUrlKey = ConnectionSettings::bitbucketBaseUrlKey();
const QString usernameKey = QStringLiteral("bitbucket/username");
const QString caBundleKey = QStringLiteral("bitbucket/caBundle");
const QString plainHttpPortKey = QStringLiteral("bitbucket/plainHttpPort");
const QString redirectModeKey = QStringLiteral("handshake/redirectMode");
const QString loopbackPortKey = QStringLiteral("handshake/loopbackPort");
const QString pasteRedirectUrlKey = QStringLiteral("handshake/pasteRedirectUrl");
const QString loopbackCertificateKey = QStringLiteral("handshake/loopbackCertificate");
const QString loopbackKeyKey = QStringLiteral("handshake/loopbackKey");

quint16 portOr(const QVariant &value, quint16 fallback)
{
    const uint port = value.toUInt();
    return port > 0 && port <= 65535 ? quint16(port) : fallback;
}

} // namespace

ConnectionSettings ConnectionSettings::load(const QSettings &settings)
{
    ConnectionSettings loaded;
    loaded.slackAppId = settings.value(slackAppIdKey).toString();
    loaded.slackClientId = settings.value(slackClientIdKey).toString();
    const QUrl apiBase(settings.value(slackApiBaseKey).toString(), QUrl::StrictMode);
    loaded.slackApiBase =
        apiBase.isValid() && !apiBase.isRelative() ? apiBase : defaultSlackApiBase();
    const QUrl authorize(settings.value(slackAuthorizeUrlKey).toString(), QUrl::StrictMode);
    loaded.slackAuthorizeUrl =
        authorize.isValid() && !authorize.isRelative() ? authorize : defaultSlackAuthorizeUrl();
    loaded.bitbucketBaseUrl = QUrl(settings.value(baseUrlKey).toString());
    loaded.bitbucketUsername = settings.value(usernameKey).toString();
    loaded.caBundlePath = settings.value(caBundleKey).toString();
    loaded.plainHttpPort = portOr(settings.value(plainHttpPortKey, 80), 80);
    loaded.redirectMode = settings.value(redirectModeKey).toString() == QLatin1String("paste")
        ? RedirectMode::Paste
        : RedirectMode::Loopback;
    loaded.loopbackPort = portOr(settings.value(loopbackPortKey, 53682), 53682);
    loaded.pasteRedirectUrl = settings.value(pasteRedirectUrlKey).toString();
    loaded.loopbackCertificatePath = settings.value(loopbackCertificateKey).toString();
    loaded.loopbackKeyPath = settings.value(loopbackKeyKey).toString();
    return loaded;
}

void ConnectionSettings::save(QSettings &settings) const
{
    settings.setValue(slackAppIdKey, slackAppId);
    settings.setValue(slackClientIdKey, slackClientId);
    // Only a base other than Slack's own is written, so a later default still reaches everyone.
    if (slackApiBase.isEmpty() || slackApiBase == defaultSlackApiBase()) {
        settings.remove(slackApiBaseKey);
    } else {
        settings.setValue(slackApiBaseKey, slackApiBase.toString());
    }
    if (slackAuthorizeUrl.isEmpty() || slackAuthorizeUrl == defaultSlackAuthorizeUrl())
        settings.remove(slackAuthorizeUrlKey);
    else
        settings.setValue(slackAuthorizeUrlKey, slackAuthorizeUrl.toString());
    settings.setValue(baseUrlKey, bitbucketBaseUrl.toString());
    settings.setValue(usernameKey, bitbucketUsername);
    settings.setValue(caBundleKey, caBundlePath);
    settings.setValue(plainHttpPortKey, plainHttpPort);
    settings.setValue(redirectModeKey,
        redirectMode == RedirectMode::Paste ? QStringLiteral("paste") : QStringLiteral("loopback"));
    settings.setValue(loopbackPortKey, loopbackPort);
    settings.setValue(pasteRedirectUrlKey, pasteRedirectUrl);
    settings.setValue(loopbackCertificateKey, loopbackCertificatePath);
    settings.setValue(loopbackKeyKey, loopbackKeyPath);
    settings.sync();
}

bool ConnectionSettings::operator==(const ConnectionSettings &other) const
{
    return slackAppId == other.slackAppId && slackClientId == other.slackClientId
        && slackApiBase == other.slackApiBase && slackAuthorizeUrl == other.slackAuthorizeUrl
        && bitbucketBaseUrl == other.bitbucketBaseUrl
        && bitbucketUsername == other.bitbucketUsername && caBundlePath == other.caBundlePath
        && plainHttpPort == other.plainHttpPort && redirectMode == other.redirectMode
        && loopbackPort == other.loopbackPort && pasteRedirectUrl == other.pasteRedirectUrl
        && loopbackCertificatePath == other.loopbackCertificatePath
        && loopbackKeyPath == other.loopbackKeyPath;
}

QUrl ConnectionSettings::defaultSlackAuthorizeUrl()
{
    return QUrl(QStringLiteral("https://slack.com/oauth/v2/authorize"));
}

QUrl ConnectionSettings::slackTokenUrl() const
{
    return slackApiBase.resolved(QUrl(QStringLiteral("oauth.v2.access")));
}

QUrl ConnectionSettings::defaultSlackApiBase()
{
    return SlackApiClient::defaultApiBase();
}

QString ConnectionSettings::programRedirectUri() const
{
    if (redirectMode == RedirectMode::Paste)
        return pasteRedirectUrl;
    return QStringLiteral("https://127.0.0.1:%1%2").arg(loopbackPort).arg(loopbackPath());
}
