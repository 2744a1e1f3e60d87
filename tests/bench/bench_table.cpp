// The connected-workspaces table with many workspaces: the model's load (a merge into an empty
// model), the first paint of a WorkspacesView showing it, a sort by name and by status (as a
// header click does it), a filter keystroke (one more character typed into the filter box, and
// deleted again) and the peak memory. Every timed step includes the repaint that follows it, as
// the person waiting for the table sees it. Prints the figures with their targets; asserts
// nothing (speed is measured here, not tested).
//
// usage: bench_table [WORKSPACES [RUNS]]   (default 10000 7; offscreen unless QT_QPA_PLATFORM
// says otherwise)

#include "WorkspacesView.h"
#include "workspaces/WorkspaceTableModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QRandomGenerator>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

namespace {

using Model = WorkspaceTableModel;

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// A line of /proc/self/status in kilobytes ("VmHWM", "VmRSS"), or -1 where there is none.
long procStatusKb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// Watches a widget for the end of its next paint.
class PaintWatch : public QObject
{
public:
    explicit PaintWatch(QWidget *widget)
        : m_widget(widget)
    {
        widget->installEventFilter(this);
    }

    void arm() { m_painted = false; }

    // Runs the event loop until the widget has painted once since arm(). False on a timeout.
    bool wait(int timeoutMs = 10000)
    {
        QElapsedTimer timer;
        timer.start();
        while (!m_painted && timer.elapsed() < timeoutMs)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        return m_painted;
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_widget && event->type() == QEvent::Paint)
            m_painted = true;
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget *m_widget;
    bool m_painted = false;
};

// Slack-like ids: a letter, then upper-case letters and digits.
QString slackId(QChar first, QRandomGenerator &random, int length = 10)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    QString id(first);
    for (int i = 1; i < length; ++i)
        id += QLatin1Char(alphabet[random.bounded(int(sizeof alphabet) - 1)]);
    return id;
}

template<typename T, std::size_t N>
const T &pick(const T (&list)[N], QRandomGenerator &random)
{
    return list[random.bounded(int(N))];
}

struct TableData
{
    QList<LinkSummary> links;
    QList<Ledger::Event> events;
    QStringList requestedBot;
    QStringList requestedUser;
};

// What Bitbucket lists and what the ledger recorded for `count` workspaces, as a big
// organisation would have them: names made of a company, a team and sometimes a number, a
// quarter in one enterprise grid, installs by a handful of admins over two years, most verified
// since, some with older grants that lack a scope the manifest now asks for, a few the ledger
// never saw and a few Bitbucket no longer has.
TableData makeData(int count)
{
    static const char *const companies[] = {"Acme", "Globex", "Initech", "Umbrella", "Hooli",
        "Stark", "Wayne", "Wonka", "Tyrell", "Cyberdyne", "Soylent", "Aperture", "Massive Dynamic",
        "Vandelay", "Pied Piper", "Oscorp", "Gringotts", "Monarch", "Nakatomi", "Dunder Mifflin"};
    static const char *const teams[] = {"Engineering", "Design", "Support", "Sales", "Platform",
        "Mobile", "Data", "Security", "Infrastructure", "Marketing", "Finance", "Legal", "QA",
        "Research", "Operations", "Frontend", "Backend", "Release", "Docs", "Partners"};
    static const char *const admins[] = {"Ada Lovelace", "Grace Hopper", "Alan Turing",
        "Margaret Hamilton", "Linus Torvalds", "Barbara Liskov", "Ken Thompson", "Frances Allen"};
    static const char *const statuses[] = {"connected", "connected", "connected", "connected",
        "connected", "connected", "limited", "oauth-failure", "not-connected", "unknown"};

    TableData data;
    data.requestedBot = QStringList {QStringLiteral("app_mentions:read"),
        QStringLiteral("channels:read"), QStringLiteral("chat:write"), QStringLiteral("commands"),
        QStringLiteral("groups:read"), QStringLiteral("im:history"), QStringLiteral("im:read"),
        QStringLiteral("im:write"), QStringLiteral("links:read"), QStringLiteral("links:write"),
        QStringLiteral("team:read"), QStringLiteral("users:read"),
        QStringLiteral("users:read.email")};
    data.requestedUser = QStringList {QStringLiteral("links:read"), QStringLiteral("users:read")};
    QStringList olderBot = data.requestedBot;
    olderBot.removeAll(QStringLiteral("users:read.email"));

    QRandomGenerator random(20240501);
    QStringList adminIds;
    for (std::size_t i = 0; i < std::size(admins); ++i)
        adminIds << slackId(u'U', random, 11);
    QStringList enterpriseIds;
    for (std::size_t i = 0; i < std::size(companies); ++i)
        enterpriseIds << slackId(u'E', random, 11);

    const QDateTime start(QDate(2023, 1, 9), QTime(9, 0), Qt::UTC);
    qint64 nextEventId = 1;
    data.links.reserve(count);
    data.events.reserve(count * 3);
    for (int i = 0; i < count; ++i) {
        const QString teamId = slackId(u'T', random, 11);
        const int company = random.bounded(int(std::size(companies)));
        QString name = QString::fromLatin1(companies[company]) + u' '
            + QString::fromLatin1(pick(teams, random));
        if (random.bounded(3) == 0)
            name += u' ' + QString::number(random.bounded(1, 100));
        const bool inGrid = random.bounded(4) == 0;

        const bool inBitbucket = random.bounded(100) != 0; // 1% the ledger alone remembers
        if (inBitbucket) {
            LinkSummary link;
            link.teamId = teamId;
            link.teamName = name;
            link.botUserId = slackId(u'U', random, 11);
            link.botUserName = QStringLiteral("bitbucket");
            link.appConfigurationUrl = QStringLiteral("https://api.slack.com/apps/A0SANDBOX01");
            data.links << link;
        }
        if (inBitbucket && random.bounded(20) == 0)
            continue; // 5% connected by other means: the ledger never saw them

        const int admin = random.bounded(int(std::size(admins)));
        Ledger::Event install;
        install.id = nextEventId++;
        install.time = start.addSecs(qint64(random.bounded(700 * 24)) * 3600);
        install.kind = Ledger::Kind::Install;
        install.appId = QStringLiteral("A0SANDBOX01");
        install.teamId = teamId;
        install.teamName = name;
        if (inGrid) {
            install.enterpriseId = enterpriseIds.at(company);
            install.enterpriseName = QString::fromLatin1(companies[company]) + u" Grid";
        }
        install.installerUserId = adminIds.at(admin);
        install.installerName = QString::fromLatin1(admins[admin]);
        install.botScopes = random.bounded(10) == 0 ? olderBot : data.requestedBot;
        install.userScopes = data.requestedUser;
        if (random.bounded(10) == 0) { // a failed attempt first
            Ledger::Event failed = install;
            failed.id = nextEventId++;
            failed.time = install.time.addSecs(-600);
            failed.outcome = Ledger::Outcome::Failed;
            failed.detail = QStringLiteral("access_denied");
            data.events << failed;
        }
        data.events << install;
        if (random.bounded(10) < 7) {
            Ledger::Event verification;
            verification.id = nextEventId++;
            verification.time = install.time.addSecs(qint64(random.bounded(1, 2000)) * 3600);
            verification.kind = Ledger::Kind::Verification;
            verification.appId = install.appId;
            verification.teamId = teamId;
            verification.detail = QString::fromLatin1(pick(statuses, random));
            data.events << verification;
        }
    }
    return data;
}

