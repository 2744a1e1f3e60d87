#pragma once

#include "checks/Check.h"

// bitbucket.http-redirect: plain http:// on the same host (BitbucketTarget::plainHttpPort) must
// send people to https://. Redirects that stay on plain HTTP on the same host are followed a few
// hops, since a proxy may first add the context path; TLS is not involved.
class HttpRedirectCheck : public Check
{
    Q_OBJECT

public:
    using Check::Check;

    static QString checkId() { return QStringLiteral("bitbucket.http-redirect"); }
    QString id() const override { return checkId(); }

protected:
    void run() override;

private:
    void ask(const QUrl &url);
    void onAnswer(const HttpAnswer &answer);
    void onRedirect(const HttpAnswer &answer);
    void onNoAnswer(const HttpAnswer &answer);
    void onContent(const HttpAnswer &answer);
    QString hops() const;
    QString redirectFix() const;

    QStringList m_hops;
    int m_redirects = 0;
};
