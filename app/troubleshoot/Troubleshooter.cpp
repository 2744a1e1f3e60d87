// Troubleshooter::diagnose and forSlackError, declared in Diagnosis.h.
#include "troubleshoot/Diagnosis.h"

#include "bitbucket/BitbucketUrl.h"
#include "common/Redactor.h"
#include "troubleshoot/BitbucketAddress.h"
#include "troubleshoot/BrowserAddress.h"
#include "troubleshoot/ErrorCatalogue.h"
#include "troubleshoot/PastedText.h"
#include "troubleshoot/RedirectMismatch.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Troubleshooter {
namespace {

Diagnosis unrecognised(const QString &title)
{
    Diagnosis diagnosis;
    diagnosis.code = QStringLiteral("unrecognised");
    diagnosis.title = title;
    diagnosis.detail = QCoreApplication::translate("Troubleshooter",
        "Looked for Slack's and Bitbucket's error messages and codes, and for the address "
        "the browser ended on.");
    diagnosis.fix = QCoreApplication::translate("Troubleshooter",
        "Paste the whole error message, the Slack error code, Bitbucket's answer, or the "
        "complete address the browser ended on. 'workspace-connector check' tests the whole "
        "setup.");
    return diagnosis;
}

// A pasted message shown back in the detail: one line, shortened, secrets masked.
QString quoted(const PastedText &pasted)
{
    constexpr int longest = 300;
    QString text = Redactor::redact(pasted.text()).simplified();
    if (text.size() > longest)
        text = text.left(longest - 1) + QChar(0x2026);
    return text;
}

// Where the Slack app's Redirect URLs send the browser after Allow, when that is another
// address than Bitbucket's base URL: sign-ins made at one do not count at the other.
QString signInMismatch(const DiagnosisContext &context)
{
    QStringList elsewhere;
    for (const QString &configured : context.configuredRedirectUrls) {
        const QUrl url(configured);
        if (BitbucketAddress(url, QUrl()).isSlackIntegration()
            && !BitbucketUrl::sameOrigin(url, context.bitbucketBaseUrl))
            elsewhere.append(Redactor::redactUrl(url));
    }
    if (elsewhere.isEmpty())
        return QString();
    return QCoreApplication::translate("Troubleshooter",
        "The Slack app sends the browser to %1, but Bitbucket's base URL is %2: a sign-in at "
        "one of these addresses does not count at the other.")
        .arg(elsewhere.join(QStringLiteral(", ")), Redactor::redactUrl(context.bitbucketBaseUrl));
}

Diagnosis fromMessage(
    const QString &code, const PastedText &pasted, const DiagnosisContext &context)
{
    Diagnosis diagnosis = ErrorCatalogue::describe(code);
    diagnosis.detail =
        QCoreApplication::translate("Troubleshooter", "The text says: \"%1\"").arg(quoted(pasted));
    if (code != QLatin1String("bitbucket_not_signed_in") || context.bitbucketBaseUrl.isEmpty())
        return diagnosis;
    const QString mismatch = signInMismatch(context);
    if (!mismatch.isEmpty())
        diagnosis.detail += u'\n' + mismatch;
    diagnosis.fix += u' '
        + QCoreApplication::translate(
            "Troubleshooter", "Bitbucket's base URL is %1; sign in at %2.")
              .arg(Redactor::redactUrl(context.bitbucketBaseUrl),
                  BitbucketUrl::endpoint(context.bitbucketBaseUrl, QStringLiteral("/login"))
                      .toString());
    return diagnosis;
}

QString statusKey(const PastedText &pasted)
{
    for (const QString &field : {QStringLiteral("key"), QStringLiteral("status")}) {
        const QString code = ErrorCatalogue::codeForStatusKey(pasted.jsonString(field));
        if (!code.isEmpty())
            return code;
    }
    return ErrorCatalogue::codeForStatusKey(pasted.text());
}

Diagnosis fromStatus(const QString &code, const PastedText &pasted)
{
    Diagnosis diagnosis = ErrorCatalogue::describe(code);
    diagnosis.detail =
        QCoreApplication::translate("Troubleshooter", "Bitbucket's connection status says: \"%1\"")
            .arg(quoted(pasted));
    return diagnosis;
}

Diagnosis fromAddresses(const PastedText &pasted, const DiagnosisContext &context)
{
    const QList<QUrl> urls = pasted.urls();
    for (const QUrl &url : urls) {
        const Diagnosis diagnosis = BrowserAddress::diagnose(url, context);
        if (!diagnosis.code.isEmpty())
            return diagnosis;
    }
    return {};
}

// A Slack error code in a JSON answer, in error=..., or on its own among other words.
QString slackCode(const PastedText &pasted)
{
    static const QRegularExpression bareCode(QStringLiteral("^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$"));
    for (const QString &given :
        {pasted.jsonString(QStringLiteral("error")), pasted.parameter(QStringLiteral("error"))}) {
        if (!given.isEmpty())
            return given;
    }
    const QStringList words = pasted.codeWords();
    for (const QString &word : words) {
        if (ErrorCatalogue::isSlackCode(word))
            return word;
    }
    return bareCode.match(pasted.text()).hasMatch() ? pasted.text() : QString();
}

// Slack's answer as pasted; for a rejected manifest it also names the fields Slack pointed at.
Diagnosis fromSlackCode(const QString &code, const PastedText &pasted)
{
    Diagnosis diagnosis = forSlackError(code);
    const QStringList pointers = pasted.jsonStrings(QStringLiteral("pointer"));
    if (!pointers.isEmpty()) {
        diagnosis.detail += u' '
            + QCoreApplication::translate("Troubleshooter", "Slack names these fields: %1.")
                  .arg(Redactor::redact(pointers.join(QStringLiteral(", "))));
    }
    return diagnosis;
}

} // namespace

Diagnosis diagnose(const QString &text, const DiagnosisContext &context)
{
    const PastedText pasted(text);
    if (pasted.isEmpty())
        return unrecognised(QCoreApplication::translate(
            "Troubleshooter", "Nothing to diagnose: the text is empty"));
    if (RedirectMismatch::isMentionedIn(pasted))
        return RedirectMismatch::diagnose(pasted, context);
    const QString messageCode = ErrorCatalogue::codeForMessage(pasted.text());
    if (!messageCode.isEmpty())
        return fromMessage(messageCode, pasted, context);
    const QString statusCode = statusKey(pasted);
    if (!statusCode.isEmpty())
        return fromStatus(statusCode, pasted);
    const Diagnosis fromAddress = fromAddresses(pasted, context);
    if (!fromAddress.code.isEmpty())
        return fromAddress;
    const QString code = slackCode(pasted);
    if (!code.isEmpty())
        return fromSlackCode(code, pasted);
    return unrecognised(QCoreApplication::translate(
        "Troubleshooter", "This text is not an error the troubleshooter knows"));
}

Diagnosis forSlackError(const QString &code)
{
    Diagnosis diagnosis = ErrorCatalogue::isSlackCode(code)
        ? ErrorCatalogue::describe(code)
        : ErrorCatalogue::unknownSlackCode(code);
    diagnosis.code = Redactor::redact(diagnosis.code);
    diagnosis.title = Redactor::redact(diagnosis.title);
    diagnosis.detail =
        QCoreApplication::translate("Troubleshooter", "Slack answered with the error code %1.")
            .arg(diagnosis.code);
    return diagnosis;
}

} // namespace Troubleshooter
