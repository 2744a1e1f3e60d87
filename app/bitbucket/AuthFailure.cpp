#include "bitbucket/AuthFailure.h"

#include <QRegularExpression>

namespace {

bool mentionsBasicAuthOff(const BitbucketErrorBody &body)
{
    static const QRegularExpression pattern(
        QStringLiteral("basic\\s*auth(entication)?\\b.*\\b(disabled|not allowed|not permitted|"
                       "switched off|turned off|blocked)"),
        QRegularExpression::CaseInsensitiveOption);
    const QStringList messages = body.messages();
    for (const QString &message : messages) {
        if (pattern.match(message).hasMatch())
            return true;
    }
    return body.mentions(QStringLiteral("BasicAuthenticationDisabled"))
        || body.mentions(QStringLiteral("BasicAuthDisabled"));
}

bool mentionsWrongPassword(const BitbucketErrorBody &body)
{
    return body.mentions(QStringLiteral("Authentication failed"))
        || body.mentions(QStringLiteral("IncorrectPassword"))
        || body.mentions(QStringLiteral("Incorrect username or password"))
        || body.mentions(QStringLiteral("Invalid username or password"));
}

} // namespace

AuthFailure::Kind AuthFailure::classify(
    int status, const BitbucketErrorBody &body, const QUrl &location)
{
    if (status >= 300 && status < 400)
        return isSignInPage(location) ? Kind::BasicAuthDisabled : Kind::Unknown;
    if (status != 401 && status != 403)
        return Kind::None;
    return fromMessages(body);
}

AuthFailure::Kind AuthFailure::fromMessages(const BitbucketErrorBody &body)
{
    // The order matters: "must be an Admin" also appears after a successful sign-in, and a
    // "basic authentication is disabled" answer may also say that authentication failed.
    if (body.mentions(QStringLiteral("must be an Admin")))
        return Kind::NotAdmin;
    if (mentionsBasicAuthOff(body))
        return Kind::BasicAuthDisabled;
    if (body.mentions(QStringLiteral("CAPTCHA")))
        return Kind::CaptchaRequired;
    if (mentionsWrongPassword(body))
        return Kind::WrongPassword;
    if (body.mentions(QStringLiteral("must be authenticated")))
        return Kind::NotSignedIn;
    return Kind::Unknown;
}

bool AuthFailure::isSignInPage(const QUrl &location)
{
    static const QRegularExpression pattern(
        QStringLiteral("(login|signin|sign-in|sso|saml|oidc|oauth|authenticate)"),
        QRegularExpression::CaseInsensitiveOption);
    return location.isValid() && pattern.match(location.path()).hasMatch();
}
