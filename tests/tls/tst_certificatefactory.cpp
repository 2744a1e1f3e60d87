#include "tls/CertificateFactory.h"

#include <QSignalSpy>
#include <QSslCertificateExtension>
#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>
#include <QTest>

namespace {

const QHostAddress loopback(QHostAddress::LocalHost);

CertificateFactory::Request serverRequest(const QDateTime &notBefore, const QDateTime &notAfter)
{
    return {QStringLiteral("localhost"), {QStringLiteral("localhost")}, {loopback}, notBefore,
        notAfter};
}

CertificateFactory::Request currentServerRequest()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return serverRequest(now.addDays(-1), now.addDays(365));
}

QList<QSslError::SslError> errorKinds(const QList<QSslError> &errors)
{
    QList<QSslError::SslError> kinds;
    for (const QSslError &error : errors)
        kinds.append(error.error());
    return kinds;
}

QSslCertificateExtension extensionNamed(const QSslCertificate &certificate, const QString &name)
{
    const QList<QSslCertificateExtension> extensions = certificate.extensions();
    for (const QSslCertificateExtension &extension : extensions) {
        if (extension.name() == name)
            return extension;
    }
    return QSslCertificateExtension();
}

} // namespace

Q_DECLARE_METATYPE(CertificateFactory::Request)

class TestCertificateFactory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void authorityIsACertificateAuthority();
    void leafSignedByAuthorityVerifiesForItsNames();
    void leafIsNotAnAuthority();
    void serialsAreRandom();
    void validityPeriodComesOutAsSet_data();
    void validityPeriodComesOutAsSet();
    void subjectAltNamesComeOutAsSet();
    void badRequestsAreRefusedWithAReason_data();
    void badRequestsAreRefusedWithAReason();
    void issuerWithoutMatchingKeyIsRefused();
    void handshakeTrustingOnlyTheAuthoritySucceeds();
    void handshakeWithSelfSignedLeafFails();

private:
    // Runs one TLS handshake on 127.0.0.1; returns the errors the client saw (empty: trusted).
    QList<QSslError::SslError> handshake(const CertificateFactory::GeneratedCertificate &server);

    CertificateFactory::GeneratedCertificate m_authority;
};

void TestCertificateFactory::initTestCase()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString error;
    m_authority = CertificateFactory::createAuthority(
        QStringLiteral("Test CA"), now.addDays(-1), now.addDays(30), &error);
    QVERIFY2(!m_authority.isNull(), qPrintable(error));

    // QSslCertificate::verify() trusts the default configuration's authorities: only ours.
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates({m_authority.certificate});
    QSslConfiguration::setDefaultConfiguration(configuration);
}

void TestCertificateFactory::authorityIsACertificateAuthority()
{
    const QSslCertificate &ca = m_authority.certificate;
    QVERIFY(ca.isSelfSigned());
    QCOMPARE(ca.subjectInfo(QSslCertificate::CommonName), QStringList {QStringLiteral("Test CA")});
    QCOMPARE(m_authority.privateKey.algorithm(), QSsl::Ec);
    QCOMPARE(m_authority.privateKey.type(), QSsl::PrivateKey);
    QCOMPARE(ca.publicKey().length(), 256);

    const QSslCertificateExtension constraints =
        extensionNamed(ca, QStringLiteral("basicConstraints"));
    QVERIFY(constraints.isSupported());
    QVERIFY(constraints.isCritical());
    QCOMPARE(constraints.value().toMap().value(QStringLiteral("ca")).toBool(), true);

    const QSslCertificateExtension usage = extensionNamed(ca, QStringLiteral("keyUsage"));
    QVERIFY(usage.isCritical());
    const QStringList usages = usage.value().toStringList();
    QVERIFY2(usages.contains(QStringLiteral("Certificate Sign")), qPrintable(usages.join(u',')));
    QVERIFY2(usages.contains(QStringLiteral("CRL Sign")), qPrintable(usages.join(u',')));
    QVERIFY(!extensionNamed(ca, QStringLiteral("subjectKeyIdentifier")).name().isEmpty());
}

void TestCertificateFactory::leafSignedByAuthorityVerifiesForItsNames()
{
    QString error;
    const auto leaf = CertificateFactory::createSigned(currentServerRequest(), m_authority, &error);
    QVERIFY2(!leaf.isNull(), qPrintable(error));
    QVERIFY(!leaf.certificate.isSelfSigned());
    QCOMPARE(leaf.certificate.issuerInfo(QSslCertificate::CommonName),
        QStringList {QStringLiteral("Test CA")});

    QCOMPARE(errorKinds(QSslCertificate::verify({leaf.certificate}, QStringLiteral("localhost"))),
        QList<QSslError::SslError>());
    QCOMPARE(errorKinds(QSslCertificate::verify({leaf.certificate}, QStringLiteral("127.0.0.1"))),
        QList<QSslError::SslError>());
    QCOMPARE(errorKinds(QSslCertificate::verify(
                 {leaf.certificate}, QStringLiteral("bitbucket.example.invalid"))),
        QList<QSslError::SslError> {QSslError::HostNameMismatch});
}

