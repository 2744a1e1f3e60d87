#include "TroubleshootLink.h"

TroubleshootLink::TroubleshootLink(QWidget *parent)
    : QPushButton(tr("Troubleshoot…"), parent)
{
    setFlat(true);
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Explain this error and how to fix it"));
    QFont underlined = font();
    underlined.setUnderline(true);
    setFont(underlined);
    // The palette's link colour, so it reads as a link in light and dark themes alike.
    QPalette linkPalette = palette();
    linkPalette.setColor(QPalette::ButtonText, linkPalette.color(QPalette::Link));
    setPalette(linkPalette);
}
