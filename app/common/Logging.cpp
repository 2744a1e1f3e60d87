#include "common/Logging.h"

Q_LOGGING_CATEGORY(lcBitbucket, "connector.bitbucket", QtInfoMsg)
Q_LOGGING_CATEGORY(lcChecks, "connector.checks", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "connector.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcTls, "connector.tls", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "connector.cli", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSandbox, "connector.sandbox", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSlackApi, "connector.slackapi", QtInfoMsg)
Q_LOGGING_CATEGORY(lcLoopback, "connector.loopback", QtInfoMsg)
Q_LOGGING_CATEGORY(lcInstall, "connector.install", QtInfoMsg)
Q_LOGGING_CATEGORY(lcLedger, "connector.ledger", QtInfoMsg)
