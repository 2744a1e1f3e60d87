#include "DecisionBox.h"
#include "FixDialog.h"
#include "MessageBanner.h"

#include "SandboxManifests.h"
#include "SlackSandbox.h"
#include "slack/ManifestDiff.h"
#include "slackapi/ConfigTokenSession.h"
#include "slackapi/ManifestService.h"
#include "slackapi/SlackApiClient.h"
#include "store/ConnectionSettings.h"
#include "store/MemorySecretStore.h"

#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

namespace {

const QUrl bitbucket(QStringLiteral("https://bitbucket.example.com/bitbucket"));

SlackRequirements requirements()
{
    SlackRequirements wanted;
    wanted.bitbucketBaseUrl = bitbucket;
    wanted.programRedirectUri = ConnectionSettings().programRedirectUri();
    return wanted;
}

SlackManifest faulty(const QString &name)
{
    for (const SandboxManifests::App &app :
        SandboxManifests::apps(bitbucket, ConnectionSettings().programRedirectUri())) {
        if (app.name == name) {
            return SlackManifest(app.manifest);
        }
    }
    return SlackManifest();
}

QTreeWidgetItem *rowWithPointer(QTreeWidget *tree, int column, const QString &pointer)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->text(column) == pointer) {
            return tree->topLevelItem(i);
        }
    }
    return nullptr;
}

// Slack's manifest API on 127.0.0.1, and the program's side of it with a fresh token.
struct SlackSide
{
    std::unique_ptr<SlackSandbox> sandbox;
    QNetworkAccessManager network;
    MemorySecretStore secrets;
    std::unique_ptr<SlackApiClient> client;
    std::unique_ptr<ConfigTokenSession> tokens;
    std::unique_ptr<ManifestService> service;
};

} // namespace

class tst_FixDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void changesAreShownFieldByField();
    void applyWaitsForValidation();
    void validationErrorsAreListedPerPointer();
    void cancelledConfirmationSendsNothing();
    void permissionChangeAsksForUpdateAccess();
    void withoutTokenCopyAndSave();
    void saveDialogWritesTheFile();
    void keyboard();

private:
    std::unique_ptr<SlackSide> startSlack();
    static void validate(FixDialog &dialog, bool expectOk);

    QTemporaryDir m_dir;
};

void tst_FixDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void tst_FixDialog::cleanup()
{
    DecisionBox::setAnswerForTests(std::nullopt);
}

std::unique_ptr<SlackSide> tst_FixDialog::startSlack()
{
    auto side = std::make_unique<SlackSide>();
    SlackSandbox::Options options;
    options.bitbucketBaseUrl = bitbucket;
    options.workDirectory = m_dir.path();
    side->sandbox = std::make_unique<SlackSandbox>(options);
    QString error;
    const bool started = side->sandbox->start(&error);
    [&] {
        QVERIFY2(started, qPrintable(error));
    }();
    if (!started) {
        return nullptr;
    }
    side->client = std::make_unique<SlackApiClient>(&side->network);
    side->client->setApiBase(side->sandbox->apiBase());
    side->client->setCaBundlePath(side->sandbox->caBundlePath());
    side->tokens = std::make_unique<ConfigTokenSession>(side->client.get(), &side->secrets);
    side->service = std::make_unique<ManifestService>(side->client.get(), side->tokens.get());

    const SlackSandbox::TokenPair pair = side->sandbox->issueConfigToken();
    ConfigToken token = ConfigToken::fromPasted(pair.accessToken, pair.refreshToken);
    token.expiresAt = pair.expiresAt;
    bool saved = false;
    side->secrets.write(SecretKey::slackConfigToken, token.toStored(), side->client.get(),
        [&saved](const SecretStore::Result &result) { saved = result.ok(); });
    [&] {
        QTRY_VERIFY(saved);
    }();
    return side;
}

void tst_FixDialog::validate(FixDialog &dialog, bool expectOk)
{
    QSignalSpy validated(&dialog, &FixDialog::validated);
    QTest::mouseClick(dialog.validateButton(), Qt::LeftButton);
    QVERIFY(!dialog.validateButton()->isEnabled());
    QVERIFY(!dialog.applyButton()->isEnabled());
    QVERIFY(validated.wait(20000));
    QCOMPARE(validated.first().first().toBool(), expectOk);
}

