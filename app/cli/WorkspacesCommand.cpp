#include "cli/WorkspacesCommand.h"

#include "bitbucket/SlackLinkDirectory.h"
#include "cli/BitbucketLogin.h"
#include "cli/CommandLine.h"
#include "common/Redactor.h"
#include "store/Ledger.h"
#include "store/Profile.h"
#include "store/SecretStore.h"
#include "workspaces/WorkspaceExport.h"
#include "workspaces/WorkspaceTableModel.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSettings>
#include <QTextStream>

namespace {

QString isoUtc(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

WorkspacesCommand::WorkspacesCommand(Kind kind, QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent)
    , m_kind(kind)
    , m_out(out)
    , m_err(err)
{ }

WorkspacesCommand::~WorkspacesCommand() = default;

QString WorkspacesCommand::commandName(Kind kind)
{
    switch (kind) {
    case Kind::List:
        return QStringLiteral("list");
    case Kind::Verify:
        return QStringLiteral("verify");
    case Kind::Export:
        break;
    }
    return QStringLiteral("export");
}

QString WorkspacesCommand::helpText(Kind kind)
{
    const QString common =
        tr("  --bitbucket URL    Bitbucket's base URL with its context path\n"
           "                     (default: the one saved by the setup wizard)\n"
           "  --ca-bundle FILE   PEM file of extra certificate authorities to trust\n"
           "  --manifest FILE    the Slack app's manifest (JSON or YAML), to compare the\n"
           "                     scopes each workspace was granted with those it asks for\n"
           "  --profile NAME     use the settings, keychain entries and ledger of profile NAME\n"
           "\n"
           "Credentials come from WORKSPACE_CONNECTOR_BITBUCKET_USER and\n"
           "WORKSPACE_CONNECTOR_BITBUCKET_PASSWORD, or else from the saved user name and the\n"
           "system keychain; never from arguments.\n");
    switch (kind) {
    case Kind::List:
        return tr("Usage: workspace-connector list [OPTIONS] [--json]\n"
                  "\n"
                  "Lists the Slack workspaces connected to Bitbucket, with what this program's\n"
                  "ledger knows of them: who installed them and when, the scopes granted and the\n"
                  "last status seen.\n"
                  "\n")
            + common
            + tr("  --json             print {\"workspaces\":[...]} as export --format json does\n"
                 "\n"
                 "Exit status: 0 when the list was read, 1 when Bitbucket could not be\n"
                 "asked, 2 for a usage or configuration error.\n");
    case Kind::Verify:
        return tr("Usage: workspace-connector verify [TEAM_ID...] [OPTIONS] [--json]\n"
                  "\n"
                  "Asks Bitbucket for the live status of each workspace (all when no team ID is\n"
                  "given): Connected, Limited, OAuth failure, Not connected or Unknown. Every\n"
                  "status is recorded in the ledger.\n"
                  "\n")
            + common
            + tr("  --json             print {\"workspaces\":[{\"teamId\",\"name\",\"status\","
                 "\"detail\",\n"
                 "                     \"checkedAt\"}],\"summary\":{...}}\n"
                 "\n"
                 "Exit status: 0 when every workspace is Connected, 1 when one is not or a\n"
                 "request failed, 2 for a usage or configuration error.\n");
    case Kind::Export:
        break;
    }
    return tr("Usage: workspace-connector export --format csv|json [--output FILE] [OPTIONS]\n"
              "\n"
              "Writes the connected workspaces as the window's table shows them, as CSV (a\n"
              "header row, one row per workspace) or JSON ({\"workspaces\":[...]}).\n"
              "\n")
        + common
        + tr("  --format FORMAT    csv or json\n"
             "  --output FILE      write to FILE instead of standard output\n"
             "\n"
             "Exit status: 0 when the file was written, 1 when Bitbucket could not be\n"
             "asked or the file not written, 2 for a usage or configuration error.\n");
}

void WorkspacesCommand::usageError(const QString &message)
{
    m_err << tr("workspace-connector %1: %2").arg(commandName(m_kind), message) << '\n'
          << tr("Run 'workspace-connector %1 --help' for usage.").arg(commandName(m_kind)) << '\n';
    m_err.flush();
    m_exitCode = CommandLine::UsageError;
}

bool WorkspacesCommand::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption bitbucket(
        QStringLiteral("bitbucket"), QString(), QStringLiteral("URL"));
    const QCommandLineOption caBundle(
        QStringLiteral("ca-bundle"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption manifest(
        QStringLiteral("manifest"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption profile(QStringLiteral("profile"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption format(QStringLiteral("format"), QString(), QStringLiteral("FORMAT"));
    const QCommandLineOption output(QStringLiteral("output"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption help(QStringList {QStringLiteral("h"), QStringLiteral("help")});
    parser.addOptions({bitbucket, caBundle, manifest, profile, help});
    if (m_kind == Kind::Export)
        parser.addOptions({format, output});
    else
        parser.addOption(json);

    if (!parser.parse(QStringList {commandName(m_kind)} + arguments)) {
        usageError(parser.errorText());
        return false;
    }
    if (parser.isSet(help)) {
        m_out << helpText(m_kind);
        m_out.flush();
        m_exitCode = CommandLine::Success;
        return false;
    }
    const QStringList positional = parser.positionalArguments();
    if (m_kind == Kind::Verify) {
        static const QRegularExpression teamShape(QStringLiteral("^[TE][A-Z0-9]{2,}$"));
        for (const QString &teamId : positional) {
            if (!teamShape.match(teamId).hasMatch()) {
                usageError(tr("'%1' is not a Slack team ID (T followed by capital letters and "
                              "digits)")
                               .arg(Redactor::redact(teamId)));
                return false;
            }
            if (!m_teamIds.contains(teamId))
                m_teamIds << teamId;
        }
    } else if (!positional.isEmpty()) {
        usageError(tr("unexpected argument '%1'").arg(Redactor::redact(positional.constFirst())));
        return false;
    }
    if (m_kind == Kind::Export) {
        m_format = parser.value(format).toLower();
        if (m_format != QLatin1String("csv") && m_format != QLatin1String("json")) {
            usageError(parser.isSet(format) ? tr("--format must be csv or json")
                                            : tr("--format csv or --format json is needed"));
            return false;
        }
        m_outputPath = parser.value(output);
    }
    m_json = m_kind != Kind::Export && parser.isSet(json);
    m_profile = parser.value(profile);
    m_saved = ConnectionSettings::load(*Profile(m_profile).settings());

    QString problem;
    if (!BitbucketLogin::resolveTarget(
            parser.isSet(bitbucket) ? parser.value(bitbucket) : QString(),
            parser.isSet(caBundle) ? parser.value(caBundle) : QString(), m_saved, &m_target,
            &problem)) {
        usageError(problem);
        return false;
    }
    if (parser.isSet(manifest)) {
        QString error;
        m_manifest = SlackManifest::fromFile(parser.value(manifest), &error);
        if (m_manifest.isNull()) {
            usageError(tr("cannot use the manifest '%1': %2")
                           .arg(parser.value(manifest),
                               error.isEmpty() ? tr("the file holds no manifest") : error));
            return false;
        }
    }
    m_passwordFromEnvironment = BitbucketLogin::takeEnvironment(m_saved, &m_target);
    return true;
}

void WorkspacesCommand::start()
{
    if (m_passwordFromEnvironment || m_target.username.isEmpty()) {
        listLinks();
        return;
    }
    m_keychain = Profile(m_profile).createKeychainStore().release();
    m_keychain->setParent(this);
    BitbucketLogin::completeFromKeychain(
        &m_target, false, m_keychain, this,
        [this](const QString &line) {
            m_err << line << '\n';
            m_err.flush();
        },
        [this] { listLinks(); });
}

void WorkspacesCommand::fail(const QString &explanation, const QString &advice)
{
    m_err << tr("workspace-connector %1: %2").arg(commandName(m_kind), explanation) << '\n';
    if (!advice.isEmpty())
        m_err << advice << '\n';
    m_err.flush();
    done(CommandLine::Failure);
}

void WorkspacesCommand::listLinks()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_directory = new SlackLinkDirectory(m_network.get(), m_target, this);
    m_directory->list([this](const SlackLinkDirectory::ListResult &result) {
        if (!result.ok) {
            QString explanation = result.failure.explanation;
            if (!result.failure.serverText.isEmpty())
                explanation += u' ' + tr("Bitbucket answered: %1").arg(result.failure.serverText);
            fail(explanation, result.failure.advice);
            return;
        }
        onListed(result.links);
    });
}

void WorkspacesCommand::onListed(const QList<LinkSummary> &links)
{
    // The same merge as the window's table, with what this profile's ledger recorded.
    QList<Ledger::Event> events;
    Ledger ledger(Ledger::defaultPath(m_profile));
    if (ledger.open()) {
        if (const auto recorded = ledger.events())
            events = *recorded;
    } else {
        m_err << tr("note: the ledger cannot be read, so only what Bitbucket knows is shown: %1")
                     .arg(ledger.problem().explanation)
              << '\n';
        m_err.flush();
    }
    WorkspaceTableModel model;
    model.setRequestedScopes(m_manifest.botScopes(), m_manifest.userScopes());
    model.merge(links, events);
    m_records = model.records();
    for (int i = 0; i < m_records.size(); ++i)
        m_recordOf.insert(m_records.at(i).teamId, i);

    switch (m_kind) {
    case Kind::List:
        printList();
        done(CommandLine::Success);
        return;
    case Kind::Export:
        printExport();
        return;
    case Kind::Verify:
        verify();
        return;
    }
}

void WorkspacesCommand::printList()
{
    const WorkspaceExport::Requested requested {m_manifest.botScopes(), m_manifest.userScopes()};
    if (m_json) {
        m_out << QString::fromUtf8(WorkspaceExport::toJson(m_records, requested));
        m_out.flush();
        return;
    }
    for (const WorkspaceRecord &record : std::as_const(m_records)) {
        QString line = QStringLiteral("%1  %2  %3")
                           .arg(record.teamId, -12)
                           .arg(WorkspaceStatusNames::code(record.status), -13)
                           .arg(record.teamName);
        if (!record.enterpriseName.isEmpty())
            line += QStringLiteral("  (%1)").arg(record.enterpriseName);
        if (record.knownToLedger) {
            line += QStringLiteral("  ")
                + tr("installed %1 by %2")
                      .arg(isoUtc(record.installedAt),
                          record.installerName.isEmpty() ? record.installerUserId
                                                         : record.installerName);
        }
        if (!record.inBitbucket)
            line += QStringLiteral("  ") + tr("[no longer in Bitbucket]");
        const QStringList missing = record.missingBotScopes(m_manifest.botScopes())
            + record.missingUserScopes(m_manifest.userScopes());
        if (!missing.isEmpty())
            line += QStringLiteral("  ")
                + tr("needs Update Access: %1").arg(missing.join(QStringLiteral(",")));
        m_out << line << '\n';
    }
    m_out.flush();
    m_err << tr("%n workspace(s)", nullptr, int(m_records.size())) << '\n';
    m_err.flush();
}

void WorkspacesCommand::printExport()
{
    const WorkspaceExport::Requested requested {m_manifest.botScopes(), m_manifest.userScopes()};
    const QByteArray bytes = m_format == QLatin1String("csv")
        ? WorkspaceExport::toCsv(m_records, requested)
        : WorkspaceExport::toJson(m_records, requested);
    if (m_outputPath.isEmpty()) {
        m_out.flush();
        m_out << QString::fromUtf8(bytes);
        m_out.flush();
        done(CommandLine::Success);
        return;
    }
    QSaveFile file(m_outputPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        fail(tr("cannot write %1: %2").arg(m_outputPath, file.errorString()),
            tr("Choose a file in a folder you can write to."));
        return;
    }
    m_err << tr("%n workspace(s) written to %1", nullptr, int(m_records.size())).arg(m_outputPath)
          << '\n';
    m_err.flush();
    done(CommandLine::Success);
}

void WorkspacesCommand::verify()
{
    QStringList teamIds = m_teamIds;
    QHash<QString, QString> names;
    if (teamIds.isEmpty()) {
        for (const WorkspaceRecord &record : std::as_const(m_records)) {
            if (record.inBitbucket)
                teamIds << record.teamId;
        }
    }
    for (const QString &teamId : std::as_const(teamIds)) {
        const int index = m_recordOf.value(teamId, -1);
        if (index >= 0)
            names.insert(teamId, m_records.at(index).teamName);
    }
    m_runner = new VerifyRunner(m_directory, this);
    m_runner->setLedgerPath(Ledger::defaultPath(m_profile));
    m_runner->setAppId(m_saved.slackAppId);
    connect(m_runner, &VerifyRunner::workspaceVerified, this,
        [this, names](const QString &teamId, WorkspaceStatus status, const QString &detail,
            const QDateTime &checkedAt) {
            int index = m_recordOf.value(teamId, -1);
            if (index < 0) {
                WorkspaceRecord record;
                record.teamId = teamId;
                record.inBitbucket = false;
                m_records.append(record);
                index = int(m_records.size()) - 1;
                m_recordOf.insert(teamId, index);
            }
            WorkspaceRecord &record = m_records[index];
            record.status = status;
            record.statusDetail = detail;
            record.lastChecked = checkedAt;
            if (!m_json) {
                m_out << QStringLiteral("%1  %2  %3")
                             .arg(teamId, -12)
                             .arg(WorkspaceStatusNames::code(status), -13)
                             .arg(names.value(teamId))
                      << '\n';
                m_out.flush();
            }
        });
    connect(m_runner, &VerifyRunner::workspaceNotVerified, this,
        [this](const QString &teamId, const QString &reason) {
            m_problem = true;
            m_err << tr("%1: not checked: %2").arg(teamId, reason) << '\n';
            m_err.flush();
        });
    auto stopped = [this](const QString &explanation, const QString &advice) {
        m_problem = true;
        m_err << explanation << '\n';
        if (!advice.isEmpty())
            m_err << advice << '\n';
        m_err.flush();
    };
    connect(m_runner, &VerifyRunner::signInProblem, this, stopped);
    connect(m_runner, &VerifyRunner::connectionProblem, this, stopped);
    connect(m_runner, &VerifyRunner::ledgerWarning, this, [this](const QString &text) {
        m_err << tr("note: %1").arg(text) << '\n';
        m_err.flush();
    });
    connect(m_runner, &VerifyRunner::finished, this, &WorkspacesCommand::onVerified);
    m_teamIds = teamIds;
    m_runner->start(teamIds, names);
}

void WorkspacesCommand::onVerified(bool cancelled, const VerifyRunner::Summary &summary)
{
    bool healthy = !cancelled && !summary.stopped && summary.notChecked == 0 && !m_problem;
    QJsonArray workspaces;
    for (const QString &teamId : std::as_const(m_teamIds)) {
        const int index = m_recordOf.value(teamId, -1);
        const WorkspaceRecord record = index >= 0 ? m_records.at(index) : WorkspaceRecord();
        if (index < 0 || record.status == WorkspaceStatus::NotChecked
            || !WorkspaceStatusNames::isHealthy(record.status))
            healthy = false;
        workspaces.append(QJsonObject {
            {QStringLiteral("teamId"), teamId},
            {QStringLiteral("name"), record.teamName},
            {QStringLiteral("status"),
                WorkspaceStatusNames::code(
                    index >= 0 ? record.status : WorkspaceStatus::NotChecked)},
            {QStringLiteral("detail"), record.statusDetail},
            {QStringLiteral("checkedAt"), isoUtc(record.lastChecked)},
        });
    }
    if (m_json) {
        QJsonObject counts;
        for (auto it = summary.counts.cbegin(); it != summary.counts.cend(); ++it)
            counts.insert(WorkspaceStatusNames::code(it.key()), it.value());
        const QJsonObject root {
            {QStringLiteral("workspaces"), workspaces},
            {QStringLiteral("summary"),
                QJsonObject {
                    {QStringLiteral("total"), summary.total},
                    {QStringLiteral("checked"), summary.checked},
                    {QStringLiteral("notChecked"), summary.notChecked},
                    {QStringLiteral("counts"), counts},
                    {QStringLiteral("stopped"), summary.stopped},
                    {QStringLiteral("text"), summary.text},
                }},
        };
        m_out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        m_out.flush();
    }
    m_err << summary.text << '\n';
    m_err.flush();
    done(healthy ? CommandLine::Success : CommandLine::Failure);
}

void WorkspacesCommand::done(int exitCode)
{
    m_exitCode = exitCode;
    Q_EMIT finished(exitCode);
}
