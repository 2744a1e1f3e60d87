#include "slack/RedirectMatcher.h"

#include <QCoreApplication>
#include <QList>
#include <QUrl>

#include <tuple>

// Slack documents the rule (https only, no fragment, the same host and port, the same path or one
// below it) but not every corner of it. Where it is silent this file decides, and the tests pin
// each decision down:
// - Host names compare as DNS compares them: without regard to case, and an internationalised
//   name equals its punycode form (both are turned into the ASCII form first). IPv6 literals
//   compare as addresses, so [0:0:0:0:0:0:0:1] equals [::1].
// - An explicit default port equals no port: https://h:443/cb is https://h/cb.
// - Paths compare segment by segment: /pathology is not below /path. A trailing slash is part of
//   the configured path, so /path/ covers /path/x but not /path itself; /path covers /path/.
// - Percent-encoding is normalised the way RFC 3986 allows: %7E equals ~ and %7e equals %7E, but
//   %2F stays a character inside a segment and never equals the separator /. Dot segments are
//   resolved before comparing, so /path/../other is not below /path.
// - The query takes no part. Slack's rule names scheme, fragment, host, port and path only, and
//   OAuth 2.0 (RFC 6749, 3.1.2) lets a redirect URI carry a query that must be kept; so
//   https://h/cb?x=1 is covered by https://h/cb. A query on the configured URL is ignored too.
//   This is inferred, not documented by Slack; slack-platform.md lists it to verify live.
// - An empty passed URI is reported as Empty before anything else: no configuration can make an
//   empty redirect_uri match, so that is the first thing to fix.

namespace RedirectMatcher {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RedirectMatcher", text);
}

struct Parts
{
    QString text;
    QString scheme;
    QString host;
    int port = -1; // -1 for the scheme's default, whether written or not
    QStringList segments;
    QString path;
    bool fragment = false;
};

int defaultPort(const QString &scheme)
{
    if (scheme == QLatin1String("https"))
        return 443;
    if (scheme == QLatin1String("http"))
        return 80;
    return -1;
}

// Decodes what needs no encoding and encodes everything else, so that two spellings of the same
// segment come out the same; a %2F stays encoded because the segments are split first.
QString canonicalSegment(const QString &segment)
{
    return QString::fromLatin1(
        QByteArray::fromPercentEncoding(segment.toUtf8()).toPercentEncoding());
}

Parts split(const QString &text)
{
    Parts parts;
    parts.text = text.trimmed();
    const QUrl url(parts.text, QUrl::TolerantMode);
    parts.scheme = url.scheme().toLower();
    parts.host = url.host(QUrl::FullyEncoded).toLower();
    const int port = url.port();
    parts.port = port == defaultPort(parts.scheme) ? -1 : port;
    QString path = url.adjusted(QUrl::NormalizePathSegments).path(QUrl::FullyEncoded);
    if (path.isEmpty())
        path = QStringLiteral("/");
    for (const QString &segment : path.split(QLatin1Char('/')))
        parts.segments.append(canonicalSegment(segment));
    parts.path = parts.segments.join(QLatin1Char('/'));
    parts.fragment = url.hasFragment() || parts.text.contains(QLatin1Char('#'));
    return parts;
}

bool pathCovers(const QString &configured, const QString &passed)
{
    if (passed == configured)
        return true;
    const QString prefix =
        configured.endsWith(QLatin1Char('/')) ? configured : configured + QLatin1Char('/');
    return passed.startsWith(prefix);
}

// Every way the passed URI differs from the configured URL, in the order they are reported.
QList<Reason> differences(const Parts &configured, const Parts &passed)
{
    const QString https = QStringLiteral("https");
    QList<Reason> found;
    if (passed.scheme != https || configured.scheme != https)
        found.append(Reason::Scheme);
    if (passed.host != configured.host || configured.host.isEmpty())
        found.append(Reason::Host);
    if (passed.port != configured.port)
        found.append(Reason::Port);
    if (!pathCovers(configured.path, passed.path))
        found.append(Reason::Path);
    if (passed.fragment)
        found.append(Reason::Fragment);
    return found;
}

