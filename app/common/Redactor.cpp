#include "common/Redactor.h"

#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QSet>

namespace Redactor {
namespace {

// The handler runs until the very end of the process: Qt still logs while it unloads its plugins,
// after function-local statics have been destroyed. So the state lives on the heap and is never
// freed, and every message can be redacted, the last ones included.
QMutex &secretsMutex()
{
    static auto *mutex = new QMutex;
    return *mutex;
}

QSet<QString> &secrets()
{
    static auto *values = new QSet<QString>;
    return *values;
}

const QString secretNames = QStringLiteral(
    "(?:client_secret|signing_secret|verification_token|password|passwd|access_token|"
    "bot_access_token|refresh_token|token|code|state|secret)");

// A rule's pattern cannot match text that lacks all of its needles (each a literal the pattern
// requires, compared without regard to case), so the pattern runs only where one occurs. Most
// messages hold none, and a pattern that never runs is never compiled: the first message of a
// run then costs microseconds instead of the millisecond that compiling all five takes.
struct Rule
{
    QRegularExpression pattern;
    QString replacement;
    QStringList needles;

    bool mayMatch(const QString &text) const
    {
        for (const QString &needle : needles) {
            if (text.contains(needle, Qt::CaseInsensitive))
                return true;
        }
        return false;
    }
};

const QList<Rule> &rules()
{
    static const auto *list = new QList<Rule> {
        // Slack tokens: xoxb-, xoxp-, xoxa-, xoxr-, xoxs-, xoxe-, xoxe.xoxp-, xapp-.
        {QRegularExpression(
             QStringLiteral("\\b(?:xox[abeoprs](?:\\.xox[bp])?|xapp)-[A-Za-z0-9-]+")),
            QStringLiteral("[redacted]"), {QStringLiteral("xox"), QStringLiteral("xapp-")}},
        // Authorization: Basic ... / Bearer ...
        {QRegularExpression(
             QStringLiteral("(?i)\\b(authorization\\s*[:=]\\s*)(basic|bearer)\\s+\\S+")),
            QStringLiteral("\\1\\2 [redacted]"), {QStringLiteral("authorization")}},
        // name=value in queries and form bodies.
        {QRegularExpression(
             QStringLiteral("(?i)([?&;\\s]|^)(") + secretNames + QStringLiteral(")=[^&\\s\"'#]+")),
            QStringLiteral("\\1\\2=[redacted]"), {QStringLiteral("=")}},
        // "name": "value" in JSON.
        {QRegularExpression(QStringLiteral("(?i)(\"") + secretNames
             + QStringLiteral("\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\"")),
            QStringLiteral("\\1\"[redacted]\""), {QStringLiteral("\"")}},
        // user:password@ in URLs.
        {QRegularExpression(QStringLiteral("(?i)\\b([a-z][a-z0-9+.-]*://)[^/@\\s:]+:[^/@\\s]+@")),
            QStringLiteral("\\1[redacted]@"), {QStringLiteral("@")}},
    };
    return *list;
}

QtMessageHandler previousHandler = nullptr;

void redactingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (previousHandler)
        previousHandler(type, context, redact(message));
}

} // namespace

QString redact(const QString &text)
{
    QString result = text;
    {
        QMutexLocker locker(&secretsMutex());
        for (const QString &secret : std::as_const(secrets()))
            result.replace(secret, mask.toString());
    }
    for (const Rule &rule : rules()) {
        if (rule.mayMatch(result))
            result.replace(rule.pattern, rule.replacement);
    }
    return result;
}

QString redactUrl(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment)
        .toDisplayString();
}

void registerSecret(const QString &value)
{
    if (value.size() < 4)
        return;
    QMutexLocker locker(&secretsMutex());
    secrets().insert(value);
}

void forgetSecrets()
{
    QMutexLocker locker(&secretsMutex());
    secrets().clear();
}

void installMessageHandler()
{
    QtMessageHandler previous = qInstallMessageHandler(redactingHandler);
    if (previous != redactingHandler)
        previousHandler = previous;
}

} // namespace Redactor
