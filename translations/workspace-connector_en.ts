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
        <source>Usage: workspace-connector check [--bitbucket URL] [--ca-bundle FILE] [--http-port PORT] [--profile NAME] [--json]

Checks that Bitbucket is ready for connecting Slack workspaces: HTTPS, its
certificate, redirects, the REST API, administrator credentials and the Slack
integration.

  --bitbucket URL    Bitbucket&apos;s base URL with its context path
                     (default: the one saved by the setup wizard)
  --ca-bundle FILE   PEM file of extra certificate authorities to trust
  --http-port PORT   port where plain http:// is expected (default 80)
  --profile NAME     use the settings and keychain entries of profile NAME
  --json             print {&quot;checks&quot;:[{&quot;id&quot;,&quot;status&quot;,&quot;summary&quot;,&quot;detail&quot;,&quot;fix&quot;}]}

Credentials come from the environment variables WORKSPACE_CONNECTOR_BITBUCKET_USER
and WORKSPACE_CONNECTOR_BITBUCKET_PASSWORD, or else from the saved user name and
the system keychain. They are never taken from arguments.

Exit status: 0 when no check fails, 1 when any check fails, 2 for a usage or
configuration error.
</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>--http-port needs a port number from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: no Bitbucket password: %1 Set %2 to give one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: %1</source>
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
        <source>Usage: workspace-connector [--profile NAME] [--sandbox STATE-FILE] [--setup]
       workspace-connector COMMAND [OPTIONS]

Without a command, opens the Workspace Connector window.
  --profile NAME        keep settings and keychain entries apart under NAME
  --sandbox STATE-FILE  point the window at a running workspace-connector-sandbox
                        (uses the profile &quot;sandbox&quot;)
  --setup               open the setup wizard right away

Commands (no window is opened):
  check    check that Bitbucket is ready for connecting Slack workspaces

Run &apos;workspace-connector COMMAND --help&apos; for a command&apos;s options.
  -h, --help       show this help
  -v, --version    show the version
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
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
        <source>Optional. Lets Workspace Connector read the app&apos;s manifest; this version stores it but does not use it yet.</source>
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
        <source>An app configuration token starts with xoxe.xoxp- (its refresh token with xoxe-).</source>
        <translation type="unfinished"></translation>
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
        <source>Slack reaches Bitbucket only over HTTPS, and connecting workspaces needs a Bitbucket administrator. These checks show whether your Bitbucket is ready, and how to fix what is not.</source>
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
            <numerusform>%n check failed. Fix what the failed checks say, then run them again.</numerusform>
            <numerusform>%n checks failed. Fix what the failed checks say, then run them again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No check failed, but %n warning(s) need a look.</source>
        <translation>
            <numerusform>No check failed, but %n warning need a look.</numerusform>
            <numerusform>No check failed, but %n warnings need a look.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every Bitbucket check passed.</source>
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
    <name>MainWindow</name>
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
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>memory (for tests)</source>
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
        <source>Setup takes the Slack app&apos;s credentials and a Bitbucket administrator account, and checks that Bitbucket is ready to serve Slack over HTTPS. Connecting further workspaces is not part of this version yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;up Workspace Connector…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Workspace Connector</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
