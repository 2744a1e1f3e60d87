#include "slackapi/ConfigTokenSession.h"

#include "common/Logging.h"
#include "common/Redactor.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMetaObject>
#include <QSet>
#include <QUrlQuery>

#include <utility>

namespace {

const QString tokenExpired = QStringLiteral("token_expired");
const QString tokenRevoked = QStringLiteral("token_revoked");
const QString invalidRefreshToken = QStringLiteral("invalid_refresh_token");

// Errors with which Slack turns a request away before acting on it: the refresh token it
// carried is not used up.
const QSet<QString> &untouchedErrors()
{
    static const QSet<QString> errors {
        QStringLiteral("ratelimited"),
        QStringLiteral("accesslimited"),
        QStringLiteral("invalid_arguments"),
        QStringLiteral("invalid_arg_name"),
        QStringLiteral("invalid_form_data"),
        QStringLiteral("invalid_post_type"),
        QStringLiteral("missing_post_type"),
        QStringLiteral("invalid_charset"),
    };
    return errors;
}

void registerSecrets(const ConfigToken &token)
{
    Redactor::registerSecret(token.accessToken);
    Redactor::registerSecret(token.refreshToken);
}

QString newTokenAdvice()
{
    return QCoreApplication::translate("ConfigTokenSession",
        "Generate a new configuration token at api.slack.com/apps (Your App Configuration "
        "Tokens, Generate Token, in the app's workspace) and enter it, with its refresh token, "
        "on the Connect page.");
}

} // namespace

