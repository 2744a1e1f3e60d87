#pragma once

#include "bitbucket/BitbucketUrl.h"
#include "checks/Check.h"

// bitbucket.url: the base URL is well formed, uses https and has a host, no user info, query or
// fragment. Needs no network; when it fails, every other check is skipped.
class UrlCheck : public Check
{
    Q_OBJECT

public:
    using Check::Check;

    static QString checkId() { return QStringLiteral("bitbucket.url"); }
    QString id() const override { return checkId(); }

protected:
    void run() override;

private:
    QString describe(BitbucketUrl::Problem problem) const;
    QString pageSegment() const;
    void pass();
};
