#include "store/SecretStore.h"

#include <QCoreApplication>

QString SecretStore::outcomeMessage(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Ok:
        return QString();
    case Outcome::NotFound:
        return QCoreApplication::translate("SecretStore", "No such entry is stored.");
    case Outcome::Unavailable:
        return QCoreApplication::translate("SecretStore", "The system keychain is not available.");
    case Outcome::AccessDenied:
        return QCoreApplication::translate(
            "SecretStore", "Access to the system keychain was refused.");
    case Outcome::Failed:
        return QCoreApplication::translate("SecretStore", "The system keychain reported an error.");
    }
    return QString();
}
