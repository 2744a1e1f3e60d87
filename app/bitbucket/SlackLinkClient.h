#pragma once

#include "bitbucket/BitbucketTarget.h"
#include "bitbucket/HttpAnswer.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QString>

#include <chrono>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

// Creates and replaces workspace links ("Slack links") through the REST API of Bitbucket's Slack
// integration: POST <base>/rest/slack/latest/connection with "custom": true and the six
// credentials (the integration's Advanced mode, which asks Slack itself for the team, the bot and
// the installer), and POST …/connection/{teamId} to replace every credential of an existing link.
//
// The credentials, tokens included, are sent only in the body of that one request, over a
// connection verified against the system store and the CA bundle; nothing here logs them or keeps
// them after the answer. Bitbucket's answer is reported as it came (its 400 bodies are plain text)
// together with what it means and what to do, in the words the troubleshooter uses.
class SlackLinkClient : public QObject
{
    Q_OBJECT

public:
    struct Credentials
    {
        QString clientId;
        QString clientSecret;
        QString signingSecret;
        QString verificationToken;
        QString userToken; // the installer's xoxp- token: the link's "access_token"
        QString botToken; // xoxb-
    };

    struct Outcome
    {
        bool ok = false;
        int httpStatus = 0; // 0 when no HTTP answer arrived
        QString teamId; // from Bitbucket's answer on success
        QString teamName;
        // Bitbucket's body exactly as it came (trimmed, shortened to maxServerText), on failure.
        QString serverText;
        // The troubleshooter's code for the answer, e.g. "bitbucket_credentials_invalid"; empty
        // when the answer is not one the catalogue knows.
        QString code;
        QString explanation; // translated: what went wrong
        QString advice; // translated: what to do next
        // Bitbucket already has a link for this workspace (create refused): ask about replacing.
        bool alreadyConnected = false;
    };

    using Callback = std::function<void(const Outcome &)>;

    static constexpr std::chrono::milliseconds timeout {30000};
    static constexpr int maxServerText = 2000;

    SlackLinkClient(
        QNetworkAccessManager *network, const BitbucketTarget &target, QObject *parent = nullptr);
    ~SlackLinkClient() override;

    // One request at a time; a second call while one runs is refused with an Outcome at once.
    void createLink(const Credentials &credentials, Callback done);
    void replaceLink(const QString &teamId, const Credentials &credentials, Callback done);
    // Stops waiting; done is not called. Bitbucket may still carry out a request already sent.
    void abort();
    bool isBusy() const { return m_reply != nullptr; }

    // The JSON body of a create or replace request (exposed for tests).
    static QByteArray requestBody(const Credentials &credentials);
    // What an answer means: exposed so that tests can judge answers without a server.
    static Outcome judge(const HttpAnswer &answer, bool replacing);

private:
    void send(const QString &path, const Credentials &credentials, bool replacing, Callback done);

    QNetworkAccessManager *m_network;
    BitbucketTarget m_target;
    QPointer<QNetworkReply> m_reply;
    QList<QSslError> m_sslErrors;
};
