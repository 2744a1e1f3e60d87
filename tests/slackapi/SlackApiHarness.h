#pragma once

#include "SlackSandbox.h"
#include "slackapi/ConfigToken.h"
#include "slackapi/SlackApiClient.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

// The Slack stand-in on 127.0.0.1 with its own certificate authority, one network manager, and a
// SlackApiClient that trusts the stand-in's CA bundle: what the tests of app/slackapi share.
class SlackApiHarness
{
public:
    explicit SlackApiHarness(SlackSandbox::Options options = SlackSandbox::Options());

    bool start(QString *errorMessage);

    SlackSandbox &slack() { return *m_slack; }
    QNetworkAccessManager &network() { return m_network; }
    SlackApiClient &client() { return *m_client; }
    QString caBundlePath() const { return m_slack->caBundlePath(); }

    // A pair from the stand-in as the session keeps it: with its expiry.
    ConfigToken issue(std::chrono::seconds lifetime);

    // Waits until the callback filled value, or the time is up.
    template<class T>
    static bool waitFor(const std::optional<T> &value, int timeoutMs = 20000)
    {
        return QTest::qWaitFor([&value] { return value.has_value(); }, timeoutMs);
    }

    // One call through the client, waited for.
    std::optional<SlackApiClient::Reply> call(
        const QString &method, const QUrlQuery &arguments, const QString &token = QString());

private:
    QTemporaryDir m_directory;
    QNetworkAccessManager m_network;
    std::unique_ptr<SlackSandbox> m_slack;
    std::unique_ptr<SlackApiClient> m_client;
};