int commonSegments(const Parts &a, const Parts &b)
{
    int count = 0;
    while (count < a.segments.size() && count < b.segments.size()
        && a.segments.at(count) == b.segments.at(count))
        ++count;
    return count;
}

// How near a configured URL comes: first how many of host, port and path agree, then the host,
// then how much of the path is shared, then the port. The scheme counts least, since an http
// passed URI fails against every configured URL alike.
using Closeness = std::tuple<int, bool, int, bool, bool>;

Closeness closeness(const Parts &configured, const Parts &passed)
{
    const QList<Reason> diff = differences(configured, passed);
    const bool host = !diff.contains(Reason::Host);
    const bool port = !diff.contains(Reason::Port);
    const bool path = !diff.contains(Reason::Path);
    return {int(host) + int(port) + int(path), host, commonSegments(configured, passed), port,
        !diff.contains(Reason::Scheme)};
}

QStringList nonBlank(const QStringList &urls)
{
    QStringList kept;
    for (const QString &url : urls) {
        if (!url.trimmed().isEmpty())
            kept.append(url.trimmed());
    }
    return kept;
}

QString shownPort(const Parts &parts)
{
    if (parts.port != -1)
        return QString::number(parts.port);
    const int port = defaultPort(parts.scheme);
    return port == -1 ? tr("none") : tr("%1 (the default)").arg(port);
}

QString shownScheme(const Parts &parts)
{
    return parts.scheme.isEmpty() ? tr("no scheme") : parts.scheme;
}

QString explainScheme(const Parts &configured, const Parts &passed)
{
    if (passed.scheme != QLatin1String("https")) {
        return tr("The redirect URI %1 uses %2, but Slack accepts only https redirect URIs.")
            .arg(passed.text, shownScheme(passed));
    }
    return tr("The Redirect URL %1 uses %2; Slack matches https redirect URIs only against https "
              "Redirect URLs.")
        .arg(configured.text, shownScheme(configured));
}

QString explainPath(const Parts &configured, const Parts &passed)
{
    const QString &want = configured.path;
    const QString &have = passed.path;
    if (want.endsWith(QLatin1Char('/')) && have + QLatin1Char('/') == want) {
        return tr("The Redirect URL %1 ends with a slash that the path %2 lacks; only %3 and "
                  "paths below it match.")
            .arg(configured.text, have, want);
    }
    if (have.startsWith(want)) {
        return tr("The path %1 only starts with the same characters as %2; it is neither %2 nor "
                  "a sub-directory of it (closest Redirect URL: %3).")
            .arg(have, want, configured.text);
    }
    if (pathCovers(have, want)) {
        return tr("The path %1 lies above %2; only %2 and paths below it match (closest Redirect "
                  "URL: %3).")
            .arg(have, want, configured.text);
    }
    return tr("The path %1 is neither %2 nor below it (closest Redirect URL: %3).")
        .arg(have, want, configured.text);
}

QString explainReason(Reason reason, const Parts &configured, const Parts &passed)
{
    switch (reason) {
    case Reason::Match:
        return tr("%1 is covered by the Redirect URL %2.").arg(passed.text, configured.text);
    case Reason::Empty:
        return tr("The redirect URI is empty; Slack matches an empty redirect_uri against no "
                  "Redirect URL.");
    case Reason::NoneConfigured:
        return tr("The Slack app has no Redirect URLs, so Slack accepts no redirect URI.");
    case Reason::Scheme:
        return explainScheme(configured, passed);
    case Reason::Host:
        return tr("The redirect URI goes to the host %1, but the closest Redirect URL, %2, is on "
                  "the host %3.")
            .arg(passed.host, configured.text, configured.host);
    case Reason::Port:
        return tr("The redirect URI uses port %1, but the closest Redirect URL, %2, uses port %3.")
            .arg(shownPort(passed), configured.text, shownPort(configured));
    case Reason::Path:
        return explainPath(configured, passed);
    case Reason::Fragment:
        return tr("The redirect URI %1 contains a fragment (#…); Slack refuses every redirect URI "
                  "with a fragment.")
            .arg(passed.text);
    }
    return QString();
}

