#include "checks/CheckContext.h"

CheckContext CheckContext::create(QNetworkAccessManager *network, const BitbucketTarget &target,
    std::chrono::milliseconds timeout)
{
    CheckContext context;
    context.network = network;
    context.target = target;
    context.caBundle = CaBundle::load(target.caBundlePath);
    context.ssl = context.caBundle.sslConfiguration();
    context.timeout = timeout;
    return context;
}
