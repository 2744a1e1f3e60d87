#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

// Reads YAML, as Slack's manifest editor exports it, into the JSON the rest of the program uses.
// Scalars follow YAML 1.2's core schema: a plain true or false is a bool, a plain integer or
// float a number, a plain null, ~ or nothing is null, and everything else (every quoted scalar,
// yes/no/on/off, .inf and .nan, which JSON cannot hold) is a string.
namespace ManifestYaml {

// Undefined on failure, with a translated reason naming line and column in *error.
QJsonValue parse(const QByteArray &text, QString *error);

} // namespace ManifestYaml
