#pragma once

#include "checks/Check.h"

#include <QJsonObject>

// bitbucket.rest: Bitbucket's REST API answers at the base URL
// (GET <base>/rest/api/1.0/application-properties, which needs no sign-in).
class RestCheck : public Check
{
    Q_OBJECT

public:
    using Check::Check;

    static QString checkId() { return QStringLiteral("bitbucket.rest"); }
    QString id() const override { return checkId(); }

protected:
    void run() override;

private:
    void onAnswer(const HttpAnswer &answer);
    void onProperties(const HttpAnswer &answer);
    void failNotBitbucket(const HttpAnswer &answer, const QString &summary);
    QString contextPathFix() const;
};
