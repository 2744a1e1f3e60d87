#pragma once

#include "bitbucket/BitbucketTarget.h"
#include "store/ConnectionSettings.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <functional>

class SecretStore;

// How the commands that talk to Bitbucket find it and sign in: the base URL and CA bundle from
// the options or the saved settings; the user name and password from
// WORKSPACE_CONNECTOR_BITBUCKET_USER and ..._PASSWORD, or else the saved user name and the
// keychain. Never from arguments, which other users of the machine can read in `ps`.
class BitbucketLogin
{
    Q_DECLARE_TR_FUNCTIONS(BitbucketLogin)

public:
    static constexpr const char *userVariable = "WORKSPACE_CONNECTOR_BITBUCKET_USER";
    static constexpr const char *passwordVariable = "WORKSPACE_CONNECTOR_BITBUCKET_PASSWORD";

    // Fills target's base URL and CA bundle: url and caBundle when given (not null), else the
    // saved ones. False with a translated usage error when the URL is missing or malformed, or
    // the CA bundle cannot be read or holds no certificate.
    static bool resolveTarget(const QString &url, const QString &caBundle,
        const ConnectionSettings &saved, BitbucketTarget *target, QString *error);

    // The user name (and the password, when the environment gives one) from the environment or
    // the saved settings. True when the password came from the environment; it is registered
    // with the redactor.
    static bool takeEnvironment(const ConnectionSettings &saved, BitbucketTarget *target);

    // Reads the password of target's user from the keychain unless it is known already, then
    // calls done; a password that cannot be read is reported through note (translated, one
    // line) and the target is left without one.
    static void completeFromKeychain(BitbucketTarget *target, bool passwordKnown,
        SecretStore *keychain, QObject *context, const std::function<void(const QString &)> &note,
        const std::function<void()> &done);
};
