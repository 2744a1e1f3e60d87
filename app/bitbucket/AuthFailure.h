#pragma once

#include "bitbucket/BitbucketErrorBody.h"

#include <QUrl>

// Why Bitbucket refused an administrator request made with Basic authentication. A 401 alone is
// ambiguous (no session, wrong password, not an admin); the body and redirect tell them apart.
class AuthFailure
{
public:
    enum class Kind {
        None, // not a refusal
        WrongPassword, // the user name or password is wrong
        CaptchaRequired, // too many failed sign-ins: Bitbucket wants a CAPTCHA first
        NotAdmin, // signed in, but not a global administrator
        NotSignedIn, // the credentials were not taken as a sign-in
        BasicAuthDisabled, // Basic authentication is switched off (or sent to an SSO page)
        Unknown, // refused for a reason the answer does not name
    };

    // status is the HTTP status; location the redirect target if there was one.
    static Kind classify(int status, const BitbucketErrorBody &body, const QUrl &location = {});

private:
    static Kind fromMessages(const BitbucketErrorBody &body);
    static bool isSignInPage(const QUrl &location);
};
