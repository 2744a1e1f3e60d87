#include "store/Ledger.h"

#include "common/Logging.h"
#include "common/Redactor.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

constexpr int maxNameLength = 200;
constexpr int maxScopeLength = 80;

// Each entry brings the schema from the version before it to its own number (entry 0 makes
// version 1). A database is only ever moved forward, one version per transaction, so a crash
// during a migration leaves it at the last version that was complete.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps = {
        // 1: the events. Times are UTC in ISO 8601 with milliseconds, which sorts as text;
        // scopes are comma-separated, the way Slack writes them.
        {QStringLiteral("CREATE TABLE events ("
                        " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                        " time TEXT NOT NULL,"
                        " kind TEXT NOT NULL,"
                        " outcome TEXT NOT NULL,"
                        " app_id TEXT NOT NULL DEFAULT '',"
                        " team_id TEXT NOT NULL DEFAULT '',"
                        " team_name TEXT NOT NULL DEFAULT '',"
                        " enterprise_id TEXT NOT NULL DEFAULT '',"
                        " enterprise_name TEXT NOT NULL DEFAULT '',"
                        " installer_user_id TEXT NOT NULL DEFAULT '',"
                        " installer_name TEXT NOT NULL DEFAULT '',"
                        " bot_scopes TEXT NOT NULL DEFAULT '',"
                        " user_scopes TEXT NOT NULL DEFAULT '',"
                        " missing_bot_scopes TEXT NOT NULL DEFAULT '',"
                        " missing_user_scopes TEXT NOT NULL DEFAULT '',"
                        " detail TEXT NOT NULL DEFAULT '')")},
        // 2: the workspaces table asks for one team's events and each team's latest one.
        {QStringLiteral("CREATE INDEX events_by_team ON events (team_id, time, id)")},
    };
    return steps;
}

const QString columns = QStringLiteral(
    "id, time, kind, outcome, app_id, team_id, team_name, enterprise_id, enterprise_name, "
    "installer_user_id, installer_name, bot_scopes, user_scopes, missing_bot_scopes, "
    "missing_user_scopes, detail");

const QString newestFirst = QStringLiteral(" ORDER BY time DESC, id DESC");

// SQLite's primary result codes (sqlite3.h); the driver reports them as its native error code.
enum SqliteCode {
    SqliteBusy = 5,
    SqliteLocked = 6,
    SqliteReadOnly = 8,
    SqliteIoError = 10,
    SqliteCorrupt = 11,
    SqliteFull = 13,
    SqliteCantOpen = 14,
    SqliteNotADatabase = 26,
};

const QList<QPair<Ledger::Kind, QString>> &kindNames()
{
    static const QList<QPair<Ledger::Kind, QString>> names = {
        {Ledger::Kind::Install, QStringLiteral("install")},
        {Ledger::Kind::AccessUpdate, QStringLiteral("access-update")},
        {Ledger::Kind::Removal, QStringLiteral("removal")},
        {Ledger::Kind::Verification, QStringLiteral("verification")},
    };
    return names;
}

std::optional<Ledger::Kind> kindFromName(const QString &name)
{
    for (const auto &entry : kindNames()) {
        if (entry.second == name)
            return entry.first;
    }
    return std::nullopt;
}

// Slack's ids (T…, E…, U…, W…, A…) are upper-case letters and digits; a token never is.
bool isSlackId(const QString &value)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z0-9]*$"));
    return value.size() <= maxNameLength && pattern.match(value).hasMatch();
}

// Scopes look like "chat:write", "users:read.email" or "incoming-webhook". Something that
// Redactor would mask (a token has the same alphabet) is not a scope.
bool isScope(const QString &value)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_.:-]*$"));
    return value.size() <= maxScopeLength && pattern.match(value).hasMatch()
        && Redactor::redact(value) == value;
}

bool areScopes(const QStringList &values)
{
    return std::all_of(values.cbegin(), values.cend(), isScope);
}

QString shortened(const QString &text, int maxLength)
{
    const QString redacted = Redactor::redact(text.simplified());
    if (redacted.size() <= maxLength)
        return redacted;
    return redacted.left(maxLength - 1) + QChar(0x2026);
}

QString timeText(const QDateTime &time)
{
    const QDateTime when = time.isValid() ? time : QDateTime::currentDateTimeUtc();
    return when.toUTC().toString(Qt::ISODateWithMs);
}

std::atomic<quint64> connectionCounter {0};

} // namespace

