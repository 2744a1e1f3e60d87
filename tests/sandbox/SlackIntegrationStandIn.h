#pragma once

#include "BitbucketSandbox.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <QPointer>

#include <optional>

class SlackSandbox;

// Atlassian's Slack integration for Bitbucket as seen through its REST API under
// <base>/rest/slack/latest: the workspace links ("Slack links"), kept in memory, with the
// plugin's permission rules, validation, status codes and error bodies.
class SlackIntegrationStandIn
{
public:
    // Who Bitbucket says is calling, once the credentials have been checked.
    enum class Caller { Anonymous, User, Admin };

    explicit SlackIntegrationStandIn(const QSet<BitbucketSandbox::Fault> &faults);

    // path is what follows /rest/slack/latest (or /rest/slack/1.0), e.g. "/connection".
    QHttpServerResponse answer(
        const QHttpServerRequest &request, const QString &path, Caller caller);

    QStringList teamIds() const { return m_links.keys(); }
    // The Slack stand-in whose token records decide a link's validity; see
    // BitbucketSandbox::attachSlack.
    void setSlack(SlackSandbox *slack);

    // See BitbucketSandbox::seedLinks.
    QStringList seedLinks(int count);
    // Every `every`-th status request (0: none) starts `burst` answers 429 with Retry-After.
    void setRateLimit(int every, int burst, int retryAfterSeconds);
    // After that many status requests, requests with credentials get 401 without a key (-1:
    // never).
    void expireSignInAfter(int statusRequests);
    // The plugin's "instance.public": false makes a working link PARTIALLY_CONNECTED.
    void setInstancePublic(bool reached) { m_instancePublic = reached; }

private:
    struct Link
    {
        QString teamId;
        QString teamName;
        QString clientId;
        QString clientSecret;
        QString signingSecret;
        QString verificationToken;
        QString accessToken;
        QString botAccessToken;
        QString appId;
        QString appBlueprintId;
        QString userId;
        QString appConfigurationUrl;
        QString botUserId;
        QString botUserName;
        bool custom = false;
        // Seeded links: how they were made unhealthy. slackFails: the plugin's call to Slack
        // fails for this link as if Slack were unreachable.
        bool seeded = false;
        bool slackFails = false;
        bool revokedBotToken = false;
        bool botTokenNeverIssued = false;
    };

    // Tokens for a seeded link: from the Slack stand-in when attached, else token shapes.
    void giveSeedTokens(Link *link);

    QHttpServerResponse listLinks(Caller caller) const;
    QHttpServerResponse saveLink(
        const QHttpServerRequest &request, const QString &pathTeamId, Caller caller);
    QHttpServerResponse deleteLink(
        const QHttpServerRequest &request, const QString &teamId, Caller caller);
    QHttpServerResponse canReachSlack(const QHttpServerRequest &request, Caller caller) const;
    QHttpServerResponse linkStatus(const QString &teamId, Caller caller);
    bool signInExpired() const;
    // Slack's auth.test on a bot token, as the status check calls it: empty when Slack accepts
    // it, else Slack's error code.
    QString authTestRefusal(const QString &botToken) const;
    QHttpServerResponse teamInfo(const QString &teamId, Caller caller) const;

    // The refusal for a caller that may not do an admin-only action, or nothing.
    static std::optional<QHttpServerResponse> refuseUnlessAdmin(
        const QHttpServerRequest &request, Caller caller);
    bool readLink(const QByteArray &body, Link *link, QString *error) const;
    bool deriveFromSlack(Link *link) const;
    bool deriveFromTokenShapes(Link *link) const;
    QString testBotToken(const Link &link) const;

    QSet<BitbucketSandbox::Fault> m_faults;
    QMap<QString, Link> m_links;
    QPointer<SlackSandbox> m_slack;
    int m_statusRequests = 0;
    int m_rateLimitEvery = 0;
    int m_rateLimitBurst = 1;
    int m_rateLimitRetryAfter = 1;
    int m_burstLeft = 0;
    int m_rateLimitFrom = 0;
    int m_signInExpiresAfter = -1;
    bool m_instancePublic = true;
    int m_seeded = 0;
};