void tst_FixDialog::changesAreShownFieldByField()
{
    const ManifestFix fix = ManifestFix::make(
        ManifestFix::Kind::MakeUrlsHttps, faulty(QStringLiteral("http-urls")), requirements());
    QVERIFY(!fix.isNoOp());
    FixDialog dialog(fix, QStringLiteral("A0123ABCD"), nullptr, DiagnosisContext());
    dialog.show();
    QCOMPARE(dialog.windowTitle(), fix.title);

    QTreeWidget *changes = dialog.changesView();
    QCOMPARE(changes->topLevelItemCount(), fix.changes.size());
    for (int i = 0; i < fix.changes.size(); ++i) {
        const ManifestChange &change = fix.changes.at(i);
        QTreeWidgetItem *item = changes->topLevelItem(i);
        QCOMPARE(item->text(0), QStringLiteral("Changed"));
        QCOMPARE(item->toolTip(1), ManifestDiff::describe(change));
        QCOMPARE(item->data(0, Qt::AccessibleTextRole).toString(), ManifestDiff::describe(change));
        QCOMPARE(item->text(1), change.pointer);
        QCOMPARE(item->text(2), change.before.toString());
        QCOMPARE(item->text(3), change.after.toString());
        QVERIFY2(item->text(2).startsWith(QLatin1String("http://")), qPrintable(item->text(2)));
        QVERIFY2(item->text(3).startsWith(QLatin1String("https://")), qPrintable(item->text(3)));
    }
    QVERIFY(
        rowWithPointer(changes, 1, QStringLiteral("/settings/event_subscriptions/request_url")));
}

void tst_FixDialog::applyWaitsForValidation()
{
    auto slack = startSlack();
    QVERIFY(slack);
    const QString appId = slack->sandbox->appIds().value(QStringLiteral("token-rotation"));
    const SlackManifest before(slack->sandbox->manifest(appId));
    const ManifestFix fix =
        ManifestFix::make(ManifestFix::Kind::TurnOffTokenRotation, before, requirements());
    QCOMPARE(fix.changes.size(), 1);

    FixDialog dialog(fix, appId, slack->service.get(), DiagnosisContext());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.canApply());
    QVERIFY(!dialog.copyButton());
    QVERIFY(dialog.validateButton()->isEnabled());
    QVERIFY(!dialog.applyButton()->isEnabled());
    QTreeWidgetItem *change =
        rowWithPointer(dialog.changesView(), 1, QStringLiteral("/settings/token_rotation_enabled"));
    QVERIFY(change);
    QCOMPARE(change->text(2), QStringLiteral("true"));
    QCOMPARE(change->text(3), QStringLiteral("false"));

    validate(dialog, true);
    QVERIFY(dialog.applyButton()->isEnabled());
    QCOMPARE(dialog.problemsView()->topLevelItemCount(), 0);
    QCOMPARE(slack->sandbox->updateCount(appId), 0);

    DecisionBox::setAnswerForTests(true);
    QSignalSpy applied(&dialog, &FixDialog::applied);
    QSignalSpy updated(&dialog, &FixDialog::manifestUpdated);
    const int asked = DecisionBox::questionsAsked();
    QTest::mouseClick(dialog.applyButton(), Qt::LeftButton);
    QCOMPARE(DecisionBox::questionsAsked(), asked + 1);
    QCOMPARE(DecisionBox::lastQuestion().verb, QStringLiteral("Apply to Slack"));
    QVERIFY(applied.wait(20000));
    QVERIFY(applied.first().first().toBool());
    QCOMPARE(updated.count(), 1);

    // Slack holds the whole new manifest: the one field changed, nothing else.
    QCOMPARE(slack->sandbox->updateCount(appId), 1);
    QCOMPARE(slack->sandbox->manifest(appId), fix.after.json());
    // The status names the backup, which holds the manifest as it was.
    const QString status = dialog.statusLabel()->text();
    const QString backupDir = ManifestService::backupDirectory();
    QVERIFY2(status.contains(backupDir), qPrintable(status));
    const QString backup = status.mid(status.indexOf(backupDir)).chopped(1);
    QVERIFY2(QFileInfo::exists(backup), qPrintable(backup));
    QString error;
    QCOMPARE(SlackManifest::fromFile(backup, &error).json(), before.json());
    QVERIFY(!dialog.applyButton()->isEnabled());
    QVERIFY(!dialog.validateButton()->isEnabled());
    QVERIFY(dialog.permissionsBanner()->isHidden());
}

