#include "troubleshoot/ErrorCatalogue.h"

namespace {

using Origin = ErrorCatalogue::Origin;

struct Entry
{
    Origin origin;
    const char *code;
    const char *title;
    const char *cause;
    const char *fix;
};

// The words are marked here and translated when an entry is described, so the table is built
// once and follows the language the program runs in.
const Entry entries[] = {
    // The two errors of the admin guide.
    {Origin::Bitbucket, "bitbucket_not_signed_in",
        QT_TRANSLATE_NOOP("ErrorCatalogue", "Bitbucket did not see a signed-in administrator"),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "After Allow, Slack sends the browser to Bitbucket's install address, which only a "
            "signed-in Bitbucket administrator may use. The browser was not signed in to "
            "Bitbucket, or it was signed in under another address than the one in the Slack "
            "app's Redirect URLs: a sign-in counts only for the address it was made at."),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "In the same browser, sign in to Bitbucket as a global administrator at exactly the "
            "address the Slack app's Redirect URLs use, then start the installation again.")},
    {Origin::Program, "redirect_uri_mismatch",
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "Slack refused the redirect URI: none of the app's Redirect URLs covers it"),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "Slack accepts a redirect URI only when it is https, has no fragment, and one "
            "configured Redirect URL has its host and port and its path or a path above it."),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "Add the redirect URI to the app's Redirect URLs (OAuth & Permissions), or make "
            "Bitbucket build https addresses when the passed URI is http.")},

    // Slack's authorize step.
    {Origin::Slack, "access_denied",
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "The installation was cancelled on Slack's "
            "permission screen"),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "Someone clicked Cancel instead of Allow, or the workspace lets only its admins "
            "approve apps and the request was turned down."),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "Start the installation again and click Allow. If the workspace requires approval "
            "for apps, ask one of its admins to approve or install the app.")},
    {Origin::Slack, "invalid_scope",
        QT_TRANSLATE_NOOP("ErrorCatalogue", "Slack refused the requested permissions"),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "The installation asked for a scope Slack does not know, or mixed Sign in with "
            "Slack scopes (openid, email, profile) with other scopes in one request."),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "Compare the scopes under /oauth_config/scopes in the manifest with Slack's scope "
            "list and remove the unknown ones; 'workspace-connector check --manifest FILE' shows "
            "the scopes Bitbucket needs.")},
    {Origin::Slack, "invalid_scope_requested",
        QT_TRANSLATE_NOOP("ErrorCatalogue", "Slack refused the requested permissions as invalid"),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "The installation link named scopes this app may not request: misspelled, retired "
            "or not available to this kind of app."),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "Correct the scopes under /oauth_config/scopes in the manifest, save it in Slack, "
            "and start the installation from this program's Add to Slack so the link carries "
            "the manifest's scopes.")},
    {Origin::Slack, "bad_redirect_uri",
        QT_TRANSLATE_NOOP("ErrorCatalogue", "Slack refused the redirect URI"),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "On the permission screen: the redirect URI is not covered by the app's Redirect "
            "URLs. When the code is exchanged: the redirect URI differs from the one the "
            "permission screen was given."),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "Add the redirect URI the installation uses to OAuth & Permissions > Redirect URLs "
            "(paste Slack's whole message here to get the exact URL), and send the same "
            "redirect URI in both steps of the handshake.")},
    {Origin::Slack, "invalid_team_for_non_distributed_app",
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "The app is not distributed, so it installs only in its home workspace"),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "Slack lets an app into other workspaces only after its public distribution has "
            "been activated."),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "Open the Distribution page of the setup wizard (in Slack: Settings > Manage "
            "Distribution), confirm that hard-coded information was removed, click Activate "
            "Public Distribution, then install again.")},
    {Origin::Slack, "scope_not_allowed_on_enterprise",
        QT_TRANSLATE_NOOP(
            "ErrorCatalogue", "A requested scope is not allowed in an Enterprise organisation"),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "The workspace belongs to an Enterprise organisation, which refuses some scopes "
            "(for example bot or apps.requests.write) for apps that are not ready for "
            "organisations."),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "Remove the refused scopes from /oauth_config/scopes in the manifest, or ask the "
            "organisation's admins to enable the app for the organisation, then install again.")},
    {Origin::Slack, "unapproved_scope",
        QT_TRANSLATE_NOOP("ErrorCatalogue", "A requested scope is still awaiting Slack's approval"),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "The app is published in the Slack Marketplace and asks for scopes Slack's review "
            "has not approved yet."),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "Wait until Slack approves the new scopes, or remove them from the manifest until "
            "then, and install again.")},

    // Exchanging the code: oauth.v2.access.
    {Origin::Slack, "invalid_code",
        QT_TRANSLATE_NOOP("ErrorCatalogue", "Slack did not accept the authorization code"),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "The code expired (a code lives 10 minutes), belongs to another app, or was cut "
            "short when the address was copied."),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "Start the installation again and finish it within 10 minutes; when you paste the "
            "address the browser ended on, copy all of it.")},
    {Origin::Slack, "code_already_used",
        QT_TRANSLATE_NOOP("ErrorCatalogue", "The authorization code was already exchanged"),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "A code works once. The page the browser ended on was reloaded, the address was "
            "pasted twice, or another program (such as Bitbucket's own install address) used "
            "the code first."),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "Start the installation again and use the new address once; do not reload the page "
            "the browser ends on.")},
    {Origin::Slack, "bad_client_secret",
        QT_TRANSLATE_NOOP("ErrorCatalogue", "Slack refused the Client Secret"),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "The Client Secret saved in this program does not belong to the Client ID, or it "
            "was regenerated in Slack."),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "Copy the Client Secret from Slack's Basic Information > App Credentials into the "
            "Connect page. If it was regenerated, run Update Access for the connected "
            "workspaces too.")},
    {Origin::Slack, "invalid_client_id",
        QT_TRANSLATE_NOOP("ErrorCatalogue", "Slack does not know the Client ID"),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "The Client ID saved in this program is mistyped or belongs to a deleted app."),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "Copy the Client ID from Slack's Basic Information > App Credentials into the "
            "Connect page.")},
    {Origin::Slack, "oauth_authorization_url_mismatch",
        QT_TRANSLATE_NOOP("ErrorCatalogue", "The installation started at the wrong Slack address"),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "It was started at Slack's classic address (/oauth/authorize), but the code was "
            "exchanged with oauth.v2.access, which needs an installation started at "
            "/oauth/v2/authorize."),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "Start installations at https://slack.com/oauth/v2/authorize: use this program's "
            "Add to Slack or the shareable URL from Manage Distribution, not an old link.")},
    {Origin::Slack, "invalid_grant_type",
        QT_TRANSLATE_NOOP("ErrorCatalogue", "Slack refused the kind of token request"),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "The token request named a grant type Slack does not take for this app, for "
            "example refresh_token for an app without token rotation."),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "Install with this program's Add to Slack, which asks for authorization_code. If "
            "another tool made the request, correct the grant type in its settings.")},
    {Origin::Slack, "invalid_refresh_token",
        QT_TRANSLATE_NOOP("ErrorCatalogue", "Slack refused the refresh token"),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "A refresh token works once. It was used already (two programs rotating the same "
            "token, or a rotation interrupted after the token was sent), it was revoked, or it "
            "was mistyped."),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "Generate a new app configuration token at api.slack.com/apps (Your App "
            "Configuration Tokens > Generate Token) and enter its access token and refresh "
            "token on the Connect page.")},
    {Origin::Slack, "pkce_not_allowed",
        QT_TRANSLATE_NOOP("ErrorCatalogue", "Slack refused PKCE for this app"),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "The token request carried a PKCE code verifier, but the app does not use PKCE."),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "Install with this program's Add to Slack, which does not use PKCE. Do not turn "
            "PKCE on for this app: that cannot be undone and rules out the bot scopes "
            "Bitbucket needs.")},
    {Origin::Slack, "cannot_install_an_org_installed_app",
        QT_TRANSLATE_NOOP(
            "ErrorCatalogue", "The app is installed for the whole Enterprise organisation"),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "An organisation-wide installation exists, so the app cannot be installed into a "
            "single workspace of that organisation."),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "Ask an organisation admin to add the app to this workspace from the "
            "organisation's app management, then connect the workspace to Bitbucket.")},
    {Origin::Slack, "no_scopes",
        QT_TRANSLATE_NOOP("ErrorCatalogue", "The installation asked for no permissions"),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "Neither bot scopes nor user scopes were requested, so Slack had nothing to grant."),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "Add the bot scopes (at least users:read) and the user scopes Bitbucket needs under "
            "/oauth_config/scopes in the manifest, then install again.")},

    // The App Manifest API and the app configuration token.
    {Origin::Slack, "invalid_manifest",
        QT_TRANSLATE_NOOP("ErrorCatalogue", "Slack rejected the manifest"),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "One or more fields break Slack's manifest rules; Slack names each one by its JSON "
            "pointer."),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "Correct the fields Slack named (the HTTPS page lists them by pointer), validate "
            "again, and update only when validation passes.")},
    {Origin::Slack, "invalid_app_id",
        QT_TRANSLATE_NOOP("ErrorCatalogue", "The App ID is not valid"),
        QT_TRANSLATE_NOOP(
            "ErrorCatalogue", "The saved App ID is not in Slack's format (it starts with A)."),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "Copy the App ID from Slack's Basic Information > App Credentials into the Connect "
            "page.")},
    {Origin::Slack, "app_not_found",
        QT_TRANSLATE_NOOP("ErrorCatalogue", "Slack found no app with this App ID for the token"),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "The App ID is mistyped, the app was deleted, or the configuration token was "
            "generated in another workspace than the app's."),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "Check the App ID on Basic Information, and generate the app configuration token "
            "in the workspace where the app was created.")},
    {Origin::Slack, "no_permission",
        QT_TRANSLATE_NOOP("ErrorCatalogue", "The token may not manage this app"),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "The person who generated the configuration token is not a collaborator of the "
            "app."),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "Ask a collaborator to add you under Basic Information > Collaborators, or let a "
            "collaborator generate the configuration token.")},
    {Origin::Slack, "token_expired", QT_TRANSLATE_NOOP("ErrorCatalogue", "The token has expired"),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "An app configuration token lives 12 hours and this one was not rotated in time. "
            "For a workspace connection: token rotation in the Slack app makes bot tokens "
            "expire after 12 hours too, and Bitbucket cannot renew them."),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "Enter the refresh token on the Connect page so the program rotates the token "
            "itself, or generate a new configuration token. For a workspace connection, turn "
            "token rotation off and run Update Access.")},
    {Origin::Slack, "token_revoked", QT_TRANSLATE_NOOP("ErrorCatalogue", "The token was revoked"),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "Someone revoked it on api.slack.com, the app was uninstalled, or the token's user "
            "left the workspace."),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "Generate a new app configuration token and enter it on the Connect page; for a "
            "workspace connection, install the app into that workspace again.")},
    {Origin::Slack, "not_allowed_token_type",
        QT_TRANSLATE_NOOP("ErrorCatalogue", "This kind of token cannot be used here"),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "The App Manifest API takes only app configuration tokens (xoxe.xoxp-…); a bot, "
            "user or app-level token was given."),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "Generate an app configuration token at api.slack.com/apps (Your App Configuration "
            "Tokens) and enter it on the Connect page.")},
    {Origin::Slack, "ratelimited", QT_TRANSLATE_NOOP("ErrorCatalogue", "Slack asked to slow down"),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "Too many calls to the same method in a short time; apps.manifest.update, for "
            "example, is allowed about once a minute."),
        QT_TRANSLATE_NOOP(
            "ErrorCatalogue", "Wait as long as Slack said (Retry-After), then try once more.")},
    {Origin::Slack, "invalid_auth",
        QT_TRANSLATE_NOOP("ErrorCatalogue", "Slack did not accept the token"),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "The token is mistyped, belongs to another workspace, or is no longer valid."),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "Enter a fresh app configuration token on the Connect page; for a workspace "
            "connection, run Update Access for that workspace.")},
    {Origin::Slack, "not_authed", QT_TRANSLATE_NOOP("ErrorCatalogue", "No token was sent"),
        QT_TRANSLATE_NOOP("ErrorCatalogue", "The call reached Slack without a token."),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "Enter an app configuration token on the Connect page, or set "
            "WORKSPACE_CONNECTOR_SLACK_CONFIG_TOKEN for the command line.")},

    // Tokens in use by a workspace connection (auth.test and the Web API in general).
    {Origin::Slack, "account_inactive",
        QT_TRANSLATE_NOOP("ErrorCatalogue", "The token belongs to a deactivated account"),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "The user or bot the token belongs to was deactivated, or the workspace was "
            "deleted."),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "Have an active member install the app again (Update Access), or disconnect the "
            "workspace.")},
    {Origin::Slack, "missing_scope",
        QT_TRANSLATE_NOOP("ErrorCatalogue", "The token lacks a permission"),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "A call needed a scope the token was not granted; Bitbucket's integration, for "
            "example, needs users:read on the bot token."),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "Add the missing scope to the manifest (the HTTPS page offers Add missing scopes), "
            "then run Update Access for each workspace so the scope is granted.")},
    {Origin::Slack, "internal_error",
        QT_TRANSLATE_NOOP("ErrorCatalogue", "Slack had a problem of its own"),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "Slack could not complete the request because of an error on its side."),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "Try again in a few minutes; status.slack.com shows whether Slack has an outage.")},
    {Origin::Slack, "service_unavailable",
        QT_TRANSLATE_NOOP("ErrorCatalogue", "Slack had a problem of its own"),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "Slack could not complete the request because of an error on its side."),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "Try again in a few minutes; status.slack.com shows whether Slack has an outage.")},

    // The Bitbucket integration's answers to creating or replacing a connection.
    {Origin::Bitbucket, "bitbucket_not_admin",
        QT_TRANSLATE_NOOP("ErrorCatalogue", "The Bitbucket user is not a global administrator"),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "Bitbucket's Slack integration lets only global administrators (Admin or System "
            "admin) change workspace connections; project and repository administrators are "
            "refused."),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "On the Connect page, enter a Bitbucket user that has the Admin or System admin "
            "global permission, or grant that permission to this user in Bitbucket's Global "
            "permissions.")},
    {Origin::Bitbucket, "bitbucket_credentials_format",
        QT_TRANSLATE_NOOP("ErrorCatalogue", "Bitbucket could not read the connection details"),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "The request was not JSON, or a required field (client_id, client_secret, "
            "signing_secret, verification_token, access_token, bot_access_token) was missing "
            "or empty."),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "Fill in every field of the Connect page, make sure the installation asks for user "
            "scopes so a user token comes back, and install again.")},
    {Origin::Bitbucket, "bitbucket_credentials_invalid",
        QT_TRANSLATE_NOOP("ErrorCatalogue", "Bitbucket could not verify the workspace's tokens"),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "Before saving, Bitbucket checks the bot and user tokens with Slack: a token was "
            "refused, the bot token lacks users:read, or Bitbucket could not reach Slack."),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "Make sure the bot scopes include users:read ('workspace-connector check --manifest "
            "FILE' checks it) and that Bitbucket can reach slack.com, then install the "
            "workspace again.")},
    {Origin::Bitbucket, "bitbucket_already_connected",
        QT_TRANSLATE_NOOP("ErrorCatalogue", "This workspace is already connected to Bitbucket"),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "Bitbucket keeps one connection per workspace and refuses a second one."),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "Run Update Access for that workspace to replace its tokens, or disconnect it "
            "first.")},
    {Origin::Bitbucket, "bitbucket_team_id_changed",
        QT_TRANSLATE_NOOP("ErrorCatalogue", "The new tokens belong to another workspace"),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "The connection being replaced is for one workspace, but the tokens from the "
            "installation are for a different one."),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "Pick the same workspace on Slack's permission screen when running Update Access, "
            "or connect the other workspace as a new one.")},
    {Origin::Bitbucket, "bitbucket_credentials_not_accepted",
        QT_TRANSLATE_NOOP("ErrorCatalogue", "Slack says the tokens are for a different workspace"),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "The bot token works, but Slack names another workspace than the connection does."),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "Install the app again into the intended workspace, choosing it in the upper right "
            "corner of Slack's permission screen.")},
    {Origin::Bitbucket, "bitbucket_unknown_problem",
        QT_TRANSLATE_NOOP("ErrorCatalogue", "Bitbucket could not connect the workspace"),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "Bitbucket's integration failed without naming a reason; Bitbucket's log has the "
            "details."),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "Run 'workspace-connector check' to see whether Bitbucket can reach Slack, read "
            "atlassian-bitbucket.log on the server, and install again.")},
    {Origin::Bitbucket, "bitbucket_link_not_found",
        QT_TRANSLATE_NOOP("ErrorCatalogue", "Bitbucket has no connection for this workspace"),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "Update Access was run for a workspace that is no longer connected to Bitbucket."),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "Connect the workspace as a new one (Add to Slack) instead of updating it.")},
    {Origin::Bitbucket, "bitbucket_cannot_reach_slack",
        QT_TRANSLATE_NOOP("ErrorCatalogue", "Bitbucket cannot reach Slack"),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "Bitbucket's server could not call slack.com: a firewall, an outbound proxy "
            "Bitbucket is not set up for, or name resolution stands in the way."),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "Let Bitbucket's server open https connections to slack.com; behind an outbound "
            "proxy, give Bitbucket's JVM -Dhttps.proxyHost and -Dhttps.proxyPort and restart "
            "it.")},
    {Origin::Bitbucket, "bitbucket_oauth_request_blocked",
        QT_TRANSLATE_NOOP(
            "ErrorCatalogue", "Bitbucket refused an installation that carried a state value"),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "Bitbucket's install address (/rest/slack/latest/oauth) takes only installations "
            "started from Slack's own Add to Slack link, which carry no state; a handshake "
            "started by another program was sent there."),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "Install with this program's Add to Slack, which comes back to its own redirect "
            "URI, or with the shareable URL from Slack's Manage Distribution page.")},
    {Origin::Bitbucket, "bitbucket_no_matching_connection",
        QT_TRANSLATE_NOOP("ErrorCatalogue", "Bitbucket found no connection for this Slack app"),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "Bitbucket's install address recognises the app by an existing workspace "
            "connection with the same Client ID and Client Secret, and there is none yet."),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "Connect the first workspace with this program (or Bitbucket's Advanced connection "
            "form); further workspaces can then be installed from Slack's link as well.")},

    // Bitbucket's live connection status of a workspace.
    {Origin::Bitbucket, "bitbucket_status_oauth_failure",
        QT_TRANSLATE_NOOP("ErrorCatalogue", "Slack refused the workspace's bot token"),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "Bitbucket's status check sent the bot token to Slack and Slack refused it: the app "
            "was removed from the workspace, the token was revoked, or it expired because "
            "token rotation is on."),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "Run Update Access for the workspace; if token rotation is on in the Slack app, "
            "turn it off first.")},
    {Origin::Bitbucket, "bitbucket_status_no_connection",
        QT_TRANSLATE_NOOP("ErrorCatalogue", "Bitbucket could not reach Slack for the status"),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "The status check failed before Slack answered: Bitbucket's server cannot reach "
            "slack.com, or the check broke off."),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "Let Bitbucket's server open https connections to slack.com (see Bitbucket's "
            "outbound proxy settings), then verify the workspace again.")},
    {Origin::Bitbucket, "bitbucket_status_unknown",
        QT_TRANSLATE_NOOP("ErrorCatalogue", "Bitbucket knows no connection for this workspace"),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "The status was asked for a workspace Bitbucket holds no connection for."),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "Connect the workspace again with Add to Slack, or remove it from the list.")},
    {Origin::Bitbucket, "bitbucket_status_limited",
        QT_TRANSLATE_NOOP("ErrorCatalogue", "Slack's requests have not reached Bitbucket yet"),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "The bot token works, but Bitbucket has never received a correctly signed request "
            "from Slack: the request URLs point elsewhere, Bitbucket cannot be reached from "
            "the internet, or the Signing Secret is wrong."),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "Run 'workspace-connector check --manifest FILE' (slack.request-urls), make "
            "<base>/rest/slack/latest/event reachable from Slack over https, and check the "
            "Signing Secret on the Connect page.")},

    // The address the browser ended on.
    {Origin::Program, "handshake_code_received",
        QT_TRANSLATE_NOOP("ErrorCatalogue", "Slack accepted the installation and sent a code"),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "The browser ended on the redirect address with an authorization code: the "
            "permission step worked. What remains is exchanging the code."),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "If this program is waiting for the address (paste mode), paste the whole address "
            "into it now: the code works once and expires after 10 minutes. If the program "
            "was no longer waiting, start the installation again.")},
    {Origin::Program, "bitbucket_install_succeeded",
        QT_TRANSLATE_NOOP("ErrorCatalogue", "Bitbucket connected the workspace"),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "The browser ended on Bitbucket's Slack configuration page after an installation, "
            "which Bitbucket shows only when it saved the connection."),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "Nothing to fix. Verify the workspace in the list of connected workspaces.")},
    {Origin::Program, "bitbucket_http_address",
        QT_TRANSLATE_NOOP("ErrorCatalogue", "Bitbucket is used over plain http://"),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "Slack accepts only https Redirect URLs and feature URLs, and Bitbucket builds the "
            "addresses it gives Slack from its own base URL, which here is http."),
        QT_TRANSLATE_NOOP("ErrorCatalogue",
            "Make Bitbucket's base URL https and declare the proxy that terminates TLS in "
            "bitbucket.properties.")},
};

