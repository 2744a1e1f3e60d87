#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class SlackManifest;

// Writes a manifest for the admin to paste into Slack's manifest editor, which takes JSON and
// YAML alike: YAML when the file name ends in .yaml or .yml, JSON otherwise.
class ManifestFile
{
    Q_DECLARE_TR_FUNCTIONS(ManifestFile)

public:
    enum class Format { Json, Yaml };

    static Format formatFor(const QString &path);
    static QByteArray toYaml(const SlackManifest &manifest);
    static QByteArray serialize(const SlackManifest &manifest, Format format);
    // False, with a translated reason in *error, when the file could not be written.
    static bool save(const SlackManifest &manifest, const QString &path, QString *error);
};
