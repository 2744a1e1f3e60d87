<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AdminCheck</name>
    <message>
        <source>No administrator credentials are configured.</source>
        <translation>Es sind keine Administrator-Anmeldedaten konfiguriert.</translation>
    </message>
    <message>
        <source>Creating and replacing workspace connections needs a Bitbucket global administrator signed in with a user name and password.</source>
        <translation>Zum Anlegen und Ersetzen von Arbeitsbereichsverbindungen muss ein globaler Bitbucket-Administrator mit Benutzername und Passwort angemeldet sein.</translation>
    </message>
    <message>
        <source>Enter the user name and password of a Bitbucket global administrator on the Connect page (for the command line: WORKSPACE_CONNECTOR_BITBUCKET_USER and WORKSPACE_CONNECTOR_BITBUCKET_PASSWORD).</source>
        <translation>Geben Sie auf der Seite „Verbinden“ Benutzername und Passwort eines globalen Bitbucket-Administrators ein (für die Befehlszeile: WORKSPACE_CONNECTOR_BITBUCKET_USER und WORKSPACE_CONNECTOR_BITBUCKET_PASSWORD).</translation>
    </message>
    <message>
        <source>Only an administrator gets this far; that Bitbucket cannot reach Slack is reported by %1.</source>
        <translation>Nur ein Administrator kommt bis hierher; dass Bitbucket Slack nicht erreichen kann, meldet die Prüfung %1.</translation>
    </message>
    <message>
        <source>%1 is a Bitbucket global administrator.</source>
        <translation>%1 ist globaler Bitbucket-Administrator.</translation>
    </message>
    <message>
        <source>Skipped: the Slack integration&apos;s REST API is missing (see %1).</source>
        <translation>Übersprungen: Die REST-API der Slack-Integration fehlt (siehe %1).</translation>
    </message>
    <message>
        <source>Install or enable the Slack integration first, then run this check again.</source>
        <translation>Installieren oder aktivieren Sie zuerst die Slack-Integration und führen Sie diese Prüfung dann erneut aus.</translation>
    </message>
    <message>
        <source>Bitbucket rejected the user name or password of %1.</source>
        <translation>Bitbucket hat Benutzername oder Passwort von %1 abgelehnt.</translation>
    </message>
    <message>
        <source>Bitbucket asks for a CAPTCHA for %1 after failed sign-ins.</source>
        <translation>Bitbucket verlangt nach fehlgeschlagenen Anmeldungen ein CAPTCHA für %1.</translation>
    </message>
    <message>
        <source>%1 is signed in but is not a Bitbucket global administrator.</source>
        <translation>%1 ist angemeldet, aber kein globaler Bitbucket-Administrator.</translation>
    </message>
    <message>
        <source>Bitbucket treated the request as not signed in: the credentials were not accepted as a sign-in.</source>
        <translation>Bitbucket hat die Anfrage als nicht angemeldet behandelt: Die Anmeldedaten wurden nicht als Anmeldung akzeptiert.</translation>
    </message>
    <message>
        <source>Basic authentication is switched off on this Bitbucket.</source>
        <translation>In dieser Bitbucket-Instanz ist die Basic-Authentifizierung ausgeschaltet.</translation>
    </message>
    <message>
        <source>Check the user name and password on the Connect page; signing in to Bitbucket in a browser with them shows whether they are right.</source>
        <translation>Prüfen Sie Benutzername und Passwort auf der Seite „Verbinden“; eine Anmeldung damit bei Bitbucket im Browser zeigt, ob sie stimmen.</translation>
    </message>
    <message>
        <source>Sign in to Bitbucket once in a browser as %1 and solve the CAPTCHA, then run the check again.</source>
        <translation>Melden Sie sich einmal im Browser als %1 bei Bitbucket an und lösen Sie das CAPTCHA; führen Sie die Prüfung dann erneut aus.</translation>
    </message>
    <message>
        <source>Use an account with the Admin or System admin global permission, or grant %1 one of them in Administration &gt; Global permissions.</source>
        <translation>Verwenden Sie ein Konto mit der globalen Berechtigung „Admin“ oder „System Admin“, oder erteilen Sie %1 eine davon unter Administration &gt; Globale Berechtigungen.</translation>
    </message>
    <message>
        <source>Make the base URL the one Bitbucket itself uses (Administration &gt; Server settings), and make sure no SSO or reverse proxy removes the Authorization header from requests to /rest/.</source>
        <translation>Verwenden Sie als Basis-URL die, die Bitbucket selbst verwendet (Administration &gt; Servereinstellungen), und stellen Sie sicher, dass weder SSO noch ein Reverse-Proxy den Authorization-Header aus Anfragen an /rest/ entfernt.</translation>
    </message>
    <message>
        <source>Allow Basic authentication for REST requests (Administration &gt; Authentication methods, or the SSO app that switched it off), at least for %1: this program signs in with a user name and password.</source>
        <translation>Erlauben Sie die Basic-Authentifizierung für REST-Anfragen (unter Administration &gt; Authentifizierungsmethoden oder in der SSO-App, die sie ausgeschaltet hat), mindestens für %1: Dieses Programm meldet sich mit Benutzername und Passwort an.</translation>
    </message>
    <message>
        <source>Bitbucket refused the credentials of %1 (HTTP %2).</source>
        <translation>Bitbucket hat die Anmeldedaten von %1 abgelehnt (HTTP %2).</translation>
    </message>
    <message>
        <source>Unexpected answer from the Slack integration (HTTP %1).</source>
        <translation>Unerwartete Antwort der Slack-Integration (HTTP %1).</translation>
    </message>
    <message>
        <source>Check the user name and password, and that %1 is a global administrator.</source>
        <translation>Prüfen Sie Benutzername und Passwort und ob %1 globaler Administrator ist.</translation>
    </message>
    <message>
        <source>Look at Bitbucket&apos;s log (atlassian-bitbucket.log) and the proxy&apos;s log for this request.</source>
        <translation>Suchen Sie diese Anfrage im Bitbucket-Protokoll (atlassian-bitbucket.log) und im Protokoll des Proxys.</translation>
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
        <translation>Sorgen Sie dafür, dass Bitbucket https-Adressen erzeugt: Setzen Sie seine Basis-URL auf %1 (Administration &gt; Servereinstellungen &gt; Basis-URL). Wenn ein Reverse-Proxy oder Load Balancer vor Bitbucket TLS terminiert, tragen Sie ihn außerdem in $BITBUCKET_HOME/shared/bitbucket.properties ein:
server.secure=true
server.scheme=https
server.proxy-name=%2
server.proxy-port=%3
und starten Sie Bitbucket dann neu.</translation>
    </message>
</context>
<context>
    <name>BitbucketLogin</name>
    <message>
        <source>no Bitbucket base URL: pass --bitbucket URL, or save one in the setup wizard first</source>
        <translation>keine Bitbucket-Basis-URL: geben Sie --bitbucket URL an oder speichern Sie zuerst eine im Einrichtungsassistenten</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a URL; give Bitbucket&apos;s base URL, for example https://bitbucket.example.com/bitbucket</source>
        <translation>&apos;%1&apos; ist keine URL; geben Sie die Basis-URL von Bitbucket an, zum Beispiel https://bitbucket.example.com/bitbucket</translation>
    </message>
    <message>
        <source>cannot read the CA bundle &apos;%1&apos;</source>
        <translation>das CA-Bundle &apos;%1&apos; kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the CA bundle &apos;%1&apos; holds no PEM certificate</source>
        <translation>das CA-Bundle &apos;%1&apos; enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>note: no Bitbucket password: %1 Set %2 to give one.</source>
        <translation>Hinweis: kein Bitbucket-Passwort: %1 Setzen Sie %2, um eines anzugeben.</translation>
    </message>
</context>
<context>
    <name>BrowserAddress</name>
    <message>
        <source>The browser ended on %1 with error=%2.</source>
        <translation>Der Browser landete auf %1 mit error=%2.</translation>
    </message>
    <message>
        <source>The browser ended on %1 with an authorization code and a state value (neither is shown here).</source>
        <translation>Der Browser landete auf %1 mit einem Autorisierungscode und einem state-Wert (beide werden hier nicht angezeigt).</translation>
    </message>
    <message>
        <source>This is Bitbucket&apos;s install address, which exchanges the code itself. If the page showed an error, paste that error here.</source>
        <translation>Das ist die Installationsadresse von Bitbucket, die den Code selbst einlöst. Wenn die Seite einen Fehler angezeigt hat, fügen Sie diesen Fehler hier ein.</translation>
    </message>
    <message>
        <source>(unreadable)</source>
        <translation>(nicht lesbar)</translation>
    </message>
    <message>
        <source>The browser ended on %1 naming the newly connected workspace %2.</source>
        <translation>Der Browser landete auf %1, wo der neu verbundene Arbeitsbereich %2 genannt wird.</translation>
    </message>
    <message>
        <source>The browser ended on %1, under the base URL %2.</source>
        <translation>Der Browser landete auf %1, unter der Basis-URL %2.</translation>
    </message>
    <message>
        <source>Bitbucket&apos;s base URL is %1, yet this address uses http://: it was written into the Slack app&apos;s settings with http://, or a reverse proxy that is not declared to Bitbucket turned it into http://.</source>
        <translation>Die Basis-URL von Bitbucket ist %1, diese Adresse verwendet aber http://: Sie wurde mit http:// in die Einstellungen der Slack-App eingetragen, oder ein Reverse-Proxy, der in Bitbucket nicht eingetragen ist, hat sie in http:// umgewandelt.</translation>
    </message>
    <message>
        <source>The browser ended on %1.</source>
        <translation>Der Browser landete auf %1.</translation>
    </message>
    <message>
        <source>Change the address to https:// where it is configured: for the Slack app&apos;s URLs, &quot;Make all URLs HTTPS&quot; on the HTTPS page does it. If Bitbucket itself redirected to http://, declare the proxy to it:
%1</source>
        <translation>Ändern Sie die Adresse dort auf https://, wo sie konfiguriert ist: Für die URLs der Slack-App erledigt das „Alle URLs auf HTTPS umstellen“ auf der Seite „HTTPS“. Hat Bitbucket selbst auf http:// weitergeleitet, tragen Sie den Proxy in Bitbucket ein:
%1</translation>
    </message>
</context>
<context>
    <name>CaBundle</name>
    <message>
        <source>The CA bundle %1 cannot be read: %2.</source>
        <translation>Das CA-Bundle %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The CA bundle %1 holds no PEM certificate.</source>
        <translation>Das CA-Bundle %1 enthält kein PEM-Zertifikat.</translation>
    </message>
</context>
<context>
    <name>CertificateFactory</name>
    <message>
        <source>OpenSSL gave no reason</source>
        <translation>OpenSSL hat keinen Grund angegeben</translation>
    </message>
    <message>
        <source>The certificate needs a common name.</source>
        <translation>Das Zertifikat braucht einen Common Name (CN).</translation>
    </message>
    <message>
        <source>The validity period must end after it starts.</source>
        <translation>Der Gültigkeitszeitraum muss nach seinem Beginn enden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid DNS name.</source>
        <translation>„%1“ ist kein gültiger DNS-Name.</translation>
    </message>
    <message>
        <source>An IP address for the certificate is empty.</source>
        <translation>Eine IP-Adresse für das Zertifikat ist leer.</translation>
    </message>
    <message>
        <source>Could not add the basic constraints</source>
        <translation>Die Basiseinschränkungen (Basic Constraints) konnten nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>Could not add the key usage</source>
        <translation>Die Schlüsselverwendung (Key Usage) konnte nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>Could not add the extended key usage</source>
        <translation>Die erweiterte Schlüsselverwendung (Extended Key Usage) konnte nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>Could not add the subject key identifier</source>
        <translation>Der Schlüsselbezeichner des Inhabers (Subject Key Identifier) konnte nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>Could not add the authority key identifier</source>
        <translation>Der Schlüsselbezeichner der Zertifizierungsstelle (Authority Key Identifier) konnte nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>Could not add the subject alternative names</source>
        <translation>Die alternativen Inhabernamen (Subject Alternative Names) konnten nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>Could not generate an EC P-256 key</source>
        <translation>Es konnte kein EC-P-256-Schlüssel erzeugt werden</translation>
    </message>
    <message>
        <source>Could not allocate a certificate</source>
        <translation>Das Zertifikat konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>Could not set the version and serial number</source>
        <translation>Version und Seriennummer konnten nicht gesetzt werden</translation>
    </message>
    <message>
        <source>Could not set the validity period</source>
        <translation>Der Gültigkeitszeitraum konnte nicht gesetzt werden</translation>
    </message>
    <message>
        <source>Could not set the subject</source>
        <translation>Der Inhaber konnte nicht gesetzt werden</translation>
    </message>
    <message>
        <source>Could not set the issuer</source>
        <translation>Der Aussteller konnte nicht gesetzt werden</translation>
    </message>
    <message>
        <source>Could not set the public key</source>
        <translation>Der öffentliche Schlüssel konnte nicht gesetzt werden</translation>
    </message>
    <message>
        <source>Could not sign the certificate</source>
        <translation>Das Zertifikat konnte nicht signiert werden</translation>
    </message>
    <message>
        <source>Qt could not read the generated certificate or key.</source>
        <translation>Qt konnte das erzeugte Zertifikat oder den Schlüssel nicht lesen.</translation>
    </message>
    <message>
        <source>The issuing certificate or its private key is missing or unreadable.</source>
        <translation>Das ausstellende Zertifikat oder sein privater Schlüssel fehlt oder ist nicht lesbar.</translation>
    </message>
    <message>
        <source>The issuer&apos;s private key does not belong to its certificate.</source>
        <translation>Der private Schlüssel des Ausstellers gehört nicht zu dessen Zertifikat.</translation>
    </message>
</context>
<context>
    <name>CertificateReport</name>
    <message>
        <source>the certificate</source>
        <translation>das Zertifikat</translation>
    </message>
    <message>
        <source>not valid yet</source>
        <translation>noch nicht gültig</translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag abgelaufen</numerusform>
            <numerusform>vor %n Tagen abgelaufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>noch %n Tag</numerusform>
            <numerusform>noch %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Inhaber: %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Aussteller: %1</translation>
    </message>
    <message>
        <source>Names: %1</source>
        <translation>Namen: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Valid from: %1</source>
        <translation>Gültig ab: %1</translation>
    </message>
    <message>
        <source>Expires: %1 (%2)</source>
        <translation>Läuft ab: %1 (%2)</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>SHA-256-Fingerabdruck: %1</translation>
    </message>
    <message>
        <source>Server certificate:</source>
        <translation>Serverzertifikat:</translation>
    </message>
    <message>
        <source>Issuer certificate %1:</source>
        <translation>Ausstellerzertifikat %1:</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>Waiting for: %1</source>
        <translation>Gewartet auf: %1</translation>
    </message>
    <message>
        <source>Request: %1</source>
        <translation>Anfrage: %1</translation>
    </message>
    <message>
        <source>Skipped: the TLS connection failed (see %1).</source>
        <translation>Übersprungen: Die TLS-Verbindung ist fehlgeschlagen (siehe %1).</translation>
    </message>
    <message>
        <source>Fix what the %1 check reports first.</source>
        <translation>Beheben Sie zuerst, was die Prüfung %1 meldet.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation>%1 antwortete mit HTTP %2.</translation>
    </message>
    <message>
        <source>Location: %1</source>
        <translation>Location: %1</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>Meldung: %1</translation>
    </message>
</context>
<context>
    <name>CheckCatalog</name>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>HTTP to HTTPS redirect</source>
        <translation>Weiterleitung von HTTP auf HTTPS</translation>
    </message>
    <message>
        <source>Proxy keeps HTTPS</source>
        <translation>Proxy behält HTTPS bei</translation>
    </message>
    <message>
        <source>REST API</source>
        <translation>REST-API</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Slack integration</source>
        <translation>Slack-Integration</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>workspace-connector check: %1</source>
        <translation>workspace-connector check: %1</translation>
    </message>
    <message>
        <source>Run &apos;workspace-connector check --help&apos; for usage.</source>
        <translation>&apos;workspace-connector check --help&apos; zeigt, wie der Befehl aufgerufen wird.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--http-port needs a port number from 1 to 65535</source>
        <translation>--http-port braucht eine Portnummer von 1 bis 65535</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Abhilfe: %1</translation>
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
        <translation>Aufruf: workspace-connector check [--bitbucket URL] [--ca-bundle FILE] [--http-port PORT]
                                  [--manifest FILE] [--profile NAME] [--json]

Prüft, ob Bitbucket bereit ist, Slack-Arbeitsbereiche anzubinden: HTTPS, sein
Zertifikat, Weiterleitungen, die REST-API, Administrator-Anmeldedaten und die
Slack-Integration. Danach wird das Manifest der Slack-App geprüft: überall
https, Request URLs, die auf dieses Bitbucket zeigen, Redirect URLs,
Token-Rotation und Scopes.

  --bitbucket URL    Basis-URL von Bitbucket mit Kontextpfad
                     (Standard: die vom Einrichtungsassistenten gespeicherte)
  --ca-bundle FILE   PEM-Datei mit zusätzlichen Zertifizierungsstellen, denen
                     vertraut werden soll (für Bitbucket und für die Adresse
                     der Slack-API)
  --http-port PORT   Port, auf dem einfaches http:// erwartet wird
                     (Standard: 80)
  --manifest FILE    das Manifest der Slack-App, als JSON oder YAML, wie es
                     der Manifest-Editor von Slack exportiert
  --profile NAME     Einstellungen und Schlüsselbund-Einträge des Profils NAME
                     verwenden
  --json             als JSON ausgeben:
                     {&quot;checks&quot;:[{&quot;id&quot;,&quot;status&quot;,&quot;summary&quot;,&quot;detail&quot;,&quot;fix&quot;}]}

Die Anmeldedaten stammen aus den Umgebungsvariablen
WORKSPACE_CONNECTOR_BITBUCKET_USER und WORKSPACE_CONNECTOR_BITBUCKET_PASSWORD,
sonst aus dem gespeicherten Benutzernamen und dem Schlüsselbund des Systems. Aus
Argumenten werden sie nie übernommen.

Ohne --manifest wird das Manifest über die App Manifest API von Slack gelesen,
wenn eine App ID gespeichert ist und ein App-Konfigurationstoken in
WORKSPACE_CONNECTOR_SLACK_CONFIG_TOKEN oder im Schlüsselbund liegt;
WORKSPACE_CONNECTOR_SLACK_API_BASE ersetzt die API-Adresse von Slack (für einen
lokalen Ersatz). Fehlt beides, laufen die Slack-Prüfungen nicht.

Exit-Status: 0, wenn keine Prüfung fehlschlägt, 1, wenn eine fehlschlägt, 2 bei
einem Aufruf- oder Konfigurationsfehler (ein nicht lesbares CA-Bundle oder
Manifest).
</translation>
    </message>
    <message>
        <source>the file holds no manifest</source>
        <translation>die Datei enthält kein Manifest</translation>
    </message>
    <message>
        <source>cannot use the manifest &apos;%1&apos;: %2</source>
        <translation>das Manifest &apos;%1&apos; kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a URL: &apos;%2&apos;</source>
        <translation>%1 ist keine URL: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>The manifest could not be read from Slack: %1</source>
        <translation>Das Manifest konnte nicht von Slack gelesen werden: %1</translation>
    </message>
    <message>
        <source>note: the Slack checks were skipped: %1</source>
        <translation>Hinweis: Die Slack-Prüfungen wurden übersprungen: %1</translation>
    </message>
    <message>
        <source>note: no Slack checks: give --manifest FILE, or save the App ID in the setup wizard and an app configuration token in the keychain or in %1.</source>
        <translation>Hinweis: keine Slack-Prüfungen: Geben Sie --manifest FILE an, oder speichern Sie die App ID im Einrichtungsassistenten und ein App-Konfigurationstoken im Schlüsselbund oder in %1.</translation>
    </message>
</context>
<context>
    <name>CheckResult</name>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
</context>
<context>
    <name>CheckRow</name>
    <message>
        <source>Run Again</source>
        <translation>Erneut ausführen</translation>
    </message>
    <message>
        <source>Details of %1</source>
        <translation>Details zu %1</translation>
    </message>
    <message>
        <source>Show or hide the detail and the fix</source>
        <translation>Details und Abhilfe ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Run the %1 check again</source>
        <translation>Prüfung „%1“ erneut ausführen</translation>
    </message>
    <message>
        <source>How to fix it</source>
        <translation>Abhilfe</translation>
    </message>
    <message>
        <source>Troubleshoot the %1 check</source>
        <translation>Fehlerbehebung für die Prüfung „%1“</translation>
    </message>
</context>
<context>
    <name>CheckRunner</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The check was stopped before it finished.</source>
        <translation>Die Prüfung wurde angehalten, bevor sie abgeschlossen war.</translation>
    </message>
    <message>
        <source>Run the check again.</source>
        <translation>Führen Sie die Prüfung erneut aus.</translation>
    </message>
    <message>
        <source>Skipped: the base URL must be fixed first.</source>
        <translation>Übersprungen: Zuerst muss die Basis-URL korrigiert werden.</translation>
    </message>
    <message>
        <source>See the %1 check.</source>
        <translation>Siehe Prüfung %1.</translation>
    </message>
    <message>
        <source>Correct the base URL as %1 says, then run the checks again.</source>
        <translation>Korrigieren Sie die Basis-URL, wie es die Prüfung %1 beschreibt, und führen Sie die Prüfungen dann erneut aus.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Unbekannter Befehl &apos;%1&apos;.</translation>
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
        <translation>Aufruf: workspace-connector [--profile NAME] [--sandbox STATE-FILE] [--setup]
        workspace-connector COMMAND [OPTIONS]

Ohne Befehl wird das Fenster von Workspace Connector geöffnet.
  --profile NAME        Einstellungen und Schlüsselbund-Einträge getrennt unter
                        NAME führen
  --sandbox STATE-FILE  das Fenster mit einer laufenden
                        workspace-connector-sandbox verbinden (verwendet das
                        Profil &quot;sandbox&quot;)
  --setup               sofort den Einrichtungsassistenten öffnen

Befehle (es wird kein Fenster geöffnet):
  check     prüfen, ob Bitbucket und die Slack-App bereit sind,
            Slack-Arbeitsbereiche anzubinden
  diagnose  eine Fehlermeldung, einen Slack-Fehlercode oder die Adresse, auf
            der der Browser gelandet ist, erklären und sagen, was zu tun ist
  list      die mit Bitbucket verbundenen Slack-Arbeitsbereiche auflisten
  verify    bei Bitbucket den aktuellen Status der verbundenen
            Arbeitsbereiche abfragen
  export    die verbundenen Arbeitsbereiche als CSV oder JSON schreiben

&apos;workspace-connector COMMAND --help&apos; zeigt die Optionen eines Befehls.
  -h, --help       diese Hilfe anzeigen
  -v, --version    die Version anzeigen
</translation>
    </message>
</context>
<context>
    <name>ConfigTokenSession</name>
    <message>
        <source>Generate a new configuration token at api.slack.com/apps (Your App Configuration Tokens, Generate Token, in the app&apos;s workspace) and enter it, with its refresh token, on the Connect page.</source>
        <translation>Erzeugen Sie unter api.slack.com/apps ein neues Konfigurationstoken (Your App Configuration Tokens, Generate Token, im Arbeitsbereich der App) und geben Sie es zusammen mit seinem Refresh-Token auf der Seite „Verbinden“ ein.</translation>
    </message>
    <message>
        <source>No app configuration token is saved. %1 Or load a manifest file exported from Slack&apos;s manifest editor instead.</source>
        <translation>Es ist kein App-Konfigurationstoken gespeichert. %1 Oder laden Sie stattdessen eine Manifest-Datei, die Sie aus dem Manifest-Editor von Slack exportiert haben.</translation>
    </message>
    <message>
        <source>The system keychain is not available, so the app configuration token can be neither read nor renewed. Unlock the keychain (or start its service) and try again.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar, daher kann das App-Konfigurationstoken weder gelesen noch erneuert werden. Entsperren Sie den Schlüsselbund (oder starten Sie seinen Dienst) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Slack refused the refresh token of the app configuration token (invalid_refresh_token): it was used already, perhaps by another copy of this program or by a script. %1</source>
        <translation>Slack hat das Refresh-Token des App-Konfigurationstokens abgelehnt (invalid_refresh_token): Es wurde bereits verwendet, vielleicht von einer anderen Instanz dieses Programms oder von einem Skript. %1</translation>
    </message>
    <message>
        <source>Renewing the app configuration token was interrupted after its single-use refresh token had been sent to Slack. Slack may have used it up, so it is never sent again. %1</source>
        <translation>Das Erneuern des App-Konfigurationstokens wurde unterbrochen, nachdem sein nur einmal verwendbares Refresh-Token an Slack gesendet worden war. Slack hat es möglicherweise verbraucht, daher wird es nie wieder gesendet. %1</translation>
    </message>
    <message>
        <source>The app configuration token has expired (token_expired) and there is no refresh token to renew it. %1</source>
        <translation>Das App-Konfigurationstoken ist abgelaufen (token_expired), und es gibt kein Refresh-Token, um es zu erneuern. %1</translation>
    </message>
    <message>
        <source>The app configuration token was revoked (token_revoked). %1</source>
        <translation>Das App-Konfigurationstoken wurde widerrufen (token_revoked). %1</translation>
    </message>
    <message>
        <source>Slack could not be reached to renew the app configuration token. Nothing was sent, so the saved token is unchanged; try again when Slack can be reached.</source>
        <translation>Slack war nicht erreichbar, um das App-Konfigurationstoken zu erneuern. Es wurde nichts gesendet, das gespeicherte Token ist also unverändert; versuchen Sie es erneut, wenn Slack erreichbar ist.</translation>
    </message>
    <message>
        <source>The app configuration token could not be used. %1</source>
        <translation>Das App-Konfigurationstoken konnte nicht verwendet werden. %1</translation>
    </message>
    <message>
        <source>The app configuration token could not be saved in the keychain (%1). %2</source>
        <translation>Das App-Konfigurationstoken konnte nicht im Schlüsselbund gespeichert werden (%1). %2</translation>
    </message>
    <message>
        <source>The app configuration token could not be read from the keychain (%1).</source>
        <translation>Das App-Konfigurationstoken konnte nicht aus dem Schlüsselbund gelesen werden (%1).</translation>
    </message>
    <message>
        <source>The token is kept for this session only and is not renewed, because renewing it with nowhere to save the new one would lose it.</source>
        <translation>Das Token gilt nur für diese Sitzung und wird nicht erneuert, denn ohne Speicherort für das neue Token ginge es beim Erneuern verloren.</translation>
    </message>
    <message>
        <source>It stays usable until %1; after that, enter a new one on the Connect page.</source>
        <translation>Es bleibt bis %1 verwendbar; geben Sie danach auf der Seite „Verbinden“ ein neues ein.</translation>
    </message>
    <message>
        <source>The system keychain is not available.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>The keychain cannot save the app configuration token (%1).</source>
        <translation>Der Schlüsselbund kann das App-Konfigurationstoken nicht speichern (%1).</translation>
    </message>
    <message>
        <source>The app configuration token has expired and is not renewed, because the keychain cannot save the new one (%1): renewing it would lose it. Unlock the keychain and try again, or enter a new token on the Connect page.</source>
        <translation>Das App-Konfigurationstoken ist abgelaufen und wird nicht erneuert, weil der Schlüsselbund das neue nicht speichern kann (%1): Beim Erneuern ginge es verloren. Entsperren Sie den Schlüsselbund und versuchen Sie es erneut, oder geben Sie auf der Seite „Verbinden“ ein neues Token ein.</translation>
    </message>
    <message>
        <source>Slack&apos;s answer held no new token pair.</source>
        <translation>Die Antwort von Slack enthielt kein neues Token-Paar.</translation>
    </message>
    <message numerus="yes">
        <source>Slack is limiting how often the token can be renewed; try again in %n second(s).</source>
        <translation>
            <numerusform>Slack begrenzt, wie oft das Token erneuert werden kann; versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Slack begrenzt, wie oft das Token erneuert werden kann; versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Slack did not renew the app configuration token (%1).</source>
        <translation>Slack hat das App-Konfigurationstoken nicht erneuert (%1).</translation>
    </message>
    <message>
        <source>Slack answered %1.</source>
        <translation>Slack antwortete mit %1.</translation>
    </message>
    <message>
        <source>Slack renewed the app configuration token, but the keychain could not save the new one (%1). It is kept in memory and saved as soon as the keychain allows; if the program is closed first, it is lost. %2</source>
        <translation>Slack hat das App-Konfigurationstoken erneuert, aber der Schlüsselbund konnte das neue nicht speichern (%1). Es wird im Arbeitsspeicher gehalten und gespeichert, sobald der Schlüsselbund es zulässt; wird das Programm vorher geschlossen, geht es verloren. %2</translation>
    </message>