bool Ledger::Event::operator==(const Event &other) const
{
    return id == other.id && time == other.time && kind == other.kind && outcome == other.outcome
        && appId == other.appId && teamId == other.teamId && teamName == other.teamName
        && enterpriseId == other.enterpriseId && enterpriseName == other.enterpriseName
        && installerUserId == other.installerUserId && installerName == other.installerName
        && botScopes == other.botScopes && userScopes == other.userScopes
        && missingBotScopes == other.missingBotScopes
        && missingUserScopes == other.missingUserScopes && detail == other.detail;
}

QString Ledger::defaultPath(const QString &profileName)
{
    const QString directory = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString name = profileName.isEmpty()
        ? QStringLiteral("ledger.sqlite")
        : QStringLiteral("ledger-%1.sqlite").arg(profileName);
    return directory + u'/' + name;
}

QString Ledger::kindName(Kind kind)
{
    for (const auto &entry : kindNames()) {
        if (entry.first == kind)
            return entry.second;
    }
    return QString();
}

QString Ledger::outcomeName(Outcome outcome)
{
    return outcome == Outcome::Succeeded ? QStringLiteral("succeeded") : QStringLiteral("failed");
}

Ledger::Ledger(const QString &path)
    : m_path(QFileInfo(path).absoluteFilePath())
    , m_connectionName(QStringLiteral("connector-ledger-%1").arg(++connectionCounter))
{ }

Ledger::~Ledger()
{
    closeConnection();
}

bool Ledger::open()
{
    if (m_open)
        return true;
    m_problem = Problem();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        fail(Problem::Cause::Other,
            tr("The ledger cannot be opened: Qt's SQLite driver is missing."),
            tr("Install the package that provides it (libqt6sql6-sqlite on Debian and Ubuntu), "
               "then start Workspace Connector again."));
        return false;
    }
    m_open = prepareFile() && openConnection() && migrate();
    if (!m_open) {
        closeConnection();
        return false;
    }
    qCDebug(lcLedger).noquote() << "opened" << m_path;
    return true;
}

// SQLite gives its -wal and -shm files the permissions of the database file. So the file is made
// here first, 0600 from the start (open() with O_EXCL cannot widen what the umask allows), in a
// folder made 0700; nothing is ever readable by others, not even for a moment.
bool Ledger::prepareFile()
{
    const QString folder = QFileInfo(m_path).absolutePath();
    QStringList missing;
    for (QString path = folder; !QFileInfo::exists(path); path = QFileInfo(path).absolutePath())
        missing.prepend(path);
    for (const QString &path : std::as_const(missing)) {
        if (::mkdir(QFile::encodeName(path).constData(), S_IRWXU) != 0 && errno != EEXIST) {
            const int error = errno;
            fail(error == ENOSPC || error == EDQUOT
                    ? Problem::Cause::DiskFull
                    : (error == EACCES || error == EPERM || error == EROFS
                            ? Problem::Cause::ReadOnly
                            : Problem::Cause::CannotCreate),
                tr("The folder %1 for the ledger cannot be created: %2.")
                    .arg(path, QString::fromLocal8Bit(std::strerror(error))),
                tr("Make sure %1 is a folder you can write to, then start Workspace Connector "
                   "again.")
                    .arg(QFileInfo(path).absolutePath()));
            return false;
        }
    }

    const QByteArray file = QFile::encodeName(m_path);
    const int descriptor = ::open(file.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (descriptor >= 0) {
        ::close(descriptor);
        return true;
    }
    const int error = errno;
    if (error != EEXIST) {
        const bool full = error == ENOSPC || error == EDQUOT;
        const bool readOnly = error == EACCES || error == EPERM || error == EROFS;
        fail(full ? Problem::Cause::DiskFull
                  : (readOnly ? Problem::Cause::ReadOnly : Problem::Cause::CannotCreate),
            tr("The ledger %1 cannot be created: %2.")
                .arg(m_path, QString::fromLocal8Bit(std::strerror(error))),
            full ? tr("Free some space on the disk that holds %1, then start Workspace Connector "
                      "again.")
                       .arg(folder)
                 : tr("Make the folder %1 writable for your user, then start Workspace Connector "
                      "again.")
                       .arg(folder));
        return false;
    }
    // A ledger made by something else (or copied in) may be readable by others: narrow it and
    // its side files to the owner before anything more is written to them.
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        const QByteArray name = QFile::encodeName(m_path + suffix);
        struct stat status;
        if (::stat(name.constData(), &status) == 0 && (status.st_mode & (S_IRWXG | S_IRWXO)))
            ::chmod(name.constData(), S_IRUSR | S_IWUSR);
    }
    return true;
}

