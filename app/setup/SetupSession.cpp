#include "setup/SetupSession.h"

#include "common/Redactor.h"
#include "store/SecretStore.h"

void SetupSession::setSecret(const QString &key, const QString &value)
{
    // Whatever was typed must never show up in a log line, even before it is saved.
    Redactor::registerSecret(value);
    if (key == SecretKey::slackConfigToken) {
        // The pair is kept as JSON; each token must be masked on its own as well.
        const ConfigToken token = ConfigToken::fromStored(value);
        Redactor::registerSecret(token.accessToken);
        Redactor::registerSecret(token.refreshToken);
    }
    m_secrets.insert(key, value);
}

ConfigToken SetupSession::configToken() const
{
    return ConfigToken::fromStored(secret(SecretKey::slackConfigToken));
}

DiagnosisContext SetupSession::diagnosisContext() const
{
    DiagnosisContext context;
    context.haveManifest = !m_manifest.isNull();
    if (context.haveManifest) {
        context.configuredRedirectUrls = m_manifest.redirectUrls();
    }
    context.bitbucketBaseUrl = m_connection.bitbucketBaseUrl;
    return context;
}

BitbucketTarget SetupSession::bitbucketTarget() const
{
    BitbucketTarget target;
    target.baseUrl = m_connection.bitbucketBaseUrl;
    target.username = m_connection.bitbucketUsername;
    target.password = secret(SecretKey::bitbucketPassword);
    target.caBundlePath = m_connection.caBundlePath;
    target.plainHttpPort = m_connection.plainHttpPort;
    return target;
}

QStringList SetupSession::secretKeys()
{
    return {SecretKey::slackClientSecret, SecretKey::slackSigningSecret,
        SecretKey::slackVerificationToken, SecretKey::slackConfigToken,
        SecretKey::bitbucketPassword};
}

QString SetupSession::secretTitle(const QString &key)
{
    if (key == SecretKey::slackClientSecret) {
        return tr("Client Secret");
    }
    if (key == SecretKey::slackSigningSecret) {
        return tr("Signing Secret");
    }
    if (key == SecretKey::slackVerificationToken) {
        return tr("Verification Token");
    }
    if (key == SecretKey::slackConfigToken) {
        return tr("App configuration token");
    }
    if (key == SecretKey::bitbucketPassword) {
        return tr("Bitbucket password");
    }
    return key;
}
