#include "common/ApplicationSetup.h"

#include "common/Redactor.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace ApplicationSetup {
namespace {

void installTranslator(QCoreApplication &app, const QString &name, const QString &directory)
{
    auto *translator = new QTranslator(&app);
    if (translator->load(QLocale(), name, QStringLiteral("_"), directory))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
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
    installTranslator(app, QStringLiteral("qtbase"),
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    // qt_add_translations embeds the .qm files under :/i18n.
    installTranslator(app, QStringLiteral("workspace-connector"), QStringLiteral(":/i18n"));
}

} // namespace ApplicationSetup
