#include "troubleshoot/BrowserAddress.h"

#include "common/Redactor.h"
#include "troubleshoot/BitbucketAddress.h"
#include "troubleshoot/ErrorCatalogue.h"

#include <QRegularExpression>
#include <QUrlQuery>

namespace {

const QString configurePath = QStringLiteral("/plugins/servlet/slack/configure");

// Only the address up to its path is ever shown: the query holds the code and the state.
QString shown(const QUrl &url)
{
    return Redactor::redactUrl(url);
}

} // namespace

Diagnosis BrowserAddress::diagnose(const QUrl &url, const DiagnosisContext &context)
{
    const QUrlQuery query(url);
    const QString error = query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
    if (!error.isEmpty())
        return slackError(url, error);
    if (query.hasQueryItem(QStringLiteral("code")) || query.hasQueryItem(QStringLiteral("state")))
        return codeReceived(url, context);
    const QString team = query.queryItemValue(QStringLiteral("recentInstall"));
    if (url.path().endsWith(configurePath) && !team.isEmpty())
        return installed(url, team);
    const BitbucketAddress address(url, context.bitbucketBaseUrl);
    if (address.isPlainHttp() && address.isBitbucket())
        return plainHttp(url, context);
    return {};
}

Diagnosis BrowserAddress::slackError(const QUrl &url, const QString &error)
{
    Diagnosis diagnosis = ErrorCatalogue::describe(error);
    diagnosis.detail =
        tr("The browser ended on %1 with error=%2.").arg(shown(url), Redactor::redact(error));
    return diagnosis;
}

Diagnosis BrowserAddress::codeReceived(const QUrl &url, const DiagnosisContext &context)
{
    Diagnosis diagnosis = ErrorCatalogue::describe(QStringLiteral("handshake_code_received"));
    diagnosis.detail = tr("The browser ended on %1 with an authorization code and a state value "
                          "(neither is shown here).")
                           .arg(shown(url));
    const BitbucketAddress address(url, context.bitbucketBaseUrl);
    if (address.isSlackIntegration()) {
        diagnosis.detail += u'\n'
            + tr("This is Bitbucket's install address, which exchanges the code itself. If the "
                 "page showed an error, paste that error here.");
    }
    return diagnosis;
}

Diagnosis BrowserAddress::installed(const QUrl &url, const QString &teamId)
{
    static const QRegularExpression teamIdPattern(QStringLiteral("^[A-Z0-9]{2,32}$"));
    Diagnosis diagnosis = ErrorCatalogue::describe(QStringLiteral("bitbucket_install_succeeded"));
    const QString team = teamIdPattern.match(teamId).hasMatch() ? teamId : tr("(unreadable)");
    diagnosis.detail = tr("The browser ended on %1 naming the newly connected workspace %2.")
                           .arg(shown(url), team);
    return diagnosis;
}

Diagnosis BrowserAddress::plainHttp(const QUrl &url, const DiagnosisContext &context)
{
    const BitbucketAddress address(url, context.bitbucketBaseUrl);
    Diagnosis diagnosis = ErrorCatalogue::describe(QStringLiteral("bitbucket_http_address"));
    if (context.bitbucketBaseUrl.scheme() == QLatin1String("https")) {
        // Bitbucket's own base URL is fine; the http address came from somewhere else.
        diagnosis.cause = tr("Bitbucket's base URL is %1, yet this address uses http://: it was "
                             "written into the Slack app's settings with http://, or a reverse "
                             "proxy that is not declared to Bitbucket turned it into http://.")
                              .arg(shown(context.bitbucketBaseUrl));
        diagnosis.detail = tr("The browser ended on %1.").arg(shown(url));
        diagnosis.fix = tr("Change the address to https:// where it is configured: for the Slack "
                           "app's URLs, \"Make all URLs HTTPS\" on the HTTPS page does it. If "
                           "Bitbucket itself redirected to http://, declare the proxy to it:\n%1")
                            .arg(address.httpsSettings());
        return diagnosis;
    }
    diagnosis.detail = tr("The browser ended on %1, under the base URL %2.")
                           .arg(shown(url), shown(address.base()));
    diagnosis.fix = address.httpsSettings();
    return diagnosis;
}
