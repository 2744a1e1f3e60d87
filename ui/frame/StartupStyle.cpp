#include "StartupStyle.h"

#include "DeferredIcon.h"

#include <QPointer>

StartupStyle::StartupStyle(const QString &key)
    : QProxyStyle(key)
{ }

QIcon StartupStyle::standardIcon(
    StandardPixmap standardIcon, const QStyleOption *option, const QWidget *widget) const
{
    if (standardIcon != SP_ToolBarHorizontalExtensionButton
        && standardIcon != SP_ToolBarVerticalExtensionButton)
        return QProxyStyle::standardIcon(standardIcon, option, widget);
    // Neither the widget nor the option is kept: the widget may be gone by the time the icon is
    // painted, and the base styles draw these arrows the same for every widget.
    QPointer<QStyle> base(baseStyle());
    return DeferredIcon::make([base, standardIcon]() -> QIcon {
        return base ? base->standardIcon(standardIcon) : QIcon();
    });
}
