#pragma once

#include <QSettings>
#include <QString>

#include <memory>

class SecretStore;

// A profile keeps one set of settings and secrets apart from another. The default profile is
// the admin's own; `--sandbox` uses the "sandbox" profile so walking the sandbox never touches
// the real configuration.
//
// Everything but createKeychainStore() is defined here, in the header: the executable's first
// window (ui/frame) reads the default profile's settings before the rest of the program, and
// the keychain library with it, is loaded.
class Profile
{
public:
    explicit Profile(QString name = QString())
        : m_name(std::move(name))
    { }

    QString name() const { return m_name; }
    bool isDefault() const { return m_name.isEmpty(); }

    // QSettings in the usual place: ~/.config/WorkspaceConnector/workspace-connector[-name].conf
    std::unique_ptr<QSettings> settings() const
    {
        const QString application = QStringLiteral("workspace-connector");
        return std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::UserScope,
            QStringLiteral("WorkspaceConnector"),
            isDefault() ? application : application + u'-' + m_name);
    }

    // The keychain service name the profile's secrets are filed under.
    QString keychainService() const
    {
        const QString service = QStringLiteral("Workspace Connector");
        return isDefault() ? service : service + QStringLiteral(" (") + m_name + u')';
    }

    // The OS keychain (QtKeychain) for this profile.
    std::unique_ptr<SecretStore> createKeychainStore() const;

private:
    QString m_name;
};
