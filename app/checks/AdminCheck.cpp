#include "checks/AdminCheck.h"

#include "checks/SlackIntegrationCheck.h"

namespace {

const QString canReachSlackPath = QStringLiteral("/rest/slack/latest/connection/can-reach-slack");

} // namespace

bool AdminCheck::isPingFailure(const HttpAnswer &answer)
{
    return answer.status == 400
        && BitbucketErrorBody::parse(answer.body).mentions(QStringLiteral("Failed to ping Slack"));
}

void AdminCheck::run()
{
    if (!target().hasCredentials()) {
        finish(CheckResult::Status::Fail, tr("No administrator credentials are configured."),
            tr("Creating and replacing workspace connections needs a Bitbucket global "
               "administrator signed in with a user name and password."),
            tr("Enter the user name and password of a Bitbucket global administrator on the "
               "Connect page (for the command line: WORKSPACE_CONNECTOR_BITBUCKET_USER and "
               "WORKSPACE_CONNECTOR_BITBUCKET_PASSWORD)."));
        return;
    }
    post(adminRequest(canReachSlackPath), [this](const HttpAnswer &answer) { onAnswer(answer); });
}

void AdminCheck::onAnswer(const HttpAnswer &answer)
{
    if (!answer.hasHttpStatus()) {
        finishWithoutAnswer(answer);
        return;
    }
    if (answer.status == 200 || isPingFailure(answer)) {
        onAdministrator(answer);
        return;
    }
    if (answer.status == 404) {
        finish(CheckResult::Status::Skip,
            tr("Skipped: the Slack integration's REST API is missing (see %1).")
                .arg(SlackIntegrationCheck::checkId()),
            describeAnswer(answer),
            tr("Install or enable the Slack integration first, then run this check again."));
        return;
    }
    const AuthFailure::Kind kind = AuthFailure::classify(
        answer.status, BitbucketErrorBody::parse(answer.body), answer.location);
    if (kind == AuthFailure::Kind::None || kind == AuthFailure::Kind::Unknown)
        onUnexpected(answer);
    else
        onRefused(kind, answer);
}

void AdminCheck::onAdministrator(const HttpAnswer &answer)
{
    QString detail = describeAnswer(answer);
    if (isPingFailure(answer)) {
        detail += u'\n'
            + tr("Only an administrator gets this far; that Bitbucket cannot reach Slack is "
                 "reported by %1.")
                  .arg(SlackIntegrationCheck::checkId());
    }
    finish(CheckResult::Status::Pass, tr("%1 is a Bitbucket global administrator.").arg(user()),
        detail);
}

void AdminCheck::onRefused(AuthFailure::Kind kind, const HttpAnswer &answer)
{
    finish(
        CheckResult::Status::Fail, refusalSummary(kind), describeAnswer(answer), refusalFix(kind));
}

QString AdminCheck::refusalSummary(AuthFailure::Kind kind) const
{
    switch (kind) {
    case AuthFailure::Kind::WrongPassword:
        return tr("Bitbucket rejected the user name or password of %1.").arg(user());
    case AuthFailure::Kind::CaptchaRequired:
        return tr("Bitbucket asks for a CAPTCHA for %1 after failed sign-ins.").arg(user());
    case AuthFailure::Kind::NotAdmin:
        return tr("%1 is signed in but is not a Bitbucket global administrator.").arg(user());
    case AuthFailure::Kind::NotSignedIn:
        return tr("Bitbucket treated the request as not signed in: the credentials were not "
                  "accepted as a sign-in.");
    case AuthFailure::Kind::BasicAuthDisabled:
        return tr("Basic authentication is switched off on this Bitbucket.");
    case AuthFailure::Kind::None:
    case AuthFailure::Kind::Unknown:
        break;
    }
    return QString();
}

QString AdminCheck::refusalFix(AuthFailure::Kind kind) const
{
    switch (kind) {
    case AuthFailure::Kind::WrongPassword:
        return tr("Check the user name and password on the Connect page; signing in to Bitbucket "
                  "in a browser with them shows whether they are right.");
    case AuthFailure::Kind::CaptchaRequired:
        return tr("Sign in to Bitbucket once in a browser as %1 and solve the CAPTCHA, then run "
                  "the check again.")
            .arg(user());
    case AuthFailure::Kind::NotAdmin:
        return tr("Use an account with the Admin or System admin global permission, or grant %1 "
                  "one of them in Administration > Global permissions.")
            .arg(user());
    case AuthFailure::Kind::NotSignedIn:
        return tr("Make the base URL the one Bitbucket itself uses (Administration > Server "
                  "settings), and make sure no SSO or reverse proxy removes the Authorization "
                  "header from requests to /rest/.");
    case AuthFailure::Kind::BasicAuthDisabled:
        return tr("Allow Basic authentication for REST requests (Administration > "
                  "Authentication methods, or the SSO app that switched it off), at least for "
                  "%1: this program signs in with a user name and password.")
            .arg(user());
    case AuthFailure::Kind::None:
    case AuthFailure::Kind::Unknown:
        break;
    }
    return QString();
}

void AdminCheck::onUnexpected(const HttpAnswer &answer)
{
    const bool refused = answer.status == 401 || answer.status == 403;
    finish(CheckResult::Status::Fail,
        refused ? tr("Bitbucket refused the credentials of %1 (HTTP %2).")
                      .arg(user())
                      .arg(answer.status)
                : tr("Unexpected answer from the Slack integration (HTTP %1).").arg(answer.status),
        describeAnswer(answer),
        refused ? tr("Check the user name and password, and that %1 is a global "
                     "administrator.")
                      .arg(user())
                : tr("Look at Bitbucket's log (atlassian-bitbucket.log) and the proxy's log "
                     "for this request."));
}
