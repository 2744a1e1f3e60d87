#pragma once

#include <QProxyStyle>

// The application's style (the platform's own, unchanged in look) with one difference: the
// overflow arrows of menu bars and tool bars are decoded when they are first shown, not when the
// bar is made. Qt's common style reads each from a set of PNG files (six sizes), and every menu
// bar and tool bar asks for one on construction, although it shows only when the bar is too
// narrow for its items: on the way to the main window's first frame that is about a millisecond.
class StartupStyle : public QProxyStyle
{
    Q_OBJECT

public:
    // key: a style name for QStyleFactory; empty for the platform's default.
    explicit StartupStyle(const QString &key = QString());

    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption *option = nullptr,
        const QWidget *widget = nullptr) const override;
};