bool Ledger::openConnection()
{
    {
        QSqlDatabase database =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        database.setDatabaseName(m_path);
        database.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
        if (!database.open()) {
            fail(database.lastError(), tr("The ledger %1 cannot be opened.").arg(m_path));
            return false;
        }
    }
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    // The version comes first, so a newer program's database is not changed in any way, not
    // even its journal mode.
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        fail(query.lastError(), tr("The ledger %1 cannot be read.").arg(m_path));
        return false;
    }
    const int version = query.value(0).toInt();
    if (version > schemaVersion) {
        fail(Problem::Cause::NewerSchema,
            tr("The ledger %1 was written by a newer version of Workspace Connector (ledger "
               "version %2; this version knows up to %3). It was left untouched.")
                .arg(m_path)
                .arg(version)
                .arg(schemaVersion),
            tr("Use the newer version of Workspace Connector, or move %1 aside to start a new "
               "ledger with this version.")
                .arg(m_path));
        return false;
    }
    if (!query.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !query.next()) {
        fail(query.lastError(), tr("The ledger %1 cannot be set up.").arg(m_path));
        return false;
    }
    // Some network file systems cannot share WAL's memory map. The rollback journal that SQLite
    // keeps then is just as safe, only slower, so that is not a reason to refuse.
    if (query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        qCWarning(lcLedger).noquote()
            << "the ledger uses journal mode" << query.value(0).toString() << "instead of wal";
    }
    if (!query.exec(QStringLiteral("PRAGMA synchronous=FULL"))) {
        fail(query.lastError(), tr("The ledger %1 cannot be set up.").arg(m_path));
        return false;
    }
    return true;
}

bool Ledger::migrate()
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        fail(query.lastError(), tr("The ledger %1 cannot be read.").arg(m_path));
        return false;
    }
    for (int version = query.value(0).toInt() + 1; version <= schemaVersion; ++version) {
        if (!applyMigration(version))
            return false;
    }
    return true;
}

bool Ledger::applyMigration(int version)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    const QString what = tr("The ledger %1 cannot be brought up to date.").arg(m_path);
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        fail(query.lastError(), what);
        return false;
    }
    // Another copy of the program may have migrated while this one waited for the lock.
    bool done = query.exec(QStringLiteral("PRAGMA user_version")) && query.next();
    const bool alreadyThere = done && query.value(0).toInt() >= version;
    if (done && !alreadyThere) {
        const QStringList statements = migrations().at(version - 1);
        for (const QString &statement : statements)
            done = done && query.exec(statement);
        done = done && query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
    }
    done = done && query.exec(QStringLiteral("COMMIT"));
    if (!done) {
        fail(query.lastError(), what);
        query.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    if (!alreadyThere)
        qCInfo(lcLedger).noquote() << "ledger" << m_path << "now at version" << version;
    return true;
}

