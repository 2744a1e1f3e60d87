#include "loopback/LoopbackCertificate.h"
#include "tls/CertificateFactory.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include <sys/stat.h>

namespace {

// The permission bits exactly as the file system has them (QFile::permissions() mixes in the
// current user's access).
int modeOf(const QString &path)
{
    struct stat status
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return -1;
    return int(status.st_mode & 07777);
}

bool setMode(const QString &path, int mode)
{
    return ::chmod(QFile::encodeName(path).constData(), mode_t(mode)) == 0;
}

bool writeFile(const QString &path, const QByteArray &data, int mode = 0600)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size()
        && file.flush() && setMode(path, mode);
}

CertificateFactory::GeneratedCertificate makePair(const QDateTime &notBefore,
    const QDateTime &notAfter, const QStringList &dnsNames = {QStringLiteral("localhost")},
    const QList<QHostAddress> &addresses = {QHostAddress(QHostAddress::LocalHost)})
{
    return CertificateFactory::createSelfSigned(
        {QStringLiteral("localhost"), dnsNames, addresses, notBefore, notAfter});
}

CertificateFactory::GeneratedCertificate currentPair()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return makePair(now.addDays(-1), now.addDays(30));
}

} // namespace

class TestLoopbackCertificate : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void createdOnFirstUse();
    void reusedOnSecondUse();
    void namesLocalhostAndLoopbackAddress();
    void fingerprintIsColonSeparatedSha256();
    void existingFolderIsTightened();
    void keyReadableByOthersIsReplaced_data();
    void keyReadableByOthersIsReplaced();
    void brokenKeptPairIsReplaced_data();
    void brokenKeptPairIsReplaced();
    void folderThatIsAFileIsReported();

    void suppliedPairIsUsed();
    void suppliedChainIsKept();
    void suppliedPairIsRefused_data();
    void suppliedPairIsRefused();

private:
    std::unique_ptr<QTemporaryDir> m_temporary;
    QString m_folder;
};

void TestLoopbackCertificate::init()
{
    m_temporary = std::make_unique<QTemporaryDir>();
    QVERIFY(m_temporary->isValid());
    // Not there yet: loadOrCreate makes it, with any missing parents.
    m_folder = m_temporary->filePath(QStringLiteral("config/loopback"));
}

void TestLoopbackCertificate::createdOnFirstUse()
{
    QString error;
    const LoopbackCertificate made = LoopbackCertificate::loadOrCreate(m_folder, &error);
    QVERIFY2(!made.isNull(), qPrintable(error));
    QVERIFY(error.isEmpty());
    QVERIFY(made.wasCreated());

    const QString keyPath = QDir(m_folder).filePath(LoopbackCertificate::keyFileName());
    const QString certificatePath =
        QDir(m_folder).filePath(LoopbackCertificate::certificateFileName());
    QCOMPARE(modeOf(m_folder), 0700);
    QCOMPARE(modeOf(keyPath), 0600);
    QVERIFY(QFile::exists(certificatePath));
    QVERIFY(!QFile::exists(keyPath + QStringLiteral(".new")));

    // What is on disk is what was returned.
    QFile certificateFile(certificatePath);
    QVERIFY(certificateFile.open(QIODevice::ReadOnly));
    QCOMPARE(QSslCertificate(certificateFile.readAll(), QSsl::Pem), made.certificate());
    QFile keyFile(keyPath);
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    QCOMPARE(QSslKey(keyFile.readAll(), QSsl::Ec, QSsl::Pem, QSsl::PrivateKey), made.privateKey());

    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(made.certificate().effectiveDate() <= now);
    QVERIFY(made.notAfter() > now.addYears(LoopbackCertificate::validityYears).addDays(-2));
    QVERIFY(made.notAfter() <= now.addYears(LoopbackCertificate::validityYears).addDays(1));
    QVERIFY(made.certificate().isSelfSigned());
}

void TestLoopbackCertificate::reusedOnSecondUse()
{
    const LoopbackCertificate first = LoopbackCertificate::loadOrCreate(m_folder);
    QVERIFY(!first.isNull());
    QString error;
    const LoopbackCertificate second = LoopbackCertificate::loadOrCreate(m_folder, &error);
    QVERIFY2(!second.isNull(), qPrintable(error));
    QVERIFY(!second.wasCreated());
    QCOMPARE(second.certificate(), first.certificate());
    QCOMPARE(second.privateKey(), first.privateKey());
    QCOMPARE(second.sha256Fingerprint(), first.sha256Fingerprint());
    QCOMPARE(modeOf(QDir(m_folder).filePath(LoopbackCertificate::keyFileName())), 0600);
}

