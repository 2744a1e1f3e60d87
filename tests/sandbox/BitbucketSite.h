#pragma once

#include "BitbucketSandbox.h"
#include "SlackIntegrationStandIn.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QUrl>
#include <QUrlQuery>

// Bitbucket Data Center as a client meets it on one listener: the redirect from plain HTTP,
// the context path, Basic authentication, the login redirect, application-properties, and the
// Slack integration's REST API below /rest/slack.
class BitbucketSite
{
public:
    explicit BitbucketSite(const BitbucketSandbox::Options &options);

    // "/bitbucket" for "bitbucket/", "" for "/": how the context path appears in URLs.
    static QString normalizedContextPath(const QString &contextPath);

    void setPorts(quint16 httpsPort, quint16 httpPort);
    QHttpServerResponse answer(const QHttpServerRequest &request, bool overHttps);
    QStringList linkedTeamIds() const { return m_slack.teamIds(); }
    SlackIntegrationStandIn &integration() { return m_slack; }

private:
    enum class Credentials { None, Admin, User, Wrong, BasicDisabled };

    Credentials authenticate(const QHttpServerRequest &request) const;
    QHttpServerResponse answerRest(const QHttpServerRequest &request, const QString &path,
        SlackIntegrationStandIn::Caller caller);
    QHttpServerResponse answerPage(
        const QString &path, SlackIntegrationStandIn::Caller caller, bool overHttps) const;
    QHttpServerResponse applicationProperties(const QHttpServerRequest &request) const;
    // An absolute URL of this Bitbucket, as Bitbucket builds it for its own redirects.
    QUrl ownUrl(const QString &path, const QUrlQuery &query, bool overHttps) const;
    bool hasFault(BitbucketSandbox::Fault fault) const { return m_faults.contains(fault); }

    QString m_contextPath;
    QSet<BitbucketSandbox::Fault> m_faults;
    quint16 m_httpsPort = 0;
    quint16 m_httpPort = 0;
    SlackIntegrationStandIn m_slack;
};
