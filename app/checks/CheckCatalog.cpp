#include "checks/CheckCatalog.h"

#include "checks/AdminCheck.h"
#include "checks/HttpRedirectCheck.h"
#include "checks/ProxySchemeCheck.h"
#include "checks/RestCheck.h"
#include "checks/SlackIntegrationCheck.h"
#include "checks/TlsCheck.h"
#include "checks/UrlCheck.h"

QStringList CheckCatalog::ids()
{
    return {UrlCheck::checkId(), TlsCheck::checkId(), HttpRedirectCheck::checkId(),
        ProxySchemeCheck::checkId(), RestCheck::checkId(), AdminCheck::checkId(),
        SlackIntegrationCheck::checkId()};
}

QString CheckCatalog::title(const QString &id)
{
    if (id == UrlCheck::checkId())
        return tr("Base URL");
    if (id == TlsCheck::checkId())
        return tr("Certificate");
    if (id == HttpRedirectCheck::checkId())
        return tr("HTTP to HTTPS redirect");
    if (id == ProxySchemeCheck::checkId())
        return tr("Proxy keeps HTTPS");
    if (id == RestCheck::checkId())
        return tr("REST API");
    if (id == AdminCheck::checkId())
        return tr("Administrator");
    if (id == SlackIntegrationCheck::checkId())
        return tr("Slack integration");
    return QString();
}

Check *CheckCatalog::create(const QString &id, const CheckContext &context, QObject *parent)
{
    if (id == UrlCheck::checkId())
        return new UrlCheck(context, parent);
    if (id == TlsCheck::checkId())
        return new TlsCheck(context, parent);
    if (id == HttpRedirectCheck::checkId())
        return new HttpRedirectCheck(context, parent);
    if (id == ProxySchemeCheck::checkId())
        return new ProxySchemeCheck(context, parent);
    if (id == RestCheck::checkId())
        return new RestCheck(context, parent);
    if (id == AdminCheck::checkId())
        return new AdminCheck(context, parent);
    if (id == SlackIntegrationCheck::checkId())
        return new SlackIntegrationCheck(context, parent);
    return nullptr;
}
