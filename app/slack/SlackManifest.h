#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

// A Slack app manifest (schema v1) as JSON, read from Slack's App Manifest API or from a file the
// admin exported from Slack's manifest editor (JSON or YAML, both of which that editor offers).
//
// Fields are addressed by JSON pointer (RFC 6901), as Slack's validation errors do:
// "/settings/event_subscriptions/request_url", "/oauth_config/redirect_urls/0".
//
// QJsonObject keeps its keys sorted, so the order of keys in the file is not kept; the order of
// array elements is.
class SlackManifest
{
public:
    struct UrlField
    {
        QString pointer; // for example "/features/slash_commands/2/url"
        QString url;

        bool operator==(const UrlField &other) const
        {
            return pointer == other.pointer && url == other.url;
        }
    };

    SlackManifest() = default;
    explicit SlackManifest(QJsonObject json);

    // JSON or YAML; which one is decided from the text. On failure returns a null manifest and a
    // translated reason with line and column in *error.
    static SlackManifest parse(const QByteArray &text, QString *error);
    static SlackManifest fromFile(const QString &path, QString *error);

    bool isNull() const { return m_json.isEmpty(); }
    QJsonObject json() const { return m_json; }
    QByteArray toJson() const; // indented, for files and for the API

    QJsonValue value(const QString &pointer) const; // Undefined when absent
    // Creates parents as needed (an array where the next token is an index or "-", else an
    // object). "-" or the array's size appends; an index further out changes nothing. Setting
    // Undefined removes the member or element.
    void setValue(const QString &pointer, const QJsonValue &value); // creates parents as needed

    // Every field of the manifest that holds a URL (redirect URLs, request URLs, slash command
    // URLs, options-load URL, app directory URLs, ...), in document order.
    QList<UrlField> urlFields() const;

    QStringList redirectUrls() const; // /oauth_config/redirect_urls
    QStringList botScopes() const; // /oauth_config/scopes/bot
    QStringList userScopes() const; // /oauth_config/scopes/user
    bool tokenRotationEnabled() const; // /settings/token_rotation_enabled
    bool socketModeEnabled() const; // /settings/socket_mode_enabled
    QString appName() const; // /display_information/name

    bool operator==(const SlackManifest &other) const { return m_json == other.m_json; }

    // The tokens of a JSON pointer, unescaped (~1 is "/", ~0 is "~"); "" is the whole document.
    static QStringList pointerTokens(const QString &pointer);
    // The pointer for these tokens, escaped.
    static QString pointerFrom(const QStringList &tokens);

private:
    QJsonObject m_json;
};
