#pragma once

#include <QList>
#include <QString>

// Whether a request URL in the manifest (events, interactivity, a slash command) points at this
// Bitbucket: the same scheme, host and port as its base URL, its context path, and the
// endpoint's own path. The check and the fix both ask here, so they cannot disagree.
//
// `expected` is the full URL (SlackRequirements::eventUrl() and so on), `endpointPath` its part
// below the context path (SlackRequirements::eventPath() and so on).
namespace RequestUrl {

enum class Part { Scheme, Host, Port, ContextPath, Path };

// Empty when `actual` is `expected`. Host names compare without regard to case, a default port
// counts the same written or not, and a query on `actual` is not compared: Bitbucket ignores it.
QList<Part> differences(
    const QString &actual, const QString &expected, const QString &endpointPath);

// Translated: "host (git.example.com instead of bb.example.com)", one per part, joined.
QString describe(const QList<Part> &parts, const QString &actual, const QString &expected,
    const QString &endpointPath);

} // namespace RequestUrl
