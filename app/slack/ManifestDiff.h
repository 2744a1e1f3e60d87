#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>

class SlackManifest;

// What a fix changes, field by field, for the admin to confirm before anything is sent to Slack.
struct ManifestChange
{
    enum class Kind { Added, Removed, Changed };
    Kind kind = Kind::Changed;
    QString pointer; // JSON pointer of the leaf that changed
    QJsonValue before = QJsonValue::Undefined; // Undefined when added
    QJsonValue after = QJsonValue::Undefined; // Undefined when removed

    bool operator==(const ManifestChange &other) const
    {
        return kind == other.kind && pointer == other.pointer && before == other.before
            && after == other.after;
    }
};

namespace ManifestDiff {

// Leaf-level differences between two manifests, in document order of `after` then `before`.
// Arrays are compared element by element.
QList<ManifestChange> compare(const SlackManifest &before, const SlackManifest &after);

// One translated line per change: "/settings/interactivity/request_url: http://… → https://…".
QString describe(const ManifestChange &change);

} // namespace ManifestDiff
