#include "BitbucketSandbox.h"

#include "BitbucketSite.h"
#include "common/Logging.h"
#include "tls/CertificateFactory.h"

#include <QDir>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QMetaEnum>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSslConfiguration>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>

namespace {

const QString caFileName = QStringLiteral("sandbox-ca.pem");

// How many status requests wait for their answer at once.
struct StatusCounters
{
    int count = 0;
    int waiting = 0;
    int peak = 0;
};

// Counts one status request as waiting for as long as it lives: until its answer is written, or
// until it is dropped with its connection.
class WaitingStatus
{
public:
    explicit WaitingStatus(std::shared_ptr<StatusCounters> counters)
        : m_counters(std::move(counters))
    {
        if (!m_counters)
            return;
        ++m_counters->count;
        m_counters->peak = std::max(m_counters->peak, ++m_counters->waiting);
    }
    ~WaitingStatus()
    {
        if (m_counters)
            --m_counters->waiting;
    }
    WaitingStatus(const WaitingStatus &) = delete;
    WaitingStatus &operator=(const WaitingStatus &) = delete;

private:
    std::shared_ptr<StatusCounters> m_counters;
};

// An answer waiting for its latency to pass.
struct PendingAnswer
{
    QHttpServerResponder responder;
    QHttpServerResponse response;
    std::unique_ptr<WaitingStatus> status;
};

bool isStatusRequest(const QHttpServerRequest &request)
{
    static const QRegularExpression path(
        QStringLiteral("/rest/slack/(latest|1\\.0)/connection-status/[^/]+$"));
    return request.method() == QHttpServerRequest::Method::Get
        && path.match(request.url().path()).hasMatch();
}

QString methodName(QHttpServerRequest::Method method)
{
    const char *key =
        QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(static_cast<int>(method));
    return key ? QString::fromLatin1(key).toUpper() : QStringLiteral("UNKNOWN");
}

} // namespace

struct BitbucketSandbox::Private
{
    explicit Private(Options sandboxOptions)
        : options(std::move(sandboxOptions))
        , contextPath(BitbucketSite::normalizedContextPath(options.contextPath))
        , site(options)
    {
        SlackIntegrationStandIn &integration = site.integration();
        if (options.faults.contains(Fault::RateLimited)) {
            integration.setRateLimit(
                options.rateLimitEvery, options.rateLimitBurst, options.rateLimitRetryAfterSeconds);
        }
        integration.expireSignInAfter(options.signInExpiresAfter);
        integration.setInstancePublic(!options.faults.contains(Fault::SlackNeverReached));
    }

    bool makeCertificates(QString *errorMessage);
    bool writeCaBundle(QString *errorMessage);
    bool listen(QString *errorMessage);
    std::unique_ptr<QHttpServer> serverFor(QTcpServer *listener, bool overHttps);
    void serve(const QHttpServerRequest &request, QHttpServerResponder &&responder, bool overHttps);

    Options options;
    QString contextPath;
    BitbucketSite site;
    std::unique_ptr<QTemporaryDir> temporaryDirectory;
    QString caBundlePath;
    CertificateFactory::GeneratedCertificate authority;
    CertificateFactory::GeneratedCertificate server;
    int delayMs() const;

    std::shared_ptr<StatusCounters> statusCounters = std::make_shared<StatusCounters>();
    std::unique_ptr<QHttpServer> httpsServer;
    std::unique_ptr<QHttpServer> httpServer;
    quint16 httpsPort = 0;
    quint16 httpPort = 0;
};

