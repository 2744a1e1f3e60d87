#include "slack/SlackManifest.h"

#include "slack/ManifestYaml.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <utility>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SlackManifest", text);
}

// Far more than any Slack manifest: Slack caps every list and string in it.
constexpr qint64 maximumFileSize = 4 * 1024 * 1024;

QString locatedAt(const QByteArray &text, int offset, const QString &message)
{
    const QByteArray before = text.left(offset);
    const int line = int(before.count('\n')) + 1;
    const int column = int(QString::fromUtf8(before.mid(before.lastIndexOf('\n') + 1)).size()) + 1;
    return QCoreApplication::translate("SlackManifest", "Line %1, column %2: %3")
        .arg(line)
        .arg(column)
        .arg(message);
}

// What apps.manifest.export answers, saved to a file as it came: {"ok":true,"manifest":{...}}.
QJsonObject unwrapExport(const QJsonObject &object)
{
    if (object.contains(QLatin1String("ok")) && object.value(QLatin1String("manifest")).isObject())
        return object.value(QLatin1String("manifest")).toObject();
    return object;
}

QJsonValue parseJson(const QByteArray &text, QString *error)
{
    QJsonParseError problem;
    const QJsonDocument document = QJsonDocument::fromJson(text, &problem);
    if (problem.error != QJsonParseError::NoError) {
        // Qt's offset is one past the character it stumbled on.
        *error = locatedAt(text, qMax(0, problem.offset - 1), problem.errorString());
        return QJsonValue::Undefined;
    }
    if (!document.isObject()) {
        *error = QCoreApplication::translate("SlackManifest",
            "The manifest must be a JSON object of fields such as display_information and "
            "settings.");
        return QJsonValue::Undefined;
    }
    return unwrapExport(document.object());
}

bool isArrayIndex(const QString &token)
{
    if (token.isEmpty() || (token.size() > 1 && token.startsWith(QLatin1Char('0'))))
        return false;
    for (QChar c : token) {
        if (!c.isDigit())
            return false;
    }
    return true;
}

QJsonValue child(const QJsonValue &node, const QString &token)
{
    if (node.isObject())
        return node.toObject().value(token);
    if (node.isArray() && isArrayIndex(token)) {
        bool ok = false;
        const int index = token.toInt(&ok);
        const QJsonArray array = node.toArray();
        if (ok && index < array.size())
            return array.at(index);
    }
    return QJsonValue::Undefined;
}

void setIn(QJsonValue &node, const QStringList &tokens, int depth, const QJsonValue &value);

void setInArray(QJsonValue &node, const QStringList &tokens, int depth, const QJsonValue &value)
{
    QJsonArray array = node.toArray();
    const QString &token = tokens.at(depth);
    if (token != QLatin1String("-") && !isArrayIndex(token))
        return;
    bool ok = true;
    const int index = token == QLatin1String("-") ? int(array.size()) : token.toInt(&ok);
    if (!ok || index > array.size())
        return;

    QJsonValue element = index < array.size() ? array.at(index) : QJsonValue::Undefined;
    setIn(element, tokens, depth + 1, value);
    if (element.isUndefined()) {
        if (index < array.size())
            array.removeAt(index);
    } else if (index == array.size()) {
        array.append(element);
    } else {
        array.replace(index, element);
    }
    node = array;
}

void setInObject(QJsonValue &node, const QStringList &tokens, int depth, const QJsonValue &value)
{
    QJsonObject object = node.toObject();
    const QString &token = tokens.at(depth);
    QJsonValue member = object.value(token);
    setIn(member, tokens, depth + 1, value);
    if (member.isUndefined())
        object.remove(token);
    else
        object.insert(token, member);
    node = object;
}

