#include "checks/NetworkProblem.h"

#include "bitbucket/BitbucketUrl.h"

namespace {

QString hostAndPort(const QUrl &url)
{
    return url.host() + u':' + QString::number(BitbucketUrl::effectivePort(url));
}

} // namespace

NetworkProblem::Kind NetworkProblem::fromReplyError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return Kind::ConnectionRefused;
    case QNetworkReply::HostNotFoundError:
        return Kind::HostNotFound;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return Kind::Timeout;
    case QNetworkReply::RemoteHostClosedError:
        return Kind::ConnectionClosed;
    case QNetworkReply::SslHandshakeFailedError:
        return Kind::Tls;
    default:
        return Kind::Other;
    }
}

NetworkProblem::Kind NetworkProblem::fromSocketError(QAbstractSocket::SocketError error)
{
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return Kind::ConnectionRefused;
    case QAbstractSocket::HostNotFoundError:
        return Kind::HostNotFound;
    case QAbstractSocket::SocketTimeoutError:
        return Kind::Timeout;
    case QAbstractSocket::RemoteHostClosedError:
        return Kind::ConnectionClosed;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        return Kind::Tls;
    default:
        return Kind::Other;
    }
}

QString NetworkProblem::summary(Kind kind, const QUrl &url, std::chrono::milliseconds timeout)
{
    switch (kind) {
    case Kind::ConnectionRefused:
        return tr("Connection refused by %1.").arg(hostAndPort(url));
    case Kind::HostNotFound:
        return tr("Host %1 not found.").arg(url.host());
    case Kind::Timeout:
        return timeoutSummary(url, timeout);
    case Kind::ConnectionClosed:
        return tr("%1 closed the connection without answering.").arg(hostAndPort(url));
    case Kind::Tls:
        return tr("The TLS handshake with %1 failed.").arg(hostAndPort(url));
    case Kind::Other:
        break;
    }
    return tr("The connection to %1 failed.").arg(hostAndPort(url));
}

QString NetworkProblem::timeoutSummary(const QUrl &url, std::chrono::milliseconds timeout)
{
    const int seconds = int((timeout.count() + 999) / 1000);
    return tr("No answer from %1 within %n second(s).", nullptr, seconds).arg(hostAndPort(url));
}

QString NetworkProblem::fix(Kind kind, const QUrl &url)
{
    switch (kind) {
    case Kind::ConnectionRefused:
        return tr("Check the host and port in the URL, and that Bitbucket (or the proxy in front "
                  "of it) is running and listening on port %1.")
            .arg(BitbucketUrl::effectivePort(url));
    case Kind::HostNotFound:
        return tr("Check the spelling of %1 and this computer's DNS settings (or VPN).")
            .arg(url.host());
    case Kind::Timeout:
        return tr("Check that Bitbucket is running and not overloaded, and that no firewall or "
                  "proxy between this computer and %1 holds the connection.")
            .arg(url.host());
    case Kind::ConnectionClosed:
    case Kind::Other:
        return tr("Check that %1 serves Bitbucket on this port and look at the server's or "
                  "proxy's log for this request.")
            .arg(hostAndPort(url));
    case Kind::Tls:
        break;
    }
    return tr("See the bitbucket.tls check.");
}
