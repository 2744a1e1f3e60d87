#include "common/ApplicationSetup.h"

#include "common/Redactor.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace ApplicationSetup {
namespace {

bool installTranslator(QCoreApplication &app, const QString &name, const QString &directory)
{
    auto *translator = new QTranslator(&app);
    if (translator->load(QLocale(), name, QStringLiteral("_"), directory)) {
        QCoreApplication::installTranslator(translator);
        return true;
    }
    delete translator;
    return false;
}

} // namespace

void setNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("WorkspaceConnector"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("workspaceconnector.org"));
    QCoreApplication::setApplicationName(QStringLiteral("workspace-connector"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CONNECTOR_VERSION));
}

void initialize(QCoreApplication &app)
{
    setNames();
    Redactor::installMessageHandler();
    installTranslator(
        app, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    // qt_add_translations embeds the .qm files under :/i18n.
    if (!installTranslator(app, QStringLiteral("workspace-connector"), QStringLiteral(":/i18n"))) {
        // No translation for this locale (or the C locale): English, whose file holds the plural
        // forms, so "%n day(s)" reads "1 day" and "2 days".
        auto *english = new QTranslator(&app);
        if (english->load(QStringLiteral(":/i18n/workspace-connector_en.qm")))
            QCoreApplication::installTranslator(english);
        else
            delete english;
    }
}

} // namespace ApplicationSetup
