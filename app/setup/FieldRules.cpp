#include "setup/FieldRules.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QUrl>

namespace {

bool matches(const QString &pattern, const QString &text)
{
    const QRegularExpression expression(QRegularExpression::anchoredPattern(pattern));
    return expression.match(text).hasMatch();
}

} // namespace

FieldVerdict FieldRules::required()
{
    return FieldVerdict::invalid(tr("Required."));
}

// Client secret and signing secret share a shape: 32 hexadecimal digits.
FieldVerdict FieldRules::hexSecret(const QString &text)
{
    const QString value = text.trimmed();
    if (value.isEmpty()) {
        return required();
    }
    if (!matches(QStringLiteral("[0-9a-fA-F]*"), value)) {
        return FieldVerdict::invalid(tr("Use only the digits 0-9 and the letters a-f."));
    }
    if (value.size() != 32) {
        return FieldVerdict::invalid(tr("%n character(s) of 32.", nullptr, int(value.size())));
    }
    return FieldVerdict::valid();
}

FieldVerdict FieldRules::urlShape(const QUrl &url)
{
    if (!url.isValid()) {
        return FieldVerdict::invalid(tr("This is not a valid address: %1").arg(url.errorString()));
    }
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http")) {
        return FieldVerdict::invalid(
            tr("Give the full address, starting with https://, for example "
               "https://bitbucket.example.com/bitbucket."));
    }
    if (url.host().isEmpty()) {
        return FieldVerdict::invalid(tr("The address names no host."));
    }
    if (!url.userInfo().isEmpty()) {
        return FieldVerdict::invalid(
            tr("Leave the user name and password out of the address; they have their own "
               "fields."));
    }
    if (url.hasQuery() || url.hasFragment()) {
        return FieldVerdict::invalid(
            tr("Remove the part from ? or # on: the base URL ends with Bitbucket's context "
               "path."));
    }
    return FieldVerdict::valid();
}

FieldVerdict FieldRules::slackAppId(const QString &text)
{
    const QString value = text.trimmed();
    if (value.isEmpty()) {
        return required();
    }
    if (matches(QStringLiteral("A[A-Z0-9]{8,12}"), value)) {
        return FieldVerdict::valid();
    }
    if (matches(QStringLiteral("A[A-Z0-9]{8,12}"), value.toUpper())) {
        return FieldVerdict::invalid(tr("Slack writes App IDs in capital letters."));
    }
    return FieldVerdict::invalid(
        tr("An App ID is A followed by 8 to 12 capital letters or digits, like A0123ABCD."));
}

FieldVerdict FieldRules::slackClientId(const QString &text)
{
    const QString value = text.trimmed();
    if (value.isEmpty()) {
        return required();
    }
    if (matches(QStringLiteral("[0-9]+\\.[0-9]+"), value)) {
        return FieldVerdict::valid();
    }
    return FieldVerdict::invalid(
        tr("A Client ID is two numbers joined by a dot, like 1234567890.9876543210."));
}

FieldVerdict FieldRules::slackClientSecret(const QString &text)
{
    return hexSecret(text);
}

FieldVerdict FieldRules::slackSigningSecret(const QString &text)
{
    return hexSecret(text);
}

FieldVerdict FieldRules::slackVerificationToken(const QString &text)
{
    const QString value = text.trimmed();
    if (value.isEmpty()) {
        return required();
    }
    if (!matches(QStringLiteral("[A-Za-z0-9]*"), value)) {
        return FieldVerdict::invalid(tr("Use only letters and digits."));
    }
    if (value.size() != 24) {
        return FieldVerdict::invalid(tr("%n character(s) of 24.", nullptr, int(value.size())));
    }
    return FieldVerdict::valid();
}

FieldVerdict FieldRules::slackConfigAccessToken(const QString &text)
{
    const QString value = text.trimmed();
    if (value.isEmpty() || value.startsWith(QLatin1String("xoxe.xoxp-"))) {
        return FieldVerdict::valid();
    }
    if (value.startsWith(QLatin1String("xoxe-"))) {
        return FieldVerdict::invalid(
            tr("This is the refresh token (xoxe-…): it goes in the Refresh token field."));
    }
    return FieldVerdict::invalid(tr("An app configuration token starts with xoxe.xoxp-."));
}

FieldVerdict FieldRules::slackConfigRefreshToken(const QString &text)
{
    const QString value = text.trimmed();
    if (value.isEmpty() || value.startsWith(QLatin1String("xoxe-"))) {
        return FieldVerdict::valid();
    }
    if (value.startsWith(QLatin1String("xoxe.xoxp-"))) {
        return FieldVerdict::invalid(tr("This is the app configuration token (xoxe.xoxp-…): it "
                                        "goes in the field above."));
    }
    return FieldVerdict::invalid(tr("A refresh token starts with xoxe-."));
}

FieldVerdict FieldRules::bitbucketBaseUrl(const QString &text)
{
    const QString value = text.trimmed();
    if (value.isEmpty()) {
        return required();
    }
    const QUrl url(value, QUrl::StrictMode);
    const FieldVerdict shape = urlShape(url);
    if (!shape.acceptable()) {
        return shape;
    }
    if (url.scheme().toLower() == QLatin1String("http")) {
        return FieldVerdict::warning(
            tr("Plain http: Slack needs Bitbucket over https. The HTTPS page will ask you to fix "
               "this."));
    }
    return FieldVerdict::valid();
}

FieldVerdict FieldRules::bitbucketUsername(const QString &text)
{
    return text.trimmed().isEmpty() ? required() : FieldVerdict::valid();
}

FieldVerdict FieldRules::bitbucketPassword(const QString &text)
{
    // A password is taken exactly as typed: spaces may belong to it.
    return text.isEmpty() ? required() : FieldVerdict::valid();
}

FieldVerdict FieldRules::caBundlePath(const QString &text)
{
    const QString path = text.trimmed();
    if (path.isEmpty()) {
        return FieldVerdict::valid();
    }
    const QFileInfo info(path);
    if (!info.exists()) {
        return FieldVerdict::invalid(tr("There is no such file."));
    }
    if (!info.isFile() || !info.isReadable()) {
        return FieldVerdict::invalid(tr("This is not a file that can be read."));
    }
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(path, QSsl::Pem);
    if (certificates.isEmpty()) {
        return FieldVerdict::invalid(
            tr("The file holds no PEM certificate (-----BEGIN CERTIFICATE-----)."));
    }
    return FieldVerdict::valid(tr("%n certificate(s) found.", nullptr, int(certificates.size())));
}
