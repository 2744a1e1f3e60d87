#include "slack/ManifestFix.h"

#include "slack/RedirectMatcher.h"
#include "slack/RequestUrl.h"
#include "slack/SlackChecks.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

// Every fix starts from the manifest as it is and sets only the fields it is about, and only
// where they are wrong: Slack's apps.manifest.update replaces the whole configuration, so what
// a fix leaves alone must come back exactly as it was.

namespace {

using Kind = ManifestFix::Kind;

const QString redirectUrlsPointer = QStringLiteral("/oauth_config/redirect_urls");

// https:// in place of http://, as a string edit so that nothing else in the URL is rewritten;
// an explicit :80 goes too, since it only ever meant plain HTTP's default.
QString withHttps(const QString &url)
{
    QString rest = url.mid(int(qstrlen("http://")));
    const qsizetype authorityEnd = rest.indexOf(QRegularExpression(QStringLiteral("[/?#]")));
    const qsizetype end = authorityEnd < 0 ? rest.size() : authorityEnd;
    if (rest.left(end).endsWith(QLatin1String(":80")))
        rest.remove(end - 3, 3);
    return QStringLiteral("https://") + rest;
}

// Slack wants the Redirect URLs unique; http://x next to https://x would become a pair.
void dropRepeatedRedirectUrls(SlackManifest &manifest)
{
    const QJsonArray urls = manifest.value(redirectUrlsPointer).toArray();
    QJsonArray kept;
    for (const QJsonValue &url : urls) {
        if (!kept.contains(url))
            kept.append(url);
    }
    if (kept.size() != urls.size())
        manifest.setValue(redirectUrlsPointer, kept);
}

SlackManifest makeUrlsHttps(SlackManifest manifest)
{
    bool changedRedirectUrl = false;
    for (const SlackManifest::UrlField &field : manifest.urlFields()) {
        if (!field.url.startsWith(QLatin1String("http://"), Qt::CaseInsensitive))
            continue;
        manifest.setValue(field.pointer, withHttps(field.url));
        changedRedirectUrl = changedRedirectUrl || field.pointer.startsWith(redirectUrlsPointer);
    }
    if (changedRedirectUrl)
        dropRepeatedRedirectUrls(manifest);
    return manifest;
}

void pointAt(SlackManifest &manifest, const QString &pointer, const QString &expected,
    const QString &endpointPath)
{
    const QString actual = manifest.value(pointer).toString();
    if (actual.trimmed().isEmpty()
        || !RequestUrl::differences(actual, expected, endpointPath).isEmpty())
        manifest.setValue(pointer, expected);
}

SlackManifest pointRequestUrls(SlackManifest manifest, const SlackRequirements &wanted)
{
    if (!wanted.hasBitbucket())
        return manifest;
    pointAt(manifest, QStringLiteral("/settings/event_subscriptions/request_url"),
        wanted.eventUrl(), SlackRequirements::eventPath());
    const QString interactivity = QStringLiteral("/settings/interactivity/is_enabled");
    if (manifest.value(interactivity) != QJsonValue(true))
        manifest.setValue(interactivity, true);
    pointAt(manifest, QStringLiteral("/settings/interactivity/request_url"), wanted.actionUrl(),
        SlackRequirements::actionPath());
    const qsizetype commands =
        manifest.value(QStringLiteral("/features/slash_commands")).toArray().size();
    for (qsizetype i = 0; i < commands; ++i) {
        pointAt(manifest, QStringLiteral("/features/slash_commands/%1/url").arg(i),
            wanted.commandUrl(), SlackRequirements::commandPath());
    }
    if (manifest.socketModeEnabled())
        manifest.setValue(QStringLiteral("/settings/socket_mode_enabled"), false);
    return manifest;
}

QStringList stringsOf(const QJsonArray &array)
{
    QStringList found;
    for (const QJsonValue &value : array)
        found.append(value.toString());
    return found;
}

// Bitbucket's install endpoint goes first: moved there, spelled as the admin spelled it, when it
// is already listed further down, or else added.
void putInstallEndpointFirst(QJsonArray &urls, const QString &install)
{
    for (qsizetype i = 0; i < urls.size(); ++i) {
        if (urls.at(i).isString() && RedirectMatcher::equivalent(urls.at(i).toString(), install)) {
            if (i > 0)
                urls.prepend(urls.takeAt(i));
            return;
        }
    }
    urls.prepend(install);
}

SlackManifest addRedirectUrls(SlackManifest manifest, const SlackRequirements &wanted)
{
    QJsonArray urls = manifest.value(redirectUrlsPointer).toArray();
    const QJsonArray original = urls;
    // Slack takes no other scheme, so an http address would only add a failure of its own.
    const auto usable = [](const QString &url) {
        return url.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
    };
    const QString install = wanted.installRedirectUrl();
    if (usable(install))
        putInstallEndpointFirst(urls, install);

    // The account-link redirect is covered as soon as the install endpoint is there (it lies
    // below it); it is added on its own only when the install endpoint could not be.
    const QStringList others {
        install + QStringLiteral("/redirect"), wanted.programRedirectUri.trimmed()};
    const QStringList needed {wanted.userRedirectUrl(SlackRequirements::sampleTeamId()),
        wanted.programRedirectUri.trimmed()};
    for (int i = 0; i < needed.size(); ++i) {
        if (usable(needed.at(i)) && !RedirectMatcher::covers(stringsOf(urls), needed.at(i)))
            urls.append(others.at(i));
    }
    if (urls != original)
        manifest.setValue(redirectUrlsPointer, urls);
    return manifest;
}

SlackManifest turnOffTokenRotation(SlackManifest manifest)
{
    if (manifest.tokenRotationEnabled())
        manifest.setValue(QStringLiteral("/settings/token_rotation_enabled"), false);
    return manifest;
}

void appendMissing(SlackManifest &manifest, const QString &pointer, const QStringList &required)
{
    QJsonArray scopes = manifest.value(pointer).toArray();
    const qsizetype before = scopes.size();
    for (const QString &scope : required) {
        if (!scopes.contains(scope))
            scopes.append(scope);
    }
    if (scopes.size() != before)
        manifest.setValue(pointer, scopes);
}

SlackManifest addMissingScopes(SlackManifest manifest)
{
    appendMissing(manifest, QStringLiteral("/oauth_config/scopes/bot"),
        SlackRequirements::requiredBotScopes());
    appendMissing(manifest, QStringLiteral("/oauth_config/scopes/user"),
        SlackRequirements::requiredUserScopes());
    return manifest;
}

SlackManifest fixed(Kind kind, const SlackManifest &manifest, const SlackRequirements &wanted)
{
    switch (kind) {
    case Kind::MakeUrlsHttps:
        return makeUrlsHttps(manifest);
    case Kind::PointRequestUrls:
        return pointRequestUrls(manifest, wanted);
    case Kind::AddRedirectUrls:
        return addRedirectUrls(manifest, wanted);
    case Kind::TurnOffTokenRotation:
        return turnOffTokenRotation(manifest);
    case Kind::AddMissingScopes:
        return addMissingScopes(manifest);
    }
    return manifest;
}

QString checkIdOf(Kind kind)
{
    switch (kind) {
    case Kind::MakeUrlsHttps:
        return QString(SlackChecks::Id::urlsHttps);
    case Kind::PointRequestUrls:
        return QString(SlackChecks::Id::requestUrls);
    case Kind::AddRedirectUrls:
        return QString(SlackChecks::Id::redirectUrls);
    case Kind::TurnOffTokenRotation:
        return QString(SlackChecks::Id::tokenRotation);
    case Kind::AddMissingScopes:
        return QString(SlackChecks::Id::scopes);
    }
    return QString();
}

QString titleOf(Kind kind)
{
    switch (kind) {
    case Kind::MakeUrlsHttps:
        return QCoreApplication::translate("ManifestFix", "Make all URLs HTTPS");
    case Kind::PointRequestUrls:
        return QCoreApplication::translate("ManifestFix", "Point request URLs at this Bitbucket");
    case Kind::AddRedirectUrls:
        return QCoreApplication::translate("ManifestFix", "Add this Redirect URL");
    case Kind::TurnOffTokenRotation:
        return QCoreApplication::translate("ManifestFix", "Turn off token rotation");
    case Kind::AddMissingScopes:
        return QCoreApplication::translate("ManifestFix", "Add missing scopes");
    }
    return QString();
}

} // namespace

QList<ManifestFix> ManifestFix::available(
    const SlackManifest &manifest, const SlackRequirements &requirements)
{
    QList<ManifestFix> fixes;
    for (Kind kind : {Kind::MakeUrlsHttps, Kind::PointRequestUrls, Kind::AddRedirectUrls,
             Kind::TurnOffTokenRotation, Kind::AddMissingScopes}) {
        ManifestFix fix = make(kind, manifest, requirements);
        if (!fix.isNoOp())
            fixes.append(fix);
    }
    return fixes;
}

ManifestFix ManifestFix::make(
    Kind kind, const SlackManifest &manifest, const SlackRequirements &requirements)
{
    ManifestFix fix;
    fix.kind = kind;
    fix.checkId = checkIdOf(kind);
    fix.title = titleOf(kind);
    fix.before = manifest;
    fix.after = manifest.isNull() ? manifest : fixed(kind, manifest, requirements);
    fix.changes = ManifestDiff::compare(fix.before, fix.after);
    return fix;
}
