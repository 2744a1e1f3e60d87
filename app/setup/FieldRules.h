#pragma once

#include "setup/FieldVerdict.h"

#include <QCoreApplication>
#include <QString>

class QUrl;

// The validation rules of the Connect page. Each takes the text as typed (surrounding white space
// is ignored, except in the password) and says whether it can be used and, if not, why. Empty
// required fields are Invalid with a short "required" message.
class FieldRules
{
    Q_DECLARE_TR_FUNCTIONS(FieldRules)

public:
    static FieldVerdict slackAppId(const QString &text);
    static FieldVerdict slackClientId(const QString &text);
    static FieldVerdict slackClientSecret(const QString &text);
    static FieldVerdict slackSigningSecret(const QString &text);
    static FieldVerdict slackVerificationToken(const QString &text);
    // The app configuration token pair, both optional: the access token (xoxe.xoxp-…) and its
    // refresh token (xoxe-…).
    static FieldVerdict slackConfigAccessToken(const QString &text);
    static FieldVerdict slackConfigRefreshToken(const QString &text);
    static FieldVerdict bitbucketBaseUrl(const QString &text);
    static FieldVerdict bitbucketUsername(const QString &text);
    static FieldVerdict bitbucketPassword(const QString &text);
    static FieldVerdict caBundlePath(const QString &text); // optional; reads the file

private:
    static FieldVerdict required();
    static FieldVerdict hexSecret(const QString &text);
    static FieldVerdict urlShape(const QUrl &url);
};
