#pragma once

#include <QIcon>

#include <functional>

// An icon made only when something first asks it for pixels or sizes. A window's first frame
// often carries icons it never shows (the overflow buttons of a menu bar and a tool bar, the
// window icon under a window manager that ignores it); decoding them up front costs start-up
// time for nothing. The icon is made once, on the thread that first needs it (the GUI thread).
namespace DeferredIcon {

QIcon make(std::function<QIcon()> factory);
// The icon of an SVG or image file, read when first needed.
QIcon fromFile(const QString &path);

} // namespace DeferredIcon