void TestCertificateFactory::leafIsNotAnAuthority()
{
    const auto leaf = CertificateFactory::createSigned(currentServerRequest(), m_authority);
    QVERIFY(!leaf.isNull());

    const QSslCertificateExtension constraints =
        extensionNamed(leaf.certificate, QStringLiteral("basicConstraints"));
    QVERIFY(constraints.isCritical());
    QCOMPARE(constraints.value().toMap().value(QStringLiteral("ca")).toBool(), false);
    const QStringList usages =
        extensionNamed(leaf.certificate, QStringLiteral("keyUsage")).value().toStringList();
    QCOMPARE(usages, QStringList {QStringLiteral("Digital Signature")});
    const QStringList extendedUsage =
        extensionNamed(leaf.certificate, QStringLiteral("extendedKeyUsage")).value().toStringList();
    QCOMPARE(extendedUsage, QStringList {QStringLiteral("TLS Web Server Authentication")});
    QVERIFY(!extensionNamed(leaf.certificate, QStringLiteral("authorityKeyIdentifier"))
                 .name()
                 .isEmpty());

    // A certificate that is not an authority cannot vouch for another one.
    const auto grandchild = CertificateFactory::createSigned(currentServerRequest(), leaf);
    QVERIFY(!grandchild.isNull());
    QVERIFY(!QSslCertificate::verify(
        {grandchild.certificate, leaf.certificate}, QStringLiteral("localhost"))
                 .isEmpty());
}

void TestCertificateFactory::serialsAreRandom()
{
    const auto first = CertificateFactory::createSigned(currentServerRequest(), m_authority);
    const auto second = CertificateFactory::createSigned(currentServerRequest(), m_authority);
    QVERIFY(!first.isNull() && !second.isNull());
    QVERIFY(first.certificate.serialNumber() != second.certificate.serialNumber());
    // 16 bytes written as hex pairs joined by colons.
    QCOMPARE(first.certificate.serialNumber().split(':').size(), 16);
    QVERIFY(first.privateKey.toPem() != second.privateKey.toPem());
}

void TestCertificateFactory::validityPeriodComesOutAsSet_data()
{
    QTest::addColumn<int>("fromDays");
    QTest::addColumn<int>("untilDays");
    QTest::addColumn<QList<QSslError::SslError>>("expectedErrors");

    QTest::newRow("current") << -1 << 365 << QList<QSslError::SslError>();
    QTest::newRow("expired") << -60 << -1
                             << QList<QSslError::SslError> {QSslError::CertificateExpired};
    QTest::newRow("not yet valid")
        << 2 << 30 << QList<QSslError::SslError> {QSslError::CertificateNotYetValid};
}

void TestCertificateFactory::validityPeriodComesOutAsSet()
{
    QFETCH(int, fromDays);
    QFETCH(int, untilDays);
    QFETCH(QList<QSslError::SslError>, expectedErrors);

    // Certificates carry whole seconds.
    QDateTime now = QDateTime::currentDateTimeUtc();
    now.setTime(QTime(now.time().hour(), now.time().minute(), now.time().second()));
    const QDateTime notBefore = now.addDays(fromDays);
    const QDateTime notAfter = now.addDays(untilDays);
    const auto leaf =
        CertificateFactory::createSigned(serverRequest(notBefore, notAfter), m_authority);
    QVERIFY(!leaf.isNull());
    QCOMPARE(leaf.certificate.effectiveDate(), notBefore);
    QCOMPARE(leaf.certificate.expiryDate(), notAfter);
    QCOMPARE(errorKinds(QSslCertificate::verify({leaf.certificate}, QStringLiteral("localhost"))),
        expectedErrors);
}

void TestCertificateFactory::subjectAltNamesComeOutAsSet()
{
    CertificateFactory::Request request = currentServerRequest();
    request.commonName = QStringLiteral("bitbucket.example.invalid");
    request.dnsNames = {
        QStringLiteral("bitbucket.example.invalid"), QStringLiteral("git.example.invalid")};
    request.ipAddresses = {
        QHostAddress(QStringLiteral("192.0.2.7")), QHostAddress(QHostAddress::LocalHostIPv6)};
    const auto leaf = CertificateFactory::createSigned(request, m_authority);
    QVERIFY(!leaf.isNull());

    const auto names = leaf.certificate.subjectAlternativeNames();
    QStringList dnsNames = names.values(QSsl::DnsEntry);
    dnsNames.sort();
    QCOMPARE(dnsNames, request.dnsNames);
    QList<QHostAddress> addresses;
    const QStringList ipTexts = names.values(QSsl::IpAddressEntry);
    for (const QString &text : ipTexts)
        addresses.append(QHostAddress(text));
    QCOMPARE(addresses.size(), 2);
    QVERIFY(addresses.contains(request.ipAddresses.at(0)));
    QVERIFY(addresses.contains(request.ipAddresses.at(1)));

    // Names not in the list do not verify.
    QVERIFY(!QSslCertificate::verify({leaf.certificate}, QStringLiteral("localhost")).isEmpty());
    QVERIFY(QSslCertificate::verify({leaf.certificate}, QStringLiteral("git.example.invalid"))
                .isEmpty());
}

