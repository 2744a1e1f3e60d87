#pragma once

#include <QString>
#include <QStringList>

// Slack's rule for matching the redirect_uri of an OAuth request against the app's configured
// Redirect URLs (slack-platform.md, A5): the passed URI must use https, must not contain a
// fragment, must have exactly the configured host and port, and its path must equal the
// configured path or lie below it. Implemented once; the checks, the fixes and the troubleshooter
// all use it. RedirectMatcher.cpp says how each case Slack leaves open is decided.
namespace RedirectMatcher {

enum class Reason {
    Match,
    Empty, // the passed URI is empty
    Scheme, // the passed URI is not https (or the configured one is not)
    Host, // another host
    Port, // another port (an explicit default port counts as the default)
    Path, // the path is not the configured path or below it
    Fragment, // the passed URI has a fragment
    NoneConfigured, // no Redirect URL is configured
};

struct Verdict
{
    Reason reason = Reason::NoneConfigured;
    QString configured; // the configured URL this verdict is about (the closest when none match)
};

// One configured URL against the passed URI.
Verdict matchOne(const QString &configured, const QString &passed);

// All configured URLs: the first that matches, or else the closest one and why it fails.
Verdict match(const QStringList &configured, const QString &passed);

// Whether some configured URL covers the passed URI.
bool covers(const QStringList &configured, const QString &passed);

// Whether two Redirect URLs name the same address under the rule (each covers the other): what
// "Bitbucket's install endpoint is the first Redirect URL" means.
bool equivalent(const QString &a, const QString &b);

// "scheme", "host", "port", "path", "fragment", "empty", "none-configured", "match".
QString reasonCode(Reason reason);
// A translated sentence saying why it does not match.
QString explain(const Verdict &verdict, const QString &passed);

} // namespace RedirectMatcher
