#include "common/ApplicationSetup.h"

#include "common/Redactor.h"

namespace ApplicationSetup {

void installLogging()
{
    Redactor::installMessageHandler();
}

void initialize(QCoreApplication &app)
{
    setNames();
    installLogging();
    installTranslations(app);
}

} // namespace ApplicationSetup
