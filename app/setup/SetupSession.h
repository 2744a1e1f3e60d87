#pragma once

#include "bitbucket/BitbucketTarget.h"
#include "store/ConnectionSettings.h"

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

    // Every secret the Connect page asks for, in the order of the page.
    static QStringList secretKeys();
    // A translated name for a secret key, for messages: "Client Secret".
    static QString secretTitle(const QString &key);

private:
    ConnectionSettings m_connection;
    QHash<QString, QString> m_secrets;
    bool m_secretsSaved = false;
    bool m_loaded = false;
};