</context>
<context>
    <name>ConnectPage</name>
    <message>
        <source>Connect the Slack app and Bitbucket</source>
        <translation>Slack-App und Bitbucket verbinden</translation>
    </message>
    <message>
        <source>Enter the Slack app&apos;s credentials and a Bitbucket administrator account. Each field is checked as you type.</source>
        <translation>Geben Sie die Zugangsdaten der Slack-App und ein Bitbucket-Administratorkonto ein. Jedes Feld wird schon während der Eingabe geprüft.</translation>
    </message>
    <message>
        <source>Slack app</source>
        <translation>Slack-App</translation>
    </message>
    <message>
        <source>From the app&apos;s Basic Information page at api.slack.com/apps, under App Credentials.</source>
        <translation>Zu finden auf der Seite „Basic Information“ der App unter api.slack.com/apps, im Abschnitt „App Credentials“.</translation>
    </message>
    <message>
        <source>App &amp;ID:</source>
        <translation>App &amp;ID:</translation>
    </message>
    <message>
        <source>App ID</source>
        <translation>App ID</translation>
    </message>
    <message>
        <source>C&amp;lient ID:</source>
        <translation>C&amp;lient ID:</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <source>Client &amp;Secret:</source>
        <translation>Client &amp;Secret:</translation>
    </message>
    <message>
        <source>Client Secret</source>
        <translation>Client Secret</translation>
    </message>
    <message>
        <source>Si&amp;gning Secret:</source>
        <translation>Si&amp;gning Secret:</translation>
    </message>
    <message>
        <source>Signing Secret</source>
        <translation>Signing Secret</translation>
    </message>
    <message>
        <source>&amp;Verification Token:</source>
        <translation>&amp;Verification Token:</translation>
    </message>
    <message>
        <source>Verification Token</source>
        <translation>Verification Token</translation>
    </message>
    <message>
        <source>App configuration &amp;token:</source>
        <translation>App-Konfigurations&amp;token:</translation>
    </message>
    <message>
        <source>App configuration token</source>
        <translation>App-Konfigurationstoken</translation>
    </message>
    <message>
        <source>Bitbucket</source>
        <translation>Bitbucket</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>Basis-&amp;URL:</translation>
    </message>
    <message>
        <source>Bitbucket base URL</source>
        <translation>Bitbucket-Basis-URL</translation>
    </message>
    <message>
        <source>https://bitbucket.example.com/bitbucket</source>
        <translation>https://bitbucket.example.com/bitbucket</translation>
    </message>
    <message>
        <source>Ad&amp;ministrator user name:</source>
        <translation>Ad&amp;ministrator-Benutzername:</translation>
    </message>
    <message>
        <source>Administrator user name</source>
        <translation>Administrator-Benutzername</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Administrator password</source>
        <translation>Administrator-Passwort</translation>
    </message>
    <message>
        <source>E&amp;xtra certificate authorities (PEM, optional):</source>
        <translation>Zusätzli&amp;che Zertifizierungsstellen (PEM, optional):</translation>
    </message>
    <message>
        <source>Extra certificate authorities</source>
        <translation>Zusätzliche Zertifizierungsstellen</translation>
    </message>
    <message>
        <source>Only needed when Bitbucket&apos;s certificate comes from your organisation&apos;s own certificate authority.</source>
        <translation>Nur nötig, wenn das Zertifikat von Bitbucket von der eigenen Zertifizierungsstelle Ihrer Organisation stammt.</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Browse for a certificate authority file</source>
        <translation>Nach einer Datei mit Zertifizierungsstellen suchen</translation>
    </message>
    <message>
        <source>Choose the Certificate Authority File</source>
        <translation>Datei mit Zertifizierungsstellen auswählen</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Looking for saved secrets in %1…</source>
        <translation>Suche nach gespeicherten Geheimnissen in %1…</translation>
    </message>
    <message>
        <source>Secrets are saved in %1 when you click Next.</source>
        <translation>Die Geheimnisse werden in %1 gespeichert, sobald Sie auf „Weiter“ klicken.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>These secrets could not be read from %1: %2. Enter them again.</source>
        <translation>Diese Geheimnisse konnten nicht aus %1 gelesen werden: %2. Bitte geben Sie sie erneut ein.</translation>
    </message>
    <message>
        <source>%1 Secrets you enter are kept for this session only and will not be saved.</source>
        <translation>%1 Geheimnisse, die Sie eingeben, gelten nur für diese Sitzung und werden nicht gespeichert.</translation>
    </message>
    <message>
        <source>Saving to %1…</source>
        <translation>Wird in %1 gespeichert…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Saving failed. %1 Everything you typed is still here: click Next to try again, or go on with the secrets kept for this session only.</source>
        <translation>Speichern fehlgeschlagen. %1 Alle Eingaben sind noch vorhanden: Klicken Sie auf „Weiter“, um es erneut zu versuchen, oder fahren Sie mit den Geheimnissen fort, die nur für diese Sitzung behalten werden.</translation>
    </message>
    <message>
        <source>Go On &amp;Without Saving</source>
        <translation>&amp;Ohne Speichern fortfahren</translation>
    </message>
    <message>
        <source>xoxe.xoxp-…</source>
        <translation>xoxe.xoxp-…</translation>
    </message>
    <message>
        <source>R&amp;efresh token:</source>
        <translation>R&amp;efresh-Token:</translation>
    </message>
    <message>
        <source>App configuration refresh token</source>
        <translation>Refresh-Token des App-Konfigurationstokens</translation>
    </message>
    <message>
        <source>xoxe-…</source>
        <translation>xoxe-…</translation>
    </message>
    <message>
        <source>Optional, both. Generate them at api.slack.com/apps under Your App Configuration Tokens. With them Workspace Connector reads and fixes the app&apos;s manifest itself and renews the token before it expires; without them you load the manifest from a file.</source>
        <translation>Beide optional. Erzeugen Sie sie unter api.slack.com/apps bei „Your App Configuration Tokens“. Damit liest und korrigiert Workspace Connector das Manifest der App selbst und erneuert das Token, bevor es abläuft; ohne sie laden Sie das Manifest aus einer Datei.</translation>
    </message>
</context>
<context>
    <name>ConnectedWorkspaces</name>
    <message>
        <source>No Bitbucket is set up yet.</source>
        <translation>Es ist noch kein Bitbucket eingerichtet.</translation>
    </message>
    <message>
        <source>Open Setup &gt; Set Up Workspace Connector and enter Bitbucket&apos;s address and administrator.</source>
        <translation>Öffnen Sie Einrichtung &gt; Workspace Connector einrichten und geben Sie die Adresse von Bitbucket und einen Administrator ein.</translation>
    </message>
    <message>
        <source>Bitbucket answered: %1</source>
        <translation>Antwort von Bitbucket: %1</translation>
    </message>
    <message>
        <source>The disconnection of %1 was not written to the local ledger: %2</source>
        <translation>Das Trennen von %1 wurde nicht in das lokale Journal eingetragen: %2</translation>
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
        <translation>Aufruf: workspace-connector diagnose TEXT... [--manifest FILE] [--bitbucket URL]
                                     [--profile NAME] [--json]
        workspace-connector diagnose - [OPTIONS] &lt; FILE

Erklärt einen Fehler und sagt, was zu tun ist: eine Fehlermeldung, einen
Slack-Fehlercode (access_denied, invalid_code, invalid_manifest, ...), eine
Fehlerantwort von Bitbucket oder die Adresse, auf der der Browser gelandet
ist. Mehrere Wörter werden mit Leerzeichen verbunden; &apos;-&apos; liest den Text von
der Standardeingabe, so erscheint eine eingefügte Adresse samt Code nicht in
der Prozessliste. Setzen Sie &apos;--&apos; vor Text, der mit &apos;-&apos; beginnt.

  --manifest FILE   das Manifest der Slack-App (JSON oder YAML, wie es der
                    Manifest-Editor von Slack exportiert): vergleicht einen
                    abgelehnten Redirect-URI mit den Redirect URLs des
                    Manifests und nennt die ähnlichste
  --bitbucket URL   Basis-URL von Bitbucket (Standard: die vom
                    Einrichtungsassistenten gespeicherte)
  --profile NAME    die Einstellungen des Profils NAME verwenden
  --json            als JSON ausgeben:
                    {&quot;code&quot;,&quot;title&quot;,&quot;cause&quot;,&quot;closest&quot;,&quot;detail&quot;,&quot;fix&quot;}

Codes, state-Werte und Tokens aus dem Text werden nie ausgegeben.

Exit-Status: 0, wenn der Text erkannt wurde, 1, wenn nicht, 2 bei einem
Aufruffehler (kein Text, ein nicht lesbares Manifest).
</translation>
    </message>
    <message>
        <source>workspace-connector diagnose: %1</source>
        <translation>workspace-connector diagnose: %1</translation>
    </message>
    <message>
        <source>Run &apos;workspace-connector diagnose --help&apos; for usage.</source>
        <translation>&apos;workspace-connector diagnose --help&apos; zeigt, wie der Befehl aufgerufen wird.</translation>
    </message>
    <message>
        <source>cannot read the text from standard input</source>
        <translation>der Text kann nicht von der Standardeingabe gelesen werden</translation>
    </message>
    <message>
        <source>no text to diagnose: give an error message, a Slack error code or an address, or &apos;-&apos; to read it from standard input</source>
        <translation>kein Text zum Diagnostizieren: Geben Sie eine Fehlermeldung, einen Slack-Fehlercode oder eine Adresse an, oder &apos;-&apos;, um den Text von der Standardeingabe zu lesen</translation>
    </message>
    <message>
        <source>the file holds no manifest</source>
        <translation>die Datei enthält kein Manifest</translation>
    </message>
    <message>
        <source>cannot use the manifest &apos;%1&apos;: %2</source>
        <translation>das Manifest &apos;%1&apos; kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a URL; give Bitbucket&apos;s base URL, for example https://bitbucket.example.com/bitbucket</source>
        <translation>&apos;%1&apos; ist keine URL; geben Sie die Basis-URL von Bitbucket an, zum Beispiel https://bitbucket.example.com/bitbucket</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <source>Cause:</source>
        <translation>Ursache:</translation>
    </message>
    <message>
        <source>Closest Redirect URL:</source>
        <translation>Ähnlichste Redirect URL:</translation>
    </message>
    <message>
        <source>Detail:</source>
        <translation>Details:</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Abhilfe:</translation>
    </message>
</context>
<context>
    <name>DistributionChecklist</name>
    <message>
        <source>Enable Features &amp; Functionality</source>
        <translation>Enable Features &amp; Functionality</translation>
    </message>
    <message>
        <source>Add OAuth Redirect URLs</source>
        <translation>Add OAuth Redirect URLs</translation>
    </message>
    <message>
        <source>Remove Hard Coded Information</source>
        <translation>Remove Hard Coded Information</translation>
    </message>
    <message>
        <source>Use HTTPS For Your Features</source>
        <translation>Use HTTPS For Your Features</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>distribution checklist item</comment>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Not done</source>
        <comment>distribution checklist item</comment>
        <translation>Nicht erledigt</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>distribution checklist item</comment>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Needs your confirmation</source>
        <comment>distribution checklist item</comment>
        <translation>Wartet auf Ihre Bestätigung</translation>
    </message>
    <message>
        <source>No manifest was read. Slack&apos;s page shows whether a feature is on.</source>
        <translation>Es wurde kein Manifest gelesen. Die Seite von Slack zeigt, ob eine Funktion eingeschaltet ist.</translation>
    </message>
    <message>
        <source>a bot user</source>
        <translation>ein Bot-Benutzer</translation>
    </message>
    <message numerus="yes">
        <source>%n slash command(s)</source>
        <translation>
            <numerusform>%n Slash-Befehl</numerusform>
            <numerusform>%n Slash-Befehle</numerusform>
        </translation>
    </message>
    <message>
        <source>event subscriptions</source>
        <translation>Ereignis-Abonnements</translation>
    </message>
    <message>
        <source>interactivity</source>
        <translation>Interaktivität</translation>
    </message>
    <message>
        <source>shortcuts</source>
        <translation>Shortcuts</translation>
    </message>
    <message>
        <source>The manifest turns on no feature. Bitbucket&apos;s integration needs at least the bot user, events and interactivity.</source>
        <translation>Das Manifest schaltet keine Funktion ein. Die Integration von Bitbucket braucht mindestens den Bot-Benutzer, Ereignisse und Interaktivität.</translation>
    </message>
    <message>
        <source>Turned on: %1.</source>
        <translation>Eingeschaltet: %1.</translation>
    </message>
    <message>
        <source>No manifest was read. Slack&apos;s page shows the Redirect URLs.</source>
        <translation>Es wurde kein Manifest gelesen. Die Seite von Slack zeigt die Redirect URLs.</translation>
    </message>
    <message>
        <source>The manifest has no Redirect URL. The HTTPS page adds the ones Bitbucket and this program need.</source>
        <translation>Das Manifest enthält keine Redirect URL. Die Seite „HTTPS“ fügt die hinzu, die Bitbucket und dieses Programm brauchen.</translation>
    </message>
    <message numerus="yes">
        <source>%n Redirect URL(s) configured.</source>
        <translation>
            <numerusform>%n Redirect URL konfiguriert.</numerusform>
            <numerusform>%n Redirect URLs konfiguriert.</numerusform>
        </translation>
    </message>
    <message>
        <source>You confirmed that you reviewed and removed any hard-coded information.</source>
        <translation>Sie haben bestätigt, dass Sie alle fest codierten Angaben geprüft und entfernt haben.</translation>
    </message>
    <message>
        <source>Only you can tell: tick &quot;I&apos;ve reviewed and removed any hard-coded information&quot; on Slack&apos;s page, then confirm it below.</source>
        <translation>Das können nur Sie beurteilen: Kreuzen Sie auf der Seite von Slack „I&apos;ve reviewed and removed any hard-coded information“ an und bestätigen Sie es dann unten.</translation>
    </message>
    <message>
        <source>No manifest was read. Slack&apos;s page lists the URLs that still use http.</source>
        <translation>Es wurde kein Manifest gelesen. Die Seite von Slack listet die URLs auf, die noch http verwenden.</translation>
    </message>
    <message>
        <source>Every URL in the manifest uses https.</source>
        <translation>Jede URL im Manifest verwendet https.</translation>
    </message>
    <message numerus="yes">
        <source>%n URL(s) do not use https: %1. &quot;Make all URLs HTTPS&quot; on the HTTPS page fixes them.</source>
        <translation>
            <numerusform>%n URL verwendet kein https: %1. „Alle URLs auf HTTPS umstellen“ auf der Seite „HTTPS“ behebt das.</numerusform>
            <numerusform>%n URLs verwenden kein https: %1. „Alle URLs auf HTTPS umstellen“ auf der Seite „HTTPS“ behebt das.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DistributionPage</name>
    <message>
        <source>Distribution</source>
        <translation>Verteilung</translation>
    </message>
    <message>
        <source>Slack installs the app outside its home workspace only after its public distribution is activated, and only the app&apos;s Manage Distribution page at api.slack.com can do that. This page shows what Slack will ask for there and keeps what you confirmed.</source>
        <translation>Slack installiert die App außerhalb ihres Heimat-Arbeitsbereichs erst, wenn auf ihrer Seite „Manage Distribution“ (api.slack.com) die öffentliche Verteilung aktiviert ist. Diese Seite zeigt, was Slack dort verlangt, und merkt sich Ihre Bestätigungen.</translation>
    </message>
    <message>
        <source>Slack&apos;s checklist</source>
        <translation>Checkliste von Slack</translation>
    </message>
    <message>
        <source>On Slack&apos;s pages</source>
        <translation>Auf den Seiten von Slack</translation>
    </message>
    <message>
        <source>Your confirmations</source>
        <translation>Ihre Bestätigungen</translation>
    </message>
    <message>
        <source>Activate Public Distribution under Manage Distribution once every item of the checklist is green. Redirect URLs and scopes are on OAuth &amp; Permissions; every field at once on App Manifest.</source>
        <translation>Klicken Sie unter „Manage Distribution“ auf „Activate Public Distribution“, sobald jeder Punkt der Checkliste grün ist. Redirect URLs und Scopes finden Sie unter „OAuth &amp; Permissions“, alle Felder auf einmal unter „App Manifest“.</translation>
    </message>
    <message>
        <source>Open Manage &amp;Distribution</source>
        <translation>Manage &amp;Distribution öffnen</translation>
    </message>
    <message>
        <source>Open the app&apos;s Manage Distribution page at api.slack.com</source>
        <translation>Die Seite „Manage Distribution“ der App unter api.slack.com öffnen</translation>
    </message>
    <message>
        <source>Open &amp;OAuth &amp;&amp; Permissions</source>
        <translation>&amp;OAuth &amp;&amp; Permissions öffnen</translation>
    </message>
    <message>
        <source>Open the app&apos;s OAuth and Permissions page at api.slack.com</source>
        <translation>Die Seite „OAuth and Permissions“ der App unter api.slack.com öffnen</translation>
    </message>
    <message>
        <source>Open App &amp;Manifest</source>
        <translation>App &amp;Manifest öffnen</translation>
    </message>
    <message>
        <source>Open the app&apos;s App Manifest page at api.slack.com</source>
        <translation>Die Seite „App Manifest“ der App unter api.slack.com öffnen</translation>
    </message>
    <message>
        <source>I have &amp;reviewed and removed any hard-coded information, and ticked that box on Slack&apos;s page</source>
        <translation>Ich habe alle fest codierten Angaben &amp;geprüft und entfernt und das Kästchen dazu auf der Seite von Slack angekreuzt</translation>
    </message>
    <message>
        <source>I have &amp;activated Public Distribution on Slack&apos;s Manage Distribution page</source>
        <translation>Ich habe die öffentliche Verteilung (Activate Public Distribution) auf der Slack-Seite „Manage Distribution“ &amp;aktiviert</translation>
    </message>
    <message>
        <source>No web browser could be opened. The page is at %1</source>
        <translation>Es konnte kein Webbrowser geöffnet werden. Die Seite finden Sie unter %1</translation>
    </message>
    <message>
        <source>No manifest was read on the HTTPS page, so Slack&apos;s page is the only judge of these items.</source>
        <translation>Auf der Seite „HTTPS“ wurde kein Manifest gelesen, daher kann nur die Seite von Slack diese Punkte beurteilen.</translation>
    </message>
    <message>
        <source>Judged from the manifest read on the HTTPS page; Slack&apos;s page has the last word.</source>
        <translation>Beurteilt anhand des Manifests, das auf der Seite „HTTPS“ gelesen wurde; das letzte Wort hat die Seite von Slack.</translation>
    </message>
    <message>
        <source>Distribution: %1</source>
        <translation>Verteilung: %1</translation>
    </message>
</context>
<context>
    <name>DistributionState</name>
    <message>
        <source>Confirmed by the admin</source>
        <translation>Vom Administrator bestätigt</translation>
    </message>
    <message>
        <source>Proven by an install outside the home workspace</source>
        <translation>Durch eine Installation außerhalb des Heimat-Arbeitsbereichs nachgewiesen</translation>
    </message>
    <message>
        <source>Not distributed</source>
        <translation>Nicht verteilt</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Still open:</source>
        <translation>Noch offen:</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>What this setup connected. Bitbucket now serves the Slack app in these workspaces.</source>
        <translation>Das hat diese Einrichtung verbunden. Bitbucket stellt die Slack-App jetzt in diesen Arbeitsbereichen bereit.</translation>
    </message>
    <message>
        <source>Workspaces connected in this session</source>
        <translation>In dieser Sitzung verbundene Arbeitsbereiche</translation>
    </message>
    <message>
        <source>Warnings still open</source>
        <translation>Noch offene Warnungen</translation>
    </message>
    <message>
        <source>%1 (%2): connection replaced</source>
        <translation>%1 (%2): Verbindung ersetzt</translation>
    </message>
    <message>
        <source>%1 (%2): connected</source>
        <translation>%1 (%2): verbunden</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>(scopes not granted: %1)</source>
        <translation>(nicht gewährte Scopes: %1)</translation>
    </message>
    <message>
        <source>No workspace was connected in this session.</source>
        <translation>In dieser Sitzung wurde kein Arbeitsbereich verbunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n workspace(s) connected to Bitbucket.</source>
        <translation>
            <numerusform>%n Arbeitsbereich mit Bitbucket verbunden.</numerusform>
            <numerusform>%n Arbeitsbereiche mit Bitbucket verbunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n existing connection(s) replaced.</source>
        <translation>
            <numerusform>%n bestehende Verbindung ersetzt.</numerusform>
            <numerusform>%n bestehende Verbindungen ersetzt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workspace(s) connected to Bitbucket,</source>
        <translation>
            <numerusform>%n Arbeitsbereich mit Bitbucket verbunden,</numerusform>
            <numerusform>%n Arbeitsbereiche mit Bitbucket verbunden,</numerusform>
        </translation>
    </message>
    <message>
        <source>Distribution of %1: %2</source>
        <translation>Verteilung der App %1: %2</translation>
    </message>
