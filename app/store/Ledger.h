#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QSqlError;

// The local record of what this program did to workspaces: installs, access updates, removals
// and verifications, one event each, in an SQLite database (QtSql, QSQLITE) readable by the owner
// only. It holds no tokens or secrets: no field takes one, identifiers and scopes are checked
// for their shape, and names and the detail text pass through Redactor before they are written.
//
// Every event is written in a transaction of its own and fsync'ed (WAL, synchronous=FULL), so an
// event that record() reported survives a crash. A Ledger belongs to the thread that created it.
class Ledger
{
    Q_DECLARE_TR_FUNCTIONS(Ledger)

public:
    enum class Kind { Install, AccessUpdate, Removal, Verification };
    enum class Outcome { Succeeded, Failed };

    struct Event
    {
        qint64 id = 0; // given by record(); ignored when recording
        QDateTime time; // UTC; record() uses the current time when it is not valid
        Kind kind = Kind::Install;
        Outcome outcome = Outcome::Succeeded;
        QString appId; // Slack ids: upper-case letters and digits, or empty when not known
        QString teamId;
        QString teamName;
        QString enterpriseId;
        QString enterpriseName;
        QString installerUserId;
        QString installerName;
        QStringList botScopes; // granted
        QStringList userScopes; // granted
        QStringList missingBotScopes; // asked for and not granted
        QStringList missingUserScopes;
        QString detail; // a Slack error code or a short message; at most maxDetailLength

        bool operator==(const Event &other) const;
        bool operator!=(const Event &other) const { return !(*this == other); }
    };

    // Why the last operation failed, for the person: what failed and what to do next.
    struct Problem
    {
        enum class Cause {
            None,
            CannotCreate, // the folder or the file cannot be created
            ReadOnly, // the folder, the file or the file system does not allow writing
            DiskFull,
            NotADatabase, // the file is something else, or damaged beyond reading
            NewerSchema, // written by a newer version of this program; left untouched
            Busy, // another program held the database longer than the busy timeout
            InvalidEvent, // the event holds a value that may not be stored (a caller's mistake)
            Other,
        };
        Cause cause = Cause::None;
        QString explanation; // translated
        QString advice; // translated
    };

    static constexpr int schemaVersion = 2;
    static constexpr int maxDetailLength = 500;
    static constexpr int busyTimeoutMs = 5000;

    // <AppDataLocation>/ledger.sqlite, or ledger-<profile>.sqlite for a named profile.
    static QString defaultPath(const QString &profileName = QString());

    explicit Ledger(const QString &path = defaultPath());
    ~Ledger();
    Ledger(const Ledger &) = delete;
    Ledger &operator=(const Ledger &) = delete;

    QString path() const { return m_path; }

    // Creates the folder (0700) and the file (0600) when missing, sets up the connection and
    // brings the schema up to date. False when that failed; problem() says why.
    bool open();
    bool isOpen() const { return m_open; }

    // Writes one event and returns its id once the transaction is committed; nothing when it
    // was not, and problem() says why.
    std::optional<qint64> record(const Event &event);

    // Newest first. Nothing when the database could not be read; problem() says why.
    std::optional<QList<Event>> events();
    std::optional<QList<Event>> eventsOfTeam(const QString &teamId);
    // The newest event of every team the ledger knows, newest first.
    std::optional<QList<Event>> latestPerTeam();
    // The newest event of one kind (for example each team's last verification), newest first.
    std::optional<QList<Event>> latestPerTeam(Kind kind);
    // The newest event of that kind and outcome per team: the last successful install, say,
    // which a later failed attempt does not hide.
    std::optional<QList<Event>> latestPerTeam(Kind kind, Outcome outcome);

    Problem problem() const { return m_problem; }

    static QString kindName(Kind kind); // "install", "access-update", "removal", "verification"
    static QString outcomeName(Outcome outcome); // "succeeded", "failed"

private:
    bool prepareFile();
    bool openConnection();
    bool migrate();
    bool applyMigration(int version);
    std::optional<QList<Event>> select(const QString &sql, const QStringList &values);
    bool checkEvent(const Event &event);
    void fail(const QSqlError &error, const QString &what);
    void fail(Problem::Cause cause, const QString &explanation, const QString &advice);
    void closeConnection();

    QString m_path;
    QString m_connectionName;
    bool m_open = false;
    bool m_writing = false; // record() is writing an event
    Problem m_problem;
};