struct Phrase
{
    const char *words; // matched ignoring case; English, as Bitbucket and Slack send them
    const char *code;
};

const Phrase phrases[] = {
    {"Client must be authenticated to access this resource", "bitbucket_not_signed_in"},
    {"User must be an Admin to configure this plugin", "bitbucket_not_admin"},
    {"You do not have permission to remove this connection", "bitbucket_not_admin"},
    {"credentials you entered are not in a valid format", "bitbucket_credentials_format"},
    {"credentials you entered are invalid", "bitbucket_credentials_invalid"},
    {"There is already a connection to the workspace", "bitbucket_already_connected"},
    {"Team ID is changed", "bitbucket_team_id_changed"},
    {"credentials you entered were not accepted by Slack", "bitbucket_credentials_not_accepted"},
    {"Could not connect to this workspace due to an unknown problem", "bitbucket_unknown_problem"},
    {"Could not find link for team", "bitbucket_link_not_found"},
    {"Failed to ping Slack", "bitbucket_cannot_reach_slack"},
    {"Unexpected OAuth request was blocked", "bitbucket_oauth_request_blocked"},
    {"No matching connections with the Slack App were found", "bitbucket_no_matching_connection"},
    {"integration may have been removed from Slack", "bitbucket_status_oauth_failure"},
    {"Slack cannot connect to your server", "bitbucket_status_limited"},
    {"you have denied access to your Slack account", "access_denied"},
    {"Invalid requested permissions", "invalid_scope_requested"},
    {"Invalid permissions requested", "invalid_scope"},
};