</context>
<context>
    <name>ErrorCatalogue</name>
    <message>
        <source>Bitbucket did not see a signed-in administrator</source>
        <translation>Bitbucket hat keinen angemeldeten Administrator erkannt</translation>
    </message>
    <message>
        <source>After Allow, Slack sends the browser to Bitbucket&apos;s install address, which only a signed-in Bitbucket administrator may use. The browser was not signed in to Bitbucket, or it was signed in under another address than the one in the Slack app&apos;s Redirect URLs: a sign-in counts only for the address it was made at.</source>
        <translation>Nach „Allow“ schickt Slack den Browser zur Installationsadresse von Bitbucket, die nur ein angemeldeter Bitbucket-Administrator verwenden darf. Der Browser war nicht bei Bitbucket angemeldet, oder er war unter einer anderen Adresse angemeldet als der in den Redirect URLs der Slack-App: Eine Anmeldung gilt nur für die Adresse, unter der sie erfolgt ist.</translation>
    </message>
    <message>
        <source>In the same browser, sign in to Bitbucket as a global administrator at exactly the address the Slack app&apos;s Redirect URLs use, then start the installation again.</source>
        <translation>Melden Sie sich im selben Browser als globaler Administrator bei Bitbucket an, und zwar genau unter der Adresse, die die Redirect URLs der Slack-App verwenden; starten Sie dann die Installation erneut.</translation>
    </message>
    <message>
        <source>Slack refused the redirect URI: none of the app&apos;s Redirect URLs covers it</source>
        <translation>Slack hat den Redirect-URI abgelehnt: Keine der Redirect URLs der App deckt ihn ab</translation>
    </message>
    <message>
        <source>Slack accepts a redirect URI only when it is https, has no fragment, and one configured Redirect URL has its host and port and its path or a path above it.</source>
        <translation>Slack akzeptiert einen Redirect-URI nur, wenn er https verwendet, kein Fragment hat und eine konfigurierte Redirect URL denselben Host und Port und denselben Pfad oder einen darüberliegenden Pfad hat.</translation>
    </message>
    <message>
        <source>Add the redirect URI to the app&apos;s Redirect URLs (OAuth &amp; Permissions), or make Bitbucket build https addresses when the passed URI is http.</source>
        <translation>Fügen Sie den Redirect-URI zu den Redirect URLs der App hinzu (OAuth &amp; Permissions), oder sorgen Sie dafür, dass Bitbucket https-Adressen erzeugt, wenn der übergebene URI http ist.</translation>
    </message>
    <message>
        <source>The installation was cancelled on Slack&apos;s permission screen</source>
        <translation>Die Installation wurde im Berechtigungsdialog von Slack abgebrochen</translation>
    </message>
    <message>
        <source>Someone clicked Cancel instead of Allow, or the workspace lets only its admins approve apps and the request was turned down.</source>
        <translation>Jemand hat „Cancel“ statt „Allow“ geklickt, oder im Arbeitsbereich dürfen nur dessen Administratoren Apps genehmigen, und die Anfrage wurde abgelehnt.</translation>
    </message>
    <message>
        <source>Start the installation again and click Allow. If the workspace requires approval for apps, ask one of its admins to approve or install the app.</source>
        <translation>Starten Sie die Installation erneut und klicken Sie auf „Allow“. Wenn der Arbeitsbereich eine Genehmigung für Apps verlangt, bitten Sie einen seiner Administratoren, die App zu genehmigen oder zu installieren.</translation>
    </message>
    <message>
        <source>Slack refused the requested permissions</source>
        <translation>Slack hat die angeforderten Berechtigungen abgelehnt</translation>
    </message>
    <message>
        <source>The installation asked for a scope Slack does not know, or mixed Sign in with Slack scopes (openid, email, profile) with other scopes in one request.</source>
        <translation>Die Installation hat einen Scope angefordert, den Slack nicht kennt, oder in einer Anfrage Scopes von „Sign in with Slack“ (openid, email, profile) mit anderen Scopes gemischt.</translation>
    </message>
    <message>
        <source>Compare the scopes under /oauth_config/scopes in the manifest with Slack&apos;s scope list and remove the unknown ones; &apos;workspace-connector check --manifest FILE&apos; shows the scopes Bitbucket needs.</source>
        <translation>Vergleichen Sie die Scopes unter /oauth_config/scopes im Manifest mit der Scope-Liste von Slack und entfernen Sie die unbekannten; &apos;workspace-connector check --manifest FILE&apos; zeigt die Scopes, die Bitbucket braucht.</translation>
    </message>
    <message>
        <source>Slack refused the requested permissions as invalid</source>
        <translation>Slack hat die angeforderten Berechtigungen als ungültig abgelehnt</translation>
    </message>
    <message>
        <source>The installation link named scopes this app may not request: misspelled, retired or not available to this kind of app.</source>
        <translation>Der Installationslink nannte Scopes, die diese App nicht anfordern darf: falsch geschrieben, abgekündigt oder für diese Art von App nicht verfügbar.</translation>
    </message>
    <message>
        <source>Correct the scopes under /oauth_config/scopes in the manifest, save it in Slack, and start the installation from this program&apos;s Add to Slack so the link carries the manifest&apos;s scopes.</source>
        <translation>Korrigieren Sie die Scopes unter /oauth_config/scopes im Manifest, speichern Sie es in Slack und starten Sie die Installation über „Add to Slack“ in diesem Programm, damit der Link die Scopes des Manifests enthält.</translation>
    </message>
    <message>
        <source>Slack refused the redirect URI</source>
        <translation>Slack hat den Redirect-URI abgelehnt</translation>
    </message>
    <message>
        <source>On the permission screen: the redirect URI is not covered by the app&apos;s Redirect URLs. When the code is exchanged: the redirect URI differs from the one the permission screen was given.</source>
        <translation>Im Berechtigungsdialog: Der Redirect-URI ist nicht durch die Redirect URLs der App abgedeckt. Beim Einlösen des Codes: Der Redirect-URI weicht von dem ab, der dem Berechtigungsdialog übergeben wurde.</translation>
    </message>
    <message>
        <source>Add the redirect URI the installation uses to OAuth &amp; Permissions &gt; Redirect URLs (paste Slack&apos;s whole message here to get the exact URL), and send the same redirect URI in both steps of the handshake.</source>
        <translation>Fügen Sie den Redirect-URI, den die Installation verwendet, unter OAuth &amp; Permissions &gt; Redirect URLs hinzu (wenn Sie die ganze Meldung von Slack hier einfügen, erhalten Sie die genaue URL), und senden Sie in beiden Schritten des Handshakes denselben Redirect-URI.</translation>
    </message>
    <message>
        <source>The app is not distributed, so it installs only in its home workspace</source>
        <translation>Die App ist nicht verteilt und lässt sich daher nur in ihrem Heimat-Arbeitsbereich installieren</translation>
    </message>
    <message>
        <source>Slack lets an app into other workspaces only after its public distribution has been activated.</source>
        <translation>Slack lässt eine App erst in andere Arbeitsbereiche, nachdem ihre öffentliche Verteilung aktiviert wurde.</translation>
    </message>
    <message>
        <source>Open the Distribution page of the setup wizard (in Slack: Settings &gt; Manage Distribution), confirm that hard-coded information was removed, click Activate Public Distribution, then install again.</source>
        <translation>Öffnen Sie die Seite „Verteilung“ des Einrichtungsassistenten (in Slack: Settings &gt; Manage Distribution), bestätigen Sie, dass fest codierte Angaben entfernt wurden, klicken Sie auf „Activate Public Distribution“ und installieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>A requested scope is not allowed in an Enterprise organisation</source>
        <translation>Ein angeforderter Scope ist in einer Enterprise-Organisation nicht erlaubt</translation>
    </message>
    <message>
        <source>The workspace belongs to an Enterprise organisation, which refuses some scopes (for example bot or apps.requests.write) for apps that are not ready for organisations.</source>
        <translation>Der Arbeitsbereich gehört zu einer Enterprise-Organisation, die manche Scopes (zum Beispiel bot oder apps.requests.write) für Apps ablehnt, die nicht für Organisationen vorbereitet sind.</translation>
    </message>
    <message>
        <source>Remove the refused scopes from /oauth_config/scopes in the manifest, or ask the organisation&apos;s admins to enable the app for the organisation, then install again.</source>
        <translation>Entfernen Sie die abgelehnten Scopes aus /oauth_config/scopes im Manifest, oder bitten Sie die Administratoren der Organisation, die App für die Organisation freizugeben; installieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>A requested scope is still awaiting Slack&apos;s approval</source>
        <translation>Ein angeforderter Scope wartet noch auf die Genehmigung durch Slack</translation>
    </message>
    <message>
        <source>The app is published in the Slack Marketplace and asks for scopes Slack&apos;s review has not approved yet.</source>
        <translation>Die App ist im Slack Marketplace veröffentlicht und fordert Scopes an, die Slack bei der Überprüfung noch nicht genehmigt hat.</translation>
    </message>
    <message>
        <source>Wait until Slack approves the new scopes, or remove them from the manifest until then, and install again.</source>
        <translation>Warten Sie, bis Slack die neuen Scopes genehmigt, oder entfernen Sie sie bis dahin aus dem Manifest, und installieren Sie erneut.</translation>
    </message>
    <message>
        <source>Slack did not accept the authorization code</source>
        <translation>Slack hat den Autorisierungscode nicht akzeptiert</translation>
    </message>
    <message>
        <source>The code expired (a code lives 10 minutes), belongs to another app, or was cut short when the address was copied.</source>
        <translation>Der Code ist abgelaufen (ein Code gilt 10 Minuten), gehört zu einer anderen App oder wurde beim Kopieren der Adresse abgeschnitten.</translation>
    </message>
    <message>
        <source>Start the installation again and finish it within 10 minutes; when you paste the address the browser ended on, copy all of it.</source>
        <translation>Starten Sie die Installation erneut und schließen Sie sie innerhalb von 10 Minuten ab; wenn Sie die Adresse einfügen, auf der der Browser gelandet ist, kopieren Sie sie vollständig.</translation>
    </message>
    <message>
        <source>The authorization code was already exchanged</source>
        <translation>Der Autorisierungscode wurde bereits eingelöst</translation>
    </message>
    <message>
        <source>A code works once. The page the browser ended on was reloaded, the address was pasted twice, or another program (such as Bitbucket&apos;s own install address) used the code first.</source>
        <translation>Ein Code funktioniert nur einmal. Die Seite, auf der der Browser gelandet ist, wurde neu geladen, die Adresse wurde zweimal eingefügt, oder ein anderes Programm (etwa die Installationsadresse von Bitbucket selbst) hat den Code zuerst verwendet.</translation>
    </message>
    <message>
        <source>Start the installation again and use the new address once; do not reload the page the browser ends on.</source>
        <translation>Starten Sie die Installation erneut und verwenden Sie die neue Adresse nur einmal; laden Sie die Seite, auf der der Browser landet, nicht neu.</translation>
    </message>
    <message>
        <source>Slack refused the Client Secret</source>
        <translation>Slack hat das Client Secret abgelehnt</translation>
    </message>
    <message>
        <source>The Client Secret saved in this program does not belong to the Client ID, or it was regenerated in Slack.</source>
        <translation>Das in diesem Programm gespeicherte Client Secret gehört nicht zur Client ID, oder es wurde in Slack neu erzeugt.</translation>
    </message>
    <message>
        <source>Copy the Client Secret from Slack&apos;s Basic Information &gt; App Credentials into the Connect page. If it was regenerated, run Update Access for the connected workspaces too.</source>
        <translation>Kopieren Sie das Client Secret aus Basic Information &gt; App Credentials in Slack auf die Seite „Verbinden“. Wurde es neu erzeugt, führen Sie außerdem „Zugriff aktualisieren“ für die verbundenen Arbeitsbereiche aus.</translation>
    </message>
    <message>
        <source>Slack does not know the Client ID</source>
        <translation>Slack kennt die Client ID nicht</translation>
    </message>
    <message>
        <source>The Client ID saved in this program is mistyped or belongs to a deleted app.</source>
        <translation>Die in diesem Programm gespeicherte Client ID ist falsch geschrieben oder gehört zu einer gelöschten App.</translation>
    </message>
    <message>
        <source>Copy the Client ID from Slack&apos;s Basic Information &gt; App Credentials into the Connect page.</source>
        <translation>Kopieren Sie die Client ID aus Basic Information &gt; App Credentials in Slack auf die Seite „Verbinden“.</translation>
    </message>
    <message>
        <source>The installation started at the wrong Slack address</source>
        <translation>Die Installation wurde an der falschen Slack-Adresse gestartet</translation>
    </message>
    <message>
        <source>It was started at Slack&apos;s classic address (/oauth/authorize), but the code was exchanged with oauth.v2.access, which needs an installation started at /oauth/v2/authorize.</source>
        <translation>Sie wurde an der klassischen Adresse von Slack (/oauth/authorize) gestartet, der Code wurde aber mit oauth.v2.access eingelöst, das eine unter /oauth/v2/authorize gestartete Installation verlangt.</translation>
    </message>
    <message>
        <source>Start installations at https://slack.com/oauth/v2/authorize: use this program&apos;s Add to Slack or the shareable URL from Manage Distribution, not an old link.</source>
        <translation>Starten Sie Installationen unter https://slack.com/oauth/v2/authorize: Verwenden Sie „Add to Slack“ in diesem Programm oder die teilbare URL aus „Manage Distribution“, keinen alten Link.</translation>
    </message>
    <message>
        <source>Slack refused the kind of token request</source>
        <translation>Slack hat die Art der Token-Anfrage abgelehnt</translation>
    </message>
    <message>
        <source>The token request named a grant type Slack does not take for this app, for example refresh_token for an app without token rotation.</source>
        <translation>Die Token-Anfrage nannte einen Grant-Typ, den Slack für diese App nicht annimmt, zum Beispiel refresh_token für eine App ohne Token-Rotation.</translation>
    </message>
    <message>
        <source>Install with this program&apos;s Add to Slack, which asks for authorization_code. If another tool made the request, correct the grant type in its settings.</source>
        <translation>Installieren Sie mit „Add to Slack“ in diesem Programm, das authorization_code anfordert. Hat ein anderes Werkzeug die Anfrage gestellt, korrigieren Sie den Grant-Typ in dessen Einstellungen.</translation>
    </message>
    <message>
        <source>Slack refused the refresh token</source>
        <translation>Slack hat das Refresh-Token abgelehnt</translation>
    </message>
    <message>
        <source>A refresh token works once. It was used already (two programs rotating the same token, or a rotation interrupted after the token was sent), it was revoked, or it was mistyped.</source>
        <translation>Ein Refresh-Token funktioniert nur einmal. Es wurde bereits verwendet (zwei Programme rotieren dasselbe Token, oder eine Rotation wurde nach dem Senden des Tokens unterbrochen), es wurde widerrufen, oder es wurde falsch eingegeben.</translation>
    </message>
    <message>
        <source>Generate a new app configuration token at api.slack.com/apps (Your App Configuration Tokens &gt; Generate Token) and enter its access token and refresh token on the Connect page.</source>
        <translation>Erzeugen Sie unter api.slack.com/apps ein neues App-Konfigurationstoken (Your App Configuration Tokens &gt; Generate Token) und geben Sie sein Access-Token und sein Refresh-Token auf der Seite „Verbinden“ ein.</translation>
    </message>
    <message>
        <source>Slack refused PKCE for this app</source>
        <translation>Slack hat PKCE für diese App abgelehnt</translation>
    </message>
    <message>
        <source>The token request carried a PKCE code verifier, but the app does not use PKCE.</source>
        <translation>Die Token-Anfrage enthielt einen PKCE-Code-Verifier, aber die App verwendet kein PKCE.</translation>
    </message>
    <message>
        <source>Install with this program&apos;s Add to Slack, which does not use PKCE. Do not turn PKCE on for this app: that cannot be undone and rules out the bot scopes Bitbucket needs.</source>
        <translation>Installieren Sie mit „Add to Slack“ in diesem Programm, das kein PKCE verwendet. Schalten Sie PKCE für diese App nicht ein: Das lässt sich nicht rückgängig machen und schließt die Bot-Scopes aus, die Bitbucket braucht.</translation>
    </message>
    <message>
        <source>The app is installed for the whole Enterprise organisation</source>
        <translation>Die App ist für die gesamte Enterprise-Organisation installiert</translation>
    </message>
    <message>
        <source>An organisation-wide installation exists, so the app cannot be installed into a single workspace of that organisation.</source>
        <translation>Es gibt eine organisationsweite Installation, daher kann die App nicht in einen einzelnen Arbeitsbereich dieser Organisation installiert werden.</translation>
    </message>
    <message>
        <source>Ask an organisation admin to add the app to this workspace from the organisation&apos;s app management, then connect the workspace to Bitbucket.</source>
        <translation>Bitten Sie einen Administrator der Organisation, die App über die App-Verwaltung der Organisation zu diesem Arbeitsbereich hinzuzufügen, und verbinden Sie den Arbeitsbereich dann mit Bitbucket.</translation>
    </message>
    <message>
        <source>The installation asked for no permissions</source>
        <translation>Die Installation hat keine Berechtigungen angefordert</translation>
    </message>
    <message>
        <source>Neither bot scopes nor user scopes were requested, so Slack had nothing to grant.</source>
        <translation>Es wurden weder Bot-Scopes noch Benutzer-Scopes angefordert, daher hatte Slack nichts zu gewähren.</translation>
    </message>
    <message>
        <source>Add the bot scopes (at least users:read) and the user scopes Bitbucket needs under /oauth_config/scopes in the manifest, then install again.</source>
        <translation>Fügen Sie unter /oauth_config/scopes im Manifest die Bot-Scopes (mindestens users:read) und die Benutzer-Scopes hinzu, die Bitbucket braucht, und installieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>Slack rejected the manifest</source>
        <translation>Slack hat das Manifest abgelehnt</translation>
    </message>
    <message>
        <source>One or more fields break Slack&apos;s manifest rules; Slack names each one by its JSON pointer.</source>
        <translation>Ein oder mehrere Felder verstoßen gegen die Manifest-Regeln von Slack; Slack nennt jedes davon mit seinem JSON-Pointer.</translation>
    </message>
    <message>
        <source>Correct the fields Slack named (the HTTPS page lists them by pointer), validate again, and update only when validation passes.</source>
        <translation>Korrigieren Sie die Felder, die Slack genannt hat (die Seite „HTTPS“ listet sie nach Pointer auf), validieren Sie erneut, und aktualisieren Sie erst, wenn die Validierung erfolgreich ist.</translation>
    </message>
    <message>
        <source>The App ID is not valid</source>
        <translation>Die App ID ist ungültig</translation>
    </message>
    <message>
        <source>The saved App ID is not in Slack&apos;s format (it starts with A).</source>
        <translation>Die gespeicherte App ID hat nicht das Format von Slack (sie beginnt mit A).</translation>
    </message>
    <message>
        <source>Copy the App ID from Slack&apos;s Basic Information &gt; App Credentials into the Connect page.</source>
        <translation>Kopieren Sie die App ID aus Basic Information &gt; App Credentials in Slack auf die Seite „Verbinden“.</translation>
    </message>
    <message>
        <source>Slack found no app with this App ID for the token</source>
        <translation>Slack hat für das Token keine App mit dieser App ID gefunden</translation>
    </message>
    <message>
        <source>The App ID is mistyped, the app was deleted, or the configuration token was generated in another workspace than the app&apos;s.</source>
        <translation>Die App ID ist falsch geschrieben, die App wurde gelöscht, oder das Konfigurationstoken wurde in einem anderen Arbeitsbereich erzeugt als dem der App.</translation>
    </message>
    <message>
        <source>Check the App ID on Basic Information, and generate the app configuration token in the workspace where the app was created.</source>
        <translation>Prüfen Sie die App ID unter Basic Information, und erzeugen Sie das App-Konfigurationstoken in dem Arbeitsbereich, in dem die App angelegt wurde.</translation>
    </message>
    <message>
        <source>The token may not manage this app</source>
        <translation>Das Token darf diese App nicht verwalten</translation>
    </message>
    <message>
        <source>The person who generated the configuration token is not a collaborator of the app.</source>
        <translation>Die Person, die das Konfigurationstoken erzeugt hat, ist kein Collaborator der App.</translation>
    </message>
    <message>
        <source>Ask a collaborator to add you under Basic Information &gt; Collaborators, or let a collaborator generate the configuration token.</source>
        <translation>Bitten Sie einen Collaborator, Sie unter Basic Information &gt; Collaborators hinzuzufügen, oder lassen Sie einen Collaborator das Konfigurationstoken erzeugen.</translation>
    </message>
    <message>
        <source>The token has expired</source>
        <translation>Das Token ist abgelaufen</translation>
    </message>
    <message>
        <source>An app configuration token lives 12 hours and this one was not rotated in time. For a workspace connection: token rotation in the Slack app makes bot tokens expire after 12 hours too, and Bitbucket cannot renew them.</source>
        <translation>Ein App-Konfigurationstoken gilt 12 Stunden, und dieses wurde nicht rechtzeitig rotiert. Bei einer Arbeitsbereichsverbindung: Die Token-Rotation in der Slack-App lässt auch Bot-Tokens nach 12 Stunden ablaufen, und Bitbucket kann sie nicht erneuern.</translation>
    </message>
    <message>
        <source>Enter the refresh token on the Connect page so the program rotates the token itself, or generate a new configuration token. For a workspace connection, turn token rotation off and run Update Access.</source>
        <translation>Geben Sie das Refresh-Token auf der Seite „Verbinden“ ein, damit das Programm das Token selbst rotiert, oder erzeugen Sie ein neues Konfigurationstoken. Bei einer Arbeitsbereichsverbindung schalten Sie die Token-Rotation aus und führen „Zugriff aktualisieren“ aus.</translation>
    </message>
    <message>
        <source>The token was revoked</source>
        <translation>Das Token wurde widerrufen</translation>
    </message>
    <message>
        <source>Someone revoked it on api.slack.com, the app was uninstalled, or the token&apos;s user left the workspace.</source>
        <translation>Jemand hat es auf api.slack.com widerrufen, die App wurde deinstalliert, oder der Benutzer des Tokens hat den Arbeitsbereich verlassen.</translation>
    </message>
    <message>
        <source>Generate a new app configuration token and enter it on the Connect page; for a workspace connection, install the app into that workspace again.</source>
        <translation>Erzeugen Sie ein neues App-Konfigurationstoken und geben Sie es auf der Seite „Verbinden“ ein; bei einer Arbeitsbereichsverbindung installieren Sie die App erneut in diesen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>This kind of token cannot be used here</source>
        <translation>Diese Art von Token kann hier nicht verwendet werden</translation>
    </message>
    <message>
        <source>The App Manifest API takes only app configuration tokens (xoxe.xoxp-…); a bot, user or app-level token was given.</source>
        <translation>Die App Manifest API nimmt nur App-Konfigurationstokens an (xoxe.xoxp-…); angegeben wurde ein Bot-, Benutzer- oder App-Level-Token.</translation>
    </message>
    <message>
        <source>Generate an app configuration token at api.slack.com/apps (Your App Configuration Tokens) and enter it on the Connect page.</source>
        <translation>Erzeugen Sie unter api.slack.com/apps ein App-Konfigurationstoken (Your App Configuration Tokens) und geben Sie es auf der Seite „Verbinden“ ein.</translation>
    </message>
    <message>
        <source>Slack asked to slow down</source>
        <translation>Slack hat um weniger Anfragen gebeten</translation>
    </message>
    <message>
        <source>Too many calls to the same method in a short time; apps.manifest.update, for example, is allowed about once a minute.</source>
        <translation>Zu viele Aufrufe derselben Methode in kurzer Zeit; apps.manifest.update ist zum Beispiel etwa einmal pro Minute erlaubt.</translation>
    </message>
    <message>
        <source>Wait as long as Slack said (Retry-After), then try once more.</source>
        <translation>Warten Sie so lange, wie Slack angegeben hat (Retry-After), und versuchen Sie es dann noch einmal.</translation>
    </message>
    <message>
        <source>Slack did not accept the token</source>
        <translation>Slack hat das Token nicht akzeptiert</translation>
    </message>
    <message>
        <source>The token is mistyped, belongs to another workspace, or is no longer valid.</source>
        <translation>Das Token ist falsch geschrieben, gehört zu einem anderen Arbeitsbereich oder ist nicht mehr gültig.</translation>
    </message>
    <message>
        <source>Enter a fresh app configuration token on the Connect page; for a workspace connection, run Update Access for that workspace.</source>
        <translation>Geben Sie auf der Seite „Verbinden“ ein neues App-Konfigurationstoken ein; bei einer Arbeitsbereichsverbindung führen Sie „Zugriff aktualisieren“ für diesen Arbeitsbereich aus.</translation>
    </message>
    <message>
        <source>No token was sent</source>
        <translation>Es wurde kein Token gesendet</translation>
    </message>
    <message>
        <source>The call reached Slack without a token.</source>
        <translation>Der Aufruf hat Slack ohne Token erreicht.</translation>
    </message>
    <message>
        <source>Enter an app configuration token on the Connect page, or set WORKSPACE_CONNECTOR_SLACK_CONFIG_TOKEN for the command line.</source>
        <translation>Geben Sie auf der Seite „Verbinden“ ein App-Konfigurationstoken ein, oder setzen Sie für die Befehlszeile WORKSPACE_CONNECTOR_SLACK_CONFIG_TOKEN.</translation>
    </message>
    <message>
        <source>The token belongs to a deactivated account</source>
        <translation>Das Token gehört zu einem deaktivierten Konto</translation>
    </message>
    <message>
        <source>The user or bot the token belongs to was deactivated, or the workspace was deleted.</source>
        <translation>Der Benutzer oder Bot, zu dem das Token gehört, wurde deaktiviert, oder der Arbeitsbereich wurde gelöscht.</translation>
    </message>
    <message>
        <source>Have an active member install the app again (Update Access), or disconnect the workspace.</source>
        <translation>Lassen Sie ein aktives Mitglied die App erneut installieren („Zugriff aktualisieren“), oder trennen Sie den Arbeitsbereich.</translation>
    </message>
    <message>
        <source>The token lacks a permission</source>
        <translation>Dem Token fehlt eine Berechtigung</translation>
    </message>
    <message>
        <source>A call needed a scope the token was not granted; Bitbucket&apos;s integration, for example, needs users:read on the bot token.</source>
        <translation>Ein Aufruf brauchte einen Scope, der dem Token nicht gewährt wurde; die Integration von Bitbucket braucht zum Beispiel users:read für das Bot-Token.</translation>
    </message>
    <message>
        <source>Add the missing scope to the manifest (the HTTPS page offers Add missing scopes), then run Update Access for each workspace so the scope is granted.</source>
        <translation>Fügen Sie den fehlenden Scope zum Manifest hinzu (die Seite „HTTPS“ bietet „Fehlende Scopes hinzufügen“ an), und führen Sie dann für jeden Arbeitsbereich „Zugriff aktualisieren“ aus, damit der Scope gewährt wird.</translation>
    </message>
    <message>
        <source>Slack had a problem of its own</source>
        <translation>Slack hatte ein eigenes Problem</translation>
    </message>
    <message>
        <source>Slack could not complete the request because of an error on its side.</source>
        <translation>Slack konnte die Anfrage wegen eines Fehlers auf seiner Seite nicht abschließen.</translation>
    </message>
    <message>
        <source>Try again in a few minutes; status.slack.com shows whether Slack has an outage.</source>
        <translation>Versuchen Sie es in ein paar Minuten erneut; status.slack.com zeigt, ob Slack gerade eine Störung hat.</translation>
    </message>
    <message>
        <source>The Bitbucket user is not a global administrator</source>
        <translation>Der Bitbucket-Benutzer ist kein globaler Administrator</translation>
    </message>
    <message>
        <source>Bitbucket&apos;s Slack integration lets only global administrators (Admin or System admin) change workspace connections; project and repository administrators are refused.</source>
        <translation>Die Slack-Integration von Bitbucket lässt nur globale Administratoren („Admin“ oder „System Admin“) Arbeitsbereichsverbindungen ändern; Projekt- und Repository-Administratoren werden abgewiesen.</translation>
    </message>
    <message>
        <source>Bitbucket could not read the connection details</source>
        <translation>Bitbucket konnte die Verbindungsdaten nicht lesen</translation>
    </message>
    <message>
        <source>The request was not JSON, or a required field (client_id, client_secret, signing_secret, verification_token, access_token, bot_access_token) was missing or empty.</source>
        <translation>Die Anfrage war kein JSON, oder ein Pflichtfeld (client_id, client_secret, signing_secret, verification_token, access_token, bot_access_token) fehlte oder war leer.</translation>
    </message>
    <message>
        <source>Fill in every field of the Connect page, make sure the installation asks for user scopes so a user token comes back, and install again.</source>
        <translation>Füllen Sie jedes Feld der Seite „Verbinden“ aus, stellen Sie sicher, dass die Installation Benutzer-Scopes anfordert, damit ein Benutzer-Token zurückkommt, und installieren Sie erneut.</translation>
    </message>
    <message>
        <source>Bitbucket could not verify the workspace&apos;s tokens</source>
        <translation>Bitbucket konnte die Tokens des Arbeitsbereichs nicht überprüfen</translation>
    </message>
    <message>
        <source>Before saving, Bitbucket checks the bot and user tokens with Slack: a token was refused, the bot token lacks users:read, or Bitbucket could not reach Slack.</source>
        <translation>Vor dem Speichern prüft Bitbucket das Bot- und das Benutzer-Token bei Slack: Ein Token wurde abgelehnt, dem Bot-Token fehlt users:read, oder Bitbucket konnte Slack nicht erreichen.</translation>
    </message>
    <message>
        <source>Make sure the bot scopes include users:read (&apos;workspace-connector check --manifest FILE&apos; checks it) and that Bitbucket can reach slack.com, then install the workspace again.</source>
        <translation>Stellen Sie sicher, dass die Bot-Scopes users:read enthalten (&apos;workspace-connector check --manifest FILE&apos; prüft das) und dass Bitbucket slack.com erreichen kann, und installieren Sie den Arbeitsbereich dann erneut.</translation>
    </message>
    <message>
        <source>This workspace is already connected to Bitbucket</source>
        <translation>Dieser Arbeitsbereich ist bereits mit Bitbucket verbunden</translation>
    </message>
    <message>
        <source>Bitbucket keeps one connection per workspace and refuses a second one.</source>
        <translation>Bitbucket führt eine Verbindung pro Arbeitsbereich und lehnt eine zweite ab.</translation>
    </message>
    <message>
        <source>Run Update Access for that workspace to replace its tokens, or disconnect it first.</source>
        <translation>Führen Sie für diesen Arbeitsbereich „Zugriff aktualisieren“ aus, um seine Tokens zu ersetzen, oder trennen Sie ihn zuerst.</translation>
    </message>
    <message>
        <source>The new tokens belong to another workspace</source>
        <translation>Die neuen Tokens gehören zu einem anderen Arbeitsbereich</translation>
    </message>
    <message>
        <source>The connection being replaced is for one workspace, but the tokens from the installation are for a different one.</source>
        <translation>Die zu ersetzende Verbindung gilt für einen Arbeitsbereich, die Tokens aus der Installation aber für einen anderen.</translation>
    </message>
    <message>
        <source>Pick the same workspace on Slack&apos;s permission screen when running Update Access, or connect the other workspace as a new one.</source>
        <translation>Wählen Sie bei „Zugriff aktualisieren“ im Berechtigungsdialog von Slack denselben Arbeitsbereich, oder verbinden Sie den anderen Arbeitsbereich als neuen.</translation>
    </message>
    <message>
        <source>Slack says the tokens are for a different workspace</source>
        <translation>Laut Slack gehören die Tokens zu einem anderen Arbeitsbereich</translation>
    </message>
    <message>
        <source>The bot token works, but Slack names another workspace than the connection does.</source>
        <translation>Das Bot-Token funktioniert, aber Slack nennt einen anderen Arbeitsbereich als die Verbindung.</translation>
    </message>
    <message>
        <source>Install the app again into the intended workspace, choosing it in the upper right corner of Slack&apos;s permission screen.</source>
        <translation>Installieren Sie die App erneut in den gewünschten Arbeitsbereich und wählen Sie ihn dazu oben rechts im Berechtigungsdialog von Slack aus.</translation>
    </message>
    <message>
        <source>Bitbucket could not connect the workspace</source>
        <translation>Bitbucket konnte den Arbeitsbereich nicht verbinden</translation>
    </message>
    <message>
        <source>Bitbucket&apos;s integration failed without naming a reason; Bitbucket&apos;s log has the details.</source>
        <translation>Die Integration von Bitbucket ist ohne Angabe eines Grundes fehlgeschlagen; die Einzelheiten stehen im Bitbucket-Protokoll.</translation>
    </message>
    <message>
        <source>Run &apos;workspace-connector check&apos; to see whether Bitbucket can reach Slack, read atlassian-bitbucket.log on the server, and install again.</source>
        <translation>Führen Sie &apos;workspace-connector check&apos; aus, um zu sehen, ob Bitbucket Slack erreichen kann, lesen Sie atlassian-bitbucket.log auf dem Server, und installieren Sie erneut.</translation>
    </message>
    <message>
        <source>Bitbucket has no connection for this workspace</source>
        <translation>Bitbucket hat keine Verbindung für diesen Arbeitsbereich</translation>
    </message>
    <message>
        <source>Update Access was run for a workspace that is no longer connected to Bitbucket.</source>
        <translation>„Zugriff aktualisieren“ wurde für einen Arbeitsbereich ausgeführt, der nicht mehr mit Bitbucket verbunden ist.</translation>
    </message>
    <message>
        <source>Connect the workspace as a new one (Add to Slack) instead of updating it.</source>
        <translation>Verbinden Sie den Arbeitsbereich als neuen („Add to Slack“), statt ihn zu aktualisieren.</translation>
    </message>
    <message>
        <source>Bitbucket cannot reach Slack</source>
        <translation>Bitbucket kann Slack nicht erreichen</translation>
    </message>
    <message>
        <source>Bitbucket&apos;s server could not call slack.com: a firewall, an outbound proxy Bitbucket is not set up for, or name resolution stands in the way.</source>
        <translation>Der Bitbucket-Server konnte slack.com nicht aufrufen: Eine Firewall, ein ausgehender Proxy, für den Bitbucket nicht eingerichtet ist, oder die Namensauflösung steht im Weg.</translation>
    </message>
    <message>
        <source>Let Bitbucket&apos;s server open https connections to slack.com; behind an outbound proxy, give Bitbucket&apos;s JVM -Dhttps.proxyHost and -Dhttps.proxyPort and restart it.</source>
        <translation>Erlauben Sie dem Bitbucket-Server https-Verbindungen zu slack.com; hinter einem ausgehenden Proxy geben Sie der JVM von Bitbucket -Dhttps.proxyHost und -Dhttps.proxyPort mit und starten Bitbucket neu.</translation>
    </message>
    <message>
        <source>Bitbucket refused an installation that carried a state value</source>
        <translation>Bitbucket hat eine Installation mit einem state-Wert abgelehnt</translation>
    </message>
    <message>
        <source>Bitbucket&apos;s install address (/rest/slack/latest/oauth) takes only installations started from Slack&apos;s own Add to Slack link, which carry no state; a handshake started by another program was sent there.</source>
        <translation>Die Installationsadresse von Bitbucket (/rest/slack/latest/oauth) nimmt nur Installationen an, die über den eigenen „Add to Slack“-Link von Slack gestartet wurden und keinen state mitbringen; dorthin wurde aber ein Handshake geschickt, den ein anderes Programm gestartet hat.</translation>
    </message>
    <message>
        <source>Install with this program&apos;s Add to Slack, which comes back to its own redirect URI, or with the shareable URL from Slack&apos;s Manage Distribution page.</source>
        <translation>Installieren Sie mit „Add to Slack“ in diesem Programm, das zu seinem eigenen Redirect-URI zurückkehrt, oder mit der teilbaren URL von der Slack-Seite „Manage Distribution“.</translation>
    </message>
    <message>
        <source>Bitbucket found no connection for this Slack app</source>
        <translation>Bitbucket hat keine Verbindung für diese Slack-App gefunden</translation>
    </message>
    <message>
        <source>Bitbucket&apos;s install address recognises the app by an existing workspace connection with the same Client ID and Client Secret, and there is none yet.</source>
        <translation>Die Installationsadresse von Bitbucket erkennt die App an einer bestehenden Arbeitsbereichsverbindung mit derselben Client ID und demselben Client Secret, und eine solche gibt es noch nicht.</translation>
    </message>
    <message>
        <source>Connect the first workspace with this program (or Bitbucket&apos;s Advanced connection form); further workspaces can then be installed from Slack&apos;s link as well.</source>
        <translation>Verbinden Sie den ersten Arbeitsbereich mit diesem Programm (oder mit dem erweiterten Verbindungsformular von Bitbucket); weitere Arbeitsbereiche lassen sich danach auch über den Link von Slack installieren.</translation>
    </message>
    <message>
        <source>Slack refused the workspace&apos;s bot token</source>
        <translation>Slack hat das Bot-Token des Arbeitsbereichs abgelehnt</translation>
    </message>
    <message>
        <source>Bitbucket&apos;s status check sent the bot token to Slack and Slack refused it: the app was removed from the workspace, the token was revoked, or it expired because token rotation is on.</source>
        <translation>Die Statusprüfung von Bitbucket hat das Bot-Token an Slack gesendet, und Slack hat es abgelehnt: Die App wurde aus dem Arbeitsbereich entfernt, das Token wurde widerrufen, oder es ist abgelaufen, weil die Token-Rotation eingeschaltet ist.</translation>
    </message>
    <message>
        <source>Run Update Access for the workspace; if token rotation is on in the Slack app, turn it off first.</source>
        <translation>Führen Sie für den Arbeitsbereich „Zugriff aktualisieren“ aus; ist in der Slack-App die Token-Rotation eingeschaltet, schalten Sie sie vorher aus.</translation>
    </message>
    <message>
        <source>Bitbucket could not reach Slack for the status</source>
        <translation>Bitbucket konnte Slack für den Status nicht erreichen</translation>
    </message>
    <message>
        <source>The status check failed before Slack answered: Bitbucket&apos;s server cannot reach slack.com, or the check broke off.</source>
        <translation>Die Statusprüfung ist fehlgeschlagen, bevor Slack geantwortet hat: Der Bitbucket-Server kann slack.com nicht erreichen, oder die Prüfung ist abgebrochen.</translation>
    </message>
    <message>
        <source>Let Bitbucket&apos;s server open https connections to slack.com (see Bitbucket&apos;s outbound proxy settings), then verify the workspace again.</source>
        <translation>Erlauben Sie dem Bitbucket-Server https-Verbindungen zu slack.com (siehe die Einstellungen von Bitbucket für ausgehende Proxys), und überprüfen Sie den Arbeitsbereich dann erneut.</translation>
    </message>
    <message>
        <source>Bitbucket knows no connection for this workspace</source>
        <translation>Bitbucket kennt keine Verbindung für diesen Arbeitsbereich</translation>
    </message>
    <message>
        <source>The status was asked for a workspace Bitbucket holds no connection for.</source>
        <translation>Der Status wurde für einen Arbeitsbereich abgefragt, für den Bitbucket keine Verbindung hat.</translation>
    </message>
    <message>
        <source>Connect the workspace again with Add to Slack, or remove it from the list.</source>
        <translation>Verbinden Sie den Arbeitsbereich erneut mit „Add to Slack“, oder entfernen Sie ihn aus der Liste.</translation>
    </message>
    <message>
        <source>Slack&apos;s requests have not reached Bitbucket yet</source>
        <translation>Die Anfragen von Slack haben Bitbucket noch nicht erreicht</translation>
    </message>
    <message>
        <source>The bot token works, but Bitbucket has never received a correctly signed request from Slack: the request URLs point elsewhere, Bitbucket cannot be reached from the internet, or the Signing Secret is wrong.</source>
        <translation>Das Bot-Token funktioniert, aber Bitbucket hat noch nie eine korrekt signierte Anfrage von Slack erhalten: Die Request URLs zeigen woandershin, Bitbucket ist aus dem Internet nicht erreichbar, oder das Signing Secret ist falsch.</translation>
    </message>
    <message>
        <source>Run &apos;workspace-connector check --manifest FILE&apos; (slack.request-urls), make &lt;base&gt;/rest/slack/latest/event reachable from Slack over https, and check the Signing Secret on the Connect page.</source>
        <translation>Führen Sie &apos;workspace-connector check --manifest FILE&apos; aus (slack.request-urls), machen Sie &lt;base&gt;/rest/slack/latest/event für Slack über https erreichbar, und prüfen Sie das Signing Secret auf der Seite „Verbinden“.</translation>
    </message>
    <message>
        <source>Slack accepted the installation and sent a code</source>
        <translation>Slack hat die Installation akzeptiert und einen Code gesendet</translation>
    </message>
    <message>
        <source>The browser ended on the redirect address with an authorization code: the permission step worked. What remains is exchanging the code.</source>
        <translation>Der Browser ist mit einem Autorisierungscode auf der Redirect-Adresse gelandet: Der Berechtigungsschritt hat funktioniert. Es bleibt, den Code einzulösen.</translation>
    </message>
    <message>
        <source>If this program is waiting for the address (paste mode), paste the whole address into it now: the code works once and expires after 10 minutes. If the program was no longer waiting, start the installation again.</source>
        <translation>Wenn dieses Programm auf die Adresse wartet (Einfügemodus), fügen Sie jetzt die ganze Adresse dort ein: Der Code funktioniert nur einmal und läuft nach 10 Minuten ab. Wartete das Programm nicht mehr, starten Sie die Installation erneut.</translation>
    </message>
    <message>
        <source>Bitbucket connected the workspace</source>
        <translation>Bitbucket hat den Arbeitsbereich verbunden</translation>
    </message>
    <message>
        <source>The browser ended on Bitbucket&apos;s Slack configuration page after an installation, which Bitbucket shows only when it saved the connection.</source>
        <translation>Der Browser ist nach einer Installation auf der Slack-Konfigurationsseite von Bitbucket gelandet, die Bitbucket nur anzeigt, wenn es die Verbindung gespeichert hat.</translation>
    </message>
    <message>
        <source>Nothing to fix. Verify the workspace in the list of connected workspaces.</source>
        <translation>Es gibt nichts zu beheben. Überprüfen Sie den Arbeitsbereich in der Liste der verbundenen Arbeitsbereiche.</translation>
    </message>
    <message>
        <source>Bitbucket is used over plain http://</source>
        <translation>Bitbucket wird über einfaches http:// verwendet</translation>
    </message>
    <message>
        <source>Slack accepts only https Redirect URLs and feature URLs, and Bitbucket builds the addresses it gives Slack from its own base URL, which here is http.</source>
        <translation>Slack akzeptiert für Redirect URLs und Funktions-URLs nur https, und Bitbucket bildet die Adressen, die es Slack übergibt, aus seiner eigenen Basis-URL, die hier http ist.</translation>
    </message>
    <message>
        <source>Make Bitbucket&apos;s base URL https and declare the proxy that terminates TLS in bitbucket.properties.</source>
        <translation>Stellen Sie die Basis-URL von Bitbucket auf https um und tragen Sie den Proxy, der TLS terminiert, in bitbucket.properties ein.</translation>
    </message>
    <message>
        <source>Slack reported the error &apos;%1&apos;, which this program does not know</source>
        <translation>Slack hat den Fehler &apos;%1&apos; gemeldet, den dieses Programm nicht kennt</translation>
    </message>
    <message>
        <source>Look the code up in Slack&apos;s documentation of the method that failed, or paste the whole message or address into the troubleshooter.</source>
        <translation>Schlagen Sie den Code in der Dokumentation von Slack zur fehlgeschlagenen Methode nach, oder fügen Sie die ganze Meldung oder Adresse in die Fehlerbehebung ein.</translation>
    </message>
    <message>
        <source>On the Connect page, enter a Bitbucket user that has the Admin or System admin global permission, or grant that permission to this user in Bitbucket&apos;s Global permissions.</source>
        <translation>Geben Sie auf der Seite „Verbinden“ einen Bitbucket-Benutzer mit der globalen Berechtigung „Admin“ oder „System Admin“ ein, oder erteilen Sie diesem Benutzer die Berechtigung in Bitbucket unter „Globale Berechtigungen“.</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation>%1 verbergen</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 anzeigen</translation>
    </message>
