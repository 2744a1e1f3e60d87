#include "checks/SslErrorAdvice.h"
#include "tls/CertificateFactory.h"

#include <QTest>

using Kind = SslErrorAdvice::Kind;

class TestSslErrorAdvice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void kind_data();
    void kind();
    void explainNamesTheProblem_data();
    void explainNamesTheProblem();
    void fixesAreSpecific_data();
    void fixesAreSpecific();
    void summaryAndFixesWithoutRepeats();

private:
    QSslCertificate m_certificate;
};

void TestSslErrorAdvice::initTestCase()
{
    CertificateFactory::Request request;
    request.commonName = QStringLiteral("wrong.example.com");
    request.dnsNames = {QStringLiteral("wrong.example.com")};
    request.notBefore = QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
    request.notAfter = QDateTime(QDate(2021, 6, 30), QTime(0, 0), Qt::UTC);
    QString error;
    const auto generated = CertificateFactory::createSelfSigned(request, &error);
    QVERIFY2(!generated.isNull(), qPrintable(error));
    m_certificate = generated.certificate;
}

void TestSslErrorAdvice::kind_data()
{
    QTest::addColumn<QSslError::SslError>("error");
    QTest::addColumn<Kind>("expected");
    QTest::newRow("local issuer") << QSslError::UnableToGetLocalIssuerCertificate
                                  << Kind::UntrustedIssuer;
    QTest::newRow("first certificate")
        << QSslError::UnableToVerifyFirstCertificate << Kind::UntrustedIssuer;
    QTest::newRow("untrusted") << QSslError::CertificateUntrusted << Kind::UntrustedIssuer;
    QTest::newRow("self-signed") << QSslError::SelfSignedCertificate << Kind::SelfSigned;
    QTest::newRow("self-signed in chain")
        << QSslError::SelfSignedCertificateInChain << Kind::SelfSigned;
    QTest::newRow("host name") << QSslError::HostNameMismatch << Kind::HostNameMismatch;
    QTest::newRow("expired") << QSslError::CertificateExpired << Kind::Expired;
    QTest::newRow("not yet valid") << QSslError::CertificateNotYetValid << Kind::NotYetValid;
    QTest::newRow("revoked") << QSslError::CertificateRevoked << Kind::Revoked;
    QTest::newRow("no certificate") << QSslError::NoPeerCertificate << Kind::NoCertificate;
    QTest::newRow("signature") << QSslError::CertificateSignatureFailed << Kind::Other;
}

void TestSslErrorAdvice::kind()
{
    QFETCH(QSslError::SslError, error);
    QFETCH(Kind, expected);
    QCOMPARE(SslErrorAdvice::kind(QSslError(error, m_certificate)), expected);
}

void TestSslErrorAdvice::explainNamesTheProblem_data()
{
    QTest::addColumn<QSslError::SslError>("error");
    QTest::addColumn<QStringList>("words");
    QTest::newRow("host name") << QSslError::HostNameMismatch
                               << QStringList {QStringLiteral("Host name mismatch"),
                                      QStringLiteral("wrong.example.com"),
                                      QStringLiteral("git.example.com")};
    QTest::newRow("expired") << QSslError::CertificateExpired
                             << QStringList {
                                    QStringLiteral("Expired"), QStringLiteral("2021-06-30")};
    QTest::newRow("self-signed") << QSslError::SelfSignedCertificate
                                 << QStringList {QStringLiteral("Self-signed"),
                                        QStringLiteral("wrong.example.com")};
    QTest::newRow("untrusted") << QSslError::UnableToGetLocalIssuerCertificate
                               << QStringList {QStringLiteral("Untrusted issuer")};
}

void TestSslErrorAdvice::explainNamesTheProblem()
{
    QFETCH(QSslError::SslError, error);
    QFETCH(QStringList, words);
    const QString text =
        SslErrorAdvice::explain(QSslError(error, m_certificate), QStringLiteral("git.example.com"));
    for (const QString &word : words)
        QVERIFY2(text.contains(word), qPrintable(text));
}

void TestSslErrorAdvice::fixesAreSpecific_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("word");
    QTest::newRow("untrusted") << Kind::UntrustedIssuer << QStringLiteral("CA bundle");
    QTest::newRow("self-signed") << Kind::SelfSigned << QStringLiteral("trusted CA");
    QTest::newRow("host name") << Kind::HostNameMismatch << QStringLiteral("git.example.com");
    QTest::newRow("expired") << Kind::Expired << QStringLiteral("Renew");
    QTest::newRow("not yet valid") << Kind::NotYetValid << QStringLiteral("date and time");
}

void TestSslErrorAdvice::fixesAreSpecific()
{
    QFETCH(Kind, kind);
    QFETCH(QString, word);
    const QString fix = SslErrorAdvice::fix(kind, QStringLiteral("git.example.com"));
    QVERIFY2(fix.contains(word), qPrintable(fix));
}

void TestSslErrorAdvice::summaryAndFixesWithoutRepeats()
{
    const QList<QSslError> errors = {
        QSslError(QSslError::UnableToGetLocalIssuerCertificate, m_certificate),
        QSslError(QSslError::UnableToVerifyFirstCertificate, m_certificate),
        QSslError(QSslError::HostNameMismatch, m_certificate),
    };
    QCOMPARE(SslErrorAdvice::kinds(errors),
        (QList<Kind> {Kind::UntrustedIssuer, Kind::HostNameMismatch}));
    QCOMPARE(SslErrorAdvice::summary(errors),
        QStringLiteral("The certificate is not accepted: untrusted issuer, host name mismatch."));
    const QString fixes = SslErrorAdvice::fixAll(errors, QStringLiteral("git.example.com"));
    QCOMPARE(fixes.count(u'\n'), 1);
    // The two untrusted-issuer errors say the same thing, once.
    QCOMPARE(SslErrorAdvice::explainAll(errors, QStringLiteral("git.example.com")).count(u'\n'), 1);
}

QTEST_GUILESS_MAIN(TestSslErrorAdvice)
#include "tst_sslerroradvice.moc"
