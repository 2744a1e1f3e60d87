#pragma once

#include <QString>

// What a validation rule says about one field: whether the value can be used, and why not.
struct FieldVerdict
{
    enum class Level {
        Valid, // nothing to say, or an informational note in message
        Warning, // usable, but a later step will ask for a change
        Invalid, // cannot be used; message says why
    };

    Level level = Level::Valid;
    QString message; // translated; may be empty when the value is valid

    bool acceptable() const { return level != Level::Invalid; }

    static FieldVerdict valid(const QString &note = QString()) { return {Level::Valid, note}; }
    static FieldVerdict warning(const QString &why) { return {Level::Warning, why}; }
    static FieldVerdict invalid(const QString &why) { return {Level::Invalid, why}; }
};
