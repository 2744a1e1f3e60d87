#pragma once

#include <QString>

class QSettings;

// Where the app stands with Slack's public distribution, kept in QSettings per App ID.
// Slack offers no API to read it, so the admin's confirmation is recorded, and an install outside
// the home workspace (issue 4) turns it into proof.
namespace DistributionState {

enum class State { NotDistributed, ConfirmedByAdmin, Proven };

State load(const QSettings &settings, const QString &appId);
void save(QSettings &settings, const QString &appId, State state);
QString label(State state); // translated

} // namespace DistributionState
