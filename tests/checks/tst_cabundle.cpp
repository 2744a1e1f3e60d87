#include "bitbucket/CaBundle.h"
#include "tls/CertificateFactory.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestCaBundle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void noPathMeansSystemStoreOnly();
    void missingFileIsAProblem();
    void fileWithoutCertificateIsAProblem_data();
    void fileWithoutCertificateIsAProblem();
    void certificatesAreTrustedBesidesTheSystemStore();

private:
    QString write(const QString &name, const QByteArray &contents);

    QTemporaryDir m_dir;
    QSslCertificate m_authority;
};

void TestCaBundle::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString error;
    const auto authority = CertificateFactory::createAuthority(
        QStringLiteral("Bundle Test CA"), now.addDays(-1), now.addDays(30), &error);
    QVERIFY2(!authority.isNull(), qPrintable(error));
    m_authority = authority.certificate;
}

QString TestCaBundle::write(const QString &name, const QByteArray &contents)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QString();
    file.write(contents);
    return path;
}

void TestCaBundle::noPathMeansSystemStoreOnly()
{
    const CaBundle bundle = CaBundle::load(QString());
    QVERIFY(!bundle.isConfigured());
    QVERIFY(bundle.isUsable());
    QCOMPARE(bundle.sslConfiguration().caCertificates(), QSslConfiguration::systemCaCertificates());
}

void TestCaBundle::missingFileIsAProblem()
{
    const QString path = m_dir.filePath(QStringLiteral("absent.pem"));
    const CaBundle bundle = CaBundle::load(path);
    QVERIFY(bundle.isConfigured());
    QVERIFY(!bundle.isUsable());
    QVERIFY2(
        bundle.problem().contains(QStringLiteral("cannot be read")), qPrintable(bundle.problem()));
    QVERIFY(bundle.problem().contains(path));
}

void TestCaBundle::fileWithoutCertificateIsAProblem_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("text") << QByteArray("not a certificate\n");
    QTest::newRow("der instead of pem") << QByteArrayLiteral("0\x82\x01\x0a garbage");
}

void TestCaBundle::fileWithoutCertificateIsAProblem()
{
    QFETCH(QByteArray, contents);
    const QString path = write(QStringLiteral("bad.pem"), contents);
    QVERIFY(!path.isEmpty());
    const CaBundle bundle = CaBundle::load(path);
    QVERIFY(!bundle.isUsable());
    QVERIFY2(bundle.problem().contains(QStringLiteral("holds no PEM certificate")),
        qPrintable(bundle.problem()));
    QCOMPARE(bundle.sslConfiguration().caCertificates(), QSslConfiguration::systemCaCertificates());
}

void TestCaBundle::certificatesAreTrustedBesidesTheSystemStore()
{
    const QString path = write(QStringLiteral("ca.pem"), m_authority.toPem());
    const CaBundle bundle = CaBundle::load(path);
    QVERIFY2(bundle.isUsable(), qPrintable(bundle.problem()));
    QCOMPARE(bundle.certificates(), QList<QSslCertificate> {m_authority});
    const QList<QSslCertificate> trusted = bundle.sslConfiguration().caCertificates();
    QVERIFY(trusted.contains(m_authority));
    QCOMPARE(trusted.size(), QSslConfiguration::systemCaCertificates().size() + 1);
}

QTEST_GUILESS_MAIN(TestCaBundle)
#include "tst_cabundle.moc"