void TestLoopbackCertificate::namesLocalhostAndLoopbackAddress()
{
    const LoopbackCertificate made = LoopbackCertificate::loadOrCreate(m_folder);
    QVERIFY(!made.isNull());
    const auto names = made.certificate().subjectAlternativeNames();
    QCOMPARE(names.values(QSsl::DnsEntry), QList<QString> {QStringLiteral("localhost")});
    QCOMPARE(names.values(QSsl::IpAddressEntry), QList<QString> {QStringLiteral("127.0.0.1")});
    QCOMPARE(made.certificateChain().size(), 1);
}

void TestLoopbackCertificate::fingerprintIsColonSeparatedSha256()
{
    const LoopbackCertificate made = LoopbackCertificate::loadOrCreate(m_folder);
    const QString fingerprint = made.sha256Fingerprint();
    static const QRegularExpression form(QStringLiteral("^([0-9A-F]{2}:){31}[0-9A-F]{2}$"));
    QVERIFY2(form.match(fingerprint).hasMatch(), qPrintable(fingerprint));
    const QByteArray digest = made.certificate().digest(QCryptographicHash::Sha256);
    QCOMPARE(QByteArray::fromHex(fingerprint.toLatin1().replace(':', "")), digest);

    QVERIFY(LoopbackCertificate().sha256Fingerprint().isEmpty());
    QVERIFY(LoopbackCertificate().isNull());
}

void TestLoopbackCertificate::existingFolderIsTightened()
{
    QVERIFY(QDir().mkpath(m_folder));
    QVERIFY(setMode(m_folder, 0755));
    QVERIFY(!LoopbackCertificate::loadOrCreate(m_folder).isNull());
    QCOMPARE(modeOf(m_folder), 0700);
}

void TestLoopbackCertificate::keyReadableByOthersIsReplaced_data()
{
    QTest::addColumn<int>("mode");
    QTest::newRow("world-readable") << 0644;
    QTest::newRow("group-readable") << 0640;
    QTest::newRow("group-writable") << 0620;
    QTest::newRow("world-everything") << 0666;
}

void TestLoopbackCertificate::keyReadableByOthersIsReplaced()
{
    QFETCH(int, mode);
    const LoopbackCertificate first = LoopbackCertificate::loadOrCreate(m_folder);
    QVERIFY(!first.isNull());
    const QString keyPath = QDir(m_folder).filePath(LoopbackCertificate::keyFileName());
    QVERIFY(setMode(keyPath, mode));

    QString error;
    const LoopbackCertificate second = LoopbackCertificate::loadOrCreate(m_folder, &error);
    QVERIFY2(!second.isNull(), qPrintable(error));
    // The old key may have been read by someone else: a new pair, not just a chmod.
    QVERIFY(second.wasCreated());
    QVERIFY(second.privateKey() != first.privateKey());
    QVERIFY(second.sha256Fingerprint() != first.sha256Fingerprint());
    QCOMPARE(modeOf(keyPath), 0600);
}

void TestLoopbackCertificate::brokenKeptPairIsReplaced_data()
{
    QTest::addColumn<QString>("fault");
    QTest::newRow("key missing") << QStringLiteral("key missing");
    QTest::newRow("certificate missing") << QStringLiteral("certificate missing");
    QTest::newRow("key of another pair") << QStringLiteral("mismatch");
    QTest::newRow("certificate garbage") << QStringLiteral("garbage");
    QTest::newRow("certificate empty") << QStringLiteral("empty");
    QTest::newRow("expired") << QStringLiteral("expired");
    QTest::newRow("expires within a day") << QStringLiteral("expiring");
    QTest::newRow("not for 127.0.0.1") << QStringLiteral("names");
}

