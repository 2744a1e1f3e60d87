#pragma once

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QString>
#include <QTranslator>

// What both faces of the program (the window and the command line) set up first: names that
// decide where settings live, the version, the redacting log handler and the translations for
// the system locale.
//
// setNames() and installTranslations() are defined here, in the header, because the
// executable's first window (ui/frame) uses them before the rest of the program is loaded and
// links nothing of app/.
namespace ApplicationSetup {

inline void setNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("WorkspaceConnector"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("workspaceconnector.org"));
    QCoreApplication::setApplicationName(QStringLiteral("workspace-connector"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CONNECTOR_VERSION));
}

inline bool installTranslator(QCoreApplication &app, const QString &name, const QString &directory)
{
    auto *translator = new QTranslator(&app);
    if (translator->load(QLocale(), name, QStringLiteral("_"), directory)) {
        QCoreApplication::installTranslator(translator);
        return true;
    }
    delete translator;
    return false;
}

// Qt's own strings and the program's, in the system locale's language. The program's come from
// the .qm files qt_add_translations embeds under :/i18n in the executable.
inline void installTranslations(QCoreApplication &app)
{
    installTranslator(
        app, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
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

// The log handler that keeps secrets out of every message (see Redactor).
void installLogging();

// setNames(), installLogging() and installTranslations().
void initialize(QCoreApplication &app);

} // namespace ApplicationSetup