struct StatusKey
{
    const char *key;
    const char *code;
};

const StatusKey statusKeys[] = {
    {"OAUTH_FAILURE", "bitbucket_status_oauth_failure"},
    {"NO_CONNECTION", "bitbucket_status_no_connection"},
    {"UNKNOWN", "bitbucket_status_unknown"},
    {"PARTIALLY_CONNECTED", "bitbucket_status_limited"},
};

const Entry *find(const QString &code)
{
    const QString wanted = code.trimmed().toLower();
    for (const Entry &entry : entries) {
        if (wanted == QLatin1String(entry.code))
            return &entry;
    }
    return nullptr;
}

QString translated(const char *text)
{
    return QCoreApplication::translate("ErrorCatalogue", text);
}

} // namespace

QStringList ErrorCatalogue::codes()
{
    QStringList list;
    for (const Entry &entry : entries)
        list.append(QString::fromLatin1(entry.code));
    return list;
}

QStringList ErrorCatalogue::codes(Origin origin)
{
    QStringList list;
    for (const Entry &entry : entries) {
        if (entry.origin == origin)
            list.append(QString::fromLatin1(entry.code));
    }
    return list;
}

bool ErrorCatalogue::contains(const QString &code)
{
    return find(code) != nullptr;
}

bool ErrorCatalogue::isSlackCode(const QString &code)
{
    const Entry *entry = find(code);
    return entry && entry->origin == Origin::Slack;
}

