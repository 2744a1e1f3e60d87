#include "checks/CertificateReport.h"
#include "tls/CertificateFactory.h"

#include <QCryptographicHash>
#include <QTest>

using Validity = CertificateReport::Validity;

class TestCertificateReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void validity_data();
    void validity();
    void daysRemaining();
    void namesAndSubject();
    void fingerprintIsColonSeparatedSha256();
    void describeListsEverything();
    void describeChainHeadsEachCertificate();

private:
    QDateTime m_notBefore = QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC);
    QDateTime m_notAfter = QDateTime(QDate(2031, 1, 1), QTime(12, 0), Qt::UTC);
    CertificateFactory::GeneratedCertificate m_authority;
    CertificateFactory::GeneratedCertificate m_server;
};

void TestCertificateReport::initTestCase()
{
    QString error;
    m_authority = CertificateFactory::createAuthority(
        QStringLiteral("Report Test CA"), m_notBefore, m_notAfter, &error);
    QVERIFY2(!m_authority.isNull(), qPrintable(error));
    CertificateFactory::Request request;
    request.commonName = QStringLiteral("git.example.com");
    request.dnsNames = {QStringLiteral("git.example.com"), QStringLiteral("bitbucket.example.com")};
    request.ipAddresses = {QHostAddress(QStringLiteral("192.0.2.7"))};
    request.notBefore = m_notBefore;
    request.notAfter = m_notAfter;
    m_server = CertificateFactory::createSigned(request, m_authority, &error);
    QVERIFY2(!m_server.isNull(), qPrintable(error));
}

void TestCertificateReport::validity_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<Validity>("expected");
    const QDateTime expiry = m_notAfter;
    QTest::newRow("before start") << m_notBefore.addSecs(-60) << Validity::NotYetValid;
    QTest::newRow("just started") << m_notBefore.addSecs(60) << Validity::Valid;
    QTest::newRow("31 days left") << expiry.addDays(-31) << Validity::Valid;
    QTest::newRow("exactly 30 days left") << expiry.addDays(-30) << Validity::Valid;
    QTest::newRow("29 days left") << expiry.addDays(-29) << Validity::ExpiresSoon;
    QTest::newRow("one hour left") << expiry.addSecs(-3600) << Validity::ExpiresSoon;
    QTest::newRow("one hour past") << expiry.addSecs(3600) << Validity::Expired;
}

void TestCertificateReport::validity()
{
    QFETCH(QDateTime, now);
    QFETCH(Validity, expected);
    QCOMPARE(CertificateReport::validity(m_server.certificate, now), expected);
}

void TestCertificateReport::daysRemaining()
{
    const QSslCertificate &certificate = m_server.certificate;
    QCOMPARE(CertificateReport::daysRemaining(certificate, m_notAfter.addDays(-10)), 10);
    QCOMPARE(CertificateReport::daysRemaining(certificate, m_notAfter.addSecs(-3600)), 0);
    QCOMPARE(CertificateReport::daysRemaining(certificate, m_notAfter.addSecs(3600)), -1);
}

void TestCertificateReport::namesAndSubject()
{
    const QSslCertificate &certificate = m_server.certificate;
    const QStringList names = CertificateReport::names(certificate);
    QVERIFY(names.contains(QStringLiteral("git.example.com")));
    QVERIFY(names.contains(QStringLiteral("bitbucket.example.com")));
    QVERIFY(names.contains(QStringLiteral("192.0.2.7")));
    QVERIFY(CertificateReport::subject(certificate).contains(QStringLiteral("CN=git.example.com")));
    QVERIFY(CertificateReport::issuer(certificate).contains(QStringLiteral("CN=Report Test CA")));
    QCOMPARE(CertificateReport::shortName(certificate), QStringLiteral("git.example.com"));
}

void TestCertificateReport::fingerprintIsColonSeparatedSha256()
{
    const QSslCertificate &certificate = m_server.certificate;
    const QByteArray hash =
        QCryptographicHash::hash(certificate.toDer(), QCryptographicHash::Sha256);
    QStringList bytes;
    for (char byte : hash)
        bytes.append(QStringLiteral("%1").arg(quint8(byte), 2, 16, QLatin1Char('0')).toUpper());
    const QString fingerprint = CertificateReport::fingerprint(certificate);
    QCOMPARE(fingerprint, bytes.join(u':'));
    QCOMPARE(fingerprint.size(), 32 * 3 - 1);
}

void TestCertificateReport::describeListsEverything()
{
    const QString text = CertificateReport::describe(m_server.certificate, m_notAfter.addDays(-12));
    QVERIFY2(text.contains(QStringLiteral("Subject: CN=git.example.com")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Issuer: CN=Report Test CA")), qPrintable(text));
    QVERIFY2(
        text.contains(QStringLiteral("git.example.com, bitbucket.example.com")), qPrintable(text));
    QVERIFY2(
        text.contains(QStringLiteral("Expires: 2031-01-01 12:00 UTC (12 day")), qPrintable(text));
    QVERIFY2(text.contains(CertificateReport::fingerprint(m_server.certificate)), qPrintable(text));

    const QString expired =
        CertificateReport::describe(m_server.certificate, m_notAfter.addDays(3));
    QVERIFY2(expired.contains(QStringLiteral("expired 3 day")), qPrintable(expired));
}

void TestCertificateReport::describeChainHeadsEachCertificate()
{
    const QString text = CertificateReport::describeChain(
        {m_server.certificate, m_authority.certificate}, m_notBefore.addDays(1));
    QVERIFY(text.startsWith(QStringLiteral("Server certificate:\n")));
    QVERIFY(text.contains(QStringLiteral("Issuer certificate 1:\nSubject: CN=Report Test CA")));
}

QTEST_GUILESS_MAIN(TestCertificateReport)
#include "tst_certificatereport.moc"