bool BitbucketSandbox::Private::makeCertificates(QString *errorMessage)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // The authority outlives every server certificate below, whatever its fault.
    authority =
        CertificateFactory::createAuthority(QStringLiteral("Workspace Connector Sandbox CA"),
            now.addDays(-90), now.addDays(730), errorMessage);
    if (authority.isNull())
        return false;

    CertificateFactory::Request request {QStringLiteral("localhost"), {QStringLiteral("localhost")},
        {QHostAddress(QHostAddress::LocalHost)}, now.addDays(-1), now.addDays(365)};
    const QSet<Fault> &faults = options.faults;
    if (faults.contains(Fault::ExpiredCertificate)) {
        request.notBefore = now.addDays(-60);
        request.notAfter = now.addDays(-1);
    }
    if (faults.contains(Fault::ExpiringCertificate))
        request.notAfter = now.addDays(10);
    if (faults.contains(Fault::WrongHostCertificate)) {
        request.commonName = QStringLiteral("bitbucket.example.invalid");
        request.dnsNames = {request.commonName};
        request.ipAddresses.clear();
    }
    server = faults.contains(Fault::SelfSignedCertificate)
        ? CertificateFactory::createSelfSigned(request, errorMessage)
        : CertificateFactory::createSigned(request, authority, errorMessage);
    return !server.isNull();
}

bool BitbucketSandbox::Private::writeCaBundle(QString *errorMessage)
{
    QString directory = options.workDirectory;
    if (directory.isEmpty()) {
        temporaryDirectory = std::make_unique<QTemporaryDir>();
        directory = temporaryDirectory->path();
    }
    if (!QDir().mkpath(directory)) {
        *errorMessage = tr("Cannot create the directory %1.").arg(directory);
        return false;
    }
    caBundlePath = QDir(directory).absoluteFilePath(caFileName);
    QSaveFile file(caBundlePath);
    if (!file.open(QIODevice::WriteOnly) || file.write(authority.certificate.toPem()) < 0
        || !file.commit()) {
        *errorMessage = tr("Cannot write %1: %2").arg(caBundlePath, file.errorString());
        return false;
    }
    return true;
}

// Listens with our own servers and hands them to QHttpServer::bind(), rather than calling
// QHttpServer::listen() (which in 6.4 also builds a QSslServer after sslSetup()), so that a
// port in use comes back as an error message instead of a log line.
bool BitbucketSandbox::Private::listen(QString *errorMessage)
{
    auto tlsListener = std::make_unique<QSslServer>();
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(server.certificate);
    configuration.setPrivateKey(server.privateKey);
    tlsListener->setSslConfiguration(configuration);
    if (!tlsListener->listen(QHostAddress::LocalHost, options.httpsPort)) {
        *errorMessage = tr("Cannot listen for HTTPS on 127.0.0.1:%1: %2")
                            .arg(options.httpsPort)
                            .arg(tlsListener->errorString());
        return false;
    }
    auto plainListener = std::make_unique<QTcpServer>();
    if (!plainListener->listen(QHostAddress::LocalHost, options.httpPort)) {
        *errorMessage = tr("Cannot listen for HTTP on 127.0.0.1:%1: %2")
                            .arg(options.httpPort)
                            .arg(plainListener->errorString());
        return false;
    }
    httpsPort = tlsListener->serverPort();
    httpPort = plainListener->serverPort();
    site.setPorts(httpsPort, httpPort);
    httpsServer = serverFor(tlsListener.release(), true);
    httpServer = serverFor(plainListener.release(), false);
    return true;
}

// The site does its own routing, so every request reaches the missing-route handler: the same
// rules then answer on both listeners, and any answer can be held back for SlowAnswers.
std::unique_ptr<QHttpServer> BitbucketSandbox::Private::serverFor(
    QTcpServer *listener, bool overHttps)
{
    auto frontend = std::make_unique<QHttpServer>();
    frontend->setMissingHandler(
        [this, overHttps](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            serve(request, std::move(responder), overHttps);
        });
    frontend->bind(listener);
    return frontend;
}