Diagnosis ErrorCatalogue::describe(const QString &code)
{
    Diagnosis diagnosis;
    const Entry *entry = find(code);
    if (!entry)
        return unknownSlackCode(code);
    diagnosis.recognised = true;
    diagnosis.code = QString::fromLatin1(entry->code);
    diagnosis.title = translated(entry->title);
    diagnosis.cause = translated(entry->cause);
    diagnosis.fix = translated(entry->fix);
    return diagnosis;
}

Diagnosis ErrorCatalogue::unknownSlackCode(const QString &code)
{
    Diagnosis diagnosis;
    diagnosis.code = code.trimmed();
    diagnosis.title =
        tr("Slack reported the error '%1', which this program does not know").arg(diagnosis.code);
    diagnosis.fix = tr("Look the code up in Slack's documentation of the method that failed, or "
                       "paste the whole message or address into the troubleshooter.");
    return diagnosis;
}

QString ErrorCatalogue::codeForMessage(const QString &text)
{
    for (const Phrase &phrase : phrases) {
        if (text.contains(QLatin1String(phrase.words), Qt::CaseInsensitive))
            return QString::fromLatin1(phrase.code);
    }
    return QString();
}

QString ErrorCatalogue::codeForStatusKey(const QString &key)
{
    for (const StatusKey &status : statusKeys) {
        if (key == QLatin1String(status.key))
            return QString::fromLatin1(status.code);
    }
    return QString();
}
