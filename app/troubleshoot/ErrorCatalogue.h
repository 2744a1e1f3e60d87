#pragma once

#include "troubleshoot/Diagnosis.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The one table of errors the program explains: Slack's error codes (authorize, oauth.v2.access,
// the manifest API, token rotation, auth.test), the Bitbucket integration's answers, the errors of
// the admin guide and the addresses a browser can end on. Every place that shows such an error
// takes its words from here, so the troubleshooter and the rest of the program never disagree.
class ErrorCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(ErrorCatalogue)

public:
    enum class Origin { Slack, Bitbucket, Program };

    // Every code in the table, in table order.
    static QStringList codes();
    static QStringList codes(Origin origin);
    static bool contains(const QString &code);
    static bool isSlackCode(const QString &code);

    // The entry's title, cause and fix, translated, with recognised set; closest and detail are
    // left to the caller. A code not in the table gives recognised == false and a title naming it.
    static Diagnosis describe(const QString &code);
    // recognised == false, a title naming the code and where to look it up.
    static Diagnosis unknownSlackCode(const QString &code);

    // The code of the Bitbucket (or Slack page) message whose words appear in text, or empty.
    static QString codeForMessage(const QString &text);
    // The code for a key of Bitbucket's connection status ("OAUTH_FAILURE", ...), or empty.
    static QString codeForStatusKey(const QString &key);
};
