#include "slack/ManifestYaml.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <yaml-cpp/yaml.h>

namespace ManifestYaml {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ManifestYaml", text);
}

// Thrown inside the conversion for what yaml-cpp accepts but a manifest cannot hold.
struct ConversionError
{
    YAML::Mark mark;
    QString message;
};

QString located(const YAML::Mark &mark, const QString &message)
{
    return tr("Line %1, column %2: %3").arg(mark.line + 1).arg(mark.column + 1).arg(message);
}

const QString coreTag = QStringLiteral("tag:yaml.org,2002:");

// The plain scalar resolution of YAML 1.2's core schema, for the types JSON can hold.
QJsonValue resolvePlain(const QString &text)
{
    static const QRegularExpression nullPattern(QStringLiteral("^(~|null|Null|NULL)?$"));
    static const QRegularExpression truePattern(QStringLiteral("^(true|True|TRUE)$"));
    static const QRegularExpression falsePattern(QStringLiteral("^(false|False|FALSE)$"));
    static const QRegularExpression decimal(QStringLiteral("^[-+]?[0-9]+$"));
    static const QRegularExpression octal(QStringLiteral("^0o([0-7]+)$"));
    static const QRegularExpression hex(QStringLiteral("^0x([0-9a-fA-F]+)$"));
    static const QRegularExpression floating(
        QStringLiteral("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$"));

    if (nullPattern.match(text).hasMatch())
        return QJsonValue::Null;
    if (truePattern.match(text).hasMatch())
        return true;
    if (falsePattern.match(text).hasMatch())
        return false;
    if (decimal.match(text).hasMatch() || floating.match(text).hasMatch())
        return text.toDouble();
    if (const auto found = octal.match(text); found.hasMatch())
        return double(found.captured(1).toULongLong(nullptr, 8));
    if (const auto found = hex.match(text); found.hasMatch())
        return double(found.captured(1).toULongLong(nullptr, 16));
    return text;
}

QJsonValue scalar(const YAML::Node &node)
{
    const QString text = QString::fromStdString(node.Scalar());
    const QString tag = QString::fromStdString(node.Tag());
    // "?" marks a plain scalar; "!" a quoted or block one, which is always a string.
    if (tag == QLatin1String("?"))
        return resolvePlain(text);
    if (tag.startsWith(coreTag) && tag != coreTag + QLatin1String("str")) {
        const QJsonValue resolved = resolvePlain(text);
        if (!resolved.isString())
            return resolved;
    }
    return text;
}

QJsonValue convert(const YAML::Node &node);

QJsonObject mapping(const YAML::Node &node)
{
    QJsonObject object;
    QSet<QString> seen;
    for (auto it = node.begin(); it != node.end(); ++it) {
        if (!it->first.IsScalar())
            throw ConversionError {it->first.Mark(), tr("a key must be a plain value")};
        const QString key = QString::fromStdString(it->first.Scalar());
        if (seen.contains(key))
            throw ConversionError {it->first.Mark(), tr("the key “%1” appears twice").arg(key)};
        seen.insert(key);
        object.insert(key, convert(it->second));
    }
    return object;
}

QJsonValue convert(const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Map:
        return mapping(node);
    case YAML::NodeType::Sequence: {
        QJsonArray array;
        for (const YAML::Node &item : node)
            array.append(convert(item));
        return array;
    }
    case YAML::NodeType::Scalar:
        return scalar(node);
    case YAML::NodeType::Null:
        // A quoted empty or "null" scalar is a string; yaml-cpp reports only unquoted ones here.
        return node.Tag() == "!" ? QJsonValue(QString()) : QJsonValue(QJsonValue::Null);
    case YAML::NodeType::Undefined:
        break;
    }
    return QJsonValue::Null;
}

} // namespace

QJsonValue parse(const QByteArray &text, QString *error)
{
    try {
        const YAML::Node root = YAML::Load(text.toStdString());
        if (!root.IsMap()) {
            *error = tr("The manifest must be a YAML mapping of fields such as "
                        "display_information and settings.");
            return QJsonValue::Undefined;
        }
        return convert(root);
    } catch (const ConversionError &problem) {
        *error = located(problem.mark, problem.message);
    } catch (const YAML::Exception &problem) {
        // yaml-cpp's own message is English; it is shown as it is, after the translated place.
        *error = located(problem.mark, QString::fromStdString(problem.msg));
    }
    return QJsonValue::Undefined;
}

} // namespace ManifestYaml
