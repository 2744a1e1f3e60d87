#include "slack/RequestUrl.h"

#include <QTest>

using Part = RequestUrl::Part;

namespace {

const QString expected = QStringLiteral("https://bb.example.com/bitbucket/rest/slack/latest/event");
const QString endpoint = QStringLiteral("/rest/slack/latest/event");

} // namespace

class TestRequestUrl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void differences_data();
    void differences();
    void describeSaysWhatDiffers();
};

void TestRequestUrl::differences_data()
{
    QTest::addColumn<QString>("actual");
    QTest::addColumn<QList<Part>>("parts");

    QTest::newRow("same") << expected << QList<Part> {};
    QTest::newRow("host case and :443")
        << "https://BB.example.com:443/bitbucket/rest/slack/latest/event" << QList<Part> {};
    QTest::newRow("query") << expected + QStringLiteral("?x=1") << QList<Part> {};
    QTest::newRow("http") << "http://bb.example.com/bitbucket/rest/slack/latest/event"
                          << QList<Part> {Part::Scheme};
    QTest::newRow("http with :80") << "http://bb.example.com:80/bitbucket/rest/slack/latest/event"
                                   << QList<Part> {Part::Scheme};
    QTest::newRow("host") << "https://git.example.com/bitbucket/rest/slack/latest/event"
                          << QList<Part> {Part::Host};
    QTest::newRow("port") << "https://bb.example.com:7990/bitbucket/rest/slack/latest/event"
                          << QList<Part> {Part::Port};
    QTest::newRow("no context path")
        << "https://bb.example.com/rest/slack/latest/event" << QList<Part> {Part::ContextPath};
    QTest::newRow("other endpoint")
        << "https://bb.example.com/bitbucket/rest/slack/latest/action" << QList<Part> {Part::Path};
    QTest::newRow("trailing slash") << expected + u'/' << QList<Part> {Part::Path};
    QTest::newRow("not a URL") << "bitbucket/rest/slack/latest/event"
                               << QList<Part> {Part::Scheme, Part::Host, Part::ContextPath};
    QTest::newRow("everything") << "http://old.example.com:8080/rest/slack/latest/event"
                                << QList<Part> {
                                       Part::Scheme, Part::Host, Part::Port, Part::ContextPath};
}

void TestRequestUrl::differences()
{
    QFETCH(QString, actual);
    QFETCH(QList<Part>, parts);
    QCOMPARE(RequestUrl::differences(actual, expected, endpoint), parts);
}

void TestRequestUrl::describeSaysWhatDiffers()
{
    const QString actual = QStringLiteral("http://old.example.com:8080/rest/slack/latest/event");
    const QString text = RequestUrl::describe(
        RequestUrl::differences(actual, expected, endpoint), actual, expected, endpoint);
    QCOMPARE(text,
        QStringLiteral("scheme (http instead of https); host (old.example.com instead of "
                       "bb.example.com); port (8080 instead of 443); context path (none "
                       "instead of /bitbucket)"));
}

QTEST_GUILESS_MAIN(TestRequestUrl)
#include "tst_requesturl.moc"
