#include "slack/SlackRequirements.h"

#include "bitbucket/BitbucketUrl.h"

#include <QRegularExpression>

namespace {

const QString slackRest = QStringLiteral("/rest/slack/latest");

// The base URL keeps its context path; slashes doubled anywhere in it would make Slack call an
// address Bitbucket does not serve, so they are folded.
QString onBitbucket(const SlackRequirements &requirements, const QString &path)
{
    if (!requirements.hasBitbucket())
        return QString();
    static const QRegularExpression repeatedSlashes(QStringLiteral("/{2,}"));
    QString contextPath = BitbucketUrl::contextPath(requirements.bitbucketBaseUrl);
    contextPath.replace(repeatedSlashes, QStringLiteral("/"));
    QUrl url = requirements.bitbucketBaseUrl.adjusted(
        QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    url.setPath(contextPath + path, QUrl::TolerantMode);
    return url.toString(QUrl::FullyEncoded);
}

} // namespace

bool SlackRequirements::hasBitbucket() const
{
    return bitbucketBaseUrl.isValid() && !bitbucketBaseUrl.scheme().isEmpty()
        && !bitbucketBaseUrl.host().isEmpty();
}

QString SlackRequirements::eventUrl() const
{
    return onBitbucket(*this, eventPath());
}

QString SlackRequirements::actionUrl() const
{
    return onBitbucket(*this, actionPath());
}

QString SlackRequirements::commandUrl() const
{
    return onBitbucket(*this, commandPath());
}

QString SlackRequirements::installRedirectUrl() const
{
    return onBitbucket(*this, slackRest + QStringLiteral("/oauth"));
}

QString SlackRequirements::userRedirectUrl(const QString &teamId) const
{
    return onBitbucket(*this, slackRest + QStringLiteral("/oauth/redirect/") + teamId);
}

QStringList SlackRequirements::requiredBotScopes()
{
    // When a workspace is connected, Bitbucket calls users.info on its bot user with the bot
    // token to learn the app id, and refuses the connection when that fails.
    return {QStringLiteral("users:read")};
}

QStringList SlackRequirements::requiredUserScopes()
{
    // Bitbucket keeps the installer's user token (authed_user.access_token) as the link's
    // access_token and, for a connection made as this program makes them, uses it for one thing:
    // chat.unfurl with user_auth_required, the link preview that asks someone who has not linked
    // a Slack account to sign in. chat.unfurl needs links:write. It is also what makes Slack
    // issue a user token at all (it issues none without a user scope), and Bitbucket refuses a
    // connection without one.
    return {QStringLiteral("links:write")};
}