void BitbucketSandbox::Private::serve(
    const QHttpServerRequest &request, QHttpServerResponder &&responder, bool overHttps)
{
    qCInfo(lcSandbox).noquote() << (overHttps ? "https" : "http ") << methodName(request.method())
                                << request.url().path();
    auto status =
        isStatusRequest(request) ? std::make_unique<WaitingStatus>(statusCounters) : nullptr;
    QHttpServerResponse response = site.answer(request, overHttps);
    const int delay = delayMs();
    if (delay <= 0) {
        response.write(std::move(responder));
        return;
    }
    // Qt 6.4's routes answer synchronously, but the missing-route handler is given the
    // responder by rvalue, and a responder can be moved and written later: the answer waits in
    // a timer while the server goes on serving. The socket is the timer's context: when the
    // client gives up and the connection goes, the answer is dropped with it and never written
    // to a deleted socket.
    QTcpSocket *socket = responder.socket();
    std::shared_ptr<PendingAnswer> pending(
        new PendingAnswer {std::move(responder), std::move(response), std::move(status)});
    QTimer::singleShot(delay, socket, [pending] {
        pending->response.write(std::move(pending->responder));
        pending->status.reset();
    });
}

int BitbucketSandbox::Private::delayMs() const
{
    return options.requestLatencyMs
        + (options.faults.contains(Fault::SlowAnswers) ? options.latencyMs : 0);
}

BitbucketSandbox::BitbucketSandbox(Options options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(std::move(options)))
{ }

BitbucketSandbox::~BitbucketSandbox() = default;

bool BitbucketSandbox::start(QString *errorMessage)
{
    if (d->httpsServer)
        return true;
    QString error;
    const bool started =
        d->makeCertificates(&error) && d->writeCaBundle(&error) && d->listen(&error);
    if (started && d->options.seedLinks > 0)
        seedLinks(d->options.seedLinks);
    if (!started && errorMessage)
        *errorMessage = error;
    else if (!started)
        qCWarning(lcSandbox).noquote() << "The Bitbucket sandbox did not start:" << error;
    return started;
}

QUrl BitbucketSandbox::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(d->httpsPort);
    url.setPath(d->contextPath);
    return url;
}

QUrl BitbucketSandbox::plainHttpBaseUrl() const
{
    QUrl url = baseUrl();
    url.setScheme(QStringLiteral("http"));
    url.setPort(d->httpPort);
    return url;
}

quint16 BitbucketSandbox::httpsPort() const
{
    return d->httpsPort;
}

quint16 BitbucketSandbox::httpPort() const
{
    return d->httpPort;
}

QString BitbucketSandbox::caBundlePath() const
{
    return d->caBundlePath;
}

QList<QSslCertificate> BitbucketSandbox::caCertificates() const
{
    if (d->authority.isNull())
        return {};
    return {d->authority.certificate};
}

QSslCertificate BitbucketSandbox::serverCertificate() const
{
    return d->server.certificate;
}

CertificateFactory::GeneratedCertificate BitbucketSandbox::certificateAuthority() const
{
    return d->authority;
}

QStringList BitbucketSandbox::linkedTeamIds() const
{
    return d->site.linkedTeamIds();
}

void BitbucketSandbox::attachSlack(SlackSandbox *slack)
{
    d->site.integration().setSlack(slack);
}

QStringList BitbucketSandbox::seedLinks(int count)
{
    return d->site.integration().seedLinks(count);
}

void BitbucketSandbox::setRequestLatency(int milliseconds)
{
    d->options.requestLatencyMs = std::max(0, milliseconds);
}

void BitbucketSandbox::setRateLimit(int every, int burst, int retryAfterSeconds)
{
    d->site.integration().setRateLimit(every, burst, retryAfterSeconds);
}

void BitbucketSandbox::expireSignInAfter(int statusRequests)
{
    d->site.integration().expireSignInAfter(statusRequests);
}

void BitbucketSandbox::setSlackEverReached(bool reached)
{
    d->site.integration().setInstancePublic(reached);
}

int BitbucketSandbox::statusRequestCount() const
{
    return d->statusCounters->count;
}

int BitbucketSandbox::peakConcurrentStatusRequests() const
{
    return d->statusCounters->peak;
}

void BitbucketSandbox::resetStatusCounters()
{
    d->statusCounters->count = 0;
    d->statusCounters->peak = d->statusCounters->waiting;
}
