#include "checks/NetworkProblem.h"

#include <QTest>

using Kind = NetworkProblem::Kind;
using namespace std::chrono_literals;

class TestNetworkProblem : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromReplyError_data();
    void fromReplyError();
    void fromSocketError_data();
    void fromSocketError();
    void summariesAreDistinct_data();
    void summariesAreDistinct();
};

void TestNetworkProblem::fromReplyError_data()
{
    QTest::addColumn<QNetworkReply::NetworkError>("error");
    QTest::addColumn<Kind>("expected");
    QTest::newRow("refused") << QNetworkReply::ConnectionRefusedError << Kind::ConnectionRefused;
    QTest::newRow("not found") << QNetworkReply::HostNotFoundError << Kind::HostNotFound;
    QTest::newRow("timeout") << QNetworkReply::TimeoutError << Kind::Timeout;
    QTest::newRow("transfer timeout") << QNetworkReply::OperationCanceledError << Kind::Timeout;
    QTest::newRow("closed") << QNetworkReply::RemoteHostClosedError << Kind::ConnectionClosed;
    QTest::newRow("tls") << QNetworkReply::SslHandshakeFailedError << Kind::Tls;
    QTest::newRow("other") << QNetworkReply::ProxyConnectionRefusedError << Kind::Other;
}

void TestNetworkProblem::fromReplyError()
{
    QFETCH(QNetworkReply::NetworkError, error);
    QFETCH(Kind, expected);
    QCOMPARE(NetworkProblem::fromReplyError(error), expected);
}

void TestNetworkProblem::fromSocketError_data()
{
    QTest::addColumn<QAbstractSocket::SocketError>("error");
    QTest::addColumn<Kind>("expected");
    QTest::newRow("refused") << QAbstractSocket::ConnectionRefusedError << Kind::ConnectionRefused;
    QTest::newRow("not found") << QAbstractSocket::HostNotFoundError << Kind::HostNotFound;
    QTest::newRow("timeout") << QAbstractSocket::SocketTimeoutError << Kind::Timeout;
    QTest::newRow("closed") << QAbstractSocket::RemoteHostClosedError << Kind::ConnectionClosed;
    QTest::newRow("tls") << QAbstractSocket::SslHandshakeFailedError << Kind::Tls;
    QTest::newRow("other") << QAbstractSocket::NetworkError << Kind::Other;
}

void TestNetworkProblem::fromSocketError()
{
    QFETCH(QAbstractSocket::SocketError, error);
    QFETCH(Kind, expected);
    QCOMPARE(NetworkProblem::fromSocketError(error), expected);
}

void TestNetworkProblem::summariesAreDistinct_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("summaryWord");
    QTest::addColumn<QString>("fixWord");
    QTest::newRow("refused") << Kind::ConnectionRefused
                             << QStringLiteral("refused by git.example.com:8443")
                             << QStringLiteral("listening on port 8443");
    QTest::newRow("not found") << Kind::HostNotFound
                               << QStringLiteral("Host git.example.com not found")
                               << QStringLiteral("DNS");
    QTest::newRow("timeout") << Kind::Timeout << QStringLiteral("within 3 second")
                             << QStringLiteral("firewall");
}

void TestNetworkProblem::summariesAreDistinct()
{
    QFETCH(Kind, kind);
    QFETCH(QString, summaryWord);
    QFETCH(QString, fixWord);
    const QUrl url(QStringLiteral("https://git.example.com:8443/bitbucket"));
    const QString summary = NetworkProblem::summary(kind, url, 2500ms);
    QVERIFY2(summary.contains(summaryWord), qPrintable(summary));
    const QString fix = NetworkProblem::fix(kind, url);
    QVERIFY2(fix.contains(fixWord), qPrintable(fix));
}

QTEST_GUILESS_MAIN(TestNetworkProblem)
#include "tst_networkproblem.moc"
