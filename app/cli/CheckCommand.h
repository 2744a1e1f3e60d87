#pragma once

#include "bitbucket/BitbucketTarget.h"

#include <QObject>
#include <QStringList>

#include <memory>

class CheckRunner;
class QNetworkAccessManager;
class QTextStream;

// `workspace-connector check --bitbucket URL [--ca-bundle FILE] [--http-port N] [--json]`
//
// Runs the readiness checks and prints one line per check, or {"checks":[...]} with --json.
// Credentials come from WORKSPACE_CONNECTOR_BITBUCKET_USER and ..._PASSWORD, or else from the
// saved user name and the keychain; never from arguments, where other users of the machine could
// read them.
class CheckCommand : public QObject
{
    Q_OBJECT

public:
    CheckCommand(QTextStream &out, QTextStream &err, QObject *parent = nullptr);
    ~CheckCommand() override;

    // Parses the arguments (without the program name and the command). Returns false after
    // printing a usage error; then exitCode() is 2.
    bool parse(const QStringList &arguments);

    // Starts the checks; finished() follows.
    void start();

    int exitCode() const { return m_exitCode; }
    static QString helpText();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void usageError(const QString &message);
    void startChecks();
    void report();

    QTextStream &m_out;
    QTextStream &m_err;
    BitbucketTarget m_target;
    QString m_profile;
    bool m_json = false;
    bool m_passwordFromEnvironment = false;
    int m_exitCode = 0;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<CheckRunner> m_runner;
};
