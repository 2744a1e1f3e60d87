#include "CannedServer.h"

#include "tls/CertificateFactory.h"

#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QSslConfiguration>
#include <QSslServer>

QByteArray CannedServer::Request::header(const QByteArray &name) const
{
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return QByteArray();
}

CannedServer::CannedServer(Scheme scheme)
    : m_scheme(scheme)
{ }

CannedServer::~CannedServer() = default;

bool CannedServer::makeCertificate(QString *errorMessage)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto authority = CertificateFactory::createAuthority(
        QStringLiteral("Canned Test CA"), now.addDays(-1), now.addDays(60), errorMessage);
    if (authority.isNull())
        return false;
    CertificateFactory::Request request;
    request.commonName = QStringLiteral("127.0.0.1");
    request.ipAddresses = {QHostAddress(QHostAddress::LocalHost)};
    request.notBefore = now.addDays(-1);
    request.notAfter = now.addDays(60);
    const auto server = CertificateFactory::createSigned(request, authority, errorMessage);
    if (server.isNull())
        return false;
    m_certificate = server.certificate;
    m_key = server.privateKey;
    m_caBundlePath = m_directory.filePath(QStringLiteral("canned-ca.pem"));
    QFile file(m_caBundlePath);
    if (!file.open(QIODevice::WriteOnly) || file.write(authority.certificate.toPem()) < 0) {
        *errorMessage = file.errorString();
        return false;
    }
    return true;
}

bool CannedServer::start(QString *errorMessage)
{
    std::unique_ptr<QTcpServer> listener;
    if (m_scheme == Scheme::Https) {
        if (!makeCertificate(errorMessage))
            return false;
        auto sslListener = std::make_unique<QSslServer>();
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(m_certificate);
        configuration.setPrivateKey(m_key);
        sslListener->setSslConfiguration(configuration);
        listener = std::move(sslListener);
    } else {
        listener = std::make_unique<QTcpServer>();
    }
    if (!listener->listen(QHostAddress::LocalHost)) {
        *errorMessage = listener->errorString();
        return false;
    }
    m_port = listener->serverPort();
    m_server = std::make_unique<QHttpServer>();
    m_server->setMissingHandler([this](const QHttpServerRequest &request,
                                    QHttpServerResponder &&responder) {
        Request recorded {QByteArray(), request.url().path(), request.headers(), request.body()};
        recorded.method = request.method() == QHttpServerRequest::Method::Post
            ? QByteArrayLiteral("POST")
            : QByteArrayLiteral("GET");
        m_requests.append(recorded);
        serve(recorded, responder);
    });
    m_server->bind(listener.release());
    return true;
}

void CannedServer::setAnswer(const QString &path, const Answer &answer)
{
    m_answers.insert(path, answer);
}

QUrl CannedServer::url(const QString &path) const
{
    QUrl url;
    url.setScheme(m_scheme == Scheme::Https ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    url.setPath(path);
    return url;
}

void CannedServer::serve(const Request &request, QHttpServerResponder &responder) const
{
    const Answer answer = m_answers.value(request.path, Answer {404, {}, {}, {}});
    responder.writeStatusLine(QHttpServerResponder::StatusCode(answer.status));
    if (!answer.contentType.isEmpty())
        responder.writeHeader(QByteArrayLiteral("Content-Type"), answer.contentType);
    if (!answer.location.isEmpty())
        responder.writeHeader(QByteArrayLiteral("Location"), answer.location);
    responder.writeHeader(
        QByteArrayLiteral("Content-Length"), QByteArray::number(answer.body.size()));
    responder.writeBody(answer.body);
}

BitbucketTarget CannedServer::adminTarget(const QString &contextPath) const
{
    BitbucketTarget target;
    target.baseUrl = url(contextPath);
    target.caBundlePath = caBundlePath();
    target.username = QStringLiteral("admin");
    target.password = QStringLiteral("s3cret-pw");
    return target;
}
