// Tokens go to Bitbucket and nowhere else. A whole install runs in install-driver, a process of
// its own whose HOME, XDG_* folders and TMPDIR all lie in one fresh folder, with every logging
// category at debug level (Qt's own too). The test is the admin's browser, the stand-ins run in
// the test process. Afterwards every file in that folder (while the driver still has its ledger
// open, and again after it exited) and everything it printed are searched for each token Slack
// issued and for the app's secrets, in the forms they could take on the way out.

#include "InstallHarness.h"
#include "store/Ledger.h"

#include <algorithm>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

namespace {

const QString teamToConnect = QStringLiteral("T0SANDBOX02");

// One byte sequence to look for, and what it stands for (never the value itself).
struct Needle
{
    QString label;
    QByteArray bytes;
};

struct Hit
{
    QString where;
    QString label;
};

QByteArray base64Url(QByteArray base64)
{
    return base64.replace('+', '-').replace('/', '_');
}

// The forms a secret could be written in: as it is (UTF-8 and UTF-16), percent-encoded (as a
// URL or a form encodes it, and every byte), hex, and base64 and base64url at each of the three
// alignments it can have in a longer encoded text (only the groups made of its bytes alone).
QList<Needle> formsOf(const QString &label, const QString &secret)
{
    const QByteArray raw = secret.toUtf8();
    QList<Needle> forms {
        {label + QStringLiteral(" (as is)"), raw},
        {label + QStringLiteral(" (UTF-16)"),
            QByteArray(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2)},
        {label + QStringLiteral(" (percent-encoded)"), QUrl::toPercentEncoding(secret)},
        {label + QStringLiteral(" (hex)"), raw.toHex()},
    };
    QByteArray everyByte;
    for (const char byte : raw) {
        everyByte += '%';
        everyByte += QByteArray(1, byte).toHex().toUpper();
    }
    forms.append({label + QStringLiteral(" (every byte percent-encoded)"), everyByte});
    forms.append(
        {label + QStringLiteral(" (every byte percent-encoded, lower case)"), everyByte.toLower()});
    for (int offset = 0; offset < 3; ++offset) {
        const QByteArray encoded = QByteArray(QByteArray(offset, '\0') + raw).toBase64();
        const int skip = offset == 0 ? 0 : 4;
        const QByteArray middle = encoded.mid(skip, encoded.size() - skip - 4);
        forms.append({label + QStringLiteral(" (base64, offset %1)").arg(offset), middle});
        forms.append(
            {label + QStringLiteral(" (base64url, offset %1)").arg(offset), base64Url(middle)});
    }
    // Duplicates (a token percent-encodes to itself) are searched once.
    QList<Needle> unique;
    QSet<QByteArray> seen;
    for (const Needle &form : std::as_const(forms)) {
        if (!form.bytes.isEmpty() && !seen.contains(form.bytes)) {
            seen.insert(form.bytes);
            unique.append(form);
        }
    }
    return unique;
}

void searchBytes(const QByteArray &haystack, const QString &where, const QList<Needle> &needles,
    QList<Hit> *hits)
{
    for (const Needle &needle : needles) {
        if (haystack.contains(needle.bytes))
            hits->append({where, needle.label});
    }
}

struct FolderSearch
{
    QStringList files; // relative to the folder searched
    qint64 bytes = 0;
    QList<Hit> hits;
    QStringList unreadable;
};

// Every regular file under root, hidden ones too, read whole as bytes.
FolderSearch searchFolder(const QString &root, const QList<Needle> &needles)
{
    FolderSearch result;
    const QDir base(root);
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
        QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        if (info.isSymLink() || !info.isFile())
            continue;
        const QString relative = base.relativeFilePath(info.filePath());
        QFile file(info.filePath());
        if (!file.open(QIODevice::ReadOnly)) {
            result.unreadable.append(relative);
            continue;
        }
        const QByteArray content = file.readAll();
        result.files.append(relative);
        result.bytes += content.size();
        searchBytes(content, relative, needles, &result.hits);
    }
    result.files.sort();
    return result;
}

QString describe(const QList<Hit> &hits)
{
    QStringList lines;
    for (const Hit &hit : hits)
        lines.append(hit.label + QStringLiteral(" in ") + hit.where);
    return lines.join(QStringLiteral("; "));
}

bool copyTree(const QString &from, const QString &to)
{
    const QDir source(from);
    QDirIterator it(from, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
        QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        if (info.isSymLink() || !info.isFile())
            continue;
        const QString target = to + u'/' + source.relativeFilePath(info.filePath());
        if (!QDir().mkpath(QFileInfo(target).path()) || !QFile::copy(info.filePath(), target))
            return false;
    }
    return true;
}

