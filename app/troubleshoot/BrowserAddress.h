#pragma once

#include "troubleshoot/Diagnosis.h"

#include <QCoreApplication>
#include <QUrl>

// The address the browser ended on: a redirect address with ?error=..., one with the code and
// state of a handshake that got that far, Bitbucket's configuration page after an installation,
// or any http:// Bitbucket address. The code and state are never repeated.
class BrowserAddress
{
    Q_DECLARE_TR_FUNCTIONS(BrowserAddress)

public:
    // code is empty when the address tells nothing the troubleshooter knows.
    static Diagnosis diagnose(const QUrl &url, const DiagnosisContext &context);

private:
    static Diagnosis slackError(const QUrl &url, const QString &error);
    static Diagnosis codeReceived(const QUrl &url, const DiagnosisContext &context);
    static Diagnosis installed(const QUrl &url, const QString &teamId);
    static Diagnosis plainHttp(const QUrl &url, const DiagnosisContext &context);
};
