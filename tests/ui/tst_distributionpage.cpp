#include "ChecklistRow.h"
#include "DistributionPage.h"
#include "MessageBanner.h"
#include "SetupWizard.h"

#include "setup/SetupSession.h"
#include "store/MemorySecretStore.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QDesktopServices>
#include <QJsonDocument>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWizard>

using Item = DistributionChecklist::Item;
using Verdict = DistributionChecklist::Verdict;
using State = DistributionState::State;
using SlackPage = DistributionPage::SlackPage;

namespace {

// JSON written with ' in place of ", so that it reads well inside a C++ string literal.
QByteArray singleQuoted(const char *text)
{
    return QByteArray(text).replace('\'', '"');
}

const QString appId = QStringLiteral("A0123ABCD");

SlackManifest manifestWithHttpUrl()
{
    const QByteArray json = singleQuoted(
        "{ 'display_information': {'name': 'Bitbucket'}, "
        "'features': {'bot_user': {'display_name': 'Bitbucket'}}, "
        "'oauth_config': {'redirect_urls': ['https://bb.example.com/rest/slack/latest/oauth']}, "
        "'settings': {'event_subscriptions': {'request_url': "
        "'http://bb.example.com/rest/slack/latest/event'}} }");
    return SlackManifest(QJsonDocument::fromJson(json).object());
}

// The Distribution page and an empty page after it, so Next can be looked at.
struct Wizard
{
    QWizard wizard;
    DistributionPage *page;

    Wizard(SetupSession *session, QSettings *settings)
        : page(new DistributionPage(session, settings))
    {
        wizard.addPage(page);
        wizard.addPage(new QWizardPage);
        wizard.show();
    }

    QAbstractButton *next() const { return wizard.button(QWizard::NextButton); }
};

} // namespace

// Catches what the page hands to the desktop, instead of a browser.
class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public Q_SLOTS:
    void open(const QUrl &url) { urls.append(url); }
};

class tst_DistributionPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void startsNotDistributed();
    void confirmationsMakeItConfirmed();
    void confirmationsPersistAcrossInstances();
    void provenIsShownAndKept();
    void checklistFollowsTheManifest();
    void withoutManifestSlackDecides();
    void buttonsOpenThisAppsPages();
    void showDistributionProblem();
    void keyboard();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    SetupSession m_session;
    UrlCatcher m_catcher;
};

void tst_DistributionPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &m_catcher, "open");
}

void tst_DistributionPage::init()
{
    const QString file =
        m_dir.filePath(QString::fromUtf8(QTest::currentTestFunction()) + QStringLiteral(".ini"));
    m_settings = std::make_unique<QSettings>(file, QSettings::IniFormat);
    m_settings->clear();
    m_session = SetupSession();
    ConnectionSettings connection;
    connection.slackAppId = appId;
    m_session.setConnection(connection);
    m_catcher.urls.clear();
}

void tst_DistributionPage::cleanup()
{
    m_settings.reset();
}

void tst_DistributionPage::startsNotDistributed()
{
    Wizard wizard(&m_session, m_settings.get());
    QCOMPARE(wizard.page->state(), State::NotDistributed);
    QCOMPARE(wizard.page->stateLabel()->text(), QStringLiteral("Distribution: Not distributed"));
    QVERIFY(!wizard.page->reviewedBox()->isChecked());
    QVERIFY(!wizard.page->activatedBox()->isChecked());
    // Slack activates only after the review, and so does the page.
    QVERIFY(!wizard.page->activatedBox()->isEnabled());
    QVERIFY(!wizard.next()->isEnabled());
}

void tst_DistributionPage::confirmationsMakeItConfirmed()
{
    Wizard wizard(&m_session, m_settings.get());
    ChecklistRow *hardCoded = wizard.page->checklistRow(Item::HardCodedInformation);
    QCOMPARE(hardCoded->verdict(), Verdict::AwaitsTheAdmin);

    QTest::mouseClick(wizard.page->reviewedBox(), Qt::LeftButton);
    QVERIFY(wizard.page->reviewedBox()->isChecked());
    QCOMPARE(hardCoded->verdict(), Verdict::Met);
    QVERIFY(wizard.page->activatedBox()->isEnabled());
    QVERIFY(!wizard.next()->isEnabled());

    QTest::mouseClick(wizard.page->activatedBox(), Qt::LeftButton);
    QCOMPARE(wizard.page->state(), State::ConfirmedByAdmin);
    QCOMPARE(
        wizard.page->stateLabel()->text(), QStringLiteral("Distribution: Confirmed by the admin"));
    QVERIFY(wizard.next()->isEnabled());

    // Taking the review back takes the activation back with it.
    QTest::mouseClick(wizard.page->reviewedBox(), Qt::LeftButton);
    QCOMPARE(wizard.page->state(), State::NotDistributed);
    QVERIFY(!wizard.page->activatedBox()->isChecked());
    QVERIFY(!wizard.next()->isEnabled());
}

void tst_DistributionPage::confirmationsPersistAcrossInstances()
{
    {
        Wizard wizard(&m_session, m_settings.get());
        QTest::mouseClick(wizard.page->reviewedBox(), Qt::LeftButton);
        QTest::mouseClick(wizard.page->activatedBox(), Qt::LeftButton);
        QCOMPARE(wizard.page->state(), State::ConfirmedByAdmin);
    }
    // As after a restart: the same settings file, read afresh.
    m_settings = std::make_unique<QSettings>(m_settings->fileName(), QSettings::IniFormat);
    Wizard wizard(&m_session, m_settings.get());
    QVERIFY(wizard.page->reviewedBox()->isChecked());
    QVERIFY(wizard.page->activatedBox()->isChecked());
    QCOMPARE(wizard.page->state(), State::ConfirmedByAdmin);
    QVERIFY(wizard.next()->isEnabled());

    // Kept per App ID: another app starts from the beginning.
    ConnectionSettings other = m_session.connection();
    other.slackAppId = QStringLiteral("A0OTHERAPP");
    m_session.setConnection(other);
    Wizard another(&m_session, m_settings.get());
    QVERIFY(!another.page->reviewedBox()->isChecked());
    QCOMPARE(another.page->state(), State::NotDistributed);
}

