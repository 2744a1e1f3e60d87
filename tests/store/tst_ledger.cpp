#include "CrashEvent.h"
#include "store/Ledger.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>

#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using Cause = Ledger::Problem::Cause;

namespace {

Ledger::Event sampleEvent(const QString &teamId, const QDateTime &time,
    Ledger::Kind kind = Ledger::Kind::Install, Ledger::Outcome outcome = Ledger::Outcome::Succeeded)
{
    Ledger::Event event;
    event.time = time;
    event.kind = kind;
    event.outcome = outcome;
    event.appId = QStringLiteral("A0APP");
    event.teamId = teamId;
    event.teamName = QStringLiteral("Team ") + teamId;
    event.enterpriseId = QStringLiteral("E0ORG");
    event.enterpriseName = QStringLiteral("Example Org");
    event.installerUserId = QStringLiteral("U0ADMIN");
    event.installerName = QStringLiteral("Ada Admin");
    event.botScopes = {QStringLiteral("chat:write"), QStringLiteral("users:read")};
    event.userScopes = {QStringLiteral("links:read"), QStringLiteral("users:read.email")};
    event.missingBotScopes = {QStringLiteral("incoming-webhook")};
    event.missingUserScopes = {QStringLiteral("links:write")};
    event.detail = QStringLiteral("ok");
    return event;
}

QDateTime at(int minute)
{
    return QDateTime(QDate(2025, 3, 1), QTime(12, minute, 30, 250), Qt::UTC);
}

int mode(const QString &path)
{
    struct stat status;
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return -1;
    return int(status.st_mode & 07777);
}

QString octal(int value)
{
    return QString::number(value, 8);
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// A connection of the test's own, to look at the database the way any SQLite tool would.
class RawDatabase
{
public:
    explicit RawDatabase(const QString &path)
        : m_name(QStringLiteral("raw-%1").arg(++s_counter))
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        database.setDatabaseName(path);
        m_open = database.open();
    }
    ~RawDatabase()
    {
        {
            QSqlDatabase database = QSqlDatabase::database(m_name, false);
            database.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_open; }

    // Runs each statement; false (and the error in *error) at the first that fails.
    bool exec(const QStringList &statements, QString *error = nullptr)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        for (const QString &statement : statements) {
            if (!query.exec(statement)) {
                if (error)
                    *error = query.lastError().text();
                return false;
            }
        }
        return true;
    }
    QVariant value(const QString &statement)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (!query.exec(statement) || !query.next())
            return QVariant();
        return query.value(0);
    }

private:
    static inline int s_counter = 0;
    QString m_name;
    bool m_open = false;
};

// The events table exactly as version 1 of the ledger made it.
const QString versionOneTable = QStringLiteral(
    "CREATE TABLE events (id INTEGER PRIMARY KEY AUTOINCREMENT, time TEXT NOT NULL, kind TEXT NOT "
    "NULL, outcome TEXT NOT NULL, app_id TEXT NOT NULL DEFAULT '', team_id TEXT NOT NULL DEFAULT "
    "'', team_name TEXT NOT NULL DEFAULT '', enterprise_id TEXT NOT NULL DEFAULT '', "
    "enterprise_name TEXT NOT NULL DEFAULT '', installer_user_id TEXT NOT NULL DEFAULT '', "
    "installer_name TEXT NOT NULL DEFAULT '', bot_scopes TEXT NOT NULL DEFAULT '', user_scopes "
    "TEXT NOT NULL DEFAULT '', missing_bot_scopes TEXT NOT NULL DEFAULT '', missing_user_scopes "
    "TEXT NOT NULL DEFAULT '', detail TEXT NOT NULL DEFAULT '')");

} // namespace

class TestLedger : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void recordsAndReadsBackNewestFirst();
    void currentTimeWhenNoneIsGiven();
    void eventsOfOneTeam();
    void latestEventPerTeam();
    void filesAreReadableByTheOwnerOnly();
    void narrowsAWideExistingFile();
    void migratesAVersionOneDatabase();
    void refusesADatabaseFromANewerVersion();
    void saysWhenTheFileIsNotADatabase();
    void saysWhenTheFolderCannotBeCreated();
    void saysWhenTheFolderIsReadOnly();
    void saysWhenTheDiskIsFull();
    void keepsTokensOut();
    void refusesToRecordWhenNotOpen();
    void twoLedgersOnOneFile();
    void defaultPathIsInAppData();
    void survivesWritersKilledMidWrite();

