#include "WrappingLabel.h"

#include <QEvent>
#include <QFontMetrics>

#include <algorithm>

namespace {

// The width, in average characters, the size hint prefers for a long text: about what reads
// well as a line.
const int preferredLineCharacters = 70;
// The least width, in average characters, below which the label asks not to be squeezed.
const int minimumLineCharacters = 16;

} // namespace

WrappingLabel::WrappingLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
}

void WrappingLabel::forgetIfTextChanged() const
{
    if (m_laidOutText == text())
        return;
    m_laidOutText = text();
    forget();
}

void WrappingLabel::forget() const
{
    m_heights.fill(Height());
    m_sizeHint = QSize();
}

int WrappingLabel::heightForWidth(int width) const
{
    forgetIfTextChanged();
    for (const Height &known : m_heights) {
        if (known.width == width)
            return known.height;
    }
    const int height = QLabel::heightForWidth(width);
    remember(width, height);
    return height;
}

void WrappingLabel::remember(int width, int height) const
{
    m_heights[m_nextHeight] = {width, height};
    m_nextHeight = (m_nextHeight + 1) % int(m_heights.size());
}

// Around the text: the frame, the contents margins and the label's own margin.
QSize WrappingLabel::extraSpace() const
{
    const QRect contents = contentsRect();
    return QSize(width() - contents.width(), height() - contents.height())
        + QSize(2 * margin(), 2 * margin());
}

QSize WrappingLabel::sizeHint() const
{
    forgetIfTextChanged();
    if (!m_sizeHint.isValid()) {
        // A line of about the length that reads well, or the widest the label may be; a text
        // that is shorter leaves room to spare, which costs nothing here.
        const int width = std::min(QFontMetrics(font()).averageCharWidth() * preferredLineCharacters
                + extraSpace().width(),
            maximumWidth());
        m_sizeHint = QSize(width, heightForWidth(width));
    }
    return m_sizeHint;
}

QSize WrappingLabel::minimumSizeHint() const
{
    const QFontMetrics metrics(font());
    const QSize extra = extraSpace();
    return QSize(std::min(metrics.averageCharWidth() * minimumLineCharacters + extra.width(),
                     maximumWidth()),
        metrics.height() + extra.height());
}

void WrappingLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange
        || event->type() == QEvent::ContentsRectChange)
        forget();
    QLabel::changeEvent(event);
}