void setIn(QJsonValue &node, const QStringList &tokens, int depth, const QJsonValue &value)
{
    if (depth == tokens.size()) {
        node = value;
        return;
    }
    const QString &token = tokens.at(depth);
    const bool wantsArray = token == QLatin1String("-") || isArrayIndex(token);
    if (node.isArray() || (!node.isObject() && wantsArray))
        setInArray(node, tokens, depth, value);
    else
        setInObject(node, tokens, depth, value);
}

QStringList strings(const QJsonValue &value)
{
    QStringList found;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        if (item.isString())
            found.append(item.toString());
    }
    return found;
}

// The URL fields schema v1 names (slack-platform.md, A7); "*" stands for any one token.
const QList<QStringList> &knownUrlFields()
{
    static const QList<QStringList> fields {
        {QStringLiteral("oauth_config"), QStringLiteral("redirect_urls"), QStringLiteral("*")},
        {QStringLiteral("settings"), QStringLiteral("event_subscriptions"),
            QStringLiteral("request_url")},
        {QStringLiteral("settings"), QStringLiteral("interactivity"),
            QStringLiteral("request_url")},
        {QStringLiteral("settings"), QStringLiteral("interactivity"),
            QStringLiteral("message_menu_options_url")},
        {QStringLiteral("features"), QStringLiteral("slash_commands"), QStringLiteral("*"),
            QStringLiteral("url")},
        {QStringLiteral("settings"), QStringLiteral("siws_links"), QStringLiteral("initiate_uri")},
        {QStringLiteral("app_directory"), QStringLiteral("direct_install_url")},
        {QStringLiteral("app_directory"), QStringLiteral("installation_landing_page")},
        {QStringLiteral("app_directory"), QStringLiteral("privacy_policy_url")},
        {QStringLiteral("app_directory"), QStringLiteral("support_url")},
        {QStringLiteral("mcp_servers"), QStringLiteral("*"), QStringLiteral("url")},
    };
    return fields;
}

bool isKnownUrlField(const QStringList &tokens)
{
    // The external authentication providers nest their endpoints at varying depths.
    if (tokens.value(0) == QLatin1String("external_auth_providers")
        && (tokens.last() == QLatin1String("authorization_url")
            || tokens.last() == QLatin1String("token_url")))
        return true;
    for (const QStringList &field : knownUrlFields()) {
        if (field.size() != tokens.size())
            continue;
        bool same = true;
        for (int i = 0; same && i < field.size(); ++i)
            same = field.at(i) == QLatin1String("*") || field.at(i) == tokens.at(i);
        if (same)
            return true;
    }
    return false;
}

// A whole value that is an http or https address. Free text that merely starts with one (a
// description, say) has spaces in it and is left alone.
bool looksLikeUrl(const QString &value)
{
    const bool scheme = value.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
        || value.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
    if (!scheme)
        return false;
    for (QChar c : value) {
        if (c.isSpace())
            return false;
    }
    return true;
}

// Both rules are needed: the named fields are URLs even when their value has no scheme at all
// (such a value is no more https than an http one is), and the scheme test finds URLs in fields
// the list does not name, such as ones a newer schema adds, which Slack's "Use HTTPS" checklist
// item counts just the same.
void collectUrls(const QJsonValue &node, QStringList &tokens, QList<SlackManifest::UrlField> &out)
{
    if (node.isObject()) {
        const QJsonObject object = node.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            tokens.append(it.key());
            collectUrls(it.value(), tokens, out);
            tokens.removeLast();
        }
    } else if (node.isArray()) {
        const QJsonArray array = node.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            tokens.append(QString::number(i));
            collectUrls(array.at(i), tokens, out);
            tokens.removeLast();
        }
    } else if (node.isString() && (isKnownUrlField(tokens) || looksLikeUrl(node.toString()))) {
        out.append({SlackManifest::pointerFrom(tokens), node.toString()});
    }
}

} // namespace

SlackManifest::SlackManifest(QJsonObject json)
    : m_json(std::move(json))
{ }

