#include "checks/SlackIntegrationCheck.h"

#include "checks/AdminCheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

const QString connectionPath = QStringLiteral("/rest/slack/latest/connection");
const QString canReachSlackPath = QStringLiteral("/rest/slack/latest/connection/can-reach-slack");

} // namespace

void SlackIntegrationCheck::run()
{
    // Listing the connections needs a signed-in user; without credentials the 401 that follows
    // still tells an installed integration from a missing one (404).
    QNetworkRequest listRequest = request(connectionPath, BitbucketRequest::Accept::Json);
    if (target().hasCredentials()) {
        BitbucketRequest::setBasicAuthorization(listRequest, target().username, target().password);
    }
    get(listRequest, [this](const HttpAnswer &answer) { onConnections(answer); });
}

void SlackIntegrationCheck::onConnections(const HttpAnswer &answer)
{
    if (!answer.hasHttpStatus()) {
        finishWithoutAnswer(answer);
        return;
    }
    if (answer.status == 404) {
        failNotInstalled(answer);
        return;
    }
    if (answer.status == 401 || answer.status == 403 || answer.isRedirect()) {
        skipForAdmin(describeAnswer(answer),
            tr("Skipped: the Slack integration needs a signed-in user (see %1).")
                .arg(AdminCheck::checkId()));
        return;
    }
    const QJsonValue list =
        QJsonDocument::fromJson(answer.body).object().value(QStringLiteral("workspaces"));
    if (answer.status != 200 || !list.isArray()) {
        failUnexpected(answer);
        return;
    }
    m_workspaceCount = int(list.toArray().size());
    m_connectionsDetail = describeAnswer(answer);
    post(adminRequest(canReachSlackPath),
        [this](const HttpAnswer &reachAnswer) { onReachability(reachAnswer); });
}

void SlackIntegrationCheck::onReachability(const HttpAnswer &answer)
{
    const QString detail = m_connectionsDetail + u'\n' + describeAnswer(answer);
    if (!answer.hasHttpStatus()) {
        finishWithoutAnswer(answer);
    } else if (answer.status == 200) {
        finish(CheckResult::Status::Pass,
            tr("The Slack integration is installed (%1) and Bitbucket can reach Slack.")
                .arg(workspaces()),
            detail);
    } else if (AdminCheck::isPingFailure(answer)) {
        finish(CheckResult::Status::Fail, tr("Bitbucket cannot reach Slack."), detail,
            tr("Allow outbound HTTPS (port 443) from the Bitbucket server to slack.com, and "
               "if it must use a proxy, give Bitbucket's JVM the proxy settings "
               "(-Dhttps.proxyHost and -Dhttps.proxyPort in JVM_SUPPORT_RECOMMENDED_ARGS), "
               "then restart Bitbucket."));
    } else if (answer.status == 401 || answer.status == 403 || answer.isRedirect()) {
        skipForAdmin(detail,
            tr("Skipped: the Slack integration is installed (%1), but checking "
               "that Bitbucket can reach Slack needs an administrator (see %2).")
                .arg(workspaces(), AdminCheck::checkId()));
    } else if (answer.status == 404) {
        failNotInstalled(answer);
    } else {
        failUnexpected(answer);
    }
}

void SlackIntegrationCheck::skipForAdmin(const QString &detail, const QString &summary)
{
    finish(CheckResult::Status::Skip, summary, detail,
        tr("Fix what the %1 check reports, then run this check again.").arg(AdminCheck::checkId()));
}

void SlackIntegrationCheck::failNotInstalled(const HttpAnswer &answer)
{
    finish(CheckResult::Status::Fail,
        tr("The Slack integration is not installed or not enabled in Bitbucket."),
        describeAnswer(answer),
        tr("In Bitbucket go to Administration > Manage apps, find \"Slack for Bitbucket\" "
           "(Atlassian's Slack integration), install it or enable it and all its modules, "
           "then run this check again."));
}

void SlackIntegrationCheck::failUnexpected(const HttpAnswer &answer)
{
    finish(CheckResult::Status::Fail,
        tr("The Slack integration gave an unexpected answer (HTTP %1).").arg(answer.status),
        describeAnswer(answer),
        tr("Check that the base URL is Bitbucket's, and look at Bitbucket's log "
           "(atlassian-bitbucket.log) for this request."));
}

QString SlackIntegrationCheck::workspaces() const
{
    return tr("%n workspace(s) connected", nullptr, m_workspaceCount);
}
