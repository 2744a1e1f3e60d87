#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class SlackManifest;

// The four items of Slack's checklist under Manage Distribution → Share Your App with Other
// Workspaces, judged from the app's manifest where the manifest can tell. Slack decides itself
// and offers no API to read its verdict, so this is a forecast of what that page will show.
class DistributionChecklist
{
    Q_DECLARE_TR_FUNCTIONS(DistributionChecklist)

public:
    enum class Item { Features, RedirectUrls, HardCodedInformation, Https };
    enum class Verdict {
        Met,
        NotMet,
        Unknown, // no manifest was read, so only Slack's page can tell
        AwaitsTheAdmin, // only the admin can confirm it, on Slack's page
    };

    struct Entry
    {
        Item item = Item::Features;
        Verdict verdict = Verdict::Unknown;
        QString explanation; // translated, one or two sentences
    };

    // In Slack's order. `hardCodedReviewed` is the admin's confirmation of the third item.
    static QList<Entry> evaluate(const SlackManifest &manifest, bool hardCodedReviewed);

    // Slack's own label of the item, so the admin finds it on that page.
    static QString title(Item item);
    static QString verdictLabel(Verdict verdict);

private:
    static Entry features(const SlackManifest &manifest);
    static Entry redirectUrls(const SlackManifest &manifest);
    static Entry hardCodedInformation(bool reviewed);
    static Entry https(const SlackManifest &manifest);
};
