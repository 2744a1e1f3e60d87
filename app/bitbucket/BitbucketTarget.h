#pragma once

#include <QString>
#include <QUrl>

// Everything the Bitbucket checks need to know about one Bitbucket instance.
struct BitbucketTarget
{
    // As the admin gave it, with the context path, for example https://git.example.com/bitbucket.
    QUrl baseUrl;
    QString username;
    QString password;
    // Optional PEM file with extra certificate authorities, trusted besides the system store.
    QString caBundlePath;
    // The port plain http:// is expected on, for the http-to-https redirect check.
    quint16 plainHttpPort = 80;

    bool hasCredentials() const { return !username.isEmpty() && !password.isEmpty(); }
};
