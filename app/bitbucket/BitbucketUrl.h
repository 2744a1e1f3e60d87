#pragma once

#include <QList>
#include <QString>
#include <QUrl>

// The rules for a Bitbucket base URL and the addresses derived from it. The base URL keeps its
// context path (https://host/bitbucket); every endpoint is that path plus the endpoint's own.
class BitbucketUrl
{
public:
    enum class Problem {
        Empty,
        Invalid,
        PlainHttp, // http:// instead of https://
        UnsupportedScheme, // neither http nor https
        NoHost,
        HasUserInfo,
        HasQuery,
        HasFragment,
    };

    // Everything wrong with base, in the order above; empty when it can be used.
    static QList<Problem> problems(const QUrl &base);
    static bool isUsable(const QUrl &base) { return problems(base).isEmpty(); }

    // "/bitbucket" for https://host/bitbucket/, "" for https://host/.
    static QString contextPath(const QUrl &base);

    // https, no user info, query, fragment or trailing slash: what the admin should have typed.
    static QUrl suggestion(const QUrl &base);

    // base + path, for example endpoint(base, "/rest/api/1.0/application-properties").
    static QUrl endpoint(const QUrl &base, const QString &path);

    // http://host:port<context path>/ for the http-to-https redirect check.
    static QUrl plainHttpUrl(const QUrl &base, quint16 port);

    // The port, or the scheme's default (443 for https, 80 for http).
    static int effectivePort(const QUrl &url);

    // host or host:port when the port is not the scheme's default; for messages and settings.
    static QString authority(const QUrl &url);

    // The same scheme, host (ignoring case) and effective port.
    static bool sameOrigin(const QUrl &a, const QUrl &b);

    // Whether path lies inside the context path ("/bitbucket/login" inside "/bitbucket").
    static bool isWithinContextPath(const QString &path, const QString &contextPath);
};
