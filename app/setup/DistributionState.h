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

// The first confirmation the admin makes on Slack's Manage Distribution page ("I've reviewed and
// removed any hard-coded information"); the activation itself is the state above.
bool hardCodedInformationReviewed(const QSettings &settings, const QString &appId);
void setHardCodedInformationReviewed(QSettings &settings, const QString &appId, bool reviewed);

} // namespace DistributionState
