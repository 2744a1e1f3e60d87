#include "ConnectPage.h"
#include "FieldEditor.h"
#include "MessageBanner.h"
#include "TroubleshootDialog.h"

#include "setup/SetupSession.h"
#include "slackapi/ConfigToken.h"
#include "store/MemorySecretStore.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QWizard>

using Field = ConnectPage::Field;
Q_DECLARE_METATYPE(ConnectPage::Field)

namespace {

const QString appId = QStringLiteral("A0123ABCD");
const QString clientId = QStringLiteral("1234567890.9876543210");
const QString clientSecret = QStringLiteral("0123456789abcdef0123456789abcdef");
const QString signingSecret = QStringLiteral("fedcba9876543210fedcba9876543210");
const QString verificationToken = QStringLiteral("AbCdEfGhIjKlMnOpQrStUv12");
const QString configToken = QStringLiteral("xoxe.xoxp-1-Mi0yLTE");
const QString refreshToken = QStringLiteral("xoxe-1-My0xLTI");
const QString baseUrl = QStringLiteral("https://bitbucket.example.com/bitbucket");
const QString username = QStringLiteral("admin");
const QString password = QStringLiteral("pass word");

const QList<QPair<Field, QString>> validValues {
    {Field::AppId, appId},
    {Field::ClientId, clientId},
    {Field::ClientSecret, clientSecret},
    {Field::SigningSecret, signingSecret},
    {Field::VerificationToken, verificationToken},
    {Field::ConfigAccessToken, configToken},
    {Field::ConfigRefreshToken, refreshToken},
    {Field::BaseUrl, baseUrl},
    {Field::Username, username},
    {Field::Password, password},
};

// A wizard with the Connect page and an empty page after it, so Next has somewhere to go.
struct Wizard
{
    QWizard wizard;
    ConnectPage *page;

    Wizard(SetupSession *session, QSettings *settings, SecretStore *store)
        : page(new ConnectPage(session, settings, store))
    {
        wizard.addPage(page);
        wizard.addPage(new QWizardPage);
    }

    QAbstractButton *next() const { return wizard.button(QWizard::NextButton); }
    QLineEdit *edit(Field field) const { return page->editor(field)->lineEdit(); }
};

} // namespace

class tst_ConnectPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void messagesAppearAndVanish_data();
    void messagesAppearAndVanish();
    void nextDisabledUntilValid();
    void httpUrlIsAWarning();
    void valuesPersist();
    void clearedOptionalSecretIsRemoved();
    void keychainUnavailable();
    void unavailableIsNotTakenForEmpty();
    void failedWriteKeepsWhatWasTyped();
    void failedWriteCanBeRetried();
    void secretsAreHiddenUntilShown();
    void everyFieldHasABuddy();
    void tokenPairIsStoredTogether();
    void olderPlainTokenIsRead();
    void unchangedPairIsNotWrittenBack();
    void newTokenCanBeFocused();

private:
    std::unique_ptr<Wizard> openWizard(SetupSession *session);
    static void type(QLineEdit *edit, const QString &text);
    static void fillValid(Wizard &wizard);
    static void expectFailedWrites();

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MemorySecretStore> m_store;
};

void tst_ConnectPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void tst_ConnectPage::init()
{
    const QString file =
        m_dir.filePath(QString::fromUtf8(QTest::currentTestFunction()) + QStringLiteral(".ini"));
    m_settings = std::make_unique<QSettings>(file, QSettings::IniFormat);
    m_settings->clear();
    m_store = std::make_unique<MemorySecretStore>();
}

void tst_ConnectPage::cleanup()
{
    m_settings.reset();
    m_store.reset();
}

std::unique_ptr<Wizard> tst_ConnectPage::openWizard(SetupSession *session)
{
    auto wizard = std::make_unique<Wizard>(session, m_settings.get(), m_store.get());
    QSignalSpy loaded(wizard->page, &ConnectPage::secretsLoaded);
    wizard->wizard.show();
    [&] {
        QVERIFY(loaded.wait(5000));
    }();
    return wizard;
}

