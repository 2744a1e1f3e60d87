#include "slack/SlackChecks.h"

#include "common/Redactor.h"
#include "slack/RedirectMatcher.h"
#include "slack/RequestUrl.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUrl>

namespace SlackChecks {

namespace {

using Status = CheckResult::Status;

QString tr(const char *text)
{
    return QCoreApplication::translate("SlackChecks", text);
}

CheckResult result(const QString &id, Status status, const QString &summary,
    const QString &detail = QString(), const QString &fix = QString())
{
    CheckResult checked;
    checked.id = id;
    checked.status = status;
    checked.summary = summary;
    checked.detail = detail;
    checked.fix = fix;
    return checked;
}

// URLs from the manifest are shown to people and printed by `check --json`; a secret in a query
// (a webhook token, say) must not travel with them.
QString shownUrl(const QString &url)
{
    return Redactor::redact(url);
}

QString lines(const QStringList &items)
{
    return items.join(QLatin1Char('\n'));
}

bool isHttps(const QString &url)
{
    return url.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
}

bool isHttp(const QString &url)
{
    return url.startsWith(QLatin1String("http://"), Qt::CaseInsensitive);
}

QString bitbucketMissing()
{
    return tr("Bitbucket's base URL is not set, so there is nothing to compare with.");
}

CheckResult urlsHttps(const SlackManifest &manifest)
{
    const QList<SlackManifest::UrlField> fields = manifest.urlFields();
    QStringList offending;
    QStringList withoutScheme;
    bool anyHttp = false;
    for (const SlackManifest::UrlField &field : fields) {
        if (isHttps(field.url))
            continue;
        offending.append(QStringLiteral("%1: %2").arg(field.pointer, shownUrl(field.url)));
        anyHttp = anyHttp || isHttp(field.url);
        if (!isHttp(field.url))
            withoutScheme.append(field.pointer);
    }
    if (offending.isEmpty()) {
        const QString summary = fields.isEmpty()
            ? tr("The manifest holds no URLs")
            : QCoreApplication::translate("SlackChecks", "All %n URL(s) in the manifest use HTTPS",
                nullptr, int(fields.size()));
        return result(QString(Id::urlsHttps), Status::Pass, summary);
    }

    const QString detail = tr("Slack does not let the app be installed in other workspaces while "
                              "any of its URLs uses plain HTTP (“Use HTTPS for your features” "
                              "on Manage Distribution). These fields do not use HTTPS:")
        + QLatin1Char('\n') + lines(offending);
    QStringList fix;
    if (anyHttp) {
        fix.append(tr("Click “Make all URLs HTTPS” to change http:// to https:// in these "
                      "fields, and make sure each address answers over HTTPS."));
    }
    if (!withoutScheme.isEmpty()) {
        fix.append(tr("Give %1 a full https:// address in Slack's manifest editor.")
                       .arg(withoutScheme.join(tr(", "))));
    }
    return result(QString(Id::urlsHttps), Status::Fail,
        QCoreApplication::translate("SlackChecks", "%n URL(s) in the manifest do not use HTTPS",
            nullptr, int(offending.size())),
        detail, fix.join(QLatin1Char(' ')));
}

// One line per request URL that does not point at this Bitbucket.
void checkRequestUrl(const SlackManifest &manifest, const QString &pointer, const QString &expected,
    const QString &endpointPath, QStringList &problems)
{
    const QString actual = manifest.value(pointer).toString();
    if (actual.trimmed().isEmpty()) {
        problems.append(tr("%1 is missing; it must be %2.").arg(pointer, expected));
        return;
    }
    const QList<RequestUrl::Part> parts = RequestUrl::differences(actual, expected, endpointPath);
    if (!parts.isEmpty()) {
        problems.append(tr("%1: %2 differs in %3.")
                            .arg(pointer, shownUrl(actual),
                                RequestUrl::describe(parts, actual, expected, endpointPath)));
    }
}

QStringList requestUrlProblems(const SlackManifest &manifest, const SlackRequirements &wanted)
{
    QStringList problems;
    checkRequestUrl(manifest, QStringLiteral("/settings/event_subscriptions/request_url"),
        wanted.eventUrl(), SlackRequirements::eventPath(), problems);
    if (manifest.value(QStringLiteral("/settings/interactivity/is_enabled")) != QJsonValue(true)) {
        problems.append(tr("Interactivity is off (/settings/interactivity/is_enabled), so the "
                           "buttons and shortcuts Bitbucket offers in Slack do nothing."));
    }
    checkRequestUrl(manifest, QStringLiteral("/settings/interactivity/request_url"),
        wanted.actionUrl(), SlackRequirements::actionPath(), problems);
    const QJsonArray commands =
        manifest.value(QStringLiteral("/features/slash_commands")).toArray();
    for (qsizetype i = 0; i < commands.size(); ++i) {
        checkRequestUrl(manifest, QStringLiteral("/features/slash_commands/%1/url").arg(i),
            wanted.commandUrl(), SlackRequirements::commandPath(), problems);
    }
    return problems;
}

CheckResult requestUrls(const SlackManifest &manifest, const SlackRequirements &wanted)
{
    const QString id(Id::requestUrls);
    if (!wanted.hasBitbucket())
        return result(id, Status::Skip, bitbucketMissing());

    const QStringList problems = requestUrlProblems(manifest, wanted);
    const bool socketMode = manifest.socketModeEnabled();
    const QString expected = tr("Events: %1\nActions: %2\nSlash commands: %3")
                                 .arg(wanted.eventUrl(), wanted.actionUrl(), wanted.commandUrl());
    if (problems.isEmpty() && !socketMode) {
        return result(id, Status::Pass,
            tr("Events, actions and slash commands go to this Bitbucket"), expected);
    }

    QStringList detail = problems;
    if (socketMode) {
        detail.prepend(tr("Socket Mode is on (/settings/socket_mode_enabled): Slack then sends "
                          "events, actions and commands over a connection the app opens, and "
                          "Bitbucket's integration never opens one."));
    }
    const QString summary = problems.isEmpty()
        ? tr("Socket Mode is on")
        : QCoreApplication::translate("SlackChecks",
            "%n request URL setting(s) do not point at this Bitbucket", nullptr,
            int(problems.size()));
    const QString fix = tr("Click “Point request URLs at this Bitbucket”: it sets the event URL "
                           "to %1, turns interactivity on with the URL %2, sets every slash "
                           "command's URL to %3 and turns Socket Mode off.")
                            .arg(wanted.eventUrl(), wanted.actionUrl(), wanted.commandUrl());
    return result(id, Status::Fail, summary, lines(detail), fix);
}

struct Needed
{
    QString what;
    QString uri;
};

QList<Needed> neededRedirects(const SlackRequirements &wanted)
{
    QList<Needed> needed {
        {tr("Bitbucket's install endpoint"), wanted.installRedirectUrl()},
        {tr("Bitbucket's account link for a workspace (tried with the workspace id %1)")
                .arg(SlackRequirements::sampleTeamId()),
            wanted.userRedirectUrl(SlackRequirements::sampleTeamId())},
    };
    if (!wanted.programRedirectUri.trimmed().isEmpty())
        needed.append({tr("This program's redirect URI"), wanted.programRedirectUri.trimmed()});
    return needed;
}

QString redirectFix(const SlackRequirements &wanted, const QList<Needed> &needed)
{
    for (const Needed &one : needed) {
        if (!isHttps(one.uri)) {
            return tr("%1 is %2, but Slack accepts only https redirect URIs. Change it to https "
                      "first (for Bitbucket: its base URL, and the proxy in front of it); then "
                      "click “Add this Redirect URL”.")
                .arg(one.what, one.uri);
        }
    }
    return tr("Click “Add this Redirect URL”: it adds what is missing, puts Bitbucket's install "
              "endpoint %1 first, and keeps the other Redirect URLs in their order.")
        .arg(wanted.installRedirectUrl());
}

CheckResult redirectUrls(const SlackManifest &manifest, const SlackRequirements &wanted)
{
    const QString id(Id::redirectUrls);
    if (!wanted.hasBitbucket())
        return result(id, Status::Skip, bitbucketMissing());

    const QStringList configured = manifest.redirectUrls();
    const QList<Needed> needed = neededRedirects(wanted);
    QStringList problems;
    QStringList covered;
    for (const Needed &one : needed) {
        const RedirectMatcher::Verdict verdict = RedirectMatcher::match(configured, one.uri);
        if (verdict.reason == RedirectMatcher::Reason::Match) {
            covered.append(
                tr("%1 %2 is covered by %3.").arg(one.what, one.uri, verdict.configured));
        } else {
            problems.append(
                tr("%1 %2 is not covered: %3")
                    .arg(one.what, one.uri, RedirectMatcher::explain(verdict, one.uri)));
        }
    }
    const int uncovered = int(problems.size());
    const QString install = wanted.installRedirectUrl();
    if (!configured.isEmpty() && !RedirectMatcher::equivalent(configured.first(), install)) {
        problems.append(tr("The first Redirect URL is %1, but it must be Bitbucket's install "
                           "endpoint %2: an install started from Slack's shareable link or Add "
                           "to Slack button carries no redirect_uri, and Slack then sends the "
                           "browser to the first Redirect URL.")
                            .arg(shownUrl(configured.first()), install));
    }

    if (problems.isEmpty()) {
        return result(id, Status::Pass, tr("The Redirect URLs cover Bitbucket and this program"),
            lines(covered));
    }
    const QString summary = uncovered > 0
        ? QCoreApplication::translate("SlackChecks",
            "%n address(es) are not covered by the Redirect URLs", nullptr, uncovered)
        : QCoreApplication::translate(
            "SlackChecks", "The first Redirect URL is not Bitbucket's install endpoint");
    return result(id, Status::Fail, summary, lines(problems), redirectFix(wanted, needed));
}

CheckResult tokenRotation(const SlackManifest &manifest)
{
    const QString id(Id::tokenRotation);
    if (!manifest.tokenRotationEnabled())
        return result(id, Status::Pass, tr("Token rotation is off"));
    return result(id, Status::Fail, tr("Token rotation is on"),
        tr("With token rotation, Slack's tokens expire after 12 hours and have to be "
           "renewed with a refresh token (/settings/token_rotation_enabled). Bitbucket's "
           "Slack integration keeps no refresh token, so every workspace would stop "
           "working 12 hours after it is connected."),
        tr("Click “Turn off token rotation”. If Slack refuses (it can keep rotation on "
           "once it has been used), create a new Slack app for Bitbucket with rotation "
           "off."));
}

QStringList missingFrom(const QStringList &have, const QStringList &required)
{
    QStringList missing;
    for (const QString &scope : required) {
        if (!have.contains(scope))
            missing.append(scope);
    }
    return missing;
}

CheckResult scopes(const SlackManifest &manifest)
{
    const QString id(Id::scopes);
    const QStringList missingBot =
        missingFrom(manifest.botScopes(), SlackRequirements::requiredBotScopes());
    const QStringList userScopes = manifest.userScopes();
    const QStringList missingUser =
        missingFrom(userScopes, SlackRequirements::requiredUserScopes());
    if (missingBot.isEmpty() && missingUser.isEmpty())
        return result(id, Status::Pass, tr("The app asks for the scopes Bitbucket needs"));

    QStringList detail;
    if (!missingBot.isEmpty()) {
        detail.append(tr("The bot scopes lack %1: when a workspace is connected, Bitbucket looks "
                         "up the app's bot user with users.info and refuses the connection if "
                         "it cannot.")
                          .arg(missingBot.join(tr(", "))));
    }
    if (userScopes.isEmpty()) {
        detail.append(tr("The app asks for no user scopes, so Slack issues no user token; "
                         "Bitbucket refuses to connect a workspace without the installer's user "
                         "token, and uses it (with %1) for link previews that ask people to sign "
                         "in.")
                          .arg(missingUser.join(tr(", "))));
    } else if (!missingUser.isEmpty()) {
        detail.append(tr("The user scopes lack %1: Bitbucket uses the installer's user token for "
                         "link previews (chat.unfurl) that ask people who have not linked their "
                         "Slack account to sign in, and those fail without it.")
                          .arg(missingUser.join(tr(", "))));
    }
    // Without a user scope at all a workspace cannot be connected; a missing one beside others
    // only costs the sign-in previews.
    const bool blocking = !missingBot.isEmpty() || userScopes.isEmpty();
    const QStringList added = missingBot + missingUser;
    return result(id, blocking ? Status::Fail : Status::Warn,
        QCoreApplication::translate(
            "SlackChecks", "%n scope(s) Bitbucket needs are missing", nullptr, int(added.size())),
        lines(detail),
        tr("Click “Add missing scopes”: it adds %1. Workspaces connected before need "
           "Update Access to receive them.")
            .arg(added.join(tr(", "))));
}

} // namespace

QStringList checkIds()
{
    return {QString(Id::urlsHttps), QString(Id::requestUrls), QString(Id::redirectUrls),
        QString(Id::tokenRotation), QString(Id::scopes)};
}

QString title(const QString &id)
{
    if (id == Id::urlsHttps)
        return tr("Slack app uses HTTPS");
    if (id == Id::requestUrls)
        return tr("Request URLs");
    if (id == Id::redirectUrls)
        return tr("Redirect URLs");
    if (id == Id::tokenRotation)
        return tr("Token rotation");
    if (id == Id::scopes)
        return tr("Scopes");
    return QString();
}

QList<CheckResult> run(const SlackManifest &manifest, const SlackRequirements &requirements)
{
    if (manifest.isNull())
        return skipped(tr("There is no manifest to check."));
    return {urlsHttps(manifest), requestUrls(manifest, requirements),
        redirectUrls(manifest, requirements), tokenRotation(manifest), scopes(manifest)};
}

QList<CheckResult> skipped(const QString &reason)
{
    QList<CheckResult> results;
    for (const QString &id : checkIds())
        results.append(result(id, Status::Skip, reason));
    return results;
}

} // namespace SlackChecks
