#include "checks/ProxySchemeCheck.h"

#include "bitbucket/BitbucketUrl.h"
#include "common/Redactor.h"

void ProxySchemeCheck::run()
{
    get(request(QStringLiteral("/dashboard"), BitbucketRequest::Accept::Page),
        [this](const HttpAnswer &answer) { onAnswer(answer); });
}

void ProxySchemeCheck::onAnswer(const HttpAnswer &answer)
{
    if (!answer.hasHttpStatus()) {
        finishWithoutAnswer(answer);
        return;
    }
    if (answer.isRedirect()) {
        judgeLocation(answer);
        return;
    }
    const QString explanation =
        tr("Bitbucket normally sends an anonymous visitor of the dashboard to its login page; "
           "that redirect shows which scheme, host and port Bitbucket believes it has. Without "
           "it this cannot be checked.");
    finish(CheckResult::Status::Warn,
        tr("No redirect to check: the dashboard answered HTTP %1.").arg(answer.status),
        describeAnswer(answer) + u'\n' + explanation,
        tr("Check that the base URL, including its context path, is Bitbucket's, and that no "
           "sign-in proxy answers in Bitbucket's place."));
}

void ProxySchemeCheck::judgeLocation(const HttpAnswer &answer)
{
    const QUrl &location = answer.location;
    const QString shown = Redactor::redactUrl(location);
    if (location.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) != 0) {
        finish(CheckResult::Status::Fail,
            tr("Bitbucket redirects to http://: the reverse proxy is not declared to "
               "Bitbucket."),
            describeAnswer(answer) + u'\n'
                + tr("Bitbucket thinks it is served over plain HTTP, so the links, redirects "
                     "and OAuth callbacks it builds use http://."),
            proxySettings());
        return;
    }
    const QStringList differing = differences(location);
    if (!differing.isEmpty()) {
        finish(CheckResult::Status::Fail,
            tr("Bitbucket redirects to %1, which differs from the base URL in %2.")
                .arg(shown, differing.join(QStringLiteral(", "))),
            describeAnswer(answer),
            tr("Make Bitbucket's base URL (Administration > Server settings) %1, and check "
               "server.proxy-name and server.proxy-port in "
               "$BITBUCKET_HOME/shared/bitbucket.properties; restart Bitbucket after "
               "changing them.")
                .arg(Redactor::redactUrl(BitbucketUrl::suggestion(target().baseUrl))));
        return;
    }
    finish(CheckResult::Status::Pass,
        tr("Bitbucket's own redirects keep https:// and the base URL's host, port and "
           "context path."),
        describeAnswer(answer));
}

QStringList ProxySchemeCheck::differences(const QUrl &location) const
{
    const QUrl &base = target().baseUrl;
    QStringList differing;
    if (location.host().compare(base.host(), Qt::CaseInsensitive) != 0)
        differing.append(tr("host (%1 instead of %2)").arg(location.host(), base.host()));
    if (BitbucketUrl::effectivePort(location) != BitbucketUrl::effectivePort(base)) {
        differing.append(tr("port (%1 instead of %2)")
                             .arg(BitbucketUrl::effectivePort(location))
                             .arg(BitbucketUrl::effectivePort(base)));
    }
    const QString contextPath = BitbucketUrl::contextPath(base);
    if (!BitbucketUrl::isWithinContextPath(location.path(QUrl::FullyEncoded), contextPath)) {
        differing.append(
            tr("context path (%1 is not under %2)")
                .arg(location.path(), contextPath.isEmpty() ? QStringLiteral("/") : contextPath));
    }
    return differing;
}

QString ProxySchemeCheck::proxySettings() const
{
    const QUrl &base = target().baseUrl;
    return tr("Declare the proxy to Bitbucket: in $BITBUCKET_HOME/shared/bitbucket.properties "
              "set\n"
              "server.secure=true\n"
              "server.scheme=https\n"
              "server.proxy-name=%1\n"
              "server.proxy-port=%2\n"
              "then restart Bitbucket.")
        .arg(base.host())
        .arg(BitbucketUrl::effectivePort(base));
}