void tst_ConnectPage::type(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

void tst_ConnectPage::fillValid(Wizard &wizard)
{
    for (const auto &[field, value] : validValues) {
        type(wizard.edit(field), value);
    }
}

void tst_ConnectPage::messagesAppearAndVanish_data()
{
    QTest::addColumn<Field>("field");
    QTest::addColumn<QString>("bad");
    QTest::addColumn<QString>("good");
    QTest::newRow("app id") << Field::AppId << QStringLiteral("a012") << appId;
    QTest::newRow("client id") << Field::ClientId << QStringLiteral("12345") << clientId;
    QTest::newRow("client secret")
        << Field::ClientSecret << QStringLiteral("0123xyz") << clientSecret;
    QTest::newRow("signing secret")
        << Field::SigningSecret << QStringLiteral("fedcba") << signingSecret;
    QTest::newRow("verification token")
        << Field::VerificationToken << QStringLiteral("AbCd-") << verificationToken;
    QTest::newRow("config token") << Field::ConfigAccessToken << QStringLiteral("xoxb-1")
                                  << QString();
    QTest::newRow("config token, refresh token pasted")
        << Field::ConfigAccessToken << refreshToken << configToken;
    QTest::newRow("refresh token") << Field::ConfigRefreshToken << configToken << refreshToken;
    QTest::newRow("base url") << Field::BaseUrl << QStringLiteral("bitbucket.example.com")
                              << baseUrl;
    QTest::newRow("base url with query")
        << Field::BaseUrl << QStringLiteral("https://bitbucket.example.com/?a=b") << baseUrl;
    QTest::newRow("user name") << Field::Username << QStringLiteral("  ") << username;
    QTest::newRow("ca bundle") << Field::CaBundle << m_dir.filePath(QStringLiteral("none.pem"))
                               << QString();
}

void tst_ConnectPage::messagesAppearAndVanish()
{
    QFETCH(Field, field);
    QFETCH(QString, bad);
    QFETCH(QString, good);
    SetupSession session;
    auto wizard = openWizard(&session);
    fillValid(*wizard);
    QVERIFY(wizard->next()->isEnabled());
    FieldEditor *editor = wizard->page->editor(field);
    QVERIFY(!editor->messageLabel()->isVisible());

    type(editor->lineEdit(), bad);
    QVERIFY(editor->messageLabel()->isVisible());
    QVERIFY(!editor->messageLabel()->text().isEmpty());
    QCOMPARE(editor->lineEdit()->accessibleDescription(), editor->messageLabel()->text());
    QVERIFY(!wizard->next()->isEnabled());

    type(editor->lineEdit(), good);
    QVERIFY(!editor->messageLabel()->isVisible());
    QVERIFY(wizard->next()->isEnabled());
}

void tst_ConnectPage::nextDisabledUntilValid()
{
    SetupSession session;
    auto wizard = openWizard(&session);
    QVERIFY(!wizard->next()->isEnabled());
    // Untouched empty fields do not nag.
    QVERIFY(!wizard->page->editor(Field::AppId)->messageLabel()->isVisible());

    for (const auto &[field, value] : validValues) {
        QVERIFY(!wizard->next()->isEnabled());
        type(wizard->edit(field), value);
    }
    QVERIFY(wizard->next()->isEnabled());

    // Emptying a required field takes it back and says why.
    type(wizard->edit(Field::Password), QString());
    QVERIFY(!wizard->next()->isEnabled());
    QVERIFY(wizard->page->editor(Field::Password)->messageLabel()->isVisible());
}

void tst_ConnectPage::httpUrlIsAWarning()
{
    SetupSession session;
    auto wizard = openWizard(&session);
    fillValid(*wizard);
    FieldEditor *url = wizard->page->editor(Field::BaseUrl);
    type(url->lineEdit(), QStringLiteral("http://bitbucket.example.com/bitbucket"));
    QVERIFY(url->messageLabel()->isVisible());
    QVERIFY(url->messageLabel()->text().contains(QLatin1String("HTTPS")));
    QCOMPARE(url->verdict().level, FieldVerdict::Level::Warning);
    QVERIFY(wizard->next()->isEnabled());
}

void tst_ConnectPage::valuesPersist()
{
    {
        SetupSession session;
        auto wizard = openWizard(&session);
        QVERIFY(wizard->page->keychainBanner()->isHidden());
        fillValid(*wizard);
        QTest::mouseClick(wizard->next(), Qt::LeftButton);
        // Keychain writes answer later; meanwhile the page stays and says what it does.
        QCOMPARE(wizard->wizard.currentId(), 0);
        QVERIFY(wizard->page->isSaving());
        QVERIFY(!wizard->next()->isEnabled());
        QVERIFY(wizard->page->statusLabel()->text().contains(QLatin1String("Saving")));
        QTRY_COMPARE(wizard->wizard.currentId(), 1);
        QVERIFY(session.secretsSaved());
        QCOMPARE(session.secret(SecretKey::bitbucketPassword), password);
        QCOMPARE(wizard->wizard.field(QStringLiteral("slackAppId")).toString(), appId);
        QCOMPARE(wizard->wizard.field(QStringLiteral("bitbucketBaseUrl")).toString(), baseUrl);
    }
    QCOMPARE(m_store->contents().value(SecretKey::slackClientSecret), clientSecret);
    QCOMPARE(m_store->contents().value(SecretKey::bitbucketPassword), password);

    // A second page, as after a restart: a fresh session, the same settings and keychain.
    m_settings = std::make_unique<QSettings>(m_settings->fileName(), QSettings::IniFormat);
    SetupSession session;
    auto wizard = openWizard(&session);
    for (const auto &[field, value] : validValues) {
        QCOMPARE(wizard->edit(field)->text(), value);
    }
    QVERIFY(wizard->next()->isEnabled());
    QVERIFY(wizard->page->keychainBanner()->isHidden());
}

void tst_ConnectPage::clearedOptionalSecretIsRemoved()
{
    m_store->write(SecretKey::slackConfigToken, configToken, this, [](auto) {});
    QTRY_VERIFY(m_store->contents().contains(SecretKey::slackConfigToken));
    SetupSession session;
    auto wizard = openWizard(&session);
    QCOMPARE(wizard->edit(Field::ConfigAccessToken)->text(), configToken);
    fillValid(*wizard);
    type(wizard->edit(Field::ConfigAccessToken), QString());
    type(wizard->edit(Field::ConfigRefreshToken), QString());
    QTest::mouseClick(wizard->next(), Qt::LeftButton);
    QTRY_COMPARE(wizard->wizard.currentId(), 1);
    QVERIFY(!m_store->contents().contains(SecretKey::slackConfigToken));
}

void tst_ConnectPage::keychainUnavailable()
{
    m_store->setAvailable(false);
    SetupSession session;
    auto wizard = openWizard(&session);
    MessageBanner *banner = wizard->page->keychainBanner();
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(QLatin1String("keychain is not available")));
    QVERIFY(banner->text().contains(QLatin1String("will not be saved")));
    QVERIFY(!wizard->page->statusLabel()->text().contains(QLatin1String("saved")));

    fillValid(*wizard);
    QTest::mouseClick(wizard->next(), Qt::LeftButton);
    // Nothing to wait for: nothing is written, and nothing claims it was.
    QCOMPARE(wizard->wizard.currentId(), 1);
    QCOMPARE(m_store->writeCount(), 0);
    QVERIFY(!session.secretsSaved());
    QCOMPARE(session.secret(SecretKey::slackSigningSecret), signingSecret);
    QCOMPARE(session.secret(SecretKey::bitbucketPassword), password);
    // Non-secret values still go to the settings file.
    QCOMPARE(ConnectionSettings::load(*m_settings).slackAppId, appId);

    wizard->wizard.back();
    QCOMPARE(wizard->wizard.currentId(), 0);
    for (const auto &[field, value] : validValues) {
        QCOMPARE(wizard->edit(field)->text(), value);
    }
    QVERIFY(banner->isVisible());
}

