#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

// Where secrets live: the OS keychain in the program, an in-memory store in tests.
//
// Every call is asynchronous and answers exactly once through `done`, on the thread of `context`;
// nothing is delivered once `context` is destroyed. "Not found" and "unavailable" are different
// outcomes and must never be confused: a store that cannot tell them apart reports Unavailable.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    enum class Outcome {
        Ok,
        NotFound, // the store works and holds no such entry
        Unavailable, // no keychain service, no session bus, or a locked keyring
        AccessDenied, // the user or the service refused
        Failed, // anything else; message says what
    };
    Q_ENUM(Outcome)

    struct Result
    {
        Outcome outcome = Outcome::Failed;
        QString value; // for reads with Outcome::Ok
        QString message; // translated, for people; empty on success
        bool ok() const { return outcome == Outcome::Ok; }
    };

    using Callback = std::function<void(const Result &)>;

    using QObject::QObject;

    // A short translated description of where secrets go, for example "GNOME Keyring (Secret
    // Service)" or "memory (test)".
    virtual QString description() const = 0;

    // Finds out whether secrets can be written and read back. Answers Ok or Unavailable (with the
    // reason). Reads made before a successful probe cannot be trusted to mean "not found".
    virtual void probe(QObject *context, Callback done) = 0;

    virtual void read(const QString &key, QObject *context, Callback done) = 0;
    virtual void write(
        const QString &key, const QString &value, QObject *context, Callback done) = 0;
    virtual void remove(const QString &key, QObject *context, Callback done) = 0;

    static QString outcomeMessage(Outcome outcome);
};

// Keys of the secrets the program keeps.
namespace SecretKey {
inline const QString slackClientSecret = QStringLiteral("slack/client-secret");
inline const QString slackSigningSecret = QStringLiteral("slack/signing-secret");
inline const QString slackVerificationToken = QStringLiteral("slack/verification-token");
inline const QString slackConfigToken = QStringLiteral("slack/app-configuration-token");
inline const QString bitbucketPassword = QStringLiteral("bitbucket/password");
} // namespace SecretKey
