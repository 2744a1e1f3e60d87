#include "bitbucket/BitbucketUrl.h"

#include <QTest>

using Problem = BitbucketUrl::Problem;

class TestBitbucketUrl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void problems_data();
    void problems();
    void contextPath_data();
    void contextPath();
    void endpointKeepsContextPath();
    void plainHttpUrl_data();
    void plainHttpUrl();
    void suggestion_data();
    void suggestion();
    void withinContextPath_data();
    void withinContextPath();
    void sameOriginComparesEffectivePorts();
};

void TestBitbucketUrl::problems_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QList<Problem>>("expected");

    QTest::newRow("root") << "https://git.example.com" << QList<Problem> {};
    QTest::newRow("context path") << "https://git.example.com/bitbucket" << QList<Problem> {};
    QTest::newRow("port and slash") << "https://git.example.com:8443/bb/" << QList<Problem> {};
    QTest::newRow("empty") << "" << QList<Problem> {Problem::Empty};
    QTest::newRow("http") << "http://git.example.com/bitbucket"
                          << QList<Problem> {Problem::PlainHttp};
    QTest::newRow("ftp") << "ftp://git.example.com" << QList<Problem> {Problem::UnsupportedScheme};
    QTest::newRow("no host") << "https:///bitbucket" << QList<Problem> {Problem::NoHost};
    QTest::newRow("relative") << "git.example.com/bitbucket"
                              << QList<Problem> {Problem::UnsupportedScheme, Problem::NoHost};
    QTest::newRow("user info") << "https://admin:pw@git.example.com"
                               << QList<Problem> {Problem::HasUserInfo};
    QTest::newRow("query") << "https://git.example.com/bb?x=1"
                           << QList<Problem> {Problem::HasQuery};
    QTest::newRow("fragment") << "https://git.example.com/bb#top"
                              << QList<Problem> {Problem::HasFragment};
    QTest::newRow("http with query")
        << "http://git.example.com/?a=b" << QList<Problem> {Problem::PlainHttp, Problem::HasQuery};
    QTest::newRow("invalid") << "https://git exa mple.com:99999"
                             << QList<Problem> {Problem::Invalid};
}

void TestBitbucketUrl::problems()
{
    QFETCH(QString, url);
    QFETCH(QList<Problem>, expected);
    QCOMPARE(BitbucketUrl::problems(QUrl(url)), expected);
    QCOMPARE(BitbucketUrl::isUsable(QUrl(url)), expected.isEmpty());
}

void TestBitbucketUrl::contextPath_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");
    QTest::newRow("root") << "https://h"
                          << "";
    QTest::newRow("root slash") << "https://h/"
                                << "";
    QTest::newRow("one") << "https://h/bitbucket"
                         << "/bitbucket";
    QTest::newRow("one slash") << "https://h/bitbucket/"
                               << "/bitbucket";
    QTest::newRow("two") << "https://h/tools/bitbucket//"
                         << "/tools/bitbucket";
}

void TestBitbucketUrl::contextPath()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    QCOMPARE(BitbucketUrl::contextPath(QUrl(url)), expected);
}

void TestBitbucketUrl::endpointKeepsContextPath()
{
    const QUrl base(QStringLiteral("https://git.example.com:8443/bitbucket/"));
    QCOMPARE(BitbucketUrl::endpoint(base, QStringLiteral("/rest/api/1.0/application-properties")),
        QUrl(QStringLiteral(
            "https://git.example.com:8443/bitbucket/rest/api/1.0/application-properties")));
    QCOMPARE(
        BitbucketUrl::endpoint(QUrl(QStringLiteral("https://h")), QStringLiteral("/dashboard")),
        QUrl(QStringLiteral("https://h/dashboard")));
}

void TestBitbucketUrl::plainHttpUrl_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("expected");
    QTest::newRow("default port") << "https://h/bitbucket" << 80 << "http://h/bitbucket/";
    QTest::newRow("other port") << "https://h:8443/bitbucket" << 7990 << "http://h:7990/bitbucket/";
    QTest::newRow("root") << "https://h" << 8080 << "http://h:8080/";
}

void TestBitbucketUrl::plainHttpUrl()
{
    QFETCH(QString, base);
    QFETCH(int, port);
    QFETCH(QString, expected);
    QCOMPARE(BitbucketUrl::plainHttpUrl(QUrl(base), quint16(port)), QUrl(expected));
}

void TestBitbucketUrl::suggestion_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");
    QTest::newRow("http") << "http://git.example.com/bitbucket/"
                          << "https://git.example.com/bitbucket";
    QTest::newRow("http port 80") << "http://git.example.com:80/bb"
                                  << "https://git.example.com/bb";
    QTest::newRow("everything") << "http://u:p@git.example.com:8443/bb?q=1#f"
                                << "https://git.example.com:8443/bb";
}

void TestBitbucketUrl::suggestion()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    QCOMPARE(BitbucketUrl::suggestion(QUrl(url)), QUrl(expected));
}

void TestBitbucketUrl::withinContextPath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("contextPath");
    QTest::addColumn<bool>("expected");
    QTest::newRow("login under context") << "/bitbucket/login"
                                         << "/bitbucket" << true;
    QTest::newRow("context itself") << "/bitbucket"
                                    << "/bitbucket" << true;
    QTest::newRow("outside") << "/login"
                             << "/bitbucket" << false;
    QTest::newRow("prefix only") << "/bitbucketx/login"
                                 << "/bitbucket" << false;
    QTest::newRow("case differs") << "/Bitbucket/login"
                                  << "/bitbucket" << false;
    QTest::newRow("root context") << "/login"
                                  << "" << true;
}

void TestBitbucketUrl::withinContextPath()
{
    QFETCH(QString, path);
    QFETCH(QString, contextPath);
    QFETCH(bool, expected);
    QCOMPARE(BitbucketUrl::isWithinContextPath(path, contextPath), expected);
}

void TestBitbucketUrl::sameOriginComparesEffectivePorts()
{
    QVERIFY(BitbucketUrl::sameOrigin(
        QUrl(QStringLiteral("https://H:443/a")), QUrl(QStringLiteral("https://h/b"))));
    QVERIFY(!BitbucketUrl::sameOrigin(
        QUrl(QStringLiteral("https://h:8443/")), QUrl(QStringLiteral("https://h/"))));
    QVERIFY(!BitbucketUrl::sameOrigin(
        QUrl(QStringLiteral("http://h/")), QUrl(QStringLiteral("https://h/"))));
    QCOMPARE(BitbucketUrl::authority(QUrl(QStringLiteral("https://h:8443/x"))),
        QStringLiteral("h:8443"));
    QCOMPARE(BitbucketUrl::authority(QUrl(QStringLiteral("https://h:443/x"))), QStringLiteral("h"));
}

QTEST_GUILESS_MAIN(TestBitbucketUrl)
#include "tst_bitbucketurl.moc"
