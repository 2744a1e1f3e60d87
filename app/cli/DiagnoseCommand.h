#pragma once

#include "troubleshoot/Diagnosis.h"

#include <QCoreApplication>
#include <QStringList>

class QIODevice;
class QTextStream;

// `workspace-connector diagnose TEXT [--manifest FILE] [--bitbucket URL] [--json]`
//
// Explains an error message, a Slack error code, a Bitbucket error body or the address the
// browser ended on, and says what to do. TEXT may come as several arguments (joined with spaces)
// or, as "-", from standard input, which keeps a pasted code out of the process list.
// Exit status: 0 when the text was recognised, 1 when not, 2 for a usage error.
class DiagnoseCommand
{
    Q_DECLARE_TR_FUNCTIONS(DiagnoseCommand)

public:
    DiagnoseCommand(QTextStream &out, QTextStream &err);

    // arguments come without the program name and the command; input is read for "-".
    int run(const QStringList &arguments, QIODevice *input);

    static QString helpText();

private:
    enum class Parsed { Ready, Done, Failed };

    Parsed parse(const QStringList &arguments, QIODevice *input);
    bool readText(const QStringList &words, QIODevice *input);
    bool readManifest(const QString &path);
    bool readBitbucketUrl(const QString &given, const QString &profile);
    void usageError(const QString &message);
    void print(const Diagnosis &diagnosis);

    QTextStream &m_out;
    QTextStream &m_err;
    QString m_text;
    DiagnosisContext m_context;
    bool m_json = false;
};
