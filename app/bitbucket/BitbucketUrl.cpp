#include "bitbucket/BitbucketUrl.h"

namespace {

QString withoutTrailingSlashes(QString path)
{
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return path;
}

} // namespace

QList<BitbucketUrl::Problem> BitbucketUrl::problems(const QUrl &base)
{
    if (base.isEmpty())
        return {Problem::Empty};
    if (!base.isValid())
        return {Problem::Invalid};

    QList<Problem> found;
    const QString scheme = base.scheme().toLower();
    if (scheme == QLatin1String("http"))
        found.append(Problem::PlainHttp);
    else if (scheme != QLatin1String("https"))
        found.append(Problem::UnsupportedScheme);
    if (base.host().isEmpty())
        found.append(Problem::NoHost);
    if (!base.userInfo().isEmpty())
        found.append(Problem::HasUserInfo);
    if (base.hasQuery())
        found.append(Problem::HasQuery);
    if (base.hasFragment())
        found.append(Problem::HasFragment);
    return found;
}

QString BitbucketUrl::contextPath(const QUrl &base)
{
    return withoutTrailingSlashes(base.path(QUrl::FullyEncoded));
}

QUrl BitbucketUrl::suggestion(const QUrl &base)
{
    QUrl url = base.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    if (url.scheme().toLower() == QLatin1String("http") && url.port() == 80)
        url.setPort(-1);
    url.setScheme(QStringLiteral("https"));
    url.setPath(contextPath(base), QUrl::TolerantMode);
    return url;
}

QUrl BitbucketUrl::endpoint(const QUrl &base, const QString &path)
{
    QUrl url = base.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    url.setPath(contextPath(base) + path, QUrl::TolerantMode);
    return url;
}

QUrl BitbucketUrl::plainHttpUrl(const QUrl &base, quint16 port)
{
    QUrl url = endpoint(base, QStringLiteral("/"));
    url.setScheme(QStringLiteral("http"));
    url.setPort(port == 80 ? -1 : port);
    return url;
}

int BitbucketUrl::effectivePort(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.port(scheme == QLatin1String("http") ? 80 : 443);
}

QString BitbucketUrl::authority(const QUrl &url)
{
    const QString host = url.host(QUrl::EncodeUnicode);
    const QString shown = host.contains(QLatin1Char(':')) ? u'[' + host + u']' : host;
    if (url.port() == -1 || (url.port() == effectivePort(url.adjusted(QUrl::RemovePort))))
        return shown;
    return shown + u':' + QString::number(url.port());
}

bool BitbucketUrl::sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && effectivePort(a) == effectivePort(b);
}

bool BitbucketUrl::isWithinContextPath(const QString &path, const QString &contextPath)
{
    if (contextPath.isEmpty())
        return path.isEmpty() || path.startsWith(QLatin1Char('/'));
    return path == contextPath || path.startsWith(contextPath + u'/');
}