bool appendTo(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return QDir().mkpath(QFileInfo(path).path()) && file.open(QIODevice::Append)
        && file.write(bytes) == bytes.size();
}

// install-driver, its output kept, killed if the test ends early.
class Driver
{
public:
    Driver()
    {
        QObject::connect(&process, &QProcess::readyReadStandardOutput, &process,
            [this] { standardOutput += process.readAllStandardOutput(); });
        QObject::connect(&process, &QProcess::readyReadStandardError, &process,
            [this] { standardError += process.readAllStandardError(); });
    }
    ~Driver()
    {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(5000);
        }
    }

    // The rest of the first line on stdout that starts with word and a space.
    QString line(const QString &word) const
    {
        const QString prefix = word + u' ';
        const QStringList lines = QString::fromUtf8(standardOutput).split(u'\n');
        for (const QString &candidate : lines) {
            if (candidate.startsWith(prefix))
                return candidate.mid(prefix.size()).trimmed();
        }
        return QString();
    }
    bool hasResult() const
    {
        return !line(QStringLiteral("CONNECTED")).isEmpty()
            || !line(QStringLiteral("FAILED")).isEmpty();
    }
    QString output() const
    {
        return QString::fromUtf8(standardOutput) + QStringLiteral("\n--- stderr (last 4000) ---\n")
            + QString::fromUtf8(standardError.right(4000));
    }

    QProcess process;
    QByteArray standardOutput;
    QByteArray standardError;
};

} // namespace

class TestTokenLeak : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noTokenOrSecretLeavesTheInstallButForBitbucket();
};

