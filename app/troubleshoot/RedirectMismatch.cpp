#include "troubleshoot/RedirectMismatch.h"

#include "common/Redactor.h"
#include "troubleshoot/BitbucketAddress.h"
#include "troubleshoot/ErrorCatalogue.h"
#include "troubleshoot/PastedText.h"

#include <QRegularExpression>

namespace {

const QStringList mismatchWords = {QStringLiteral("did not match any configured URIs"),
    QStringLiteral("redirect_uri did not match"), QStringLiteral("Passed URI:"),
    QStringLiteral("Something went wrong when authorizing")};

// Slack shows the passed URI as it was sent; a copy from a log may still be percent-encoded.
QString decoded(QString uri)
{
    static const QRegularExpression trailing(QStringLiteral("[.,;)\"']+$"));
    uri.remove(trailing);
    if (uri.startsWith(QLatin1String("http%3A"), Qt::CaseInsensitive)
        || uri.startsWith(QLatin1String("https%3A"), Qt::CaseInsensitive))
        return QUrl::fromPercentEncoding(uri.toUtf8());
    return uri;
}

// The base URL a Redirect URL served by Bitbucket's integration lies under, or empty.
QString closestBitbucketBase(const QString &closest)
{
    const BitbucketAddress configured {QUrl(closest), QUrl()};
    return configured.isSlackIntegration() ? configured.base().toString() : QString();
}

} // namespace

bool RedirectMismatch::isMentionedIn(const PastedText &text)
{
    for (const QString &words : mismatchWords) {
        if (text.contains(words))
            return true;
    }
    return false;
}

