#include "setup/DistributionState.h"

#include <QCoreApplication>
#include <QSettings>

namespace {

QString keyFor(const QString &appId, const QString &name)
{
    // Per App ID, so switching to another Slack app never inherits this one's confirmations.
    const QString app = appId.isEmpty() ? QStringLiteral("no-app-id") : appId;
    return QStringLiteral("distribution/%1/%2").arg(app, name);
}

QString stateName(DistributionState::State state)
{
    switch (state) {
    case DistributionState::State::NotDistributed:
        break;
    case DistributionState::State::ConfirmedByAdmin:
        return QStringLiteral("confirmed");
    case DistributionState::State::Proven:
        return QStringLiteral("proven");
    }
    return QStringLiteral("not-distributed");
}

} // namespace

namespace DistributionState {

State load(const QSettings &settings, const QString &appId)
{
    const QString name = settings.value(keyFor(appId, QStringLiteral("state"))).toString();
    if (name == stateName(State::Proven)) {
        return State::Proven;
    }
    if (name == stateName(State::ConfirmedByAdmin)) {
        return State::ConfirmedByAdmin;
    }
    return State::NotDistributed;
}

void save(QSettings &settings, const QString &appId, State state)
{
    settings.setValue(keyFor(appId, QStringLiteral("state")), stateName(state));
    settings.sync();
}

QString label(State state)
{
    switch (state) {
    case State::NotDistributed:
        break;
    case State::ConfirmedByAdmin:
        return QCoreApplication::translate("DistributionState", "Confirmed by the admin");
    case State::Proven:
        return QCoreApplication::translate(
            "DistributionState", "Proven by an install outside the home workspace");
    }
    return QCoreApplication::translate("DistributionState", "Not distributed");
}

bool hardCodedInformationReviewed(const QSettings &settings, const QString &appId)
{
    return settings.value(keyFor(appId, QStringLiteral("hardCodedInformationReviewed")), false)
        .toBool();
}

void setHardCodedInformationReviewed(QSettings &settings, const QString &appId, bool reviewed)
{
    settings.setValue(keyFor(appId, QStringLiteral("hardCodedInformationReviewed")), reviewed);
    settings.sync();
}

} // namespace DistributionState
