#include "setup/DistributionState.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using State = DistributionState::State;

class tst_DistributionState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void notDistributedUntilSaved();
    void keptPerAppAcrossInstances();
    void reviewKeptPerApp();
    void labels();

private:
    QString settingsFile() const { return m_dir.filePath(QStringLiteral("state.ini")); }

    QTemporaryDir m_dir;
};

void tst_DistributionState::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void tst_DistributionState::notDistributedUntilSaved()
{
    QSettings settings(m_dir.filePath(QStringLiteral("empty.ini")), QSettings::IniFormat);
    QCOMPARE(DistributionState::load(settings, QStringLiteral("A0123ABCD")), State::NotDistributed);
    QVERIFY(
        !DistributionState::hardCodedInformationReviewed(settings, QStringLiteral("A0123ABCD")));
}

void tst_DistributionState::keptPerAppAcrossInstances()
{
    {
        QSettings settings(settingsFile(), QSettings::IniFormat);
        DistributionState::save(settings, QStringLiteral("A0123ABCD"), State::ConfirmedByAdmin);
        DistributionState::save(settings, QStringLiteral("A0999ZZZZ"), State::Proven);
    }
    QSettings settings(settingsFile(), QSettings::IniFormat);
    QCOMPARE(
        DistributionState::load(settings, QStringLiteral("A0123ABCD")), State::ConfirmedByAdmin);
    QCOMPARE(DistributionState::load(settings, QStringLiteral("A0999ZZZZ")), State::Proven);
    QCOMPARE(
        DistributionState::load(settings, QStringLiteral("A0OTHERAPP")), State::NotDistributed);

    DistributionState::save(settings, QStringLiteral("A0123ABCD"), State::NotDistributed);
    QCOMPARE(DistributionState::load(settings, QStringLiteral("A0123ABCD")), State::NotDistributed);
}

void tst_DistributionState::reviewKeptPerApp()
{
    QSettings settings(settingsFile(), QSettings::IniFormat);
    DistributionState::setHardCodedInformationReviewed(settings, QStringLiteral("A0123ABCD"), true);
    QVERIFY(DistributionState::hardCodedInformationReviewed(settings, QStringLiteral("A0123ABCD")));
    QVERIFY(
        !DistributionState::hardCodedInformationReviewed(settings, QStringLiteral("A0999ZZZZ")));
    DistributionState::setHardCodedInformationReviewed(
        settings, QStringLiteral("A0123ABCD"), false);
    QVERIFY(
        !DistributionState::hardCodedInformationReviewed(settings, QStringLiteral("A0123ABCD")));
}

void tst_DistributionState::labels()
{
    QCOMPARE(DistributionState::label(State::NotDistributed), QStringLiteral("Not distributed"));
    QCOMPARE(DistributionState::label(State::ConfirmedByAdmin),
        QStringLiteral("Confirmed by the admin"));
    QCOMPARE(DistributionState::label(State::Proven),
        QStringLiteral("Proven by an install outside the home workspace"));
}

QTEST_GUILESS_MAIN(tst_DistributionState)
#include "tst_distributionstate.moc"