RedirectMismatch::Passed RedirectMismatch::passedUri(const PastedText &text)
{
    static const QRegularExpression sameLine(
        QStringLiteral("Passed URI:[ \\t]*(\\S*)"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression nextLine(
        QStringLiteral("Passed URI:[ \\t]*\\r?\\n\\s*(http\\S*)"),
        QRegularExpression::CaseInsensitiveOption);
    const auto match = sameLine.match(text.text());
    if (match.hasMatch()) {
        const QString uri = match.captured(1).isEmpty() ? nextLine.match(text.text()).captured(1)
                                                        : match.captured(1);
        return {true, decoded(uri)};
    }
    // The address of Slack's error page carries the redirect URI the installation sent.
    const QString parameter = text.parameter(QStringLiteral("redirect_uri"));
    if (!parameter.isEmpty())
        return {true, decoded(parameter)};
    return {};
}

QString RedirectMismatch::shown(const QString &passed)
{
    return passed.isEmpty() ? tr("an empty redirect URI") : Redactor::redact(passed);
}

Diagnosis RedirectMismatch::diagnose(const PastedText &text, const DiagnosisContext &context)
{
    Diagnosis diagnosis = ErrorCatalogue::describe(QStringLiteral("redirect_uri_mismatch"));
    // For this error `cause` carries the reason code; the rule itself goes into the detail.
    const QString rule = diagnosis.cause;
    diagnosis.cause.clear();
    const Passed passed = passedUri(text);
    if (!passed.found) {
        diagnosis.detail = tr("The text does not show the passed URI; Slack's page names it "
                              "after \"Passed URI:\". Paste the whole message for a precise "
                              "answer.")
            + u'\n' + rule;
        diagnosis.fix = fix(std::nullopt, QString(), QString(), context);
        return diagnosis;
    }
    if (context.haveManifest)
        compareWithManifest(&diagnosis, passed.uri, context);
    else
        compareWithoutManifest(&diagnosis, passed.uri, context);
    diagnosis.detail += u'\n' + rule;
    return diagnosis;
}

void RedirectMismatch::compareWithManifest(
    Diagnosis *diagnosis, const QString &passed, const DiagnosisContext &context)
{
    const RedirectMatcher::Verdict verdict =
        RedirectMatcher::match(context.configuredRedirectUrls, passed);
    diagnosis->cause = RedirectMatcher::reasonCode(verdict.reason);
    diagnosis->closest = verdict.configured;
    const QString configured = context.configuredRedirectUrls.isEmpty()
        ? tr("none")
        : context.configuredRedirectUrls.join(QStringLiteral(", "));
    // The reason first: the dialog and the command line show it right below the cause code.
    diagnosis->detail = Redactor::redact(RedirectMatcher::explain(verdict, passed)) + u'\n'
        + tr("Slack was passed %1.").arg(shown(passed)) + u'\n'
        + tr("The manifest's Redirect URLs: %1.").arg(configured);
    diagnosis->fix = fix(verdict.reason, passed, verdict.configured, context);
}

void RedirectMismatch::compareWithoutManifest(
    Diagnosis *diagnosis, const QString &passed, const DiagnosisContext &context)
{
    const std::optional<Reason> reason = reasonWithoutManifest(passed);
    if (reason)
        diagnosis->cause = RedirectMatcher::reasonCode(*reason);
    diagnosis->detail = tr("Slack was passed %1.").arg(shown(passed)) + u'\n'
        + tr("Compare it with the Redirect URLs on the app's OAuth & Permissions page: one of "
             "them must have the same host and port, and a path that is the passed path or "
             "lies above it.")
        + u'\n'
        + tr("Give the app's manifest (--manifest FILE) for a precise answer: which Redirect "
             "URL comes closest and why it does not match.");
    diagnosis->fix = fix(reason, passed, QString(), context);
}

std::optional<RedirectMismatch::Reason> RedirectMismatch::reasonWithoutManifest(
    const QString &passed)
{
    if (passed.trimmed().isEmpty())
        return Reason::Empty;
    if (passed.contains(u'#'))
        return Reason::Fragment;
    if (QUrl(passed).scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) != 0)
        return Reason::Scheme;
    return std::nullopt;
}

QString RedirectMismatch::fix(std::optional<Reason> reason, const QString &passed,
    const QString &closest, const DiagnosisContext &context)
{
    const QUrl url(passed);
    const QUrl knownBase = bitbucketBase(closest, context);
    const BitbucketAddress address(url, knownBase);
    const QString toAdd = redirectUrlToAdd(url, knownBase);
    const QString configure = tr("Then make sure this Redirect URL is configured: %1").arg(toAdd);
    if (passed.isEmpty() && reason != Reason::Empty) {
        return tr("Check that the redirect URI is https, then compare it with the app's Redirect "
                  "URLs (OAuth & Permissions): add the one that covers it and click Save URLs.");
    }
    switch (reason.value_or(Reason::NoneConfigured)) {
    case Reason::Empty:
        return tr("Start installations with this program's Add to Slack or with the shareable "
                  "URL from Slack's Manage Distribution page. A tool that builds its own link "
                  "must send the whole redirect URI, or leave redirect_uri out so that Slack "
                  "uses the first Redirect URL.");
    case Reason::Fragment:
        return tr("Remove the fragment (from '#' on) from the redirect URI: Slack refuses every "
                  "redirect URI that has one.")
            + u' ' + configure;
    case Reason::Match:
        return tr("The manifest given covers this redirect URI, so Slack's page came from "
                  "another app or an older configuration: check that the installation used "
                  "this app's Client ID, and that the Redirect URLs were saved in Slack (Save "
                  "URLs).");
    case Reason::Scheme:
        if (address.isPlainHttp()) {
            if (address.isBitbucket())
                return address.httpsSettings() + u'\n' + configure;
            return tr("Slack accepts only https redirect URIs: give the installation an https "
                      "address, and add it to the Redirect URLs: %1")
                .arg(toAdd);
        }
        break;
    case Reason::Host:
    case Reason::Port:
    case Reason::Path:
    case Reason::NoneConfigured:
        break;
    }
    QString text = addRedirectUrl(toAdd, closest);
    const QString closestBase = closestBitbucketBase(closest);
    if (address.isBitbucket() && !closestBase.isEmpty()
        && (reason == Reason::Host || reason == Reason::Port || reason == Reason::Path)) {
        // The Redirect URL may be right and Bitbucket's base URL wrong (an alias, the Tomcat
        // port, a missing context path): then the base URL is what to correct.
        text += u' '
            + tr("If Bitbucket's address is %1, correct its base URL (Administration > Server "
                 "settings) to it instead, so that the addresses it gives Slack use it.")
                  .arg(closestBase);
    }
    if (address.isSlackIntegration()) {
        text += u' '
            + tr("Keep Bitbucket's install address the first Redirect URL: installations "
                 "started from Slack's shareable link come back to the first one.");
    }
    return text;
}

QUrl RedirectMismatch::bitbucketBase(const QString &closest, const DiagnosisContext &context)
{
    if (!context.bitbucketBaseUrl.isEmpty())
        return context.bitbucketBaseUrl;
    // Without a base URL, a Redirect URL that Bitbucket's integration serves tells it.
    return QUrl(closestBitbucketBase(closest));
}

QString RedirectMismatch::addRedirectUrl(const QString &url, const QString &closest)
{
    QString text = tr("In Slack, open the app's OAuth & Permissions page, click Add New Redirect "
                      "URL, enter %1 and click Save URLs.")
                       .arg(url);
    if (!closest.isEmpty())
        text += u' ' + tr("Or change %1 into it.").arg(closest);
    return text;
}

QString RedirectMismatch::redirectUrlToAdd(const QUrl &passed, const QUrl &knownBase)
{
    const BitbucketAddress address(passed, knownBase);
    QUrl redirect = address.isSlackIntegration()
        ? address.integrationRedirectUrl()
        : passed.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    if (!address.isPlainHttp())
        return redirect.toString();
    if (address.isBitbucket()) {
        // The same place under the base URL Bitbucket should have.
        const QUrl https = address.httpsBase();
        const QString below = redirect.path().mid(address.base().path().size());
        redirect = https;
        redirect.setPath(https.path() + below);
        return redirect.toString();
    }
    if (redirect.port() == 80)
        redirect.setPort(-1);
    redirect.setScheme(QStringLiteral("https"));
    return redirect.toString();
}