void TestLoopbackCertificate::brokenKeptPairIsReplaced()
{
    QFETCH(QString, fault);
    const LoopbackCertificate first = LoopbackCertificate::loadOrCreate(m_folder);
    QVERIFY(!first.isNull());
    const QString keyPath = QDir(m_folder).filePath(LoopbackCertificate::keyFileName());
    const QString certificatePath =
        QDir(m_folder).filePath(LoopbackCertificate::certificateFileName());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto writePair = [&](const CertificateFactory::GeneratedCertificate &pair) {
        QVERIFY(!pair.isNull());
        QVERIFY(writeFile(certificatePath, pair.certificate.toPem()));
        QVERIFY(writeFile(keyPath, pair.privateKey.toPem()));
    };

    if (fault == u"key missing") {
        QVERIFY(QFile::remove(keyPath));
    } else if (fault == u"certificate missing") {
        QVERIFY(QFile::remove(certificatePath));
    } else if (fault == u"mismatch") {
        QVERIFY(writeFile(keyPath, currentPair().privateKey.toPem()));
    } else if (fault == u"garbage") {
        QVERIFY(writeFile(certificatePath, "-----BEGIN CERTIFICATE-----\nnonsense\n", 0644));
    } else if (fault == u"empty") {
        QVERIFY(writeFile(certificatePath, QByteArray(), 0644));
    } else if (fault == u"expired") {
        writePair(makePair(now.addYears(-2), now.addSecs(-60)));
    } else if (fault == u"expiring") {
        writePair(makePair(now.addDays(-300), now.addSecs(3600)));
    } else if (fault == u"names") {
        writePair(makePair(now.addDays(-1), now.addYears(1), {QStringLiteral("example.test")},
            {QHostAddress(QStringLiteral("192.0.2.1"))}));
    }
    if (QTest::currentTestFailed())
        return;

    QString error;
    const LoopbackCertificate second = LoopbackCertificate::loadOrCreate(m_folder, &error);
    QVERIFY2(!second.isNull(), qPrintable(error));
    QVERIFY(second.wasCreated());
    QVERIFY(second.certificate() != first.certificate());
    QVERIFY(second.notAfter() > now.addYears(1));
    QCOMPARE(modeOf(keyPath), 0600);
    // And it sticks.
    QVERIFY(!LoopbackCertificate::loadOrCreate(m_folder).wasCreated());
}

void TestLoopbackCertificate::folderThatIsAFileIsReported()
{
    QVERIFY(QDir().mkpath(QFileInfo(m_folder).absolutePath()));
    QVERIFY(writeFile(m_folder, "not a folder"));
    QString error;
    const LoopbackCertificate none = LoopbackCertificate::loadOrCreate(m_folder, &error);
    QVERIFY(none.isNull());
    QVERIFY2(error.contains(QFileInfo(m_folder).absoluteFilePath()), qPrintable(error));
}

void TestLoopbackCertificate::suppliedPairIsUsed()
{
    const auto pair = currentPair();
    const QString certificatePath = m_temporary->filePath(QStringLiteral("admin.crt"));
    const QString keyPath = m_temporary->filePath(QStringLiteral("admin.key"));
    QVERIFY(writeFile(certificatePath, pair.certificate.toPem(), 0644));
    QVERIFY(writeFile(keyPath, pair.privateKey.toPem()));

    QString error;
    const LoopbackCertificate supplied =
        LoopbackCertificate::loadSupplied(certificatePath, keyPath, &error);
    QVERIFY2(!supplied.isNull(), qPrintable(error));
    QVERIFY(error.isEmpty());
    QVERIFY(!supplied.wasCreated());
    QCOMPARE(supplied.certificate(), pair.certificate);
    QCOMPARE(supplied.privateKey(), pair.privateKey);
    // Nothing is written next to the admin's files.
    QCOMPARE(QDir(m_temporary->path()).entryList(QDir::Files).size(), 2);
}