private:
    QTemporaryDir m_directory;
};

void TestLedger::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_directory.isValid());
}

void TestLedger::recordsAndReadsBackNewestFirst()
{
    Ledger ledger(m_directory.filePath(QStringLiteral("read-back/ledger.sqlite")));
    QVERIFY2(ledger.open(), qPrintable(ledger.problem().explanation));
    const QList<Ledger::Event> written = {
        sampleEvent(QStringLiteral("T01"), at(1), Ledger::Kind::Install),
        sampleEvent(
            QStringLiteral("T02"), at(2), Ledger::Kind::AccessUpdate, Ledger::Outcome::Failed),
        sampleEvent(QStringLiteral("T01"), at(3), Ledger::Kind::Removal),
        sampleEvent(QStringLiteral("T02"), at(4), Ledger::Kind::Verification),
    };
    QList<qint64> ids;
    for (const Ledger::Event &each : written) {
        const std::optional<qint64> id = ledger.record(each);
        QVERIFY2(id, qPrintable(ledger.problem().explanation));
        ids.append(*id);
    }
    QVERIFY(std::is_sorted(ids.cbegin(), ids.cend()));

    const std::optional<QList<Ledger::Event>> read = ledger.events();
    QVERIFY2(read, qPrintable(ledger.problem().explanation));
    QCOMPARE(read->size(), written.size());
    for (int i = 0; i < written.size(); ++i) {
        Ledger::Event expected = written.at(written.size() - 1 - i);
        expected.id = ids.at(written.size() - 1 - i);
        QCOMPARE(read->at(i), expected);
    }
    QCOMPARE(read->first().time.timeSpec(), Qt::UTC);
    QCOMPARE(ledger.problem().cause, Cause::None);
}

void TestLedger::currentTimeWhenNoneIsGiven()
{
    Ledger ledger(m_directory.filePath(QStringLiteral("now/ledger.sqlite")));
    QVERIFY2(ledger.open(), qPrintable(ledger.problem().explanation));
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    QVERIFY(ledger.record(sampleEvent(QStringLiteral("T01"), QDateTime())));
    const QDateTime after = QDateTime::currentDateTimeUtc().addMSecs(1);
    const QDateTime recorded = ledger.events()->constFirst().time;
    QVERIFY2(recorded >= before && recorded <= after, qPrintable(recorded.toString(Qt::ISODate)));
}

void TestLedger::eventsOfOneTeam()
{
    Ledger ledger(m_directory.filePath(QStringLiteral("team/ledger.sqlite")));
    QVERIFY2(ledger.open(), qPrintable(ledger.problem().explanation));
    QVERIFY(ledger.record(sampleEvent(QStringLiteral("T01"), at(1))));
    QVERIFY(ledger.record(sampleEvent(QStringLiteral("T02"), at(2))));
    QVERIFY(ledger.record(sampleEvent(QStringLiteral("T01"), at(3), Ledger::Kind::Verification)));

    const std::optional<QList<Ledger::Event>> team = ledger.eventsOfTeam(QStringLiteral("T01"));
    QVERIFY2(team, qPrintable(ledger.problem().explanation));
    QCOMPARE(team->size(), 2);
    QCOMPARE(team->at(0).kind, Ledger::Kind::Verification);
    QCOMPARE(team->at(1).time, at(1));
    QVERIFY(ledger.eventsOfTeam(QStringLiteral("T99"))->isEmpty());
}

void TestLedger::latestEventPerTeam()
{
    Ledger ledger(m_directory.filePath(QStringLiteral("latest/ledger.sqlite")));
    QVERIFY2(ledger.open(), qPrintable(ledger.problem().explanation));
    // Recorded out of time order: the latest is the one with the newest time, not the last id.
    QVERIFY(ledger.record(sampleEvent(QStringLiteral("T01"), at(5), Ledger::Kind::Verification)));
    QVERIFY(ledger.record(sampleEvent(QStringLiteral("T01"), at(1), Ledger::Kind::Install)));
    QVERIFY(ledger.record(sampleEvent(QStringLiteral("T02"), at(2), Ledger::Kind::Install)));
    QVERIFY(ledger.record(
        sampleEvent(QStringLiteral("T02"), at(2), Ledger::Kind::Removal, Ledger::Outcome::Failed)));
    // An install that failed before Slack named the workspace belongs to no team.
    QVERIFY(ledger.record(
        sampleEvent(QString(), at(9), Ledger::Kind::Install, Ledger::Outcome::Failed)));

    const std::optional<QList<Ledger::Event>> latest = ledger.latestPerTeam();
    QVERIFY2(latest, qPrintable(ledger.problem().explanation));
    QCOMPARE(latest->size(), 2);
    QCOMPARE(latest->at(0).teamId, QStringLiteral("T01"));
    QCOMPARE(latest->at(0).kind, Ledger::Kind::Verification);
    QCOMPARE(latest->at(1).teamId, QStringLiteral("T02"));
    QCOMPARE(latest->at(1).kind, Ledger::Kind::Removal); // same time: the later one counts
    QCOMPARE(latest->at(1).outcome, Ledger::Outcome::Failed);
    QCOMPARE(ledger.events()->size(), 5);
}

