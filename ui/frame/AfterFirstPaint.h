#pragma once

#include <QObject>

#include <functional>

class QWidget;

// Runs what the start-up leaves until the window is on screen, once: queued after the watched
// widget's first paint (so that paint is finished first), or after fallbackMs should the window
// never be painted (a minimised start, a compositor that sends no frames), so the work is never
// lost. A negative fallbackMs waits for the paint however long it takes.
class AfterFirstPaint : public QObject
{
public:
    AfterFirstPaint(QWidget *watched, int fallbackMs, std::function<void()> work);

    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void run();

    QWidget *m_watched;
    std::function<void()> m_work;
    bool m_queued = false;
    bool m_done = false;
};
