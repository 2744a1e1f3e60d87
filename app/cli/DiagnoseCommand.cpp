#include "cli/DiagnoseCommand.h"

#include "cli/CommandLine.h"
#include "common/Redactor.h"
#include "slack/SlackManifest.h"
#include "store/ConnectionSettings.h"
#include "store/Profile.h"

#include <QCommandLineParser>
#include <QIODevice>
#include <QJsonDocument>
#include <QSettings>
#include <QTextStream>

#include <algorithm>

namespace {

constexpr qsizetype lineWidth = 100;

// The text in lines of at most width characters, broken at spaces only (an address stays whole),
// keeping the text's own line breaks.
QStringList wrapped(const QString &text, qsizetype width)
{
    QStringList lines;
    const QStringList paragraphs = text.split(u'\n');
    for (const QString &paragraph : paragraphs) {
        QString line;
        const QStringList words = paragraph.split(u' ', Qt::SkipEmptyParts);
        for (const QString &word : words) {
            if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
                lines.append(line);
                line.clear();
            }
            line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
        }
        lines.append(line);
    }
    return lines;
}

} // namespace

DiagnoseCommand::DiagnoseCommand(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{ }

QString DiagnoseCommand::helpText()
{
    return tr(
        "Usage: workspace-connector diagnose TEXT... [--manifest FILE] [--bitbucket URL]\n"
        "                                    [--profile NAME] [--json]\n"
        "       workspace-connector diagnose - [OPTIONS] < FILE\n"
        "\n"
        "Explains an error and says what to do: an error message, a Slack error code\n"
        "(access_denied, invalid_code, invalid_manifest, ...), an error answer from\n"
        "Bitbucket, or the address the browser ended on. Several words are joined with\n"
        "spaces; '-' reads the text from standard input, which keeps a pasted address\n"
        "with its code out of the process list. Put '--' before text that starts with '-'.\n"
        "\n"
        "  --manifest FILE   the Slack app's manifest (JSON or YAML, as Slack's manifest\n"
        "                    editor exports it): compares a rejected redirect URI with\n"
        "                    its Redirect URLs and names the closest one\n"
        "  --bitbucket URL   Bitbucket's base URL (default: the one saved by the setup\n"
        "                    wizard)\n"
        "  --profile NAME    use the settings of profile NAME\n"
        "  --json            print {\"code\",\"title\",\"cause\",\"closest\",\"detail\",\"fix\"}\n"
        "\n"
        "Codes, states and tokens in the text are never printed.\n"
        "\n"
        "Exit status: 0 when the text was recognised, 1 when it was not, 2 for a usage\n"
        "error (no text, an unreadable manifest).\n");
}

int DiagnoseCommand::run(const QStringList &arguments, QIODevice *input)
{
    switch (parse(arguments, input)) {
    case Parsed::Done:
        return CommandLine::Success;
    case Parsed::Failed:
        return CommandLine::UsageError;
    case Parsed::Ready:
        break;
    }
    const Diagnosis diagnosis = Troubleshooter::diagnose(m_text, m_context);
    print(diagnosis);
    return diagnosis.recognised ? CommandLine::Success : CommandLine::Failure;
}

void DiagnoseCommand::usageError(const QString &message)
{
    m_err << tr("workspace-connector diagnose: %1").arg(message) << '\n'
          << tr("Run 'workspace-connector diagnose --help' for usage.") << '\n';
    m_err.flush();
}

DiagnoseCommand::Parsed DiagnoseCommand::parse(const QStringList &arguments, QIODevice *input)
{
    QCommandLineParser parser;
    const QCommandLineOption manifest(
        QStringLiteral("manifest"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption bitbucket(
        QStringLiteral("bitbucket"), QString(), QStringLiteral("URL"));
    const QCommandLineOption profile(QStringLiteral("profile"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption help(QStringList {QStringLiteral("h"), QStringLiteral("help")});
    parser.addOptions({manifest, bitbucket, profile, json, help});

    if (!parser.parse(QStringList {QStringLiteral("diagnose")} + arguments)) {
        usageError(parser.errorText());
        return Parsed::Failed;
    }
    if (parser.isSet(help)) {
        m_out << helpText();
        m_out.flush();
        return Parsed::Done;
    }
    m_json = parser.isSet(json);
    if (!readText(parser.positionalArguments(), input))
        return Parsed::Failed;
    if (parser.isSet(manifest) && !readManifest(parser.value(manifest)))
        return Parsed::Failed;
    if (!readBitbucketUrl(parser.value(bitbucket), parser.value(profile)))
        return Parsed::Failed;
    return Parsed::Ready;
}

bool DiagnoseCommand::readText(const QStringList &words, QIODevice *input)
{
    if (words == QStringList {QStringLiteral("-")}) {
        if (!input || !input->isReadable()) {
            usageError(tr("cannot read the text from standard input"));
            return false;
        }
        m_text = QString::fromUtf8(input->readAll());
    } else {
        m_text = words.join(u' ');
    }
    if (m_text.trimmed().isEmpty()) {
        usageError(tr("no text to diagnose: give an error message, a Slack error code or an "
                      "address, or '-' to read it from standard input"));
        return false;
    }
    return true;
}

bool DiagnoseCommand::readManifest(const QString &path)
{
    QString error;
    const SlackManifest manifest = SlackManifest::fromFile(path, &error);
    if (manifest.isNull()) {
        if (error.isEmpty())
            error = tr("the file holds no manifest");
        usageError(tr("cannot use the manifest '%1': %2").arg(path, error));
        return false;
    }
    m_context.haveManifest = true;
    m_context.configuredRedirectUrls = manifest.redirectUrls();
    return true;
}

bool DiagnoseCommand::readBitbucketUrl(const QString &given, const QString &profile)
{
    if (given.isEmpty()) {
        m_context.bitbucketBaseUrl =
            ConnectionSettings::load(*Profile(profile).settings()).bitbucketBaseUrl;
        return true;
    }
    const QUrl url(given.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty()) {
        usageError(tr("'%1' is not a URL; give Bitbucket's base URL, for example "
                      "https://bitbucket.example.com/bitbucket")
                       .arg(Redactor::redact(given)));
        return false;
    }
    m_context.bitbucketBaseUrl = url;
    return true;
}

void DiagnoseCommand::print(const Diagnosis &diagnosis)
{
    if (m_json) {
        m_out << QString::fromUtf8(
            QJsonDocument(diagnosis.toJson()).toJson(QJsonDocument::Indented));
        m_out.flush();
        return;
    }
    const QList<std::pair<QString, QString>> fields = {
        {tr("Code:"), diagnosis.code},
        {tr("Cause:"), diagnosis.cause},
        {tr("Closest Redirect URL:"), diagnosis.closest},
        {tr("Detail:"), diagnosis.detail},
        {tr("Fix:"), diagnosis.fix},
    };
    qsizetype width = 0;
    for (const auto &field : fields)
        width = std::max(width, field.first.size());
    const QString indent(width + 1, u' ');
    m_out << diagnosis.title << '\n';
    for (const auto &[label, value] : fields) {
        if (value.isEmpty())
            continue;
        const QStringList lines =
            wrapped(value, std::max<qsizetype>(40, lineWidth - indent.size()));
        m_out << label.leftJustified(width + 1) << lines.join(u'\n' + indent) << '\n';
    }
    m_out.flush();
}
