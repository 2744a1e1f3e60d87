#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QObject>
#include <QPair>
#include <QSslCertificate>
#include <QSslError>
#include <QString>
#include <QStringList>
#include <QUrl>

// The administrator's browser in the tests: opens Slack's permission screen at the stand-in,
// reads its form (the request id, the workspaces, the scopes), clicks Allow or Cancel, and
// follows the redirect that comes back, typically a 302 to this program's loopback listener at
// https://127.0.0.1:<port>/…, or stops before it and gives its Location (for the program's
// "paste the address" mode). Each call waits for its answer, running an event loop meanwhile.
//
// It trusts the certificate authorities it is given and, optionally, one more certificate that
// the server must present exactly (the loopback listener's self-signed one): an error that
// concerns that certificate's trust (self-signed, unknown issuer) is let pass for it alone. Any
// other TLS error, an expired or misnamed certificate included, fails the request.
class SandboxBrowser : public QObject
{
    Q_OBJECT

public:
    struct Workspace
    {
        QString teamId;
        QString name;
        bool selected = false;
    };

    struct Page
    {
        int status = 0; // 0: no HTTP answer at all; see error
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QString errorString;
        QList<QSslError> sslErrors; // every TLS error reported, let pass or not
        QByteArray body;
        QByteArray contentType;
        QUrl url; // where this answer came from: after the redirects followed, the last address
        QByteArray location; // a redirect's Location as sent, when it was not followed
        QList<QUrl> redirects; // the addresses redirected to and followed, in order

        bool isRedirect() const { return status >= 300 && status < 400 && !location.isEmpty(); }
        QUrl locationUrl() const { return url.resolved(QUrl::fromEncoded(location)); }
    };

    explicit SandboxBrowser(
        const QList<QSslCertificate> &caCertificates, QObject *parent = nullptr);

    // The one certificate trusted by itself (a null one: none).
    void setExtraCertificate(const QSslCertificate &certificate);
    // true (the default): follow redirects; false: stop at the first and give its Location.
    void setFollowRedirects(bool follow) { m_followRedirects = follow; }
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    // GETs the authorize URL: the permission screen, or one of Slack's error pages, or (for an
    // error Slack redirects with) the redirect.
    Page open(const QUrl &authorizeUrl);
    // Posts the screen's form: Allow into that workspace (empty: the one preselected), or
    // Cancel. Without a screen open, an empty Page with errorString set.
    Page allow(const QString &teamId = QString());
    Page cancel();
    // Plain requests with the same trust and redirect rules.
    Page get(const QUrl &url);
    Page post(const QUrl &url, const QList<QPair<QString, QString>> &form);

    // What the last page opened showed, read from its markup.
    bool hasScreen() const { return !m_requestId.isEmpty(); }
    QString requestId() const { return m_requestId; }
    QUrl formAction() const { return m_formAction; }
    QString appName() const { return m_appName; }
    QStringList botScopes() const { return m_botScopes; }
    QStringList userScopes() const { return m_userScopes; }
    QList<Workspace> workspaces() const { return m_workspaces; }
    QString selectedTeamId() const;
    QString pageTitle() const { return m_title; }
    QString errorText() const { return m_errorText; } // the message of an error page

private:
    Page send(const QByteArray &verb, const QUrl &url, const QByteArray &body);
    Page sendOnce(const QByteArray &verb, const QUrl &url, const QByteArray &body);
    Page submit(const QString &action, const QString &teamId);
    bool trustsPinned(const QNetworkReply *reply, const QList<QSslError> &errors) const;
    void readScreen(const Page &page);

    QNetworkAccessManager m_network;
    QList<QSslCertificate> m_caCertificates;
    QSslCertificate m_extraCertificate;
    bool m_followRedirects = true;
    int m_timeoutMs = 15000;

    QString m_requestId;
    QUrl m_formAction;
    QString m_appName;
    QStringList m_botScopes;
    QStringList m_userScopes;
    QList<Workspace> m_workspaces;
    QString m_title;
    QString m_errorText;
};
