#pragma once

#include "bitbucket/BitbucketTarget.h"
#include "bitbucket/CaBundle.h"

#include <QSslConfiguration>

#include <chrono>

class QNetworkAccessManager;

// What one run of a check works with; a copy taken when the run starts, so changing the target
// meanwhile does not disturb a run in progress.
struct CheckContext
{
    QNetworkAccessManager *network = nullptr;
    BitbucketTarget target;
    CaBundle caBundle;
    QSslConfiguration ssl; // the system store plus the CA bundle
    std::chrono::milliseconds timeout {15000};

    static CheckContext create(QNetworkAccessManager *network, const BitbucketTarget &target,
        std::chrono::milliseconds timeout);
};
