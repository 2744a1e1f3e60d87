#include "troubleshoot/Diagnosis.h"
#include "troubleshoot/ErrorCatalogue.h"

#include <QJsonDocument>
#include <QSet>
#include <QTest>

namespace {

struct Row
{
    const char *name;
    QString text;
    QString code;
    QString fixWord; // a word the fix must contain
};

QString json(const char *error)
{
    return QStringLiteral("{\"ok\":false,\"error\":\"%1\"}").arg(QLatin1String(error));
}

// Every error the troubleshooter recognises, pasted the ways people paste them.
QList<Row> recognisedRows()
{
    const QString callback = QStringLiteral("https://127.0.0.1:53682/workspace-connector/callback");
    return {
        // The admin guide.
        {"guide: not signed in",
            QStringLiteral("Client must be authenticated to access this resource."),
            QStringLiteral("bitbucket_not_signed_in"), QStringLiteral("global administrator")},
        {"guide: not signed in, JSON",
            QStringLiteral("{\"message\":\"Client must be authenticated to access this "
                           "resource.\",\"status-code\":401}"),
            QStringLiteral("bitbucket_not_signed_in"), QStringLiteral("sign in")},
        {"guide: redirect mismatch",
            QStringLiteral("redirect_uri did not match any configured URIs. Passed URI: "
                           "https://bb.example.com/rest/slack/latest/oauth/redirect/T0123ABC"),
            QStringLiteral("redirect_uri_mismatch"),
            QStringLiteral("https://bb.example.com/rest/slack/latest/oauth")},
        {"guide: something went wrong",
            QStringLiteral("Error: Something went wrong when authorizing"),
            QStringLiteral("redirect_uri_mismatch"), QStringLiteral("Save URLs")},

        // Slack's authorize step.
        {"authorize: access_denied", QStringLiteral("access_denied"),
            QStringLiteral("access_denied"), QStringLiteral("Allow")},
        {"authorize: access_denied in the address",
            callback + QStringLiteral("?error=access_denied&state=Zq9xYwVuTs"),
            QStringLiteral("access_denied"), QStringLiteral("Allow")},
        {"authorize: Bitbucket's denied text",
            QStringLiteral("It seems you have denied access to your Slack account."),
            QStringLiteral("access_denied"), QStringLiteral("Allow")},
        {"authorize: invalid_scope", json("invalid_scope"), QStringLiteral("invalid_scope"),
            QStringLiteral("/oauth_config/scopes")},
        {"authorize: invalid scopes page",
            QStringLiteral("Invalid permissions requested. Invalid scopes: chat:wrte"),
            QStringLiteral("invalid_scope"), QStringLiteral("scope")},
        {"authorize: invalid_scope_requested", QStringLiteral("invalid_scope_requested"),
            QStringLiteral("invalid_scope_requested"), QStringLiteral("/oauth_config/scopes")},
        {"authorize: invalid requested permissions page",
            QStringLiteral("Unable to install Pull Request Analytics. Invalid requested "
                           "permissions."),
            QStringLiteral("invalid_scope_requested"), QStringLiteral("Add to Slack")},
        {"authorize: bad_redirect_uri", json("bad_redirect_uri"),
            QStringLiteral("bad_redirect_uri"), QStringLiteral("Redirect URLs")},
        {"authorize: not distributed, in the address",
            callback + QStringLiteral("?error=invalid_team_for_non_distributed_app"),
            QStringLiteral("invalid_team_for_non_distributed_app"), QStringLiteral("Distribution")},
        {"authorize: not distributed, JSON", json("invalid_team_for_non_distributed_app"),
            QStringLiteral("invalid_team_for_non_distributed_app"),
            QStringLiteral("Activate Public Distribution")},
        {"authorize: enterprise", QStringLiteral("error: scope_not_allowed_on_enterprise"),
            QStringLiteral("scope_not_allowed_on_enterprise"), QStringLiteral("/oauth_config")},
        {"authorize: unapproved_scope", QStringLiteral("unapproved_scope"),
            QStringLiteral("unapproved_scope"), QStringLiteral("approves")},

        // oauth.v2.access.
        {"token: invalid_code", json("invalid_code"), QStringLiteral("invalid_code"),
            QStringLiteral("10 minutes")},
        {"token: code_already_used", QStringLiteral("oauth.v2.access failed: code_already_used"),
            QStringLiteral("code_already_used"), QStringLiteral("reload")},
        {"token: bad_client_secret", json("bad_client_secret"), QStringLiteral("bad_client_secret"),
            QStringLiteral("Client Secret")},
        {"token: invalid_client_id", json("invalid_client_id"), QStringLiteral("invalid_client_id"),
            QStringLiteral("Client ID")},
        {"token: authorization url mismatch", json("oauth_authorization_url_mismatch"),
            QStringLiteral("oauth_authorization_url_mismatch"),
            QStringLiteral("/oauth/v2/authorize")},
        {"token: invalid_grant_type", json("invalid_grant_type"),
            QStringLiteral("invalid_grant_type"), QStringLiteral("authorization_code")},
        {"token: invalid_refresh_token", json("invalid_refresh_token"),
            QStringLiteral("invalid_refresh_token"), QStringLiteral("refresh token")},
        {"token: pkce_not_allowed", json("pkce_not_allowed"), QStringLiteral("pkce_not_allowed"),
            QStringLiteral("PKCE")},
        {"token: org installed", json("cannot_install_an_org_installed_app"),
            QStringLiteral("cannot_install_an_org_installed_app"),
            QStringLiteral("organisation admin")},
        {"token: no_scopes", json("no_scopes"), QStringLiteral("no_scopes"),
            QStringLiteral("users:read")},

        // The App Manifest API.
        {"manifest: invalid_manifest",
            QStringLiteral("{\"ok\":false,\"error\":\"invalid_manifest\",\"errors\":[{\"message\":"
                           "\"must be https\",\"pointer\":\"/settings/interactivity\"}]}"),
            QStringLiteral("invalid_manifest"), QStringLiteral("validate")},
        {"manifest: invalid_app_id", json("invalid_app_id"), QStringLiteral("invalid_app_id"),
            QStringLiteral("App ID")},
        {"manifest: app_not_found", json("app_not_found"), QStringLiteral("app_not_found"),
            QStringLiteral("workspace where the app was created")},
        {"manifest: no_permission", json("no_permission"), QStringLiteral("no_permission"),
            QStringLiteral("Collaborators")},
        {"manifest: token_expired", json("token_expired"), QStringLiteral("token_expired"),
            QStringLiteral("refresh token")},
        {"manifest: token_revoked", json("token_revoked"), QStringLiteral("token_revoked"),
            QStringLiteral("new app configuration token")},
        {"manifest: not_allowed_token_type", json("not_allowed_token_type"),
            QStringLiteral("not_allowed_token_type"), QStringLiteral("app configuration token")},
        {"manifest: ratelimited", QStringLiteral("HTTP 429: ratelimited"),
            QStringLiteral("ratelimited"), QStringLiteral("Retry-After")},
        {"manifest: invalid_auth", json("invalid_auth"), QStringLiteral("invalid_auth"),
            QStringLiteral("Update Access")},
        {"manifest: not_authed", json("not_authed"), QStringLiteral("not_authed"),
            QStringLiteral("WORKSPACE_CONNECTOR_SLACK_CONFIG_TOKEN")},

        // Token rotation (tooling.tokens.rotate) and the tokens of a connection.
        {"rotation: refresh token spent",
            QStringLiteral("tooling.tokens.rotate answered invalid_refresh_token"),
            QStringLiteral("invalid_refresh_token"), QStringLiteral("Generate")},
        {"rotation: expired, form answer", QStringLiteral("ok=false&error=token_expired"),
            QStringLiteral("token_expired"), QStringLiteral("token rotation off")},
        {"connection: account_inactive", QStringLiteral("account_inactive"),
            QStringLiteral("account_inactive"), QStringLiteral("Update Access")},
        {"connection: missing_scope", json("missing_scope"), QStringLiteral("missing_scope"),
            QStringLiteral("Add missing scopes")},
        {"slack: internal_error", json("internal_error"), QStringLiteral("internal_error"),
            QStringLiteral("status.slack.com")},
        {"slack: service_unavailable", json("service_unavailable"),
            QStringLiteral("service_unavailable"), QStringLiteral("status.slack.com")},

        // The Slack integration's 400 and 401 bodies.
        {"bitbucket 401: not an admin",
            QStringLiteral("User must be an Admin to configure this plugin."),
            QStringLiteral("bitbucket_not_admin"), QStringLiteral("System admin")},
        {"bitbucket 401: removing refused",
            QStringLiteral("You do not have permission to remove this connection, please "
                           "contact your Bitbucket administrator."),
            QStringLiteral("bitbucket_not_admin"), QStringLiteral("global permission")},
        {"bitbucket 400: format",
            QStringLiteral("The credentials you entered are not in a valid format. Please, check "
                           "if you entered the correct JSON text."),
            QStringLiteral("bitbucket_credentials_format"), QStringLiteral("Connect page")},
        {"bitbucket 400: invalid",
            QStringLiteral("The credentials you entered are invalid. Please, check if you "
                           "entered all fields correctly."),
            QStringLiteral("bitbucket_credentials_invalid"), QStringLiteral("users:read")},
        {"bitbucket 400: already connected",
            QStringLiteral("There is already a connection to the workspace referred by these "
                           "credentials."),
            QStringLiteral("bitbucket_already_connected"), QStringLiteral("Update Access")},
        {"bitbucket 400: team changed",
            QStringLiteral("Team ID is changed. Please create a new workspace connection instead "
                           "of changing Team ID in an existing one."),
            QStringLiteral("bitbucket_team_id_changed"), QStringLiteral("same workspace")},
        {"bitbucket 400: not accepted",
            QStringLiteral("The credentials you entered were not accepted by Slack. Please, "
                           "check if the Slack App is properly set up."),
            QStringLiteral("bitbucket_credentials_not_accepted"),
            QStringLiteral("permission screen")},
        {"bitbucket 400: bare Slack code", QStringLiteral("invalid_auth"),
            QStringLiteral("invalid_auth"), QStringLiteral("Update Access")},
        {"bitbucket 400: unknown problem",
            QStringLiteral("Could not connect to this workspace due to an unknown problem."),
            QStringLiteral("bitbucket_unknown_problem"), QStringLiteral("atlassian-bitbucket.log")},
        {"bitbucket 400: no link", QStringLiteral("Could not find link for team T0123ABC"),
            QStringLiteral("bitbucket_link_not_found"), QStringLiteral("Add to Slack")},
        {"bitbucket: cannot ping Slack",
            QStringLiteral("Failed to ping Slack. See logs for more information."),
            QStringLiteral("bitbucket_cannot_reach_slack"), QStringLiteral("slack.com")},
        {"bitbucket: state blocked", QStringLiteral("Unexpected OAuth request was blocked."),
            QStringLiteral("bitbucket_oauth_request_blocked"), QStringLiteral("Add to Slack")},
        {"bitbucket: no matching connection",
            QStringLiteral("No matching connections with the Slack App were found. At least one "
                           "connection with the Custom App needs to be created manually."),
            QStringLiteral("bitbucket_no_matching_connection"), QStringLiteral("first workspace")},

        // Bitbucket's connection status.
        {"status: OAUTH_FAILURE",
            QStringLiteral("{\"key\":\"OAUTH_FAILURE\",\"error\":"
                           "\"plugins.slack.admin.connection.status.invalid.link.error\"}"),
            QStringLiteral("bitbucket_status_oauth_failure"), QStringLiteral("Update Access")},
        {"status: OAUTH_FAILURE alone", QStringLiteral("OAUTH_FAILURE"),
            QStringLiteral("bitbucket_status_oauth_failure"), QStringLiteral("token rotation")},
        {"status: NO_CONNECTION",
            QStringLiteral("{\"key\":\"NO_CONNECTION\",\"error\":\"connect timed out\"}"),
            QStringLiteral("bitbucket_status_no_connection"), QStringLiteral("slack.com")},
        {"status: UNKNOWN", QStringLiteral("{\"key\":\"UNKNOWN\",\"error\":\"no link\"}"),
            QStringLiteral("bitbucket_status_unknown"), QStringLiteral("Add to Slack")},
        {"status: Limited", QStringLiteral("{\"status\":\"PARTIALLY_CONNECTED\"}"),
            QStringLiteral("bitbucket_status_limited"), QStringLiteral("Signing Secret")},

        // The address the browser ended on.
        {"address: code and state",
            callback + QStringLiteral("?code=7391.8842.f00dfeedcafe&state=Zq9xYwVuTs"),
            QStringLiteral("handshake_code_received"), QStringLiteral("paste")},
        {"address: Bitbucket after installing",
            QStringLiteral("https://bb.example.com/bitbucket/plugins/servlet/slack/configure"
                           "?recentInstall=T0123ABC"),
            QStringLiteral("bitbucket_install_succeeded"), QStringLiteral("Nothing to fix")},
        {"address: Bitbucket over http",
            QStringLiteral("http://bb.example.com/bitbucket/plugins/servlet/slack/configure"),
            QStringLiteral("bitbucket_http_address"),
            QStringLiteral("server.proxy-name=bb.example.com")},
    };
}

const QStringList configured = {QStringLiteral("https://bb.example.com/rest/slack/latest/oauth"),
    QStringLiteral("https://127.0.0.1:53682/workspace-connector/callback")};

DiagnosisContext withManifest(const QStringList &urls = configured)
{
    DiagnosisContext context;
    context.haveManifest = true;
    context.configuredRedirectUrls = urls;
    return context;
}

QString mismatchFor(const QString &passed)
{
    return QStringLiteral("redirect_uri did not match any configured URIs. Passed URI: ") + passed;
}

QString everything(const Diagnosis &diagnosis)
{
    return QString::fromUtf8(QJsonDocument(diagnosis.toJson()).toJson());
}

} // namespace

class TroubleshooterTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recognisesEveryError_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("fixWord");
        const QList<Row> rows = recognisedRows();
        for (const Row &row : rows)
            QTest::newRow(row.name) << row.text << row.code << row.fixWord;
    }

    void recognisesEveryError()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        QFETCH(QString, fixWord);
        const Diagnosis diagnosis = Troubleshooter::diagnose(text);
        QVERIFY2(diagnosis.recognised, qPrintable(diagnosis.title));
        QCOMPARE(diagnosis.code, code);
        QVERIFY(!diagnosis.title.isEmpty());
        QVERIFY(!diagnosis.detail.isEmpty());
        QVERIFY2(diagnosis.fix.contains(fixWord, Qt::CaseInsensitive), qPrintable(diagnosis.fix));
        if (code != QLatin1String("redirect_uri_mismatch"))
            QVERIFY2(!diagnosis.cause.isEmpty(), qPrintable(code));
    }

    void httpAddressOfAnHttpsBitbucketPointsAtTheManifest()
    {
        DiagnosisContext context;
        context.bitbucketBaseUrl = QUrl(QStringLiteral("https://bb.example.com/bitbucket"));
        const Diagnosis diagnosis = Troubleshooter::diagnose(
            QStringLiteral("http://bb.example.com/bitbucket/rest/slack/latest/command"), context);
        QCOMPARE(diagnosis.code, QStringLiteral("bitbucket_http_address"));
        QVERIFY2(diagnosis.cause.contains(QLatin1String("https://bb.example.com/bitbucket")),
            qPrintable(diagnosis.cause));
        QVERIFY2(diagnosis.fix.contains(QLatin1String("Make all URLs HTTPS")),
            qPrintable(diagnosis.fix));
        QVERIFY2(!diagnosis.detail.contains(QLatin1String("under the base URL http://")),
            qPrintable(diagnosis.detail));
    }

    void everyCatalogueEntryIsTested()
    {
        QSet<QString> tested;
        const QList<Row> rows = recognisedRows();
        for (const Row &row : rows)
            tested.insert(row.code);
        const QStringList codes = ErrorCatalogue::codes();
        for (const QString &code : codes)
            QVERIFY2(tested.contains(code), qPrintable(code));
    }

    void slackErrorsUseTheSameWords_data()
    {
        QTest::addColumn<QString>("code");
        const QStringList codes = ErrorCatalogue::codes(ErrorCatalogue::Origin::Slack);
        for (const QString &code : codes)
            QTest::newRow(qPrintable(code)) << code;
    }

    void slackErrorsUseTheSameWords()
    {
        QFETCH(QString, code);
        const Diagnosis shown = Troubleshooter::forSlackError(code);
        const Diagnosis pasted = Troubleshooter::diagnose(code);
        QVERIFY(shown.recognised);
        QCOMPARE(shown.code, code);
        QCOMPARE(shown.title, pasted.title);
        QCOMPARE(shown.cause, pasted.cause);
        QCOMPARE(shown.fix, pasted.fix);
        QVERIFY(shown.detail.contains(code));
    }

    void unknownSlackErrorNamesTheCode()
    {
        const Diagnosis unknown =
            Troubleshooter::forSlackError(QStringLiteral("team_added_to_org"));
        QVERIFY(!unknown.recognised);
        QCOMPARE(unknown.code, QStringLiteral("team_added_to_org"));
        QVERIFY(unknown.title.contains(QLatin1String("team_added_to_org")));
        QVERIFY(!unknown.fix.isEmpty());
        // The program's own codes are not Slack's.
        QVERIFY(!Troubleshooter::forSlackError(QStringLiteral("bitbucket_not_admin")).recognised);
        // Pasted on its own, an unknown code is still named.
        const Diagnosis pasted = Troubleshooter::diagnose(QStringLiteral("team_added_to_org"));
        QVERIFY(!pasted.recognised);
        QVERIFY(pasted.title.contains(QLatin1String("team_added_to_org")));
    }

    void unrecognisedTextGetsAHelpfulAnswer_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << QStringLiteral("  \n ");
        QTest::newRow("prose") << QStringLiteral("the page just stays white");
        QTest::newRow("https address without error")
            << QStringLiteral("https://bb.example.com/bitbucket/projects/PRJ");
        QTest::newRow("unrelated http address") << QStringLiteral("http://example.org/");
    }

    void unrecognisedTextGetsAHelpfulAnswer()
    {
        QFETCH(QString, text);
        const Diagnosis diagnosis = Troubleshooter::diagnose(text);
        QVERIFY(!diagnosis.recognised);
        QCOMPARE(diagnosis.code, QStringLiteral("unrecognised"));
        QVERIFY(!diagnosis.title.isEmpty());
        QVERIFY(diagnosis.fix.contains(QLatin1String("address the browser ended on")));
    }

    void redirectMismatchSaysWhy_data()
    {
        QTest::addColumn<QStringList>("configuredUrls");
        QTest::addColumn<QString>("passed");
        QTest::addColumn<QString>("cause");
        QTest::addColumn<QString>("closest");
        QTest::addColumn<QStringList>("fixWords");

        const QString install = configured.first();
        QTest::newRow("http: Bitbucket's base URL")
            << configured
            << QStringLiteral("http://bb.example.com/rest/slack/latest/oauth/redirect/T0123ABC")
            << QStringLiteral("scheme") << install
            << QStringList {QStringLiteral("server.scheme=https"),
                   QStringLiteral("server.secure=true"),
                   QStringLiteral("server.proxy-name=bb.example.com"),
                   QStringLiteral("server.proxy-port=443"), install};
        QTest::newRow("http: configured Redirect URL")
            << QStringList {QStringLiteral("http://bb.example.com/rest/slack/latest/oauth")}
            << QStringLiteral("https://bb.example.com/rest/slack/latest/oauth/redirect/T0123ABC")
            << QStringLiteral("scheme")
            << QStringLiteral("http://bb.example.com/rest/slack/latest/oauth")
            << QStringList {install, QStringLiteral("Add New Redirect URL")};
        QTest::newRow("host alias")
            << configured
            << QStringLiteral("https://bitbucket.example.com/rest/slack/latest/oauth/redirect/T1")
            << QStringLiteral("host") << install
            << QStringList {QStringLiteral("https://bitbucket.example.com/rest/slack/latest/oauth"),
                   QStringLiteral("base URL")};
        QTest::newRow("Tomcat port")
            << configured
            << QStringLiteral("https://bb.example.com:8443/rest/slack/latest/oauth/redirect/T1")
            << QStringLiteral("port") << install
            << QStringList {QStringLiteral("https://bb.example.com:8443/rest/slack/latest/oauth"),
                   QStringLiteral("If Bitbucket's address is https://bb.example.com,")};
        QTest::newRow("context path missing")
            << configured
            << QStringLiteral(
                   "https://bb.example.com/bitbucket/rest/slack/latest/oauth/redirect/T1")
            << QStringLiteral("path") << install
            << QStringList {
                   QStringLiteral("https://bb.example.com/bitbucket/rest/slack/latest/oauth"),
                   QStringLiteral("If Bitbucket's address is https://bb.example.com,")};
        QTest::newRow("program's own, other port")
            << configured << QStringLiteral("https://127.0.0.1:53999/workspace-connector/callback")
            << QStringLiteral("port") << configured.last()
            << QStringList {QStringLiteral("https://127.0.0.1:53999/workspace-connector/callback")};
        QTest::newRow("fragment")
            << configured
            << QStringLiteral("https://bb.example.com/rest/slack/latest/oauth/redirect/T1#top")
            << QStringLiteral("fragment") << install
            << QStringList {QStringLiteral("fragment"), install};
        QTest::newRow("empty") << configured << QString() << QStringLiteral("empty") << install
                               << QStringList {QStringLiteral("Add to Slack")};
        QTest::newRow("none configured")
            << QStringList()
            << QStringLiteral("https://bb.example.com/rest/slack/latest/oauth/redirect/T1")
            << QStringLiteral("none-configured") << QString()
            << QStringList {install, QStringLiteral("Save URLs")};
        QTest::newRow("covered after all")
            << configured
            << QStringLiteral("https://bb.example.com/rest/slack/latest/oauth/redirect/T1")
            << QStringLiteral("match") << install << QStringList {QStringLiteral("Client ID")};
    }

    void redirectMismatchSaysWhy()
    {
        QFETCH(QStringList, configuredUrls);
        QFETCH(QString, passed);
        QFETCH(QString, cause);
        QFETCH(QString, closest);
        QFETCH(QStringList, fixWords);
        const Diagnosis diagnosis =
            Troubleshooter::diagnose(mismatchFor(passed), withManifest(configuredUrls));
        QVERIFY(diagnosis.recognised);
        QCOMPARE(diagnosis.code, QStringLiteral("redirect_uri_mismatch"));
        QCOMPARE(diagnosis.cause, cause);
        QCOMPARE(diagnosis.closest, closest);
        for (const QString &word : fixWords)
            QVERIFY2(diagnosis.fix.contains(word), qPrintable(word + u'\n' + diagnosis.fix));
        // The detail says what was compared.
        for (const QString &url : configuredUrls)
            QVERIFY2(diagnosis.detail.contains(url), qPrintable(diagnosis.detail));
    }

    void redirectMismatchWithoutManifest_data()
    {
        QTest::addColumn<QString>("passed");
        QTest::addColumn<QString>("cause");
        QTest::addColumn<QString>("fixWord");
        QTest::newRow("https, unknown why")
            << QStringLiteral(
                   "https://bb.example.com/bitbucket/rest/slack/latest/oauth/redirect/T1")
            << QString()
            << QStringLiteral("https://bb.example.com/bitbucket/rest/slack/latest/oauth");
        QTest::newRow("http") << QStringLiteral(
            "http://bb.example.com:7990/rest/slack/latest/oauth")
                              << QStringLiteral("scheme")
                              << QStringLiteral("https://bb.example.com/rest/slack/latest/oauth");
        QTest::newRow("empty") << QString() << QStringLiteral("empty")
                               << QStringLiteral("redirect_uri");
        QTest::newRow("percent-encoded, from a log")
            << QStringLiteral("https%3A%2F%2Fbb.example.com%2Frest%2Fslack%2Flatest%2Foauth")
            << QString() << QStringLiteral("https://bb.example.com/rest/slack/latest/oauth");
        QTest::newRow("not Bitbucket's")
            << QStringLiteral("https://tools.example.com/slack/done?from=install") << QString()
            << QStringLiteral("https://tools.example.com/slack/done ");
    }

    void redirectMismatchWithoutManifest()
    {
        QFETCH(QString, passed);
        QFETCH(QString, cause);
        QFETCH(QString, fixWord);
        const Diagnosis diagnosis = Troubleshooter::diagnose(mismatchFor(passed));
        QVERIFY(diagnosis.recognised);
        QCOMPARE(diagnosis.cause, cause);
        QVERIFY(diagnosis.closest.isEmpty());
        QVERIFY2(
            diagnosis.detail.contains(QLatin1String("--manifest")), qPrintable(diagnosis.detail));
        QVERIFY2(diagnosis.fix.contains(fixWord), qPrintable(diagnosis.fix));
    }

    void httpRedirectUsesTheKnownBaseUrl()
    {
        // Bitbucket is known to answer https on 8443; the proxy port is that one, not 443.
        DiagnosisContext context = withManifest();
        context.bitbucketBaseUrl = QUrl(QStringLiteral("https://bb.example.com:8443/bitbucket"));
        const Diagnosis diagnosis = Troubleshooter::diagnose(
            mismatchFor(QStringLiteral(
                "http://bb.example.com/bitbucket/rest/slack/latest/oauth/redirect/T1")),
            context);
        QCOMPARE(diagnosis.cause, QStringLiteral("scheme"));
        QVERIFY2(diagnosis.fix.contains(QLatin1String("server.proxy-port=8443")),
            qPrintable(diagnosis.fix));
        QVERIFY(diagnosis.fix.contains(
            QLatin1String("https://bb.example.com:8443/bitbucket/rest/slack/latest/oauth")));
    }

    void notSignedInComparesTheAddresses()
    {
        DiagnosisContext context =
            withManifest({QStringLiteral("https://bitbucket.internal/rest/slack/latest/oauth")});
        context.bitbucketBaseUrl = QUrl(QStringLiteral("https://bb.example.com"));
        const Diagnosis diagnosis = Troubleshooter::diagnose(
            QStringLiteral("Client must be authenticated to access this resource."), context);
        QCOMPARE(diagnosis.code, QStringLiteral("bitbucket_not_signed_in"));
        QVERIFY2(diagnosis.detail.contains(QLatin1String("https://bitbucket.internal")),
            qPrintable(diagnosis.detail));
        QVERIFY(diagnosis.fix.contains(QLatin1String("https://bb.example.com/login")));
    }

    void neverEchoesCodesStatesOrTokens_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("secrets");
        const QString code = QStringLiteral("7391.8842.f00dfeedcafe");
        const QString state = QStringLiteral("Zq9xYwVuTsSTATE");
        QTest::newRow("callback with code and state") << QStringLiteral(
            "https://127.0.0.1:53682/workspace-connector/callback?code=%1&state=%2")
                                                             .arg(code, state)
                                                      << QStringList {code, state};
        QTest::newRow("Bitbucket's install address with a code")
            << QStringLiteral("Unexpected OAuth request was blocked. "
                              "https://bb.example.com/rest/slack/latest/oauth?code=%1&state=%2")
                   .arg(code, state)
            << QStringList {code, state};
        QTest::newRow("error with state")
            << QStringLiteral("https://127.0.0.1:53682/workspace-connector/callback"
                              "?error=access_denied&state=%1")
                   .arg(state)
            << QStringList {state};
        QTest::newRow("passed URI with a state")
            << mismatchFor(QStringLiteral("https://tools.example.com/cb?state=%1#x").arg(state))
            << QStringList {state};
        QTest::newRow("token beside a code")
            << QStringLiteral("invalid_auth for xoxb-1111-2222-SeCrEtBoT")
            << QStringList {QStringLiteral("xoxb-1111-2222-SeCrEtBoT")};
        QTest::newRow("token in an unrecognised text")
            << QStringLiteral("weird: xoxe.xoxp-1-Mi0yLTEyMzQSECRET")
            << QStringList {QStringLiteral("Mi0yLTEyMzQSECRET")};
    }

    void neverEchoesCodesStatesOrTokens()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, secrets);
        for (const DiagnosisContext &context : {DiagnosisContext(), withManifest()}) {
            const QString shown = everything(Troubleshooter::diagnose(text, context));
            for (const QString &secret : secrets)
                QVERIFY2(!shown.contains(secret), qPrintable(shown));
        }
    }

    void rejectedManifestNamesTheFields()
    {
        const Diagnosis diagnosis = Troubleshooter::diagnose(QStringLiteral(
            "{\"ok\":false,\"error\":\"invalid_manifest\",\"errors\":["
            "{\"message\":\"must be https\",\"pointer\":\"/settings/interactivity/request_url\"},"
            "{\"message\":\"unknown\",\"pointer\":\"/oauth_config/scopes/bot/2\"}]}"));
        QCOMPARE(diagnosis.code, QStringLiteral("invalid_manifest"));
        QVERIFY2(diagnosis.detail.contains(QLatin1String(
                     "/settings/interactivity/request_url, /oauth_config/scopes/bot/2")),
            qPrintable(diagnosis.detail));
    }

    void jsonHasEveryField()
    {
        const QJsonObject json = Troubleshooter::diagnose(
            mismatchFor(QStringLiteral("http://bb.example.com/x")), withManifest())
                                     .toJson();
        for (const char *field : {"code", "title", "cause", "closest", "detail", "fix"})
            QVERIFY2(json.contains(QLatin1String(field)), field);
        QCOMPARE(json.size(), 6);
        QCOMPARE(json.value(QLatin1String("cause")).toString(), QStringLiteral("scheme"));
    }
};

QTEST_GUILESS_MAIN(TroubleshooterTest)
#include "tst_troubleshooter.moc"
