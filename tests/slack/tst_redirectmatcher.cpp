#include "slack/RedirectMatcher.h"

#include <QTest>

using RedirectMatcher::Reason;

namespace {

const QString slackExample = QStringLiteral("https://example.com/path");
const QString bbRedirect =
    QStringLiteral("https://bb.example.com/rest/slack/latest/oauth/redirect");

QStringList one(const QString &url)
{
    return {url};
}

} // namespace

class TestRedirectMatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void match_data();
    void match();
    void explainNamesTheDifference_data();
    void explainNamesTheDifference();
    void equivalent_data();
    void equivalent();
    void reasonCodes();
};

void TestRedirectMatcher::match_data()
{
    QTest::addColumn<QStringList>("configured");
    QTest::addColumn<QString>("passed");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("closest");

    // Slack's own examples for a configured https://example.com/path (A5).
    QTest::newRow("slack: identical")
        << one(slackExample) << slackExample << "match" << slackExample;
    QTest::newRow("slack: sub-directory")
        << one(slackExample) << "https://example.com/path/subdir/other"
        << "match" << slackExample;
    QTest::newRow("slack: http other path") << one(slackExample) << "http://example.com/bar"
                                            << "scheme" << slackExample;
    QTest::newRow("slack: http root") << one(slackExample) << "http://example.com/"
                                      << "scheme" << slackExample;
    QTest::newRow("slack: http port 8080") << one(slackExample) << "http://example.com:8080/path"
                                           << "scheme" << slackExample;
    QTest::newRow("slack: http other host and port")
        << one(slackExample) << "http://oauth.example.com:8080/path"
        << "scheme" << slackExample;
    QTest::newRow("slack: http other domain") << one(slackExample) << "http://example.org"
                                              << "scheme" << slackExample;

    // The Bitbucket-shaped table of A5.
    QTest::newRow("bb: team below redirect")
        << one(bbRedirect) << "https://bb.example.com/rest/slack/latest/oauth/redirect/T0123ABC"
        << "match" << bbRedirect;
    QTest::newRow("bb: http base URL")
        << one(bbRedirect) << "http://bb.example.com/rest/slack/latest/oauth/redirect/T0123ABC"
        << "scheme" << bbRedirect;
    QTest::newRow("bb: Tomcat port")
        << one(bbRedirect)
        << "https://bb.example.com:8443/rest/slack/latest/oauth/redirect/T0123ABC"
        << "port" << bbRedirect;
    QTest::newRow("bb: host alias")
        << one(bbRedirect)
        << "https://bitbucket.example.com/rest/slack/latest/oauth/redirect/T0123ABC"
        << "host" << bbRedirect;
    QTest::newRow("bb: context path missing from configured")
        << one(bbRedirect)
        << "https://bb.example.com/bitbucket/rest/slack/latest/oauth/redirect/T0123ABC"
        << "path" << bbRedirect;
    QTest::newRow("bb: configured with trailing slash")
        << one(bbRedirect + u'/')
        << "https://bb.example.com/rest/slack/latest/oauth/redirect/T0123ABC"
        << "match" << QString(bbRedirect + u'/');
    QTest::newRow("bb: passed is the parent")
        << one(bbRedirect + QStringLiteral("/T0123ABC")) << bbRedirect << "path"
        << QString(bbRedirect + QStringLiteral("/T0123ABC"));

    // Trailing slashes: /path covers /path/, but /path/ does not cover /path.
    QTest::newRow("slash on passed") << one(slackExample) << "https://example.com/path/"
                                     << "match" << slackExample;
    QTest::newRow("slash on configured")
        << one(QStringLiteral("https://example.com/path/")) << "https://example.com/path"
        << "path"
        << "https://example.com/path/";
    QTest::newRow("host without path")
        << one(QStringLiteral("https://example.com")) << "https://example.com/"
        << "match"
        << "https://example.com";

    // An explicit default port is the default port.
    QTest::newRow(":443 on passed") << one(slackExample) << "https://example.com:443/path"
                                    << "match" << slackExample;
    QTest::newRow(":443 on configured")
        << one(QStringLiteral("https://example.com:443/path")) << "https://example.com/path/x"
        << "match"
        << "https://example.com:443/path";
    QTest::newRow(":443 against :8443")
        << one(QStringLiteral("https://example.com:443/path")) << "https://example.com:8443/path"
        << "port"
        << "https://example.com:443/path";

    // Host names compare without regard to case.
    QTest::newRow("host case on passed") << one(slackExample) << "https://EXAMPLE.Com/path"
                                         << "match" << slackExample;
    QTest::newRow("host case on configured")
        << one(QStringLiteral("https://Example.COM/path")) << "https://example.com/path"
        << "match"
        << "https://Example.COM/path";
    QTest::newRow("path case matters") << one(slackExample) << "https://example.com/Path"
                                       << "path" << slackExample;

    // Fragments and queries.
    QTest::newRow("fragment") << one(slackExample) << "https://example.com/path#top"
                              << "fragment" << slackExample;
    QTest::newRow("empty fragment") << one(slackExample) << "https://example.com/path#"
                                    << "fragment" << slackExample;
    QTest::newRow("query is ignored") << one(slackExample) << "https://example.com/path?team=T1"
                                      << "match" << slackExample;
    QTest::newRow("query below") << one(slackExample) << "https://example.com/path/x?a=1&b=2"
                                 << "match" << slackExample;
    QTest::newRow("query does not hide a wrong path")
        << one(slackExample) << "https://example.com/other?next=/path"
        << "path" << slackExample;

    // Percent-encoding: unreserved characters are the same encoded or not; %2F is not a slash.
    QTest::newRow("%7E equals ~") << one(QStringLiteral("https://example.com/~admin/cb"))
                                  << "https://example.com/%7Eadmin/cb"
                                  << "match"
                                  << "https://example.com/~admin/cb";
    QTest::newRow("%7e equals ~ below")
        << one(QStringLiteral("https://example.com/%7Eadmin")) << "https://example.com/~admin/cb"
        << "match"
        << "https://example.com/%7Eadmin";
    QTest::newRow("%2F is not /") << one(QStringLiteral("https://example.com/a/b"))
                                  << "https://example.com/a%2Fb"
                                  << "path"
                                  << "https://example.com/a/b";
    QTest::newRow("%2F is not below")
        << one(QStringLiteral("https://example.com/a")) << "https://example.com/a%2Fb"
        << "path"
        << "https://example.com/a";
    QTest::newRow("%2f equals %2F")
        << one(QStringLiteral("https://example.com/a%2Fb")) << "https://example.com/a%2fb/c"
        << "match"
        << "https://example.com/a%2Fb";
    QTest::newRow("UTF-8 path") << one(QStringLiteral("https://example.com/b%C3%BCcher"))
                                << QString::fromUtf8("https://example.com/bücher/x") << "match"
                                << "https://example.com/b%C3%BCcher";

    // Hosts written differently.
    QTest::newRow("IPv6 literal") << one(QStringLiteral("https://[::1]:53682/cb"))
                                  << "https://[0:0:0:0:0:0:0:1]:53682/cb"
                                  << "match"
                                  << "https://[::1]:53682/cb";
    QTest::newRow("IPv6 other port")
        << one(QStringLiteral("https://[::1]:53682/cb")) << "https://[::1]:53683/cb"
        << "port"
        << "https://[::1]:53682/cb";
    QTest::newRow("IPv6 against IPv4")
        << one(QStringLiteral("https://[::1]:53682/cb")) << "https://127.0.0.1:53682/cb"
        << "host"
        << "https://[::1]:53682/cb";
    QTest::newRow("IDN configured, punycode passed")
        << one(QString::fromUtf8("https://bücher.example/cb"))
        << "https://xn--bcher-kva.example/cb/T1"
        << "match" << QString::fromUtf8("https://bücher.example/cb");
    QTest::newRow("punycode configured, IDN passed")
        << one(QStringLiteral("https://xn--bcher-kva.example/cb"))
        << QString::fromUtf8("https://BÜCHER.example/cb") << "match"
        << "https://xn--bcher-kva.example/cb";
    QTest::newRow("loopback name against address")
        << one(QStringLiteral("https://127.0.0.1:53682/workspace-connector/callback"))
        << "https://localhost:53682/workspace-connector/callback"
        << "host"
        << "https://127.0.0.1:53682/workspace-connector/callback";

    // Paths that only look related.
    QTest::newRow("/pathology is not below /path")
        << one(slackExample) << "https://example.com/pathology"
        << "path" << slackExample;
    QTest::newRow("dot segments climb out")
        << one(slackExample) << "https://example.com/path/../admin"
        << "path" << slackExample;
    QTest::newRow("configured http")
        << one(QStringLiteral("http://example.com/path")) << "https://example.com/path"
        << "scheme"
        << "http://example.com/path";
    QTest::newRow("not a URL") << one(slackExample) << "example.com/path"
                               << "scheme" << slackExample;

    // Nothing to compare.
    QTest::newRow("empty passed") << one(slackExample) << ""
                                  << "empty" << slackExample;
    QTest::newRow("blank passed") << one(slackExample) << "   "
                                  << "empty" << slackExample;
    QTest::newRow("none configured") << QStringList() << slackExample << "none-configured"
                                     << "";
    QTest::newRow("only blank configured")
        << QStringList {QString(), QStringLiteral(" ")} << slackExample << "none-configured"
        << "";

    // Several configured URLs: the first that matches, or the closest.
    const QStringList several {QStringLiteral("https://other.example.com/x"),
        QStringLiteral("https://bb.example.com/rest/slack/latest/oauth"),
        QStringLiteral("https://bb.example.com:8443/y")};
    QTest::newRow("several: http passed, closest by host and path")
        << several << "http://bb.example.com/rest/slack/latest/oauth/redirect/T1"
        << "scheme"
        << "https://bb.example.com/rest/slack/latest/oauth";
    QTest::newRow("several: the whole path beats the port")
        << several << "https://bb.example.com:8443/rest/slack/latest/oauth/redirect/T1"
        << "port"
        << "https://bb.example.com/rest/slack/latest/oauth";
    QTest::newRow("several: first match wins")
        << QStringList {QStringLiteral("https://bb.example.com/rest"),
               QStringLiteral("https://bb.example.com/rest/slack")}
        << "https://bb.example.com/rest/slack/x"
        << "match"
        << "https://bb.example.com/rest";
    QTest::newRow("several: deepest common path")
        << QStringList {QStringLiteral("https://bb.example.com/a"),
               QStringLiteral("https://bb.example.com/rest/slack/latest/oauth/x")}
        << "https://bb.example.com/rest/slack/latest/oauth/y"
        << "path"
        << "https://bb.example.com/rest/slack/latest/oauth/x";
    QTest::newRow("several: host beats port")
        << QStringList {QStringLiteral("https://other.example.com:8443/cb"),
               QStringLiteral("https://bb.example.com/cb")}
        << "https://bb.example.com:8443/cb"
        << "port"
        << "https://bb.example.com/cb";
    QTest::newRow("several: blank entries skipped")
        << QStringList {QString(), QStringLiteral("https://bb.example.com/cb")}
        << "https://bb.example.com/cb/T1"
        << "match"
        << "https://bb.example.com/cb";
}