</context>
<context>
    <name>FieldRules</name>
    <message>
        <source>Required.</source>
        <translation>Pflichtfeld.</translation>
    </message>
    <message>
        <source>Use only the digits 0-9 and the letters a-f.</source>
        <translation>Verwenden Sie nur die Ziffern 0-9 und die Buchstaben a-f.</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) of 32.</source>
        <translation>
            <numerusform>%n von 32 Zeichen.</numerusform>
            <numerusform>%n von 32 Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is not a valid address: %1</source>
        <translation>Das ist keine gültige Adresse: %1</translation>
    </message>
    <message>
        <source>Give the full address, starting with https://, for example https://bitbucket.example.com/bitbucket.</source>
        <translation>Geben Sie die vollständige Adresse an, beginnend mit https://, zum Beispiel https://bitbucket.example.com/bitbucket.</translation>
    </message>
    <message>
        <source>The address names no host.</source>
        <translation>Die Adresse nennt keinen Host.</translation>
    </message>
    <message>
        <source>Leave the user name and password out of the address; they have their own fields.</source>
        <translation>Lassen Sie Benutzername und Passwort aus der Adresse weg; dafür gibt es eigene Felder.</translation>
    </message>
    <message>
        <source>Remove the part from ? or # on: the base URL ends with Bitbucket&apos;s context path.</source>
        <translation>Entfernen Sie alles ab ? oder #: Die Basis-URL endet mit dem Kontextpfad von Bitbucket.</translation>
    </message>
    <message>
        <source>Slack writes App IDs in capital letters.</source>
        <translation>Slack schreibt App IDs in Großbuchstaben.</translation>
    </message>
    <message>
        <source>An App ID is A followed by 8 to 12 capital letters or digits, like A0123ABCD.</source>
        <translation>Eine App ID besteht aus A und 8 bis 12 Großbuchstaben oder Ziffern, etwa A0123ABCD.</translation>
    </message>
    <message>
        <source>A Client ID is two numbers joined by a dot, like 1234567890.9876543210.</source>
        <translation>Eine Client ID besteht aus zwei Zahlen, die durch einen Punkt verbunden sind, etwa 1234567890.9876543210.</translation>
    </message>
    <message>
        <source>Use only letters and digits.</source>
        <translation>Verwenden Sie nur Buchstaben und Ziffern.</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) of 24.</source>
        <translation>
            <numerusform>%n von 24 Zeichen.</numerusform>
            <numerusform>%n von 24 Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Plain http: Slack needs Bitbucket over https. The HTTPS page will ask you to fix this.</source>
        <translation>Einfaches http: Slack braucht Bitbucket über https. Die Seite „HTTPS“ fordert Sie auf, das zu beheben.</translation>
    </message>
    <message>
        <source>There is no such file.</source>
        <translation>Diese Datei gibt es nicht.</translation>
    </message>
    <message>
        <source>This is not a file that can be read.</source>
        <translation>Das ist keine lesbare Datei.</translation>
    </message>
    <message>
        <source>The file holds no PEM certificate (-----BEGIN CERTIFICATE-----).</source>
        <translation>Die Datei enthält kein PEM-Zertifikat (-----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) found.</source>
        <translation>
            <numerusform>%n Zertifikat gefunden.</numerusform>
            <numerusform>%n Zertifikate gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is the refresh token (xoxe-…): it goes in the Refresh token field.</source>
        <translation>Das ist das Refresh-Token (xoxe-…): Es gehört in das Feld „Refresh-Token“.</translation>
    </message>
    <message>
        <source>An app configuration token starts with xoxe.xoxp-.</source>
        <translation>Ein App-Konfigurationstoken beginnt mit xoxe.xoxp-.</translation>
    </message>
    <message>
        <source>This is the app configuration token (xoxe.xoxp-…): it goes in the field above.</source>
        <translation>Das ist das App-Konfigurationstoken (xoxe.xoxp-…): Es gehört in das Feld darüber.</translation>
    </message>
    <message>
        <source>A refresh token starts with xoxe-.</source>
        <translation>Ein Refresh-Token beginnt mit xoxe-.</translation>
    </message>
</context>
<context>
    <name>FixDialog</name>
    <message>
        <source>(absent)</source>
        <translation>(nicht vorhanden)</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; changes %n field(s) of the app&apos;s manifest. Validate the new manifest with Slack, then apply it. Nothing else in the manifest changes.</source>
        <translation>
            <numerusform>„%1“ ändert %n Feld im Manifest der App. Lassen Sie das neue Manifest von Slack validieren und übernehmen Sie es dann. Sonst ändert sich nichts am Manifest.</numerusform>
            <numerusform>„%1“ ändert %n Felder im Manifest der App. Lassen Sie das neue Manifest von Slack validieren und übernehmen Sie es dann. Sonst ändert sich nichts am Manifest.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; changes %n field(s) of the app&apos;s manifest. No app configuration token was entered, so Workspace Connector cannot change the app itself: copy the new manifest or save it to a file, paste it on the app&apos;s App Manifest page at api.slack.com/apps and save it there.</source>
        <translation>
            <numerusform>„%1“ ändert %n Feld im Manifest der App. Es wurde kein App-Konfigurationstoken eingegeben, daher kann Workspace Connector die App nicht selbst ändern: Kopieren Sie das neue Manifest oder speichern Sie es in einer Datei, fügen Sie es auf der Seite „App Manifest“ der App unter api.slack.com/apps ein und speichern Sie es dort.</numerusform>
            <numerusform>„%1“ ändert %n Felder im Manifest der App. Es wurde kein App-Konfigurationstoken eingegeben, daher kann Workspace Connector die App nicht selbst ändern: Kopieren Sie das neue Manifest oder speichern Sie es in einer Datei, fügen Sie es auf der Seite „App Manifest“ der App unter api.slack.com/apps ein und speichern Sie es dort.</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;hanges:</source>
        <translation>&amp;Änderungen:</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Changes to the manifest</source>
        <translation>Änderungen am Manifest</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Problems Slack found</source>
        <translation>Von Slack gefundene Probleme</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>&amp;Validieren</translation>
    </message>
    <message>
        <source>&amp;Apply to Slack</source>
        <translation>In Slack &amp;übernehmen</translation>
    </message>
    <message>
        <source>&amp;Copy Manifest</source>
        <translation>Manifest &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Save Manifest As…</source>
        <translation>Manifest speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Asking Slack to validate the new manifest…</source>
        <translation>Das neue Manifest wird von Slack validiert…</translation>
    </message>
    <message>
        <source>Slack found no problem with the new manifest. Apply it to Slack when you are ready.</source>
        <translation>Slack hat im neuen Manifest kein Problem gefunden. Übernehmen Sie es in Slack, sobald Sie bereit sind.</translation>
    </message>
    <message numerus="yes">
        <source>Slack accepts the new manifest, with %n warning(s). Apply it to Slack when you are ready.</source>
        <translation>
            <numerusform>Slack akzeptiert das neue Manifest mit %n Warnung. Übernehmen Sie es in Slack, sobald Sie bereit sind.</numerusform>
            <numerusform>Slack akzeptiert das neue Manifest mit %n Warnungen. Übernehmen Sie es in Slack, sobald Sie bereit sind.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Slack found %n problem(s) in the new manifest, listed by field. The manifest was not changed.</source>
        <translation>
            <numerusform>Slack hat %n Problem im neuen Manifest gefunden, nach Feld aufgelistet. Das Manifest wurde nicht geändert.</numerusform>
            <numerusform>Slack hat %n Probleme im neuen Manifest gefunden, nach Feld aufgelistet. Das Manifest wurde nicht geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Slack could not validate the new manifest.</source>
        <translation>Slack konnte das neue Manifest nicht validieren.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>(Slack&apos;s error: %1)</source>
        <translation>(Fehler von Slack: %1)</translation>
    </message>
    <message>
        <source>Apply to Slack</source>
        <translation>In Slack übernehmen</translation>
    </message>
    <message numerus="yes">
        <source>Send the new manifest to Slack? It replaces the app&apos;s whole configuration, with %n field(s) changed.</source>
        <translation>
            <numerusform>Soll das neue Manifest an Slack gesendet werden? Es ersetzt die gesamte Konfiguration der App; %n Feld wird geändert.</numerusform>
            <numerusform>Soll das neue Manifest an Slack gesendet werden? Es ersetzt die gesamte Konfiguration der App; %n Felder werden geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The current manifest is saved first, in %1.</source>
        <translation>Das aktuelle Manifest wird vorher in %1 gesichert.</translation>
    </message>
    <message>
        <source>Sending the new manifest to Slack…</source>
        <translation>Das neue Manifest wird an Slack gesendet…</translation>
    </message>
    <message>
        <source>Slack did not take the new manifest; nothing was changed.</source>
        <translation>Slack hat das neue Manifest nicht übernommen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Slack took the new manifest.</source>
        <translation>Slack hat das neue Manifest übernommen.</translation>
    </message>
    <message>
        <source>Slack took the new manifest. The previous one was saved to %1.</source>
        <translation>Slack hat das neue Manifest übernommen. Das vorherige wurde in %1 gesichert.</translation>
    </message>
    <message>
        <source>The app&apos;s permissions changed. Every workspace that is already connected needs Update Access before the new permissions apply there.</source>
        <translation>Die Berechtigungen der App haben sich geändert. Für jeden bereits verbundenen Arbeitsbereich ist „Zugriff aktualisieren“ nötig, bevor die neuen Berechtigungen dort gelten.</translation>
    </message>
    <message>
        <source>The new manifest (JSON) is on the clipboard. Paste it on the app&apos;s App Manifest page at api.slack.com/apps and save it there.</source>
        <translation>Das neue Manifest (JSON) ist in der Zwischenablage. Fügen Sie es auf der Seite „App Manifest“ der App unter api.slack.com/apps ein und speichern Sie es dort.</translation>
    </message>
    <message>
        <source>Save the Manifest</source>
        <translation>Manifest speichern</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>YAML (*.yaml *.yml)</source>
        <translation>YAML (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Saved the new manifest as YAML to %1.</source>
        <translation>Das neue Manifest wurde als YAML in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Saved the new manifest as JSON to %1.</source>
        <translation>Das neue Manifest wurde als JSON in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Added</source>
        <comment>manifest change</comment>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Removed</source>
        <comment>manifest change</comment>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Changed</source>
        <comment>manifest change</comment>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Slack&apos;s ans&amp;wer:</source>
        <translation>&amp;Antwort von Slack:</translation>
    </message>
</context>
<context>
    <name>HandshakeError</name>
    <message>
        <source>The installation was cancelled on Slack&apos;s permission screen</source>
        <translation>Die Installation wurde im Berechtigungsdialog von Slack abgebrochen</translation>
    </message>
    <message>
        <source>Slack answered access_denied: Cancel was clicked, or the workspace&apos;s admins do not allow this app.</source>
        <translation>Slack antwortete mit access_denied: Es wurde auf „Cancel“ geklickt, oder die Administratoren des Arbeitsbereichs lassen diese App nicht zu.</translation>
    </message>
    <message>
        <source>Slack&apos;s permission screen sent the browser back with the error %1. %2</source>
        <translation>Der Berechtigungsdialog von Slack hat den Browser mit dem Fehler %1 zurückgeschickt. %2</translation>
    </message>
    <message>
        <source>Slack refused to exchange the authorization code: %1. %2</source>
        <translation>Slack hat das Einlösen des Autorisierungscodes abgelehnt: %1. %2</translation>
    </message>
    <message>
        <source>Slack refused the installation</source>
        <translation>Slack hat die Installation abgelehnt</translation>
    </message>
    <message>
        <source>Open Troubleshoot with Slack&apos;s message for the cause.</source>
        <translation>Öffnen Sie die Fehlerbehebung mit der Meldung von Slack, um die Ursache zu erfahren.</translation>
    </message>
    <message>
        <source>Slack&apos;s answer carried no authorization code</source>
        <translation>Die Antwort von Slack enthielt keinen Autorisierungscode</translation>
    </message>
    <message>
        <source>The address the browser came back to has neither a code nor an error, so there is nothing to exchange for tokens.</source>
        <translation>Die Adresse, zu der der Browser zurückgekehrt ist, enthält weder einen Code noch einen Fehler; es gibt also nichts, was gegen Tokens eingelöst werden könnte.</translation>
    </message>
    <message>
        <source>Start again with Add to Slack. In paste mode, copy the whole address the browser ended on, including everything after the question mark.</source>
        <translation>Beginnen Sie erneut mit „Add to Slack“. Kopieren Sie im Einfügemodus die ganze Adresse, auf der der Browser gelandet ist, einschließlich allem, was nach dem Fragezeichen steht.</translation>
    </message>
    <message>
        <source>Slack&apos;s answer carried no state, so it cannot be trusted</source>
        <translation>Die Antwort von Slack enthielt keinen state-Wert und ist daher nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>Every installation this program starts sends a random state that must come back. An answer without one was started elsewhere, for example from Slack&apos;s shareable install link, which installs through Bitbucket instead.</source>
        <translation>Jede Installation, die dieses Programm startet, sendet einen zufälligen state-Wert, der zurückkommen muss. Eine Antwort ohne ihn gehört zu einer Installation, die anderswo gestartet wurde, zum Beispiel über den teilbaren Installationslink von Slack, der stattdessen über Bitbucket installiert.</translation>
    </message>
    <message>
        <source>Start the installation with this program&apos;s Add to Slack and finish it in the browser window it opens.</source>
        <translation>Starten Sie die Installation mit „Add to Slack“ in diesem Programm und schließen Sie sie in dem Browserfenster ab, das sich dabei öffnet.</translation>
    </message>
    <message>
        <source>Slack&apos;s answer belongs to another installation attempt</source>
        <translation>Die Antwort von Slack gehört zu einem anderen Installationsversuch</translation>
    </message>
    <message>
        <source>The state in the answer was not issued by this program in this session. That happens when an old browser tab is used after a restart, and it is what a forged request looks like.</source>
        <translation>Der state-Wert in der Antwort wurde nicht von diesem Programm in dieser Sitzung ausgegeben. Das passiert, wenn nach einem Neustart ein alter Browser-Tab verwendet wird, und genau so sieht auch eine gefälschte Anfrage aus.</translation>
    </message>
    <message>
        <source>Close old Slack tabs and start again with Add to Slack.</source>
        <translation>Schließen Sie alte Slack-Tabs und beginnen Sie erneut mit „Add to Slack“.</translation>
    </message>
    <message>
        <source>Slack&apos;s answer came back too late</source>
        <translation>Die Antwort von Slack kam zu spät</translation>
    </message>
    <message>
        <source>An installation must be finished within 10 minutes of clicking Add to Slack; this answer is older.</source>
        <translation>Eine Installation muss innerhalb von 10 Minuten nach dem Klick auf „Add to Slack“ abgeschlossen sein; diese Antwort ist älter.</translation>
    </message>
    <message>
        <source>Start again with Add to Slack and click Allow within 10 minutes.</source>
        <translation>Beginnen Sie erneut mit „Add to Slack“ und klicken Sie innerhalb von 10 Minuten auf „Allow“.</translation>
    </message>
    <message>
        <source>This answer from Slack was used before</source>
        <translation>Diese Antwort von Slack wurde bereits verwendet</translation>
    </message>
    <message>
        <source>Each answer is accepted once. The page was reloaded, or the same address was pasted a second time.</source>
        <translation>Jede Antwort wird nur einmal angenommen. Die Seite wurde neu geladen, oder dieselbe Adresse wurde ein zweites Mal eingefügt.</translation>
    </message>
    <message>
        <source>Start again with Add to Slack; do not reload the page the browser ends on.</source>
        <translation>Beginnen Sie erneut mit „Add to Slack“; laden Sie die Seite, auf der der Browser landet, nicht neu.</translation>
    </message>
    <message>
        <source>The browser did not come back from Slack</source>
        <translation>Der Browser ist nicht von Slack zurückgekehrt</translation>
    </message>
    <message>
        <source>No answer arrived within 10 minutes of opening Slack&apos;s permission screen.</source>
        <translation>Innerhalb von 10 Minuten nach dem Öffnen des Berechtigungsdialogs von Slack ist keine Antwort eingegangen.</translation>
    </message>
    <message>
        <source>Start again with Add to Slack. If the browser showed an error page, paste its message into Troubleshoot.</source>
        <translation>Beginnen Sie erneut mit „Add to Slack“. Hat der Browser eine Fehlerseite angezeigt, fügen Sie deren Meldung in die Fehlerbehebung ein.</translation>
    </message>
    <message>
        <source>The program cannot receive Slack&apos;s answer on this computer</source>
        <translation>Das Programm kann die Antwort von Slack auf diesem Computer nicht empfangen</translation>
    </message>
    <message>
        <source>The pasted text is not the address the browser ended on</source>
        <translation>Der eingefügte Text ist nicht die Adresse, auf der der Browser gelandet ist</translation>
    </message>
    <message>
        <source>Copy the whole address from the browser&apos;s address bar after clicking Allow; it starts with your redirect page and carries code and state.</source>
        <translation>Kopieren Sie nach dem Klick auf „Allow“ die ganze Adresse aus der Adressleiste des Browsers; sie beginnt mit Ihrer Redirect-Seite und enthält den Code und den state-Wert.</translation>
    </message>
    <message>
        <source>Slack could not be reached to finish the installation</source>
        <translation>Slack war nicht erreichbar, um die Installation abzuschließen</translation>
    </message>
    <message>
        <source>Check this computer&apos;s network connection and proxy settings, then start again; the authorization code is still unused.</source>
        <translation>Prüfen Sie die Netzwerkverbindung und die Proxy-Einstellungen dieses Computers und beginnen Sie dann erneut; der Autorisierungscode ist noch nicht eingelöst.</translation>
    </message>
    <message>
        <source>Slack&apos;s certificate could not be verified</source>
        <translation>Das Zertifikat von Slack konnte nicht überprüft werden</translation>
    </message>
    <message>
        <source>Something between this computer and Slack presents another certificate (often a company proxy). Add the proxy&apos;s certificate authority to the CA bundle on the Connect page, or ask the network team.</source>
        <translation>Etwas zwischen diesem Computer und Slack legt ein anderes Zertifikat vor (oft ein Firmen-Proxy). Fügen Sie die Zertifizierungsstelle des Proxys zum CA-Bundle auf der Seite „Verbinden“ hinzu, oder wenden Sie sich an das Netzwerkteam.</translation>
    </message>
    <message>
        <source>Slack answered the token request with an HTTP error</source>
        <translation>Slack hat die Token-Anfrage mit einem HTTP-Fehler beantwortet</translation>
    </message>
    <message>
        <source>Wait a minute and start again. If it persists, check Slack&apos;s status page and any proxy between this computer and Slack.</source>
        <translation>Warten Sie eine Minute und beginnen Sie dann erneut. Bleibt der Fehler bestehen, prüfen Sie die Statusseite von Slack und jeden Proxy zwischen diesem Computer und Slack.</translation>
    </message>
    <message>
        <source>Slack&apos;s answer to the token request was not understood</source>
        <translation>Die Antwort von Slack auf die Token-Anfrage konnte nicht ausgewertet werden</translation>
    </message>
    <message>
        <source>A proxy or a captive portal probably answered instead of Slack. Check the network and start again.</source>
        <translation>Wahrscheinlich hat ein Proxy oder ein Captive Portal an Stelle von Slack geantwortet. Prüfen Sie das Netzwerk und beginnen Sie erneut.</translation>
    </message>
    <message>
        <source>Slack did not answer the token request in time</source>
        <translation>Slack hat die Token-Anfrage nicht rechtzeitig beantwortet</translation>
    </message>
    <message>
        <source>Start again. If it keeps happening, check the network and proxy between this computer and Slack.</source>
        <translation>Beginnen Sie erneut. Passiert das immer wieder, prüfen Sie Netzwerk und Proxy zwischen diesem Computer und Slack.</translation>
    </message>
    <message>
        <source>Slack&apos;s answer lacks what Bitbucket needs</source>
        <translation>Der Antwort von Slack fehlt, was Bitbucket braucht</translation>
    </message>
    <message>
        <source>Add the scopes the HTTPS page asks for to the manifest (bot scopes including users:read, and the user scopes), then install again.</source>
        <translation>Fügen Sie dem Manifest die Scopes hinzu, die die Seite „HTTPS“ verlangt (Bot-Scopes einschließlich users:read sowie die Benutzer-Scopes), und installieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>The installation cannot start</source>
        <translation>Die Installation kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>Start the install again and choose Allow. If the workspace needs its admins to approve apps, ask them to approve this one first.</source>
        <translation>Starten Sie die Installation erneut und wählen Sie „Allow“. Müssen Apps in diesem Arbeitsbereich von dessen Administratoren genehmigt werden, bitten Sie sie, zuerst diese App zu genehmigen.</translation>
    </message>
    <message>
        <source>Free the port, set another one as handshake/loopbackPort in the settings file (and add the new Redirect URL to the Slack app), or choose paste mode on the Install page.</source>
        <translation>Geben Sie den Port frei, tragen Sie in der Einstellungsdatei unter handshake/loopbackPort einen anderen ein (und fügen Sie die neue Redirect URL der Slack-App hinzu) oder wählen Sie auf der Seite „Installation“ den Einfügemodus.</translation>
    </message>
    <message>
        <source>Complete the Connect page (Client ID and Client Secret are needed) and read the Slack app&apos;s manifest on the HTTPS page (the scopes come from it).</source>
        <translation>Vervollständigen Sie die Seite „Verbinden“ (Client ID und Client Secret werden benötigt) und lesen Sie auf der Seite „HTTPS“ das Manifest der Slack-App (die Scopes stammen daraus).</translation>
    </message>
</context>
<context>
    <name>HttpRedirectCheck</name>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation>%1 antwortete mit HTTP %2</translation>
    </message>
    <message>
        <source>, Location: %1</source>
        <translation>, Location: %1</translation>
    </message>
    <message>
        <source>http:// on %1 redirects to https://.</source>
        <translation>http:// auf %1 leitet auf https:// weiter.</translation>
    </message>
    <message>
        <source>http:// redirects to https:// on another host, %1.</source>
        <translation>http:// leitet auf https:// auf einem anderen Host weiter: %1.</translation>
    </message>
    <message>
        <source>Redirect http://%1 to https://%1 itself, or use %2 in the base URL if that is Bitbucket&apos;s real address.</source>
        <translation>Leiten Sie http://%1 auf https://%1 selbst weiter, oder verwenden Sie %2 in der Basis-URL, falls das die tatsächliche Adresse von Bitbucket ist.</translation>
    </message>
    <message>
        <source>http:// redirects to plain HTTP on another host, %1.</source>
        <translation>http:// leitet auf einfaches HTTP auf einem anderen Host weiter: %1.</translation>
    </message>
    <message>
        <source>http:// keeps redirecting to plain HTTP and never reaches https://.</source>
        <translation>http:// leitet immer wieder auf einfaches HTTP weiter und erreicht nie https://.</translation>
    </message>
    <message>
        <source>%1 serves content over plain HTTP instead of redirecting to https://.</source>
        <translation>%1 liefert Inhalte über einfaches HTTP aus, statt auf https:// weiterzuleiten.</translation>
    </message>
    <message>
        <source>Plain http:// answers HTTP %1 instead of redirecting to https://.</source>
        <translation>Einfaches http:// antwortet mit HTTP %1, statt auf https:// weiterzuleiten.</translation>
    </message>
    <message>
        <source>Plain HTTP is not served on port %1 (connection refused).</source>
        <translation>Auf Port %1 wird kein einfaches HTTP angeboten (Verbindung abgelehnt).</translation>
    </message>
    <message>
        <source>Plain HTTP is not served on port %1 (the connection is closed).</source>
        <translation>Auf Port %1 wird kein einfaches HTTP angeboten (die Verbindung wird geschlossen).</translation>
    </message>
    <message>
        <source>Nobody can reach Bitbucket over http:// by mistake. Browsers need https:// typed in, unless a redirect is added.</source>
        <translation>Niemand erreicht Bitbucket versehentlich über http://. Im Browser muss https:// eingegeben werden, solange keine Weiterleitung eingerichtet ist.</translation>
    </message>
    <message>
        <source>Configure the reverse proxy (or Bitbucket&apos;s HTTP connector) on port %1 to answer every http:// request with a permanent redirect (301 or 308) to the same path under %2.</source>
        <translation>Konfigurieren Sie den Reverse-Proxy (oder den HTTP-Connector von Bitbucket) auf Port %1 so, dass er jede http://-Anfrage mit einer permanenten Weiterleitung (301 oder 308) auf denselben Pfad unter %2 beantwortet.</translation>
    </message>
</context>
<context>
    <name>HttpsPage</name>
    <message>
        <source>HTTPS</source>
        <translation>HTTPS</translation>
    </message>
    <message>
        <source>Bitbucket checks</source>
        <translation>Bitbucket-Prüfungen</translation>
    </message>
    <message>
        <source>&amp;Run All Checks Again</source>
        <translation>&amp;Alle Prüfungen erneut ausführen</translation>
    </message>
    <message>
        <source>C&amp;ancel Checks</source>
        <translation>Prüfungen a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Bitbucket at %1, checked with the account %2.</source>
        <translation>Bitbucket unter %1, geprüft mit dem Konto %2.</translation>
    </message>
    <message numerus="yes">
        <source>Checking… %1 of %n check(s) finished.</source>
        <translation>
            <numerusform>Wird geprüft… %1 von %n Prüfung abgeschlossen.</numerusform>
            <numerusform>Wird geprüft… %1 von %n Prüfungen abgeschlossen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checks were cancelled. Run them again to go on.</source>
        <translation>Die Prüfungen wurden abgebrochen. Führen Sie sie erneut aus, um fortzufahren.</translation>
    </message>
    <message>
        <source>The checks have not run yet.</source>
        <translation>Die Prüfungen wurden noch nicht ausgeführt.</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) failed. Fix what the failed checks say, then run them again.</source>
        <translation>
            <numerusform>%n Prüfung ist fehlgeschlagen. Beheben Sie, was die fehlgeschlagene Prüfung meldet, und führen Sie sie dann erneut aus.</numerusform>
            <numerusform>%n Prüfungen sind fehlgeschlagen. Beheben Sie, was die fehlgeschlagenen Prüfungen melden, und führen Sie sie dann erneut aus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No check failed, but %n warning(s) need a look.</source>
        <translation>
            <numerusform>Keine Prüfung ist fehlgeschlagen, aber %n Warnung verdient Beachtung.</numerusform>
            <numerusform>Keine Prüfung ist fehlgeschlagen, aber %n Warnungen verdienen Beachtung.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every Bitbucket check passed.</source>
        <translation>Alle Bitbucket-Prüfungen wurden bestanden.</translation>
    </message>
    <message>
        <source>Slack reaches Bitbucket only over HTTPS, and connecting workspaces needs a Bitbucket administrator. These checks show whether your Bitbucket and your Slack app are ready, and how to fix what is not.</source>
        <translation>Slack erreicht Bitbucket nur über HTTPS, und zum Verbinden von Arbeitsbereichen ist ein Bitbucket-Administrator nötig. Diese Prüfungen zeigen, ob Ihr Bitbucket und Ihre Slack-App bereit sind und wie Sie beheben, was noch nicht stimmt.</translation>
    </message>
</context>
<context>
    <name>InstallController</name>
    <message>
        <source>The Slack app&apos;s manifest has not been read</source>
        <translation>Das Manifest der Slack-App wurde nicht gelesen</translation>
    </message>
    <message>
        <source>The scopes to ask for come from the app&apos;s manifest.</source>
        <translation>Die anzufordernden Scopes stammen aus dem Manifest der App.</translation>
    </message>
    <message>
        <source>Go back to the HTTPS page and read the manifest through Slack&apos;s API or from a file.</source>
        <translation>Gehen Sie zurück zur Seite „HTTPS“ und lesen Sie das Manifest über die API von Slack oder aus einer Datei.</translation>
    </message>
    <message>
        <source>Slack&apos;s answer reached Workspace Connector</source>
        <translation>Die Antwort von Slack hat Workspace Connector erreicht</translation>
    </message>
    <message>
        <source>You can close this tab. Workspace Connector finishes connecting the workspace and shows the result.</source>
        <translation>Sie können diesen Tab schließen. Workspace Connector schließt das Verbinden des Arbeitsbereichs ab und zeigt das Ergebnis an.</translation>
    </message>
    <message>
        <source>The workspace was not connected. Return to Workspace Connector: it says what happened and what to do next.</source>
        <translation>Der Arbeitsbereich wurde nicht verbunden. Kehren Sie zu Workspace Connector zurück: Dort steht, was passiert ist und was als Nächstes zu tun ist.</translation>
    </message>
    <message>
        <source>Bitbucket did not replace the connection to %1</source>
        <translation>Bitbucket hat die Verbindung zu %1 nicht ersetzt</translation>
    </message>
    <message>
        <source>Bitbucket did not connect %1</source>
        <translation>Bitbucket hat %1 nicht verbunden</translation>
    </message>
    <message>
        <source>%1 was connected, but Slack did not grant every scope the manifest asks for: %2. Run Update Access for it once they can be granted.</source>
        <translation>%1 wurde verbunden, aber Slack hat nicht jeden Scope gewährt, den das Manifest anfordert: %2. Führen Sie für diesen Arbeitsbereich „Zugriff aktualisieren“ aus, sobald sie gewährt werden können.</translation>
    </message>
    <message>
        <source>This install was not written to the local ledger, which could not be opened.</source>
        <translation>Diese Installation wurde nicht in das lokale Journal eingetragen, da es nicht geöffnet werden konnte.</translation>
    </message>
    <message>
        <source>This install was not written to the local ledger: %1 %2</source>
        <translation>Diese Installation wurde nicht in das lokale Journal eingetragen: %1 %2</translation>
    </message>
    <message>
        <source>The app was authorised for another workspace</source>
        <translation>Die App wurde für einen anderen Arbeitsbereich autorisiert</translation>
    </message>
    <message>
        <source>Run Update Access again and keep %1 selected on Slack&apos;s screen; to connect %2 as well, use Add to Slack in the setup wizard.</source>
        <translation>Führen Sie „Zugriff aktualisieren“ erneut aus und lassen Sie im Dialog von Slack %1 ausgewählt; um auch %2 zu verbinden, verwenden Sie „Add to Slack“ im Einrichtungsassistenten.</translation>
    </message>
    <message>
        <source>Update Access was for %1, but the app was authorised for %2 (%3). Bitbucket was not changed.</source>
        <translation>„Zugriff aktualisieren“ galt %1, die App wurde aber für %2 (%3) autorisiert. Bitbucket wurde nicht geändert.</translation>
    </message>
