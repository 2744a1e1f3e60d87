#include "cli/BitbucketLogin.h"

#include "common/Redactor.h"
#include "store/SecretStore.h"

#include <QFileInfo>
#include <QSslCertificate>

bool BitbucketLogin::resolveTarget(const QString &url, const QString &caBundle,
    const ConnectionSettings &saved, BitbucketTarget *target, QString *error)
{
    const QString address = url.isNull() ? saved.bitbucketBaseUrl.toString() : url;
    if (address.trimmed().isEmpty()) {
        *error = tr("no Bitbucket base URL: pass --bitbucket URL, or save one in the setup "
                    "wizard first");
        return false;
    }
    target->baseUrl = QUrl(address.trimmed(), QUrl::StrictMode);
    if (!target->baseUrl.isValid() || target->baseUrl.scheme().isEmpty()) {
        *error = tr("'%1' is not a URL; give Bitbucket's base URL, for example "
                    "https://bitbucket.example.com/bitbucket")
                     .arg(Redactor::redact(address));
        return false;
    }
    target->caBundlePath = caBundle.isNull() ? saved.caBundlePath : caBundle;
    if (!target->caBundlePath.isEmpty()) {
        if (!QFileInfo(target->caBundlePath).isReadable()) {
            *error = tr("cannot read the CA bundle '%1'").arg(target->caBundlePath);
            return false;
        }
        if (QSslCertificate::fromPath(target->caBundlePath, QSsl::Pem).isEmpty()) {
            *error = tr("the CA bundle '%1' holds no PEM certificate").arg(target->caBundlePath);
            return false;
        }
    }
    target->plainHttpPort = saved.plainHttpPort;
    return true;
}

bool BitbucketLogin::takeEnvironment(const ConnectionSettings &saved, BitbucketTarget *target)
{
    target->username = qEnvironmentVariable(userVariable, saved.bitbucketUsername);
    if (!qEnvironmentVariableIsSet(passwordVariable))
        return false;
    target->password = qEnvironmentVariable(passwordVariable);
    Redactor::registerSecret(target->password);
    return true;
}

void BitbucketLogin::completeFromKeychain(BitbucketTarget *target, bool passwordKnown,
    SecretStore *keychain, QObject *context, const std::function<void(const QString &)> &note,
    const std::function<void()> &done)
{
    if (passwordKnown || target->username.isEmpty()) {
        done();
        return;
    }
    keychain->read(SecretKey::bitbucketPassword, context,
        [target, note, done](const SecretStore::Result &result) {
            if (result.ok()) {
                target->password = result.value;
                Redactor::registerSecret(target->password);
            } else {
                note(tr("note: no Bitbucket password: %1 Set %2 to give one.")
                         .arg(result.message, QString::fromLatin1(passwordVariable)));
            }
            done();
        });
}
