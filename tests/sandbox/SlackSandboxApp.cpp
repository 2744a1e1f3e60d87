#include "SlackSandboxApp.h"

#include <QJsonArray>
#include <QRandomGenerator>

namespace {

QString randomFrom(const QString &alphabet, int length)
{
    QString text;
    for (int i = 0; i < length; ++i)
        text.append(alphabet.at(QRandomGenerator::system()->bounded(alphabet.size())));
    return text;
}

const QString digits = QStringLiteral("0123456789");
const QString hex = QStringLiteral("0123456789abcdef");

} // namespace

QString SlackSandboxApp::displayName() const
{
    return manifest.value(QLatin1String("display_information"))
        .toObject()
        .value(QLatin1String("name"))
        .toString(id);
}

// The sandbox names the bot user after its display name, in lower case.
QString SlackSandboxApp::botName() const
{
    const QString displayed = manifest.value(QLatin1String("features"))
                                  .toObject()
                                  .value(QLatin1String("bot_user"))
                                  .toObject()
                                  .value(QLatin1String("display_name"))
                                  .toString(displayName());
    return displayed.toLower().replace(u' ', u'_');
}

QStringList SlackSandboxApp::redirectUrls() const
{
    QStringList urls;
    const QJsonArray configured = manifest.value(QLatin1String("oauth_config"))
                                      .toObject()
                                      .value(QLatin1String("redirect_urls"))
                                      .toArray();
    for (const QJsonValue &url : configured)
        urls.append(url.toString());
    return urls;
}

void SlackSandboxApp::makeCredentials()
{
    clientId = randomFrom(digits, 13) + u'.' + randomFrom(digits, 13);
    clientSecret = randomFrom(hex, 32);
    signingSecret = randomFrom(hex, 32);
    verificationToken = randomFrom(
        QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"), 24);
}