</context>
<context>
    <name>InstallPage</name>
    <message>
        <source>%1 (%2): connection replaced</source>
        <translation>%1 (%2): Verbindung ersetzt</translation>
    </message>
    <message>
        <source>%1 (%2): connected</source>
        <translation>%1 (%2): verbunden</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>(scopes not granted: %1)</source>
        <translation>(nicht gewährte Scopes: %1)</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Installation</translation>
    </message>
    <message>
        <source>Add the app to each further workspace: your browser shows Slack&apos;s permission screen, you pick the workspace and click Allow, and this program connects the workspace to Bitbucket. Repeat for every workspace.</source>
        <translation>Fügen Sie die App jedem weiteren Arbeitsbereich hinzu: Ihr Browser zeigt den Berechtigungsdialog von Slack, Sie wählen den Arbeitsbereich und klicken auf „Allow“, und dieses Programm verbindet den Arbeitsbereich mit Bitbucket. Wiederholen Sie das für jeden Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Workspaces connected in this session</source>
        <translation>In dieser Sitzung verbundene Arbeitsbereiche</translation>
    </message>
    <message>
        <source>Connected in this &amp;session:</source>
        <translation>In dieser Sitzung &amp;verbunden:</translation>
    </message>
    <message>
        <source>To this program (recommended)</source>
        <translation>Zu diesem Programm (empfohlen)</translation>
    </message>
    <message>
        <source>To a page of mine, whose address I paste here</source>
        <translation>Zu einer eigenen Seite, deren Adresse ich hier einfüge</translation>
    </message>
    <message>
        <source>After Allow, the browser re&amp;turns:</source>
        <translation>Nach „Allow“ &amp;kehrt der Browser zurück:</translation>
    </message>
    <message>
        <source>&amp;Redirect URL:</source>
        <translation>&amp;Redirect URL:</translation>
    </message>
    <message>
        <source>optional, e.g. T0123ABCD</source>
        <translation>optional, z. B. T0123ABCD</translation>
    </message>
    <message>
        <source>&amp;Workspace ID:</source>
        <translation>Arbeitsbereichs-&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Add to Slack</source>
        <translation>&amp;Add to Slack</translation>
    </message>
    <message>
        <source>Paste the address the browser ended on</source>
        <translation>Adresse einfügen, auf der der Browser gelandet ist</translation>
    </message>
    <message>
        <source>Address the browser &amp;ended on:</source>
        <translation>Adresse, auf der der Browser &amp;gelandet ist:</translation>
    </message>
    <message>
        <source>&amp;Use This Address</source>
        <translation>&amp;Diese Adresse verwenden</translation>
    </message>
    <message>
        <source>C&amp;opy the Permission Screen&apos;s Address</source>
        <translation>Adresse des Berechtigungsdialogs k&amp;opieren</translation>
    </message>
    <message>
        <source>&amp;Cancel Install</source>
        <translation>Installation a&amp;bbrechen</translation>
    </message>
    <message>
        <source>The address of Slack&apos;s permission screen is on the clipboard: paste it into the browser you use for Slack.</source>
        <translation>Die Adresse des Berechtigungsdialogs von Slack ist in der Zwischenablage: Fügen Sie sie in den Browser ein, den Sie für Slack verwenden.</translation>
    </message>
    <message>
        <source>Give the https address of a page you control; Slack sends the browser there with the code, and you paste the address it ended on here.</source>
        <translation>Geben Sie die https-Adresse einer Seite an, die Sie selbst verwalten; Slack schickt den Browser mit dem Code dorthin, und Sie fügen hier die Adresse ein, auf der er gelandet ist.</translation>
    </message>
    <message>
        <source>Slack accepts only https Redirect URLs for a distributed app: give an address that starts with https://.</source>
        <translation>Slack akzeptiert für eine verteilte App nur Redirect URLs mit https: Geben Sie eine Adresse an, die mit https:// beginnt.</translation>
    </message>
    <message>
        <source>Slack sends the browser back to %1.</source>
        <translation>Slack schickt den Browser zurück zu %1.</translation>
    </message>
    <message>
        <source>The app&apos;s Redirect URLs do not cover it, so Slack would refuse the install: %1 Add it on the HTTPS page (Add this Redirect URL).</source>
        <translation>Die Redirect URLs der App decken sie nicht ab, daher würde Slack die Installation ablehnen: %1 Fügen Sie sie auf der Seite „HTTPS“ hinzu („Diese Redirect URL hinzufügen“).</translation>
    </message>
    <message>
        <source>A workspace ID starts with T followed by capital letters and digits, e.g. T0123ABCD. Leave it empty to choose the workspace on Slack&apos;s screen.</source>
        <translation>Eine Arbeitsbereichs-ID besteht aus T, gefolgt von Großbuchstaben und Ziffern, etwa T0123ABCD. Lassen Sie das Feld leer, um den Arbeitsbereich im Dialog von Slack auszuwählen.</translation>
    </message>
    <message>
        <source>Your browser shows Slack&apos;s permission screen. Choose the workspace and click Allow, then paste here the address the browser ends on.</source>
        <translation>Ihr Browser zeigt den Berechtigungsdialog von Slack. Wählen Sie den Arbeitsbereich, klicken Sie auf „Allow“ und fügen Sie dann hier die Adresse ein, auf der der Browser landet.</translation>
    </message>
    <message>
        <source>Your browser shows Slack&apos;s permission screen. Choose the workspace and click Allow; this program waits for the browser to come back.</source>
        <translation>Ihr Browser zeigt den Berechtigungsdialog von Slack. Wählen Sie den Arbeitsbereich und klicken Sie auf „Allow“; dieses Programm wartet, bis der Browser zurückkehrt.</translation>
    </message>
    <message>
        <source>The browser then comes back to this program at 127.0.0.1 and warns once that the certificate there is not trusted: this program made it for itself. Accept it if its SHA-256 fingerprint is %1.</source>
        <translation>Der Browser kehrt dann unter 127.0.0.1 zu diesem Programm zurück und warnt einmalig, dass das Zertifikat dort nicht vertrauenswürdig ist: Dieses Programm hat es für sich selbst erzeugt. Akzeptieren Sie es, wenn sein SHA-256-Fingerabdruck %1 lautet.</translation>
    </message>
    <message>
        <source>Slack&apos;s answer arrived; asking Slack for the workspace&apos;s tokens…</source>
        <translation>Die Antwort von Slack ist eingegangen; die Tokens des Arbeitsbereichs werden bei Slack angefordert…</translation>
    </message>
    <message>
        <source>Connecting the workspace to Bitbucket…</source>
        <translation>Der Arbeitsbereich wird mit Bitbucket verbunden…</translation>
    </message>
    <message>
        <source>Waiting for your decision…</source>
        <translation>Warten auf Ihre Entscheidung…</translation>
    </message>
    <message>
        <source>&amp;Add Another Workspace</source>
        <translation>Weiteren &amp;Arbeitsbereich hinzufügen</translation>
    </message>
    <message>
        <source>Bitbucket answered: %1</source>
        <translation>Antwort von Bitbucket: %1</translation>
    </message>
    <message>
        <source>Replace the Connection?</source>
        <translation>Verbindung ersetzen?</translation>
    </message>
    <message>
        <source>%1 (%2) is already connected to Bitbucket.</source>
        <translation>%1 (%2) ist bereits mit Bitbucket verbunden.</translation>
    </message>
    <message>
        <source>&amp;Replace Connection</source>
        <translation>Verbindung &amp;ersetzen</translation>
    </message>
    <message>
        <source>The existing connection of %1 (%2) was kept; nothing changed in Bitbucket.</source>
        <translation>Die bestehende Verbindung von %1 (%2) wurde beibehalten; in Bitbucket hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>Replacing gives Bitbucket the tokens of this install and the app&apos;s current credentials instead of the ones it has. Its channel mappings and personal account links stay. Cancel keeps the connection as it is.</source>
        <translation>Beim Ersetzen erhält Bitbucket die Tokens dieser Installation und die aktuellen Zugangsdaten der App anstelle der bisherigen. Kanalzuordnungen und persönliche Kontoverknüpfungen bleiben erhalten. „Abbrechen“ lässt die Verbindung, wie sie ist.</translation>
    </message>
</context>
<context>
    <name>Installation</name>
    <message>
        <source>Slack installed the app for a whole Enterprise Grid organisation rather than for one workspace. Bitbucket&apos;s Slack integration connects single workspaces.</source>
        <translation>Slack hat die App für eine ganze Enterprise-Grid-Organisation installiert statt für einen einzelnen Arbeitsbereich. Die Slack-Integration von Bitbucket verbindet einzelne Arbeitsbereiche.</translation>
    </message>
    <message>
        <source>Slack&apos;s answer has no bot token. The app must ask for bot scopes (at least users:read) so that Bitbucket can act as its bot.</source>
        <translation>Die Antwort von Slack enthält kein Bot-Token. Die App muss Bot-Scopes anfordern (mindestens users:read), damit Bitbucket als ihr Bot handeln kann.</translation>
    </message>
    <message>
        <source>Slack&apos;s answer has no token for the person who installed the app. Bitbucket needs it; the app must ask for user scopes.</source>
        <translation>Die Antwort von Slack enthält kein Token für die Person, die die App installiert hat. Bitbucket braucht es; die App muss Benutzer-Scopes anfordern.</translation>
    </message>
</context>
<context>
    <name>IntegrationAnswer</name>
    <message>
        <source>%1: %2</source>
        <comment>a known error&apos;s title, then its cause</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Bitbucket did not accept the administrator&apos;s user name or password.</source>
        <translation>Bitbucket hat Benutzername oder Passwort des Administrators nicht akzeptiert.</translation>
    </message>
    <message>
        <source>Correct them on the Connect page (the HTTPS page&apos;s %1 check shows whether they work), then try again.</source>
        <translation>Korrigieren Sie sie auf der Seite „Verbinden“ (die Prüfung %1 auf der Seite „HTTPS“ zeigt, ob sie funktionieren), und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Bitbucket does not accept Basic authentication, which this program signs in with.</source>
        <translation>Bitbucket akzeptiert keine Basic-Authentifizierung, mit der sich dieses Programm aber anmeldet.</translation>
    </message>
    <message>
        <source>Allow Basic authentication for REST requests in Bitbucket (Administration &gt; Authentication methods), at least for this administrator.</source>
        <translation>Erlauben Sie in Bitbucket die Basic-Authentifizierung für REST-Anfragen (Administration &gt; Authentifizierungsmethoden), mindestens für diesen Administrator.</translation>
    </message>
    <message>
        <source>Bitbucket refused the request (HTTP %1).</source>
        <translation>Bitbucket hat die Anfrage abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>Run the HTTPS page&apos;s checks again: %1 tells why the administrator is refused.</source>
        <translation>Führen Sie die Prüfungen auf der Seite „HTTPS“ erneut aus: %1 zeigt, warum der Administrator abgewiesen wird.</translation>
    </message>
    <message>
        <source>Bitbucket has no Slack integration at this address (HTTP 404).</source>
        <translation>Bitbucket hat unter dieser Adresse keine Slack-Integration (HTTP 404).</translation>
    </message>
    <message>
        <source>Check that the base URL on the Connect page is Bitbucket&apos;s, with its context path, and that Atlassian&apos;s Slack integration is installed and enabled.</source>
        <translation>Prüfen Sie, ob die Basis-URL auf der Seite „Verbinden“ samt Kontextpfad die von Bitbucket ist und ob die Slack-Integration von Atlassian installiert und aktiviert ist.</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>the system keychain (Secret Service), entries filed under &quot;%1&quot;</source>
        <translation>dem Schlüsselbund des Systems (Secret Service, Einträge unter „%1“)</translation>
    </message>
    <message>
        <source>%1 (The keychain service said: %2)</source>
        <translation>%1 (Meldung des Schlüsselbunddienstes: %2)</translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <source>The ledger cannot be opened: Qt&apos;s SQLite driver is missing.</source>
        <translation>Das Journal kann nicht geöffnet werden: Der SQLite-Treiber von Qt fehlt.</translation>
    </message>
    <message>
        <source>Install the package that provides it (libqt6sql6-sqlite on Debian and Ubuntu), then start Workspace Connector again.</source>
        <translation>Installieren Sie das Paket, das ihn bereitstellt (libqt6sql6-sqlite unter Debian und Ubuntu), und starten Sie Workspace Connector dann neu.</translation>
    </message>
    <message>
        <source>The folder %1 for the ledger cannot be created: %2.</source>
        <translation>Der Ordner %1 für das Journal kann nicht angelegt werden: %2.</translation>
    </message>
    <message>
        <source>Make sure %1 is a folder you can write to, then start Workspace Connector again.</source>
        <translation>Stellen Sie sicher, dass %1 ein Ordner ist, in den Sie schreiben dürfen, und starten Sie Workspace Connector dann neu.</translation>
    </message>
    <message>
        <source>The ledger %1 cannot be created: %2.</source>
        <translation>Das Journal %1 kann nicht angelegt werden: %2.</translation>
    </message>
    <message>
        <source>Free some space on the disk that holds %1, then start Workspace Connector again.</source>
        <translation>Schaffen Sie Platz auf dem Datenträger, auf dem %1 liegt, und starten Sie Workspace Connector dann neu.</translation>
    </message>
    <message>
        <source>Make the folder %1 writable for your user, then start Workspace Connector again.</source>
        <translation>Machen Sie den Ordner %1 für Ihren Benutzer beschreibbar und starten Sie Workspace Connector dann neu.</translation>
    </message>
    <message>
        <source>The ledger %1 cannot be opened.</source>
        <translation>Das Journal %1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The ledger %1 cannot be read.</source>
        <translation>Das Journal %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The ledger %1 was written by a newer version of Workspace Connector (ledger version %2; this version knows up to %3). It was left untouched.</source>
        <translation>Das Journal %1 wurde von einer neueren Version von Workspace Connector geschrieben (Journal-Version %2; diese Version kennt Versionen bis %3). Es wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Use the newer version of Workspace Connector, or move %1 aside to start a new ledger with this version.</source>
        <translation>Verwenden Sie die neuere Version von Workspace Connector, oder verschieben Sie %1 an einen anderen Ort, um mit dieser Version ein neues Journal zu beginnen.</translation>
    </message>
    <message>
        <source>The ledger %1 cannot be set up.</source>
        <translation>Das Journal %1 kann nicht eingerichtet werden.</translation>
    </message>
    <message>
        <source>The ledger %1 cannot be brought up to date.</source>
        <translation>Das Journal %1 kann nicht auf den aktuellen Stand gebracht werden.</translation>
    </message>
    <message>
        <source>The event was not recorded: the ledger is not open.</source>
        <translation>Das Ereignis wurde nicht eingetragen: Das Journal ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Start Workspace Connector again; if this persists, look at the message shown when the ledger was opened.</source>
        <translation>Starten Sie Workspace Connector neu; bleibt das Problem bestehen, lesen Sie die Meldung, die beim Öffnen des Journals angezeigt wurde.</translation>
    </message>
    <message>
        <source>The event was not recorded in the ledger %1.</source>
        <translation>Das Ereignis wurde nicht in das Journal %1 eingetragen.</translation>
    </message>
    <message>
        <source>app id</source>
        <translation>App ID</translation>
    </message>
    <message>
        <source>team id</source>
        <translation>Arbeitsbereichs-ID</translation>
    </message>
    <message>
        <source>enterprise id</source>
        <translation>Enterprise-ID</translation>
    </message>
    <message>
        <source>installer&apos;s user id</source>
        <translation>Benutzer-ID der installierenden Person</translation>
    </message>
    <message>
        <source>bot scopes</source>
        <translation>Bot-Scopes</translation>
    </message>
    <message>
        <source>user scopes</source>
        <translation>Benutzer-Scopes</translation>
    </message>
    <message>
        <source>The event was not recorded: its %1 is not in Slack&apos;s format.</source>
        <translation>Das Ereignis wurde nicht eingetragen: Das Feld „%1“ hat nicht das Format von Slack.</translation>
    </message>
    <message>
        <source>This is a mistake in Workspace Connector; please report it.</source>
        <translation>Das ist ein Fehler in Workspace Connector; bitte melden Sie ihn.</translation>
    </message>
    <message>
        <source>The ledger cannot be read: it is not open.</source>
        <translation>Das Journal kann nicht gelesen werden: Es ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>The disk is full, or the file may not grow any larger.</source>
        <translation>Der Datenträger ist voll, oder die Datei darf nicht weiter wachsen.</translation>
    </message>
    <message>
        <source>Free some space on the disk that holds %1, then try again.</source>
        <translation>Schaffen Sie Platz auf dem Datenträger, auf dem %1 liegt, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The file or its folder cannot be written to.</source>
        <translation>In die Datei oder ihren Ordner kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Make %1, the files beside it that start with the same name and its folder writable for your user, then start Workspace Connector again.</source>
        <translation>Machen Sie %1, die Dateien daneben, deren Name genauso beginnt, und den Ordner für Ihren Benutzer beschreibbar, und starten Sie Workspace Connector dann neu.</translation>
    </message>
    <message>
        <source>The file is not an SQLite database, or it is damaged.</source>
        <translation>Die Datei ist keine SQLite-Datenbank, oder sie ist beschädigt.</translation>
    </message>
    <message>
        <source>Move %1 aside (keep it if you want to look into it); Workspace Connector then starts a new, empty ledger.</source>
        <translation>Verschieben Sie %1 an einen anderen Ort (bewahren Sie die Datei auf, wenn Sie sie untersuchen möchten); Workspace Connector beginnt dann ein neues, leeres Journal.</translation>
    </message>
    <message numerus="yes">
        <source>Another program kept it locked for more than %n second(s).</source>
        <translation>
            <numerusform>Ein anderes Programm hat es länger als %n Sekunde gesperrt.</numerusform>
            <numerusform>Ein anderes Programm hat es länger als %n Sekunden gesperrt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close other copies of Workspace Connector that use the same profile, then try again.</source>
        <translation>Schließen Sie andere Instanzen von Workspace Connector, die dasselbe Profil verwenden, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>SQLite cannot open the file.</source>
        <translation>SQLite kann die Datei nicht öffnen.</translation>
    </message>
    <message>
        <source>Make sure %1 is a folder you can write to and %2 a file you own, then start Workspace Connector again.</source>
        <translation>Stellen Sie sicher, dass %1 ein Ordner ist, in den Sie schreiben dürfen, und %2 eine Datei, die Ihnen gehört, und starten Sie Workspace Connector dann neu.</translation>
    </message>
    <message>
        <source>Reading or writing the disk failed (%1).</source>
        <translation>Das Lesen oder Schreiben auf dem Datenträger ist fehlgeschlagen (%1).</translation>
    </message>
    <message>
        <source>Check that the disk that holds %1 has free space and no errors, then try again.</source>
        <translation>Prüfen Sie, ob der Datenträger, auf dem %1 liegt, freien Platz hat und fehlerfrei ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>SQLite says: %1.</source>
        <translation>SQLite meldet: %1.</translation>
    </message>
    <message>
        <source>Try again; if it happens again, move %1 aside and start Workspace Connector again.</source>
        <translation>Versuchen Sie es erneut; passiert es wieder, verschieben Sie %1 an einen anderen Ort und starten Sie Workspace Connector neu.</translation>
    </message>
</context>
<context>
    <name>LedgerWriter</name>
    <message>
        <source>The event was not recorded: the ledger is not open.</source>
        <translation>Das Ereignis wurde nicht eingetragen: Das Journal ist nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>LoopbackCertificate</name>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is too large to hold a certificate or key.</source>
        <translation>%1 ist zu groß für ein Zertifikat oder einen Schlüssel.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>The private key in %1 is protected by a passphrase. Supply the key without one.</source>
        <translation>Der private Schlüssel in %1 ist mit einer Passphrase geschützt. Stellen Sie den Schlüssel ohne Passphrase bereit.</translation>
    </message>
    <message>
        <source>%1 holds no private key that can be read (PEM, EC or RSA, without a passphrase).</source>
        <translation>%1 enthält keinen lesbaren privaten Schlüssel (PEM, EC oder RSA, ohne Passphrase).</translation>
    </message>
    <message>
        <source>%1 exists but is not a folder.</source>
        <translation>%1 existiert, ist aber kein Ordner.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Access to the folder %1 cannot be restricted to its owner.</source>
        <translation>Der Zugriff auf den Ordner %1 kann nicht auf seinen Besitzer beschränkt werden.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be replaced.</source>
        <translation>%1 kann nicht ersetzt werden.</translation>
    </message>
    <message>
        <source>%1 cannot be put in place of %2.</source>
        <translation>%1 kann nicht an die Stelle von %2 gesetzt werden.</translation>
    </message>
    <message>
        <source>The certificate in %1 expired on %2. Supply a current one.</source>
        <translation>Das Zertifikat in %1 ist am %2 abgelaufen. Stellen Sie ein aktuelles bereit.</translation>
    </message>
    <message>
        <source>The certificate in %1 is not valid before %2.</source>
        <translation>Das Zertifikat in %1 ist erst ab %2 gültig.</translation>
    </message>
    <message>
        <source>The private key in %1 does not belong to the certificate in %2.</source>
        <translation>Der private Schlüssel in %1 gehört nicht zum Zertifikat in %2.</translation>
    </message>
    <message>
        <source>The certificate in %1 is not issued for the IP address 127.0.0.1, the address the browser returns to, so the browser would refuse it. Supply a certificate whose subject alternative names include IP 127.0.0.1.</source>
        <translation>Das Zertifikat in %1 ist nicht für die IP-Adresse 127.0.0.1 ausgestellt, zu der der Browser zurückkehrt, daher würde der Browser es ablehnen. Stellen Sie ein Zertifikat bereit, dessen alternative Inhabernamen (Subject Alternative Names) IP 127.0.0.1 enthalten.</translation>
    </message>
    <message>
        <source>A certificate for the listener for Slack&apos;s answer cannot be made: %1</source>
        <translation>Für den Listener, der Slacks Antwort empfängt, kann kein Zertifikat erstellt werden: %1</translation>
    </message>
</context>
<context>
    <name>LoopbackListener</name>
    <message>
        <source>The callback path &quot;%1&quot; must start with &quot;/&quot; and contain no &quot;?&quot; or &quot;#&quot;.</source>
        <translation>Der Callback-Pfad „%1“ muss mit „/“ beginnen und darf weder „?“ noch „#“ enthalten.</translation>
    </message>
    <message>
        <source>A request with headers larger than %1 KiB was turned away (HTTP 431).</source>
        <translation>Eine Anfrage mit Headern von mehr als %1 KiB wurde abgewiesen (HTTP 431).</translation>
    </message>
    <message>
        <source>A request that is not valid HTTP was turned away (HTTP 400).</source>
        <translation>Eine Anfrage, die kein gültiges HTTP ist, wurde abgewiesen (HTTP 400).</translation>
    </message>
    <message>
        <source>A request with a method other than GET was turned away (HTTP 405).</source>
        <translation>Eine Anfrage mit einer anderen Methode als GET wurde abgewiesen (HTTP 405).</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Method not allowed</source>
        <translation>Methode nicht erlaubt</translation>
    </message>
    <message>
        <source>This address only takes the browser&apos;s return from Slack.</source>
        <translation>Diese Adresse nimmt nur die Rückkehr des Browsers von Slack entgegen.</translation>
    </message>
    <message>
        <source>Request too large</source>
        <translation>Anfrage zu groß</translation>
    </message>
    <message>
        <source>The request&apos;s headers are larger than Workspace Connector accepts.</source>
        <translation>Die Header der Anfrage sind größer, als Workspace Connector annimmt.</translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation>Ungültige Anfrage</translation>
    </message>
    <message>
        <source>Workspace Connector could not read this request.</source>
        <translation>Workspace Connector konnte diese Anfrage nicht lesen.</translation>
    </message>
    <message>
        <source>Not waiting for Slack</source>
        <translation>Es wird nicht auf Slack gewartet</translation>
    </message>
    <message>
        <source>You can close this tab and return to Workspace Connector.</source>
        <translation>Sie können diesen Tab schließen und zu Workspace Connector zurückkehren.</translation>
    </message>
    <message>
        <source>Return to Workspace Connector to see what went wrong.</source>
        <translation>Kehren Sie zu Workspace Connector zurück, um zu sehen, was schiefgegangen ist.</translation>
    </message>
    <message>
        <source>The listener for Slack&apos;s answer has no certificate to serve.</source>
        <translation>Der Listener, der Slacks Antwort empfängt, hat kein Zertifikat, das er vorweisen könnte.</translation>
    </message>
    <message>
        <source>Port %1 on 127.0.0.1 is in use by another program, so Workspace Connector cannot receive the browser&apos;s return from Slack. Close that program, or choose another port (handshake/loopbackPort in the settings file); the Redirect URL in the Slack app must then be changed to the new address as well.</source>
        <translation>Port %1 auf 127.0.0.1 wird von einem anderen Programm belegt, daher kann Workspace Connector die Rückkehr des Browsers von Slack nicht empfangen. Beenden Sie dieses Programm oder wählen Sie einen anderen Port (handshake/loopbackPort in der Einstellungsdatei); die Redirect URL der Slack-App muss dann ebenfalls auf die neue Adresse geändert werden.</translation>
    </message>
    <message>
        <source>Workspace Connector may not listen on port %1 of 127.0.0.1 (ports below 1024 need special rights). Choose another port (handshake/loopbackPort in the settings file); the Redirect URL in the Slack app must then be changed to the new address as well.</source>
        <translation>Workspace Connector darf nicht auf Port %1 von 127.0.0.1 lauschen (Ports unter 1024 erfordern besondere Rechte). Wählen Sie einen anderen Port (handshake/loopbackPort in der Einstellungsdatei); die Redirect URL der Slack-App muss dann ebenfalls auf die neue Adresse geändert werden.</translation>
    </message>
    <message>
        <source>Workspace Connector cannot listen on port %1 of 127.0.0.1: %2. Choose another port (handshake/loopbackPort in the settings file); the Redirect URL in the Slack app must then be changed to the new address as well.</source>
        <translation>Workspace Connector kann nicht auf Port %1 von 127.0.0.1 lauschen: %2. Wählen Sie einen anderen Port (handshake/loopbackPort in der Einstellungsdatei); die Redirect URL der Slack-App muss dann ebenfalls auf die neue Adresse geändert werden.</translation>
    </message>
    <message>
        <source>A request for an address other than the callback address was turned away (HTTP 404).</source>
        <translation>Eine Anfrage an eine andere Adresse als die Rückrufadresse wurde abgewiesen (HTTP 404).</translation>
    </message>
    <message>
        <source>This address is not one Workspace Connector answers at.</source>
        <translation>Unter dieser Adresse antwortet Workspace Connector nicht.</translation>
    </message>
    <message>
        <source>Workspace Connector is not waiting for Slack&apos;s answer at the moment. Start the installation in the program again.</source>
        <translation>Workspace Connector wartet gerade nicht auf eine Antwort von Slack. Starten Sie die Installation im Programm erneut.</translation>
    </message>
    <message>
        <source>Slack&apos;s answer received</source>
        <translation>Slacks Antwort ist angekommen</translation>
    </message>
    <message>
        <source>The workspace was not connected</source>
        <translation>Der Arbeitsbereich wurde nicht verbunden</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Workspaces</source>
        <translation>Arbeitsbereiche</translation>
    </message>
</context>
<context>
    <name>MainWindowFrame</name>
    <message>
        <source>Workspace Connector</source>
        <translation>Workspace Connector</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Workspaces</source>
        <translation>&amp;Arbeitsbereiche</translation>
    </message>
    <message>
        <source>&amp;Setup</source>
        <translation>&amp;Einrichtung</translation>
    </message>
    <message>
        <source>&amp;Set Up Workspace Connector…</source>
        <translation>Workspace Connector &amp;einrichten…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Troubleshoot…</source>
        <translation>&amp;Fehlerbehebung…</translation>
    </message>
    <message>
        <source>&amp;About Workspace Connector</source>
        <translation>Ü&amp;ber Workspace Connector</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>About Workspace Connector</source>
        <translation>Über Workspace Connector</translation>
    </message>
    <message>
        <source>Workspace Connector %1</source>
        <translation>Workspace Connector %1</translation>
    </message>
    <message>
        <source>Connects one Slack app to many Slack workspaces for Bitbucket Data Center, and checks each step on the way.</source>
        <translation>Verbindet eine Slack-App für Bitbucket Data Center mit vielen Slack-Arbeitsbereichen und prüft dabei jeden Schritt.</translation>
    </message>
    <message>
        <source>Workspace Connector Is Incomplete</source>
        <translation>Workspace Connector ist unvollständig</translation>
    </message>
    <message>
        <source>Part of the program cannot be loaded: %1

Reinstall Workspace Connector.</source>
        <translation>Ein Teil des Programms kann nicht geladen werden: %1

Installieren Sie Workspace Connector neu.</translation>
    </message>
</context>
<context>
    <name>ManifestDiff</name>
    <message>
        <source>%1: added %2</source>
        <translation>%1: %2 hinzugefügt</translation>
    </message>
    <message>
        <source>%1: removed %2</source>
        <translation>%1: %2 entfernt</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
</context>
<context>
    <name>ManifestFile</name>
    <message>
        <source>The manifest could not be saved to %1: %2</source>
        <translation>Das Manifest konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>ManifestFix</name>
    <message>
        <source>Make all URLs HTTPS</source>
        <translation>Alle URLs auf HTTPS umstellen</translation>
    </message>
    <message>
        <source>Point request URLs at this Bitbucket</source>
        <translation>Request URLs auf dieses Bitbucket richten</translation>
    </message>
    <message>
        <source>Add this Redirect URL</source>
        <translation>Diese Redirect URL hinzufügen</translation>
    </message>
    <message>
        <source>Turn off token rotation</source>
        <translation>Token-Rotation ausschalten</translation>
    </message>
    <message>
        <source>Add missing scopes</source>
        <translation>Fehlende Scopes hinzufügen</translation>
    </message>
