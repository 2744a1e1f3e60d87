#include "SlackTokenRegistry.h"

#include <QRandomGenerator>

QString SlackTokenRegistry::randomPart()
{
    static const QString alphabet =
        QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");
    QString part;
    for (int i = 0; i < 40; ++i)
        part.append(alphabet.at(QRandomGenerator::global()->bounded(alphabet.size())));
    return part;
}

SlackTokenRegistry::Pair SlackTokenRegistry::issue(std::chrono::seconds lifetime)
{
    m_familyRevoked.append(false);
    return issueInFamily(int(m_familyRevoked.size()) - 1, lifetime);
}

SlackTokenRegistry::Pair SlackTokenRegistry::issueInFamily(
    int family, std::chrono::seconds lifetime)
{
    // Slack's timestamps are whole seconds.
    const QDateTime now =
        QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    Pair pair {QStringLiteral("xoxe.xoxp-1-") + randomPart(),
        QStringLiteral("xoxe-1-") + randomPart(), now, now.addSecs(lifetime.count())};
    m_access.insert(pair.accessToken, {family, pair.expiresAt});
    m_refresh.insert(pair.refreshToken, {family, false});
    return pair;
}

SlackTokenRegistry::Pair SlackTokenRegistry::rotate(
    const QString &refreshToken, std::chrono::seconds lifetime, QString *error)
{
    const auto found = m_refresh.find(refreshToken);
    if (found == m_refresh.end() || found->used) {
        *error = QStringLiteral("invalid_refresh_token");
        return {};
    }
    if (m_familyRevoked.at(found->family)) {
        *error = QStringLiteral("token_revoked");
        return {};
    }
    found->used = true;
    ++m_rotations;
    return issueInFamily(found->family, lifetime);
}

SlackTokenRegistry::Verdict SlackTokenRegistry::check(const QString &accessToken) const
{
    const auto found = m_access.constFind(accessToken);
    if (found == m_access.constEnd())
        return Verdict::Unknown;
    if (m_familyRevoked.at(found->family))
        return Verdict::Revoked;
    if (QDateTime::currentDateTimeUtc() >= found->expiresAt)
        return Verdict::Expired;
    return Verdict::Valid;
}

QString SlackTokenRegistry::errorCode(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Valid:
        return QString();
    case Verdict::Unknown:
        return QStringLiteral("invalid_auth");
    case Verdict::Expired:
        return QStringLiteral("token_expired");
    case Verdict::Revoked:
        return QStringLiteral("token_revoked");
    }
    return QStringLiteral("invalid_auth");
}

void SlackTokenRegistry::expire(const QString &accessToken)
{
    const auto found = m_access.find(accessToken);
    if (found != m_access.end())
        found->expiresAt = QDateTime::currentDateTimeUtc().addSecs(-1);
}

void SlackTokenRegistry::revoke(const QString &token)
{
    if (m_access.contains(token))
        m_familyRevoked[m_access.value(token).family] = true;
    else if (m_refresh.contains(token))
        m_familyRevoked[m_refresh.value(token).family] = true;
}