void TestLedger::filesAreReadableByTheOwnerOnly()
{
    // With no umask at all, nothing but the ledger's own care keeps the files private.
    const mode_t previous = ::umask(0);
    const QString folder = m_directory.filePath(QStringLiteral("private/nested"));
    const QString path = folder + QStringLiteral("/ledger.sqlite");
    {
        Ledger ledger(path);
        const bool opened = ledger.open();
        const bool recorded = opened && ledger.record(sampleEvent(QStringLiteral("T01"), at(1)));
        ::umask(previous);
        QVERIFY2(opened && recorded, qPrintable(ledger.problem().explanation));
        // Checked while the ledger is open: SQLite removes the side files on the last close.
        QCOMPARE(octal(mode(path)), QStringLiteral("600"));
        QCOMPARE(octal(mode(path + QStringLiteral("-wal"))), QStringLiteral("600"));
        QCOMPARE(octal(mode(path + QStringLiteral("-shm"))), QStringLiteral("600"));
        QCOMPARE(octal(mode(folder)), QStringLiteral("700"));
        QCOMPARE(
            octal(mode(m_directory.filePath(QStringLiteral("private")))), QStringLiteral("700"));
    }
    RawDatabase raw(path);
    QVERIFY(raw.isOpen());
    QCOMPARE(raw.value(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
}

void TestLedger::narrowsAWideExistingFile()
{
    const QString path = m_directory.filePath(QStringLiteral("wide.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
    Ledger ledger(path);
    QVERIFY2(ledger.open(), qPrintable(ledger.problem().explanation));
    QVERIFY(ledger.record(sampleEvent(QStringLiteral("T01"), at(1))));
    QCOMPARE(octal(mode(path)), QStringLiteral("600"));
    QCOMPARE(octal(mode(path + QStringLiteral("-wal"))), QStringLiteral("600"));
}

void TestLedger::migratesAVersionOneDatabase()
{
    const QString path = m_directory.filePath(QStringLiteral("version-one.sqlite"));
    {
        RawDatabase raw(path);
        QVERIFY(raw.isOpen());
        QString error;
        QVERIFY2(
            raw.exec({versionOneTable,
                         QStringLiteral(
                             "INSERT INTO events (time, kind, outcome, app_id, team_id, "
                             "team_name, bot_scopes, detail) VALUES "
                             "('2024-11-05T09:15:00.000Z', 'install', 'succeeded', 'A0OLD', "
                             "'T0OLD', 'Old team', 'chat:write,users:read', 'from version 1')"),
                         QStringLiteral("PRAGMA user_version = 1")},
                &error),
            qPrintable(error));
    }

    Ledger ledger(path);
    QVERIFY2(ledger.open(), qPrintable(ledger.problem().explanation));
    const std::optional<QList<Ledger::Event>> events = ledger.events();
    QVERIFY2(events, qPrintable(ledger.problem().explanation));
    QCOMPARE(events->size(), 1);
    const Ledger::Event old = events->constFirst();
    QCOMPARE(old.teamId, QStringLiteral("T0OLD"));
    QCOMPARE(old.teamName, QStringLiteral("Old team"));
    QCOMPARE(old.time, QDateTime(QDate(2024, 11, 5), QTime(9, 15), Qt::UTC));
    QCOMPARE(
        old.botScopes, QStringList({QStringLiteral("chat:write"), QStringLiteral("users:read")}));
    QCOMPARE(old.detail, QStringLiteral("from version 1"));
    QVERIFY(ledger.record(sampleEvent(QStringLiteral("T0OLD"), at(1), Ledger::Kind::Verification)));
    QCOMPARE(ledger.latestPerTeam()->constFirst().kind, Ledger::Kind::Verification);

    RawDatabase raw(path);
    QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), Ledger::schemaVersion);
    QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' "
                                      "AND name = 'events_by_team'"))
                 .toInt(),
        1);
}