void TestLoopbackCertificate::suppliedChainIsKept()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto authority = CertificateFactory::createAuthority(
        QStringLiteral("Test CA"), now.addDays(-1), now.addYears(1));
    const auto leaf = CertificateFactory::createSigned(
        {QStringLiteral("localhost"), {QStringLiteral("localhost")},
            {QHostAddress(QHostAddress::LocalHost)}, now.addDays(-1), now.addDays(90)},
        authority);
    QVERIFY(!leaf.isNull());
    const QString certificatePath = m_temporary->filePath(QStringLiteral("chain.pem"));
    const QString keyPath = m_temporary->filePath(QStringLiteral("leaf.key"));
    QVERIFY(writeFile(certificatePath, leaf.certificate.toPem() + authority.certificate.toPem()));
    QVERIFY(writeFile(keyPath, leaf.privateKey.toPem()));

    QString error;
    const LoopbackCertificate supplied =
        LoopbackCertificate::loadSupplied(certificatePath, keyPath, &error);
    QVERIFY2(!supplied.isNull(), qPrintable(error));
    QCOMPARE(supplied.certificateChain(),
        (QList<QSslCertificate> {leaf.certificate, authority.certificate}));
}

void TestLoopbackCertificate::suppliedPairIsRefused_data()
{
    QTest::addColumn<QString>("fault");
    // Which file the reason must name: "certificate" or "key".
    QTest::addColumn<QString>("named");

    QTest::newRow("expired") << QStringLiteral("expired") << QStringLiteral("certificate");
    QTest::newRow("not yet valid") << QStringLiteral("future") << QStringLiteral("certificate");
    QTest::newRow("key of another pair") << QStringLiteral("mismatch") << QStringLiteral("key");
    QTest::newRow("no IP 127.0.0.1") << QStringLiteral("names") << QStringLiteral("certificate");
    QTest::newRow("certificate missing")
        << QStringLiteral("no certificate") << QStringLiteral("certificate");
    QTest::newRow("key missing") << QStringLiteral("no key") << QStringLiteral("key");
    QTest::newRow("certificate not PEM")
        << QStringLiteral("garbage certificate") << QStringLiteral("certificate");
    QTest::newRow("key not PEM") << QStringLiteral("garbage key") << QStringLiteral("key");
    QTest::newRow("certificate as key")
        << QStringLiteral("certificate as key") << QStringLiteral("key");
    QTest::newRow("key with passphrase") << QStringLiteral("encrypted") << QStringLiteral("key");
    QTest::newRow("huge file") << QStringLiteral("huge") << QStringLiteral("certificate");
}

void TestLoopbackCertificate::suppliedPairIsRefused()
{
    QFETCH(QString, fault);
    QFETCH(QString, named);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    CertificateFactory::GeneratedCertificate pair;
    if (fault == u"expired")
        pair = makePair(now.addYears(-1), now.addDays(-3));
    else if (fault == u"future")
        pair = makePair(now.addDays(2), now.addYears(1));
    else if (fault == u"names")
        pair = makePair(now.addDays(-1), now.addYears(1), {QStringLiteral("localhost")}, {});
    else
        pair = currentPair();
    QVERIFY(!pair.isNull());

    QByteArray certificatePem = pair.certificate.toPem();
    QByteArray keyPem = pair.privateKey.toPem();
    if (fault == u"mismatch")
        keyPem = currentPair().privateKey.toPem();
    else if (fault == u"garbage certificate")
        certificatePem = "this is no certificate\n";
    else if (fault == u"garbage key")
        keyPem = "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n";
    else if (fault == u"certificate as key")
        keyPem = certificatePem;
    else if (fault == u"encrypted")
        keyPem = pair.privateKey.toPem("passphrase");
    else if (fault == u"huge")
        certificatePem += QByteArray(2 * 1024 * 1024, '\n');

    const QString certificatePath = m_temporary->filePath(QStringLiteral("admin.crt"));
    const QString keyPath = m_temporary->filePath(QStringLiteral("admin.key"));
    if (fault != u"no certificate")
        QVERIFY(writeFile(certificatePath, certificatePem, 0644));
    if (fault != u"no key")
        QVERIFY(writeFile(keyPath, keyPem));

    QString error;
    const LoopbackCertificate supplied =
        LoopbackCertificate::loadSupplied(certificatePath, keyPath, &error);
    QVERIFY(supplied.isNull());
    QVERIFY(supplied.sha256Fingerprint().isEmpty());
    QVERIFY(!error.isEmpty());
    const QString namedPath = named == u"key" ? keyPath : certificatePath;
    QVERIFY2(error.contains(namedPath), qPrintable(error));
    if (fault == u"expired")
        QVERIFY2(error.contains(QStringLiteral("expired")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestLoopbackCertificate)
#include "tst_loopbackcertificate.moc"
