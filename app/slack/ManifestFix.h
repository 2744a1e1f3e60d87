#pragma once

#include "slack/ManifestDiff.h"
#include "slack/SlackManifest.h"
#include "slack/SlackRequirements.h"

#include <QList>
#include <QString>

// One button on the HTTPS page that repairs the manifest. It computes the new manifest, changing
// nothing but what it is about; the admin sees the changes field by field before anything is sent.
struct ManifestFix
{
    enum class Kind {
        MakeUrlsHttps, // "Make all URLs HTTPS"
        PointRequestUrls, // "Point request URLs at this Bitbucket"
        AddRedirectUrls, // "Add this Redirect URL" (Bitbucket's install endpoint first, ours)
        TurnOffTokenRotation, // "Turn off token rotation"
        AddMissingScopes, // "Add missing scopes"
    };

    Kind kind;
    QString checkId; // the check whose failure it repairs
    QString title; // translated button text
    SlackManifest before;
    SlackManifest after;
    QList<ManifestChange> changes;

    bool isNoOp() const { return changes.isEmpty(); }

    // The fixes that would change something in this manifest, in the order of the checks.
    static QList<ManifestFix> available(
        const SlackManifest &manifest, const SlackRequirements &requirements);
    static ManifestFix make(
        Kind kind, const SlackManifest &manifest, const SlackRequirements &requirements);
};