void tst_DistributionPage::provenIsShownAndKept()
{
    DistributionState::save(*m_settings, appId, State::Proven);
    Wizard wizard(&m_session, m_settings.get());
    QCOMPARE(wizard.page->state(), State::Proven);
    QCOMPARE(wizard.page->stateLabel()->text(),
        QStringLiteral("Distribution: Proven by an install outside the home workspace"));
    QVERIFY(wizard.page->activatedBox()->isChecked());
    QVERIFY(!wizard.page->activatedBox()->isEnabled());
    QVERIFY(wizard.next()->isEnabled());
}

void tst_DistributionPage::checklistFollowsTheManifest()
{
    m_session.setManifest(manifestWithHttpUrl());
    Wizard wizard(&m_session, m_settings.get());
    QCOMPARE(wizard.page->checklistRow(Item::Features)->verdict(), Verdict::Met);
    QCOMPARE(wizard.page->checklistRow(Item::RedirectUrls)->verdict(), Verdict::Met);
    ChecklistRow *https = wizard.page->checklistRow(Item::Https);
    QCOMPARE(https->verdict(), Verdict::NotMet);
    QVERIFY(https->explanationLabel()->text().contains(
        QLatin1String("/settings/event_subscriptions/request_url")));
    QCOMPARE(https->verdictLabel()->text(), QStringLiteral("Not done"));
    QVERIFY(wizard.page->manifestNote()->text().contains(QLatin1String("HTTPS page")));
}

void tst_DistributionPage::withoutManifestSlackDecides()
{
    Wizard wizard(&m_session, m_settings.get());
    for (Item item : {Item::Features, Item::RedirectUrls, Item::Https}) {
        QCOMPARE(wizard.page->checklistRow(item)->verdict(), Verdict::Unknown);
    }
    QVERIFY(wizard.page->manifestNote()->text().contains(QLatin1String("No manifest")));
}

void tst_DistributionPage::buttonsOpenThisAppsPages()
{
    Wizard wizard(&m_session, m_settings.get());
    const QList<QPair<SlackPage, QString>> pages {
        {SlackPage::Distribution,
            QStringLiteral("https://api.slack.com/apps/A0123ABCD/distribute")},
        {SlackPage::OAuth, QStringLiteral("https://api.slack.com/apps/A0123ABCD/oauth")},
        {SlackPage::Manifest, QStringLiteral("https://api.slack.com/apps/A0123ABCD/app-manifest")},
    };
    for (const auto &[page, url] : pages) {
        QPushButton *button = wizard.page->openButton(page);
        QVERIFY(button);
        QVERIFY(button->isVisible());
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(m_catcher.urls.last(), QUrl(url));
        QCOMPARE(wizard.page->slackPageUrl(page), QUrl(url));
    }
    QCOMPARE(m_catcher.urls.size(), 3);
}

void tst_DistributionPage::showDistributionProblem()
{
    MemorySecretStore secrets;
    QNetworkAccessManager network;
    DistributionState::setHardCodedInformationReviewed(*m_settings, appId, true);
    DistributionState::save(*m_settings, appId, State::ConfirmedByAdmin);
    SetupWizard wizard(&m_session, m_settings.get(), &secrets, &network, nullptr);
    // The real Install page comes after Distribution.
    const int installId = SetupWizard::InstallPageId;
    wizard.setStartId(SetupWizard::DistributionPageId);
    wizard.show();
    QCOMPARE(wizard.currentId(), int(SetupWizard::DistributionPageId));
    wizard.next();
    QCOMPARE(wizard.currentId(), installId);

    const QString explanation =
        QStringLiteral("Slack refused the install: the app is not "
                       "distributed (invalid_team_for_non_distributed_app).");
    wizard.showDistributionProblem(explanation);
    QCOMPARE(wizard.currentId(), int(SetupWizard::DistributionPageId));
    DistributionPage *page = wizard.distributionPage();
    QVERIFY(page->problemBanner()->isVisible());
    QCOMPARE(page->problemBanner()->text(), explanation);
    QVERIFY(page->problemBanner()->troubleshootLink()->isVisible());
    // Slack has just said otherwise, so the admin's earlier confirmation no longer stands.
    QCOMPARE(page->state(), State::NotDistributed);
    QCOMPARE(DistributionState::load(*m_settings, appId), State::NotDistributed);
    QVERIFY(!page->activatedBox()->isChecked());
    QVERIFY(page->activatedBox()->isEnabled());
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
}

void tst_DistributionPage::keyboard()
{
    Wizard wizard(&m_session, m_settings.get());
    QVERIFY(wizard.page->reviewedBox()->text().contains(u'&'));
    QVERIFY(wizard.page->activatedBox()->text().contains(u'&'));
    for (SlackPage page : {SlackPage::Distribution, SlackPage::OAuth, SlackPage::Manifest}) {
        QPushButton *button = wizard.page->openButton(page);
        QVERIFY(button->text().contains(u'&'));
        QVERIFY(!button->accessibleName().isEmpty());
        QVERIFY(button->focusPolicy() & Qt::TabFocus);
    }
}

QTEST_MAIN(tst_DistributionPage)
#include "tst_distributionpage.moc"
