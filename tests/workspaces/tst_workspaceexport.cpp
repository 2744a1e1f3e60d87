#include "workspaces/WorkspaceExport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

// A strict RFC 4180 reader, to read back what the export wrote.
QList<QStringList> parseCsv(const QString &text, bool *ok)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool wasQuoted = false;
    *ok = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            if (!field.isEmpty() || wasQuoted)
                *ok = false; // a quote inside an unquoted field
            quoted = wasQuoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
            wasQuoted = false;
        } else if (c == u'\r') {
            if (i + 1 >= text.size() || text.at(i + 1) != u'\n')
                *ok = false; // a bare CR outside quotes
            row << field;
            rows << row;
            row.clear();
            field.clear();
            wasQuoted = false;
            ++i;
        } else if (c == u'\n') {
            *ok = false; // a bare LF outside quotes
        } else {
            field += c;
        }
    }
    if (quoted || !field.isEmpty() || !row.isEmpty())
        *ok = false; // unterminated, or no line end after the last record
    return rows;
}

WorkspaceRecord sample()
{
    WorkspaceRecord r;
    r.teamId = QStringLiteral("T0123ABC");
    r.teamName = QStringLiteral("Acme, \"R&D\"\nBerlin – Grüße");
    r.enterpriseId = QStringLiteral("E042");
    r.enterpriseName = QStringLiteral("Acme Corp");
    r.botUserId = QStringLiteral("U0BOT");
    r.botUserName = QStringLiteral("bitbucket");
    r.installerUserId = QStringLiteral("U0ADMIN");
    r.installerName = QStringLiteral("=HYPERLINK(\"http://evil\")");
    r.installedAt = QDateTime(QDate(2024, 5, 1), QTime(9, 30), Qt::UTC);
    r.botScopes = {QStringLiteral("chat:write"), QStringLiteral("users:read")};
    r.userScopes = {QStringLiteral("links:read")};
    r.knownToLedger = true;
    r.status = WorkspaceStatus::OAuthFailure;
    r.statusDetail = QStringLiteral("-2+3");
    // A time in another zone comes out in UTC.
    r.lastChecked = QDateTime(QDate(2024, 5, 2), QTime(12, 0), Qt::OffsetFromUTC, 2 * 3600);
    r.appConfigurationUrl = QStringLiteral("https://api.slack.com/apps/A0APP");
    return r;
}

WorkspaceRecord elsewhere()
{
    WorkspaceRecord r;
    r.teamId = QStringLiteral("T0OTHER");
    r.teamName = QStringLiteral("@channel");
    r.botUserName = QStringLiteral("+bot");
    return r;
}

const WorkspaceExport::Requested requested {
    {QStringLiteral("chat:write"), QStringLiteral("users:read"), QStringLiteral("team:read")},
    {QStringLiteral("links:read")}};

} // namespace

class tst_WorkspaceExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvField_data();
    void csvField();
    void csvHasHeaderAndQuotes();
    void csvRoundTrip();
    void csvOfNothingIsTheHeader();
    void jsonShape();
    void jsonRoundTrip();
    void detailsText();
};

void tst_WorkspaceExport::csvField_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("field");

    QTest::newRow("plain") << QStringLiteral("Acme") << QStringLiteral("Acme");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
    QTest::newRow("crlf") << QStringLiteral("a\r\nb") << QStringLiteral("\"a\r\nb\"");
    QTest::newRow("equals") << QStringLiteral("=1+2") << QStringLiteral("'=1+2");
    QTest::newRow("plus") << QStringLiteral("+1") << QStringLiteral("'+1");
    QTest::newRow("minus") << QStringLiteral("-1") << QStringLiteral("'-1");
    QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
    QTest::newRow("formula with comma")
        << QStringLiteral("=SUM(1,2)") << QStringLiteral("\"'=SUM(1,2)\"");
    QTest::newRow("inner equals") << QStringLiteral("a=b") << QStringLiteral("a=b");
    QTest::newRow("unicode") << QStringLiteral("Grüße") << QStringLiteral("Grüße");
}

void tst_WorkspaceExport::csvField()
{
    QFETCH(QString, value);
    QFETCH(QString, field);
    QCOMPARE(WorkspaceExport::csvField(value), field);
}

