#pragma once

#include "checks/CheckResult.h"
#include "slack/SlackManifest.h"
#include "slack/SlackRequirements.h"

#include <QList>
#include <QStringList>

// The Slack-side readiness checks: pure functions of a manifest and the requirements, so they run
// the same on a manifest read through the API and on one loaded from a file.
//   slack.urls-https, slack.request-urls, slack.redirect-urls, slack.token-rotation, slack.scopes
namespace SlackChecks {

// The stable ids, which scripts, the JSON output, the fixes and the tests key on.
namespace Id {
inline constexpr QLatin1String urlsHttps("slack.urls-https");
inline constexpr QLatin1String requestUrls("slack.request-urls");
inline constexpr QLatin1String redirectUrls("slack.redirect-urls");
inline constexpr QLatin1String tokenRotation("slack.token-rotation");
inline constexpr QLatin1String scopes("slack.scopes");
} // namespace Id

QStringList checkIds();
QString title(const QString &id);

QList<CheckResult> run(const SlackManifest &manifest, const SlackRequirements &requirements);
// Every check as Skip with the reason, when there is no manifest to check.
QList<CheckResult> skipped(const QString &reason);

} // namespace SlackChecks