struct Figure
{
    const char *what;
    double ms;
    const char *target;
};

void print(const Figure &figure)
{
    std::printf("  %-40s %8.2f ms   (target: %s)\n", figure.what, figure.ms, figure.target);
}

// The offscreen platform says at every show that it cannot pass size hints on; that is noise
// among the figures.
QtMessageHandler defaultHandler = nullptr;

void quieterMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(QLatin1String("does not support propagateSizeHints")))
        return;
    defaultHandler(type, context, message);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const long peakAtStart = procStatusKb("VmHWM");
    defaultHandler = qInstallMessageHandler(quieterMessages);
    QApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const int count = arguments.size() > 1 ? std::max(1, arguments.at(1).toInt()) : 10000;
    const int runs = arguments.size() > 2 ? std::max(1, arguments.at(2).toInt()) : 7;

    const long peakWithApp = procStatusKb("VmHWM");
    const TableData data = makeData(count);
    const long peakWithData = procStatusKb("VmHWM");

    // Model load: a merge into an empty model, the first thing a start with a full Bitbucket
    // does. The last model stays for the view.
    std::unique_ptr<Model> model;
    std::vector<double> loads;
    for (int run = 0; run < runs; ++run) {
        model = std::make_unique<Model>();
        model->setRequestedScopes(data.requestedBot, data.requestedUser);
        QElapsedTimer timer;
        timer.start();
        model->merge(data.links, data.events);
        loads.push_back(elapsedMs(timer));
    }
    const long peakWithModel = procStatusKb("VmHWM");

    // First paint: a view made, shown and painted (the table's viewport), with no saved columns.
    QTemporaryDir home;
    const QString settingsPath = home.filePath(QStringLiteral("bench.ini"));
    std::vector<double> firstPaints;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<WorkspacesView> view;
    for (int run = 0; run < runs; ++run) {
        view.reset();
        settings.reset();
        QFile::remove(settingsPath);
        settings = std::make_unique<QSettings>(settingsPath, QSettings::IniFormat);
        QElapsedTimer timer;
        timer.start();
        view = std::make_unique<WorkspacesView>(model.get(), settings.get());
        PaintWatch watch(view->tableView()->viewport());
        view->resize(1180, 640);
        view->show();
        if (!watch.wait()) {
            std::fprintf(stderr, "bench_table: the table was never painted\n");
            return 1;
        }
        firstPaints.push_back(elapsedMs(timer));
    }
    const long peakWithView = procStatusKb("VmHWM");

    QTableView *table = view->tableView();
    PaintWatch paints(table->viewport());
    // One timed step: the action, then the event loop until the table has painted again. A
    // keystroke that changes no row needs no repaint; each one asks for one anyway, so every
    // keystroke figure includes exactly one repaint, as the others do.
    auto timed = [&](const std::function<void()> &action) {
        paints.arm();
        QElapsedTimer timer;
        timer.start();
        action();
        if (!paints.wait())
            std::fprintf(stderr, "bench_table: no repaint after a step\n");
        return elapsedMs(timer);
    };

    // The repaint alone, which every step below includes: what is left is the step's own cost.
    std::vector<double> repaints;
    for (int run = 0; run < runs; ++run)
        repaints.push_back(timed([&] { table->viewport()->update(); }));

    // A sort as a header click does it (sortByColumn is what the click calls); the order
    // flips at every run, so every run sorts anew.
    auto sortTimes = [&](int column) {
        std::vector<double> times;
        for (int run = 0; run < runs; ++run) {
            QHeaderView *header = table->horizontalHeader();
            const bool again = header->sortIndicatorSection() == column;
            const Qt::SortOrder order = again && header->sortIndicatorOrder() == Qt::AscendingOrder
                ? Qt::DescendingOrder
                : Qt::AscendingOrder;
            times.push_back(timed([&] { table->sortByColumn(column, order); }));
        }
        return median(times);
    };
    const double sortByName = sortTimes(Model::NameColumn);
    const double sortByStatus = sortTimes(Model::StatusColumn);
    table->sortByColumn(Model::NameColumn, Qt::AscendingOrder);

    // Filter keystrokes, typed as key presses into the focused filter box: the first
    // character (nearly every row still matches), one more character narrowing a word (from a
    // few hundred rows to a few dozen), and Backspace deleting each again.
    QLineEdit *filter = view->filterEdit();
    view->activateWindow();
    filter->setFocus();
    std::vector<double> firstKey, firstDelete, moreKey, moreDelete;
    int matchFirst = 0, matchMore = 0;
    for (int run = 0; run < runs; ++run) {
        filter->clear();
        QCoreApplication::processEvents();
        firstKey.push_back(timed([&] {
            QTest::keyClick(filter, Qt::Key_E);
            table->viewport()->update();
        }));
        matchFirst = view->proxy()->rowCount();
        firstDelete.push_back(timed([&] {
            QTest::keyClick(filter, Qt::Key_Backspace);
            table->viewport()->update();
        }));

        filter->setText(QStringLiteral("hooli "));
        QCoreApplication::processEvents();
        moreKey.push_back(timed([&] {
            QTest::keyClick(filter, Qt::Key_S);
            table->viewport()->update();
        }));
        matchMore = view->proxy()->rowCount();
        moreDelete.push_back(timed([&] {
            QTest::keyClick(filter, Qt::Key_Backspace);
            table->viewport()->update();
        }));
    }
    filter->clear();
    QCoreApplication::processEvents();
    const long peakAtEnd = procStatusKb("VmHWM");

    std::printf("table: %d workspaces (%lld links, %lld ledger events), %d runs each, median, "
                "platform %s\n",
        model->rowCount(), qlonglong(data.links.size()), qlonglong(data.events.size()), runs,
        qPrintable(QGuiApplication::platformName()));
    const double load = median(loads);
    const double paint = median(firstPaints);
    print({"model load (merge into an empty model)", load, "-"});
    print({"first paint of the view", paint, "-"});
    print({"load and first paint", load + paint, "under 150 ms"});
    print({"a repaint of the table alone (for scale)", median(repaints), "-"});
    print({"sort by name", sortByName, "under 100 ms"});
    print({"sort by status", sortByStatus, "under 100 ms"});
    std::printf("  filter keystrokes (the table repainted after each):\n");
    const QByteArray first = QStringLiteral("\"\" + \"e\" (%1 match)").arg(matchFirst).toUtf8();
    const QByteArray more = QStringLiteral("\"hooli \" + \"s\" (%1 match)").arg(matchMore).toUtf8();
    print({first.constData(), median(firstKey), "under 16 ms"});
    print({"  and Backspace", median(firstDelete), "under 16 ms"});
    print({more.constData(), median(moreKey), "under 16 ms"});
    print({"  and Backspace", median(moreDelete), "under 16 ms"});
    std::printf("  peak memory (VmHWM): %.1f MB at start, %.1f MB with QApplication, "
                "%.1f MB with the data,\n"
                "    %.1f MB with the model, %.1f MB with the view shown, %.1f MB at the end\n",
        peakAtStart / 1024.0, peakWithApp / 1024.0, peakWithData / 1024.0, peakWithModel / 1024.0,
        peakWithView / 1024.0, peakAtEnd / 1024.0);
    std::printf("  peak memory the table adds: %.1f MB (end minus with QApplication)\n",
        (peakAtEnd - peakWithApp) / 1024.0);
    return 0;
}
