#pragma once

#include "BitbucketSandbox.h"
#include "SandboxBrowser.h"
#include "SlackSandbox.h"
#include "setup/SetupSession.h"
#include "store/Ledger.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QTemporaryDir>

#include <memory>

class InstallController;

// Everything an install needs, on 127.0.0.1: the Bitbucket stand-in with the Slack stand-in
// attached (so new links are validated with real sandbox tokens), one CA for both, a setup
// session filled in for one sandbox app, settings and a ledger in a temporary folder, and the
// admin's browser (SandboxBrowser) that trusts the sandbox CA and, once the program has made it,
// the loopback listener's certificate, and nothing else.
class InstallHarness
{
public:
    explicit InstallHarness(const QString &appId = SlackSandbox::healthyAppId());
    ~InstallHarness();

    // Starts both stand-ins and fills the session. False with the reason on failure.
    bool start(QString *error);

    BitbucketSandbox &bitbucket() { return *m_bitbucket; }
    SlackSandbox &slack() { return *m_slack; }
    SetupSession &session() { return m_session; }
    QSettings &settings() { return *m_settings; }
    Ledger &ledger() { return *m_ledger; }
    QNetworkAccessManager &network() { return m_network; }
    QString directory() const { return m_directory.path(); }
    // Where the program keeps its loopback certificate in this harness.
    QString certificateDirectory() const;
    quint16 loopbackPort() const { return m_loopbackPort; }

    // Uses another sandbox app (its credentials and manifest) from now on.
    void useApp(const QString &appId);
    // Paste mode with the given https Redirect URL (which the apps must list to get past
    // Slack's matching rule).
    void usePasteMode(const QString &redirectUrl);

    // A browser that trusts the sandbox CA and the program's loopback certificate (read from
    // certificateDirectory(), so call it after the install started).
    std::unique_ptr<SandboxBrowser> browser() const;

    // Makes controller use this harness's certificate directory.
    void prepare(InstallController &controller) const;

private:
    QTemporaryDir m_directory;
    QString m_appId;
    quint16 m_loopbackPort = 0;
    std::unique_ptr<BitbucketSandbox> m_bitbucket;
    std::unique_ptr<SlackSandbox> m_slack;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Ledger> m_ledger;
    QNetworkAccessManager m_network;
    SetupSession m_session;
};
