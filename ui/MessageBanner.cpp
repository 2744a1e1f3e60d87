#include "MessageBanner.h"

#include "TroubleshootLink.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMetaMethod>
#include <QPushButton>
#include <QStyle>

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_troubleshoot(new TroubleshootLink(this))
    , m_action(new QPushButton(this))
{
    // The frame and the palette's alternate base set it apart from the form, in light and dark
    // themes alike.
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);

    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_action->hide();
    connect(m_action, &QPushButton::clicked, this, &MessageBanner::actionTriggered);

    m_troubleshoot->setAccessibleName(tr("Troubleshoot this error"));
    m_troubleshoot->hide();
    connect(m_troubleshoot, &QPushButton::clicked, this,
        [this] { Q_EMIT troubleshootRequested(m_text->text()); });

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_troubleshoot, 0, Qt::AlignVCenter);
    layout->addWidget(m_action, 0, Qt::AlignVCenter);
    hide();
}

void MessageBanner::showMessage(Kind kind, const QString &text)
{
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    if (kind == Kind::Warning) {
        icon = QStyle::SP_MessageBoxWarning;
    } else if (kind == Kind::Error) {
        icon = QStyle::SP_MessageBoxCritical;
    }
    const int size = style()->pixelMetric(QStyle::PM_LargeIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size, size));
    m_text->setText(text);
    setAccessibleDescription(text);
    m_troubleshoot->setVisible(kind == Kind::Error && canTroubleshoot());
    show();
}

void MessageBanner::setActionText(const QString &text)
{
    m_action->setText(text);
    m_action->setVisible(!text.isEmpty());
}

void MessageBanner::clear()
{
    m_text->clear();
    setActionText(QString());
    hide();
}

bool MessageBanner::canTroubleshoot() const
{
    // No link that leads nowhere: only a banner whose page opens the troubleshooter offers it.
    return isSignalConnected(QMetaMethod::fromSignal(&MessageBanner::troubleshootRequested));
}

QString MessageBanner::text() const
{
    return isHidden() ? QString() : m_text->text();
}
