#pragma once

#include <QLoggingCategory>

// One category per module. Enable with QT_LOGGING_RULES="connector.*.debug=true".
// Every message passes through Redactor before it is written (see Redactor::installMessageHandler).
Q_DECLARE_LOGGING_CATEGORY(lcBitbucket)
Q_DECLARE_LOGGING_CATEGORY(lcChecks)
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcTls)
Q_DECLARE_LOGGING_CATEGORY(lcCli)
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)
Q_DECLARE_LOGGING_CATEGORY(lcSlackApi)
Q_DECLARE_LOGGING_CATEGORY(lcLoopback)
Q_DECLARE_LOGGING_CATEGORY(lcInstall)
Q_DECLARE_LOGGING_CATEGORY(lcLedger)
