#include "store/Profile.h"

#include "store/KeychainSecretStore.h"

#include <QSettings>

namespace {

const QString organization = QStringLiteral("WorkspaceConnector");
const QString application = QStringLiteral("workspace-connector");

} // namespace

Profile::Profile(QString name)
    : m_name(std::move(name))
{ }

std::unique_ptr<QSettings> Profile::settings() const
{
    const QString file = isDefault() ? application : application + u'-' + m_name;
    return std::make_unique<QSettings>(
        QSettings::NativeFormat, QSettings::UserScope, organization, file);
}

QString Profile::keychainService() const
{
    const QString service = QStringLiteral("Workspace Connector");
    return isDefault() ? service : service + QStringLiteral(" (") + m_name + u')';
}

std::unique_ptr<SecretStore> Profile::createKeychainStore() const
{
    return std::make_unique<KeychainSecretStore>(keychainService());
}