void tst_WorkspaceExport::csvHasHeaderAndQuotes()
{
    const QByteArray csv = WorkspaceExport::toCsv({sample()}, requested);
    QVERIFY(!csv.startsWith("\xEF\xBB\xBF"));
    QVERIFY(csv.startsWith("team-id,name,enterprise-id,enterprise,bot-user-id,bot-user,"
                           "installed-by-id,installed-by,installed-at,bot-scopes,user-scopes,"
                           "missing-scopes,needs-update-access,known-to-ledger,in-bitbucket,"
                           "status,status-detail,last-checked,app-configuration-url\r\n"));
    QVERIFY(csv.endsWith("\r\n"));
    QVERIFY(csv.contains("\"Acme, \"\"R&D\"\"\nBerlin \xE2\x80\x93 Gr\xC3\xBC\xC3\x9F"
                         "e\""));
    QVERIFY(csv.contains(",\"'=HYPERLINK(\"\"http://evil\"\")\","));
    QVERIFY(csv.contains(",'-2+3,"));
    QVERIFY(csv.contains(",2024-05-01T09:30:00Z,"));
    QVERIFY(csv.contains(",2024-05-02T10:00:00Z,"));
    QVERIFY(csv.contains(",chat:write users:read,links:read,team:read,true,true,true,"
                         "oauth-failure,"));
}

void tst_WorkspaceExport::csvRoundTrip()
{
    const QByteArray csv = WorkspaceExport::toCsv({sample(), elsewhere()}, requested);
    bool ok = false;
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(csv), &ok);
    QVERIFY(ok);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0), WorkspaceExport::csvColumns());
    for (const QStringList &row : rows)
        QCOMPARE(row.size(), WorkspaceExport::csvColumns().size());

    const auto value = [&rows](int row, const char *code) {
        return rows.at(row).at(WorkspaceExport::csvColumns().indexOf(QLatin1String(code)));
    };
    const WorkspaceRecord first = sample();
    QCOMPARE(value(1, "team-id"), first.teamId);
    QCOMPARE(value(1, "name"), first.teamName);
    QCOMPARE(value(1, "installed-by"), u'\'' + first.installerName);
    QCOMPARE(value(1, "status-detail"), QStringLiteral("'-2+3"));
    QCOMPARE(QDateTime::fromString(value(1, "installed-at"), Qt::ISODate), first.installedAt);
    QCOMPARE(QDateTime::fromString(value(1, "last-checked"), Qt::ISODate), first.lastChecked);
    QCOMPARE(value(1, "bot-scopes").split(u' '), first.botScopes);
    QCOMPARE(value(1, "missing-scopes"), QStringLiteral("team:read"));
    QCOMPARE(value(1, "app-configuration-url"), first.appConfigurationUrl);

    QCOMPARE(value(2, "name"), QStringLiteral("'@channel"));
    QCOMPARE(value(2, "bot-user"), QStringLiteral("'+bot"));
    QCOMPARE(value(2, "known-to-ledger"), QStringLiteral("false"));
    QCOMPARE(value(2, "needs-update-access"), QStringLiteral("false"));
    QCOMPARE(value(2, "missing-scopes"), QString());
    QCOMPARE(value(2, "status"), QStringLiteral("not-checked"));
    QCOMPARE(value(2, "installed-at"), QString());
}

void tst_WorkspaceExport::csvOfNothingIsTheHeader()
{
    const QByteArray csv = WorkspaceExport::toCsv({}, requested);
    QCOMPARE(csv, WorkspaceExport::csvColumns().join(u',').toUtf8() + "\r\n");
}

void tst_WorkspaceExport::jsonShape()
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(
        WorkspaceExport::toJson({sample(), elsewhere()}, requested), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(document.isObject());
    QCOMPARE(document.object().keys(), QStringList {QStringLiteral("workspaces")});
    const QJsonArray workspaces = document.object().value(QLatin1String("workspaces")).toArray();
    QCOMPARE(workspaces.size(), 2);

    const QStringList keys {QStringLiteral("appConfigurationUrl"), QStringLiteral("botScopes"),
        QStringLiteral("botUserId"), QStringLiteral("botUserName"), QStringLiteral("enterpriseId"),
        QStringLiteral("enterpriseName"), QStringLiteral("inBitbucket"),
        QStringLiteral("installedAt"), QStringLiteral("installerName"),
        QStringLiteral("installerUserId"), QStringLiteral("knownToLedger"),
        QStringLiteral("lastChecked"), QStringLiteral("missingBotScopes"),
        QStringLiteral("missingUserScopes"), QStringLiteral("name"),
        QStringLiteral("needsUpdateAccess"), QStringLiteral("status"),
        QStringLiteral("statusDetail"), QStringLiteral("teamId"), QStringLiteral("userScopes")};
    const QJsonObject first = workspaces.at(0).toObject();
    QCOMPARE(first.keys(), keys);
    QCOMPARE(first.value(QLatin1String("status")).toString(), QStringLiteral("oauth-failure"));
    QCOMPARE(first.value(QLatin1String("installedAt")).toString(),
        QStringLiteral("2024-05-01T09:30:00Z"));
    QCOMPARE(first.value(QLatin1String("lastChecked")).toString(),
        QStringLiteral("2024-05-02T10:00:00Z"));
    QCOMPARE(first.value(QLatin1String("missingBotScopes")).toArray(),
        QJsonArray {QStringLiteral("team:read")});
    QCOMPARE(first.value(QLatin1String("missingUserScopes")).toArray(), QJsonArray());
    QCOMPARE(first.value(QLatin1String("needsUpdateAccess")).toBool(), true);
    // No defusing in JSON: it is not read by spreadsheets.
    QCOMPARE(first.value(QLatin1String("installerName")).toString(), sample().installerName);

    const QJsonObject second = workspaces.at(1).toObject();
    QCOMPARE(second.keys(), keys);
    QVERIFY(second.value(QLatin1String("installedAt")).isNull());
    QVERIFY(second.value(QLatin1String("lastChecked")).isNull());
    QCOMPARE(second.value(QLatin1String("knownToLedger")).toBool(true), false);
    QCOMPARE(second.value(QLatin1String("status")).toString(), QStringLiteral("not-checked"));
}

