#include "checks/HttpRedirectCheck.h"

#include "bitbucket/BitbucketUrl.h"
#include "checks/NetworkProblem.h"
#include "common/Redactor.h"

namespace {

constexpr int maxRedirects = 5;

bool isSameHost(const QUrl &a, const QUrl &b)
{
    return a.host().compare(b.host(), Qt::CaseInsensitive) == 0;
}

} // namespace

void HttpRedirectCheck::run()
{
    ask(BitbucketUrl::plainHttpUrl(target().baseUrl, target().plainHttpPort));
}

void HttpRedirectCheck::ask(const QUrl &url)
{
    get(request(url, BitbucketRequest::Accept::Page),
        [this](const HttpAnswer &answer) { onAnswer(answer); });
}

void HttpRedirectCheck::onAnswer(const HttpAnswer &answer)
{
    if (!answer.hasHttpStatus()) {
        onNoAnswer(answer);
        return;
    }
    m_hops.append(tr("%1 answered HTTP %2").arg(Redactor::redactUrl(answer.url)).arg(answer.status)
        + (answer.location.isValid()
                ? tr(", Location: %1").arg(Redactor::redactUrl(answer.location))
                : QString()));
    if (answer.isRedirect())
        onRedirect(answer);
    else
        onContent(answer);
}

void HttpRedirectCheck::onRedirect(const HttpAnswer &answer)
{
    const QUrl &to = answer.location;
    const bool toHttps = to.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
    const QString host = target().baseUrl.host();
    if (toHttps && isSameHost(to, target().baseUrl)) {
        finish(CheckResult::Status::Pass, tr("http:// on %1 redirects to https://.").arg(host),
            hops());
    } else if (toHttps) {
        finish(CheckResult::Status::Warn,
            tr("http:// redirects to https:// on another host, %1.").arg(to.host()), hops(),
            tr("Redirect http://%1 to https://%1 itself, or use %2 in the base URL if that "
               "is Bitbucket's real address.")
                .arg(host, to.host()));
    } else if (!isSameHost(to, answer.url)) {
        finish(CheckResult::Status::Fail,
            tr("http:// redirects to plain HTTP on another host, %1.").arg(to.host()), hops(),
            redirectFix());
    } else if (++m_redirects > maxRedirects) {
        finish(CheckResult::Status::Warn,
            tr("http:// keeps redirecting to plain HTTP and never reaches https://."), hops(),
            redirectFix());
    } else {
        ask(to);
    }
}

void HttpRedirectCheck::onContent(const HttpAnswer &answer)
{
    if (answer.status >= 200 && answer.status < 300) {
        finish(CheckResult::Status::Warn,
            tr("%1 serves content over plain HTTP instead of redirecting to https://.")
                .arg(target().baseUrl.host()),
            hops(), redirectFix());
        return;
    }
    finish(CheckResult::Status::Warn,
        tr("Plain http:// answers HTTP %1 instead of redirecting to https://.").arg(answer.status),
        hops(), redirectFix());
}

void HttpRedirectCheck::onNoAnswer(const HttpAnswer &answer)
{
    const NetworkProblem::Kind kind = NetworkProblem::fromReplyError(answer.error);
    const bool refused = kind == NetworkProblem::Kind::ConnectionRefused
        || kind == NetworkProblem::Kind::ConnectionClosed;
    if (refused && m_hops.isEmpty()) {
        const QString summary = kind == NetworkProblem::Kind::ConnectionRefused
            ? tr("Plain HTTP is not served on port %1 (connection refused).")
            : tr("Plain HTTP is not served on port %1 (the connection is closed).");
        finish(CheckResult::Status::Pass, summary.arg(BitbucketUrl::effectivePort(answer.url)),
            tr("Nobody can reach Bitbucket over http:// by mistake. Browsers need "
               "https:// typed in, unless a redirect is added."));
        return;
    }
    finishWithoutAnswer(answer);
}

QString HttpRedirectCheck::hops() const
{
    return m_hops.join(u'\n');
}

QString HttpRedirectCheck::redirectFix() const
{
    const QUrl base = target().baseUrl;
    return tr("Configure the reverse proxy (or Bitbucket's HTTP connector) on port %1 to answer "
              "every http:// request with a permanent redirect (301 or 308) to the same path "
              "under %2.")
        .arg(target().plainHttpPort)
        .arg(Redactor::redactUrl(BitbucketUrl::endpoint(base, QStringLiteral("/"))));
}