void TestTokenLeak::noTokenOrSecretLeavesTheInstallButForBitbucket()
{
    InstallHarness harness;
    QString error;
    QVERIFY2(harness.start(&error), qPrintable(error));
    const SlackSandboxApp app = harness.slack().app(SlackSandbox::healthyAppId());

    // The driver's whole world: one fresh folder. SETUP.json, which holds the app's secrets as
    // the keychain would, lies outside it.
    QTemporaryDir world;
    QTemporaryDir setupFolder;
    QVERIFY(world.isValid() && setupFolder.isValid());
    const QString root = world.path();
    const QDir rootDir(root);
    for (const char *folder : {"home", "config", "data", "cache", "runtime", "tmp"})
        QVERIFY(rootDir.mkpath(QLatin1String(folder)));
    QVERIFY(QFile::setPermissions(rootDir.filePath(QStringLiteral("runtime")),
        QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));

    const QJsonObject setup {
        {QStringLiteral("bitbucketUrl"), harness.bitbucket().baseUrl().toString()},
        {QStringLiteral("caBundle"), harness.bitbucket().caBundlePath()},
        {QStringLiteral("adminUser"), BitbucketSandbox::adminUser()},
        {QStringLiteral("adminPassword"), BitbucketSandbox::adminPassword()},
        {QStringLiteral("slackApiBase"), harness.slack().apiBase().toString()},
        {QStringLiteral("slackAuthorizeUrl"), harness.slack().authorizeUrl().toString()},
        {QStringLiteral("appId"), app.id},
        {QStringLiteral("clientId"), app.clientId},
        {QStringLiteral("clientSecret"), app.clientSecret},
        {QStringLiteral("signingSecret"), app.signingSecret},
        {QStringLiteral("verificationToken"), app.verificationToken},
        {QStringLiteral("loopbackPort"), int(harness.loopbackPort())},
        {QStringLiteral("teamId"), teamToConnect},
        {QStringLiteral("manifest"), harness.slack().manifest(app.id)},
        {QStringLiteral("holdAfterResult"), true},
        {QStringLiteral("timeoutSeconds"), 120},
    };
    const QString setupPath = setupFolder.filePath(QStringLiteral("SETUP.json"));
    {
        QFile file(setupPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write(QJsonDocument(setup).toJson()) > 0);
    }

    Driver driver;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), rootDir.filePath(QStringLiteral("home")));
    environment.insert(
        QStringLiteral("XDG_CONFIG_HOME"), rootDir.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), rootDir.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), rootDir.filePath(QStringLiteral("cache")));
    environment.insert(
        QStringLiteral("XDG_RUNTIME_DIR"), rootDir.filePath(QStringLiteral("runtime")));
    environment.insert(QStringLiteral("TMPDIR"), rootDir.filePath(QStringLiteral("tmp")));
    // Everything, Qt's own categories included, on stderr, each line with its level and category.
    environment.remove(QStringLiteral("QT_LOGGING_CONF"));
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
    environment.insert(QStringLiteral("QT_FORCE_STDERR_LOGGING"), QStringLiteral("1"));
    environment.insert(
        QStringLiteral("QT_MESSAGE_PATTERN"), QStringLiteral("%{type} %{category}: %{message}"));
    driver.process.setProcessEnvironment(environment);
    driver.process.setWorkingDirectory(rootDir.filePath(QStringLiteral("home")));
    driver.process.start(QStringLiteral(INSTALL_DRIVER), {setupPath});
    QVERIFY2(driver.process.waitForStarted(10000), qPrintable(driver.process.errorString()));

    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     return !driver.line(QStringLiteral("AUTHORIZE")).isEmpty()
                         || driver.hasResult() || driver.process.state() == QProcess::NotRunning;
                 },
                 30000),
        qPrintable(driver.output()));
    const QUrl authorizeUrl = QUrl::fromEncoded(driver.line(QStringLiteral("AUTHORIZE")).toUtf8());
    QVERIFY2(authorizeUrl.isValid(), qPrintable(driver.output()));

    // The loopback certificate is where the program keeps it: under XDG_DATA_HOME.
    const QString appData =
        rootDir.filePath(QStringLiteral("data/WorkspaceConnector/workspace-connector"));
    const QString certificatePath = appData + QStringLiteral("/loopback/loopback-certificate.pem");
    QCOMPARE(driver.line(QStringLiteral("CERTIFICATE")), certificatePath);
    const QList<QSslCertificate> loopbackCertificates = QSslCertificate::fromPath(certificatePath);
    QCOMPARE(loopbackCertificates.size(), 1);

    SandboxBrowser browser(QSslCertificate::fromPath(harness.bitbucket().caBundlePath()));
    browser.setExtraCertificate(loopbackCertificates.constFirst());
    const SandboxBrowser::Page screen = browser.open(authorizeUrl);
    QVERIFY2(browser.hasScreen(), screen.body.constData());
    QCOMPARE(browser.selectedTeamId(), teamToConnect);
    const SandboxBrowser::Page back = browser.allow();
    QVERIFY2(back.status == 200,
        qPrintable(
            QStringLiteral("%1 %2 %3").arg(back.status).arg(back.errorString, driver.output())));
    QCOMPARE(back.url.host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(back.url.port(), int(harness.loopbackPort()));

    QVERIFY2(
        QTest::qWaitFor(
            [&] { return driver.hasResult() || driver.process.state() == QProcess::NotRunning; },
            60000),
        qPrintable(driver.output()));
    QVERIFY2(
        driver.line(QStringLiteral("CONNECTED")) == teamToConnect, qPrintable(driver.output()));
    // The tokens did reach Bitbucket: the stand-in validated them with Slack before linking.
    QVERIFY(harness.bitbucket().linkedTeamIds().contains(teamToConnect));

    // What must not be found: every token Slack issued (also its random tail alone, in case a
    // prefix was cut off), the app's secrets and the Bitbucket password.
    const QStringList tokens = harness.slack().installations().issuedTokens();
    QVERIFY(std::any_of(tokens.cbegin(), tokens.cend(),
        [](const QString &token) { return token.startsWith(QLatin1String("xoxb-")); }));
    QVERIFY(std::any_of(tokens.cbegin(), tokens.cend(),
        [](const QString &token) { return token.startsWith(QLatin1String("xoxp-")); }));
    QList<Needle> needles;
    for (int i = 0; i < tokens.size(); ++i) {
        const QString name = QStringLiteral("%1 token %2").arg(tokens.at(i).left(4)).arg(i);
        needles += formsOf(name, tokens.at(i));
        needles += formsOf(name + QStringLiteral(" tail"), tokens.at(i).right(20));
    }
    needles += formsOf(QStringLiteral("client secret"), app.clientSecret);
    needles += formsOf(QStringLiteral("signing secret"), app.signingSecret);
    needles += formsOf(QStringLiteral("verification token"), app.verificationToken);
    needles += formsOf(QStringLiteral("Bitbucket password"), BitbucketSandbox::adminPassword());

    const QString ledgerFile =
        QStringLiteral("data/WorkspaceConnector/workspace-connector/ledger.sqlite");
    const QString settingsFile =
        QStringLiteral("config/WorkspaceConnector/workspace-connector.conf");
    const QStringList programFiles {ledgerFile, settingsFile,
        QStringLiteral(
            "data/WorkspaceConnector/workspace-connector/loopback/loopback-certificate.pem"),
        QStringLiteral("data/WorkspaceConnector/workspace-connector/loopback/loopback-key.pem")};

    // While the driver still runs with its ledger open: the write-ahead log and shared memory
    // file are there.
    QVERIFY(driver.process.state() == QProcess::Running);
    const FolderSearch running = searchFolder(root, needles);
    QVERIFY2(running.hits.isEmpty(), qPrintable(describe(running.hits)));
    QVERIFY2(running.unreadable.isEmpty(), qPrintable(running.unreadable.join(u' ')));
    for (const QString &file : programFiles
            + QStringList {
                ledgerFile + QStringLiteral("-wal"), ledgerFile + QStringLiteral("-shm")})
        QVERIFY2(running.files.contains(file),
            qPrintable(file + QStringLiteral(" not among: ") + running.files.join(u' ')));

    // And after it exited.
    driver.process.closeWriteChannel();
    QVERIFY2(QTest::qWaitFor([&] { return driver.process.state() == QProcess::NotRunning; }, 15000),
        qPrintable(driver.output()));
    QVERIFY2(driver.process.exitStatus() == QProcess::NormalExit && driver.process.exitCode() == 0,
        qPrintable(driver.output()));
    driver.standardOutput += driver.process.readAllStandardOutput();
    driver.standardError += driver.process.readAllStandardError();
    const FolderSearch finished = searchFolder(root, needles);
    QVERIFY2(finished.hits.isEmpty(), qPrintable(describe(finished.hits)));
    for (const QString &file : programFiles)
        QVERIFY2(finished.files.contains(file),
            qPrintable(file + QStringLiteral(" not among: ") + finished.files.join(u' ')));

    // Everything it printed, with debug lines of the program's and of Qt's categories.
    const QByteArray log = driver.standardOutput + driver.standardError;
    QList<Hit> logHits;
    searchBytes(log, QStringLiteral("the driver's output"), needles, &logHits);
    QVERIFY2(logHits.isEmpty(), qPrintable(describe(logHits)));
    QVERIFY2(driver.standardError.contains("debug connector.ledger: opened"),
        driver.standardError.right(2000).constData());
    QVERIFY2(driver.standardError.contains("debug connector.loopback:"),
        driver.standardError.right(2000).constData());
    QVERIFY2(QRegularExpression(
                 QStringLiteral("^debug qt\\.[a-z.]+: "), QRegularExpression::MultilineOption)
                 .match(QString::fromUtf8(driver.standardError))
                 .hasMatch(),
        driver.standardError.right(2000).constData());

    // The negative control: the same search finds what is planted in a copy of the folder.
    QTemporaryDir copy;
    QVERIFY(copy.isValid());
    QVERIFY(copyTree(root, copy.path()));
    {
        // The copied ledger holds the install: the search read the ledger the driver wrote.
        Ledger ledger(copy.filePath(ledgerFile));
        QVERIFY(ledger.open());
        const auto events = ledger.eventsOfTeam(teamToConnect);
        QVERIFY(events);
        QCOMPARE(events->size(), 1);
        QCOMPARE(events->constFirst().outcome, Ledger::Outcome::Succeeded);
    }
    const QString botToken = *std::find_if(tokens.cbegin(), tokens.cend(),
        [](const QString &token) { return token.startsWith(QLatin1String("xoxb-")); });
    const QString planted = QStringLiteral("cache/deep/inside/planted.bin");
    QVERIFY(appendTo(copy.filePath(planted),
        QByteArray("\x00\x01\xff", 3)
            + QByteArray("Authorization: Bearer " + botToken.toUtf8()).toBase64()
            + QByteArray("\xfe\x00", 2)));
    QVERIFY(appendTo(copy.filePath(settingsFile), "\nleak=" + app.clientSecret.toUtf8() + '\n'));
    const FolderSearch control = searchFolder(copy.path(), needles);
    QSet<QString> hitFiles;
    for (const Hit &hit : control.hits)
        hitFiles.insert(hit.where);
    QCOMPARE(hitFiles, (QSet<QString> {planted, settingsFile}));
    QVERIFY2(std::any_of(control.hits.cbegin(), control.hits.cend(),
                 [&](const Hit &hit) {
                     return hit.where == planted && hit.label.contains(QLatin1String("base64"));
                 }),
        qPrintable(describe(control.hits)));
    QList<Hit> controlLogHits;
    searchBytes(log + "token=" + QUrl::toPercentEncoding(tokens.constLast()), QStringLiteral("log"),
        needles, &controlLogHits);
    QVERIFY(!controlLogHits.isEmpty());
}

QTEST_GUILESS_MAIN(TestTokenLeak)
#include "tst_tokenleak.moc"
