#include "setup/DistributionChecklist.h"

#include "slack/SlackManifest.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

namespace {

bool hasEntries(const QJsonValue &value)
{
    return (value.isArray() && !value.toArray().isEmpty())
        || (value.isObject() && !value.toObject().isEmpty());
}

bool isNonEmptyText(const QJsonValue &value)
{
    return value.isString() && !value.toString().trimmed().isEmpty();
}

} // namespace

QList<DistributionChecklist::Entry> DistributionChecklist::evaluate(
    const SlackManifest &manifest, bool hardCodedReviewed)
{
    return {features(manifest), redirectUrls(manifest), hardCodedInformation(hardCodedReviewed),
        https(manifest)};
}

QString DistributionChecklist::title(Item item)
{
    switch (item) {
    case Item::Features:
        return tr("Enable Features & Functionality");
    case Item::RedirectUrls:
        return tr("Add OAuth Redirect URLs");
    case Item::HardCodedInformation:
        return tr("Remove Hard Coded Information");
    case Item::Https:
        return tr("Use HTTPS For Your Features");
    }
    return QString();
}

QString DistributionChecklist::verdictLabel(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Met:
        return tr("Done", "distribution checklist item");
    case Verdict::NotMet:
        return tr("Not done", "distribution checklist item");
    case Verdict::Unknown:
        return tr("Unknown", "distribution checklist item");
    case Verdict::AwaitsTheAdmin:
        return tr("Needs your confirmation", "distribution checklist item");
    }
    return QString();
}

DistributionChecklist::Entry DistributionChecklist::features(const SlackManifest &manifest)
{
    Entry entry {Item::Features, Verdict::Unknown, {}};
    if (manifest.isNull()) {
        entry.explanation = tr("No manifest was read. Slack's page shows whether a feature is on.");
        return entry;
    }
    // Slack counts a bot user, slash commands, events, interactivity and shortcuts as features.
    QStringList found;
    if (manifest.value(QStringLiteral("/features/bot_user")).isObject()) {
        found << tr("a bot user");
    }
    const QJsonArray commands =
        manifest.value(QStringLiteral("/features/slash_commands")).toArray();
    if (!commands.isEmpty()) {
        found << tr("%n slash command(s)", nullptr, int(commands.size()));
    }
    if (isNonEmptyText(
            manifest.value(QStringLiteral("/settings/event_subscriptions/request_url")))) {
        found << tr("event subscriptions");
    }
    if (manifest.value(QStringLiteral("/settings/interactivity/is_enabled")).toBool()) {
        found << tr("interactivity");
    }
    if (hasEntries(manifest.value(QStringLiteral("/features/shortcuts")))) {
        found << tr("shortcuts");
    }
    if (found.isEmpty()) {
        entry.verdict = Verdict::NotMet;
        entry.explanation = tr("The manifest turns on no feature. Bitbucket's integration needs "
                               "at least the bot user, events and interactivity.");
        return entry;
    }
    entry.verdict = Verdict::Met;
    entry.explanation = tr("Turned on: %1.").arg(found.join(QStringLiteral(", ")));
    return entry;
}

DistributionChecklist::Entry DistributionChecklist::redirectUrls(const SlackManifest &manifest)
{
    Entry entry {Item::RedirectUrls, Verdict::Unknown, {}};
    if (manifest.isNull()) {
        entry.explanation = tr("No manifest was read. Slack's page shows the Redirect URLs.");
        return entry;
    }
    const int count = int(manifest.redirectUrls().size());
    if (count == 0) {
        entry.verdict = Verdict::NotMet;
        entry.explanation = tr("The manifest has no Redirect URL. The HTTPS page adds the ones "
                               "Bitbucket and this program need.");
        return entry;
    }
    entry.verdict = Verdict::Met;
    entry.explanation = tr("%n Redirect URL(s) configured.", nullptr, count);
    return entry;
}

DistributionChecklist::Entry DistributionChecklist::hardCodedInformation(bool reviewed)
{
    Entry entry {Item::HardCodedInformation, Verdict::AwaitsTheAdmin, {}};
    if (reviewed) {
        entry.verdict = Verdict::Met;
        entry.explanation = tr("You confirmed that you reviewed and removed any hard-coded "
                               "information.");
        return entry;
    }
    entry.explanation = tr("Only you can tell: tick \"I've reviewed and removed any hard-coded "
                           "information\" on Slack's page, then confirm it below.");
    return entry;
}

DistributionChecklist::Entry DistributionChecklist::https(const SlackManifest &manifest)
{
    Entry entry {Item::Https, Verdict::Unknown, {}};
    if (manifest.isNull()) {
        entry.explanation = tr("No manifest was read. Slack's page lists the URLs that still use "
                               "http.");
        return entry;
    }
    QStringList plain;
    for (const SlackManifest::UrlField &field : manifest.urlFields()) {
        if (QUrl(field.url).scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) != 0) {
            plain << field.pointer;
        }
    }
    if (plain.isEmpty()) {
        entry.verdict = Verdict::Met;
        entry.explanation = tr("Every URL in the manifest uses https.");
        return entry;
    }
    entry.verdict = Verdict::NotMet;
    entry.explanation = tr("%n URL(s) do not use https: %1. \"Make all URLs HTTPS\" on the HTTPS "
                           "page fixes them.",
        nullptr, int(plain.size()))
                            .arg(plain.join(QStringLiteral(", ")));
    return entry;
}
