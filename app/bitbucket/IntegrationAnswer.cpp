#include "bitbucket/IntegrationAnswer.h"

#include "bitbucket/AuthFailure.h"
#include "checks/NetworkProblem.h"
#include "checks/SslErrorAdvice.h"
#include "troubleshoot/ErrorCatalogue.h"

QUrl IntegrationAnswer::endpoint(const QUrl &base, const QString &path)
{
    QUrl url = base;
    QString basePath = url.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + path, QUrl::TolerantMode);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

IntegrationAnswer::Words IntegrationAnswer::known(const QString &code)
{
    const Diagnosis diagnosis = ErrorCatalogue::describe(code);
    Words words;
    words.code = code;
    words.explanation = diagnosis.cause.isEmpty()
        ? diagnosis.title
        : tr("%1: %2", "a known error's title, then its cause")
              .arg(diagnosis.title, diagnosis.cause);
    words.advice = diagnosis.fix;
    return words;
}

IntegrationAnswer::Words IntegrationAnswer::transport(
    const HttpAnswer &answer, std::chrono::milliseconds timeout, bool *tls)
{
    Words words;
    const QString host = answer.url.host();
    const bool certificate = !answer.sslErrors.isEmpty();
    if (tls)
        *tls = certificate;
    if (certificate) {
        words.code = QStringLiteral("bitbucket_tls");
        words.explanation = SslErrorAdvice::summary(answer.sslErrors) + u'\n'
            + SslErrorAdvice::explainAll(answer.sslErrors, host);
        words.advice = SslErrorAdvice::fixAll(answer.sslErrors, host);
        return words;
    }
    const NetworkProblem::Kind kind = NetworkProblem::fromReplyError(answer.error);
    words.code = QStringLiteral("bitbucket_unreachable");
    words.explanation = NetworkProblem::summary(kind, answer.url, timeout);
    words.advice = NetworkProblem::fix(kind, answer.url);
    return words;
}

bool IntegrationAnswer::isRefusal(const HttpAnswer &answer)
{
    return answer.status == 401 || answer.status == 403 || answer.isRedirect();
}

IntegrationAnswer::Words IntegrationAnswer::refusal(
    const HttpAnswer &answer, const BitbucketErrorBody &parsed)
{
    Words words;
    switch (AuthFailure::classify(answer.status, parsed, answer.location)) {
    case AuthFailure::Kind::NotAdmin:
        return known(QStringLiteral("bitbucket_not_admin"));
    case AuthFailure::Kind::NotSignedIn:
        return known(QStringLiteral("bitbucket_not_signed_in"));
    case AuthFailure::Kind::WrongPassword:
    case AuthFailure::Kind::CaptchaRequired:
        words.code = QStringLiteral("bitbucket_wrong_password");
        words.explanation =
            tr("Bitbucket did not accept the administrator's user name or password.");
        words.advice = tr("Correct them on the Connect page (the HTTPS page's %1 check shows "
                          "whether they work), then try again.")
                           .arg(QStringLiteral("bitbucket.admin"));
        return words;
    case AuthFailure::Kind::BasicAuthDisabled:
        words.code = QStringLiteral("bitbucket_basic_auth_disabled");
        words.explanation =
            tr("Bitbucket does not accept Basic authentication, which this program signs in with.");
        words.advice = tr("Allow Basic authentication for REST requests in Bitbucket "
                          "(Administration > Authentication methods), at least for this "
                          "administrator.");
        return words;
    case AuthFailure::Kind::None:
    case AuthFailure::Kind::Unknown:
        break;
    }
    words.code = QStringLiteral("bitbucket_refused");
    words.explanation = tr("Bitbucket refused the request (HTTP %1).").arg(answer.status);
    words.advice =
        tr("Run the HTTPS page's checks again: %1 tells why the administrator is refused.")
            .arg(QStringLiteral("bitbucket.admin"));
    return words;
}

IntegrationAnswer::Words IntegrationAnswer::noIntegration()
{
    Words words;
    words.code = QStringLiteral("bitbucket_no_integration");
    words.explanation = tr("Bitbucket has no Slack integration at this address (HTTP 404).");
    words.advice = tr("Check that the base URL on the Connect page is Bitbucket's, with its "
                      "context path, and that Atlassian's Slack integration is installed and "
                      "enabled.");
    return words;
}

QString IntegrationAnswer::serverText(const QByteArray &body, const BitbucketErrorBody &parsed)
{
    if (parsed.isHtml() || !parsed.isEmpty())
        return parsed.text().left(maxServerText);
    return QString::fromUtf8(body.left(maxServerText));
}
