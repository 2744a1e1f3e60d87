#include "troubleshoot/Diagnosis.h"

QJsonObject Diagnosis::toJson() const
{
    return QJsonObject {
        {QStringLiteral("code"), code},
        {QStringLiteral("title"), title},
        {QStringLiteral("cause"), cause},
        {QStringLiteral("closest"), closest},
        {QStringLiteral("detail"), detail},
        {QStringLiteral("fix"), fix},
    };
}