</context>
<context>
    <name>ManifestService</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be made readable by its owner only.</source>
        <translation>%1 kann nicht so eingestellt werden, dass nur der Besitzer die Datei lesen kann.</translation>
    </message>
    <message>
        <source>Slack&apos;s answer held no manifest.</source>
        <translation>Die Antwort von Slack enthielt kein Manifest.</translation>
    </message>
    <message>
        <source>Nothing was sent to Slack: the app&apos;s current manifest has to be read first, so that it can be backed up.</source>
        <translation>Es wurde nichts an Slack gesendet: Das aktuelle Manifest der App muss zuerst gelesen werden, damit es gesichert werden kann.</translation>
    </message>
    <message>
        <source>Nothing was sent to Slack, because the current manifest could not be backed up first: %1</source>
        <translation>Es wurde nichts an Slack gesendet, weil das aktuelle Manifest nicht vorher gesichert werden konnte: %1</translation>
    </message>
    <message numerus="yes">
        <source>Slack limits how often %1 may be called for this app. Try again in %n second(s).</source>
        <translation>
            <numerusform>Slack begrenzt, wie oft %1 für diese App aufgerufen werden darf. Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Slack begrenzt, wie oft %1 für diese App aufgerufen werden darf. Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Slack did not accept the manifest: %n problem(s), listed by field.</source>
        <translation>
            <numerusform>Slack hat das Manifest nicht akzeptiert: %n Problem, nach Feld aufgelistet.</numerusform>
            <numerusform>Slack hat das Manifest nicht akzeptiert: %n Probleme, nach Feld aufgelistet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Slack knows no app %1 that this configuration token may manage (%2). Check the App ID on the Connect page, and that the token was generated in the app&apos;s workspace by one of its collaborators.</source>
        <translation>Slack kennt keine App %1, die dieses Konfigurationstoken verwalten darf (%2). Prüfen Sie die App ID auf der Seite „Verbinden“ und ob das Token im Arbeitsbereich der App von einem ihrer Collaborators erzeugt wurde.</translation>
    </message>
    <message>
        <source>Slack does not let this configuration token change app %1 (%2). Generate the token as one of the app&apos;s collaborators, in the workspace where the app was created.</source>
        <translation>Slack lässt dieses Konfigurationstoken die App %1 nicht ändern (%2). Erzeugen Sie das Token als einer der Collaborators der App, in dem Arbeitsbereich, in dem die App angelegt wurde.</translation>
    </message>
    <message>
        <source>Slack does not accept the saved token for %1 (%2): it has to be an app configuration token. %3</source>
        <translation>Slack akzeptiert das gespeicherte Token für %1 nicht (%2): Es muss ein App-Konfigurationstoken sein. %3</translation>
    </message>
    <message>
        <source>Slack answered %1 to %2.</source>
        <translation>Slack antwortete auf %2 mit %1.</translation>
    </message>
</context>
<context>
    <name>ManifestYaml</name>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>a key must be a plain value</source>
        <translation>ein Schlüssel muss ein einfacher Wert sein</translation>
    </message>
    <message>
        <source>the key “%1” appears twice</source>
        <translation>der Schlüssel „%1“ kommt zweimal vor</translation>
    </message>
    <message>
        <source>The manifest must be a YAML mapping of fields such as display_information and settings.</source>
        <translation>Das Manifest muss ein YAML-Mapping mit Feldern wie display_information und settings sein.</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>memory (for tests)</source>
        <translation>dem Arbeitsspeicher (für Tests)</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Troubleshoot this error</source>
        <translation>Fehlerbehebung für diesen Fehler</translation>
    </message>
</context>
<context>
    <name>NetworkProblem</name>
    <message>
        <source>Connection refused by %1.</source>
        <translation>%1 hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>Host %1 not found.</source>
        <translation>Host %1 nicht gefunden.</translation>
    </message>
    <message>
        <source>%1 closed the connection without answering.</source>
        <translation>%1 hat die Verbindung ohne Antwort geschlossen.</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed.</source>
        <translation>Der TLS-Handshake mit %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The connection to %1 failed.</source>
        <translation>Die Verbindung zu %1 ist fehlgeschlagen.</translation>
    </message>
    <message numerus="yes">
        <source>No answer from %1 within %n second(s).</source>
        <translation>
            <numerusform>Keine Antwort von %1 innerhalb von %n Sekunde.</numerusform>
            <numerusform>Keine Antwort von %1 innerhalb von %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the host and port in the URL, and that Bitbucket (or the proxy in front of it) is running and listening on port %1.</source>
        <translation>Prüfen Sie Host und Port in der URL und ob Bitbucket (oder der Proxy davor) läuft und auf Port %1 lauscht.</translation>
    </message>
    <message>
        <source>Check the spelling of %1 and this computer&apos;s DNS settings (or VPN).</source>
        <translation>Prüfen Sie die Schreibweise von %1 und die DNS-Einstellungen (oder das VPN) dieses Computers.</translation>
    </message>
    <message>
        <source>Check that Bitbucket is running and not overloaded, and that no firewall or proxy between this computer and %1 holds the connection.</source>
        <translation>Prüfen Sie, ob Bitbucket läuft und nicht überlastet ist und ob eine Firewall oder ein Proxy zwischen diesem Computer und %1 die Verbindung aufhält.</translation>
    </message>
    <message>
        <source>Check that %1 serves Bitbucket on this port and look at the server&apos;s or proxy&apos;s log for this request.</source>
        <translation>Prüfen Sie, ob %1 auf diesem Port Bitbucket bereitstellt, und suchen Sie diese Anfrage im Protokoll des Servers oder des Proxys.</translation>
    </message>
    <message>
        <source>See the bitbucket.tls check.</source>
        <translation>Siehe Prüfung bitbucket.tls.</translation>
    </message>
</context>
<context>
    <name>ProxySchemeCheck</name>
    <message>
        <source>Bitbucket normally sends an anonymous visitor of the dashboard to its login page; that redirect shows which scheme, host and port Bitbucket believes it has. Without it this cannot be checked.</source>
        <translation>Bitbucket leitet anonyme Besucher des Dashboards normalerweise auf seine Anmeldeseite weiter; an dieser Weiterleitung ist zu sehen, welches Schema, welchen Host und welchen Port Bitbucket für sich annimmt. Ohne sie lässt sich das nicht prüfen.</translation>
    </message>
    <message>
        <source>No redirect to check: the dashboard answered HTTP %1.</source>
        <translation>Keine Weiterleitung zu prüfen: Das Dashboard antwortete mit HTTP %1.</translation>
    </message>
    <message>
        <source>Check that the base URL, including its context path, is Bitbucket&apos;s, and that no sign-in proxy answers in Bitbucket&apos;s place.</source>
        <translation>Prüfen Sie, ob die Basis-URL einschließlich Kontextpfad die von Bitbucket ist und ob nicht ein Anmelde-Proxy an Stelle von Bitbucket antwortet.</translation>
    </message>
    <message>
        <source>Bitbucket redirects to http://: the reverse proxy is not declared to Bitbucket.</source>
        <translation>Bitbucket leitet auf http:// weiter: Der Reverse-Proxy ist in Bitbucket nicht eingetragen.</translation>
    </message>
    <message>
        <source>Bitbucket thinks it is served over plain HTTP, so the links, redirects and OAuth callbacks it builds use http://.</source>
        <translation>Bitbucket nimmt an, über einfaches HTTP bereitgestellt zu werden; daher verwenden die Links, Weiterleitungen und OAuth-Callbacks, die es erzeugt, http://.</translation>
    </message>
    <message>
        <source>Bitbucket redirects to %1, which differs from the base URL in %2.</source>
        <translation>Bitbucket leitet auf %1 weiter; das weicht in folgenden Punkten von der Basis-URL ab: %2.</translation>
    </message>
    <message>
        <source>Make Bitbucket&apos;s base URL (Administration &gt; Server settings) %1, and check server.proxy-name and server.proxy-port in $BITBUCKET_HOME/shared/bitbucket.properties; restart Bitbucket after changing them.</source>
        <translation>Setzen Sie die Basis-URL von Bitbucket (Administration &gt; Servereinstellungen) auf %1 und prüfen Sie server.proxy-name und server.proxy-port in $BITBUCKET_HOME/shared/bitbucket.properties; starten Sie Bitbucket nach einer Änderung neu.</translation>
    </message>
    <message>
        <source>Bitbucket&apos;s own redirects keep https:// and the base URL&apos;s host, port and context path.</source>
        <translation>Die eigenen Weiterleitungen von Bitbucket behalten https:// sowie Host, Port und Kontextpfad der Basis-URL bei.</translation>
    </message>
    <message>
        <source>host (%1 instead of %2)</source>
        <translation>Host (%1 statt %2)</translation>
    </message>
    <message>
        <source>port (%1 instead of %2)</source>
        <translation>Port (%1 statt %2)</translation>
    </message>
    <message>
        <source>context path (%1 is not under %2)</source>
        <translation>Kontextpfad (%1 liegt nicht unter %2)</translation>
    </message>
    <message>
        <source>Declare the proxy to Bitbucket: in $BITBUCKET_HOME/shared/bitbucket.properties set
server.secure=true
server.scheme=https
server.proxy-name=%1
server.proxy-port=%2
then restart Bitbucket.</source>
        <translation>Tragen Sie den Proxy in Bitbucket ein: Setzen Sie in $BITBUCKET_HOME/shared/bitbucket.properties
server.secure=true
server.scheme=https
server.proxy-name=%1
server.proxy-port=%2
und starten Sie Bitbucket dann neu.</translation>
    </message>