void TestRedirectMatcher::match()
{
    QFETCH(QStringList, configured);
    QFETCH(QString, passed);
    QFETCH(QString, reason);
    QFETCH(QString, closest);

    const RedirectMatcher::Verdict verdict = RedirectMatcher::match(configured, passed);
    QCOMPARE(RedirectMatcher::reasonCode(verdict.reason), reason);
    QCOMPARE(verdict.configured, closest);
    QCOMPARE(RedirectMatcher::covers(configured, passed), reason == QLatin1String("match"));
    // With one configured URL, matchOne says the same; that is what lets the checks and the
    // troubleshooter use either.
    if (configured.size() == 1) {
        const RedirectMatcher::Verdict one = RedirectMatcher::matchOne(configured.first(), passed);
        QCOMPARE(RedirectMatcher::reasonCode(one.reason), reason);
    }
}

void TestRedirectMatcher::explainNamesTheDifference_data()
{
    QTest::addColumn<QStringList>("configured");
    QTest::addColumn<QString>("passed");
    QTest::addColumn<QStringList>("mentions");
    QTest::addColumn<QStringList>("omits");

    QTest::newRow("match") << one(slackExample) << "https://example.com/path/x"
                           << QStringList {QStringLiteral("covered"), slackExample}
                           << QStringList {QStringLiteral("differs")};
    QTest::newRow("http passed") << one(bbRedirect)
                                 << "http://bb.example.com/rest/slack/latest/oauth/redirect/T1"
                                 << QStringList {QStringLiteral("http://bb.example.com"),
                                        QStringLiteral("uses http"), QStringLiteral("only https")}
                                 << QStringList {
                                        QStringLiteral("the host"), QStringLiteral("port")};
    QTest::newRow("http passed, other host too")
        << one(bbRedirect) << "http://git.example.com/rest/slack/latest/oauth/redirect/T1"
        << QStringList {QStringLiteral("uses http"), QStringLiteral("also differs in the host")}
        << QStringList {QStringLiteral("the path")};
    QTest::newRow("configured http")
        << one(QStringLiteral("http://example.com/path")) << slackExample
        << QStringList {QStringLiteral("Redirect URL http://example.com/path uses http")}
        << QStringList {};
    QTest::newRow("host") << one(bbRedirect)
                          << "https://bitbucket.example.com/rest/slack/latest/oauth/redirect/T1"
                          << QStringList {QStringLiteral("host bitbucket.example.com"),
                                 QStringLiteral("host bb.example.com"), bbRedirect}
                          << QStringList {QStringLiteral("port"), QStringLiteral("path")};
    QTest::newRow("port") << one(bbRedirect)
                          << "https://bb.example.com:8443/rest/slack/latest/oauth/redirect/T1"
                          << QStringList {QStringLiteral("port 8443"),
                                 QStringLiteral("port 443 (the default)")}
                          << QStringList {QStringLiteral("host"), QStringLiteral("path")};
    QTest::newRow("path below nothing")
        << one(bbRedirect) << "https://bb.example.com/bitbucket/rest/slack/x"
        << QStringList {QStringLiteral("/bitbucket/rest/slack/x"),
               QStringLiteral("/rest/slack/latest/oauth/redirect"), QStringLiteral("neither")}
        << QStringList {QStringLiteral("host")};
    QTest::newRow("path is a parent")
        << one(bbRedirect + QStringLiteral("/T1")) << bbRedirect
        << QStringList {QStringLiteral("lies above")} << QStringList {};
    QTest::newRow("not a segment boundary")
        << one(slackExample) << "https://example.com/pathology"
        << QStringList {QStringLiteral("/pathology"), QStringLiteral("same characters")}
        << QStringList {};
    QTest::newRow("trailing slash")
        << one(QStringLiteral("https://example.com/path/")) << "https://example.com/path"
        << QStringList {QStringLiteral("slash")} << QStringList {};
    QTest::newRow("fragment") << one(slackExample) << "https://example.com/path#x"
                              << QStringList {QStringLiteral("fragment")}
                              << QStringList {QStringLiteral("also")};
    QTest::newRow("fragment besides the port")
        << one(slackExample) << "https://example.com:8443/path#x"
        << QStringList {QStringLiteral("port 8443"), QStringLiteral("fragment")} << QStringList {};
    QTest::newRow("empty") << one(slackExample) << "" << QStringList {QStringLiteral("empty")}
                           << QStringList {};
    QTest::newRow("none configured")
        << QStringList() << slackExample << QStringList {QStringLiteral("no Redirect URLs")}
        << QStringList {};
    QTest::newRow("closest of several")
        << QStringList {QStringLiteral("https://a.example.com/x"),
               QStringLiteral("https://bb.example.com/cb")}
        << "https://bb.example.com:444/cb/T1"
        << QStringList {QStringLiteral("https://bb.example.com/cb"), QStringLiteral("port 444")}
        << QStringList {QStringLiteral("a.example.com")};
}