SlackManifest SlackManifest::parse(const QByteArray &text, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    QByteArray body = text;
    if (body.startsWith("\xEF\xBB\xBF"))
        body.remove(0, 3);
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty()) {
        *error = tr("The manifest is empty.");
        return {};
    }

    const bool json = trimmed.startsWith('{') || trimmed.startsWith('[');
    const QJsonValue parsed = json ? parseJson(body, error) : ManifestYaml::parse(body, error);
    if (parsed.isUndefined())
        return {};
    if (parsed.toObject().isEmpty()) {
        *error = tr("The manifest has no fields.");
        return {};
    }
    error->clear();
    return SlackManifest(parsed.toObject());
}

SlackManifest SlackManifest::fromFile(const QString &path, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return {};
    }
    if (file.size() > maximumFileSize) {
        *error =
            tr("%1 is too large to be a Slack app manifest.").arg(QDir::toNativeSeparators(path));
        return {};
    }
    const SlackManifest manifest = parse(file.readAll(), error);
    if (manifest.isNull())
        *error = tr("%1: %2").arg(QDir::toNativeSeparators(path), *error);
    return manifest;
}

QByteArray SlackManifest::toJson() const
{
    return QJsonDocument(m_json).toJson(QJsonDocument::Indented);
}

QJsonValue SlackManifest::value(const QString &pointer) const
{
    if (!pointer.isEmpty() && !pointer.startsWith(QLatin1Char('/')))
        return QJsonValue::Undefined;
    QJsonValue node = m_json;
    for (const QString &token : pointerTokens(pointer)) {
        node = child(node, token);
        if (node.isUndefined())
            break;
    }
    return node;
}

void SlackManifest::setValue(const QString &pointer, const QJsonValue &value)
{
    if (!pointer.isEmpty() && !pointer.startsWith(QLatin1Char('/')))
        return;
    if (value.isUndefined() && this->value(pointer).isUndefined())
        return; // nothing to remove, and no parents to create for it
    QJsonValue root = m_json;
    setIn(root, pointerTokens(pointer), 0, value);
    m_json = root.toObject();
}

QList<SlackManifest::UrlField> SlackManifest::urlFields() const
{
    QList<UrlField> fields;
    QStringList tokens;
    collectUrls(m_json, tokens, fields);
    return fields;
}

QStringList SlackManifest::redirectUrls() const
{
    return strings(value(QStringLiteral("/oauth_config/redirect_urls")));
}

QStringList SlackManifest::botScopes() const
{
    return strings(value(QStringLiteral("/oauth_config/scopes/bot")));
}

QStringList SlackManifest::userScopes() const
{
    return strings(value(QStringLiteral("/oauth_config/scopes/user")));
}

bool SlackManifest::tokenRotationEnabled() const
{
    return value(QStringLiteral("/settings/token_rotation_enabled")).toBool(false);
}

bool SlackManifest::socketModeEnabled() const
{
    return value(QStringLiteral("/settings/socket_mode_enabled")).toBool(false);
}

QString SlackManifest::appName() const
{
    return value(QStringLiteral("/display_information/name")).toString();
}

QStringList SlackManifest::pointerTokens(const QString &pointer)
{
    if (pointer.isEmpty())
        return {};
    QStringList tokens = pointer.mid(1).split(QLatin1Char('/'));
    // ~1 first, so that "~01" becomes "~1" and not "/" (RFC 6901, section 4).
    for (QString &token : tokens)
        token.replace(QLatin1String("~1"), QLatin1String("/"))
            .replace(QLatin1String("~0"), QLatin1String("~"));
    return tokens;
}

QString SlackManifest::pointerFrom(const QStringList &tokens)
{
    QString pointer;
    for (QString token : tokens) {
        token.replace(QLatin1Char('~'), QLatin1String("~0"))
            .replace(QLatin1Char('/'), QLatin1String("~1"));
        pointer += QLatin1Char('/') + token;
    }
    return pointer;
}
