#include "AfterFirstPaint.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

AfterFirstPaint::AfterFirstPaint(QWidget *watched, int fallbackMs, std::function<void()> work)
    : m_watched(watched)
    , m_work(std::move(work))
{
    watched->installEventFilter(this);
    if (fallbackMs >= 0)
        QTimer::singleShot(fallbackMs, this, &AfterFirstPaint::run);
}

bool AfterFirstPaint::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_watched && event->type() == QEvent::Paint && !m_queued) {
        m_queued = true;
        QTimer::singleShot(0, this, &AfterFirstPaint::run);
    }
    return QObject::eventFilter(watched, event);
}

void AfterFirstPaint::run()
{
    if (m_done)
        return;
    m_done = true;
    m_watched->removeEventFilter(this);
    m_work();
}