void tst_FixDialog::validationErrorsAreListedPerPointer()
{
    auto slack = startSlack();
    QVERIFY(slack);
    const QString appId = slack->sandbox->appIds().value(QStringLiteral("healthy"));
    // A change that Slack refuses in two fields, made by hand: the dialog shows what Slack says.
    ManifestFix fix;
    fix.kind = ManifestFix::Kind::PointRequestUrls;
    fix.checkId = QStringLiteral("slack.request-urls");
    fix.title = QStringLiteral("Point request URLs at this Bitbucket");
    fix.before = SlackManifest(slack->sandbox->manifest(appId));
    fix.after = fix.before;
    fix.after.setValue(QStringLiteral("/settings/event_subscriptions/request_url"),
        QStringLiteral("bitbucket.example.com/rest/slack/latest/event"));
    fix.after.setValue(QStringLiteral("/display_information/name"), QString(40, u'x'));
    fix.changes = ManifestDiff::compare(fix.before, fix.after);

    FixDialog dialog(fix, appId, slack->service.get(), DiagnosisContext());
    dialog.show();
    validate(dialog, false);
    QTreeWidget *problems = dialog.problemsView();
    QTreeWidgetItem *url =
        rowWithPointer(problems, 0, QStringLiteral("/settings/event_subscriptions/request_url"));
    QTreeWidgetItem *name =
        rowWithPointer(problems, 0, QStringLiteral("/display_information/name"));
    QVERIFY(url);
    QVERIFY(name);
    QCOMPARE(url->text(1), QStringLiteral("Error"));
    QVERIFY(!url->text(2).isEmpty());
    QVERIFY(!name->text(2).isEmpty());
    QVERIFY(dialog.statusLabel()->text().contains(QLatin1String("2 problem")));
    // Nothing goes to Slack after a failed validation.
    QVERIFY(!dialog.applyButton()->isEnabled());
    QCOMPARE(slack->sandbox->updateCount(appId), 0);
}

void tst_FixDialog::cancelledConfirmationSendsNothing()
{
    auto slack = startSlack();
    QVERIFY(slack);
    const QString appId = slack->sandbox->appIds().value(QStringLiteral("token-rotation"));
    const ManifestFix fix = ManifestFix::make(ManifestFix::Kind::TurnOffTokenRotation,
        SlackManifest(slack->sandbox->manifest(appId)), requirements());
    FixDialog dialog(fix, appId, slack->service.get(), DiagnosisContext());
    dialog.show();
    validate(dialog, true);

    DecisionBox::setAnswerForTests(false);
    const QString status = dialog.statusLabel()->text();
    const int asked = DecisionBox::questionsAsked();
    QTest::mouseClick(dialog.applyButton(), Qt::LeftButton);
    QCOMPARE(DecisionBox::questionsAsked(), asked + 1);
    // Nothing was started: the dialog is as it was, ready to apply when the admin wants.
    QCOMPARE(dialog.statusLabel()->text(), status);
    QVERIFY(dialog.applyButton()->isEnabled());
    QVERIFY(dialog.validateButton()->isEnabled());
    QCOMPARE(slack->sandbox->callCount(QStringLiteral("apps.manifest.update")), 0);
    QCOMPARE(slack->sandbox->updateCount(appId), 0);
}

