#include "install/HandshakeError.h"

#include "troubleshoot/Diagnosis.h"

HandshakeError HandshakeError::fromSlack(Kind kind, const QString &slackCode)
{
    const Diagnosis diagnosis = Troubleshooter::forSlackError(slackCode);
    HandshakeError error;
    error.kind = kind;
    error.code = slackCode;
    if (slackCode == QLatin1String("access_denied")) {
        error.kind = Kind::Cancelled;
        error.title = tr("The installation was cancelled on Slack's permission screen");
        error.detail = tr("Slack answered access_denied: Cancel was clicked, or the workspace's "
                          "admins do not allow this app.");
        error.fix = tr("Start the install again and choose Allow. If the workspace needs its "
                       "admins to approve apps, ask them to approve this one first.");
        return error;
    }
    error.title = diagnosis.title;
    error.detail = kind == Kind::RefusedBySlack
        ? tr("Slack's permission screen sent the browser back with the error %1. %2")
              .arg(slackCode, diagnosis.cause)
        : tr("Slack refused to exchange the authorization code: %1. %2")
              .arg(slackCode, diagnosis.cause);
    error.fix = diagnosis.fix;
    return error;
}

HandshakeError HandshakeError::make(Kind kind, const QString &detail)
{
    HandshakeError error;
    error.kind = kind;
    error.detail = detail;
    switch (kind) {
    case Kind::Cancelled:
        return fromSlack(kind, QStringLiteral("access_denied"));
    case Kind::RefusedBySlack:
    case Kind::SlackError:
        error.code = QStringLiteral("slack_error");
        error.title = tr("Slack refused the installation");
        error.fix = tr("Open Troubleshoot with Slack's message for the cause.");
        break;
    case Kind::MissingCode:
        error.code = QStringLiteral("code_missing");
        error.title = tr("Slack's answer carried no authorization code");
        if (error.detail.isEmpty())
            error.detail = tr("The address the browser came back to has neither a code nor an "
                              "error, so there is nothing to exchange for tokens.");
        error.fix = tr("Start again with Add to Slack. In paste mode, copy the whole address the "
                       "browser ended on, including everything after the question mark.");
        break;
    case Kind::MissingState:
        error.code = QStringLiteral("state_missing");
        error.title = tr("Slack's answer carried no state, so it cannot be trusted");
        if (error.detail.isEmpty())
            error.detail = tr("Every installation this program starts sends a random state that "
                              "must come back. An answer without one was started elsewhere, for "
                              "example from Slack's shareable install link, which installs "
                              "through Bitbucket instead.");
        error.fix = tr("Start the installation with this program's Add to Slack and finish it in "
                       "the browser window it opens.");
        break;
    case Kind::WrongState:
        error.code = QStringLiteral("state_mismatch");
        error.title = tr("Slack's answer belongs to another installation attempt");
        if (error.detail.isEmpty())
            error.detail = tr("The state in the answer was not issued by this program in this "
                              "session. That happens when an old browser tab is used after a "
                              "restart, and it is what a forged request looks like.");
        error.fix = tr("Close old Slack tabs and start again with Add to Slack.");
        break;
    case Kind::ExpiredState:
        error.code = QStringLiteral("state_expired");
        error.title = tr("Slack's answer came back too late");
        if (error.detail.isEmpty())
            error.detail = tr("An installation must be finished within 10 minutes of clicking "
                              "Add to Slack; this answer is older.");
        error.fix = tr("Start again with Add to Slack and click Allow within 10 minutes.");
        break;
    case Kind::ReplayedState:
        error.code = QStringLiteral("state_replayed");
        error.title = tr("This answer from Slack was used before");
        if (error.detail.isEmpty())
            error.detail = tr("Each answer is accepted once. The page was reloaded, or the same "
                              "address was pasted a second time.");
        error.fix = tr("Start again with Add to Slack; do not reload the page the browser ends "
                       "on.");
        break;
    case Kind::NoCallback:
        error.code = QStringLiteral("no_callback");
        error.title = tr("The browser did not come back from Slack");
        if (error.detail.isEmpty())
            error.detail = tr("No answer arrived within 10 minutes of opening Slack's permission "
                              "screen.");
        error.fix = tr("Start again with Add to Slack. If the browser showed an error page, "
                       "paste its message into Troubleshoot.");
        break;
    case Kind::ListenerUnavailable:
        error.code = QStringLiteral("listener_unavailable");
        error.title = tr("The program cannot receive Slack's answer on this computer");
        error.fix = tr("Free the port, set another one as handshake/loopbackPort in the settings "
                       "file (and add the new Redirect URL to the Slack app), or choose paste "
                       "mode on the Install page.");
        break;
    case Kind::PastedAddressUnusable:
        error.code = QStringLiteral("address_unusable");
        error.title = tr("The pasted text is not the address the browser ended on");
        error.fix = tr("Copy the whole address from the browser's address bar after clicking "
                       "Allow; it starts with your redirect page and carries code and state.");
        break;
    case Kind::Unreachable:
        error.code = QStringLiteral("unreachable");
        error.title = tr("Slack could not be reached to finish the installation");
        error.fix = tr("Check this computer's network connection and proxy settings, then start "
                       "again; the authorization code is still unused.");
        break;
    case Kind::Tls:
        error.code = QStringLiteral("tls");
        error.title = tr("Slack's certificate could not be verified");
        error.fix = tr("Something between this computer and Slack presents another certificate "
                       "(often a company proxy). Add the proxy's certificate authority to the CA "
                       "bundle on the Connect page, or ask the network team.");
        break;
    case Kind::HttpStatus:
        error.code = QStringLiteral("http_status");
        error.title = tr("Slack answered the token request with an HTTP error");
        error.fix = tr("Wait a minute and start again. If it persists, check Slack's status page "
                       "and any proxy between this computer and Slack.");
        break;
    case Kind::NotJson:
        error.code = QStringLiteral("not_json");
        error.title = tr("Slack's answer to the token request was not understood");
        error.fix = tr("A proxy or a captive portal probably answered instead of Slack. Check "
                       "the network and start again.");
        break;
    case Kind::Timeout:
        error.code = QStringLiteral("timeout");
        error.title = tr("Slack did not answer the token request in time");
        error.fix = tr("Start again. If it keeps happening, check the network and proxy between "
                       "this computer and Slack.");
        break;
    case Kind::IncompleteAnswer:
        error.code = QStringLiteral("incomplete_answer");
        error.title = tr("Slack's answer lacks what Bitbucket needs");
        error.fix = tr("Add the scopes the HTTPS page asks for to the manifest (bot scopes "
                       "including users:read, and the user scopes), then install again.");
        break;
    case Kind::Configuration:
        error.code = QStringLiteral("configuration");
        error.title = tr("The installation cannot start");
        error.fix =
            tr("Complete the Connect page (Client ID and Client Secret are needed) and read "
               "the Slack app's manifest on the HTTPS page (the scopes come from it).");
        break;
    }
    return error;
}