void tst_ConnectPage::unavailableIsNotTakenForEmpty()
{
    // Secrets were saved while the keychain worked; now it cannot be reached.
    m_store->write(SecretKey::bitbucketPassword, password, this, [](auto) {});
    QTRY_VERIFY(m_store->contents().contains(SecretKey::bitbucketPassword));
    m_store->setAvailable(false);
    SetupSession session;
    auto wizard = openWizard(&session);
    QVERIFY(wizard->edit(Field::Password)->text().isEmpty());
    QVERIFY(wizard->page->keychainBanner()->isVisible());

    // Going on must not overwrite or remove what the keychain holds.
    fillValid(*wizard);
    type(wizard->edit(Field::Password), QStringLiteral("other"));
    QTest::mouseClick(wizard->next(), Qt::LeftButton);
    QCOMPARE(wizard->wizard.currentId(), 1);
    m_store->setAvailable(true);
    QCOMPARE(m_store->contents().value(SecretKey::bitbucketPassword), password);
}

void tst_ConnectPage::expectFailedWrites()
{
    // One warning per secret written; the config token is filled too.
    for (int i = 0; i < SetupSession::secretKeys().size(); ++i) {
        QTest::ignoreMessage(
            QtWarningMsg, QRegularExpression(QStringLiteral("^Keychain call for .* failed")));
    }
}

