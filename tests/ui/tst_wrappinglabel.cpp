#include "WrappingLabel.h"

#include <QLabel>
#include <QTest>
#include <QVBoxLayout>

// WrappingLabel keeps the heights it worked out; these check that what it keeps is what a plain
// word-wrapped label would say, and that a new text or font is never measured with an old one.
class tst_WrappingLabel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void heightsMatchAPlainLabel();
    void newTextIsMeasuredAgain();
    void newFontIsMeasuredAgain();
    void wrappedTextIsNotCutInALayout();
};

namespace {

const QString longText = QStringLiteral(
    "Setup asks for the Slack app's credentials and a Bitbucket administrator account, checks "
    "that Bitbucket serves Slack over HTTPS, and installs the app into each Slack workspace.");

QLabel *plainLabelLike(const WrappingLabel &label)
{
    auto *plain = new QLabel(label.text());
    plain->setWordWrap(true);
    plain->setTextFormat(Qt::PlainText);
    plain->setFont(label.font());
    plain->setAlignment(label.alignment());
    return plain;
}

} // namespace

void tst_WrappingLabel::heightsMatchAPlainLabel()
{
    WrappingLabel label;
    label.setText(longText);
    std::unique_ptr<QLabel> plain(plainLabelLike(label));
    for (int width : {120, 300, 520, 2000, 300})
        QCOMPARE(label.heightForWidth(width), plain->heightForWidth(width));
    // The size hint's height is the height for its width.
    const QSize hint = label.sizeHint();
    QCOMPARE(hint.height(), plain->heightForWidth(hint.width()));
    QVERIFY(hint.height() > label.fontMetrics().height()); // the long text wraps
    // The least it asks for is one line: the height for a narrower width comes from
    // heightForWidth.
    QCOMPARE(label.minimumSizeHint().height(), label.fontMetrics().height());
    QVERIFY(label.minimumSizeHint().width() < hint.width());
}

void tst_WrappingLabel::newTextIsMeasuredAgain()
{
    WrappingLabel label;
    label.setText(longText);
    const int longHeight = label.heightForWidth(300);
    const QSize longHint = label.sizeHint();
    label.setText(QStringLiteral("Short."));
    QVERIFY(label.heightForWidth(300) < longHeight);
    QCOMPARE(label.heightForWidth(300), label.fontMetrics().height());
    QVERIFY(label.sizeHint().height() < longHint.height());
    label.setText(longText);
    QCOMPARE(label.heightForWidth(300), longHeight);
}

void tst_WrappingLabel::newFontIsMeasuredAgain()
{
    WrappingLabel label;
    label.setText(longText);
    const int height = label.heightForWidth(300);
    QFont bigger = label.font();
    bigger.setPointSizeF(bigger.pointSizeF() * 2);
    label.setFont(bigger);
    QVERIFY(label.heightForWidth(300) > height);
    std::unique_ptr<QLabel> plain(plainLabelLike(label));
    QCOMPARE(label.heightForWidth(300), plain->heightForWidth(300));
}

void tst_WrappingLabel::wrappedTextIsNotCutInALayout()
{
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *label = new WrappingLabel;
    label->setText(QStringLiteral("A short first text."));
    layout->addWidget(label);
    layout->addStretch();
    window.resize(260, 400);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // The text changes while the label is on screen, as the empty page's does.
    label->setText(longText);
    QTRY_COMPARE(label->height(), label->heightForWidth(label->width()));
    std::unique_ptr<QLabel> plain(plainLabelLike(*label));
    QCOMPARE(label->height(), plain->heightForWidth(label->width()));
    QVERIFY(label->height() > 3 * label->fontMetrics().height());
}

QTEST_MAIN(tst_WrappingLabel)
#include "tst_wrappinglabel.moc"
