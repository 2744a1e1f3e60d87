#include "setup/ManifestFile.h"

#include "slack/SlackManifest.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

#include <yaml-cpp/yaml.h>

#include <cmath>

namespace {

void emitValue(YAML::Emitter &out, const QJsonValue &value);

void emitObject(YAML::Emitter &out, const QJsonObject &object)
{
    out << YAML::BeginMap;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        out << YAML::Key << it.key().toStdString() << YAML::Value;
        emitValue(out, it.value());
    }
    out << YAML::EndMap;
}

void emitArray(YAML::Emitter &out, const QJsonArray &array)
{
    out << YAML::BeginSeq;
    for (const QJsonValue &element : array) {
        emitValue(out, element);
    }
    out << YAML::EndSeq;
}

void emitNumber(YAML::Emitter &out, double number)
{
    // Slack's numbers are counts and versions: whole numbers stay whole.
    double whole = 0;
    if (std::modf(number, &whole) == 0.0 && std::abs(number) < 9.0e15) {
        out << static_cast<long long>(whole);
    } else {
        out << number;
    }
}

void emitValue(YAML::Emitter &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object:
        emitObject(out, value.toObject());
        return;
    case QJsonValue::Array:
        emitArray(out, value.toArray());
        return;
    case QJsonValue::Bool:
        out << value.toBool();
        return;
    case QJsonValue::Double:
        emitNumber(out, value.toDouble());
        return;
    case QJsonValue::String:
        // Quoted always: a plain "true", "123" or "null" would read back as another type.
        out << YAML::DoubleQuoted << value.toString().toStdString();
        return;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    out << YAML::Null;
}

} // namespace

ManifestFile::Format ManifestFile::formatFor(const QString &path)
{
    const QString lower = path.toLower();
    const bool yaml =
        lower.endsWith(QLatin1String(".yaml")) || lower.endsWith(QLatin1String(".yml"));
    return yaml ? Format::Yaml : Format::Json;
}

QByteArray ManifestFile::toYaml(const SlackManifest &manifest)
{
    YAML::Emitter out;
    out.SetIndent(2);
    emitObject(out, manifest.json());
    QByteArray text(out.c_str(), qsizetype(out.size()));
    text.append('\n');
    return text;
}

QByteArray ManifestFile::serialize(const SlackManifest &manifest, Format format)
{
    return format == Format::Yaml ? toYaml(manifest) : manifest.toJson();
}

bool ManifestFile::save(const SlackManifest &manifest, const QString &path, QString *error)
{
    QSaveFile file(path);
    const bool written = file.open(QIODevice::WriteOnly)
        && file.write(serialize(manifest, formatFor(path))) >= 0 && file.commit();
    if (!written && error) {
        *error = tr("The manifest could not be saved to %1: %2").arg(path, file.errorString());
    }
    return written;
}
