#include "WorkspacesEmptyState.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace {

const int illustrationSize = 96;

// Puts the illustration into its label once the label has been painted without it. Parsing the
// SVG and rendering it at this size costs about as much as the rest of the window's first frame
// (at 96 pixels the raster engine even starts its thread pool for the fills), so it is done just
// after that frame rather than before it. The label has the illustration's size from the start,
// so nothing moves when it appears.
class DeferredIllustration : public QObject
{
public:
    explicit DeferredIllustration(QLabel *label)
        : QObject(label)
        , m_label(label)
    {
        label->setMinimumSize(illustrationSize, illustrationSize);
        label->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_label && event->type() == QEvent::Paint) {
            m_label->removeEventFilter(this);
            // Queued, so the paint this filter sees is finished (and on screen) first.
            QTimer::singleShot(0, m_label, [label = m_label] {
                label->setPixmap(QIcon(QStringLiteral(":/icons/workspace-connector.svg"))
                                     .pixmap(illustrationSize));
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QLabel *m_label;
};

} // namespace

WorkspacesEmptyState::WorkspacesEmptyState(QWidget *parent)
    : QWidget(parent)
{
    auto *icon = new QLabel(this);
    new DeferredIllustration(icon);
    icon->setAlignment(Qt::AlignHCenter);
    icon->setAccessibleName(tr("Workspace Connector"));

    auto *heading = new QLabel(tr("No Slack workspaces are connected yet"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    heading->setAlignment(Qt::AlignHCenter);
    heading->setWordWrap(true);

    auto *explanation = new QLabel(
        tr("Setup takes the Slack app's credentials and a Bitbucket administrator account, and "
           "checks that Bitbucket is ready to serve Slack over HTTPS. Connecting further "
           "workspaces is not part of this version yet."),
        this);
    explanation->setAlignment(Qt::AlignHCenter);
    explanation->setWordWrap(true);
    explanation->setMaximumWidth(520);
    // Centred by stretches rather than by alignment, so the label keeps the height its
    // wrapped lines need.
    auto *explanationRow = new QHBoxLayout;
    explanationRow->addStretch(1);
    explanationRow->addWidget(explanation, 4);
    explanationRow->addStretch(1);

    m_setupButton = new QPushButton(tr("Set &up Workspace Connector…"), this);
    m_setupButton->setDefault(true);
    QFont buttonFont = m_setupButton->font();
    buttonFont.setPointSizeF(buttonFont.pointSizeF() * 1.15);
    m_setupButton->setFont(buttonFont);
    m_setupButton->setMinimumHeight(m_setupButton->sizeHint().height() * 3 / 2);
    connect(m_setupButton, &QPushButton::clicked, this, &WorkspacesEmptyState::setupRequested);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(icon);
    layout->addSpacing(12);
    layout->addWidget(heading);
    layout->addLayout(explanationRow);
    layout->addSpacing(18);
    layout->addWidget(m_setupButton, 0, Qt::AlignHCenter);
    layout->addStretch(3);
}