void tst_WorkspaceExport::jsonRoundTrip()
{
    const QJsonDocument document =
        QJsonDocument::fromJson(WorkspaceExport::toJson({sample()}, requested));
    const QJsonObject o =
        document.object().value(QLatin1String("workspaces")).toArray().at(0).toObject();
    WorkspaceRecord back;
    back.teamId = o.value(QLatin1String("teamId")).toString();
    back.teamName = o.value(QLatin1String("name")).toString();
    back.enterpriseId = o.value(QLatin1String("enterpriseId")).toString();
    back.enterpriseName = o.value(QLatin1String("enterpriseName")).toString();
    back.botUserId = o.value(QLatin1String("botUserId")).toString();
    back.botUserName = o.value(QLatin1String("botUserName")).toString();
    back.installerUserId = o.value(QLatin1String("installerUserId")).toString();
    back.installerName = o.value(QLatin1String("installerName")).toString();
    back.installedAt =
        QDateTime::fromString(o.value(QLatin1String("installedAt")).toString(), Qt::ISODate);
    for (const QJsonValue &scope : o.value(QLatin1String("botScopes")).toArray())
        back.botScopes << scope.toString();
    for (const QJsonValue &scope : o.value(QLatin1String("userScopes")).toArray())
        back.userScopes << scope.toString();
    back.knownToLedger = o.value(QLatin1String("knownToLedger")).toBool();
    back.inBitbucket = o.value(QLatin1String("inBitbucket")).toBool();
    bool ok = false;
    back.status = WorkspaceStatusNames::fromCode(o.value(QLatin1String("status")).toString(), &ok);
    QVERIFY(ok);
    back.statusDetail = o.value(QLatin1String("statusDetail")).toString();
    back.lastChecked =
        QDateTime::fromString(o.value(QLatin1String("lastChecked")).toString(), Qt::ISODate);
    back.appConfigurationUrl = o.value(QLatin1String("appConfigurationUrl")).toString();

    WorkspaceRecord expected = sample();
    expected.lastChecked = expected.lastChecked.toUTC();
    QCOMPARE(back, expected);
}

void tst_WorkspaceExport::detailsText()
{
    const QString text = WorkspaceExport::detailsText({sample(), elsewhere()}, requested);
    const QStringList blocks = text.trimmed().split(QStringLiteral("\n\n"));
    QCOMPARE(blocks.size(), 2);
    QVERIFY(blocks.at(0).contains(QLatin1String("Team ID: T0123ABC")));
    QVERIFY(blocks.at(0).contains(QLatin1String("Installed by: =HYPERLINK")));
    QVERIFY(
        blocks.at(0).contains(QLatin1String("Missing scopes: team:read (needs Update Access)")));
    QVERIFY(blocks.at(0).contains(QLatin1String("Status: OAuth failure")));
    QVERIFY(blocks.at(1).startsWith(QLatin1String("Workspace: @channel\n")));
    QVERIFY(blocks.at(1).contains(QLatin1String("connected by other means")));
    QVERIFY(blocks.at(1).contains(QLatin1String("Last checked: never")));
    QVERIFY(!blocks.at(1).contains(QLatin1String("Missing scopes")));
    QVERIFY(text.endsWith(u'\n'));
    QCOMPARE(WorkspaceExport::detailsText({}, requested), QString());
}

QTEST_GUILESS_MAIN(tst_WorkspaceExport)
#include "tst_workspaceexport.moc"
