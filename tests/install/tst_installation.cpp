#include "install/Installation.h"

#include <QJsonDocument>
#include <QTest>

// Reading Slack's oauth.v2.access answer into what Bitbucket needs.
class tst_Installation : public QObject
{
    Q_OBJECT

    static QJsonObject answer()
    {
        return QJsonDocument::fromJson(R"({
            "ok": true, "app_id": "A0SANDBOX01", "access_token": "xoxb-1-bot",
            "token_type": "bot", "scope": "users:read,commands,chat:write",
            "bot_user_id": "U0BOT", "team": {"id": "T0TWO", "name": "Two"},
            "enterprise": {"id": "E0GRID", "name": "Grid"}, "is_enterprise_install": false,
            "authed_user": {"id": "U0ADMIN", "scope": "links:write",
                            "access_token": "xoxp-1-user", "token_type": "user"}
        })")
            .object();
    }

private Q_SLOTS:
    void readsEveryField()
    {
        QString problem;
        const std::optional<Installation> installation =
            Installation::fromTokenAnswer(answer(), &problem);
        QVERIFY2(installation, qPrintable(problem));
        QCOMPARE(installation->appId, QStringLiteral("A0SANDBOX01"));
        QCOMPARE(installation->teamId, QStringLiteral("T0TWO"));
        QCOMPARE(installation->teamName, QStringLiteral("Two"));
        QCOMPARE(installation->enterpriseId, QStringLiteral("E0GRID"));
        QCOMPARE(installation->enterpriseName, QStringLiteral("Grid"));
        QCOMPARE(installation->botUserId, QStringLiteral("U0BOT"));
        QCOMPARE(installation->botToken, QStringLiteral("xoxb-1-bot"));
        QCOMPARE(installation->installerUserId, QStringLiteral("U0ADMIN"));
        QCOMPARE(installation->userToken, QStringLiteral("xoxp-1-user"));
        QCOMPARE(installation->botScopes,
            QStringList({QStringLiteral("users:read"), QStringLiteral("commands"),
                QStringLiteral("chat:write")}));
        QCOMPARE(installation->userScopes, QStringList {QStringLiteral("links:write")});
    }

    void reportsScopesNotGranted()
    {
        const Installation installation = *Installation::fromTokenAnswer(answer(), nullptr);
        QCOMPARE(installation.missingBotScopes({QStringLiteral("users:read"),
                     QStringLiteral("channels:read"), QStringLiteral("commands")}),
            QStringList {QStringLiteral("channels:read")});
        QCOMPARE(installation.missingUserScopes(
                     {QStringLiteral("links:write"), QStringLiteral("identify")}),
            QStringList {QStringLiteral("identify")});
    }

    void refusesAnAnswerWithoutTheInstallersToken()
    {
        QJsonObject withoutUserToken = answer();
        QJsonObject user = withoutUserToken.value(QStringLiteral("authed_user")).toObject();
        user.remove(QStringLiteral("access_token"));
        withoutUserToken.insert(QStringLiteral("authed_user"), user);
        QString problem;
        bool missingUserToken = false;
        QVERIFY(!Installation::fromTokenAnswer(withoutUserToken, &problem, &missingUserToken));
        QVERIFY(missingUserToken);
        QVERIFY(problem.contains(QStringLiteral("user scopes")));
    }

    void refusesAnAnswerWithoutTheBotToken()
    {
        QJsonObject withoutBot = answer();
        withoutBot.remove(QStringLiteral("access_token"));
        QString problem;
        bool missingUserToken = true;
        QVERIFY(!Installation::fromTokenAnswer(withoutBot, &problem, &missingUserToken));
        QVERIFY(!missingUserToken);
        QVERIFY(problem.contains(QStringLiteral("users:read")));
    }

    void refusesAnOrganisationWideInstall()
    {
        QJsonObject orgWide = answer();
        orgWide.insert(QStringLiteral("is_enterprise_install"), true);
        orgWide.insert(QStringLiteral("team"), QJsonValue::Null);
        QString problem;
        QVERIFY(!Installation::fromTokenAnswer(orgWide, &problem));
        QVERIFY(problem.contains(QStringLiteral("Enterprise Grid")));
    }

    void forgetsTokens()
    {
        Installation installation = *Installation::fromTokenAnswer(answer(), nullptr);
        installation.forgetTokens();
        QVERIFY(installation.botToken.isEmpty());
        QVERIFY(installation.userToken.isEmpty());
        QCOMPARE(installation.teamId, QStringLiteral("T0TWO"));
    }
};

QTEST_GUILESS_MAIN(tst_Installation)
#include "tst_installation.moc"
