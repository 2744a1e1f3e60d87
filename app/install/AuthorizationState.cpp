#include "install/AuthorizationState.h"

#include <QByteArray>
#include <QRandomGenerator>

#include <array>

AuthorizationState::AuthorizationState(Clock clock)
    : m_clock(std::move(clock))
{ }

QDateTime AuthorizationState::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

QString AuthorizationState::issue()
{
    std::array<quint32, 8> words {};
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    const QByteArray bytes(reinterpret_cast<const char *>(words.data()),
        static_cast<qsizetype>(words.size() * sizeof(quint32)));
    // base64url without padding: nothing in it needs percent-encoding, which matters because Qt
    // 6.4.2 puts the state into the authorization URL unencoded (QTBUG-104655).
    const QString state = QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    m_states.insert(state, Entry {now(), false});
    return state;
}

// Compares in time independent of where the strings first differ, so that the answer time does
// not tell a local attacker how much of a guessed state was right.
static bool sameText(const QString &a, const QString &b)
{
    if (a.size() != b.size())
        return false;
    char16_t difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= a.at(i).unicode() ^ b.at(i).unicode();
    return difference == 0;
}

AuthorizationState::Verdict AuthorizationState::consume(const QString &state)
{
    if (state.isEmpty())
        return Verdict::Missing;
    for (auto it = m_states.begin(); it != m_states.end(); ++it) {
        if (!sameText(it.key(), state))
            continue;
        if (it->spent)
            return Verdict::Replayed;
        it->spent = true;
        if (it->issuedAt.secsTo(now()) > m_lifetime.count())
            return Verdict::Expired;
        return Verdict::Valid;
    }
    return Verdict::Unknown;
}

void AuthorizationState::retire(const QString &state)
{
    const auto it = m_states.find(state);
    if (it != m_states.end())
        it->spent = true;
}
