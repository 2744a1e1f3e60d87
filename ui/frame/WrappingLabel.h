#pragma once

#include <QLabel>

#include <array>

// A word-wrapped label of plain text that lays its text out as few times as it can. A plain
// QLabel works out its size hints by laying the text out at up to five widths, does it again for
// each width a layout asks about, and starts over whenever a hint is asked for after any change;
// each time the text is shaped anew. On the way to the main window's first frame that came to
// nineteen layouts of the empty page's two labels, a tenth of the frame's work.
//
// This label's minimum size hint needs no layout at all (one line's height, a few words' width:
// the height for a narrower width comes from heightForWidth). Its size hint is a line of a
// comfortable length, whatever the text's, and the height for that width. The heights for the
// last few widths are kept until the text or the font changes.
class WrappingLabel : public QLabel
{
    Q_OBJECT

public:
    explicit WrappingLabel(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    int heightForWidth(int width) const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void forgetIfTextChanged() const;
    void forget() const;
    void remember(int width, int height) const;
    QSize extraSpace() const;

    struct Height
    {
        int width = -1;
        int height = 0;
    };
    mutable QString m_laidOutText;
    mutable std::array<Height, 4> m_heights;
    mutable int m_nextHeight = 0;
    mutable QSize m_sizeHint;
};