void tst_ConnectPage::failedWriteKeepsWhatWasTyped()
{
    m_store->setFailWrites(true);
    expectFailedWrites();
    SetupSession session;
    auto wizard = openWizard(&session);
    fillValid(*wizard);
    QSignalSpy finished(wizard->page, &ConnectPage::saveFinished);
    QTest::mouseClick(wizard->next(), Qt::LeftButton);
    QVERIFY(finished.wait(5000));

    QCOMPARE(wizard->wizard.currentId(), 0);
    MessageBanner *banner = wizard->page->saveBanner();
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(QLatin1String("Saving failed")));
    QVERIFY(banner->actionButton()->isVisible());
    for (const auto &[field, value] : validValues) {
        QCOMPARE(wizard->edit(field)->text(), value);
    }
    QVERIFY(wizard->next()->isEnabled());
    QVERIFY(!session.secretsSaved());
    // Beside the error, a way to the troubleshooter with the message filled in.
    QVERIFY(banner->troubleshootLink()->isVisible());
    QTest::mouseClick(banner->troubleshootLink(), Qt::LeftButton);
    TroubleshootDialog *troubleshooter = nullptr;
    QTRY_VERIFY((troubleshooter = wizard->page->findChild<TroubleshootDialog *>()));
    QCOMPARE(troubleshooter->textEdit()->toPlainText(), banner->text());
    troubleshooter->close();

    // Going on for this session only keeps the secrets in memory.
    QTest::mouseClick(banner->actionButton(), Qt::LeftButton);
    QCOMPARE(wizard->wizard.currentId(), 1);
    QVERIFY(!session.secretsSaved());
    QCOMPARE(session.secret(SecretKey::slackClientSecret), clientSecret);
}

void tst_ConnectPage::failedWriteCanBeRetried()
{
    m_store->setFailWrites(true);
    expectFailedWrites();
    SetupSession session;
    auto wizard = openWizard(&session);
    fillValid(*wizard);
    QSignalSpy finished(wizard->page, &ConnectPage::saveFinished);
    QTest::mouseClick(wizard->next(), Qt::LeftButton);
    QVERIFY(finished.wait(5000));
    QCOMPARE(wizard->wizard.currentId(), 0);

    m_store->setFailWrites(false);
    QTest::mouseClick(wizard->next(), Qt::LeftButton);
    QTRY_COMPARE(wizard->wizard.currentId(), 1);
    QVERIFY(session.secretsSaved());
    QCOMPARE(m_store->contents().value(SecretKey::slackVerificationToken), verificationToken);
}

void tst_ConnectPage::secretsAreHiddenUntilShown()
{
    SetupSession session;
    auto wizard = openWizard(&session);
    FieldEditor *secret = wizard->page->editor(Field::ClientSecret);
    QCOMPARE(secret->lineEdit()->echoMode(), QLineEdit::Password);
    QToolButton *toggle = secret->echoToggle();
    QVERIFY(toggle);
    QVERIFY(toggle->accessibleName().contains(QLatin1String("Client Secret")));
    QTest::mouseClick(toggle, Qt::LeftButton);
    QCOMPARE(secret->lineEdit()->echoMode(), QLineEdit::Normal);
    QTest::mouseClick(toggle, Qt::LeftButton);
    QCOMPARE(secret->lineEdit()->echoMode(), QLineEdit::Password);
    QVERIFY(!wizard->page->editor(Field::AppId)->echoToggle());
}

void tst_ConnectPage::everyFieldHasABuddy()
{
    SetupSession session;
    auto wizard = openWizard(&session);
    const QList<QLabel *> labels = wizard->page->findChildren<QLabel *>();
    for (Field field : {Field::AppId, Field::ClientId, Field::ClientSecret, Field::SigningSecret,
             Field::VerificationToken, Field::ConfigAccessToken, Field::ConfigRefreshToken,
             Field::BaseUrl, Field::Username, Field::Password, Field::CaBundle}) {
        QLineEdit *edit = wizard->edit(field);
        const bool hasBuddy = std::any_of(labels.cbegin(), labels.cend(), [edit](QLabel *label) {
            return label->buddy() == edit && label->text().contains(u'&');
        });
        QVERIFY2(hasBuddy, qPrintable(edit->accessibleName()));
        QVERIFY(!edit->accessibleName().isEmpty());
    }
}

