#include "store/ConnectionSettings.h"

#include <QSettings>

namespace {

const QString slackAppIdKey = QStringLiteral("slack/appId");
const QString slackClientIdKey = QStringLiteral("slack/clientId");
const QString baseUrlKey = QStringLiteral("bitbucket/baseUrl");
const QString usernameKey = QStringLiteral("bitbucket/username");
const QString caBundleKey = QStringLiteral("bitbucket/caBundle");
const QString plainHttpPortKey = QStringLiteral("bitbucket/plainHttpPort");

} // namespace

ConnectionSettings ConnectionSettings::load(const QSettings &settings)
{
    ConnectionSettings loaded;
    loaded.slackAppId = settings.value(slackAppIdKey).toString();
    loaded.slackClientId = settings.value(slackClientIdKey).toString();
    loaded.bitbucketBaseUrl = QUrl(settings.value(baseUrlKey).toString());
    loaded.bitbucketUsername = settings.value(usernameKey).toString();
    loaded.caBundlePath = settings.value(caBundleKey).toString();
    const uint port = settings.value(plainHttpPortKey, 80).toUInt();
    loaded.plainHttpPort = port > 0 && port <= 65535 ? quint16(port) : quint16(80);
    return loaded;
}

void ConnectionSettings::save(QSettings &settings) const
{
    settings.setValue(slackAppIdKey, slackAppId);
    settings.setValue(slackClientIdKey, slackClientId);
    settings.setValue(baseUrlKey, bitbucketBaseUrl.toString());
    settings.setValue(usernameKey, bitbucketUsername);
    settings.setValue(caBundleKey, caBundlePath);
    settings.setValue(plainHttpPortKey, plainHttpPort);
    settings.sync();
}

bool ConnectionSettings::operator==(const ConnectionSettings &other) const
{
    return slackAppId == other.slackAppId && slackClientId == other.slackClientId
        && bitbucketBaseUrl == other.bitbucketBaseUrl
        && bitbucketUsername == other.bitbucketUsername && caBundlePath == other.caBundlePath
        && plainHttpPort == other.plainHttpPort;
}