std::optional<qint64> Ledger::record(const Event &event)
{
    m_problem = Problem();
    m_writing = true;
    const auto writingDone = qScopeGuard([this] { m_writing = false; });
    if (!m_open) {
        fail(Problem::Cause::Other, tr("The event was not recorded: the ledger is not open."),
            tr("Start Workspace Connector again; if this persists, look at the message shown "
               "when the ledger was opened."));
        return std::nullopt;
    }
    if (!checkEvent(event))
        return std::nullopt;

    const QString what = tr("The event was not recorded in the ledger %1.").arg(m_path);
    const QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery transaction(database);
    // IMMEDIATE takes the write lock at once, so a busy database waits for the busy timeout
    // here instead of failing halfway through.
    if (!transaction.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        fail(transaction.lastError(), what);
        return std::nullopt;
    }
    QSqlQuery insert(database);
    insert.prepare(QStringLiteral("INSERT INTO events (time, kind, outcome, app_id, team_id, "
                                  "team_name, enterprise_id, enterprise_name, installer_user_id, "
                                  "installer_name, bot_scopes, user_scopes, missing_bot_scopes, "
                                  "missing_user_scopes, detail) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QString comma = QStringLiteral(",");
    for (const QString &value :
        {timeText(event.time), kindName(event.kind), outcomeName(event.outcome), event.appId,
            event.teamId, shortened(event.teamName, maxNameLength), event.enterpriseId,
            shortened(event.enterpriseName, maxNameLength), event.installerUserId,
            shortened(event.installerName, maxNameLength), event.botScopes.join(comma),
            event.userScopes.join(comma), event.missingBotScopes.join(comma),
            event.missingUserScopes.join(comma), shortened(event.detail, maxDetailLength)}) {
        // Empty, not NULL: the columns are NOT NULL and "not known" is stored as ''.
        insert.addBindValue(value.isNull() ? QStringLiteral("") : value);
    }
    if (!insert.exec()) {
        fail(insert.lastError(), what);
        transaction.exec(QStringLiteral("ROLLBACK"));
        return std::nullopt;
    }
    const qint64 id = insert.lastInsertId().toLongLong();
    insert.finish();
    if (!transaction.exec(QStringLiteral("COMMIT"))) {
        fail(transaction.lastError(), what);
        transaction.exec(QStringLiteral("ROLLBACK"));
        return std::nullopt;
    }
    qCDebug(lcLedger).noquote() << "recorded event" << id << kindName(event.kind)
                                << outcomeName(event.outcome) << event.teamId;
    return id;
}

bool Ledger::checkEvent(const Event &event)
{
    // The values themselves are never shown: one that is not what it should be may be a token.
    QString field;
    if (!isSlackId(event.appId))
        field = tr("app id");
    else if (!isSlackId(event.teamId))
        field = tr("team id");
    else if (!isSlackId(event.enterpriseId))
        field = tr("enterprise id");
    else if (!isSlackId(event.installerUserId))
        field = tr("installer's user id");
    else if (!areScopes(event.botScopes) || !areScopes(event.missingBotScopes))
        field = tr("bot scopes");
    else if (!areScopes(event.userScopes) || !areScopes(event.missingUserScopes))
        field = tr("user scopes");
    if (field.isEmpty())
        return true;
    qCWarning(lcLedger).noquote() << "refused an event whose" << field << "has the wrong shape";
    fail(Problem::Cause::InvalidEvent,
        tr("The event was not recorded: its %1 is not in Slack's format.").arg(field),
        tr("This is a mistake in Workspace Connector; please report it."));
    return false;
}

std::optional<QList<Ledger::Event>> Ledger::events()
{
    return select(
        QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM events") + newestFirst, {});
}

std::optional<QList<Ledger::Event>> Ledger::eventsOfTeam(const QString &teamId)
{
    return select(QStringLiteral("SELECT ") + columns
            + QStringLiteral(" FROM events WHERE team_id = ?") + newestFirst,
        {teamId});
}

std::optional<QList<Ledger::Event>> Ledger::latestPerTeam()
{
    return select(QStringLiteral("SELECT ") + columns
            + QStringLiteral(" FROM events AS e WHERE e.team_id <> '' AND e.id = ("
                             "SELECT i.id FROM events AS i WHERE i.team_id = e.team_id"
                             " ORDER BY i.time DESC, i.id DESC LIMIT 1)")
            + newestFirst,
        {});
}

std::optional<QList<Ledger::Event>> Ledger::latestPerTeam(Kind kind)
{
    return select(QStringLiteral("SELECT ") + columns
            + QStringLiteral(" FROM events AS e WHERE e.team_id <> '' AND e.kind = ? AND e.id = ("
                             "SELECT i.id FROM events AS i WHERE i.team_id = e.team_id"
                             " AND i.kind = e.kind ORDER BY i.time DESC, i.id DESC LIMIT 1)")
            + newestFirst,
        {kindName(kind)});
}

std::optional<QList<Ledger::Event>> Ledger::latestPerTeam(Kind kind, Outcome outcome)
{
    return select(QStringLiteral("SELECT ") + columns
            + QStringLiteral(" FROM events AS e WHERE e.team_id <> '' AND e.kind = ?"
                             " AND e.outcome = ? AND e.id = ("
                             "SELECT i.id FROM events AS i WHERE i.team_id = e.team_id"
                             " AND i.kind = e.kind AND i.outcome = e.outcome"
                             " ORDER BY i.time DESC, i.id DESC LIMIT 1)")
            + newestFirst,
        {kindName(kind), outcomeName(outcome)});
}

std::optional<QList<Ledger::Event>> Ledger::select(const QString &sql, const QStringList &values)
{
    m_problem = Problem();
    if (!m_open) {
        fail(Problem::Cause::Other, tr("The ledger cannot be read: it is not open."),
            tr("Start Workspace Connector again; if this persists, look at the message shown "
               "when the ledger was opened."));
        return std::nullopt;
    }
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QString &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        fail(query.lastError(), tr("The ledger %1 cannot be read.").arg(m_path));
        return std::nullopt;
    }
    QList<Event> found;
    while (query.next()) {
        const std::optional<Kind> kind = kindFromName(query.value(2).toString());
        if (!kind) {
            qCWarning(lcLedger) << "skipped event" << query.value(0).toLongLong()
                                << "of an unknown kind";
            continue;
        }
        Event event;
        event.id = query.value(0).toLongLong();
        event.time = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
        event.kind = *kind;
        event.outcome = query.value(3).toString() == outcomeName(Outcome::Succeeded)
            ? Outcome::Succeeded
            : Outcome::Failed;
        event.appId = query.value(4).toString();
        event.teamId = query.value(5).toString();
        event.teamName = query.value(6).toString();
        event.enterpriseId = query.value(7).toString();
        event.enterpriseName = query.value(8).toString();
        event.installerUserId = query.value(9).toString();
        event.installerName = query.value(10).toString();
        event.botScopes = query.value(11).toString().split(u',', Qt::SkipEmptyParts);
        event.userScopes = query.value(12).toString().split(u',', Qt::SkipEmptyParts);
        event.missingBotScopes = query.value(13).toString().split(u',', Qt::SkipEmptyParts);
        event.missingUserScopes = query.value(14).toString().split(u',', Qt::SkipEmptyParts);
        event.detail = query.value(15).toString();
        found.append(event);
    }
    if (query.lastError().isValid()) {
        fail(query.lastError(), tr("The ledger %1 cannot be read.").arg(m_path));
        return std::nullopt;
    }
    return found;
}

void Ledger::fail(const QSqlError &error, const QString &what)
{
    int code = error.nativeErrorCode().toInt() & 0xff;
    // A write that comes up short is SQLITE_IOERR, not SQLITE_FULL, when the file may not grow
    // (a quota, a file size limit) or the disk filled between SQLite's checks. While an event is
    // written, that is what an I/O error almost always means, and the remedy is the same.
    if (code == SqliteIoError && m_writing)
        code = SqliteFull;
    const QString reason =
        error.databaseText().isEmpty() ? error.driverText() : error.databaseText();
    qCDebug(lcLedger).noquote() << "SQLite error" << error.nativeErrorCode() << reason;
    const QString folder = QFileInfo(m_path).absolutePath();
    switch (code) {
    case SqliteFull:
        fail(Problem::Cause::DiskFull,
            what + u' ' + tr("The disk is full, or the file may not grow any larger."),
            tr("Free some space on the disk that holds %1, then try again.").arg(folder));
        return;
    case SqliteReadOnly:
        fail(Problem::Cause::ReadOnly,
            what + u' ' + tr("The file or its folder cannot be written to."),
            tr("Make %1, the files beside it that start with the same name and its folder "
               "writable for your user, then start Workspace Connector again.")
                .arg(m_path));
        return;
    case SqliteNotADatabase:
    case SqliteCorrupt:
        fail(Problem::Cause::NotADatabase,
            what + u' ' + tr("The file is not an SQLite database, or it is damaged."),
            tr("Move %1 aside (keep it if you want to look into it); Workspace Connector then "
               "starts a new, empty ledger.")
                .arg(m_path));
        return;
    case SqliteBusy:
    case SqliteLocked:
        fail(Problem::Cause::Busy,
            what + u' '
                + tr("Another program kept it locked for more than %n second(s).", nullptr,
                    busyTimeoutMs / 1000),
            tr("Close other copies of Workspace Connector that use the same profile, then try "
               "again."));
        return;
    case SqliteCantOpen:
        fail(Problem::Cause::CannotCreate, what + u' ' + tr("SQLite cannot open the file."),
            tr("Make sure %1 is a folder you can write to and %2 a file you own, then start "
               "Workspace Connector again.")
                .arg(folder, m_path));
        return;
    case SqliteIoError:
        fail(Problem::Cause::Other,
            what + u' ' + tr("Reading or writing the disk failed (%1).").arg(reason),
            tr("Check that the disk that holds %1 has free space and no errors, then try again.")
                .arg(folder));
        return;
    default:
        break;
    }
    fail(Problem::Cause::Other, what + u' ' + tr("SQLite says: %1.").arg(reason),
        tr("Try again; if it happens again, move %1 aside and start Workspace Connector again.")
            .arg(m_path));
}

void Ledger::fail(Problem::Cause cause, const QString &explanation, const QString &advice)
{
    m_problem = Problem {cause, explanation, advice};
    if (cause != Problem::Cause::InvalidEvent)
        qCWarning(lcLedger).noquote() << explanation;
}

void Ledger::closeConnection()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
        database.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_open = false;
}
