#pragma once

#include <QString>
#include <QUrl>

// Removes secrets from text before it reaches a log, an error message or a file.
//
// It masks what looks like a secret (Slack tokens, Authorization headers, secret-named query,
// form and JSON fields) and every exact value registered with registerSecret(), such as the
// Bitbucket password the admin typed.
namespace Redactor {

inline constexpr QStringView mask = u"[redacted]";

QString redact(const QString &text);

// A URL for display in logs: scheme, host, port and path; no user info, query or fragment.
QString redactUrl(const QUrl &url);

// Remembers a value that must never appear in output. Values shorter than 4 characters are
// ignored, since masking them would garble ordinary words.
void registerSecret(const QString &value);
void forgetSecrets();

// Routes every qDebug/qCWarning/... message through redact() before Qt's default handler.
void installMessageHandler();

} // namespace Redactor
