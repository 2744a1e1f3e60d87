#include "checks/RestCheck.h"

#include "bitbucket/BitbucketUrl.h"
#include "common/Redactor.h"

#include <QJsonDocument>

namespace {

const QString propertiesPath = QStringLiteral("/rest/api/1.0/application-properties");

} // namespace

void RestCheck::run()
{
    get(request(propertiesPath, BitbucketRequest::Accept::Json),
        [this](const HttpAnswer &answer) { onAnswer(answer); });
}

void RestCheck::onAnswer(const HttpAnswer &answer)
{
    if (!answer.hasHttpStatus()) {
        finishWithoutAnswer(answer);
    } else if (answer.status == 200) {
        onProperties(answer);
    } else if (answer.status == 404) {
        failNotBitbucket(answer,
            tr("Bitbucket's REST API was not found at this base URL (HTTP "
               "404)."));
    } else if (answer.isRedirect()) {
        failNotBitbucket(answer,
            tr("The REST API request was redirected to %1.")
                .arg(Redactor::redactUrl(answer.location)));
    } else if (answer.status == 401 || answer.status == 403) {
        failNotBitbucket(
            answer, tr("The REST API refused an anonymous request (HTTP %1).").arg(answer.status));
    } else {
        finish(CheckResult::Status::Fail,
            tr("Bitbucket's REST API answered with an error (HTTP %1).").arg(answer.status),
            describeAnswer(answer),
            tr("Look at Bitbucket's log (atlassian-bitbucket.log) and the proxy's log for "
               "this request."));
    }
}

void RestCheck::onProperties(const HttpAnswer &answer)
{
    if (answer.isHtml()) {
        failNotBitbucket(answer, tr("The REST API answered with an HTML page instead of JSON."));
        return;
    }
    const QJsonObject properties = QJsonDocument::fromJson(answer.body).object();
    const QString version = properties.value(QStringLiteral("version")).toString();
    if (version.isEmpty()) {
        failNotBitbucket(answer, tr("The answer is not Bitbucket's application properties."));
        return;
    }
    const QString displayName = properties.value(QStringLiteral("displayName")).toString();
    const QString buildNumber = properties.value(QStringLiteral("buildNumber")).toString();
    finish(CheckResult::Status::Pass,
        tr("Bitbucket %1 (%2)").arg(clean(version), clean(displayName)),
        tr("%1 answered: version %2, build %3.")
            .arg(Redactor::redactUrl(answer.url), clean(version), clean(buildNumber)));
}

void RestCheck::failNotBitbucket(const HttpAnswer &answer, const QString &summary)
{
    finish(CheckResult::Status::Fail, summary,
        describeAnswer(answer) + u'\n'
            + tr("This probably means the context path in the base URL is wrong, or a "
                 "sign-in proxy stands in front of Bitbucket."),
        contextPathFix());
}

QString RestCheck::contextPathFix() const
{
    return tr("Use Bitbucket's base URL exactly as Administration > Server settings shows it, "
              "including the context path (for example https://%1/bitbucket), and let REST "
              "requests under /rest/ through any sign-in proxy.")
        .arg(BitbucketUrl::authority(target().baseUrl));
}
