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
        <translation>Aufruf: workspace-connector check [--bitbucket URL] [--ca-bundle FILE] [--http-port PORT] [--profile NAME] [--json]

Prüft, ob Bitbucket bereit ist, Slack-Arbeitsbereiche anzubinden: HTTPS, sein
Zertifikat, Weiterleitungen, die REST-API, Administrator-Anmeldedaten und die
Slack-Integration.

  --bitbucket URL    Basis-URL von Bitbucket mit Kontextpfad
                     (Standard: die vom Einrichtungsassistenten gespeicherte)
  --ca-bundle FILE   PEM-Datei mit zusätzlichen Zertifizierungsstellen, denen
                     vertraut werden soll
  --http-port PORT   Port, auf dem einfaches http:// erwartet wird
                     (Standard: 80)
  --profile NAME     Einstellungen und Schlüsselbund-Einträge des Profils NAME
                     verwenden
  --json             als JSON ausgeben:
                     {&quot;checks&quot;:[{&quot;id&quot;,&quot;status&quot;,&quot;summary&quot;,&quot;detail&quot;,&quot;fix&quot;}]}

Die Anmeldedaten stammen aus den Umgebungsvariablen
WORKSPACE_CONNECTOR_BITBUCKET_USER und WORKSPACE_CONNECTOR_BITBUCKET_PASSWORD,
sonst aus dem gespeicherten Benutzernamen und dem Schlüsselbund des Systems. Aus
Argumenten werden sie nie übernommen.

Exit-Status: 0, wenn keine Prüfung fehlschlägt, 1, wenn eine fehlschlägt, 2 bei
einem Aufruf- oder Konfigurationsfehler.
</translation>
    </message>
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
        <source>--http-port needs a port number from 1 to 65535</source>
        <translation>--http-port braucht eine Portnummer von 1 bis 65535</translation>
    </message>
    <message>
        <source>note: no Bitbucket password: %1 Set %2 to give one.</source>
        <translation>Hinweis: kein Bitbucket-Passwort: %1 Setzen Sie %2, um eines anzugeben.</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Abhilfe: %1</translation>
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
  check    check that Bitbucket is ready for connecting Slack workspaces

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
  check    prüfen, ob Bitbucket bereit ist, Slack-Arbeitsbereiche anzubinden

&apos;workspace-connector COMMAND --help&apos; zeigt die Optionen eines Befehls.
  -h, --help       diese Hilfe anzeigen
  -v, --version    die Version anzeigen
</translation>
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
        <source>Optional. Lets Workspace Connector read the app&apos;s manifest; this version stores it but does not use it yet.</source>
        <translation>Optional. Damit kann Workspace Connector das Manifest der App lesen; diese Version speichert das Token, verwendet es aber noch nicht.</translation>
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
        <source>An app configuration token starts with xoxe.xoxp- (its refresh token with xoxe-).</source>
        <translation>Ein App-Konfigurationstoken beginnt mit xoxe.xoxp- (sein Refresh-Token mit xoxe-).</translation>
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
        <source>Slack reaches Bitbucket only over HTTPS, and connecting workspaces needs a Bitbucket administrator. These checks show whether your Bitbucket is ready, and how to fix what is not.</source>
        <translation>Slack erreicht Bitbucket nur über HTTPS, und zum Verbinden von Arbeitsbereichen ist ein Bitbucket-Administrator nötig. Diese Prüfungen zeigen, ob Ihr Bitbucket bereit ist und wie Sie beheben, was noch nicht stimmt.</translation>
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
    <name>MainWindow</name>
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
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>memory (for tests)</source>
        <translation>dem Arbeitsspeicher (für Tests)</translation>
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
        <source>Setup takes the Slack app&apos;s credentials and a Bitbucket administrator account, and checks that Bitbucket is ready to serve Slack over HTTPS. Connecting further workspaces is not part of this version yet.</source>
        <translation>Die Einrichtung erfasst die Zugangsdaten der Slack-App und ein Bitbucket-Administratorkonto und prüft, ob Bitbucket bereit ist, Slack über HTTPS zu bedienen. Das Verbinden weiterer Arbeitsbereiche ist in dieser Version noch nicht enthalten.</translation>
    </message>
    <message>
        <source>Set &amp;up Workspace Connector…</source>
        <translation>Workspace Connector ei&amp;nrichten…</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Workspace Connector</source>
        <translation>Workspace Connector</translation>
    </message>
</context>
</TS>
