#include "TroubleshootDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

namespace {

const QString configured = QStringLiteral("https://bb.example.com/rest/slack/latest/oauth");
const QString mismatch = QStringLiteral("redirect_uri did not match any configured URIs. Passed "
                                        "URI: http://bb.example.com/rest/slack/latest/oauth");

DiagnosisContext withManifest()
{
    DiagnosisContext context;
    context.haveManifest = true;
    context.configuredRedirectUrls = {
        configured, QStringLiteral("https://127.0.0.1:53682/workspace-connector/callback")};
    context.bitbucketBaseUrl = QUrl(QStringLiteral("https://bb.example.com"));
    return context;
}

} // namespace

class tst_TroubleshootDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void prefilledTextIsExplained();
    void answerFollowsTheText();
    void unrecognisedTextSaysSo();
    void contextIsShown();
    void copyAndEscape();
    void keyboard();

private:
    static void expectShown(const TroubleshootDialog &dialog, const Diagnosis &expected);
};

void tst_TroubleshootDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_TroubleshootDialog::expectShown(
    const TroubleshootDialog &dialog, const Diagnosis &expected)
{
    QCOMPARE(dialog.titleLabel()->text(), expected.title);
    const QList<QPair<QLabel *, QString>> rows {{dialog.causeLabel(), expected.cause},
        {dialog.closestLabel(), expected.closest}, {dialog.detailLabel(), expected.detail},
        {dialog.fixLabel(), expected.fix}};
    for (const auto &[label, text] : rows) {
        QCOMPARE(label->text(), text);
        QCOMPARE(label->isVisible(), !text.isEmpty());
    }
}

void tst_TroubleshootDialog::prefilledTextIsExplained()
{
    const DiagnosisContext context = withManifest();
    TroubleshootDialog *dialog = TroubleshootDialog::openWith(context, mismatch, nullptr);
    QPointer<TroubleshootDialog> guard(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(dialog->textEdit()->toPlainText(), mismatch);

    const Diagnosis expected = Troubleshooter::diagnose(mismatch, context);
    QVERIFY(expected.recognised);
    QCOMPARE(dialog->diagnosis().code, expected.code);
    expectShown(*dialog, expected);
    // The closest configured URL comes from the live context, and the fix says what to change.
    QVERIFY(dialog->closestLabel()->isVisible());
    QVERIFY2(dialog->closestLabel()->text().contains(configured),
        qPrintable(dialog->closestLabel()->text()));
    QVERIFY(!dialog->fixLabel()->text().isEmpty());

    dialog->close();
    QTRY_VERIFY(!guard);
}

void tst_TroubleshootDialog::answerFollowsTheText()
{
    TroubleshootDialog dialog(withManifest());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.titleLabel()->text().contains(QLatin1String("appears here")));
    QVERIFY(!dialog.causeLabel()->isVisible());

    dialog.textEdit()->setFocus();
    const QString code = QStringLiteral("invalid_team_for_non_distributed_app");
    QTest::keyClicks(dialog.textEdit(), code);
    const Diagnosis expected = Troubleshooter::diagnose(code, withManifest());
    QVERIFY(expected.recognised);
    expectShown(dialog, expected);
    QVERIFY(!dialog.closestLabel()->isVisible());

    dialog.setProblemText(mismatch);
    expectShown(dialog, Troubleshooter::diagnose(mismatch, withManifest()));
}

void tst_TroubleshootDialog::unrecognisedTextSaysSo()
{
    TroubleshootDialog dialog(withManifest());
    dialog.show();
    dialog.setProblemText(QStringLiteral("the coffee machine is empty"));
    QVERIFY(!dialog.diagnosis().recognised);
    QVERIFY2(dialog.titleLabel()->text().startsWith(QLatin1String("Not recognised")),
        qPrintable(dialog.titleLabel()->text()));
    QVERIFY(!dialog.closestLabel()->isVisible());
}

void tst_TroubleshootDialog::contextIsShown()
{
    TroubleshootDialog dialog(withManifest());
    QVERIFY2(dialog.contextLabel()->text().contains(QLatin1String("2 Redirect URL")),
        qPrintable(dialog.contextLabel()->text()));
    QVERIFY(dialog.contextLabel()->text().contains(QLatin1String("https://bb.example.com")));

    // Without a manifest there is nothing to compare a passed redirect URI with, and it says so.
    DiagnosisContext bare;
    TroubleshootDialog without(bare);
    without.show();
    QVERIFY(without.contextLabel()->text().contains(QLatin1String("No manifest")));
    without.setProblemText(mismatch);
    expectShown(without, Troubleshooter::diagnose(mismatch, bare));
}

void tst_TroubleshootDialog::copyAndEscape()
{
    auto *dialog = new TroubleshootDialog(withManifest());
    QPointer<TroubleshootDialog> guard(dialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(!dialog->copyButton()->isEnabled());
    dialog->setProblemText(mismatch);
    QVERIFY(dialog->copyButton()->isEnabled());
    QTest::mouseClick(dialog->copyButton(), Qt::LeftButton);
    const QString copied = QApplication::clipboard()->text();
    QVERIFY(copied.startsWith(dialog->titleLabel()->text()));
    QVERIFY(copied.contains(dialog->fixLabel()->text()));

    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!guard);
}

void tst_TroubleshootDialog::keyboard()
{
    TroubleshootDialog dialog(withManifest());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
    const bool hasBuddy = std::any_of(labels.cbegin(), labels.cend(), [&dialog](QLabel *label) {
        return label->buddy() == dialog.textEdit() && label->text().contains(u'&');
    });
    QVERIFY(hasBuddy);
    QVERIFY(dialog.copyButton()->text().contains(u'&'));
    // Tab leaves the text box instead of typing a tab into it.
    QVERIFY(dialog.textEdit()->tabChangesFocus());
    QVERIFY(!dialog.textEdit()->accessibleName().isEmpty());
}

QTEST_MAIN(tst_TroubleshootDialog)
#include "tst_troubleshootdialog.moc"
