#pragma once

#include <QAbstractSocket>
#include <QCoreApplication>
#include <QNetworkReply>
#include <QString>
#include <QUrl>

#include <chrono>

// Why a connection to Bitbucket did not produce an answer, told apart the way an admin fixes
// them: nothing listens (refused), the name does not resolve, or nothing answers in time.
class NetworkProblem
{
    Q_DECLARE_TR_FUNCTIONS(NetworkProblem)

public:
    enum class Kind { ConnectionRefused, HostNotFound, Timeout, ConnectionClosed, Tls, Other };

    // OperationCanceledError counts as a timeout: the checks never abort a reply they still
    // listen to, so only the transfer timeout cancels one.
    static Kind fromReplyError(QNetworkReply::NetworkError error);
    static Kind fromSocketError(QAbstractSocket::SocketError error);

    // One line, for example "Connection refused by git.example.com:8443."
    static QString summary(Kind kind, const QUrl &url, std::chrono::milliseconds timeout);
    static QString fix(Kind kind, const QUrl &url);

    static QString timeoutSummary(const QUrl &url, std::chrono::milliseconds timeout);
};
