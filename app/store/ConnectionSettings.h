#pragma once

#include <QString>
#include <QUrl>

class QSettings;

// The non-secret part of the setup, kept in QSettings. Secrets are in SecretStore.
struct ConnectionSettings
{
    QString slackAppId;
    QString slackClientId;
    QUrl bitbucketBaseUrl;
    QString bitbucketUsername;
    QString caBundlePath;
    quint16 plainHttpPort = 80;

    static ConnectionSettings load(const QSettings &settings);
    void save(QSettings &settings) const;

    bool operator==(const ConnectionSettings &other) const;
    bool operator!=(const ConnectionSettings &other) const { return !(*this == other); }
};