ConfigTokenSession::ConfigTokenSession(
    SlackApiClient *client, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_secrets(secrets)
{ }

void ConfigTokenSession::accessToken(QObject *context, Callback done)
{
    m_waiters.append({context, std::move(done)});
    schedule();
}

void ConfigTokenSession::replace(const ConfigToken &token, QObject *context, Callback done)
{
    m_replacements.append({token, {context, std::move(done)}});
    schedule();
}

void ConfigTokenSession::reportRejected(const QString &slackError)
{
    if (m_token.accessToken.isEmpty())
        return;
    // Remembered against the token it is about, so a late report cannot condemn a newer token.
    if (slackError == tokenExpired)
        m_expiredToken = m_token.accessToken;
    else if (slackError == tokenRevoked)
        m_revokedToken = m_token.accessToken;
}

ConfigTokenSession::Problem ConfigTokenSession::problemFor(const QString &slackError)
{
    if (slackError == invalidRefreshToken)
        return Problem::InvalidRefreshToken;
    if (slackError == tokenExpired)
        return Problem::TokenExpired;
    if (slackError == tokenRevoked)
        return Problem::TokenRevoked;
    return Problem::Other;
}

QString ConfigTokenSession::messageFor(Problem problem)
{
    switch (problem) {
    case Problem::None:
        return QString();
    case Problem::NoToken:
        return tr("No app configuration token is saved. %1 Or load a manifest file exported "
                  "from Slack's manifest editor instead.")
            .arg(newTokenAdvice());
    case Problem::KeychainUnavailable:
        return tr("The system keychain is not available, so the app configuration token can be "
                  "neither read nor renewed. Unlock the keychain (or start its service) and try "
                  "again.");
    case Problem::InvalidRefreshToken:
        return tr("Slack refused the refresh token of the app configuration token "
                  "(invalid_refresh_token): it was used already, perhaps by another copy of this "
                  "program or by a script. %1")
            .arg(newTokenAdvice());
    case Problem::RefreshTokenSpent:
        return tr("Renewing the app configuration token was interrupted after its single-use "
                  "refresh token had been sent to Slack. Slack may have used it up, so it is "
                  "never sent again. %1")
            .arg(newTokenAdvice());
    case Problem::TokenExpired:
        return tr("The app configuration token has expired (token_expired) and there is no "
                  "refresh token to renew it. %1")
            .arg(newTokenAdvice());
    case Problem::TokenRevoked:
        return tr("The app configuration token was revoked (token_revoked). %1")
            .arg(newTokenAdvice());
    case Problem::SlackUnreachable:
        return tr("Slack could not be reached to renew the app configuration token. Nothing was "
                  "sent, so the saved token is unchanged; try again when Slack can be reached.");
    case Problem::Other:
        break;
    }
    return tr("The app configuration token could not be used. %1").arg(newTokenAdvice());
}

ConfigTokenSession::Outcome ConfigTokenSession::failure(Problem problem, const QString &message)
{
    return {QString(), problem, message.isEmpty() ? messageFor(problem) : message};
}

// One thing at a time: a replacement, or one run that serves every caller waiting for a token.
void ConfigTokenSession::schedule()
{
    if (m_busy)
        return;
    if (!m_replacements.isEmpty()) {
        m_busy = true;
        runReplacement(m_replacements.takeFirst());
    } else if (!m_waiters.isEmpty()) {
        m_busy = true;
        load();
    }
}

void ConfigTokenSession::runReplacement(const Replacement &replacement)
{
    ConfigToken token = replacement.token;
    token.refreshInFlight = false;
    token.rejectedWith.clear();
    registerSecrets(token);
    m_secrets->write(SecretKey::slackConfigToken, token.toStored(), this,
        [this, token, waiter = replacement.waiter](const SecretStore::Result &saved) {
            m_token = token;
            m_memoryOnly = !saved.ok();
            m_expiredToken.clear();
            m_revokedToken.clear();
            if (saved.ok())
                deliver(waiter, {token.accessToken, Problem::None, QString()});
            else
                deliver(waiter,
                    failure(Problem::KeychainUnavailable,
                        tr("The app configuration token could not be saved in "
                           "the keychain (%1). %2")
                            .arg(saved.message, sessionOnlyNotice())));
            m_busy = false;
            schedule();
        });
}

// The keychain is read before each run, so a token saved meanwhile by the Connect page (or left
// behind by an interrupted run) is what counts.
void ConfigTokenSession::load()
{
    if (m_memoryOnly) {
        decide();
        return;
    }
    m_secrets->read(SecretKey::slackConfigToken, this, [this](const SecretStore::Result &read) {
        if (read.ok()) {
            m_token = ConfigToken::fromStored(read.value);
            registerSecrets(m_token);
            decide();
        } else if (read.outcome == SecretStore::Outcome::NotFound) {
            m_token = ConfigToken();
            finish(failure(Problem::NoToken));
        } else if (!m_token.isNull()) {
            decide(); // what this session read before; rotating it will be refused
        } else if (read.outcome == SecretStore::Outcome::Unavailable) {
            finish(failure(Problem::KeychainUnavailable));
        } else {
            finish(failure(Problem::KeychainUnavailable,
                tr("The app configuration token could not be read from the keychain "
                   "(%1).")
                    .arg(read.message)));
        }
    });
}

void ConfigTokenSession::decide()
{
    if (m_token.isNull()) {
        finish(failure(Problem::NoToken));
    } else if (m_token.rejectedWith.isEmpty() && !m_revokedToken.isEmpty()
        && m_revokedToken == m_token.accessToken) {
        m_token.rejectedWith = tokenRevoked;
        saveThenFinish(failure(Problem::TokenRevoked));
    } else if (!m_token.rejectedWith.isEmpty()) {
        finish(failure(problemFor(m_token.rejectedWith)));
    } else if (m_token.refreshInFlight) {
        // Sent once, outcome unknown: sending it again is exactly what must never happen.
        finish(failure(Problem::RefreshTokenSpent));
    } else if (!needsRotation()) {
        handOut();
    } else if (m_token.refreshToken.isEmpty()) {
        if (accessTokenStillValid())
            handOut();
        else
            finish(failure(Problem::TokenExpired));
    } else {
        rotate();
    }
}

bool ConfigTokenSession::reportedExpired() const
{
    return !m_expiredToken.isEmpty() && m_expiredToken == m_token.accessToken;
}

bool ConfigTokenSession::needsRotation() const
{
    if (m_token.accessToken.isEmpty() || reportedExpired())
        return true;
    if (!m_token.expiresAt.isValid())
        return false;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return now.addSecs(std::chrono::seconds(rotationMargin).count()) >= m_token.expiresAt;
}

bool ConfigTokenSession::accessTokenStillValid() const
{
    if (m_token.accessToken.isEmpty() || reportedExpired())
        return false;
    return !m_token.expiresAt.isValid() || QDateTime::currentDateTimeUtc() < m_token.expiresAt;
}

QString ConfigTokenSession::sessionOnlyNotice() const
{
    QString notice = tr("The token is kept for this session only and is not renewed, because "
                        "renewing it with nowhere to save the new one would lose it.");
    if (m_token.expiresAt.isValid())
        notice += u' '
            + tr("It stays usable until %1; after that, enter a new one on the Connect page.")
                  .arg(QLocale().toString(m_token.expiresAt.toLocalTime(), QLocale::ShortFormat));
    return notice;
}

// A token kept only in memory is saved first when it can be; when the keychain still refuses,
// the token is used for this session, and the admin is told.
void ConfigTokenSession::handOut()
{
    if (!m_memoryOnly) {
        finish({m_token.accessToken, Problem::None, QString()});
        return;
    }
    const ConfigToken token = m_token;
    m_secrets->write(SecretKey::slackConfigToken, token.toStored(), this,
        [this, token](const SecretStore::Result &saved) {
            m_memoryOnly = !saved.ok();
            QString notice;
            if (!saved.ok())
                notice = tr("The system keychain is not available.") + u' ' + sessionOnlyNotice();
            finish({token.accessToken, Problem::None, notice});
        });
}

void ConfigTokenSession::rotate()
{
    ConfigToken marked = m_token;
    marked.refreshInFlight = true;
    m_secrets->write(SecretKey::slackConfigToken, marked.toStored(), this,
        [this, marked](const SecretStore::Result &saved) {
            if (!saved.ok()) {
                refuseRotation(saved);
                return;
            }
            m_token = marked;
            m_memoryOnly = false;
            qCInfo(lcSlackApi) << "rotating the app configuration token";
            const QUrlQuery arguments =
                SlackApiClient::arguments({{QStringLiteral("refresh_token"), marked.refreshToken}});
            m_client->call(QStringLiteral("tooling.tokens.rotate"), arguments, QString(), this,
                [this](const SlackApiClient::Reply &reply) { onRotated(reply); });
        });
}

void ConfigTokenSession::refuseRotation(const SecretStore::Result &saved)
{
    qCWarning(lcSlackApi) << "not rotating: the keychain cannot save the token pair";
    if (accessTokenStillValid()) {
        finish({m_token.accessToken, Problem::None,
            tr("The keychain cannot save the app configuration token (%1).").arg(saved.message)
                + u' ' + sessionOnlyNotice()});
        return;
    }
    finish(failure(Problem::KeychainUnavailable,
        tr("The app configuration token has expired and is not renewed, because the "
           "keychain cannot save the new one (%1): renewing it would lose it. Unlock "
           "the keychain and try again, or enter a new token on the Connect page.")
            .arg(saved.message)));
}

void ConfigTokenSession::onRotated(const SlackApiClient::Reply &reply)
{
    if (reply.ok) {
        ConfigToken fresh;
        fresh.accessToken = reply.body.value(QLatin1String("token")).toString();
        fresh.refreshToken = reply.body.value(QLatin1String("refresh_token")).toString();
        const qint64 expires = reply.body.value(QLatin1String("exp")).toVariant().toLongLong();
        if (expires > 0)
            fresh.expiresAt = QDateTime::fromSecsSinceEpoch(expires, Qt::UTC);
        if (fresh.accessToken.isEmpty() || fresh.refreshToken.isEmpty())
            giveUpAfterSending(tr("Slack's answer held no new token pair."));
        else
            onRenewed(fresh);
    } else if (reply.httpStatus == 0 && !reply.requestSent) {
        m_token.refreshInFlight = false;
        saveThenFinish(failure(Problem::SlackUnreachable,
            reply.transportError + u' ' + messageFor(Problem::SlackUnreachable)));
    } else if (problemFor(reply.error) != Problem::Other) {
        keepRefused(reply.error);
    } else if (untouchedErrors().contains(reply.error)) {
        m_token.refreshInFlight = false;
        const QString message = reply.error == QLatin1String("ratelimited")
            ? tr("Slack is limiting how often the token can be renewed; try again in %n "
                 "second(s).",
                nullptr, qMax(1, reply.retryAfterSeconds))
            : tr("Slack did not renew the app configuration token (%1).").arg(reply.error);
        saveThenFinish(failure(Problem::Other, message));
    } else {
        giveUpAfterSending(reply.error.isEmpty() ? reply.transportError
                                                 : tr("Slack answered %1.").arg(reply.error));
    }
}

// The new pair is saved before its access token is handed to anyone.
void ConfigTokenSession::onRenewed(const ConfigToken &fresh)
{
    registerSecrets(fresh);
    m_secrets->write(SecretKey::slackConfigToken, fresh.toStored(), this,
        [this, fresh](const SecretStore::Result &saved) {
            m_token = fresh;
            m_memoryOnly = !saved.ok();
            m_expiredToken.clear();
            m_revokedToken.clear();
            if (saved.ok()) {
                qCInfo(lcSlackApi) << "the app configuration token was rotated and saved";
                finish({fresh.accessToken, Problem::None, QString()});
                return;
            }
            finish(failure(Problem::KeychainUnavailable,
                tr("Slack renewed the app configuration token, but the keychain could "
                   "not save the new one (%1). It is kept in memory and saved as soon "
                   "as the keychain allows; if the program is closed first, it is "
                   "lost. %2")
                    .arg(saved.message, newTokenAdvice())));
        });
}

void ConfigTokenSession::keepRefused(const QString &slackError)
{
    qCWarning(lcSlackApi).noquote()
        << "Slack refused to rotate the configuration token:" << slackError;
    m_token.refreshInFlight = false;
    m_token.rejectedWith = slackError;
    saveThenFinish(failure(problemFor(slackError)));
}

void ConfigTokenSession::giveUpAfterSending(const QString &reason)
{
    qCWarning(lcSlackApi).noquote()
        << "the rotation's outcome is unknown; the refresh token counts as spent:"
        << Redactor::redact(reason);
    // m_token keeps refreshInFlight, in memory and in the keychain.
    finish(failure(
        Problem::RefreshTokenSpent, reason + u' ' + messageFor(Problem::RefreshTokenSpent)));
}

void ConfigTokenSession::saveThenFinish(const Outcome &outcome)
{
    m_secrets->write(SecretKey::slackConfigToken, m_token.toStored(), this,
        [this, outcome](const SecretStore::Result &saved) {
            m_memoryOnly = !saved.ok();
            finish(outcome);
        });
}

void ConfigTokenSession::finish(const Outcome &outcome)
{
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &waiter : waiters)
        deliver(waiter, outcome);
    m_busy = false;
    schedule();
}

void ConfigTokenSession::deliver(const Waiter &waiter, const Outcome &outcome)
{
    if (!waiter.context)
        return;
    QMetaObject::invokeMethod(waiter.context, [done = waiter.done, outcome] { done(outcome); });
}
