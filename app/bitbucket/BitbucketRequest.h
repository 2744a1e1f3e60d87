#pragma once

#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>

#include <chrono>

// Builds the requests the Bitbucket probes send. Every probe is stateless and seen as is: no
// redirects followed, no cookies or cached credentials, no HTTP cache, a transfer timeout, and
// the TLS configuration that carries the CA bundle.
class BitbucketRequest
{
public:
    // Pages are asked for the way a browser would, so Bitbucket answers with its redirects;
    // REST resources with JSON.
    enum class Accept { Page, Json };

    static QNetworkRequest create(const QUrl &url, const QSslConfiguration &ssl,
        std::chrono::milliseconds timeout, Accept accept);

    // Sets the Authorization header itself, so QNetworkAccessManager never has to ask for
    // credentials (its authenticationRequired path could otherwise retry or prompt).
    static void setBasicAuthorization(
        QNetworkRequest &request, const QString &user, const QString &password);

    // What Atlassian's REST resources expect from a JSON POST made by a tool.
    static void setJsonPostHeaders(QNetworkRequest &request);
};
