#include "bitbucket/BitbucketRequest.h"

QNetworkRequest BitbucketRequest::create(
    const QUrl &url, const QSslConfiguration &ssl, std::chrono::milliseconds timeout, Accept accept)
{
    QNetworkRequest request(url);
    request.setSslConfiguration(ssl);
    request.setTransferTimeout(int(timeout.count()));
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(
        QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setRawHeader("Accept",
        accept == Accept::Json ? QByteArrayLiteral("application/json")
                               : QByteArrayLiteral("text/html"));
    return request;
}

void BitbucketRequest::setBasicAuthorization(
    QNetworkRequest &request, const QString &user, const QString &password)
{
    const QByteArray credentials = (user + u':' + password).toUtf8().toBase64();
    request.setRawHeader("Authorization", "Basic " + credentials);
}

void BitbucketRequest::setJsonPostHeaders(QNetworkRequest &request)
{
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("X-Atlassian-Token", "no-check");
}
