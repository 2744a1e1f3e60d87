#pragma once

#include "bitbucket/BitbucketErrorBody.h"
#include "bitbucket/HttpAnswer.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <chrono>

// What the clients of the Slack integration's REST API (SlackLinkClient, SlackLinkDirectory)
// share about its answers: where its resources are, and the words for what went wrong, in the
// troubleshooter's terms.
class IntegrationAnswer
{
    Q_DECLARE_TR_FUNCTIONS(IntegrationAnswer)

public:
    // What went wrong, for the admin: a stable code, what happened, what to do.
    struct Words
    {
        QString code;
        QString explanation;
        QString advice;
    };

    static constexpr int maxServerText = 2000;

    // <base>/rest/slack/latest/… for a base URL with or without a trailing slash.
    static QUrl endpoint(const QUrl &base, const QString &path);

    // The troubleshooter's entry for a code ("bitbucket_not_admin", a Slack error code, ...).
    static Words known(const QString &code);
    // No HTTP answer: a certificate that was not accepted (*tls true), or a connection that did
    // not work.
    static Words transport(
        const HttpAnswer &answer, std::chrono::milliseconds timeout, bool *tls = nullptr);
    // Whether Bitbucket refused the administrator (401, 403 or a redirect to a sign-in page).
    static bool isRefusal(const HttpAnswer &answer);
    // Why it refused, told apart the way the HTTPS page's bitbucket.admin check does.
    static Words refusal(const HttpAnswer &answer, const BitbucketErrorBody &parsed);
    // 404: no Slack integration at this address.
    static Words noIntegration();
    // Bitbucket's body as the admin should see it: HTML reduced to its text, all shortened.
    static QString serverText(const QByteArray &body, const BitbucketErrorBody &parsed);
};
