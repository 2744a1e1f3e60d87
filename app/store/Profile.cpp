#include "store/Profile.h"

#include "store/KeychainSecretStore.h"

std::unique_ptr<SecretStore> Profile::createKeychainStore() const
{
    return std::make_unique<KeychainSecretStore>(keychainService());
}
