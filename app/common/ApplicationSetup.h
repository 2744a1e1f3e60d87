#pragma once

class QCoreApplication;

// What both faces of the program (the window and the command line) set up first: names that
// decide where settings live, the version, the redacting log handler and the translations for
// the system locale.
namespace ApplicationSetup {

void setNames();
void initialize(QCoreApplication &app);

} // namespace ApplicationSetup
