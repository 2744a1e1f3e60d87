#pragma once

#include "slack/RedirectMatcher.h"
#include "troubleshoot/Diagnosis.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <optional>

class PastedText;

// Slack's "redirect_uri did not match any configured URIs. Passed URI: ..." page (the admin
// guide's "Something went wrong when authorizing"): which redirect URI was passed, why none of
// the configured Redirect URLs covers it, and the one to add or the Bitbucket setting to change.
class RedirectMismatch
{
    Q_DECLARE_TR_FUNCTIONS(RedirectMismatch)

public:
    static bool isMentionedIn(const PastedText &text);

    // cause is RedirectMatcher's reason code ("scheme", "host", ...) when it can be told: always
    // with a manifest; without one only for an empty, http or fragment-bearing passed URI.
    static Diagnosis diagnose(const PastedText &text, const DiagnosisContext &context);

    // The Redirect URL that covers passed: <base>/rest/slack/<version>/oauth for an address
    // Bitbucket's integration built, else passed without query and fragment; https either way.
    static QString redirectUrlToAdd(const QUrl &passed, const QUrl &knownBase);

private:
    struct Passed
    {
        bool found = false; // the text names a passed URI, perhaps an empty one
        QString uri;
    };

    using Reason = RedirectMatcher::Reason;

    static Passed passedUri(const PastedText &text);
    static QString shown(const QString &passed);
    static void compareWithManifest(
        Diagnosis *diagnosis, const QString &passed, const DiagnosisContext &context);
    static void compareWithoutManifest(
        Diagnosis *diagnosis, const QString &passed, const DiagnosisContext &context);
    // What can be told from the passed URI alone: empty, a fragment, or not https.
    static std::optional<Reason> reasonWithoutManifest(const QString &passed);
    // reason is empty when it cannot be told (no manifest, nothing wrong with the URI itself).
    static QString fix(std::optional<Reason> reason, const QString &passed, const QString &closest,
        const DiagnosisContext &context);
    static QString addRedirectUrl(const QString &url, const QString &closest);
    // Bitbucket's base URL as the context gives it, or else as the closest Redirect URL shows it.
    static QUrl bitbucketBase(const QString &closest, const DiagnosisContext &context);
};