void tst_ConnectPage::tokenPairIsStoredTogether()
{
    SetupSession session;
    auto wizard = openWizard(&session);
    fillValid(*wizard);
    QVERIFY(wizard->page->editor(Field::ConfigRefreshToken)->echoToggle());
    QCOMPARE(wizard->edit(Field::ConfigRefreshToken)->echoMode(), QLineEdit::Password);
    QTest::mouseClick(wizard->next(), Qt::LeftButton);
    QTRY_COMPARE(wizard->wizard.currentId(), 1);

    // One keychain entry holds the pair, in the form the token session reads.
    const QString stored = m_store->contents().value(SecretKey::slackConfigToken);
    QVERIFY(stored.startsWith(u'{'));
    const ConfigToken kept = ConfigToken::fromStored(stored);
    QCOMPARE(kept.accessToken, configToken);
    QCOMPARE(kept.refreshToken, refreshToken);
    QCOMPARE(session.configToken().accessToken, configToken);
    QCOMPARE(session.configToken().refreshToken, refreshToken);
    // The HTTPS page hands a new pair to the token session.
    QVERIFY(session.configTokenReplaced());
}

void tst_ConnectPage::olderPlainTokenIsRead()
{
    m_store->write(SecretKey::slackConfigToken, refreshToken, this, [](auto) {});
    QTRY_VERIFY(m_store->contents().contains(SecretKey::slackConfigToken));
    SetupSession session;
    auto wizard = openWizard(&session);
    QVERIFY(wizard->edit(Field::ConfigAccessToken)->text().isEmpty());
    QCOMPARE(wizard->edit(Field::ConfigRefreshToken)->text(), refreshToken);

    for (const auto &[field, value] : validValues) {
        if (field != Field::ConfigAccessToken && field != Field::ConfigRefreshToken) {
            type(wizard->edit(field), value);
        }
    }
    QTest::mouseClick(wizard->next(), Qt::LeftButton);
    QTRY_COMPARE(wizard->wizard.currentId(), 1);
    // Written again in the pair's form.
    const QString stored = m_store->contents().value(SecretKey::slackConfigToken);
    QVERIFY(stored.startsWith(u'{'));
    QCOMPARE(ConfigToken::fromStored(stored).refreshToken, refreshToken);
    QVERIFY(ConfigToken::fromStored(stored).accessToken.isEmpty());
}

void tst_ConnectPage::unchangedPairIsNotWrittenBack()
{
    ConfigToken first = ConfigToken::fromPasted(configToken, refreshToken);
    m_store->write(SecretKey::slackConfigToken, first.toStored(), this, [](auto) {});
    QTRY_VERIFY(m_store->contents().contains(SecretKey::slackConfigToken));
    SetupSession session;
    auto wizard = openWizard(&session);
    QCOMPARE(wizard->edit(Field::ConfigAccessToken)->text(), configToken);
    QCOMPARE(wizard->edit(Field::ConfigRefreshToken)->text(), refreshToken);

    // Meanwhile the token session rotates the pair: the refresh token shown is spent.
    ConfigToken rotated = ConfigToken::fromPasted(
        QStringLiteral("xoxe.xoxp-1-rotated"), QStringLiteral("xoxe-1-rotated"));
    rotated.expiresAt = QDateTime::currentDateTimeUtc().addSecs(43200);
    m_store->write(SecretKey::slackConfigToken, rotated.toStored(), this, [](auto) {});
    QTRY_COMPARE(m_store->contents().value(SecretKey::slackConfigToken), rotated.toStored());

    for (const auto &[field, value] : validValues) {
        if (field != Field::ConfigAccessToken && field != Field::ConfigRefreshToken) {
            type(wizard->edit(field), value);
        }
    }
    QTest::mouseClick(wizard->next(), Qt::LeftButton);
    QTRY_COMPARE(wizard->wizard.currentId(), 1);
    QCOMPARE(m_store->contents().value(SecretKey::slackConfigToken), rotated.toStored());
    QVERIFY(!session.configTokenReplaced());

    // Back and on again without a change: still nothing handed over or written.
    wizard->wizard.back();
    QTest::mouseClick(wizard->next(), Qt::LeftButton);
    QTRY_COMPARE(wizard->wizard.currentId(), 1);
    QCOMPARE(m_store->contents().value(SecretKey::slackConfigToken), rotated.toStored());
    QVERIFY(!session.configTokenReplaced());
}

void tst_ConnectPage::newTokenCanBeFocused()
{
    SetupSession session;
    auto wizard = openWizard(&session);
    QVERIFY(QTest::qWaitForWindowActive(&wizard->wizard));
    type(wizard->edit(Field::ConfigAccessToken), configToken);
    wizard->edit(Field::AppId)->setFocus();
    wizard->page->focusConfigToken();
    QTRY_VERIFY(wizard->edit(Field::ConfigAccessToken)->hasFocus());
    QCOMPARE(wizard->edit(Field::ConfigAccessToken)->selectedText(), configToken);
}

QTEST_MAIN(tst_ConnectPage)
#include "tst_connectpage.moc"
