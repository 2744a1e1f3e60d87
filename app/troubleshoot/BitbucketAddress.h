#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

// Reading a pasted address as one of Bitbucket's: whether it is one, the base URL (with context
// path) it lies under, and what Bitbucket has to be told so that the addresses it builds for
// Slack use https.
class BitbucketAddress
{
    Q_DECLARE_TR_FUNCTIONS(BitbucketAddress)

public:
    // knownBase is Bitbucket's base URL when the troubleshooter was given one; it may be empty.
    BitbucketAddress(const QUrl &url, const QUrl &knownBase);

    // Under the known base URL's host, or a path only Bitbucket serves (/rest/slack/, ...).
    bool isBitbucket() const;
    // Under /rest/slack/<version>/: an address the Slack integration built.
    bool isSlackIntegration() const;
    bool isPlainHttp() const;

    // scheme://host[:port]<context path>, as the address shows it.
    QUrl base() const;
    // The base URL Bitbucket should have: https, the known base's port when it is the same host.
    QUrl httpsBase() const;
    // <base>/rest/slack/<version>/oauth: the Redirect URL that covers every address the
    // integration builds for Slack. Empty unless isSlackIntegration().
    QUrl integrationRedirectUrl() const;

    // The base URL and bitbucket.properties settings that make Bitbucket build https addresses.
    QString httpsSettings() const;

private:
    int contextPathEnd() const;

    QUrl m_url;
    QUrl m_knownBase;
};
