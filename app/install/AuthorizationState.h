#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

#include <chrono>
#include <functional>

// The `state` values of the Slack handshakes this program started. Each is 256 random bits from
// the system's generator (Qt 6.4.2's own state is 8 characters from a time-seeded generator and is
// reused on a retry), valid for ten minutes and accepted once. A state that was used, or that
// belongs to an attempt that ended, is remembered for the rest of the session, so that a callback
// or a pasted address replayed later is told apart from a wrong one.
class AuthorizationState
{
public:
    enum class Verdict {
        Valid,
        Missing, // the callback carries no state
        Unknown, // a state this program never issued (or issued in another session)
        Expired, // older than the lifetime
        Replayed, // accepted once already, or its attempt was abandoned
    };

    using Clock = std::function<QDateTime()>;

    static constexpr std::chrono::seconds defaultLifetime {600};

    explicit AuthorizationState(Clock clock = {});

    // A fresh state for a new attempt: 43 base64url characters.
    QString issue();
    // Judges a state from a callback and, when valid, uses it up.
    Verdict consume(const QString &state);
    // The attempt of this state ended without a callback; a later callback with it is a replay.
    void retire(const QString &state);

    void setLifetime(std::chrono::seconds lifetime) { m_lifetime = lifetime; }
    std::chrono::seconds lifetime() const { return m_lifetime; }

private:
    struct Entry
    {
        QDateTime issuedAt;
        bool spent = false;
    };

    QDateTime now() const;

    Clock m_clock;
    std::chrono::seconds m_lifetime = defaultLifetime;
    QHash<QString, Entry> m_states;
};
