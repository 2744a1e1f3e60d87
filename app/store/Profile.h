#pragma once

#include <QString>

#include <memory>

class QSettings;
class SecretStore;

// A profile keeps one set of settings and secrets apart from another. The default profile is
// the admin's own; `--sandbox` uses the "sandbox" profile so walking the sandbox never touches
// the real configuration.
class Profile
{
public:
    explicit Profile(QString name = QString());

    QString name() const { return m_name; }
    bool isDefault() const { return m_name.isEmpty(); }

    // QSettings in the usual place: ~/.config/WorkspaceConnector/workspace-connector[-name].conf
    std::unique_ptr<QSettings> settings() const;

    // The keychain service name the profile's secrets are filed under.
    QString keychainService() const;

    // The OS keychain (QtKeychain) for this profile.
    std::unique_ptr<SecretStore> createKeychainStore() const;

private:
    QString m_name;
};