void TestRedirectMatcher::explainNamesTheDifference()
{
    QFETCH(QStringList, configured);
    QFETCH(QString, passed);
    QFETCH(QStringList, mentions);
    QFETCH(QStringList, omits);

    const QString text =
        RedirectMatcher::explain(RedirectMatcher::match(configured, passed), passed);
    for (const QString &part : mentions) {
        if (!text.contains(part))
            QFAIL(qPrintable(QStringLiteral("\"%1\" does not mention \"%2\"").arg(text, part)));
    }
    for (const QString &part : omits) {
        if (text.contains(part))
            QFAIL(qPrintable(QStringLiteral("\"%1\" mentions \"%2\"").arg(text, part)));
    }
}

void TestRedirectMatcher::equivalent_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("expected");
    QTest::newRow("same") << slackExample << slackExample << true;
    QTest::newRow("default port and case")
        << slackExample << "https://EXAMPLE.com:443/path" << true;
    QTest::newRow("below is not the same") << slackExample << "https://example.com/path/x" << false;
    QTest::newRow("trailing slash is not the same")
        << slackExample << "https://example.com/path/" << false;
    QTest::newRow("http is never the same") << "http://example.com/path"
                                            << "http://example.com/path" << false;
}

void TestRedirectMatcher::equivalent()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, expected);
    QCOMPARE(RedirectMatcher::equivalent(a, b), expected);
    QCOMPARE(RedirectMatcher::equivalent(b, a), expected);
}

void TestRedirectMatcher::reasonCodes()
{
    const QList<Reason> reasons {Reason::Match, Reason::Empty, Reason::Scheme, Reason::Host,
        Reason::Port, Reason::Path, Reason::Fragment, Reason::NoneConfigured};
    const QStringList codes {QStringLiteral("match"), QStringLiteral("empty"),
        QStringLiteral("scheme"), QStringLiteral("host"), QStringLiteral("port"),
        QStringLiteral("path"), QStringLiteral("fragment"), QStringLiteral("none-configured")};
    for (int i = 0; i < reasons.size(); ++i)
        QCOMPARE(RedirectMatcher::reasonCode(reasons.at(i)), codes.at(i));
}

QTEST_GUILESS_MAIN(TestRedirectMatcher)
#include "tst_redirectmatcher.moc"
