#include "SlackApiHarness.h"

SlackApiHarness::SlackApiHarness(SlackSandbox::Options options)
{
    options.workDirectory = m_directory.path();
    m_slack = std::make_unique<SlackSandbox>(options);
    m_client = std::make_unique<SlackApiClient>(&m_network);
}

bool SlackApiHarness::start(QString *errorMessage)
{
    if (!m_slack->start(errorMessage))
        return false;
    m_client->setApiBase(m_slack->apiBase());
    m_client->setCaBundlePath(m_slack->caBundlePath());
    return true;
}

ConfigToken SlackApiHarness::issue(std::chrono::seconds lifetime)
{
    const SlackSandbox::TokenPair pair = m_slack->issueConfigToken(lifetime);
    ConfigToken token = ConfigToken::fromPasted(pair.accessToken, pair.refreshToken);
    token.expiresAt = pair.expiresAt;
    return token;
}

std::optional<SlackApiClient::Reply> SlackApiHarness::call(
    const QString &method, const QUrlQuery &arguments, const QString &token)
{
    std::optional<SlackApiClient::Reply> reply;
    QObject context;
    m_client->call(method, arguments, token, &context,
        [&reply](const SlackApiClient::Reply &answer) { reply = answer; });
    waitFor(reply);
    return reply;
}