QString reasonNoun(Reason reason)
{
    switch (reason) {
    case Reason::Scheme:
        return tr("the scheme");
    case Reason::Host:
        return tr("the host");
    case Reason::Port:
        return tr("the port");
    case Reason::Path:
        return tr("the path");
    default:
        return QString();
    }
}

} // namespace

Verdict matchOne(const QString &configured, const QString &passed)
{
    if (passed.trimmed().isEmpty())
        return {Reason::Empty, configured};
    if (configured.trimmed().isEmpty())
        return {Reason::NoneConfigured, configured};
    const QList<Reason> diff = differences(split(configured), split(passed));
    return {diff.isEmpty() ? Reason::Match : diff.first(), configured.trimmed()};
}

Verdict match(const QStringList &configured, const QString &passed)
{
    const QStringList urls = nonBlank(configured);
    if (passed.trimmed().isEmpty())
        return {Reason::Empty, urls.value(0)};
    if (urls.isEmpty())
        return {Reason::NoneConfigured, QString()};

    const Parts passedParts = split(passed);
    Verdict best;
    Closeness bestCloseness {};
    for (const QString &url : urls) {
        const Parts parts = split(url);
        const QList<Reason> diff = differences(parts, passedParts);
        if (diff.isEmpty())
            return {Reason::Match, url};
        const auto near = closeness(parts, passedParts);
        if (best.configured.isEmpty() || near > bestCloseness) {
            best = {diff.first(), url};
            bestCloseness = near;
        }
    }
    return best;
}

bool covers(const QStringList &configured, const QString &passed)
{
    return match(configured, passed).reason == Reason::Match;
}

bool equivalent(const QString &a, const QString &b)
{
    return matchOne(a, b).reason == Reason::Match && matchOne(b, a).reason == Reason::Match;
}

QString reasonCode(Reason reason)
{
    switch (reason) {
    case Reason::Match:
        return QStringLiteral("match");
    case Reason::Empty:
        return QStringLiteral("empty");
    case Reason::Scheme:
        return QStringLiteral("scheme");
    case Reason::Host:
        return QStringLiteral("host");
    case Reason::Port:
        return QStringLiteral("port");
    case Reason::Path:
        return QStringLiteral("path");
    case Reason::Fragment:
        return QStringLiteral("fragment");
    case Reason::NoneConfigured:
        return QStringLiteral("none-configured");
    }
    return QString();
}

QString explain(const Verdict &verdict, const QString &passed)
{
    const Parts configured = split(verdict.configured);
    const Parts passedParts = split(passed);
    QString text = explainReason(verdict.reason, configured, passedParts);
    if (verdict.reason == Reason::Match || verdict.reason == Reason::Empty
        || verdict.reason == Reason::NoneConfigured)
        return text;

    // The first difference is the one to fix first; the others are named so that nobody fixes
    // one and is surprised by the next.
    const QList<Reason> diff = differences(configured, passedParts);
    QStringList others;
    for (Reason other : diff) {
        if (other != verdict.reason && other != Reason::Fragment)
            others.append(reasonNoun(other));
    }
    if (!others.isEmpty())
        text += QLatin1Char(' ') + tr("It also differs in %1.").arg(others.join(tr(", ")));
    if (verdict.reason != Reason::Fragment && diff.contains(Reason::Fragment))
        text += QLatin1Char(' ') + tr("It also contains a fragment (#…), which Slack refuses.");
    return text;
}

} // namespace RedirectMatcher
