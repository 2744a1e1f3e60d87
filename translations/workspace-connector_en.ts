<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AdminCheck</name>
    <message>
        <source>No administrator credentials are configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating and replacing workspace connections needs a Bitbucket global administrator signed in with a user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the user name and password of a Bitbucket global administrator on the Connect page (for the command line: WORKSPACE_CONNECTOR_BITBUCKET_USER and WORKSPACE_CONNECTOR_BITBUCKET_PASSWORD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: the Slack integration&apos;s REST API is missing (see %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install or enable the Slack integration first, then run this check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator gets this far; that Bitbucket cannot reach Slack is reported by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a Bitbucket global administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitbucket rejected the user name or password of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitbucket asks for a CAPTCHA for %1 after failed sign-ins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is signed in but is not a Bitbucket global administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitbucket treated the request as not signed in: the credentials were not accepted as a sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic authentication is switched off on this Bitbucket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the user name and password on the Connect page; signing in to Bitbucket in a browser with them shows whether they are right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to Bitbucket once in a browser as %1 and solve the CAPTCHA, then run the check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an account with the Admin or System admin global permission, or grant %1 one of them in Administration &gt; Global permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the base URL the one Bitbucket itself uses (Administration &gt; Server settings), and make sure no SSO or reverse proxy removes the Authorization header from requests to /rest/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow Basic authentication for REST requests (Administration &gt; Authentication methods, or the SSO app that switched it off), at least for %1: this program signs in with a user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitbucket refused the credentials of %1 (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected answer from the Slack integration (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the user name and password, and that %1 is a global administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at Bitbucket&apos;s log (atlassian-bitbucket.log) and the proxy&apos;s log for this request.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BitbucketAddress</name>
    <message>
        <source>Make Bitbucket build https addresses: set its base URL to %1 (Administration &gt; Server settings &gt; Base URL). When a reverse proxy or load balancer terminates TLS in front of Bitbucket, also declare it in $BITBUCKET_HOME/shared/bitbucket.properties:
server.secure=true
server.scheme=https
server.proxy-name=%2
server.proxy-port=%3
then restart Bitbucket.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BitbucketLogin</name>
    <message>
        <source>no Bitbucket base URL: pass --bitbucket URL, or save one in the setup wizard first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a URL; give Bitbucket&apos;s base URL, for example https://bitbucket.example.com/bitbucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the CA bundle &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CA bundle &apos;%1&apos; holds no PEM certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: no Bitbucket password: %1 Set %2 to give one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrowserAddress</name>
    <message>
        <source>The browser ended on %1 with error=%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser ended on %1 with an authorization code and a state value (neither is shown here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is Bitbucket&apos;s install address, which exchanges the code itself. If the page showed an error, paste that error here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unreadable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser ended on %1 naming the newly connected workspace %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser ended on %1, under the base URL %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitbucket&apos;s base URL is %1, yet this address uses http://: it was written into the Slack app&apos;s settings with http://, or a reverse proxy that is not declared to Bitbucket turned it into http://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser ended on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the address to https:// where it is configured: for the Slack app&apos;s URLs, &quot;Make all URLs HTTPS&quot; on the HTTPS page does it. If Bitbucket itself redirected to http://, declare the proxy to it:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaBundle</name>
    <message>
        <source>The CA bundle %1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA bundle %1 holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateFactory</name>
    <message>
        <source>OpenSSL gave no reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate needs a common name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The validity period must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid DNS name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IP address for the certificate is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the basic constraints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the key usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the extended key usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the subject key identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the authority key identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the subject alternative names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not generate an EC P-256 key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not allocate a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not set the version and serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not set the validity period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not set the subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not set the issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not set the public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not sign the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt could not read the generated certificate or key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuing certificate or its private key is missing or unreadable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s private key does not belong to its certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateReport</name>
    <message>
        <source>the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>expired %n day ago</numerusform>
            <numerusform>expired %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer certificate %1:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>Waiting for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: the TLS connection failed (see %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix what the %1 check reports first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckCatalog</name>
    <message>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP to HTTPS redirect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy keeps HTTPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REST API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack integration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>workspace-connector check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;workspace-connector check --help&apos; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--http-port needs a port number from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: workspace-connector check [--bitbucket URL] [--ca-bundle FILE] [--http-port PORT]
                                 [--manifest FILE] [--profile NAME] [--json]

Checks that Bitbucket is ready for connecting Slack workspaces: HTTPS, its
certificate, redirects, the REST API, administrator credentials and the Slack
integration. Then checks the Slack app&apos;s manifest: https everywhere, request
URLs pointing at this Bitbucket, Redirect URLs, token rotation and scopes.

  --bitbucket URL    Bitbucket&apos;s base URL with its context path
                     (default: the one saved by the setup wizard)
  --ca-bundle FILE   PEM file of extra certificate authorities to trust
                     (for Bitbucket and for the Slack API address)
  --http-port PORT   port where plain http:// is expected (default 80)
  --manifest FILE    the Slack app&apos;s manifest, JSON or YAML as Slack&apos;s manifest
                     editor exports it
  --profile NAME     use the settings and keychain entries of profile NAME
  --json             print {&quot;checks&quot;:[{&quot;id&quot;,&quot;status&quot;,&quot;summary&quot;,&quot;detail&quot;,&quot;fix&quot;}]}

Credentials come from the environment variables WORKSPACE_CONNECTOR_BITBUCKET_USER
and WORKSPACE_CONNECTOR_BITBUCKET_PASSWORD, or else from the saved user name and
the system keychain. They are never taken from arguments.

Without --manifest, the manifest is read from Slack&apos;s App Manifest API when an
App ID is saved and an app configuration token is in
WORKSPACE_CONNECTOR_SLACK_CONFIG_TOKEN or in the keychain;
WORKSPACE_CONNECTOR_SLACK_API_BASE replaces Slack&apos;s API address (for a local
stand-in). Without either, the Slack checks do not run.

Exit status: 0 when no check fails, 1 when any check fails, 2 for a usage or
configuration error (an unreadable CA bundle or manifest).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds no manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot use the manifest &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a URL: &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest could not be read from Slack: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: the Slack checks were skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: no Slack checks: give --manifest FILE, or save the App ID in the setup wizard and an app configuration token in the keychain or in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckResult</name>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckRow</name>
    <message>
        <source>Run Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the detail and the fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the %1 check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to fix it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Troubleshoot the %1 check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckRunner</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was stopped before it finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: the base URL must be fixed first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the %1 check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the base URL as %1 says, then run the checks again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: workspace-connector [--profile NAME] [--sandbox STATE-FILE] [--setup]
       workspace-connector COMMAND [OPTIONS]

Without a command, opens the Workspace Connector window.
  --profile NAME        keep settings and keychain entries apart under NAME
  --sandbox STATE-FILE  point the window at a running workspace-connector-sandbox
                        (uses the profile &quot;sandbox&quot;)
  --setup               open the setup wizard right away

Commands (no window is opened):
  check     check that Bitbucket and the Slack app are ready for connecting
            Slack workspaces
  diagnose  explain an error message, a Slack error code or the address the
            browser ended on, and say what to do
  list      list the Slack workspaces connected to Bitbucket
  verify    ask Bitbucket for the live status of connected workspaces
  export    write the connected workspaces as CSV or JSON

Run &apos;workspace-connector COMMAND --help&apos; for a command&apos;s options.
  -h, --help       show this help
  -v, --version    show the version
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigTokenSession</name>
    <message>
        <source>Generate a new configuration token at api.slack.com/apps (Your App Configuration Tokens, Generate Token, in the app&apos;s workspace) and enter it, with its refresh token, on the Connect page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No app configuration token is saved. %1 Or load a manifest file exported from Slack&apos;s manifest editor instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available, so the app configuration token can be neither read nor renewed. Unlock the keychain (or start its service) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack refused the refresh token of the app configuration token (invalid_refresh_token): it was used already, perhaps by another copy of this program or by a script. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewing the app configuration token was interrupted after its single-use refresh token had been sent to Slack. Slack may have used it up, so it is never sent again. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app configuration token has expired (token_expired) and there is no refresh token to renew it. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app configuration token was revoked (token_revoked). %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack could not be reached to renew the app configuration token. Nothing was sent, so the saved token is unchanged; try again when Slack can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app configuration token could not be used. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app configuration token could not be saved in the keychain (%1). %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app configuration token could not be read from the keychain (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is kept for this session only and is not renewed, because renewing it with nowhere to save the new one would lose it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It stays usable until %1; after that, enter a new one on the Connect page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain cannot save the app configuration token (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app configuration token has expired and is not renewed, because the keychain cannot save the new one (%1): renewing it would lose it. Unlock the keychain and try again, or enter a new token on the Connect page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack&apos;s answer held no new token pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Slack is limiting how often the token can be renewed; try again in %n second(s).</source>
        <translation>
            <numerusform>Slack is limiting how often the token can be renewed; try again in %n second.</numerusform>
            <numerusform>Slack is limiting how often the token can be renewed; try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Slack did not renew the app configuration token (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack answered %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack renewed the app configuration token, but the keychain could not save the new one (%1). It is kept in memory and saved as soon as the keychain allows; if the program is closed first, it is lost. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectPage</name>
    <message>
        <source>Connect the Slack app and Bitbucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Slack app&apos;s credentials and a Bitbucket administrator account. Each field is checked as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the app&apos;s Basic Information page at api.slack.com/apps, under App Credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lient ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;Secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gning Secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verification Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App configuration &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App configuration token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitbucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitbucket base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://bitbucket.example.com/bitbucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad&amp;ministrator user name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xtra certificate authorities (PEM, optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra certificate authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only needed when Bitbucket&apos;s certificate comes from your organisation&apos;s own certificate authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for a certificate authority file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the Certificate Authority File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for saved secrets in %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets are saved in %1 when you click Next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These secrets could not be read from %1: %2. Enter them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Secrets you enter are kept for this session only and will not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving failed. %1 Everything you typed is still here: click Next to try again, or go on with the secrets kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go On &amp;Without Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xoxe.xoxp-…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;efresh token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App configuration refresh token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xoxe-…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, both. Generate them at api.slack.com/apps under Your App Configuration Tokens. With them Workspace Connector reads and fixes the app&apos;s manifest itself and renews the token before it expires; without them you load the manifest from a file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectedWorkspaces</name>
    <message>
        <source>No Bitbucket is set up yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Setup &gt; Set Up Workspace Connector and enter Bitbucket&apos;s address and administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitbucket answered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disconnection of %1 was not written to the local ledger: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnoseCommand</name>
    <message>
        <source>Usage: workspace-connector diagnose TEXT... [--manifest FILE] [--bitbucket URL]
                                    [--profile NAME] [--json]
       workspace-connector diagnose - [OPTIONS] &lt; FILE

Explains an error and says what to do: an error message, a Slack error code
(access_denied, invalid_code, invalid_manifest, ...), an error answer from
Bitbucket, or the address the browser ended on. Several words are joined with
spaces; &apos;-&apos; reads the text from standard input, which keeps a pasted address
with its code out of the process list. Put &apos;--&apos; before text that starts with &apos;-&apos;.

  --manifest FILE   the Slack app&apos;s manifest (JSON or YAML, as Slack&apos;s manifest
                    editor exports it): compares a rejected redirect URI with
                    its Redirect URLs and names the closest one
  --bitbucket URL   Bitbucket&apos;s base URL (default: the one saved by the setup
                    wizard)
  --profile NAME    use the settings of profile NAME
  --json            print {&quot;code&quot;,&quot;title&quot;,&quot;cause&quot;,&quot;closest&quot;,&quot;detail&quot;,&quot;fix&quot;}

Codes, states and tokens in the text are never printed.

Exit status: 0 when the text was recognised, 1 when it was not, 2 for a usage
error (no text, an unreadable manifest).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace-connector diagnose: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;workspace-connector diagnose --help&apos; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the text from standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no text to diagnose: give an error message, a Slack error code or an address, or &apos;-&apos; to read it from standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds no manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot use the manifest &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a URL; give Bitbucket&apos;s base URL, for example https://bitbucket.example.com/bitbucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closest Redirect URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DistributionChecklist</name>
    <message>
        <source>Enable Features &amp; Functionality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add OAuth Redirect URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Hard Coded Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use HTTPS For Your Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <comment>distribution checklist item</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done</source>
        <comment>distribution checklist item</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>distribution checklist item</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs your confirmation</source>
        <comment>distribution checklist item</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No manifest was read. Slack&apos;s page shows whether a feature is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bot user</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n slash command(s)</source>
        <translation>
            <numerusform>%n slash command</numerusform>
            <numerusform>%n slash commands</numerusform>
        </translation>
    </message>
    <message>
        <source>event subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interactivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest turns on no feature. Bitbucket&apos;s integration needs at least the bot user, events and interactivity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turned on: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No manifest was read. Slack&apos;s page shows the Redirect URLs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest has no Redirect URL. The HTTPS page adds the ones Bitbucket and this program need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n Redirect URL(s) configured.</source>
        <translation>
            <numerusform>%n Redirect URL configured.</numerusform>
            <numerusform>%n Redirect URLs configured.</numerusform>
        </translation>
    </message>
    <message>
        <source>You confirmed that you reviewed and removed any hard-coded information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only you can tell: tick &quot;I&apos;ve reviewed and removed any hard-coded information&quot; on Slack&apos;s page, then confirm it below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No manifest was read. Slack&apos;s page lists the URLs that still use http.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every URL in the manifest uses https.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n URL(s) do not use https: %1. &quot;Make all URLs HTTPS&quot; on the HTTPS page fixes them.</source>
        <translation>
            <numerusform>%n URL does not use https: %1. &quot;Make all URLs HTTPS&quot; on the HTTPS page fixes it.</numerusform>
            <numerusform>%n URLs do not use https: %1. &quot;Make all URLs HTTPS&quot; on the HTTPS page fixes them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DistributionPage</name>
    <message>
        <source>Distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack installs the app outside its home workspace only after its public distribution is activated, and only the app&apos;s Manage Distribution page at api.slack.com can do that. This page shows what Slack will ask for there and keeps what you confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack&apos;s checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On Slack&apos;s pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your confirmations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate Public Distribution under Manage Distribution once every item of the checklist is green. Redirect URLs and scopes are on OAuth &amp; Permissions; every field at once on App Manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Manage &amp;Distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the app&apos;s Manage Distribution page at api.slack.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;OAuth &amp;&amp; Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the app&apos;s OAuth and Permissions page at api.slack.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open App &amp;Manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the app&apos;s App Manifest page at api.slack.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have &amp;reviewed and removed any hard-coded information, and ticked that box on Slack&apos;s page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have &amp;activated Public Distribution on Slack&apos;s Manage Distribution page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No web browser could be opened. The page is at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No manifest was read on the HTTPS page, so Slack&apos;s page is the only judge of these items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judged from the manifest read on the HTTPS page; Slack&apos;s page has the last word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DistributionState</name>
    <message>
        <source>Confirmed by the admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proven by an install outside the home workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not distributed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Still open:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this setup connected. Bitbucket now serves the Slack app in these workspaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspaces connected in this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): connection replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(scopes not granted: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace was connected in this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n workspace(s) connected to Bitbucket.</source>
        <translation>
            <numerusform>%n workspace connected to Bitbucket.</numerusform>
            <numerusform>%n workspaces connected to Bitbucket.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n existing connection(s) replaced.</source>
        <translation>
            <numerusform>%n existing connection replaced.</numerusform>
            <numerusform>%n existing connections replaced.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workspace(s) connected to Bitbucket,</source>
        <translation>
            <numerusform>%n workspace connected to Bitbucket,</numerusform>
            <numerusform>%n workspaces connected to Bitbucket,</numerusform>
        </translation>
    </message>
    <message>
        <source>Distribution of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorCatalogue</name>
    <message>
        <source>Bitbucket did not see a signed-in administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After Allow, Slack sends the browser to Bitbucket&apos;s install address, which only a signed-in Bitbucket administrator may use. The browser was not signed in to Bitbucket, or it was signed in under another address than the one in the Slack app&apos;s Redirect URLs: a sign-in counts only for the address it was made at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the same browser, sign in to Bitbucket as a global administrator at exactly the address the Slack app&apos;s Redirect URLs use, then start the installation again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack refused the redirect URI: none of the app&apos;s Redirect URLs covers it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack accepts a redirect URI only when it is https, has no fragment, and one configured Redirect URL has its host and port and its path or a path above it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the redirect URI to the app&apos;s Redirect URLs (OAuth &amp; Permissions), or make Bitbucket build https addresses when the passed URI is http.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The installation was cancelled on Slack&apos;s permission screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone clicked Cancel instead of Allow, or the workspace lets only its admins approve apps and the request was turned down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the installation again and click Allow. If the workspace requires approval for apps, ask one of its admins to approve or install the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack refused the requested permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The installation asked for a scope Slack does not know, or mixed Sign in with Slack scopes (openid, email, profile) with other scopes in one request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the scopes under /oauth_config/scopes in the manifest with Slack&apos;s scope list and remove the unknown ones; &apos;workspace-connector check --manifest FILE&apos; shows the scopes Bitbucket needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack refused the requested permissions as invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The installation link named scopes this app may not request: misspelled, retired or not available to this kind of app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the scopes under /oauth_config/scopes in the manifest, save it in Slack, and start the installation from this program&apos;s Add to Slack so the link carries the manifest&apos;s scopes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack refused the redirect URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the permission screen: the redirect URI is not covered by the app&apos;s Redirect URLs. When the code is exchanged: the redirect URI differs from the one the permission screen was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the redirect URI the installation uses to OAuth &amp; Permissions &gt; Redirect URLs (paste Slack&apos;s whole message here to get the exact URL), and send the same redirect URI in both steps of the handshake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app is not distributed, so it installs only in its home workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack lets an app into other workspaces only after its public distribution has been activated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Distribution page of the setup wizard (in Slack: Settings &gt; Manage Distribution), confirm that hard-coded information was removed, click Activate Public Distribution, then install again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A requested scope is not allowed in an Enterprise organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace belongs to an Enterprise organisation, which refuses some scopes (for example bot or apps.requests.write) for apps that are not ready for organisations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the refused scopes from /oauth_config/scopes in the manifest, or ask the organisation&apos;s admins to enable the app for the organisation, then install again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A requested scope is still awaiting Slack&apos;s approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app is published in the Slack Marketplace and asks for scopes Slack&apos;s review has not approved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until Slack approves the new scopes, or remove them from the manifest until then, and install again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack did not accept the authorization code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code expired (a code lives 10 minutes), belongs to another app, or was cut short when the address was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the installation again and finish it within 10 minutes; when you paste the address the browser ended on, copy all of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization code was already exchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A code works once. The page the browser ended on was reloaded, the address was pasted twice, or another program (such as Bitbucket&apos;s own install address) used the code first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the installation again and use the new address once; do not reload the page the browser ends on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack refused the Client Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Client Secret saved in this program does not belong to the Client ID, or it was regenerated in Slack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the Client Secret from Slack&apos;s Basic Information &gt; App Credentials into the Connect page. If it was regenerated, run Update Access for the connected workspaces too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack does not know the Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Client ID saved in this program is mistyped or belongs to a deleted app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the Client ID from Slack&apos;s Basic Information &gt; App Credentials into the Connect page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The installation started at the wrong Slack address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was started at Slack&apos;s classic address (/oauth/authorize), but the code was exchanged with oauth.v2.access, which needs an installation started at /oauth/v2/authorize.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start installations at https://slack.com/oauth/v2/authorize: use this program&apos;s Add to Slack or the shareable URL from Manage Distribution, not an old link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack refused the kind of token request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token request named a grant type Slack does not take for this app, for example refresh_token for an app without token rotation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install with this program&apos;s Add to Slack, which asks for authorization_code. If another tool made the request, correct the grant type in its settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack refused the refresh token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A refresh token works once. It was used already (two programs rotating the same token, or a rotation interrupted after the token was sent), it was revoked, or it was mistyped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate a new app configuration token at api.slack.com/apps (Your App Configuration Tokens &gt; Generate Token) and enter its access token and refresh token on the Connect page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack refused PKCE for this app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token request carried a PKCE code verifier, but the app does not use PKCE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install with this program&apos;s Add to Slack, which does not use PKCE. Do not turn PKCE on for this app: that cannot be undone and rules out the bot scopes Bitbucket needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app is installed for the whole Enterprise organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organisation-wide installation exists, so the app cannot be installed into a single workspace of that organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask an organisation admin to add the app to this workspace from the organisation&apos;s app management, then connect the workspace to Bitbucket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The installation asked for no permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither bot scopes nor user scopes were requested, so Slack had nothing to grant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the bot scopes (at least users:read) and the user scopes Bitbucket needs under /oauth_config/scopes in the manifest, then install again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack rejected the manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One or more fields break Slack&apos;s manifest rules; Slack names each one by its JSON pointer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the fields Slack named (the HTTPS page lists them by pointer), validate again, and update only when validation passes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The App ID is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved App ID is not in Slack&apos;s format (it starts with A).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the App ID from Slack&apos;s Basic Information &gt; App Credentials into the Connect page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack found no app with this App ID for the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The App ID is mistyped, the app was deleted, or the configuration token was generated in another workspace than the app&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the App ID on Basic Information, and generate the app configuration token in the workspace where the app was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token may not manage this app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person who generated the configuration token is not a collaborator of the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask a collaborator to add you under Basic Information &gt; Collaborators, or let a collaborator generate the configuration token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An app configuration token lives 12 hours and this one was not rotated in time. For a workspace connection: token rotation in the Slack app makes bot tokens expire after 12 hours too, and Bitbucket cannot renew them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the refresh token on the Connect page so the program rotates the token itself, or generate a new configuration token. For a workspace connection, turn token rotation off and run Update Access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token was revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone revoked it on api.slack.com, the app was uninstalled, or the token&apos;s user left the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate a new app configuration token and enter it on the Connect page; for a workspace connection, install the app into that workspace again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kind of token cannot be used here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The App Manifest API takes only app configuration tokens (xoxe.xoxp-…); a bot, user or app-level token was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate an app configuration token at api.slack.com/apps (Your App Configuration Tokens) and enter it on the Connect page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack asked to slow down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many calls to the same method in a short time; apps.manifest.update, for example, is allowed about once a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait as long as Slack said (Retry-After), then try once more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack did not accept the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is mistyped, belongs to another workspace, or is no longer valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a fresh app configuration token on the Connect page; for a workspace connection, run Update Access for that workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call reached Slack without a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an app configuration token on the Connect page, or set WORKSPACE_CONNECTOR_SLACK_CONFIG_TOKEN for the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token belongs to a deactivated account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user or bot the token belongs to was deactivated, or the workspace was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have an active member install the app again (Update Access), or disconnect the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token lacks a permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call needed a scope the token was not granted; Bitbucket&apos;s integration, for example, needs users:read on the bot token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the missing scope to the manifest (the HTTPS page offers Add missing scopes), then run Update Access for each workspace so the scope is granted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack had a problem of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack could not complete the request because of an error on its side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again in a few minutes; status.slack.com shows whether Slack has an outage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Bitbucket user is not a global administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitbucket&apos;s Slack integration lets only global administrators (Admin or System admin) change workspace connections; project and repository administrators are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitbucket could not read the connection details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was not JSON, or a required field (client_id, client_secret, signing_secret, verification_token, access_token, bot_access_token) was missing or empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in every field of the Connect page, make sure the installation asks for user scopes so a user token comes back, and install again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitbucket could not verify the workspace&apos;s tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before saving, Bitbucket checks the bot and user tokens with Slack: a token was refused, the bot token lacks users:read, or Bitbucket could not reach Slack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make sure the bot scopes include users:read (&apos;workspace-connector check --manifest FILE&apos; checks it) and that Bitbucket can reach slack.com, then install the workspace again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace is already connected to Bitbucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitbucket keeps one connection per workspace and refuses a second one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run Update Access for that workspace to replace its tokens, or disconnect it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new tokens belong to another workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection being replaced is for one workspace, but the tokens from the installation are for a different one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the same workspace on Slack&apos;s permission screen when running Update Access, or connect the other workspace as a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack says the tokens are for a different workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bot token works, but Slack names another workspace than the connection does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the app again into the intended workspace, choosing it in the upper right corner of Slack&apos;s permission screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitbucket could not connect the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitbucket&apos;s integration failed without naming a reason; Bitbucket&apos;s log has the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;workspace-connector check&apos; to see whether Bitbucket can reach Slack, read atlassian-bitbucket.log on the server, and install again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitbucket has no connection for this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update Access was run for a workspace that is no longer connected to Bitbucket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect the workspace as a new one (Add to Slack) instead of updating it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitbucket cannot reach Slack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitbucket&apos;s server could not call slack.com: a firewall, an outbound proxy Bitbucket is not set up for, or name resolution stands in the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let Bitbucket&apos;s server open https connections to slack.com; behind an outbound proxy, give Bitbucket&apos;s JVM -Dhttps.proxyHost and -Dhttps.proxyPort and restart it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitbucket refused an installation that carried a state value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitbucket&apos;s install address (/rest/slack/latest/oauth) takes only installations started from Slack&apos;s own Add to Slack link, which carry no state; a handshake started by another program was sent there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install with this program&apos;s Add to Slack, which comes back to its own redirect URI, or with the shareable URL from Slack&apos;s Manage Distribution page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitbucket found no connection for this Slack app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitbucket&apos;s install address recognises the app by an existing workspace connection with the same Client ID and Client Secret, and there is none yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect the first workspace with this program (or Bitbucket&apos;s Advanced connection form); further workspaces can then be installed from Slack&apos;s link as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack refused the workspace&apos;s bot token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitbucket&apos;s status check sent the bot token to Slack and Slack refused it: the app was removed from the workspace, the token was revoked, or it expired because token rotation is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run Update Access for the workspace; if token rotation is on in the Slack app, turn it off first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitbucket could not reach Slack for the status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status check failed before Slack answered: Bitbucket&apos;s server cannot reach slack.com, or the check broke off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let Bitbucket&apos;s server open https connections to slack.com (see Bitbucket&apos;s outbound proxy settings), then verify the workspace again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitbucket knows no connection for this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status was asked for a workspace Bitbucket holds no connection for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect the workspace again with Add to Slack, or remove it from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack&apos;s requests have not reached Bitbucket yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bot token works, but Bitbucket has never received a correctly signed request from Slack: the request URLs point elsewhere, Bitbucket cannot be reached from the internet, or the Signing Secret is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;workspace-connector check --manifest FILE&apos; (slack.request-urls), make &lt;base&gt;/rest/slack/latest/event reachable from Slack over https, and check the Signing Secret on the Connect page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack accepted the installation and sent a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser ended on the redirect address with an authorization code: the permission step worked. What remains is exchanging the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If this program is waiting for the address (paste mode), paste the whole address into it now: the code works once and expires after 10 minutes. If the program was no longer waiting, start the installation again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitbucket connected the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser ended on Bitbucket&apos;s Slack configuration page after an installation, which Bitbucket shows only when it saved the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to fix. Verify the workspace in the list of connected workspaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitbucket is used over plain http://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack accepts only https Redirect URLs and feature URLs, and Bitbucket builds the addresses it gives Slack from its own base URL, which here is http.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make Bitbucket&apos;s base URL https and declare the proxy that terminates TLS in bitbucket.properties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack reported the error &apos;%1&apos;, which this program does not know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look the code up in Slack&apos;s documentation of the method that failed, or paste the whole message or address into the troubleshooter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the Connect page, enter a Bitbucket user that has the Admin or System admin global permission, or grant that permission to this user in Bitbucket&apos;s Global permissions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldRules</name>
    <message>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use only the digits 0-9 and the letters a-f.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) of 32.</source>
        <translation>
            <numerusform>%n character of 32.</numerusform>
            <numerusform>%n characters of 32.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is not a valid address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the full address, starting with https://, for example https://bitbucket.example.com/bitbucket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address names no host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the user name and password out of the address; they have their own fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the part from ? or # on: the base URL ends with Bitbucket&apos;s context path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack writes App IDs in capital letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An App ID is A followed by 8 to 12 capital letters or digits, like A0123ABCD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Client ID is two numbers joined by a dot, like 1234567890.9876543210.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use only letters and digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) of 24.</source>
        <translation>
            <numerusform>%n character of 24.</numerusform>
            <numerusform>%n characters of 24.</numerusform>
        </translation>
    </message>
    <message>
        <source>Plain http: Slack needs Bitbucket over https. The HTTPS page will ask you to fix this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a file that can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no PEM certificate (-----BEGIN CERTIFICATE-----).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) found.</source>
        <translation>
            <numerusform>%n certificate found.</numerusform>
            <numerusform>%n certificates found.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is the refresh token (xoxe-…): it goes in the Refresh token field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An app configuration token starts with xoxe.xoxp-.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the app configuration token (xoxe.xoxp-…): it goes in the field above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A refresh token starts with xoxe-.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FixDialog</name>
    <message>
        <source>(absent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; changes %n field(s) of the app&apos;s manifest. Validate the new manifest with Slack, then apply it. Nothing else in the manifest changes.</source>
        <translation>
            <numerusform>&quot;%1&quot; changes %n field of the app&apos;s manifest. Validate the new manifest with Slack, then apply it. Nothing else in the manifest changes.</numerusform>
            <numerusform>&quot;%1&quot; changes %n fields of the app&apos;s manifest. Validate the new manifest with Slack, then apply it. Nothing else in the manifest changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; changes %n field(s) of the app&apos;s manifest. No app configuration token was entered, so Workspace Connector cannot change the app itself: copy the new manifest or save it to a file, paste it on the app&apos;s App Manifest page at api.slack.com/apps and save it there.</source>
        <translation>
            <numerusform>&quot;%1&quot; changes %n field of the app&apos;s manifest. No app configuration token was entered, so Workspace Connector cannot change the app itself: copy the new manifest or save it to a file, paste it on the app&apos;s App Manifest page at api.slack.com/apps and save it there.</numerusform>
            <numerusform>&quot;%1&quot; changes %n fields of the app&apos;s manifest. No app configuration token was entered, so Workspace Connector cannot change the app itself: copy the new manifest or save it to a file, paste it on the app&apos;s App Manifest page at api.slack.com/apps and save it there.</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;hanges:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to the manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems Slack found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply to Slack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Manifest As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Slack to validate the new manifest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack found no problem with the new manifest. Apply it to Slack when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Slack accepts the new manifest, with %n warning(s). Apply it to Slack when you are ready.</source>
        <translation>
            <numerusform>Slack accepts the new manifest, with %n warning. Apply it to Slack when you are ready.</numerusform>
            <numerusform>Slack accepts the new manifest, with %n warnings. Apply it to Slack when you are ready.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Slack found %n problem(s) in the new manifest, listed by field. The manifest was not changed.</source>
        <translation>
            <numerusform>Slack found %n problem in the new manifest, listed by field. The manifest was not changed.</numerusform>
            <numerusform>Slack found %n problems in the new manifest, listed by field. The manifest was not changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Slack could not validate the new manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Slack&apos;s error: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply to Slack</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Send the new manifest to Slack? It replaces the app&apos;s whole configuration, with %n field(s) changed.</source>
        <translation>
            <numerusform>Send the new manifest to Slack? It replaces the app&apos;s whole configuration, with %n field changed.</numerusform>
            <numerusform>Send the new manifest to Slack? It replaces the app&apos;s whole configuration, with %n fields changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>The current manifest is saved first, in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the new manifest to Slack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack did not take the new manifest; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack took the new manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack took the new manifest. The previous one was saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app&apos;s permissions changed. Every workspace that is already connected needs Update Access before the new permissions apply there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new manifest (JSON) is on the clipboard. Paste it on the app&apos;s App Manifest page at api.slack.com/apps and save it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML (*.yaml *.yml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the new manifest as YAML to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the new manifest as JSON to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <comment>manifest change</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <comment>manifest change</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <comment>manifest change</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack&apos;s ans&amp;wer:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandshakeError</name>
    <message>
        <source>The installation was cancelled on Slack&apos;s permission screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack answered access_denied: Cancel was clicked, or the workspace&apos;s admins do not allow this app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack&apos;s permission screen sent the browser back with the error %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack refused to exchange the authorization code: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack refused the installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Troubleshoot with Slack&apos;s message for the cause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack&apos;s answer carried no authorization code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address the browser came back to has neither a code nor an error, so there is nothing to exchange for tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again with Add to Slack. In paste mode, copy the whole address the browser ended on, including everything after the question mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack&apos;s answer carried no state, so it cannot be trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every installation this program starts sends a random state that must come back. An answer without one was started elsewhere, for example from Slack&apos;s shareable install link, which installs through Bitbucket instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the installation with this program&apos;s Add to Slack and finish it in the browser window it opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack&apos;s answer belongs to another installation attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state in the answer was not issued by this program in this session. That happens when an old browser tab is used after a restart, and it is what a forged request looks like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close old Slack tabs and start again with Add to Slack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack&apos;s answer came back too late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An installation must be finished within 10 minutes of clicking Add to Slack; this answer is older.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again with Add to Slack and click Allow within 10 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This answer from Slack was used before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each answer is accepted once. The page was reloaded, or the same address was pasted a second time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again with Add to Slack; do not reload the page the browser ends on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser did not come back from Slack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer arrived within 10 minutes of opening Slack&apos;s permission screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again with Add to Slack. If the browser showed an error page, paste its message into Troubleshoot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program cannot receive Slack&apos;s answer on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pasted text is not the address the browser ended on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the whole address from the browser&apos;s address bar after clicking Allow; it starts with your redirect page and carries code and state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack could not be reached to finish the installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check this computer&apos;s network connection and proxy settings, then start again; the authorization code is still unused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack&apos;s certificate could not be verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something between this computer and Slack presents another certificate (often a company proxy). Add the proxy&apos;s certificate authority to the CA bundle on the Connect page, or ask the network team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack answered the token request with an HTTP error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a minute and start again. If it persists, check Slack&apos;s status page and any proxy between this computer and Slack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack&apos;s answer to the token request was not understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proxy or a captive portal probably answered instead of Slack. Check the network and start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack did not answer the token request in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again. If it keeps happening, check the network and proxy between this computer and Slack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack&apos;s answer lacks what Bitbucket needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the scopes the HTTPS page asks for to the manifest (bot scopes including users:read, and the user scopes), then install again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The installation cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the install again and choose Allow. If the workspace needs its admins to approve apps, ask them to approve this one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free the port, set another one as handshake/loopbackPort in the settings file (and add the new Redirect URL to the Slack app), or choose paste mode on the Install page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete the Connect page (Client ID and Client Secret are needed) and read the Slack app&apos;s manifest on the HTTPS page (the scopes come from it).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpRedirectCheck</name>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, Location: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http:// on %1 redirects to https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http:// redirects to https:// on another host, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect http://%1 to https://%1 itself, or use %2 in the base URL if that is Bitbucket&apos;s real address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http:// redirects to plain HTTP on another host, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http:// keeps redirecting to plain HTTP and never reaches https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 serves content over plain HTTP instead of redirecting to https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http:// answers HTTP %1 instead of redirecting to https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain HTTP is not served on port %1 (connection refused).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain HTTP is not served on port %1 (the connection is closed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody can reach Bitbucket over http:// by mistake. Browsers need https:// typed in, unless a redirect is added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configure the reverse proxy (or Bitbucket&apos;s HTTP connector) on port %1 to answer every http:// request with a permanent redirect (301 or 308) to the same path under %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpsPage</name>
    <message>
        <source>HTTPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitbucket checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run All Checks Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ancel Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitbucket at %1, checked with the account %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checking… %1 of %n check(s) finished.</source>
        <translation>
            <numerusform>Checking… %1 of %n check finished.</numerusform>
            <numerusform>Checking… %1 of %n checks finished.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checks were cancelled. Run them again to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checks have not run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) failed. Fix what the failed checks say, then run them again.</source>
        <translation>
            <numerusform>%n check failed. Fix what the failed check says, then run it again.</numerusform>
            <numerusform>%n checks failed. Fix what the failed checks say, then run them again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No check failed, but %n warning(s) need a look.</source>
        <translation>
            <numerusform>No check failed, but %n warning needs a look.</numerusform>
            <numerusform>No check failed, but %n warnings need a look.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every Bitbucket check passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack reaches Bitbucket only over HTTPS, and connecting workspaces needs a Bitbucket administrator. These checks show whether your Bitbucket and your Slack app are ready, and how to fix what is not.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstallController</name>
    <message>
        <source>The Slack app&apos;s manifest has not been read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scopes to ask for come from the app&apos;s manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the HTTPS page and read the manifest through Slack&apos;s API or from a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack&apos;s answer reached Workspace Connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can close this tab. Workspace Connector finishes connecting the workspace and shows the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace was not connected. Return to Workspace Connector: it says what happened and what to do next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitbucket did not replace the connection to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitbucket did not connect %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was connected, but Slack did not grant every scope the manifest asks for: %2. Run Update Access for it once they can be granted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This install was not written to the local ledger, which could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This install was not written to the local ledger: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app was authorised for another workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run Update Access again and keep %1 selected on Slack&apos;s screen; to connect %2 as well, use Add to Slack in the setup wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update Access was for %1, but the app was authorised for %2 (%3). Bitbucket was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstallPage</name>
    <message>
        <source>%1 (%2): connection replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(scopes not granted: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the app to each further workspace: your browser shows Slack&apos;s permission screen, you pick the workspace and click Allow, and this program connects the workspace to Bitbucket. Repeat for every workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspaces connected in this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected in this &amp;session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To this program (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To a page of mine, whose address I paste here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After Allow, the browser re&amp;turns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redirect URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. T0123ABCD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workspace ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to Slack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the address the browser ended on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address the browser &amp;ended on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use This Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;opy the Permission Screen&apos;s Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Install</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address of Slack&apos;s permission screen is on the clipboard: paste it into the browser you use for Slack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the https address of a page you control; Slack sends the browser there with the code, and you paste the address it ended on here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack accepts only https Redirect URLs for a distributed app: give an address that starts with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack sends the browser back to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app&apos;s Redirect URLs do not cover it, so Slack would refuse the install: %1 Add it on the HTTPS page (Add this Redirect URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workspace ID starts with T followed by capital letters and digits, e.g. T0123ABCD. Leave it empty to choose the workspace on Slack&apos;s screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your browser shows Slack&apos;s permission screen. Choose the workspace and click Allow, then paste here the address the browser ends on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your browser shows Slack&apos;s permission screen. Choose the workspace and click Allow; this program waits for the browser to come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser then comes back to this program at 127.0.0.1 and warns once that the certificate there is not trusted: this program made it for itself. Accept it if its SHA-256 fingerprint is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack&apos;s answer arrived; asking Slack for the workspace&apos;s tokens…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting the workspace to Bitbucket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for your decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Another Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitbucket answered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the Connection?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is already connected to Bitbucket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The existing connection of %1 (%2) was kept; nothing changed in Bitbucket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacing gives Bitbucket the tokens of this install and the app&apos;s current credentials instead of the ones it has. Its channel mappings and personal account links stay. Cancel keeps the connection as it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Installation</name>
    <message>
        <source>Slack installed the app for a whole Enterprise Grid organisation rather than for one workspace. Bitbucket&apos;s Slack integration connects single workspaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack&apos;s answer has no bot token. The app must ask for bot scopes (at least users:read) so that Bitbucket can act as its bot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack&apos;s answer has no token for the person who installed the app. Bitbucket needs it; the app must ask for user scopes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntegrationAnswer</name>
    <message>
        <source>%1: %2</source>
        <comment>a known error&apos;s title, then its cause</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitbucket did not accept the administrator&apos;s user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct them on the Connect page (the HTTPS page&apos;s %1 check shows whether they work), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitbucket does not accept Basic authentication, which this program signs in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow Basic authentication for REST requests in Bitbucket (Administration &gt; Authentication methods), at least for this administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitbucket refused the request (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the HTTPS page&apos;s checks again: %1 tells why the administrator is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitbucket has no Slack integration at this address (HTTP 404).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the base URL on the Connect page is Bitbucket&apos;s, with its context path, and that Atlassian&apos;s Slack integration is installed and enabled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>the system keychain (Secret Service), entries filed under &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (The keychain service said: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <source>The ledger cannot be opened: Qt&apos;s SQLite driver is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the package that provides it (libqt6sql6-sqlite on Debian and Ubuntu), then start Workspace Connector again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 for the ledger cannot be created: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make sure %1 is a folder you can write to, then start Workspace Connector again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger %1 cannot be created: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free some space on the disk that holds %1, then start Workspace Connector again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the folder %1 writable for your user, then start Workspace Connector again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger %1 cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger %1 was written by a newer version of Workspace Connector (ledger version %2; this version knows up to %3). It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the newer version of Workspace Connector, or move %1 aside to start a new ledger with this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger %1 cannot be set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger %1 cannot be brought up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event was not recorded: the ledger is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Workspace Connector again; if this persists, look at the message shown when the ledger was opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event was not recorded in the ledger %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>app id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enterprise id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>installer&apos;s user id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bot scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event was not recorded: its %1 is not in Slack&apos;s format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a mistake in Workspace Connector; please report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger cannot be read: it is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full, or the file may not grow any larger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free some space on the disk that holds %1, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file or its folder cannot be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make %1, the files beside it that start with the same name and its folder writable for your user, then start Workspace Connector again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not an SQLite database, or it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 aside (keep it if you want to look into it); Workspace Connector then starts a new, empty ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Another program kept it locked for more than %n second(s).</source>
        <translation>
            <numerusform>Another program kept it locked for more than %n second.</numerusform>
            <numerusform>Another program kept it locked for more than %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close other copies of Workspace Connector that use the same profile, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite cannot open the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make sure %1 is a folder you can write to and %2 a file you own, then start Workspace Connector again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading or writing the disk failed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the disk that holds %1 has free space and no errors, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite says: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again; if it happens again, move %1 aside and start Workspace Connector again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerWriter</name>
    <message>
        <source>The event was not recorded: the ledger is not open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoopbackCertificate</name>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to hold a certificate or key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key in %1 is protected by a passphrase. Supply the key without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no private key that can be read (PEM, EC or RSA, without a passphrase).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists but is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the folder %1 cannot be restricted to its owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be put in place of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate in %1 expired on %2. Supply a current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate in %1 is not valid before %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key in %1 does not belong to the certificate in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate in %1 is not issued for the IP address 127.0.0.1, the address the browser returns to, so the browser would refuse it. Supply a certificate whose subject alternative names include IP 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate for the listener for Slack&apos;s answer cannot be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoopbackListener</name>
    <message>
        <source>The callback path &quot;%1&quot; must start with &quot;/&quot; and contain no &quot;?&quot; or &quot;#&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request with headers larger than %1 KiB was turned away (HTTP 431).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request that is not valid HTTP was turned away (HTTP 400).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request with a method other than GET was turned away (HTTP 405).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address only takes the browser&apos;s return from Slack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request&apos;s headers are larger than Workspace Connector accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace Connector could not read this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not waiting for Slack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can close this tab and return to Workspace Connector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to Workspace Connector to see what went wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The listener for Slack&apos;s answer has no certificate to serve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 on 127.0.0.1 is in use by another program, so Workspace Connector cannot receive the browser&apos;s return from Slack. Close that program, or choose another port (handshake/loopbackPort in the settings file); the Redirect URL in the Slack app must then be changed to the new address as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace Connector may not listen on port %1 of 127.0.0.1 (ports below 1024 need special rights). Choose another port (handshake/loopbackPort in the settings file); the Redirect URL in the Slack app must then be changed to the new address as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace Connector cannot listen on port %1 of 127.0.0.1: %2. Choose another port (handshake/loopbackPort in the settings file); the Redirect URL in the Slack app must then be changed to the new address as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request for an address other than the callback address was turned away (HTTP 404).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address is not one Workspace Connector answers at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace Connector is not waiting for Slack&apos;s answer at the moment. Start the installation in the program again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack&apos;s answer received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace was not connected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Workspaces</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindowFrame</name>
    <message>
        <source>Workspace Connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set Up Workspace Connector…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Troubleshoot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Workspace Connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Workspace Connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace Connector %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connects one Slack app to many Slack workspaces for Bitbucket Data Center, and checks each step on the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace Connector Is Incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the program cannot be loaded: %1

Reinstall Workspace Connector.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManifestDiff</name>
    <message>
        <source>%1: added %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: removed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManifestFile</name>
    <message>
        <source>The manifest could not be saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManifestFix</name>
    <message>
        <source>Make all URLs HTTPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point request URLs at this Bitbucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this Redirect URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off token rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add missing scopes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManifestService</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be made readable by its owner only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack&apos;s answer held no manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent to Slack: the app&apos;s current manifest has to be read first, so that it can be backed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent to Slack, because the current manifest could not be backed up first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Slack limits how often %1 may be called for this app. Try again in %n second(s).</source>
        <translation>
            <numerusform>Slack limits how often %1 may be called for this app. Try again in %n second.</numerusform>
            <numerusform>Slack limits how often %1 may be called for this app. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Slack did not accept the manifest: %n problem(s), listed by field.</source>
        <translation>
            <numerusform>Slack did not accept the manifest: %n problem, listed by field.</numerusform>
            <numerusform>Slack did not accept the manifest: %n problems, listed by field.</numerusform>
        </translation>
    </message>
    <message>
        <source>Slack knows no app %1 that this configuration token may manage (%2). Check the App ID on the Connect page, and that the token was generated in the app&apos;s workspace by one of its collaborators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack does not let this configuration token change app %1 (%2). Generate the token as one of the app&apos;s collaborators, in the workspace where the app was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack does not accept the saved token for %1 (%2): it has to be an app configuration token. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack answered %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManifestYaml</name>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key must be a plain value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key “%1” appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest must be a YAML mapping of fields such as display_information and settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>memory (for tests)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Troubleshoot this error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkProblem</name>
    <message>
        <source>Connection refused by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host %1 not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection without answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No answer from %1 within %n second(s).</source>
        <translation>
            <numerusform>No answer from %1 within %n second.</numerusform>
            <numerusform>No answer from %1 within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the host and port in the URL, and that Bitbucket (or the proxy in front of it) is running and listening on port %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the spelling of %1 and this computer&apos;s DNS settings (or VPN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that Bitbucket is running and not overloaded, and that no firewall or proxy between this computer and %1 holds the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that %1 serves Bitbucket on this port and look at the server&apos;s or proxy&apos;s log for this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the bitbucket.tls check.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProxySchemeCheck</name>
    <message>
        <source>Bitbucket normally sends an anonymous visitor of the dashboard to its login page; that redirect shows which scheme, host and port Bitbucket believes it has. Without it this cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No redirect to check: the dashboard answered HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the base URL, including its context path, is Bitbucket&apos;s, and that no sign-in proxy answers in Bitbucket&apos;s place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitbucket redirects to http://: the reverse proxy is not declared to Bitbucket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitbucket thinks it is served over plain HTTP, so the links, redirects and OAuth callbacks it builds use http://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitbucket redirects to %1, which differs from the base URL in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make Bitbucket&apos;s base URL (Administration &gt; Server settings) %1, and check server.proxy-name and server.proxy-port in $BITBUCKET_HOME/shared/bitbucket.properties; restart Bitbucket after changing them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitbucket&apos;s own redirects keep https:// and the base URL&apos;s host, port and context path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host (%1 instead of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port (%1 instead of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>context path (%1 is not under %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare the proxy to Bitbucket: in $BITBUCKET_HOME/shared/bitbucket.properties set
server.secure=true
server.scheme=https
server.proxy-name=%1
server.proxy-port=%2
then restart Bitbucket.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedirectMatcher</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect URI %1 uses %2, but Slack accepts only https redirect URIs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Redirect URL %1 uses %2; Slack matches https redirect URIs only against https Redirect URLs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Redirect URL %1 ends with a slash that the path %2 lacks; only %3 and paths below it match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path %1 only starts with the same characters as %2; it is neither %2 nor a sub-directory of it (closest Redirect URL: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path %1 lies above %2; only %2 and paths below it match (closest Redirect URL: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path %1 is neither %2 nor below it (closest Redirect URL: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is covered by the Redirect URL %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect URI is empty; Slack matches an empty redirect_uri against no Redirect URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Slack app has no Redirect URLs, so Slack accepts no redirect URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect URI goes to the host %1, but the closest Redirect URL, %2, is on the host %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect URI uses port %1, but the closest Redirect URL, %2, uses port %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect URI %1 contains a fragment (#…); Slack refuses every redirect URI with a fragment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It also differs in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It also contains a fragment (#…), which Slack refuses.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedirectMismatch</name>
    <message>
        <source>an empty redirect URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text does not show the passed URI; Slack&apos;s page names it after &quot;Passed URI:&quot;. Paste the whole message for a precise answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack was passed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest&apos;s Redirect URLs: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare it with the Redirect URLs on the app&apos;s OAuth &amp; Permissions page: one of them must have the same host and port, and a path that is the passed path or lies above it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the app&apos;s manifest (--manifest FILE) for a precise answer: which Redirect URL comes closest and why it does not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then make sure this Redirect URL is configured: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the redirect URI is https, then compare it with the app&apos;s Redirect URLs (OAuth &amp; Permissions): add the one that covers it and click Save URLs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start installations with this program&apos;s Add to Slack or with the shareable URL from Slack&apos;s Manage Distribution page. A tool that builds its own link must send the whole redirect URI, or leave redirect_uri out so that Slack uses the first Redirect URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the fragment (from &apos;#&apos; on) from the redirect URI: Slack refuses every redirect URI that has one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest given covers this redirect URI, so Slack&apos;s page came from another app or an older configuration: check that the installation used this app&apos;s Client ID, and that the Redirect URLs were saved in Slack (Save URLs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack accepts only https redirect URIs: give the installation an https address, and add it to the Redirect URLs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If Bitbucket&apos;s address is %1, correct its base URL (Administration &gt; Server settings) to it instead, so that the addresses it gives Slack use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Bitbucket&apos;s install address the first Redirect URL: installations started from Slack&apos;s shareable link come back to the first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Slack, open the app&apos;s OAuth &amp; Permissions page, click Add New Redirect URL, enter %1 and click Save URLs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or change %1 into it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestUrl</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheme (%1 instead of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host (%1 instead of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port (%1 instead of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>context path (%1 instead of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path (%1 instead of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestCheck</name>
    <message>
        <source>Bitbucket&apos;s REST API was not found at this base URL (HTTP 404).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The REST API request was redirected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The REST API refused an anonymous request (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitbucket&apos;s REST API answered with an error (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at Bitbucket&apos;s log (atlassian-bitbucket.log) and the proxy&apos;s log for this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The REST API answered with an HTML page instead of JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is not Bitbucket&apos;s application properties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitbucket %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered: version %2, build %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This probably means the context path in the base URL is wrong, or a sign-in proxy stands in front of Bitbucket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Bitbucket&apos;s base URL exactly as Administration &gt; Server settings shows it, including the context path (for example https://%1/bitbucket), and let REST requests under /rest/ through any sign-in proxy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No such entry is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the system keychain was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionStorage</name>
    <message>
        <source>The settings could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupSession</name>
    <message>
        <source>Client Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App configuration token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitbucket password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set Up Workspace Connector</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlackApiClient</name>
    <message>
        <source>%1 answered HTTP %2 with something other than a Slack API answer. A proxy or the wrong API address may be in the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 without a Slack error code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS certificate of %1 is not accepted (%2). If the connection passes through a proxy that inspects TLS, add its certificate authority to the CA bundle on the Connect page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlackAppSection</name>
    <message>
        <source>Slack app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load Manifest File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the manifest file exported from Slack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the Manifest A&amp;gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No manifest has been read yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can also load a manifest file you exported from Slack instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a New &amp;Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tr&amp;y Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest could not be read from Slack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Slack&apos;s error: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the App&apos;s Manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack app manifests (*.json *.yaml *.yml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read as a Slack app manifest: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest of app %1 was read from Slack with the app configuration token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest was loaded from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest is read from Slack with the app configuration token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No app configuration token was entered, so load the manifest from a file. To export it: api.slack.com/apps → your app → App Manifest, then save it as JSON or YAML.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the manifest from Slack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Slack checks run once a manifest has been read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n Slack check(s) failed. Use the button beside each to fix the manifest.</source>
        <translation>
            <numerusform>%n Slack check failed. Use the button beside it to fix the manifest.</numerusform>
            <numerusform>%n Slack checks failed. Use the button beside each to fix the manifest.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No Slack check failed, but %n warning(s) need a look.</source>
        <translation>
            <numerusform>No Slack check failed, but %n warning needs a look.</numerusform>
            <numerusform>No Slack check failed, but %n warnings need a look.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every Slack check passed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlackChecks</name>
    <message>
        <source>Bitbucket&apos;s base URL is not set, so there is nothing to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest holds no URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n URL(s) in the manifest use HTTPS</source>
        <translation>
            <numerusform>The %n URL in the manifest uses HTTPS</numerusform>
            <numerusform>All %n URLs in the manifest use HTTPS</numerusform>
        </translation>
    </message>
    <message>
        <source>Slack does not let the app be installed in other workspaces while any of its URLs uses plain HTTP (“Use HTTPS for your features” on Manage Distribution). These fields do not use HTTPS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click “Make all URLs HTTPS” to change http:// to https:// in these fields, and make sure each address answers over HTTPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give %1 a full https:// address in Slack&apos;s manifest editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n URL(s) in the manifest do not use HTTPS</source>
        <translation>
            <numerusform>%n URL in the manifest does not use HTTPS</numerusform>
            <numerusform>%n URLs in the manifest do not use HTTPS</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is missing; it must be %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 differs in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interactivity is off (/settings/interactivity/is_enabled), so the buttons and shortcuts Bitbucket offers in Slack do nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events: %1
Actions: %2
Slash commands: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events, actions and slash commands go to this Bitbucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Socket Mode is on (/settings/socket_mode_enabled): Slack then sends events, actions and commands over a connection the app opens, and Bitbucket&apos;s integration never opens one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Socket Mode is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request URL setting(s) do not point at this Bitbucket</source>
        <translation>
            <numerusform>%n request URL setting does not point at this Bitbucket</numerusform>
            <numerusform>%n request URL settings do not point at this Bitbucket</numerusform>
        </translation>
    </message>
    <message>
        <source>Click “Point request URLs at this Bitbucket”: it sets the event URL to %1, turns interactivity on with the URL %2, sets every slash command&apos;s URL to %3 and turns Socket Mode off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitbucket&apos;s install endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitbucket&apos;s account link for a workspace (tried with the workspace id %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This program&apos;s redirect URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, but Slack accepts only https redirect URIs. Change it to https first (for Bitbucket: its base URL, and the proxy in front of it); then click “Add this Redirect URL”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click “Add this Redirect URL”: it adds what is missing, puts Bitbucket&apos;s install endpoint %1 first, and keeps the other Redirect URLs in their order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is covered by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is not covered: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first Redirect URL is %1, but it must be Bitbucket&apos;s install endpoint %2: an install started from Slack&apos;s shareable link or Add to Slack button carries no redirect_uri, and Slack then sends the browser to the first Redirect URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Redirect URLs cover Bitbucket and this program</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) are not covered by the Redirect URLs</source>
        <translation>
            <numerusform>%n address is not covered by the Redirect URLs</numerusform>
            <numerusform>%n addresses are not covered by the Redirect URLs</numerusform>
        </translation>
    </message>
    <message>
        <source>Token rotation is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token rotation is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With token rotation, Slack&apos;s tokens expire after 12 hours and have to be renewed with a refresh token (/settings/token_rotation_enabled). Bitbucket&apos;s Slack integration keeps no refresh token, so every workspace would stop working 12 hours after it is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click “Turn off token rotation”. If Slack refuses (it can keep rotation on once it has been used), create a new Slack app for Bitbucket with rotation off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app asks for the scopes Bitbucket needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bot scopes lack %1: when a workspace is connected, Bitbucket looks up the app&apos;s bot user with users.info and refuses the connection if it cannot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app asks for no user scopes, so Slack issues no user token; Bitbucket refuses to connect a workspace without the installer&apos;s user token, and uses it (with %1) for link previews that ask people to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user scopes lack %1: Bitbucket uses the installer&apos;s user token for link previews (chat.unfurl) that ask people who have not linked their Slack account to sign in, and those fail without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n scope(s) Bitbucket needs are missing</source>
        <translation>
            <numerusform>%n scope Bitbucket needs is missing</numerusform>
            <numerusform>%n scopes Bitbucket needs are missing</numerusform>
        </translation>
    </message>
    <message>
        <source>Click “Add missing scopes”: it adds %1. Workspaces connected before need Update Access to receive them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack app uses HTTPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no manifest to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first Redirect URL is not Bitbucket&apos;s install endpoint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlackHandshake</name>
    <message>
        <source>The Client ID or the Client Secret is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Slack app&apos;s manifest asks for no scopes; read the manifest on the HTTPS page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No redirect URI is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack&apos;s addresses must be https URLs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text has no query part (nothing after a question mark), so it carries neither a code nor a state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 was not accepted: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>%1 did not answer within %n second.</numerusform>
            <numerusform>%1 did not answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The answer is %n byte(s) of %1, not a JSON object.</source>
        <translation>
            <numerusform>The answer is %n byte of %1, not a JSON object.</numerusform>
            <numerusform>The answer is %n bytes of %1, not a JSON object.</numerusform>
        </translation>
    </message>
    <message>
        <source>an unnamed type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack answered &quot;ok&quot;: false without an error code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlackIntegrationCheck</name>
    <message>
        <source>Skipped: the Slack integration needs a signed-in user (see %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Slack integration is installed (%1) and Bitbucket can reach Slack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitbucket cannot reach Slack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow outbound HTTPS (port 443) from the Bitbucket server to slack.com, and if it must use a proxy, give Bitbucket&apos;s JVM the proxy settings (-Dhttps.proxyHost and -Dhttps.proxyPort in JVM_SUPPORT_RECOMMENDED_ARGS), then restart Bitbucket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: the Slack integration is installed (%1), but checking that Bitbucket can reach Slack needs an administrator (see %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix what the %1 check reports, then run this check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Slack integration is not installed or not enabled in Bitbucket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Bitbucket go to Administration &gt; Manage apps, find &quot;Slack for Bitbucket&quot; (Atlassian&apos;s Slack integration), install it or enable it and all its modules, then run this check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Slack integration gave an unexpected answer (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the base URL is Bitbucket&apos;s, and look at Bitbucket&apos;s log (atlassian-bitbucket.log) for this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n workspace(s) connected</source>
        <translation>
            <numerusform>%n workspace connected</numerusform>
            <numerusform>%n workspaces connected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SlackLinkClient</name>
    <message>
        <source>A request to Bitbucket is already on its way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for its answer, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a readable PEM file on the Connect page, or clear the CA bundle field if the system&apos;s certificate authorities suffice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether Bitbucket saved the connection before the answer was lost is not known: look at Bitbucket&apos;s Slack administration page before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitbucket failed while saving the connection (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitbucket refused the connection (HTTP %1) with an answer this program does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read Bitbucket&apos;s answer below and its log (atlassian-bitbucket.log); then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlackLinkDirectory</name>
    <message>
        <source>Read Bitbucket&apos;s answer and its log (atlassian-bitbucket.log); then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack accepted the bot token, and Slack&apos;s requests reach Bitbucket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>a status&apos;s title, then what to do</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (Bitbucket: %1)</source>
        <comment>the status key Bitbucket sent</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a readable PEM file on the Connect page, or clear the CA bundle field if the system&apos;s certificate authorities suffice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitbucket&apos;s answer is not the list of workspace connections (HTTP 200 without a &quot;workspaces&quot; list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitbucket did not list the workspace connections (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Bitbucket asks to slow down (HTTP 429) and to wait %n second(s).</source>
        <translation>
            <numerusform>Bitbucket asks to slow down (HTTP 429) and to wait %n second.</numerusform>
            <numerusform>Bitbucket asks to slow down (HTTP 429) and to wait %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bitbucket asks to slow down (HTTP 429).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a little, then verify again; Bitbucket&apos;s rate limiting settings (Administration &gt; Rate limiting) say how many requests an administrator may make.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitbucket&apos;s status answer (HTTP %1) is not one the Slack integration gives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether Bitbucket removed the connection before the answer was lost is not known: list the workspaces again to see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitbucket could not remove the workspace connection (HTTP 400): the Slack integration failed while deleting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitbucket did not remove the workspace connection (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitbucket&apos;s answer did not include the workspace&apos;s status.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlackManifest</name>
    <message>
        <source>The manifest is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest has no fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be a Slack app manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest must be a JSON object of fields such as display_information and settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SslErrorAdvice</name>
    <message>
        <source>untrusted issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self-signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host name mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untrusted issuer: %1 was issued by %2, a certificate authority this computer does not trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-signed: %1 signs itself; no trusted certificate authority vouches for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host name mismatch: the certificate names %1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired: %1 expired on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet valid: %1 is valid only from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked: the certificate authority revoked %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate: the server presented none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If your organisation runs its own certificate authority, add its CA certificate (PEM) as the CA bundle on the Connect page. Otherwise install a certificate from a trusted CA on the server or its proxy, with the full chain of intermediate certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the self-signed certificate with one from a trusted CA: a public one (Slack must trust it too when it calls Bitbucket), or your organisation&apos;s CA added as the CA bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install a certificate that names %1 among its subject alternative names, or use a host name the certificate names in the base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew the certificate and install the new one on the server or the proxy in front of Bitbucket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the date and time of this computer and of the server; if both are right, install a certificate that is valid now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install a new certificate: the revoked one cannot be trusted again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configure the server or proxy to present its certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install a valid certificate for %1 issued by a trusted certificate authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is not accepted: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TlsCheck</name>
    <message>
        <source>The CA bundle cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a readable PEM file holding your organisation&apos;s CA certificate, or clear the CA bundle setting to rely on the system&apos;s certificate store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that port %1 speaks HTTPS (not plain HTTP) and that the server offers TLS 1.2 or newer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The certificate for %1 expires in %n day(s), on %2.</source>
        <translation>
            <numerusform>The certificate for %1 expires in %n day, on %2.</numerusform>
            <numerusform>The certificate for %1 expires in %n days, on %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Renew the certificate before %1 and install the new one on the server or the proxy in front of Bitbucket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The certificate for %1 is trusted and valid for %n more day(s).</source>
        <translation>
            <numerusform>The certificate for %1 is trusted and valid for %n more day.</numerusform>
            <numerusform>The certificate for %1 is trusted and valid for %n more days.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected to %1:%2 with %3, cipher %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TroubleshootDialog</name>
    <message>
        <source>Troubleshoot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste an error message, a Slack error code, a Bitbucket error body or the address the browser ended on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirect_uri did not match any configured URIs. Passed URI: https://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closest configured URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Compared with the %n Redirect URL(s) of the app&apos;s manifest.</source>
        <translation>
            <numerusform>Compared with the %n Redirect URL of the app&apos;s manifest.</numerusform>
            <numerusform>Compared with the %n Redirect URLs of the app&apos;s manifest.</numerusform>
        </translation>
    </message>
    <message>
        <source>No manifest has been read, so Redirect URLs cannot be compared: load it on the HTTPS page of the setup for a closer answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitbucket base URL: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The explanation appears here as you paste or type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text is not recognised. Paste the whole error message, or the address the browser ended on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recognised: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TroubleshootLink</name>
    <message>
        <source>Troubleshoot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain this error and how to fix it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Troubleshooter</name>
    <message>
        <source>Looked for Slack&apos;s and Bitbucket&apos;s error messages and codes, and for the address the browser ended on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the whole error message, the Slack error code, Bitbucket&apos;s answer, or the complete address the browser ended on. &apos;workspace-connector check&apos; tests the whole setup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Slack app sends the browser to %1, but Bitbucket&apos;s base URL is %2: a sign-in at one of these addresses does not count at the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text says: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitbucket&apos;s base URL is %1; sign in at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitbucket&apos;s connection status says: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack names these fields: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to diagnose: the text is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text is not an error the troubleshooter knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack answered with the error code %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpdateAccessDialog</name>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address the browser &amp;ended on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use This Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update Access for %1 (%2): %3 of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update Access finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your browser shows Slack&apos;s permission screen for this workspace. Click Allow, then paste here the address the browser ends on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your browser shows Slack&apos;s permission screen for this workspace. Click Allow; this program waits for the browser to come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Slack for the workspace&apos;s new tokens…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giving Bitbucket the new tokens…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser comes back to this program at 127.0.0.1 and may warn about its own certificate; its SHA-256 fingerprint is %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UrlCheck</name>
    <message>
        <source>Enter Bitbucket&apos;s base URL as it appears in Administration &gt; Server settings, for example https://git.example.com/bitbucket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use %1 as the base URL; Bitbucket must be reachable over HTTPS there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Bitbucket base URL is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL is not a valid URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL uses http://; Slack and this program need https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL must start with https://, not %1://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL has no host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL contains a user name or password; enter them in their own fields instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL contains a query (?...), which a base URL never has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL contains a fragment (#...), which a base URL never has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host: %1
Port: %2
Context path: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none, Bitbucket at the root)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 looks like the address of a Bitbucket page, not the base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the base URL only (probably %1); it ends before &quot;/%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a well-formed HTTPS base URL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyRunner</name>
    <message>
        <source>Verify results are not recorded in the ledger: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A verify result was not recorded in the ledger: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not checked: Bitbucket still asked to slow down after %n attempt(s).</source>
        <translation>
            <numerusform>Not checked: Bitbucket still asked to slow down after %n attempt.</numerusform>
            <numerusform>Not checked: Bitbucket still asked to slow down after %n attempts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n connected</source>
        <comment>workspaces</comment>
        <translation>
            <numerusform>%n connected</numerusform>
            <numerusform>%n connected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n limited</source>
        <comment>workspaces</comment>
        <translation>
            <numerusform>%n limited</numerusform>
            <numerusform>%n limited</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n OAuth failure(s)</source>
        <comment>workspaces</comment>
        <translation>
            <numerusform>%n OAuth failure</numerusform>
            <numerusform>%n OAuth failures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not connected</source>
        <comment>workspaces</comment>
        <translation>
            <numerusform>%n not connected</numerusform>
            <numerusform>%n not connected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown</source>
        <comment>workspaces</comment>
        <translation>
            <numerusform>%n unknown</numerusform>
            <numerusform>%n unknown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not checked</source>
        <comment>workspaces</comment>
        <translation>
            <numerusform>%n not checked</numerusform>
            <numerusform>%n not checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n workspace(s) checked</source>
        <translation>
            <numerusform>%1 of %n workspace checked</numerusform>
            <numerusform>%1 of %n workspaces checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workspace(s) checked</source>
        <translation>
            <numerusform>%n workspace checked</numerusform>
            <numerusform>%n workspaces checked</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>count, then counts by status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify cancelled. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify stopped. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowOptions</name>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the sandbox state file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox state file %1 names no Bitbucket URL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceExport</name>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bot user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bot user ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installer ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bot scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (needs Update Access)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded: connected by other means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No link in Bitbucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App configuration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceStatusNames</name>
    <message>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceTableModel</name>
    <message>
        <source>Bitbucket reports: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitbucket has no link for this workspace: it was removed outside Workspace Connector. Install it again to reconnect it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App configuration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected by other means than Workspace Connector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitbucket no longer has a link for this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected by other means than Workspace Connector: the ledger has no record of who installed it or when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <comment>scopes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected by other means than Workspace Connector: which scopes the workspace granted is not recorded. Update Access records them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n granted</source>
        <comment>scopes</comment>
        <translation>
            <numerusform>%n granted</numerusform>
            <numerusform>%n granted</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>scopes granted of requested</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2, needs Update Access</source>
        <comment>scopes granted of requested</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bot scopes granted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User scopes granted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The manifest asks for %n more scope(s): %1. Run Update Access for this workspace to grant them.</source>
        <translation>
            <numerusform>The manifest asks for %n more scope: %1. Run Update Access for this workspace to grant it.</numerusform>
            <numerusform>The manifest asks for %n more scopes: %1. Run Update Access for this workspace to grant them.</numerusform>
        </translation>
    </message>
    <message>
        <source>No link in Bitbucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <comment>last checked</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitbucket has not been asked about this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes granted against the scopes the manifest asks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bot user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspacesActions</name>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update Access…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disconnect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the connected workspaces from Bitbucket again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask Bitbucket for the live status of the selected workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask Bitbucket for the live status of every workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the app again in the selected workspaces, with the scopes the manifest asks for, and give Bitbucket the new tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected workspaces&apos; connections from Bitbucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected workspaces&apos; details as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the workspaces the table shows as CSV or JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n workspace(s) connected to Bitbucket.</source>
        <translation>
            <numerusform>%n workspace connected to Bitbucket.</numerusform>
            <numerusform>%n workspaces connected to Bitbucket.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) was disconnected from Bitbucket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): access updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack still did not grant: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitbucket answered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n workspace(s) updated.</source>
        <translation>
            <numerusform>%n workspace updated.</numerusform>
            <numerusform>%n workspaces updated.</numerusform>
        </translation>
    </message>
    <message>
        <source>Disconnect %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect %1 (%2) from Bitbucket?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The details of %n workspace(s) are on the clipboard.</source>
        <translation>
            <numerusform>The details of %n workspace are on the clipboard.</numerusform>
            <numerusform>The details of %n workspaces are on the clipboard.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the Connected Workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file in a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n workspace(s) exported to %1.</source>
        <translation>
            <numerusform>%n workspace exported to %1.</numerusform>
            <numerusform>%n workspaces exported to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: %1 of %2 updated, the others not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 updated, %3 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitbucket removes the workspace&apos;s connection together with its repository-to-channel notification mappings and every user&apos;s personal Slack account link for it; connecting it again does not bring them back.

The app stays installed in Slack. To remove it there too, open the workspace&apos;s Manage apps page: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspacesCommand</name>
    <message>
        <source>  --bitbucket URL    Bitbucket&apos;s base URL with its context path
                     (default: the one saved by the setup wizard)
  --ca-bundle FILE   PEM file of extra certificate authorities to trust
  --manifest FILE    the Slack app&apos;s manifest (JSON or YAML), to compare the
                     scopes each workspace was granted with those it asks for
  --profile NAME     use the settings, keychain entries and ledger of profile NAME

Credentials come from WORKSPACE_CONNECTOR_BITBUCKET_USER and
WORKSPACE_CONNECTOR_BITBUCKET_PASSWORD, or else from the saved user name and the
system keychain; never from arguments.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: workspace-connector list [OPTIONS] [--json]

Lists the Slack workspaces connected to Bitbucket, with what this program&apos;s
ledger knows of them: who installed them and when, the scopes granted and the
last status seen.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: workspace-connector verify [TEAM_ID...] [OPTIONS] [--json]

Asks Bitbucket for the live status of each workspace (all when no team ID is
given): Connected, Limited, OAuth failure, Not connected or Unknown. Every
status is recorded in the ledger.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: workspace-connector export --format csv|json [--output FILE] [OPTIONS]

Writes the connected workspaces as the window&apos;s table shows them, as CSV (a
header row, one row per workspace) or JSON ({&quot;workspaces&quot;:[...]}).

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace-connector %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;workspace-connector %1 --help&apos; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Slack team ID (T followed by capital letters and digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be csv or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format csv or --format json is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot use the manifest &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds no manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitbucket answered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: the ledger cannot be read, so only what Bitbucket knows is shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>installed %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[no longer in Bitbucket]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs Update Access: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n workspace(s)</source>
        <translation>
            <numerusform>%n workspace</numerusform>
            <numerusform>%n workspaces</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file in a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n workspace(s) written to %1</source>
        <translation>
            <numerusform>%n workspace written to %1</numerusform>
            <numerusform>%n workspaces written to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not checked: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  --json             print {&quot;workspaces&quot;:[...]} as export --format json does

Exit status: 0 when the list was read, 1 when Bitbucket could not be
asked, 2 for a usage or configuration error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  --json             print {&quot;workspaces&quot;:[{&quot;teamId&quot;,&quot;name&quot;,&quot;status&quot;,&quot;detail&quot;,
                     &quot;checkedAt&quot;}],&quot;summary&quot;:{...}}

Exit status: 0 when every workspace is Connected, 1 when one is not or a
request failed, 2 for a usage or configuration error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  --format FORMAT    csv or json
  --output FILE      write to FILE instead of standard output

Exit status: 0 when the file was written, 1 when Bitbucket could not be
asked or the file not written, 2 for a usage or configuration error.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspacesEmptyState</name>
    <message>
        <source>Workspace Connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Slack workspaces are connected yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;up Workspace Connector…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup asks for the Slack app&apos;s credentials and a Bitbucket administrator account, checks that Bitbucket serves Slack over HTTPS, and installs the app into each Slack workspace you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the connected workspaces…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1 which Slack workspaces are connected to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect a &amp;Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no Slack workspace connected. Setup installs the app into a workspace and connects it to Bitbucket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Setup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connected workspaces could not be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspacesView</name>
    <message>
        <source>Filter by workspace, team ID, enterprise, bot user, installer or status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n workspace(s)</source>
        <translation>
            <numerusform>%n workspace</numerusform>
            <numerusform>%n workspaces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n workspace(s)</source>
        <translation>
            <numerusform>%1 of %n workspace</numerusform>
            <numerusform>%1 of %n workspaces</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>%1 is in none of these places: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
