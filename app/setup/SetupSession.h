#pragma once

#include "bitbucket/BitbucketTarget.h"
#include "slack/SlackManifest.h"
#include "slackapi/ConfigToken.h"
#include "store/ConnectionSettings.h"
#include "troubleshoot/Diagnosis.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

// What the admin entered in the setup wizard, shared by its pages and kept for as long as the
// program runs: the non-secret values and the secrets. Secrets stay here even when the keychain
// could not store them, so the wizard can go on for this session.
class SetupSession
{
    Q_DECLARE_TR_FUNCTIONS(SetupSession)

public:
    ConnectionSettings connection() const { return m_connection; }
    void setConnection(const ConnectionSettings &connection) { m_connection = connection; }

    // Keys are those of SecretKey; an unknown key reads as empty.
    QString secret(const QString &key) const { return m_secrets.value(key); }
    void setSecret(const QString &key, const QString &value);

    // Whether the secrets held here are also in the keychain, as far as this program knows.
    bool secretsSaved() const { return m_secretsSaved; }
    void setSecretsSaved(bool saved) { m_secretsSaved = saved; }

    // Whether values were loaded from settings and keychain (or entered) in this run already.
    bool isLoaded() const { return m_loaded; }
    void setLoaded(bool loaded) { m_loaded = loaded; }

    BitbucketTarget bitbucketTarget() const;

    // The app configuration token pair held under SecretKey::slackConfigToken; null when none.
    ConfigToken configToken() const;
    // Set when the admin entered a pair other than the one kept. The HTTPS page then hands it to
    // the token session, which replaces the kept pair, and clears the flag. Otherwise the kept
    // pair is used as the token session finds it: it may have been rotated since it was loaded,
    // and a stale copy must never overwrite it.
    bool configTokenReplaced() const { return m_configTokenReplaced; }
    void setConfigTokenReplaced(bool replaced) { m_configTokenReplaced = replaced; }

    // The Slack app's manifest as the HTTPS page last read it (through Slack's API or from a
    // file); null when none was read. The Distribution page and the troubleshooter use it.
    SlackManifest manifest() const { return m_manifest; }
    void setManifest(const SlackManifest &manifest) { m_manifest = manifest; }

    // What the troubleshooter compares pasted text with: the manifest's Redirect URLs, when one
    // was read, and the Bitbucket base URL.
    DiagnosisContext diagnosisContext() const;

    // Every secret the Connect page asks for, in the order of the page.
    static QStringList secretKeys();
    // A translated name for a secret key, for messages: "Client Secret".
    static QString secretTitle(const QString &key);

private:
    ConnectionSettings m_connection;
    QHash<QString, QString> m_secrets;
    SlackManifest m_manifest;
    bool m_secretsSaved = false;
    bool m_loaded = false;
    bool m_configTokenReplaced = false;
};