void TestLedger::refusesADatabaseFromANewerVersion()
{
    const QString path = m_directory.filePath(QStringLiteral("newer.sqlite"));
    {
        RawDatabase raw(path);
        QVERIFY(
            raw.exec({QStringLiteral("CREATE TABLE events (id INTEGER PRIMARY KEY, future TEXT)"),
                QStringLiteral("PRAGMA user_version = %1").arg(Ledger::schemaVersion + 1)}));
    }
    const QByteArray before = fileHash(path);
    QVERIFY(!before.isEmpty());

    Ledger ledger(path);
    QVERIFY(!ledger.open());
    QCOMPARE(ledger.problem().cause, Cause::NewerSchema);
    QVERIFY2(ledger.problem().explanation.contains(QStringLiteral("newer version")),
        qPrintable(ledger.problem().explanation));
    QVERIFY2(ledger.problem().explanation.contains(QStringLiteral("untouched")),
        qPrintable(ledger.problem().explanation));
    QVERIFY(!ledger.problem().advice.isEmpty());
    QVERIFY(!ledger.isOpen());
    QVERIFY(!ledger.record(sampleEvent(QStringLiteral("T01"), at(1))));

    QCOMPARE(fileHash(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    RawDatabase raw(path);
    QCOMPARE(raw.value(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("delete"));
}

void TestLedger::saysWhenTheFileIsNotADatabase()
{
    const QString path = m_directory.filePath(QStringLiteral("notes.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("These are my notes, not a database.\n").repeated(200));
    file.close();

    Ledger ledger(path);
    QVERIFY(!ledger.open());
    QCOMPARE(ledger.problem().cause, Cause::NotADatabase);
    QVERIFY2(ledger.problem().explanation.contains(path), qPrintable(ledger.problem().explanation));
    QVERIFY2(ledger.problem().explanation.contains(QStringLiteral("not an SQLite database")),
        qPrintable(ledger.problem().explanation));
    QVERIFY2(ledger.problem().advice.contains(QStringLiteral("Move")),
        qPrintable(ledger.problem().advice));
}

void TestLedger::saysWhenTheFolderCannotBeCreated()
{
    // A file stands where the folder should be.
    const QString blocker = m_directory.filePath(QStringLiteral("blocker"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();

    Ledger ledger(blocker + QStringLiteral("/folder/ledger.sqlite"));
    QVERIFY(!ledger.open());
    QCOMPARE(ledger.problem().cause, Cause::CannotCreate);
    QVERIFY2(ledger.problem().explanation.contains(QStringLiteral("cannot be created")),
        qPrintable(ledger.problem().explanation));
    QVERIFY2(ledger.problem().advice.contains(blocker), qPrintable(ledger.problem().advice));
}

void TestLedger::saysWhenTheFolderIsReadOnly()
{
    if (::geteuid() == 0)
        QSKIP("Folder permissions do not hold back root, which this test runs as.");
    const QString folder = m_directory.filePath(QStringLiteral("read-only"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0500) == 0);
    Ledger ledger(folder + QStringLiteral("/ledger.sqlite"));
    const bool opened = ledger.open();
    ::chmod(QFile::encodeName(folder).constData(), 0700);
    QVERIFY(!opened);
    QCOMPARE(ledger.problem().cause, Cause::ReadOnly);
    QVERIFY2(ledger.problem().advice.contains(folder), qPrintable(ledger.problem().advice));
}

void TestLedger::saysWhenTheDiskIsFull()
{
    const QString path = m_directory.filePath(QStringLiteral("full/ledger.sqlite"));
    Ledger ledger(path);
    QVERIFY2(ledger.open(), qPrintable(ledger.problem().explanation));
    QVERIFY(ledger.record(sampleEvent(QStringLiteral("T01"), at(1))));

    // A file size limit makes writes past it come up short, as on a full disk. The signal that
    // would end the process is ignored, so the write fails instead.
    struct rlimit previous;
    QVERIFY(::getrlimit(RLIMIT_FSIZE, &previous) == 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    struct rlimit limit = previous;
    limit.rlim_cur = 96 * 1024;
    QVERIFY(::setrlimit(RLIMIT_FSIZE, &limit) == 0);
    std::optional<qint64> id;
    int recorded = 0;
    for (; recorded < 1000; ++recorded) {
        Ledger::Event big = sampleEvent(QStringLiteral("T01"), at(2));
        big.detail = QString(Ledger::maxDetailLength, QLatin1Char('x'));
        id = ledger.record(big);
        if (!id)
            break;
    }
    ::setrlimit(RLIMIT_FSIZE, &previous);
    std::signal(SIGXFSZ, previousHandler);

    QVERIFY2(!id, "the size limit never stopped a write");
    QCOMPARE(ledger.problem().cause, Cause::DiskFull);
    QVERIFY2(ledger.problem().explanation.contains(QStringLiteral("disk is full")),
        qPrintable(ledger.problem().explanation));
    QVERIFY2(ledger.problem().advice.contains(QStringLiteral("Free some space")),
        qPrintable(ledger.problem().advice));
    // What was committed before stays, and the ledger works again once there is room.
    QCOMPARE(ledger.events()->size(), recorded + 1);
    QVERIFY2(ledger.record(sampleEvent(QStringLiteral("T02"), at(3))),
        qPrintable(ledger.problem().explanation));
}

void TestLedger::keepsTokensOut()
{
    const QString path = m_directory.filePath(QStringLiteral("tokens/ledger.sqlite"));
    const QString botToken = QStringLiteral("xoxb-1111-2222-abcdefABCDEF");
    const QString userToken = QStringLiteral("xoxp-3333-4444-ghijklGHIJKL");
    {
        Ledger ledger(path);
        QVERIFY2(ledger.open(), qPrintable(ledger.problem().explanation));

        Ledger::Event wrongTeam = sampleEvent(botToken, at(1));
        QVERIFY(!ledger.record(wrongTeam));
        QCOMPARE(ledger.problem().cause, Cause::InvalidEvent);
        QVERIFY(!ledger.problem().explanation.contains(botToken));

        Ledger::Event wrongScope = sampleEvent(QStringLiteral("T01"), at(1));
        wrongScope.userScopes.append(userToken);
        QVERIFY(!ledger.record(wrongScope));
        QCOMPARE(ledger.problem().cause, Cause::InvalidEvent);

        Ledger::Event chatty = sampleEvent(
            QStringLiteral("T01"), at(2), Ledger::Kind::Install, Ledger::Outcome::Failed);
        chatty.detail = QStringLiteral("Bitbucket refused bot_access_token=") + botToken;
        chatty.teamName = QStringLiteral("Team ") + userToken;
        chatty.installerName = botToken;
        QVERIFY(ledger.record(chatty));
        const Ledger::Event stored = ledger.events()->constFirst();
        QVERIFY2(stored.detail.startsWith(QStringLiteral("Bitbucket refused")),
            qPrintable(stored.detail));
        QVERIFY(!stored.detail.contains(QStringLiteral("xoxb")));
        QVERIFY(!stored.teamName.contains(QStringLiteral("xoxp")));
        QVERIFY(!stored.installerName.contains(QStringLiteral("xoxb")));
        QCOMPARE(ledger.events()->size(), 1);

        Ledger::Event longDetail = sampleEvent(QStringLiteral("T01"), at(3));
        longDetail.detail = QString(5000, QLatin1Char('y'));
        QVERIFY(ledger.record(longDetail));
        QCOMPARE(ledger.events()->constFirst().detail.size(), Ledger::maxDetailLength);
    }
    for (const QString &name : QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files)) {
        QFile file(QFileInfo(path).absolutePath() + u'/' + name);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(!bytes.contains("xoxb-") && !bytes.contains("xoxp-"), qPrintable(name));
    }
}

void TestLedger::refusesToRecordWhenNotOpen()
{
    Ledger ledger(m_directory.filePath(QStringLiteral("never-opened.sqlite")));
    QVERIFY(!ledger.record(sampleEvent(QStringLiteral("T01"), at(1))));
    QVERIFY(!ledger.problem().explanation.isEmpty());
    QVERIFY(!ledger.events());
    QVERIFY(!QFile::exists(ledger.path()));
}

void TestLedger::twoLedgersOnOneFile()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral("still in use")));
    const QStringList connectionsBefore = QSqlDatabase::connectionNames();
    const QString path = m_directory.filePath(QStringLiteral("shared/ledger.sqlite"));
    auto first = std::make_unique<Ledger>(path);
    auto second = std::make_unique<Ledger>(path);
    QVERIFY2(first->open(), qPrintable(first->problem().explanation));
    QVERIFY2(second->open(), qPrintable(second->problem().explanation));
    QVERIFY(first->record(sampleEvent(QStringLiteral("T01"), at(1))));
    QVERIFY(second->record(sampleEvent(QStringLiteral("T02"), at(2))));
    QCOMPARE(first->events()->size(), 2);
    first.reset();
    QVERIFY(second->record(sampleEvent(QStringLiteral("T03"), at(3))));
    QCOMPARE(second->events()->size(), 3);
    second.reset();
    QCOMPARE(QSqlDatabase::connectionNames(), connectionsBefore);
}

void TestLedger::defaultPathIsInAppData()
{
    const QString appData = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QCOMPARE(Ledger::defaultPath(), appData + QStringLiteral("/ledger.sqlite"));
    QCOMPARE(Ledger::defaultPath(QStringLiteral("sandbox")),
        appData + QStringLiteral("/ledger-sandbox.sqlite"));
    QCOMPARE(Ledger().path(), Ledger::defaultPath());
}

// The crash test: writers are killed with SIGKILL at random moments, mostly in the
// middle of recording. Every id a writer printed (it prints only after record() returned) must
// still be there with its content, and the database must pass SQLite's integrity check.
void TestLedger::survivesWritersKilledMidWrite()
{
    const QString path = m_directory.filePath(QStringLiteral("crash/ledger.sqlite"));
    const quint32 seed = QRandomGenerator::global()->generate();
    QRandomGenerator random(seed);
    qInfo("random seed %u", seed);

    constexpr int runs = 100;
    QHash<qint64, QPair<int, int>> printed; // id -> (run, sequence)
    int runsThatRecorded = 0;
    for (int run = 0; run < runs; ++run) {
        QProcess writer;
        writer.setProgram(QStringLiteral(LEDGER_WRITER));
        writer.setArguments({path, QString::number(run)});
        writer.start();
        QVERIFY2(writer.waitForStarted(10000), qPrintable(writer.errorString()));
        // Most runs die while recording; one in ten may die while still opening the ledger.
        if (run % 10 != 0) {
            QVERIFY2(writer.waitForReadyRead(10000),
                qPrintable(QString::fromLocal8Bit(writer.readAllStandardError())));
        }
        QThread::msleep(random.bounded(30));
        writer.kill();
        QVERIFY(writer.waitForFinished(10000));
        QVERIFY2(writer.exitStatus() == QProcess::CrashExit,
            qPrintable(QString::fromLocal8Bit(writer.readAllStandardError())));

        // A line cut off by the kill has no newline yet; it proves nothing and is ignored.
        const QList<QByteArray> lines = writer.readAllStandardOutput().split('\n');
        for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
            const QList<QByteArray> fields = lines.at(i).split(' ');
            QCOMPARE(fields.size(), 2);
            const qint64 id = fields.at(0).toLongLong();
            QVERIFY2(
                !printed.contains(id), qPrintable(QStringLiteral("id %1 printed twice").arg(id)));
            printed.insert(id, {run, fields.at(1).toInt()});
        }
        if (lines.size() > 1)
            ++runsThatRecorded;
    }
    QVERIFY2(runsThatRecorded >= runs * 8 / 10,
        qPrintable(QStringLiteral("only %1 writers recorded anything").arg(runsThatRecorded)));

    {
        RawDatabase raw(path);
        QVERIFY(raw.isOpen());
        QCOMPARE(
            raw.value(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    }
    Ledger ledger(path);
    QVERIFY2(ledger.open(), qPrintable(ledger.problem().explanation));
    const std::optional<QList<Ledger::Event>> events = ledger.events();
    QVERIFY2(events, qPrintable(ledger.problem().explanation));
    QHash<qint64, Ledger::Event> byId;
    for (const Ledger::Event &each : *events)
        byId.insert(each.id, each);
    for (auto it = printed.cbegin(); it != printed.cend(); ++it) {
        QVERIFY2(byId.contains(it.key()),
            qPrintable(QStringLiteral("event %1 (run %2) is lost").arg(it.key()).arg(it->first)));
        Ledger::Event expected = crashEvent(it->first, it->second);
        expected.id = it.key();
        QCOMPARE(byId.value(it.key()), expected);
    }
    qInfo("%lld events confirmed by %d writers, %lld in the ledger", qint64(printed.size()),
        runsThatRecorded, qint64(events->size()));
}

QTEST_GUILESS_MAIN(TestLedger)
#include "tst_ledger.moc"
