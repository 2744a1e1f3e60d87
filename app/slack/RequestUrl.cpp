#include "slack/RequestUrl.h"

#include "bitbucket/BitbucketUrl.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

namespace RequestUrl {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RequestUrl", text);
}

QUrl parsed(const QString &text)
{
    return QUrl(text.trimmed(), QUrl::TolerantMode);
}

QString path(const QUrl &url)
{
    return url.adjusted(QUrl::NormalizePathSegments).path(QUrl::FullyEncoded);
}

// The port as written, or -1 when it is the default of the URL's own scheme, so that http://h
// against https://h:443 differs in the scheme only.
int writtenPort(const QUrl &url)
{
    const int port = url.port();
    return port == BitbucketUrl::effectivePort(url.adjusted(QUrl::RemovePort)) ? -1 : port;
}

// What comes before the endpoint's own path: the context path.
QString contextPathOf(const QUrl &url, const QString &endpointPath)
{
    const QString full = path(url);
    return full.endsWith(endpointPath) ? full.left(full.size() - endpointPath.size()) : full;
}

QString shown(const QString &text)
{
    return text.isEmpty() ? tr("none") : text;
}

QString describePart(Part part, const QUrl &url, const QUrl &want, const QString &endpointPath)
{
    switch (part) {
    case Part::Scheme:
        return tr("scheme (%1 instead of %2)").arg(shown(url.scheme()), want.scheme());
    case Part::Host:
        return tr("host (%1 instead of %2)").arg(shown(url.host()), want.host());
    case Part::Port:
        return tr("port (%1 instead of %2)")
            .arg(BitbucketUrl::effectivePort(url))
            .arg(BitbucketUrl::effectivePort(want));
    case Part::ContextPath:
        return tr("context path (%1 instead of %2)")
            .arg(shown(contextPathOf(url, endpointPath)), shown(contextPathOf(want, endpointPath)));
    case Part::Path:
        return tr("path (%1 instead of %2)").arg(shown(path(url)), path(want));
    }
    return QString();
}

} // namespace

QList<Part> differences(const QString &actual, const QString &expected, const QString &endpointPath)
{
    const QUrl url = parsed(actual);
    const QUrl want = parsed(expected);
    QList<Part> found;
    if (url.scheme().compare(want.scheme(), Qt::CaseInsensitive) != 0)
        found.append(Part::Scheme);
    if (url.host().isEmpty()
        || url.host(QUrl::FullyEncoded).compare(want.host(QUrl::FullyEncoded), Qt::CaseInsensitive)
            != 0)
        found.append(Part::Host);
    if (writtenPort(url) != writtenPort(want))
        found.append(Part::Port);
    const QString actualPath = path(url);
    if (actualPath != path(want))
        found.append(actualPath.endsWith(endpointPath) ? Part::ContextPath : Part::Path);
    return found;
}

QString describe(const QList<Part> &parts, const QString &actual, const QString &expected,
    const QString &endpointPath)
{
    QStringList texts;
    for (Part part : parts)
        texts.append(describePart(part, parsed(actual), parsed(expected), endpointPath));
    return texts.join(tr("; "));
}

} // namespace RequestUrl