void TestCertificateFactory::badRequestsAreRefusedWithAReason_data()
{
    QTest::addColumn<CertificateFactory::Request>("request");

    const QDateTime now = QDateTime::currentDateTimeUtc();
    CertificateFactory::Request reversed = serverRequest(now, now.addDays(-1));
    CertificateFactory::Request noName = currentServerRequest();
    noName.commonName.clear();
    CertificateFactory::Request badDns = currentServerRequest();
    badDns.dnsNames = {QStringLiteral("b\u00fccher.example")};
    CertificateFactory::Request nullIp = currentServerRequest();
    nullIp.ipAddresses = {QHostAddress()};
    CertificateFactory::Request noDates = currentServerRequest();
    noDates.notBefore = QDateTime();

    QTest::newRow("ends before it starts") << reversed;
    QTest::newRow("no common name") << noName;
    QTest::newRow("non-ASCII DNS name") << badDns;
    QTest::newRow("null IP address") << nullIp;
    QTest::newRow("no start date") << noDates;
}

void TestCertificateFactory::badRequestsAreRefusedWithAReason()
{
    QFETCH(CertificateFactory::Request, request);

    QString signedError;
    QVERIFY(CertificateFactory::createSigned(request, m_authority, &signedError).isNull());
    QVERIFY(!signedError.isEmpty());
    QString selfSignedError;
    QVERIFY(CertificateFactory::createSelfSigned(request, &selfSignedError).isNull());
    QCOMPARE(selfSignedError, signedError);
}

void TestCertificateFactory::issuerWithoutMatchingKeyIsRefused()
{
    const auto other = CertificateFactory::createSelfSigned(currentServerRequest());
    QVERIFY(!other.isNull());
    CertificateFactory::GeneratedCertificate mismatched {m_authority.certificate, other.privateKey};
    QString error;
    QVERIFY(CertificateFactory::createSigned(currentServerRequest(), mismatched, &error).isNull());
    QVERIFY(error.contains(QStringLiteral("private key")));

    error.clear();
    QVERIFY(CertificateFactory::createSigned(
        currentServerRequest(), CertificateFactory::GeneratedCertificate(), &error)
                .isNull());
    QVERIFY(!error.isEmpty());
}

QList<QSslError::SslError> TestCertificateFactory::handshake(
    const CertificateFactory::GeneratedCertificate &server)
{
    QSslServer listener;
    QSslConfiguration serverConfiguration = QSslConfiguration::defaultConfiguration();
    serverConfiguration.setLocalCertificate(server.certificate);
    serverConfiguration.setPrivateKey(server.privateKey);
    listener.setSslConfiguration(serverConfiguration);
    if (!listener.listen(loopback))
        return {QSslError::UnspecifiedError};

    QSslSocket client;
    QSslConfiguration clientConfiguration = client.sslConfiguration();
    clientConfiguration.setCaCertificates({m_authority.certificate});
    client.setSslConfiguration(clientConfiguration);
    QList<QSslError> errors;
    connect(&client, &QSslSocket::sslErrors, this,
        [&errors](const QList<QSslError> &seen) { errors = seen; });
    QSignalSpy encrypted(&client, &QSslSocket::encrypted);
    QSignalSpy failed(&client, &QSslSocket::errorOccurred);
    client.connectToHostEncrypted(loopback.toString(), listener.serverPort());
    if (!QTest::qWaitFor([&] { return !encrypted.isEmpty() || !failed.isEmpty(); }, 10000))
        return {QSslError::UnspecifiedError};
    if (!encrypted.isEmpty())
        return {};
    return errors.isEmpty() ? QList<QSslError::SslError> {QSslError::UnspecifiedError}
                            : errorKinds(errors);
}

void TestCertificateFactory::handshakeTrustingOnlyTheAuthoritySucceeds()
{
    const auto leaf = CertificateFactory::createSigned(currentServerRequest(), m_authority);
    QVERIFY(!leaf.isNull());
    QCOMPARE(handshake(leaf), QList<QSslError::SslError>());
}

void TestCertificateFactory::handshakeWithSelfSignedLeafFails()
{
    const auto leaf = CertificateFactory::createSelfSigned(currentServerRequest());
    QVERIFY(!leaf.isNull());
    QVERIFY(leaf.certificate.isSelfSigned());
    QCOMPARE(handshake(leaf), QList<QSslError::SslError> {QSslError::SelfSignedCertificate});
}

QTEST_GUILESS_MAIN(TestCertificateFactory)
#include "tst_certificatefactory.moc"
