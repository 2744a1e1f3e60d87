#include "slack/ManifestDiff.h"

#include "slack/SlackManifest.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ManifestDiff {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ManifestDiff", text);
}

bool isNonEmptyContainer(const QJsonValue &value)
{
    return (value.isObject() && !value.toObject().isEmpty())
        || (value.isArray() && !value.toArray().isEmpty());
}

// Every leaf below value (an empty object or array is a leaf of its own).
void addLeaves(const QJsonValue &value, QStringList &tokens, ManifestChange::Kind kind,
    QList<ManifestChange> &out)
{
    if (value.isObject() && !value.toObject().isEmpty()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            tokens.append(it.key());
            addLeaves(it.value(), tokens, kind, out);
            tokens.removeLast();
        }
    } else if (value.isArray() && !value.toArray().isEmpty()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            tokens.append(QString::number(i));
            addLeaves(array.at(i), tokens, kind, out);
            tokens.removeLast();
        }
    } else {
        ManifestChange change;
        change.kind = kind;
        change.pointer = SlackManifest::pointerFrom(tokens);
        change.before = kind == ManifestChange::Kind::Added ? QJsonValue::Undefined : value;
        change.after = kind == ManifestChange::Kind::Added ? value : QJsonValue::Undefined;
        out.append(change);
    }
}

void walk(const QJsonValue &before, const QJsonValue &after, QStringList &tokens,
    QList<ManifestChange> &out);

void walkObjects(const QJsonObject &before, const QJsonObject &after, QStringList &tokens,
    QList<ManifestChange> &out)
{
    for (auto it = after.begin(); it != after.end(); ++it) {
        tokens.append(it.key());
        walk(before.value(it.key()), it.value(), tokens, out);
        tokens.removeLast();
    }
    for (auto it = before.begin(); it != before.end(); ++it) {
        if (after.contains(it.key()))
            continue;
        tokens.append(it.key());
        walk(it.value(), QJsonValue::Undefined, tokens, out);
        tokens.removeLast();
    }
}

void walkArrays(const QJsonArray &before, const QJsonArray &after, QStringList &tokens,
    QList<ManifestChange> &out)
{
    const qsizetype size = qMax(before.size(), after.size());
    for (qsizetype i = 0; i < size; ++i) {
        tokens.append(QString::number(i));
        walk(i < before.size() ? before.at(i) : QJsonValue::Undefined,
            i < after.size() ? after.at(i) : QJsonValue::Undefined, tokens, out);
        tokens.removeLast();
    }
}

void walk(const QJsonValue &before, const QJsonValue &after, QStringList &tokens,
    QList<ManifestChange> &out)
{
    if (before == after)
        return;
    if (before.isObject() && after.isObject()) {
        walkObjects(before.toObject(), after.toObject(), tokens, out);
    } else if (before.isArray() && after.isArray()) {
        walkArrays(before.toArray(), after.toArray(), tokens, out);
    } else if (before.isUndefined()) {
        addLeaves(after, tokens, ManifestChange::Kind::Added, out);
    } else if (after.isUndefined()) {
        addLeaves(before, tokens, ManifestChange::Kind::Removed, out);
    } else if (isNonEmptyContainer(before) || isNonEmptyContainer(after)) {
        // A field that changed shape: what is there now, then what was there.
        addLeaves(after, tokens, ManifestChange::Kind::Added, out);
        addLeaves(before, tokens, ManifestChange::Kind::Removed, out);
    } else {
        out.append(
            {ManifestChange::Kind::Changed, SlackManifest::pointerFrom(tokens), before, after});
    }
}

QString shown(const QJsonValue &value)
{
    if (value.isString() && !value.toString().isEmpty())
        return value.toString();
    // Everything else as JSON would write it, so "", null, 3 and "3" stay apart.
    const QByteArray json = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

} // namespace

QList<ManifestChange> compare(const SlackManifest &before, const SlackManifest &after)
{
    QList<ManifestChange> changes;
    QStringList tokens;
    walk(before.json(), after.json(), tokens, changes);
    return changes;
}

QString describe(const ManifestChange &change)
{
    switch (change.kind) {
    case ManifestChange::Kind::Added:
        return tr("%1: added %2").arg(change.pointer, shown(change.after));
    case ManifestChange::Kind::Removed:
        return tr("%1: removed %2").arg(change.pointer, shown(change.before));
    case ManifestChange::Kind::Changed:
        return tr("%1: %2 → %3").arg(change.pointer, shown(change.before), shown(change.after));
    }
    return QString();
}

} // namespace ManifestDiff
