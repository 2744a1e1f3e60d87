#include "slackapi/ConfigToken.h"

#include <QJsonDocument>

namespace {

const QLatin1String accessKey("accessToken");
const QLatin1String refreshKey("refreshToken");
const QLatin1String expiresKey("expiresAt");
const QLatin1String inFlightKey("refreshInFlight");
const QLatin1String rejectedKey("rejectedWith");

// A refresh token is "xoxe-…"; an access token "xoxe.xoxp-…".
bool looksLikeRefreshToken(const QString &token)
{
    return token.startsWith(QLatin1String("xoxe-"));
}

} // namespace

QJsonObject ConfigToken::toJson() const
{
    QJsonObject json {
        {accessKey, accessToken},
        {refreshKey, refreshToken},
        {inFlightKey, refreshInFlight},
    };
    if (expiresAt.isValid())
        json.insert(expiresKey, expiresAt.toUTC().toString(Qt::ISODateWithMs));
    if (!rejectedWith.isEmpty())
        json.insert(rejectedKey, rejectedWith);
    return json;
}

ConfigToken ConfigToken::fromJson(const QJsonObject &json)
{
    ConfigToken token;
    token.accessToken = json.value(accessKey).toString();
    token.refreshToken = json.value(refreshKey).toString();
    token.refreshInFlight = json.value(inFlightKey).toBool();
    token.rejectedWith = json.value(rejectedKey).toString();
    const QString expires = json.value(expiresKey).toString();
    if (!expires.isEmpty())
        token.expiresAt = QDateTime::fromString(expires, Qt::ISODateWithMs).toUTC();
    return token;
}

ConfigToken ConfigToken::fromPasted(const QString &accessToken, const QString &refreshToken)
{
    ConfigToken token;
    token.accessToken = accessToken.trimmed();
    token.refreshToken = refreshToken.trimmed();
    // Slack shows the two tokens one above the other; a refresh token pasted alone into the
    // first field is still a refresh token.
    if (token.refreshToken.isEmpty() && looksLikeRefreshToken(token.accessToken))
        std::swap(token.accessToken, token.refreshToken);
    return token;
}

ConfigToken ConfigToken::fromStored(const QString &stored)
{
    const QJsonDocument document = QJsonDocument::fromJson(stored.toUtf8());
    if (document.isObject())
        return fromJson(document.object());
    return fromPasted(stored, QString());
}

QString ConfigToken::toStored() const
{
    return QString::fromUtf8(QJsonDocument(toJson()).toJson(QJsonDocument::Compact));
}

bool ConfigToken::operator==(const ConfigToken &other) const
{
    return accessToken == other.accessToken && refreshToken == other.refreshToken
        && expiresAt == other.expiresAt && refreshInFlight == other.refreshInFlight
        && rejectedWith == other.rejectedWith;
}
