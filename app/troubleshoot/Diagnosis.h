#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

// What the troubleshooter makes of a pasted error message, Slack error code, Bitbucket error body
// or the address the browser ended on. All text is translated; `code` is stable.
struct Diagnosis
{
    bool recognised = false;
    // For example "redirect_uri_mismatch", "invalid_team_for_non_distributed_app"; "unrecognised"
    // when nothing was recognised, or the unknown Slack error code the text named.
    QString code;
    QString title; // one line
    // Why it happened. For redirect_uri_mismatch it is RedirectMatcher's reason code instead
    // ("scheme", "host", "port", "path", "fragment", "empty", "none-configured", or "match" when
    // the manifest given covers the URI), empty when that cannot be told without a manifest; the
    // sentence that explains it is then in detail.
    QString cause;
    QString closest; // for redirect mismatches: the configured Redirect URL that comes closest
    QString detail; // what was compared, what the text said
    QString fix; // what to do next, concretely

    // {"code","title","cause","closest","detail","fix"}
    QJsonObject toJson() const;
};

// What the troubleshooter can compare the text with; every part is optional.
struct DiagnosisContext
{
    bool haveManifest = false;
    QStringList configuredRedirectUrls; // from the manifest, in order
    QUrl bitbucketBaseUrl;
};

namespace Troubleshooter {

Diagnosis diagnose(const QString &text, const DiagnosisContext &context = {});

// Slack's error codes (authorize, oauth.v2.access, the manifest API, tooling.tokens.rotate): what
// the rest of the program shows beside a failure, with the same words the troubleshooter uses.
// Unknown codes come back with recognised == false and a generic title naming the code.
Diagnosis forSlackError(const QString &code);

} // namespace Troubleshooter