</context>
<context>
    <name>RedirectMatcher</name>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>%1 (the default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <source>no scheme</source>
        <translation>kein Schema</translation>
    </message>
    <message>
        <source>The redirect URI %1 uses %2, but Slack accepts only https redirect URIs.</source>
        <translation>Der Redirect-URI %1 verwendet %2, aber Slack akzeptiert nur https-Redirect-URIs.</translation>
    </message>
    <message>
        <source>The Redirect URL %1 uses %2; Slack matches https redirect URIs only against https Redirect URLs.</source>
        <translation>Die Redirect URL %1 verwendet %2; Slack vergleicht https-Redirect-URIs nur mit Redirect URLs, die https verwenden.</translation>
    </message>
    <message>
        <source>The Redirect URL %1 ends with a slash that the path %2 lacks; only %3 and paths below it match.</source>
        <translation>Die Redirect URL %1 endet mit einem Schrägstrich, der dem Pfad %2 fehlt; nur %3 und Pfade darunter passen.</translation>
    </message>
    <message>
        <source>The path %1 only starts with the same characters as %2; it is neither %2 nor a sub-directory of it (closest Redirect URL: %3).</source>
        <translation>Der Pfad %1 beginnt nur mit denselben Zeichen wie %2; er ist weder %2 noch ein Unterverzeichnis davon (ähnlichste Redirect URL: %3).</translation>
    </message>
    <message>
        <source>The path %1 lies above %2; only %2 and paths below it match (closest Redirect URL: %3).</source>
        <translation>Der Pfad %1 liegt über %2; nur %2 und Pfade darunter passen (ähnlichste Redirect URL: %3).</translation>
    </message>
    <message>
        <source>The path %1 is neither %2 nor below it (closest Redirect URL: %3).</source>
        <translation>Der Pfad %1 ist weder %2, noch liegt er darunter (ähnlichste Redirect URL: %3).</translation>
    </message>
    <message>
        <source>%1 is covered by the Redirect URL %2.</source>
        <translation>%1 wird von der Redirect URL %2 abgedeckt.</translation>
    </message>
    <message>
        <source>The redirect URI is empty; Slack matches an empty redirect_uri against no Redirect URL.</source>
        <translation>Der Redirect-URI ist leer; Slack lässt einen leeren redirect_uri auf keine Redirect URL passen.</translation>
    </message>
    <message>
        <source>The Slack app has no Redirect URLs, so Slack accepts no redirect URI.</source>
        <translation>Die Slack-App hat keine Redirect URLs, daher akzeptiert Slack keinen Redirect-URI.</translation>
    </message>
    <message>
        <source>The redirect URI goes to the host %1, but the closest Redirect URL, %2, is on the host %3.</source>
        <translation>Der Redirect-URI führt zum Host %1, die ähnlichste Redirect URL, %2, aber zum Host %3.</translation>
    </message>
    <message>
        <source>The redirect URI uses port %1, but the closest Redirect URL, %2, uses port %3.</source>
        <translation>Der Redirect-URI verwendet den Port %1, die ähnlichste Redirect URL, %2, aber den Port %3.</translation>
    </message>
    <message>
        <source>The redirect URI %1 contains a fragment (#…); Slack refuses every redirect URI with a fragment.</source>
        <translation>Der Redirect-URI %1 enthält ein Fragment (#…); Slack lehnt jeden Redirect-URI mit Fragment ab.</translation>
    </message>
    <message>
        <source>the scheme</source>
        <translation>dem Schema</translation>
    </message>
    <message>
        <source>the host</source>
        <translation>dem Host</translation>
    </message>
    <message>
        <source>the port</source>
        <translation>dem Port</translation>
    </message>
    <message>
        <source>the path</source>
        <translation>dem Pfad</translation>
    </message>
    <message>
        <source>It also differs in %1.</source>
        <translation>Außerdem weicht er in %1 ab.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>It also contains a fragment (#…), which Slack refuses.</source>
        <translation>Außerdem enthält er ein Fragment (#…), das Slack ablehnt.</translation>
    </message>
</context>
<context>
    <name>RedirectMismatch</name>
    <message>
        <source>an empty redirect URI</source>
        <translation>ein leerer Redirect-URI</translation>
    </message>
    <message>
        <source>The text does not show the passed URI; Slack&apos;s page names it after &quot;Passed URI:&quot;. Paste the whole message for a precise answer.</source>
        <translation>Der Text zeigt den übergebenen URI nicht; die Seite von Slack nennt ihn nach „Passed URI:“. Fügen Sie die ganze Meldung ein, um eine genaue Antwort zu erhalten.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Slack was passed %1.</source>
        <translation>An Slack übergeben wurde: %1.</translation>
    </message>
    <message>
        <source>The manifest&apos;s Redirect URLs: %1.</source>
        <translation>Redirect URLs im Manifest: %1.</translation>
    </message>
    <message>
        <source>Compare it with the Redirect URLs on the app&apos;s OAuth &amp; Permissions page: one of them must have the same host and port, and a path that is the passed path or lies above it.</source>
        <translation>Vergleichen Sie ihn mit den Redirect URLs auf der Seite „OAuth &amp; Permissions“ der App: Eine davon muss denselben Host und Port haben und einen Pfad, der dem übergebenen Pfad entspricht oder darüber liegt.</translation>
    </message>
    <message>
        <source>Give the app&apos;s manifest (--manifest FILE) for a precise answer: which Redirect URL comes closest and why it does not match.</source>
        <translation>Geben Sie das Manifest der App an (--manifest FILE), um eine genaue Antwort zu erhalten: welche Redirect URL am ähnlichsten ist und warum sie nicht passt.</translation>
    </message>
    <message>
        <source>Then make sure this Redirect URL is configured: %1</source>
        <translation>Stellen Sie dann sicher, dass diese Redirect URL konfiguriert ist: %1</translation>
    </message>
    <message>
        <source>Check that the redirect URI is https, then compare it with the app&apos;s Redirect URLs (OAuth &amp; Permissions): add the one that covers it and click Save URLs.</source>
        <translation>Prüfen Sie, ob der Redirect-URI https verwendet, und vergleichen Sie ihn dann mit den Redirect URLs der App (OAuth &amp; Permissions): Fügen Sie die hinzu, die ihn abdeckt, und klicken Sie auf „Save URLs“.</translation>
    </message>
    <message>
        <source>Start installations with this program&apos;s Add to Slack or with the shareable URL from Slack&apos;s Manage Distribution page. A tool that builds its own link must send the whole redirect URI, or leave redirect_uri out so that Slack uses the first Redirect URL.</source>
        <translation>Starten Sie Installationen mit „Add to Slack“ in diesem Programm oder mit der teilbaren URL von der Slack-Seite „Manage Distribution“. Ein Werkzeug, das seinen eigenen Link baut, muss den ganzen Redirect-URI senden oder redirect_uri weglassen, damit Slack die erste Redirect URL verwendet.</translation>
    </message>
    <message>
        <source>Remove the fragment (from &apos;#&apos; on) from the redirect URI: Slack refuses every redirect URI that has one.</source>
        <translation>Entfernen Sie das Fragment (ab &apos;#&apos;) aus dem Redirect-URI: Slack lehnt jeden Redirect-URI ab, der eines hat.</translation>
    </message>
    <message>
        <source>The manifest given covers this redirect URI, so Slack&apos;s page came from another app or an older configuration: check that the installation used this app&apos;s Client ID, and that the Redirect URLs were saved in Slack (Save URLs).</source>
        <translation>Das angegebene Manifest deckt diesen Redirect-URI ab, die Seite von Slack stammte also von einer anderen App oder einer älteren Konfiguration: Prüfen Sie, ob die Installation die Client ID dieser App verwendet hat und ob die Redirect URLs in Slack gespeichert wurden („Save URLs“).</translation>
    </message>
    <message>
        <source>Slack accepts only https redirect URIs: give the installation an https address, and add it to the Redirect URLs: %1</source>
        <translation>Slack akzeptiert nur https-Redirect-URIs: Geben Sie der Installation eine https-Adresse und fügen Sie sie zu den Redirect URLs hinzu: %1</translation>
    </message>
    <message>
        <source>If Bitbucket&apos;s address is %1, correct its base URL (Administration &gt; Server settings) to it instead, so that the addresses it gives Slack use it.</source>
        <translation>Wenn die Adresse von Bitbucket %1 ist, korrigieren Sie stattdessen seine Basis-URL (Administration &gt; Servereinstellungen) darauf, damit die Adressen, die es Slack übergibt, sie verwenden.</translation>
    </message>
    <message>
        <source>Keep Bitbucket&apos;s install address the first Redirect URL: installations started from Slack&apos;s shareable link come back to the first one.</source>
        <translation>Lassen Sie die Installationsadresse von Bitbucket die erste Redirect URL bleiben: Installationen, die über den teilbaren Link von Slack gestartet werden, kehren zur ersten zurück.</translation>
    </message>
    <message>
        <source>In Slack, open the app&apos;s OAuth &amp; Permissions page, click Add New Redirect URL, enter %1 and click Save URLs.</source>
        <translation>Öffnen Sie in Slack die Seite „OAuth &amp; Permissions“ der App, klicken Sie auf „Add New Redirect URL“, geben Sie %1 ein und klicken Sie auf „Save URLs“.</translation>
    </message>
    <message>
        <source>Or change %1 into it.</source>
        <translation>Oder ändern Sie %1 in diese URL.</translation>
    </message>
</context>
<context>
    <name>RequestUrl</name>
    <message>
        <source>none</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>scheme (%1 instead of %2)</source>
        <translation>Schema (%1 statt %2)</translation>
    </message>
    <message>
        <source>host (%1 instead of %2)</source>
        <translation>Host (%1 statt %2)</translation>
    </message>
    <message>
        <source>port (%1 instead of %2)</source>
        <translation>Port (%1 statt %2)</translation>
    </message>
    <message>
        <source>context path (%1 instead of %2)</source>
        <translation>Kontextpfad (%1 statt %2)</translation>
    </message>
    <message>
        <source>path (%1 instead of %2)</source>
        <translation>Pfad (%1 statt %2)</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>RestCheck</name>
    <message>
        <source>Bitbucket&apos;s REST API was not found at this base URL (HTTP 404).</source>
        <translation>Die REST-API von Bitbucket wurde unter dieser Basis-URL nicht gefunden (HTTP 404).</translation>
    </message>
    <message>
        <source>The REST API request was redirected to %1.</source>
        <translation>Die Anfrage an die REST-API wurde auf %1 weitergeleitet.</translation>
    </message>
    <message>
        <source>The REST API refused an anonymous request (HTTP %1).</source>
        <translation>Die REST-API hat eine anonyme Anfrage abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>Bitbucket&apos;s REST API answered with an error (HTTP %1).</source>
        <translation>Die REST-API von Bitbucket antwortete mit einem Fehler (HTTP %1).</translation>
    </message>
    <message>
        <source>Look at Bitbucket&apos;s log (atlassian-bitbucket.log) and the proxy&apos;s log for this request.</source>
        <translation>Suchen Sie diese Anfrage im Bitbucket-Protokoll (atlassian-bitbucket.log) und im Protokoll des Proxys.</translation>
    </message>
    <message>
        <source>The REST API answered with an HTML page instead of JSON.</source>
        <translation>Die REST-API antwortete mit einer HTML-Seite statt mit JSON.</translation>
    </message>
    <message>
        <source>The answer is not Bitbucket&apos;s application properties.</source>
        <translation>Die Antwort enthält nicht die Anwendungseigenschaften von Bitbucket.</translation>
    </message>
    <message>
        <source>Bitbucket %1 (%2)</source>
        <translation>Bitbucket %1 (%2)</translation>
    </message>
    <message>
        <source>%1 answered: version %2, build %3.</source>
        <translation>%1 antwortete: Version %2, Build %3.</translation>
    </message>
    <message>
        <source>This probably means the context path in the base URL is wrong, or a sign-in proxy stands in front of Bitbucket.</source>
        <translation>Wahrscheinlich ist der Kontextpfad in der Basis-URL falsch, oder vor Bitbucket steht ein Anmelde-Proxy.</translation>
    </message>
    <message>
        <source>Use Bitbucket&apos;s base URL exactly as Administration &gt; Server settings shows it, including the context path (for example https://%1/bitbucket), and let REST requests under /rest/ through any sign-in proxy.</source>
        <translation>Verwenden Sie die Basis-URL von Bitbucket genau so, wie sie unter Administration &gt; Servereinstellungen angezeigt wird, einschließlich Kontextpfad (zum Beispiel https://%1/bitbucket), und lassen Sie REST-Anfragen unter /rest/ durch jeden Anmelde-Proxy hindurch.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No such entry is stored.</source>
        <translation>Es ist kein solcher Eintrag gespeichert.</translation>
    </message>
    <message>
        <source>The system keychain is not available.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>Access to the system keychain was refused.</source>
        <translation>Der Zugriff auf den Schlüsselbund des Systems wurde verweigert.</translation>
    </message>
    <message>
        <source>The system keychain reported an error.</source>
        <translation>Der Schlüsselbund des Systems hat einen Fehler gemeldet.</translation>
    </message>
</context>
<context>
    <name>SessionStorage</name>
    <message>
        <source>The settings could not be written to %1.</source>
        <translation>Die Einstellungen konnten nicht in %1 geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>SetupSession</name>
    <message>
        <source>Client Secret</source>
        <translation>Client Secret</translation>
    </message>
    <message>
        <source>Signing Secret</source>
        <translation>Signing Secret</translation>
    </message>
    <message>
        <source>Verification Token</source>
        <translation>Verification Token</translation>
    </message>
    <message>
        <source>App configuration token</source>
        <translation>App-Konfigurationstoken</translation>
    </message>
    <message>
        <source>Bitbucket password</source>
        <translation>Bitbucket-Passwort</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set Up Workspace Connector</source>
        <translation>Workspace Connector einrichten</translation>
    </message>
</context>
<context>
    <name>SlackApiClient</name>
    <message>
        <source>%1 answered HTTP %2 with something other than a Slack API answer. A proxy or the wrong API address may be in the way.</source>
        <translation>%1 antwortete mit HTTP %2, aber nicht mit einer Antwort der Slack-API. Möglicherweise steht ein Proxy im Weg, oder die API-Adresse ist falsch.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 without a Slack error code.</source>
        <translation>%1 antwortete mit HTTP %2 ohne Slack-Fehlercode.</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 is not accepted (%2). If the connection passes through a proxy that inspects TLS, add its certificate authority to the CA bundle on the Connect page.</source>
        <translation>Das TLS-Zertifikat von %1 wird nicht akzeptiert (%2). Wenn die Verbindung über einen Proxy läuft, der TLS untersucht, fügen Sie dessen Zertifizierungsstelle zum CA-Bundle auf der Seite „Verbinden“ hinzu.</translation>
    </message>
</context>
<context>
    <name>SlackAppSection</name>
    <message>
        <source>Slack app</source>
        <translation>Slack-App</translation>
    </message>
    <message>
        <source>&amp;Load Manifest File…</source>
        <translation>Manifest-Datei &amp;laden…</translation>
    </message>
    <message>
        <source>Load the manifest file exported from Slack</source>
        <translation>Die aus Slack exportierte Manifest-Datei laden</translation>
    </message>
    <message>
        <source>Read the Manifest A&amp;gain</source>
        <translation>Manifest &amp;erneut lesen</translation>
    </message>
    <message>
        <source>No manifest has been read yet.</source>
        <translation>Es wurde noch kein Manifest gelesen.</translation>
    </message>
    <message>
        <source>You can also load a manifest file you exported from Slack instead.</source>
        <translation>Sie können stattdessen auch eine Manifest-Datei laden, die Sie aus Slack exportiert haben.</translation>
    </message>
    <message>
        <source>Enter a New &amp;Token</source>
        <translation>Neues &amp;Token eingeben</translation>
    </message>
    <message>
        <source>Tr&amp;y Again</source>
        <translation>Erneut &amp;versuchen</translation>
    </message>
    <message>
        <source>The manifest could not be read from Slack.</source>
        <translation>Das Manifest konnte nicht von Slack gelesen werden.</translation>
    </message>
    <message>
        <source>(Slack&apos;s error: %1)</source>
        <translation>(Fehler von Slack: %1)</translation>
    </message>
    <message>
        <source>Load the App&apos;s Manifest</source>
        <translation>Manifest der App laden</translation>
    </message>
    <message>
        <source>Slack app manifests (*.json *.yaml *.yml)</source>
        <translation>Slack-App-Manifeste (*.json *.yaml *.yml)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 could not be read as a Slack app manifest: %2</source>
        <translation>%1 konnte nicht als Slack-App-Manifest gelesen werden: %2</translation>
    </message>
    <message>
        <source>The manifest file could not be read.</source>
        <translation>Die Manifest-Datei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The manifest of app %1 was read from Slack with the app configuration token.</source>
        <translation>Das Manifest der App %1 wurde mit dem App-Konfigurationstoken von Slack gelesen.</translation>
    </message>
    <message>
        <source>The manifest was loaded from %1.</source>
        <translation>Das Manifest wurde aus %1 geladen.</translation>
    </message>
    <message>
        <source>The manifest is read from Slack with the app configuration token.</source>
        <translation>Das Manifest wird mit dem App-Konfigurationstoken von Slack gelesen.</translation>
    </message>
    <message>
        <source>No app configuration token was entered, so load the manifest from a file. To export it: api.slack.com/apps → your app → App Manifest, then save it as JSON or YAML.</source>
        <translation>Es wurde kein App-Konfigurationstoken eingegeben, laden Sie das Manifest daher aus einer Datei. Zum Exportieren: api.slack.com/apps → Ihre App → App Manifest, dann als JSON oder YAML speichern.</translation>
    </message>
    <message>
        <source>Reading the manifest from Slack…</source>
        <translation>Das Manifest wird von Slack gelesen…</translation>
    </message>
    <message>
        <source>The Slack checks run once a manifest has been read.</source>
        <translation>Die Slack-Prüfungen laufen, sobald ein Manifest gelesen wurde.</translation>
    </message>
    <message numerus="yes">
        <source>%n Slack check(s) failed. Use the button beside each to fix the manifest.</source>
        <translation>
            <numerusform>%n Slack-Prüfung ist fehlgeschlagen. Korrigieren Sie das Manifest mit der Schaltfläche daneben.</numerusform>
            <numerusform>%n Slack-Prüfungen sind fehlgeschlagen. Korrigieren Sie das Manifest mit der Schaltfläche neben jeder Prüfung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No Slack check failed, but %n warning(s) need a look.</source>
        <translation>
            <numerusform>Keine Slack-Prüfung ist fehlgeschlagen, aber %n Warnung verdient Beachtung.</numerusform>
            <numerusform>Keine Slack-Prüfung ist fehlgeschlagen, aber %n Warnungen verdienen Beachtung.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every Slack check passed.</source>
        <translation>Alle Slack-Prüfungen wurden bestanden.</translation>
    </message>
</context>
<context>
    <name>SlackChecks</name>
    <message>
        <source>Bitbucket&apos;s base URL is not set, so there is nothing to compare with.</source>
        <translation>Die Basis-URL von Bitbucket ist nicht festgelegt, daher gibt es nichts zum Vergleichen.</translation>
    </message>
    <message>
        <source>The manifest holds no URLs</source>
        <translation>Das Manifest enthält keine URLs</translation>
    </message>
    <message numerus="yes">
        <source>All %n URL(s) in the manifest use HTTPS</source>
        <translation>
            <numerusform>Die %n URL im Manifest verwendet HTTPS</numerusform>
            <numerusform>Alle %n URLs im Manifest verwenden HTTPS</numerusform>
        </translation>
    </message>
    <message>
        <source>Slack does not let the app be installed in other workspaces while any of its URLs uses plain HTTP (“Use HTTPS for your features” on Manage Distribution). These fields do not use HTTPS:</source>
        <translation>Slack lässt die App nicht in anderen Arbeitsbereichen installieren, solange eine ihrer URLs einfaches HTTP verwendet („Use HTTPS for your features“ unter „Manage Distribution“). Diese Felder verwenden kein HTTPS:</translation>
    </message>
    <message>
        <source>Click “Make all URLs HTTPS” to change http:// to https:// in these fields, and make sure each address answers over HTTPS.</source>
        <translation>Klicken Sie auf „Alle URLs auf HTTPS umstellen“, um in diesen Feldern http:// durch https:// zu ersetzen, und stellen Sie sicher, dass jede Adresse über HTTPS antwortet.</translation>
    </message>
    <message>
        <source>Give %1 a full https:// address in Slack&apos;s manifest editor.</source>
        <translation>Tragen Sie für %1 im Manifest-Editor von Slack eine vollständige https://-Adresse ein.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n URL(s) in the manifest do not use HTTPS</source>
        <translation>
            <numerusform>%n URL im Manifest verwendet kein HTTPS</numerusform>
            <numerusform>%n URLs im Manifest verwenden kein HTTPS</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is missing; it must be %2.</source>
        <translation>%1 fehlt; der Wert muss %2 sein.</translation>
    </message>
    <message>
        <source>%1: %2 differs in %3.</source>
        <translation>%1: %2 weicht ab in: %3.</translation>
    </message>
    <message>
        <source>Interactivity is off (/settings/interactivity/is_enabled), so the buttons and shortcuts Bitbucket offers in Slack do nothing.</source>
        <translation>Die Interaktivität ist ausgeschaltet (/settings/interactivity/is_enabled), daher bewirken die Schaltflächen und Shortcuts, die Bitbucket in Slack anbietet, nichts.</translation>
    </message>
    <message>
        <source>Events: %1
Actions: %2
Slash commands: %3</source>
        <translation>Ereignisse: %1
Aktionen: %2
Slash-Befehle: %3</translation>
    </message>
    <message>
        <source>Events, actions and slash commands go to this Bitbucket</source>
        <translation>Ereignisse, Aktionen und Slash-Befehle gehen an dieses Bitbucket</translation>
    </message>
    <message>
        <source>Socket Mode is on (/settings/socket_mode_enabled): Slack then sends events, actions and commands over a connection the app opens, and Bitbucket&apos;s integration never opens one.</source>
        <translation>Socket Mode ist eingeschaltet (/settings/socket_mode_enabled): Slack sendet Ereignisse, Aktionen und Befehle dann über eine Verbindung, die die App öffnet, und die Integration von Bitbucket öffnet nie eine.</translation>
    </message>
    <message>
        <source>Socket Mode is on</source>
        <translation>Socket Mode ist eingeschaltet</translation>
    </message>
    <message numerus="yes">
        <source>%n request URL setting(s) do not point at this Bitbucket</source>
        <translation>
            <numerusform>%n Request-URL-Einstellung zeigt nicht auf dieses Bitbucket</numerusform>
            <numerusform>%n Request-URL-Einstellungen zeigen nicht auf dieses Bitbucket</numerusform>
        </translation>
    </message>
    <message>
        <source>Click “Point request URLs at this Bitbucket”: it sets the event URL to %1, turns interactivity on with the URL %2, sets every slash command&apos;s URL to %3 and turns Socket Mode off.</source>
        <translation>Klicken Sie auf „Request URLs auf dieses Bitbucket richten“: Damit wird die Event-URL auf %1 gesetzt, die Interaktivität mit der URL %2 eingeschaltet, die URL jedes Slash-Befehls auf %3 gesetzt und Socket Mode ausgeschaltet.</translation>
    </message>
    <message>
        <source>Bitbucket&apos;s install endpoint</source>
        <translation>Der Installations-Endpunkt von Bitbucket</translation>
    </message>
    <message>
        <source>Bitbucket&apos;s account link for a workspace (tried with the workspace id %1)</source>
        <translation>Die Kontoverknüpfung von Bitbucket für einen Arbeitsbereich (geprüft mit der Arbeitsbereichs-ID %1)</translation>
    </message>
    <message>
        <source>This program&apos;s redirect URI</source>
        <translation>Der Redirect-URI dieses Programms</translation>
    </message>
    <message>
        <source>%1 is %2, but Slack accepts only https redirect URIs. Change it to https first (for Bitbucket: its base URL, and the proxy in front of it); then click “Add this Redirect URL”.</source>
        <translation>%1 ist %2, aber Slack akzeptiert nur https-Redirect-URIs. Stellen Sie zuerst auf https um (bei Bitbucket: seine Basis-URL und den Proxy davor); klicken Sie dann auf „Diese Redirect URL hinzufügen“.</translation>
    </message>
    <message>
        <source>Click “Add this Redirect URL”: it adds what is missing, puts Bitbucket&apos;s install endpoint %1 first, and keeps the other Redirect URLs in their order.</source>
        <translation>Klicken Sie auf „Diese Redirect URL hinzufügen“: Damit wird ergänzt, was fehlt, der Installations-Endpunkt von Bitbucket %1 an die erste Stelle gesetzt und die Reihenfolge der übrigen Redirect URLs beibehalten.</translation>
    </message>
    <message>
        <source>%1 %2 is covered by %3.</source>
        <translation>%1 %2 wird von %3 abgedeckt.</translation>
    </message>
    <message>
        <source>%1 %2 is not covered: %3</source>
        <translation>%1 %2 ist nicht abgedeckt: %3</translation>
    </message>
    <message>
        <source>The first Redirect URL is %1, but it must be Bitbucket&apos;s install endpoint %2: an install started from Slack&apos;s shareable link or Add to Slack button carries no redirect_uri, and Slack then sends the browser to the first Redirect URL.</source>
        <translation>Die erste Redirect URL ist %1, sie muss aber der Installations-Endpunkt von Bitbucket %2 sein: Eine Installation, die über den teilbaren Link oder die Schaltfläche „Add to Slack“ von Slack gestartet wird, enthält keinen redirect_uri, und Slack schickt den Browser dann zur ersten Redirect URL.</translation>
    </message>
    <message>
        <source>The Redirect URLs cover Bitbucket and this program</source>
        <translation>Die Redirect URLs decken Bitbucket und dieses Programm ab</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) are not covered by the Redirect URLs</source>
        <translation>
            <numerusform>%n Adresse ist nicht durch die Redirect URLs abgedeckt</numerusform>
            <numerusform>%n Adressen sind nicht durch die Redirect URLs abgedeckt</numerusform>
        </translation>
    </message>
    <message>
        <source>Token rotation is off</source>
        <translation>Token-Rotation ist ausgeschaltet</translation>
    </message>
    <message>
        <source>Token rotation is on</source>
        <translation>Token-Rotation ist eingeschaltet</translation>
    </message>
    <message>
        <source>With token rotation, Slack&apos;s tokens expire after 12 hours and have to be renewed with a refresh token (/settings/token_rotation_enabled). Bitbucket&apos;s Slack integration keeps no refresh token, so every workspace would stop working 12 hours after it is connected.</source>
        <translation>Mit Token-Rotation laufen die Tokens von Slack nach 12 Stunden ab und müssen mit einem Refresh-Token erneuert werden (/settings/token_rotation_enabled). Die Slack-Integration von Bitbucket speichert kein Refresh-Token, daher würde jeder Arbeitsbereich 12 Stunden nach dem Verbinden nicht mehr funktionieren.</translation>
    </message>
    <message>
        <source>Click “Turn off token rotation”. If Slack refuses (it can keep rotation on once it has been used), create a new Slack app for Bitbucket with rotation off.</source>
        <translation>Klicken Sie auf „Token-Rotation ausschalten“. Lehnt Slack das ab (wurde die Rotation einmal verwendet, kann Slack sie eingeschaltet lassen), legen Sie für Bitbucket eine neue Slack-App mit ausgeschalteter Rotation an.</translation>
    </message>
    <message>
        <source>The app asks for the scopes Bitbucket needs</source>
        <translation>Die App fordert die Scopes an, die Bitbucket braucht</translation>
    </message>
    <message>
        <source>The bot scopes lack %1: when a workspace is connected, Bitbucket looks up the app&apos;s bot user with users.info and refuses the connection if it cannot.</source>
        <translation>Den Bot-Scopes fehlt %1: Beim Verbinden eines Arbeitsbereichs ruft Bitbucket den Bot-Benutzer der App mit users.info ab und lehnt die Verbindung ab, wenn das nicht gelingt.</translation>
    </message>
    <message>
        <source>The app asks for no user scopes, so Slack issues no user token; Bitbucket refuses to connect a workspace without the installer&apos;s user token, and uses it (with %1) for link previews that ask people to sign in.</source>
        <translation>Die App fordert keine Benutzer-Scopes an, daher stellt Slack kein Benutzer-Token aus; Bitbucket verbindet keinen Arbeitsbereich ohne das Benutzer-Token der installierenden Person und verwendet es (mit %1) für Link-Vorschauen, die Personen zur Anmeldung auffordern.</translation>
    </message>
    <message>
        <source>The user scopes lack %1: Bitbucket uses the installer&apos;s user token for link previews (chat.unfurl) that ask people who have not linked their Slack account to sign in, and those fail without it.</source>
        <translation>Den Benutzer-Scopes fehlt %1: Bitbucket verwendet das Benutzer-Token der installierenden Person für Link-Vorschauen (chat.unfurl), die Personen ohne verknüpftes Slack-Konto zur Anmeldung auffordern, und diese schlagen ohne diesen Scope fehl.</translation>
    </message>
    <message numerus="yes">
        <source>%n scope(s) Bitbucket needs are missing</source>
        <translation>
            <numerusform>%n Scope, den Bitbucket braucht, fehlt</numerusform>
            <numerusform>%n Scopes, die Bitbucket braucht, fehlen</numerusform>
        </translation>
    </message>
    <message>
        <source>Click “Add missing scopes”: it adds %1. Workspaces connected before need Update Access to receive them.</source>
        <translation>Klicken Sie auf „Fehlende Scopes hinzufügen“: Das fügt %1 hinzu. Bereits verbundene Arbeitsbereiche brauchen „Zugriff aktualisieren“, um sie zu erhalten.</translation>
    </message>
    <message>
        <source>Slack app uses HTTPS</source>
        <translation>Slack-App verwendet HTTPS</translation>
    </message>
    <message>
        <source>Request URLs</source>
        <translation>Request URLs</translation>
    </message>
    <message>
        <source>Redirect URLs</source>
        <translation>Redirect URLs</translation>
    </message>
    <message>
        <source>Token rotation</source>
        <translation>Token-Rotation</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>There is no manifest to check.</source>
        <translation>Es gibt kein Manifest zum Prüfen.</translation>
    </message>
    <message>
        <source>The first Redirect URL is not Bitbucket&apos;s install endpoint</source>
        <translation>Die erste Redirect URL ist nicht der Installations-Endpunkt von Bitbucket</translation>
    </message>
</context>
<context>
    <name>SlackHandshake</name>
    <message>
        <source>The Client ID or the Client Secret is missing.</source>
        <translation>Die Client ID oder das Client Secret fehlt.</translation>
    </message>
    <message>
        <source>The Slack app&apos;s manifest asks for no scopes; read the manifest on the HTTPS page first.</source>
        <translation>Das Manifest der Slack-App fordert keine Scopes an; lesen Sie zuerst das Manifest auf der Seite „HTTPS“.</translation>
    </message>
    <message>
        <source>No redirect URI is set.</source>
        <translation>Es ist kein Redirect-URI festgelegt.</translation>
    </message>
    <message>
        <source>Slack&apos;s addresses must be https URLs.</source>
        <translation>Die Adressen von Slack müssen https-URLs sein.</translation>
    </message>
    <message>
        <source>The text has no query part (nothing after a question mark), so it carries neither a code nor a state.</source>
        <translation>Der Text hat keinen Query-Teil (nichts nach einem Fragezeichen) und enthält daher weder einen Code noch einen state-Wert.</translation>
    </message>
    <message>
        <source>The certificate of %1 was not accepted: %2.</source>
        <translation>Das Zertifikat von %1 wurde nicht akzeptiert: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>%1 hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>%1 hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 %3.</source>
        <translation>%1 antwortete mit HTTP %2 %3.</translation>
    </message>
    <message numerus="yes">
        <source>The answer is %n byte(s) of %1, not a JSON object.</source>
        <translation>
            <numerusform>Die Antwort umfasst %n Byte (%1) und ist kein JSON-Objekt.</numerusform>
            <numerusform>Die Antwort umfasst %n Bytes (%1) und ist kein JSON-Objekt.</numerusform>
        </translation>
    </message>
    <message>
        <source>an unnamed type</source>
        <translation>ohne Typangabe</translation>
    </message>
    <message>
        <source>Slack answered &quot;ok&quot;: false without an error code.</source>
        <translation>Slack antwortete mit &quot;ok&quot;: false ohne Fehlercode.</translation>
    </message>
</context>
<context>
    <name>SlackIntegrationCheck</name>
    <message>
        <source>Skipped: the Slack integration needs a signed-in user (see %1).</source>
        <translation>Übersprungen: Die Slack-Integration braucht einen angemeldeten Benutzer (siehe %1).</translation>
    </message>
    <message>
        <source>The Slack integration is installed (%1) and Bitbucket can reach Slack.</source>
        <translation>Die Slack-Integration ist installiert (%1), und Bitbucket kann Slack erreichen.</translation>
    </message>
    <message>
        <source>Bitbucket cannot reach Slack.</source>
        <translation>Bitbucket kann Slack nicht erreichen.</translation>
    </message>
    <message>
        <source>Allow outbound HTTPS (port 443) from the Bitbucket server to slack.com, and if it must use a proxy, give Bitbucket&apos;s JVM the proxy settings (-Dhttps.proxyHost and -Dhttps.proxyPort in JVM_SUPPORT_RECOMMENDED_ARGS), then restart Bitbucket.</source>
        <translation>Erlauben Sie ausgehendes HTTPS (Port 443) vom Bitbucket-Server zu slack.com; muss dafür ein Proxy verwendet werden, geben Sie der JVM von Bitbucket die Proxy-Einstellungen mit (-Dhttps.proxyHost und -Dhttps.proxyPort in JVM_SUPPORT_RECOMMENDED_ARGS). Starten Sie Bitbucket danach neu.</translation>
    </message>
    <message>
        <source>Skipped: the Slack integration is installed (%1), but checking that Bitbucket can reach Slack needs an administrator (see %2).</source>
        <translation>Übersprungen: Die Slack-Integration ist installiert (%1), aber um zu prüfen, ob Bitbucket Slack erreichen kann, ist ein Administrator nötig (siehe %2).</translation>
    </message>
    <message>
        <source>Fix what the %1 check reports, then run this check again.</source>
        <translation>Beheben Sie, was die Prüfung %1 meldet, und führen Sie diese Prüfung dann erneut aus.</translation>
    </message>
    <message>
        <source>The Slack integration is not installed or not enabled in Bitbucket.</source>
        <translation>Die Slack-Integration ist in Bitbucket nicht installiert oder nicht aktiviert.</translation>
    </message>
    <message>
        <source>In Bitbucket go to Administration &gt; Manage apps, find &quot;Slack for Bitbucket&quot; (Atlassian&apos;s Slack integration), install it or enable it and all its modules, then run this check again.</source>
        <translation>Öffnen Sie in Bitbucket Administration &gt; Apps verwalten, suchen Sie „Slack for Bitbucket“ (die Slack-Integration von Atlassian), installieren oder aktivieren Sie sie samt allen Modulen und führen Sie diese Prüfung dann erneut aus.</translation>
    </message>
    <message>
        <source>The Slack integration gave an unexpected answer (HTTP %1).</source>
        <translation>Die Slack-Integration gab eine unerwartete Antwort (HTTP %1).</translation>
    </message>
    <message>
        <source>Check that the base URL is Bitbucket&apos;s, and look at Bitbucket&apos;s log (atlassian-bitbucket.log) for this request.</source>
        <translation>Prüfen Sie, ob die Basis-URL die von Bitbucket ist, und suchen Sie diese Anfrage im Bitbucket-Protokoll (atlassian-bitbucket.log).</translation>
    </message>
    <message numerus="yes">
        <source>%n workspace(s) connected</source>
        <translation>
            <numerusform>%n Arbeitsbereich verbunden</numerusform>
            <numerusform>%n Arbeitsbereiche verbunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SlackLinkClient</name>
    <message>
        <source>A request to Bitbucket is already on its way.</source>
        <translation>Es ist bereits eine Anfrage an Bitbucket unterwegs.</translation>
    </message>
    <message>
        <source>Wait for its answer, then try again.</source>
        <translation>Warten Sie deren Antwort ab und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Choose a readable PEM file on the Connect page, or clear the CA bundle field if the system&apos;s certificate authorities suffice.</source>
        <translation>Wählen Sie auf der Seite „Verbinden“ eine lesbare PEM-Datei, oder leeren Sie das Feld für das CA-Bundle, wenn die Zertifizierungsstellen des Systems genügen.</translation>
    </message>
    <message>
        <source>Whether Bitbucket saved the connection before the answer was lost is not known: look at Bitbucket&apos;s Slack administration page before trying again.</source>
        <translation>Ob Bitbucket die Verbindung gespeichert hat, bevor die Antwort verloren ging, ist nicht bekannt: Sehen Sie auf der Slack-Administrationsseite von Bitbucket nach, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>Bitbucket failed while saving the connection (HTTP %1).</source>
        <translation>Beim Speichern der Verbindung ist in Bitbucket ein Fehler aufgetreten (HTTP %1).</translation>
    </message>
    <message>
        <source>Bitbucket refused the connection (HTTP %1) with an answer this program does not know.</source>
        <translation>Bitbucket hat die Verbindung mit einer Antwort abgelehnt, die dieses Programm nicht kennt (HTTP %1).</translation>
    </message>
    <message>
        <source>Read Bitbucket&apos;s answer below and its log (atlassian-bitbucket.log); then try again.</source>
        <translation>Lesen Sie die Antwort von Bitbucket unten und das Bitbucket-Protokoll (atlassian-bitbucket.log); versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>SlackLinkDirectory</name>
    <message>
        <source>Read Bitbucket&apos;s answer and its log (atlassian-bitbucket.log); then try again.</source>
        <translation>Lesen Sie die Antwort von Bitbucket und das Bitbucket-Protokoll (atlassian-bitbucket.log); versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Slack accepted the bot token, and Slack&apos;s requests reach Bitbucket.</source>
        <translation>Slack hat das Bot-Token akzeptiert, und die Anfragen von Slack erreichen Bitbucket.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>a status&apos;s title, then what to do</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source> (Bitbucket: %1)</source>
        <comment>the status key Bitbucket sent</comment>
        <translation> (Bitbucket: %1)</translation>
    </message>
    <message>
        <source>Choose a readable PEM file on the Connect page, or clear the CA bundle field if the system&apos;s certificate authorities suffice.</source>
        <translation>Wählen Sie auf der Seite „Verbinden“ eine lesbare PEM-Datei, oder leeren Sie das Feld für das CA-Bundle, wenn die Zertifizierungsstellen des Systems genügen.</translation>
    </message>
    <message>
        <source>Bitbucket&apos;s answer is not the list of workspace connections (HTTP 200 without a &quot;workspaces&quot; list).</source>
        <translation>Die Antwort von Bitbucket ist nicht die Liste der Arbeitsbereichsverbindungen (HTTP 200 ohne eine „workspaces“-Liste).</translation>
    </message>
    <message>
        <source>Bitbucket did not list the workspace connections (HTTP %1).</source>
        <translation>Bitbucket hat die Arbeitsbereichsverbindungen nicht aufgelistet (HTTP %1).</translation>
    </message>
    <message numerus="yes">
        <source>Bitbucket asks to slow down (HTTP 429) and to wait %n second(s).</source>
        <translation>
            <numerusform>Bitbucket bittet um weniger Anfragen (HTTP 429) und darum, %n Sekunde zu warten.</numerusform>
            <numerusform>Bitbucket bittet um weniger Anfragen (HTTP 429) und darum, %n Sekunden zu warten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bitbucket asks to slow down (HTTP 429).</source>
        <translation>Bitbucket bittet um weniger Anfragen (HTTP 429).</translation>
    </message>
    <message>
        <source>Wait a little, then verify again; Bitbucket&apos;s rate limiting settings (Administration &gt; Rate limiting) say how many requests an administrator may make.</source>
        <translation>Warten Sie kurz und überprüfen Sie dann erneut; die Einstellungen zur Ratenbegrenzung von Bitbucket (Administration &gt; Ratenbegrenzung) legen fest, wie viele Anfragen ein Administrator stellen darf.</translation>
    </message>
    <message>
        <source>Bitbucket&apos;s status answer (HTTP %1) is not one the Slack integration gives.</source>
        <translation>Die Statusantwort von Bitbucket (HTTP %1) ist keine, die die Slack-Integration gibt.</translation>
    </message>
    <message>
        <source>Whether Bitbucket removed the connection before the answer was lost is not known: list the workspaces again to see.</source>
        <translation>Ob Bitbucket die Verbindung entfernt hat, bevor die Antwort verloren ging, ist nicht bekannt: Listen Sie die Arbeitsbereiche erneut auf, um das zu sehen.</translation>
    </message>
    <message>
        <source>Bitbucket could not remove the workspace connection (HTTP 400): the Slack integration failed while deleting it.</source>
        <translation>Bitbucket konnte die Arbeitsbereichsverbindung nicht entfernen (HTTP 400): Beim Löschen ist in der Slack-Integration ein Fehler aufgetreten.</translation>
    </message>
    <message>
        <source>Bitbucket did not remove the workspace connection (HTTP %1).</source>
        <translation>Bitbucket hat die Arbeitsbereichsverbindung nicht entfernt (HTTP %1).</translation>
    </message>
    <message>
        <source>Bitbucket&apos;s answer did not include the workspace&apos;s status.</source>
        <translation>Bitbuckets Antwort enthielt den Status des Arbeitsbereichs nicht.</translation>
    </message>
</context>
<context>
    <name>SlackManifest</name>
    <message>
        <source>The manifest is empty.</source>
        <translation>Das Manifest ist leer.</translation>
    </message>
    <message>
        <source>The manifest has no fields.</source>
        <translation>Das Manifest hat keine Felder.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a Slack app manifest.</source>
        <translation>%1 ist zu groß für ein Slack-App-Manifest.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>The manifest must be a JSON object of fields such as display_information and settings.</source>
        <translation>Das Manifest muss ein JSON-Objekt mit Feldern wie display_information und settings sein.</translation>
    </message>
</context>
<context>
    <name>SslErrorAdvice</name>
    <message>
        <source>untrusted issuer</source>
        <translation>nicht vertrauenswürdiger Aussteller</translation>
    </message>
    <message>
        <source>self-signed</source>
        <translation>selbst signiert</translation>
    </message>
    <message>
        <source>host name mismatch</source>
        <translation>Hostname stimmt nicht überein</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation>noch nicht gültig</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <source>no certificate</source>
        <translation>kein Zertifikat</translation>
    </message>
    <message>
        <source>invalid certificate</source>
        <translation>ungültiges Zertifikat</translation>
    </message>
    <message>
        <source>the server&apos;s certificate</source>
        <translation>das Zertifikat des Servers</translation>
    </message>
    <message>
        <source>Untrusted issuer: %1 was issued by %2, a certificate authority this computer does not trust.</source>
        <translation>Nicht vertrauenswürdiger Aussteller: %1 wurde von %2 ausgestellt, einer Zertifizierungsstelle, der dieser Computer nicht vertraut.</translation>
    </message>
    <message>
        <source>Self-signed: %1 signs itself; no trusted certificate authority vouches for it.</source>
        <translation>Selbst signiert: %1 signiert sich selbst; keine vertrauenswürdige Zertifizierungsstelle bürgt dafür.</translation>
    </message>
    <message>
        <source>Host name mismatch: the certificate names %1, not %2.</source>
        <translation>Hostname stimmt nicht überein: Das Zertifikat nennt %1, nicht %2.</translation>
    </message>
    <message>
        <source>Expired: %1 expired on %2.</source>
        <translation>Abgelaufen: %1 ist am %2 abgelaufen.</translation>
    </message>
    <message>
        <source>Not yet valid: %1 is valid only from %2.</source>
        <translation>Noch nicht gültig: %1 ist erst ab %2 gültig.</translation>
    </message>
    <message>
        <source>Revoked: the certificate authority revoked %1.</source>
        <translation>Widerrufen: Die Zertifizierungsstelle hat %1 widerrufen.</translation>
    </message>
    <message>
        <source>No certificate: the server presented none.</source>
        <translation>Kein Zertifikat: Der Server hat keines vorgelegt.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>If your organisation runs its own certificate authority, add its CA certificate (PEM) as the CA bundle on the Connect page. Otherwise install a certificate from a trusted CA on the server or its proxy, with the full chain of intermediate certificates.</source>
        <translation>Wenn Ihre Organisation eine eigene Zertifizierungsstelle betreibt, geben Sie deren CA-Zertifikat (PEM) auf der Seite „Verbinden“ als CA-Bundle an. Andernfalls installieren Sie auf dem Server oder seinem Proxy ein Zertifikat einer vertrauenswürdigen Zertifizierungsstelle, mit der vollständigen Kette der Zwischenzertifikate.</translation>
    </message>
    <message>
        <source>Replace the self-signed certificate with one from a trusted CA: a public one (Slack must trust it too when it calls Bitbucket), or your organisation&apos;s CA added as the CA bundle.</source>
        <translation>Ersetzen Sie das selbst signierte Zertifikat durch eines einer vertrauenswürdigen Zertifizierungsstelle: einer öffentlichen (auch Slack muss ihm vertrauen, wenn es Bitbucket aufruft) oder der Ihrer Organisation, als CA-Bundle hinzugefügt.</translation>
    </message>
    <message>
        <source>Install a certificate that names %1 among its subject alternative names, or use a host name the certificate names in the base URL.</source>
        <translation>Installieren Sie ein Zertifikat, das %1 unter seinen alternativen Inhabernamen (Subject Alternative Names) nennt, oder verwenden Sie in der Basis-URL einen Hostnamen, den das Zertifikat nennt.</translation>
    </message>
    <message>
        <source>Renew the certificate and install the new one on the server or the proxy in front of Bitbucket.</source>
        <translation>Erneuern Sie das Zertifikat und installieren Sie das neue auf dem Server oder dem Proxy vor Bitbucket.</translation>
    </message>
    <message>
        <source>Check the date and time of this computer and of the server; if both are right, install a certificate that is valid now.</source>
        <translation>Prüfen Sie Datum und Uhrzeit dieses Computers und des Servers; stimmen beide, installieren Sie ein Zertifikat, das jetzt gültig ist.</translation>
    </message>
    <message>
        <source>Install a new certificate: the revoked one cannot be trusted again.</source>
        <translation>Installieren Sie ein neues Zertifikat: Dem widerrufenen kann nie wieder vertraut werden.</translation>
    </message>
    <message>
        <source>Configure the server or proxy to present its certificate.</source>
        <translation>Konfigurieren Sie den Server oder Proxy so, dass er sein Zertifikat vorlegt.</translation>
    </message>
    <message>
        <source>Install a valid certificate for %1 issued by a trusted certificate authority.</source>
        <translation>Installieren Sie ein gültiges Zertifikat für %1, ausgestellt von einer vertrauenswürdigen Zertifizierungsstelle.</translation>
    </message>
    <message>
        <source>The certificate is not accepted: %1.</source>
        <translation>Das Zertifikat wird nicht akzeptiert: %1.</translation>
    </message>
</context>
<context>
    <name>TlsCheck</name>
    <message>
        <source>The CA bundle cannot be used.</source>
        <translation>Das CA-Bundle kann nicht verwendet werden.</translation>
    </message>
    <message>
        <source>Choose a readable PEM file holding your organisation&apos;s CA certificate, or clear the CA bundle setting to rely on the system&apos;s certificate store.</source>
        <translation>Wählen Sie eine lesbare PEM-Datei mit dem CA-Zertifikat Ihrer Organisation, oder leeren Sie die Einstellung für das CA-Bundle, um sich auf den Zertifikatsspeicher des Systems zu verlassen.</translation>
    </message>
    <message>
        <source>Check that port %1 speaks HTTPS (not plain HTTP) and that the server offers TLS 1.2 or newer.</source>
        <translation>Prüfen Sie, ob auf Port %1 HTTPS (nicht einfaches HTTP) gesprochen wird und ob der Server TLS 1.2 oder neuer anbietet.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message numerus="yes">
        <source>The certificate for %1 expires in %n day(s), on %2.</source>
        <translation>
            <numerusform>Das Zertifikat für %1 läuft in %n Tag ab, am %2.</numerusform>
            <numerusform>Das Zertifikat für %1 läuft in %n Tagen ab, am %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Renew the certificate before %1 and install the new one on the server or the proxy in front of Bitbucket.</source>
        <translation>Erneuern Sie das Zertifikat vor %1 und installieren Sie das neue auf dem Server oder dem Proxy vor Bitbucket.</translation>
    </message>
    <message numerus="yes">
        <source>The certificate for %1 is trusted and valid for %n more day(s).</source>
        <translation>
            <numerusform>Das Zertifikat für %1 ist vertrauenswürdig und noch %n Tag gültig.</numerusform>
            <numerusform>Das Zertifikat für %1 ist vertrauenswürdig und noch %n Tage gültig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected to %1:%2 with %3, cipher %4.</source>
        <translation>Verbunden mit %1:%2 über %3, Cipher-Suite %4.</translation>
    </message>
</context>
<context>
    <name>TroubleshootDialog</name>
    <message>
        <source>Troubleshoot</source>
        <translation>Fehlerbehebung</translation>
    </message>
    <message>
        <source>&amp;Paste an error message, a Slack error code, a Bitbucket error body or the address the browser ended on:</source>
        <translation>Fügen Sie eine Fehlermeldung, einen Slack-Fehlercode, eine Fehlerantwort von Bitbucket oder die Adresse, auf der der Browser gelandet ist, &amp;ein:</translation>
    </message>
    <message>
        <source>Error text</source>
        <translation>Fehlertext</translation>
    </message>
    <message>
        <source>redirect_uri did not match any configured URIs. Passed URI: https://…</source>
        <translation>redirect_uri did not match any configured URIs. Passed URI: https://…</translation>
    </message>
    <message>
        <source>&amp;Copy Diagnosis</source>
        <translation>Diagnose &amp;kopieren</translation>
    </message>
    <message>
        <source>Cause:</source>
        <translation>Ursache:</translation>
    </message>
    <message>
        <source>Closest configured URL:</source>
        <translation>Ähnlichste konfigurierte URL:</translation>
    </message>
    <message>
        <source>Detail:</source>
        <translation>Details:</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Abhilfe:</translation>
    </message>
    <message numerus="yes">
        <source>Compared with the %n Redirect URL(s) of the app&apos;s manifest.</source>
        <translation>
            <numerusform>Verglichen mit der %n Redirect URL im Manifest der App.</numerusform>
            <numerusform>Verglichen mit den %n Redirect URLs im Manifest der App.</numerusform>
        </translation>
    </message>
    <message>
        <source>No manifest has been read, so Redirect URLs cannot be compared: load it on the HTTPS page of the setup for a closer answer.</source>
        <translation>Es wurde kein Manifest gelesen, daher können keine Redirect URLs verglichen werden: Laden Sie es auf der Seite „HTTPS“ der Einrichtung, um eine genauere Antwort zu erhalten.</translation>
    </message>
    <message>
        <source>Bitbucket base URL: %1.</source>
        <translation>Bitbucket-Basis-URL: %1.</translation>
    </message>
    <message>
        <source>The explanation appears here as you paste or type.</source>
        <translation>Die Erklärung erscheint hier, sobald Sie etwas einfügen oder eingeben.</translation>
    </message>
    <message>
        <source>This text is not recognised. Paste the whole error message, or the address the browser ended on.</source>
        <translation>Dieser Text wird nicht erkannt. Fügen Sie die ganze Fehlermeldung ein oder die Adresse, auf der der Browser gelandet ist.</translation>
    </message>
    <message>
        <source>Not recognised: %1</source>
        <translation>Nicht erkannt: %1</translation>
    </message>
</context>
<context>
    <name>TroubleshootLink</name>
    <message>
        <source>Troubleshoot…</source>
        <translation>Fehlerbehebung…</translation>
    </message>
    <message>
        <source>Explain this error and how to fix it</source>
        <translation>Diesen Fehler und seine Behebung erklären</translation>
    </message>
</context>
<context>
    <name>Troubleshooter</name>
    <message>
        <source>Looked for Slack&apos;s and Bitbucket&apos;s error messages and codes, and for the address the browser ended on.</source>
        <translation>Gesucht wurde nach Fehlermeldungen und -codes von Slack und Bitbucket sowie nach der Adresse, auf der der Browser gelandet ist.</translation>
    </message>
    <message>
        <source>Paste the whole error message, the Slack error code, Bitbucket&apos;s answer, or the complete address the browser ended on. &apos;workspace-connector check&apos; tests the whole setup.</source>
        <translation>Fügen Sie die ganze Fehlermeldung, den Slack-Fehlercode, die Antwort von Bitbucket oder die vollständige Adresse ein, auf der der Browser gelandet ist. &apos;workspace-connector check&apos; prüft die gesamte Einrichtung.</translation>
    </message>
    <message>
        <source>The Slack app sends the browser to %1, but Bitbucket&apos;s base URL is %2: a sign-in at one of these addresses does not count at the other.</source>
        <translation>Die Slack-App schickt den Browser zu %1, aber die Basis-URL von Bitbucket ist %2: Eine Anmeldung unter einer dieser Adressen gilt nicht für die andere.</translation>
    </message>
    <message>
        <source>The text says: &quot;%1&quot;</source>
        <translation>Im Text steht: „%1“</translation>
    </message>
    <message>
        <source>Bitbucket&apos;s base URL is %1; sign in at %2.</source>
        <translation>Die Basis-URL von Bitbucket ist %1; melden Sie sich unter %2 an.</translation>
    </message>
    <message>
        <source>Bitbucket&apos;s connection status says: &quot;%1&quot;</source>
        <translation>Der Verbindungsstatus von Bitbucket meldet: „%1“</translation>
    </message>
    <message>
        <source>Slack names these fields: %1.</source>
        <translation>Slack nennt diese Felder: %1.</translation>
    </message>
    <message>
        <source>Nothing to diagnose: the text is empty</source>
        <translation>Nichts zu diagnostizieren: Der Text ist leer</translation>
    </message>
    <message>
        <source>This text is not an error the troubleshooter knows</source>
        <translation>Dieser Text ist kein Fehler, den die Fehlerbehebung kennt</translation>
    </message>
    <message>
        <source>Slack answered with the error code %1.</source>
        <translation>Slack antwortete mit dem Fehlercode %1.</translation>
    </message>
</context>
<context>
    <name>UpdateAccessDialog</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Update Access</source>
        <translation>Zugriff aktualisieren</translation>
    </message>
    <message>
        <source>Address the browser &amp;ended on:</source>
        <translation>Adresse, auf der der Browser &amp;gelandet ist:</translation>
    </message>
    <message>
        <source>&amp;Use This Address</source>
        <translation>&amp;Diese Adresse verwenden</translation>
    </message>
    <message>
        <source>Update Access for %1 (%2): %3 of %4</source>
        <translation>Zugriff aktualisieren für %1 (%2): %3 von %4</translation>
    </message>
    <message>
        <source>Update Access finished</source>
        <translation>Zugriff aktualisieren abgeschlossen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Your browser shows Slack&apos;s permission screen for this workspace. Click Allow, then paste here the address the browser ends on.</source>
        <translation>Ihr Browser zeigt Slacks Berechtigungsdialog für diesen Arbeitsbereich. Klicken Sie auf „Allow“ und fügen Sie dann hier die Adresse ein, auf der der Browser landet.</translation>
    </message>
    <message>
        <source>Your browser shows Slack&apos;s permission screen for this workspace. Click Allow; this program waits for the browser to come back.</source>
        <translation>Ihr Browser zeigt Slacks Berechtigungsdialog für diesen Arbeitsbereich. Klicken Sie auf „Allow“; dieses Programm wartet, bis der Browser zurückkehrt.</translation>
    </message>
    <message>
        <source>Asking Slack for the workspace&apos;s new tokens…</source>
        <translation>Slack wird nach den neuen Tokens des Arbeitsbereichs gefragt …</translation>
    </message>
    <message>
        <source>Giving Bitbucket the new tokens…</source>
        <translation>Bitbucket erhält die neuen Tokens …</translation>
    </message>
    <message>
        <source>The browser comes back to this program at 127.0.0.1 and may warn about its own certificate; its SHA-256 fingerprint is %1.</source>
        <translation>Der Browser kehrt unter 127.0.0.1 zu diesem Programm zurück und warnt möglicherweise vor dessen eigenem Zertifikat; sein SHA-256-Fingerabdruck lautet %1.</translation>
    </message>
</context>
<context>
    <name>UrlCheck</name>
    <message>
        <source>Enter Bitbucket&apos;s base URL as it appears in Administration &gt; Server settings, for example https://git.example.com/bitbucket.</source>
        <translation>Geben Sie die Basis-URL von Bitbucket so ein, wie sie unter Administration &gt; Servereinstellungen steht, zum Beispiel https://git.example.com/bitbucket.</translation>
    </message>
    <message>
        <source>Use %1 as the base URL; Bitbucket must be reachable over HTTPS there.</source>
        <translation>Verwenden Sie %1 als Basis-URL; Bitbucket muss dort über HTTPS erreichbar sein.</translation>
    </message>
    <message>
        <source>No Bitbucket base URL is set.</source>
        <translation>Es ist keine Bitbucket-Basis-URL festgelegt.</translation>
    </message>
    <message>
        <source>The base URL is not a valid URL: %1</source>
        <translation>Die Basis-URL ist keine gültige URL: %1</translation>
    </message>
    <message>
        <source>The base URL uses http://; Slack and this program need https://.</source>
        <translation>Die Basis-URL verwendet http://; Slack und dieses Programm brauchen https://.</translation>
    </message>
    <message>
        <source>The base URL must start with https://, not %1://.</source>
        <translation>Die Basis-URL muss mit https:// beginnen, nicht mit %1://.</translation>
    </message>
    <message>
        <source>The base URL has no host name.</source>
        <translation>Die Basis-URL enthält keinen Hostnamen.</translation>
    </message>
    <message>
        <source>The base URL contains a user name or password; enter them in their own fields instead.</source>
        <translation>Die Basis-URL enthält einen Benutzernamen oder ein Passwort; geben Sie diese stattdessen in den eigenen Feldern ein.</translation>
    </message>
    <message>
        <source>The base URL contains a query (?...), which a base URL never has.</source>
        <translation>Die Basis-URL enthält einen Abfrageteil (?...), den eine Basis-URL nie hat.</translation>
    </message>
    <message>
        <source>The base URL contains a fragment (#...), which a base URL never has.</source>
        <translation>Die Basis-URL enthält ein Fragment (#...), das eine Basis-URL nie hat.</translation>
    </message>
    <message>
        <source>Host: %1
Port: %2
Context path: %3</source>
        <translation>Host: %1
Port: %2
Kontextpfad: %3</translation>
    </message>
    <message>
        <source>(none, Bitbucket at the root)</source>
        <translation>(keiner, Bitbucket liegt direkt unter /)</translation>
    </message>
    <message>
        <source>%1 looks like the address of a Bitbucket page, not the base URL.</source>
        <translation>%1 sieht wie die Adresse einer Bitbucket-Seite aus, nicht wie die Basis-URL.</translation>
    </message>
    <message>
        <source>Use the base URL only (probably %1); it ends before &quot;/%2&quot;.</source>
        <translation>Verwenden Sie nur die Basis-URL (wahrscheinlich %1); sie endet vor „/%2“.</translation>
    </message>
    <message>
        <source>%1 is a well-formed HTTPS base URL.</source>
        <translation>%1 ist eine korrekt aufgebaute HTTPS-Basis-URL.</translation>
    </message>
</context>
<context>
    <name>VerifyRunner</name>
    <message>
        <source>Verify results are not recorded in the ledger: %1</source>
        <translation>Überprüfungsergebnisse werden nicht im Journal eingetragen: %1</translation>
    </message>
    <message>
        <source>A verify result was not recorded in the ledger: %1</source>
        <translation>Ein Überprüfungsergebnis wurde nicht im Journal eingetragen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Not checked: Bitbucket still asked to slow down after %n attempt(s).</source>
        <translation>
            <numerusform>Nicht geprüft: Bitbucket bat auch nach %n Versuch noch um weniger Anfragen.</numerusform>
            <numerusform>Nicht geprüft: Bitbucket bat auch nach %n Versuchen noch um weniger Anfragen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not checked: %1</source>
        <translation>Nicht geprüft: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n connected</source>
        <comment>workspaces</comment>
        <translation>
            <numerusform>%n verbunden</numerusform>
            <numerusform>%n verbunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n limited</source>
        <comment>workspaces</comment>
        <translation>
            <numerusform>%n eingeschränkt</numerusform>
            <numerusform>%n eingeschränkt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n OAuth failure(s)</source>
        <comment>workspaces</comment>
        <translation>
            <numerusform>%n OAuth-Fehler</numerusform>
            <numerusform>%n OAuth-Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not connected</source>
        <comment>workspaces</comment>
        <translation>
            <numerusform>%n nicht verbunden</numerusform>
            <numerusform>%n nicht verbunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown</source>
        <comment>workspaces</comment>
        <translation>
            <numerusform>%n unbekannt</numerusform>
            <numerusform>%n unbekannt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not checked</source>
        <comment>workspaces</comment>
        <translation>
            <numerusform>%n nicht geprüft</numerusform>
            <numerusform>%n nicht geprüft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n workspace(s) checked</source>
        <translation>
            <numerusform>%1 von %n Arbeitsbereich geprüft</numerusform>
            <numerusform>%1 von %n Arbeitsbereichen geprüft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workspace(s) checked</source>
        <translation>
            <numerusform>%n Arbeitsbereich geprüft</numerusform>
            <numerusform>%n Arbeitsbereiche geprüft</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>count, then counts by status</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Verify cancelled. %1</source>
        <translation>Überprüfung abgebrochen. %1</translation>
    </message>
    <message>
        <source>Verify stopped. %1</source>
        <translation>Überprüfung vorzeitig beendet. %1</translation>
    </message>
</context>
<context>
    <name>WindowOptions</name>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Unbekannter Befehl &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Cannot read the sandbox state file %1: %2</source>
        <translation>Die Sandbox-Zustandsdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The sandbox state file %1 names no Bitbucket URL.</source>
        <translation>Die Sandbox-Zustandsdatei %1 nennt keine Bitbucket-URL.</translation>
    </message>
</context>
<context>
    <name>WorkspaceExport</name>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Team ID</source>
        <translation>Arbeitsbereichs-ID</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Enterprise ID</source>
        <translation>Enterprise-ID</translation>
    </message>
    <message>
        <source>Bot user</source>
        <translation>Bot-Benutzer</translation>
    </message>
    <message>
        <source>Bot user ID</source>
        <translation>Bot-Benutzer-ID</translation>
    </message>
    <message>
        <source>Installed by</source>
        <translation>Installiert von</translation>
    </message>
    <message>
        <source>Installer ID</source>
        <translation>ID der installierenden Person</translation>
    </message>
    <message>
        <source>Installed at</source>
        <translation>Installiert am</translation>
    </message>
    <message>
        <source>Bot scopes</source>
        <translation>Bot-Scopes</translation>
    </message>
    <message>
        <source>User scopes</source>
        <translation>Benutzer-Scopes</translation>
    </message>
    <message>
        <source>Missing scopes</source>
        <translation>Fehlende Scopes</translation>
    </message>
    <message>
        <source>%1 (needs Update Access)</source>
        <translation>%1 („Zugriff aktualisieren“ nötig)</translation>
    </message>
    <message>
        <source>not recorded: connected by other means</source>
        <translation>nicht verzeichnet: nicht über Workspace Connector verbunden</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No link in Bitbucket</source>
        <translation>Keine Verbindung in Bitbucket</translation>
    </message>
    <message>
        <source>Status detail</source>
        <translation>Statusdetails</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Zuletzt geprüft</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>App configuration</source>
        <translation>App-Konfiguration</translation>
    </message>
</context>
<context>
    <name>WorkspaceStatusNames</name>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Limited</source>
        <translation>Eingeschränkt</translation>
    </message>
    <message>
        <source>OAuth failure</source>
        <translation>OAuth-Fehler</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>WorkspaceTableModel</name>
    <message>
        <source>Bitbucket reports: %1</source>
        <translation>Bitbucket meldet: %1</translation>
    </message>
    <message>
        <source>Bitbucket has no link for this workspace: it was removed outside Workspace Connector. Install it again to reconnect it.</source>
        <translation>Bitbucket hat keine Verbindung für diesen Arbeitsbereich: Sie wurde außerhalb von Workspace Connector entfernt. Installieren Sie den Arbeitsbereich erneut, um ihn wieder zu verbinden.</translation>
    </message>
    <message>
        <source>App configuration: %1</source>
        <translation>App-Konfiguration: %1</translation>
    </message>
    <message>
        <source>Connected by other means than Workspace Connector.</source>
        <translation>Nicht über Workspace Connector verbunden.</translation>
    </message>
    <message>
        <source>Bitbucket no longer has a link for this workspace.</source>
        <translation>Bitbucket hat keine Verbindung mehr für diesen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Connected by other means than Workspace Connector: the ledger has no record of who installed it or when.</source>
        <translation>Nicht über Workspace Connector verbunden: Das Journal verzeichnet nicht, wer den Arbeitsbereich wann installiert hat.</translation>
    </message>
    <message>
        <source>Not known</source>
        <comment>scopes</comment>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Connected by other means than Workspace Connector: which scopes the workspace granted is not recorded. Update Access records them.</source>
        <translation>Nicht über Workspace Connector verbunden: Welche Scopes der Arbeitsbereich gewährt hat, ist nicht verzeichnet. „Zugriff aktualisieren“ zeichnet sie auf.</translation>
    </message>
    <message numerus="yes">
        <source>%n granted</source>
        <comment>scopes</comment>
        <translation>
            <numerusform>%n gewährt</numerusform>
            <numerusform>%n gewährt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>scopes granted of requested</comment>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 of %2, needs Update Access</source>
        <comment>scopes granted of requested</comment>
        <translation>%1 von %2, „Zugriff aktualisieren“ nötig</translation>
    </message>
    <message>
        <source>Bot scopes granted: %1</source>
        <translation>Gewährte Bot-Scopes: %1</translation>
    </message>
    <message>
        <source>User scopes granted: %1</source>
        <translation>Gewährte Benutzer-Scopes: %1</translation>
    </message>
    <message numerus="yes">
        <source>The manifest asks for %n more scope(s): %1. Run Update Access for this workspace to grant them.</source>
        <translation>
            <numerusform>Das Manifest fordert %n weiteren Scope an: %1. Führen Sie für diesen Arbeitsbereich „Zugriff aktualisieren“ aus, um ihn zu gewähren.</numerusform>
            <numerusform>Das Manifest fordert %n weitere Scopes an: %1. Führen Sie für diesen Arbeitsbereich „Zugriff aktualisieren“ aus, um sie zu gewähren.</numerusform>
        </translation>
    </message>
    <message>
        <source>No link in Bitbucket</source>
        <translation>Keine Verbindung in Bitbucket</translation>
    </message>
    <message>
        <source>Never</source>
        <comment>last checked</comment>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Bitbucket has not been asked about this workspace.</source>
        <translation>Bitbucket wurde zu diesem Arbeitsbereich noch nicht abgefragt.</translation>
    </message>
    <message>
        <source>Scopes granted against the scopes the manifest asks for</source>
        <translation>Gewährte Scopes im Vergleich zu den Scopes, die das Manifest anfordert</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Team ID</source>
        <translation>Arbeitsbereichs-ID</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Bot user</source>
        <translation>Bot-Benutzer</translation>
    </message>
    <message>
        <source>Installed by</source>
        <translation>Installiert von</translation>
    </message>
    <message>
        <source>Installed at</source>
        <translation>Installiert am</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Zuletzt geprüft</translation>
    </message>
</context>
<context>
    <name>WorkspacesActions</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Überprüfen</translation>
    </message>
    <message>
        <source>Verify &amp;All</source>
        <translation>&amp;Alle überprüfen</translation>
    </message>
    <message>
        <source>&amp;Update Access…</source>
        <translation>&amp;Zugriff aktualisieren …</translation>
    </message>
    <message>
        <source>&amp;Disconnect…</source>
        <translation>&amp;Trennen …</translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation>Details &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Read the connected workspaces from Bitbucket again</source>
        <translation>Die verbundenen Arbeitsbereiche erneut aus Bitbucket lesen</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Ask Bitbucket for the live status of the selected workspaces</source>
        <translation>Bitbucket nach dem aktuellen Status der ausgewählten Arbeitsbereiche fragen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Ask Bitbucket for the live status of every workspace</source>
        <translation>Bitbucket nach dem aktuellen Status aller Arbeitsbereiche fragen</translation>
    </message>
    <message>
        <source>Install the app again in the selected workspaces, with the scopes the manifest asks for, and give Bitbucket the new tokens</source>
        <translation>Die App in den ausgewählten Arbeitsbereichen mit den Scopes des Manifests erneut installieren und Bitbucket die neuen Tokens geben</translation>
    </message>
    <message>
        <source>Remove the selected workspaces&apos; connections from Bitbucket</source>
        <translation>Die Verbindungen der ausgewählten Arbeitsbereiche aus Bitbucket entfernen</translation>
    </message>
    <message>
        <source>Copy the selected workspaces&apos; details as text</source>
        <translation>Die Details der ausgewählten Arbeitsbereiche als Text kopieren</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Save the workspaces the table shows as CSV or JSON</source>
        <translation>Die Arbeitsbereiche, die die Tabelle zeigt, als CSV oder JSON speichern</translation>
    </message>
    <message numerus="yes">
        <source>%n workspace(s) connected to Bitbucket.</source>
        <translation>
            <numerusform>%n Arbeitsbereich mit Bitbucket verbunden.</numerusform>
            <numerusform>%n Arbeitsbereiche mit Bitbucket verbunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 (%2) was disconnected from Bitbucket.</source>
        <translation>%1 (%2) wurde von Bitbucket getrennt.</translation>
    </message>
    <message>
        <source>%1 (%2): access updated.</source>
        <translation>%1 (%2): Zugriff aktualisiert.</translation>
    </message>
    <message>
        <source>Slack still did not grant: %1.</source>
        <translation>Slack hat weiterhin nicht gewährt: %1.</translation>
    </message>
    <message>
        <source>Bitbucket answered: %1</source>
        <translation>Bitbucket antwortete: %1</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Überprüfung läuft …</translation>
    </message>
    <message numerus="yes">
        <source>%n workspace(s) updated.</source>
        <translation>
            <numerusform>%n Arbeitsbereich aktualisiert.</numerusform>
            <numerusform>%n Arbeitsbereiche aktualisiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Disconnect %1?</source>
        <translation>%1 trennen?</translation>
    </message>
    <message>
        <source>Disconnect %1 (%2) from Bitbucket?</source>
        <translation>%1 (%2) von Bitbucket trennen?</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message numerus="yes">
        <source>The details of %n workspace(s) are on the clipboard.</source>
        <translation>
            <numerusform>Die Details von %n Arbeitsbereich sind in der Zwischenablage.</numerusform>
            <numerusform>Die Details von %n Arbeitsbereichen sind in der Zwischenablage.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the Connected Workspaces</source>
        <translation>Die verbundenen Arbeitsbereiche exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>The export could not be written to %1: %2</source>
        <translation>Der Export konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Choose a file in a folder you can write to.</source>
        <translation>Wählen Sie eine Datei in einem Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message numerus="yes">
        <source>%n workspace(s) exported to %1.</source>
        <translation>
            <numerusform>%n Arbeitsbereich nach %1 exportiert.</numerusform>
            <numerusform>%n Arbeitsbereiche nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: %1 of %2 updated, the others not.</source>
        <translation>Angehalten: %1 von %2 aktualisiert, die übrigen nicht.</translation>
    </message>
    <message>
        <source>%1 of %2 updated, %3 failed.</source>
        <translation>%1 von %2 aktualisiert, %3 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Bitbucket removes the workspace&apos;s connection together with its repository-to-channel notification mappings and every user&apos;s personal Slack account link for it; connecting it again does not bring them back.

The app stays installed in Slack. To remove it there too, open the workspace&apos;s Manage apps page: %1</source>
        <translation>Bitbucket entfernt die Verbindung des Arbeitsbereichs zusammen mit seinen Zuordnungen von Repositorys zu Kanälen für Benachrichtigungen und den persönlichen Slack-Kontoverknüpfungen aller Benutzer dafür; ein erneutes Verbinden stellt sie nicht wieder her.

Die App bleibt in Slack installiert. Um sie auch dort zu entfernen, öffnen Sie die Seite „Manage apps“ des Arbeitsbereichs: %1</translation>
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
        <translation>  --bitbucket URL    Basis-URL von Bitbucket mit Kontextpfad
                     (Standard: die vom Einrichtungsassistenten gespeicherte)
  --ca-bundle FILE   PEM-Datei mit zusätzlichen Zertifizierungsstellen, denen
                     vertraut werden soll
  --manifest FILE    das Manifest der Slack-App (JSON oder YAML), um die jedem
                     Arbeitsbereich gewährten Scopes mit den angeforderten zu
                     vergleichen
  --profile NAME     Einstellungen, Schlüsselbund-Einträge und Journal des
                     Profils NAME verwenden

Die Anmeldedaten stammen aus WORKSPACE_CONNECTOR_BITBUCKET_USER und
WORKSPACE_CONNECTOR_BITBUCKET_PASSWORD, sonst aus dem gespeicherten
Benutzernamen und dem Schlüsselbund des Systems; nie aus Argumenten.
</translation>
    </message>
    <message>
        <source>Usage: workspace-connector list [OPTIONS] [--json]

Lists the Slack workspaces connected to Bitbucket, with what this program&apos;s
ledger knows of them: who installed them and when, the scopes granted and the
last status seen.

</source>
        <translation>Aufruf: workspace-connector list [OPTIONS] [--json]

Listet die mit Bitbucket verbundenen Slack-Arbeitsbereiche auf, zusammen mit
dem, was das Journal dieses Programms über sie weiß: wer sie wann installiert
hat, die gewährten Scopes und den zuletzt gesehenen Status.

</translation>
    </message>
    <message>
        <source>Usage: workspace-connector verify [TEAM_ID...] [OPTIONS] [--json]

Asks Bitbucket for the live status of each workspace (all when no team ID is
given): Connected, Limited, OAuth failure, Not connected or Unknown. Every
status is recorded in the ledger.

</source>
        <translation>Aufruf: workspace-connector verify [TEAM_ID...] [OPTIONS] [--json]

Fragt bei Bitbucket den aktuellen Status jedes Arbeitsbereichs ab (aller, wenn
keine Team-ID angegeben ist): Verbunden, Eingeschränkt, OAuth-Fehler, Nicht
verbunden oder Unbekannt. Jeder Status wird im Journal eingetragen.

</translation>
    </message>
    <message>
        <source>Usage: workspace-connector export --format csv|json [--output FILE] [OPTIONS]

Writes the connected workspaces as the window&apos;s table shows them, as CSV (a
header row, one row per workspace) or JSON ({&quot;workspaces&quot;:[...]}).

</source>
        <translation>Aufruf: workspace-connector export --format csv|json [--output FILE] [OPTIONS]

Schreibt die verbundenen Arbeitsbereiche so, wie die Tabelle im Fenster sie
zeigt, als CSV (eine Kopfzeile, eine Zeile pro Arbeitsbereich) oder als JSON
({&quot;workspaces&quot;:[...]}).

</translation>
    </message>
    <message>
        <source>workspace-connector %1: %2</source>
        <translation>workspace-connector %1: %2</translation>
    </message>
    <message>
        <source>Run &apos;workspace-connector %1 --help&apos; for usage.</source>
        <translation>&apos;workspace-connector %1 --help&apos; zeigt, wie der Befehl aufgerufen wird.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Slack team ID (T followed by capital letters and digits)</source>
        <translation>&apos;%1&apos; ist keine Slack-Team-ID (T, gefolgt von Großbuchstaben und Ziffern)</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--format must be csv or json</source>
        <translation>--format muss csv oder json sein</translation>
    </message>
    <message>
        <source>--format csv or --format json is needed</source>
        <translation>--format csv oder --format json ist erforderlich</translation>
    </message>
    <message>
        <source>cannot use the manifest &apos;%1&apos;: %2</source>
        <translation>das Manifest &apos;%1&apos; kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>the file holds no manifest</source>
        <translation>die Datei enthält kein Manifest</translation>
    </message>
    <message>
        <source>Bitbucket answered: %1</source>
        <translation>Antwort von Bitbucket: %1</translation>
    </message>
    <message>
        <source>note: the ledger cannot be read, so only what Bitbucket knows is shown: %1</source>
        <translation>Hinweis: Das Journal kann nicht gelesen werden, daher wird nur angezeigt, was Bitbucket weiß: %1</translation>
    </message>
    <message>
        <source>installed %1 by %2</source>
        <translation>installiert am %1 von %2</translation>
    </message>
    <message>
        <source>[no longer in Bitbucket]</source>
        <translation>[nicht mehr in Bitbucket]</translation>
    </message>
    <message>
        <source>needs Update Access: %1</source>
        <translation>„Zugriff aktualisieren“ nötig: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n workspace(s)</source>
        <translation>
            <numerusform>%n Arbeitsbereich</numerusform>
            <numerusform>%n Arbeitsbereiche</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Choose a file in a folder you can write to.</source>
        <translation>Wählen Sie eine Datei in einem Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message numerus="yes">
        <source>%n workspace(s) written to %1</source>
        <translation>
            <numerusform>%n Arbeitsbereich in %1 geschrieben</numerusform>
            <numerusform>%n Arbeitsbereiche in %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not checked: %2</source>
        <translation>%1: nicht geprüft: %2</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>  --json             print {&quot;workspaces&quot;:[...]} as export --format json does

Exit status: 0 when the list was read, 1 when Bitbucket could not be
asked, 2 for a usage or configuration error.
</source>
        <translation>  --json             {&quot;workspaces&quot;:[...]} ausgeben, wie export --format json

Exit-Status: 0, wenn die Liste gelesen wurde, 1, wenn Bitbucket nicht gefragt
werden konnte, 2 bei einem Bedienungs- oder Konfigurationsfehler.
</translation>
    </message>
    <message>
        <source>  --json             print {&quot;workspaces&quot;:[{&quot;teamId&quot;,&quot;name&quot;,&quot;status&quot;,&quot;detail&quot;,
                     &quot;checkedAt&quot;}],&quot;summary&quot;:{...}}

Exit status: 0 when every workspace is Connected, 1 when one is not or a
request failed, 2 for a usage or configuration error.
</source>
        <translation>  --json             {&quot;workspaces&quot;:[{&quot;teamId&quot;,&quot;name&quot;,&quot;status&quot;,&quot;detail&quot;,
                     &quot;checkedAt&quot;}],&quot;summary&quot;:{...}} ausgeben

Exit-Status: 0, wenn jeder Arbeitsbereich „Connected“ ist, 1, wenn einer es
nicht ist oder eine Anfrage fehlschlug, 2 bei einem Bedienungs- oder
Konfigurationsfehler.
</translation>
    </message>
    <message>
        <source>  --format FORMAT    csv or json
  --output FILE      write to FILE instead of standard output

Exit status: 0 when the file was written, 1 when Bitbucket could not be
asked or the file not written, 2 for a usage or configuration error.
</source>
        <translation>  --format FORMAT    csv oder json
  --output FILE      nach FILE statt auf die Standardausgabe schreiben

Exit-Status: 0, wenn die Datei geschrieben wurde, 1, wenn Bitbucket nicht
gefragt oder die Datei nicht geschrieben werden konnte, 2 bei einem
Bedienungs- oder Konfigurationsfehler.
</translation>
    </message>
</context>
<context>
    <name>WorkspacesEmptyState</name>
    <message>
        <source>Workspace Connector</source>
        <translation>Workspace Connector</translation>
    </message>
    <message>
        <source>No Slack workspaces are connected yet</source>
        <translation>Noch sind keine Slack-Arbeitsbereiche verbunden</translation>
    </message>
    <message>
        <source>Set &amp;up Workspace Connector…</source>
        <translation>Workspace Connector ei&amp;nrichten…</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Setup asks for the Slack app&apos;s credentials and a Bitbucket administrator account, checks that Bitbucket serves Slack over HTTPS, and installs the app into each Slack workspace you choose.</source>
        <translation>Die Einrichtung fragt nach den Zugangsdaten der Slack-App und einem Bitbucket-Administratorkonto, prüft, dass Bitbucket Slack über HTTPS bedient, und installiert die App in jeden Slack-Arbeitsbereich, den Sie wählen.</translation>
    </message>
    <message>
        <source>Reading the connected workspaces…</source>
        <translation>Die verbundenen Arbeitsbereiche werden gelesen…</translation>
    </message>
    <message>
        <source>Asking %1 which Slack workspaces are connected to it.</source>
        <translation>%1 wird gefragt, welche Slack-Arbeitsbereiche damit verbunden sind.</translation>
    </message>
    <message>
        <source>Connect a &amp;Workspace…</source>
        <translation>&amp;Arbeitsbereich verbinden…</translation>
    </message>
    <message>
        <source>%1 has no Slack workspace connected. Setup installs the app into a workspace and connects it to Bitbucket.</source>
        <translation>Mit %1 ist kein Slack-Arbeitsbereich verbunden. Die Einrichtung installiert die App in einen Arbeitsbereich und verbindet ihn mit Bitbucket.</translation>
    </message>
    <message>
        <source>Open &amp;Setup…</source>
        <translation>&amp;Einrichtung öffnen…</translation>
    </message>
    <message>
        <source>The connected workspaces could not be read</source>
        <translation>Die verbundenen Arbeitsbereiche konnten nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>WorkspacesView</name>
    <message>
        <source>Filter by workspace, team ID, enterprise, bot user, installer or status</source>
        <translation>Nach Arbeitsbereich, Arbeitsbereichs-ID, Enterprise, Bot-Benutzer, installierender Person oder Status filtern</translation>
    </message>
    <message>
        <source>Filter workspaces</source>
        <translation>Arbeitsbereiche filtern</translation>
    </message>
    <message>
        <source>Connected workspaces</source>
        <translation>Verbundene Arbeitsbereiche</translation>
    </message>
    <message numerus="yes">
        <source>%n workspace(s)</source>
        <translation>
            <numerusform>%n Arbeitsbereich</numerusform>
            <numerusform>%n Arbeitsbereiche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n workspace(s)</source>
        <translation>
            <numerusform>%1 von %n Arbeitsbereich</numerusform>
            <numerusform>%1 von %n Arbeitsbereichen</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>&amp;Reset Columns</source>
        <translation>Spalten zu&amp;rücksetzen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>%1 is in none of these places: %2</source>
        <translation>%1 liegt an keinem dieser Orte: %2</translation>
    </message>
</context>
</TS>
