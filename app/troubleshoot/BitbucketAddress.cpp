#include "troubleshoot/BitbucketAddress.h"

#include "bitbucket/BitbucketUrl.h"

#include <QStringList>

namespace {

const QString integrationPath = QStringLiteral("/rest/slack/");
const QString oauthSegment = QStringLiteral("/oauth");

// Paths that only Bitbucket (or its Slack integration) serves.
const QStringList bitbucketPaths = {integrationPath, QStringLiteral("/rest/api/"),
    QStringLiteral("/plugins/servlet/"), QStringLiteral("/projects/"),
    QStringLiteral("/dashboard")};

// Where Bitbucket's own paths begin, after the context path.
const QStringList pathStarts = bitbucketPaths
    + QStringList {QStringLiteral("/rest/"), QStringLiteral("/login"), QStringLiteral("/admin"),
        QStringLiteral("/users/"), QStringLiteral("/account"), QStringLiteral("/mvc/")};

bool sameHost(const QUrl &a, const QUrl &b)
{
    return !a.host().isEmpty() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0;
}

// The end of "/rest/slack/<version>/oauth" in path, or -1.
int oauthPathEnd(const QString &path)
{
    const int integration = path.indexOf(integrationPath);
    if (integration < 0)
        return -1;
    const int version = integration + integrationPath.size();
    const int versionEnd = path.indexOf(u'/', version);
    if (versionEnd <= version || !path.mid(versionEnd).startsWith(oauthSegment))
        return -1;
    const int end = versionEnd + oauthSegment.size();
    return end == path.size() || path.at(end) == u'/' ? end : -1;
}

} // namespace

BitbucketAddress::BitbucketAddress(const QUrl &url, const QUrl &knownBase)
    : m_url(url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment))
    , m_knownBase(knownBase)
{ }

bool BitbucketAddress::isBitbucket() const
{
    if (sameHost(m_url, m_knownBase))
        return true;
    const QString path = m_url.path();
    for (const QString &known : bitbucketPaths) {
        if (path.contains(known))
            return true;
    }
    return m_url.host().contains(QLatin1String("bitbucket"), Qt::CaseInsensitive);
}

bool BitbucketAddress::isSlackIntegration() const
{
    return oauthPathEnd(m_url.path()) >= 0;
}

bool BitbucketAddress::isPlainHttp() const
{
    return m_url.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) == 0;
}

int BitbucketAddress::contextPathEnd() const
{
    const QString path = m_url.path();
    QString knownContext = m_knownBase.path();
    while (knownContext.endsWith(u'/'))
        knownContext.chop(1);
    if (sameHost(m_url, m_knownBase) && BitbucketUrl::isWithinContextPath(path, knownContext))
        return int(knownContext.size());
    int end = int(path.size());
    for (const QString &start : pathStarts) {
        const int at = int(path.indexOf(start));
        if (at >= 0 && at < end)
            end = at;
    }
    while (end > 0 && path.at(end - 1) == u'/')
        --end;
    return end;
}

QUrl BitbucketAddress::base() const
{
    QUrl base = m_url;
    base.setPath(m_url.path().left(contextPathEnd()));
    return base;
}

QUrl BitbucketAddress::httpsBase() const
{
    if (sameHost(m_url, m_knownBase)
        && !BitbucketUrl::problems(m_knownBase).contains(BitbucketUrl::Problem::PlainHttp))
        return BitbucketUrl::suggestion(m_knownBase);
    QUrl https = base();
    if (isPlainHttp()) {
        // The https port behind the proxy is not in an http address; 443 is the usual one.
        https.setScheme(QStringLiteral("https"));
        https.setPort(-1);
    }
    return https;
}

QUrl BitbucketAddress::integrationRedirectUrl() const
{
    const int end = oauthPathEnd(m_url.path());
    if (end < 0)
        return QUrl();
    QUrl redirect = m_url;
    redirect.setPath(m_url.path().left(end));
    return redirect;
}

QString BitbucketAddress::httpsSettings() const
{
    const QUrl target = httpsBase();
    return tr("Make Bitbucket build https addresses: set its base URL to %1 (Administration > "
              "Server settings > Base URL). When a reverse proxy or load balancer terminates "
              "TLS in front of Bitbucket, also declare it in "
              "$BITBUCKET_HOME/shared/bitbucket.properties:\n"
              "server.secure=true\n"
              "server.scheme=https\n"
              "server.proxy-name=%2\n"
              "server.proxy-port=%3\n"
              "then restart Bitbucket.")
        .arg(target.toDisplayString(), target.host())
        .arg(BitbucketUrl::effectivePort(target));
}
