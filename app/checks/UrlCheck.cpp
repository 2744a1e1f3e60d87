#include "checks/UrlCheck.h"

#include "common/Redactor.h"

namespace {

// The first path segments of Bitbucket's own pages: a base URL that contains one was probably
// copied from the browser's address bar.
const QStringList pageSegments = {
    QStringLiteral("dashboard"),
    QStringLiteral("projects"),
    QStringLiteral("rest"),
    QStringLiteral("login"),
    QStringLiteral("plugins"),
    QStringLiteral("users"),
    QStringLiteral("repos"),
};

} // namespace

void UrlCheck::run()
{
    const QUrl &base = target().baseUrl;
    const QList<BitbucketUrl::Problem> problems = BitbucketUrl::problems(base);
    if (problems.isEmpty()) {
        pass();
        return;
    }
    QStringList lines;
    for (BitbucketUrl::Problem problem : problems)
        lines.append(describe(problem));

    QString fix = tr("Enter Bitbucket's base URL as it appears in Administration > Server "
                     "settings, for example https://git.example.com/bitbucket.");
    const bool repairable = base.isValid() && !base.host().isEmpty();
    if (repairable) {
        fix = tr("Use %1 as the base URL; Bitbucket must be reachable over HTTPS there.")
                  .arg(BitbucketUrl::suggestion(base).toDisplayString());
    }
    finish(CheckResult::Status::Fail, lines.constFirst(), lines.join(u'\n'), fix);
}

QString UrlCheck::describe(BitbucketUrl::Problem problem) const
{
    switch (problem) {
    case BitbucketUrl::Problem::Empty:
        return tr("No Bitbucket base URL is set.");
    case BitbucketUrl::Problem::Invalid:
        return tr("The base URL is not a valid URL: %1").arg(target().baseUrl.errorString());
    case BitbucketUrl::Problem::PlainHttp:
        return tr("The base URL uses http://; Slack and this program need https://.");
    case BitbucketUrl::Problem::UnsupportedScheme:
        return tr("The base URL must start with https://, not %1://.")
            .arg(target().baseUrl.scheme());
    case BitbucketUrl::Problem::NoHost:
        return tr("The base URL has no host name.");
    case BitbucketUrl::Problem::HasUserInfo:
        return tr("The base URL contains a user name or password; enter them in their own "
                  "fields instead.");
    case BitbucketUrl::Problem::HasQuery:
        return tr("The base URL contains a query (?...), which a base URL never has.");
    case BitbucketUrl::Problem::HasFragment:
        return tr("The base URL contains a fragment (#...), which a base URL never has.");
    }
    return QString();
}

QString UrlCheck::pageSegment() const
{
    const QStringList segments =
        BitbucketUrl::contextPath(target().baseUrl).split(u'/', Qt::SkipEmptyParts);
    for (const QString &segment : segments) {
        if (pageSegments.contains(segment.toLower()))
            return segment;
    }
    return QString();
}

void UrlCheck::pass()
{
    const QUrl &base = target().baseUrl;
    const QString contextPath = BitbucketUrl::contextPath(base);
    const QString detail =
        tr("Host: %1\nPort: %2\nContext path: %3")
            .arg(base.host())
            .arg(BitbucketUrl::effectivePort(base))
            .arg(contextPath.isEmpty() ? tr("(none, Bitbucket at the root)") : contextPath);
    const QString shown = Redactor::redactUrl(base);
    const QString segment = pageSegment();
    if (!segment.isEmpty()) {
        const QString path = contextPath.left(contextPath.indexOf(u'/' + segment));
        QUrl suggested = base;
        suggested.setPath(path);
        finish(CheckResult::Status::Warn,
            tr("%1 looks like the address of a Bitbucket page, not the base URL.").arg(shown),
            detail,
            tr("Use the base URL only (probably %1); it ends before \"/%2\".")
                .arg(suggested.toDisplayString(), segment));
        return;
    }
    finish(CheckResult::Status::Pass, tr("%1 is a well-formed HTTPS base URL.").arg(shown), detail);
}