void tst_FixDialog::permissionChangeAsksForUpdateAccess()
{
    auto slack = startSlack();
    QVERIFY(slack);
    const QString appId = slack->sandbox->appIds().value(QStringLiteral("missing-scopes"));
    const ManifestFix fix = ManifestFix::make(ManifestFix::Kind::AddMissingScopes,
        SlackManifest(slack->sandbox->manifest(appId)), requirements());
    QVERIFY(!fix.isNoOp());
    FixDialog dialog(fix, appId, slack->service.get(), DiagnosisContext());
    dialog.show();
    validate(dialog, true);
    DecisionBox::setAnswerForTests(true);
    QSignalSpy applied(&dialog, &FixDialog::applied);
    QTest::mouseClick(dialog.applyButton(), Qt::LeftButton);
    QVERIFY(applied.wait(20000));
    QVERIFY(applied.first().first().toBool());
    QVERIFY(dialog.permissionsBanner()->isVisible());
    QVERIFY(dialog.permissionsBanner()->text().contains(QLatin1String("Update Access")));
}

void tst_FixDialog::withoutTokenCopyAndSave()
{
    const ManifestFix fix = ManifestFix::make(ManifestFix::Kind::TurnOffTokenRotation,
        faulty(QStringLiteral("token-rotation")), requirements());
    FixDialog dialog(fix, QStringLiteral("A0123ABCD"), nullptr, DiagnosisContext());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.canApply());
    QVERIFY(!dialog.validateButton());
    QVERIFY(!dialog.applyButton());
    QVERIFY(dialog.copyButton()->isVisible());
    QVERIFY(dialog.saveButton()->isVisible());
    QVERIFY(!dialog.problemsView()->isVisible());

    QApplication::clipboard()->clear();
    QTest::mouseClick(dialog.copyButton(), Qt::LeftButton);
    const QJsonDocument copied =
        QJsonDocument::fromJson(QApplication::clipboard()->text().toUtf8());
    QCOMPARE(copied.object(), fix.after.json());
    QVERIFY(dialog.statusLabel()->text().contains(QLatin1String("clipboard")));

    QString error;
    const QString yaml = m_dir.filePath(QStringLiteral("fixed.yaml"));
    QVERIFY(dialog.saveTo(yaml));
    QVERIFY(dialog.statusLabel()->text().contains(QLatin1String("YAML")));
    QCOMPARE(SlackManifest::fromFile(yaml, &error).json(), fix.after.json());
    const QString json = m_dir.filePath(QStringLiteral("fixed.json"));
    QVERIFY(dialog.saveTo(json));
    QVERIFY(dialog.statusLabel()->text().contains(QLatin1String("JSON")));
    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(file.readAll()).object(), fix.after.json());

    // A place that cannot be written is said, not ignored.
    QVERIFY(!dialog.saveTo(m_dir.filePath(QStringLiteral("missing/fixed.json"))));
    QVERIFY(dialog.errorBanner()->isVisible());
}

void tst_FixDialog::saveDialogWritesTheFile()
{
    const ManifestFix fix = ManifestFix::make(ManifestFix::Kind::TurnOffTokenRotation,
        faulty(QStringLiteral("token-rotation")), requirements());
    FixDialog dialog(fix, QStringLiteral("A0123ABCD"), nullptr, DiagnosisContext());
    dialog.show();
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    QFileDialog *files = nullptr;
    QTRY_VERIFY((files = dialog.findChild<QFileDialog *>()));
    QCOMPARE(files->acceptMode(), QFileDialog::AcceptSave);
    const QString path = m_dir.filePath(QStringLiteral("chosen.json"));
    files->selectFile(path);
    static_cast<QDialog *>(files)->accept(); // as the Save or Open button does
    QTRY_VERIFY(QFileInfo::exists(path));
    QString error;
    QCOMPARE(SlackManifest::fromFile(path, &error).json(), fix.after.json());
}

void tst_FixDialog::keyboard()
{
    const ManifestFix fix = ManifestFix::make(ManifestFix::Kind::TurnOffTokenRotation,
        faulty(QStringLiteral("token-rotation")), requirements());
    auto *dialog = new FixDialog(fix, QStringLiteral("A0123ABCD"), nullptr, DiagnosisContext());
    QPointer<FixDialog> guard(dialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(dialog->copyButton()->text().contains(u'&'));
    QVERIFY(dialog->saveButton()->text().contains(u'&'));
    QVERIFY(!dialog->changesView()->accessibleName().isEmpty());
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!guard);
}

QTEST_MAIN(tst_FixDialog)
#include "tst_fixdialog.moc"
