#include "DeferredIcon.h"
#include "StartupStyle.h"

#include <QApplication>
#include <QMenuBar>
#include <QStyleFactory>
#include <QTest>
#include <QToolButton>

// The main window's style: the same look as the style underneath, with the bars' overflow arrows
// decoded only when something needs their pixels.
class tst_StartupStyle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsTheBaseStylesName();
    void overflowArrowsLookLikeTheBaseStyles_data();
    void overflowArrowsLookLikeTheBaseStyles();
    void otherIconsComeStraightFromTheBaseStyle();
    void menuBarOverflowButtonShowsTheArrow();
    void deferredIconIsMadeOnceAndOnlyWhenNeeded();
};

void tst_StartupStyle::keepsTheBaseStylesName()
{
    StartupStyle style(QStringLiteral("Fusion"));
    QCOMPARE(style.baseStyle()->name().toLower(), QStringLiteral("fusion"));
}

void tst_StartupStyle::overflowArrowsLookLikeTheBaseStyles_data()
{
    QTest::addColumn<int>("standardPixmap");
    QTest::newRow("horizontal") << int(QStyle::SP_ToolBarHorizontalExtensionButton);
    QTest::newRow("vertical") << int(QStyle::SP_ToolBarVerticalExtensionButton);
}

void tst_StartupStyle::overflowArrowsLookLikeTheBaseStyles()
{
    QFETCH(int, standardPixmap);
    const auto sp = QStyle::StandardPixmap(standardPixmap);
    StartupStyle style(QStringLiteral("Fusion"));
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    const QIcon deferred = style.standardIcon(sp);
    const QIcon direct = fusion->standardIcon(sp);
    QVERIFY(!direct.isNull());
    for (int size : {8, 16, 32}) {
        const QImage mine = deferred.pixmap(size).toImage();
        const QImage theirs = direct.pixmap(size).toImage();
        QVERIFY2(!mine.isNull(), qPrintable(QString::number(size)));
        QCOMPARE(mine.size(), theirs.size());
        QCOMPARE(mine, theirs);
    }
}

void tst_StartupStyle::otherIconsComeStraightFromTheBaseStyle()
{
    StartupStyle style(QStringLiteral("Fusion"));
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    const QImage mine = style.standardIcon(QStyle::SP_MessageBoxWarning).pixmap(32).toImage();
    const QImage theirs = fusion->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(32).toImage();
    QVERIFY(!mine.isNull());
    QCOMPARE(mine, theirs);
}

void tst_StartupStyle::menuBarOverflowButtonShowsTheArrow()
{
    // A menu bar too narrow for its menus shows the overflow button, with the arrow painted.
    QApplication::setStyle(new StartupStyle(QStringLiteral("Fusion")));
    QWidget window;
    auto *bar = new QMenuBar(&window);
    for (int i = 0; i < 12; ++i)
        bar->addMenu(QStringLiteral("Menu number %1").arg(i));
    window.resize(200, 80);
    bar->setGeometry(0, 0, 200, bar->sizeHint().height());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QToolButton *overflow = bar->findChild<QToolButton *>(QStringLiteral("qt_menubar_ext_button"));
    QVERIFY(overflow);
    QTRY_VERIFY(overflow->isVisible());
    QVERIFY(!overflow->icon().pixmap(16).isNull());
}

void tst_StartupStyle::deferredIconIsMadeOnceAndOnlyWhenNeeded()
{
    int made = 0;
    QIcon icon = DeferredIcon::make([&made] {
        ++made;
        QPixmap pixmap(16, 16);
        pixmap.fill(Qt::red);
        return QIcon(pixmap);
    });
    const QIcon copy = icon; // copies share the icon that is made
    QVERIFY(!icon.isNull()); // asking whether it is null does not make it
    QCOMPARE(made, 0);
    QCOMPARE(copy.pixmap(16).toImage().pixelColor(4, 4), QColor(Qt::red));
    QCOMPARE(icon.actualSize(QSize(16, 16)), QSize(16, 16));
    QCOMPARE(made, 1);
}

QTEST_MAIN(tst_StartupStyle)
#include "tst_startupstyle.moc"
