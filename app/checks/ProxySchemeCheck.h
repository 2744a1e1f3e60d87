#pragma once

#include "checks/Check.h"

// bitbucket.proxy-scheme: the redirects Bitbucket itself issues (an anonymous request for the
// dashboard goes to the login page) keep https and the base URL's host, port and context path.
// An http:// Location means the reverse proxy in front of Bitbucket is not declared to it.
class ProxySchemeCheck : public Check
{
    Q_OBJECT

public:
    using Check::Check;

    static QString checkId() { return QStringLiteral("bitbucket.proxy-scheme"); }
    QString id() const override { return checkId(); }

protected:
    void run() override;

private:
    void onAnswer(const HttpAnswer &answer);
    void judgeLocation(const HttpAnswer &answer);
    QStringList differences(const QUrl &location) const;
    QString proxySettings() const;
};
