#include "WorkspacesEmptyState.h"

#include "WrappingLabel.h"

#include <QEvent>
#include <QFontMetrics>
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

    m_heading = new WrappingLabel(this);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setAlignment(Qt::AlignHCenter);

    m_explanation = new WrappingLabel(this);
    m_explanation->setAlignment(Qt::AlignHCenter);
    m_explanation->setMaximumWidth(520);
    // Centred by stretches rather than by alignment, so the label keeps the height its
    // wrapped lines need.
    auto *explanationRow = new QHBoxLayout;
    explanationRow->addStretch(1);
    explanationRow->addWidget(m_explanation, 4);
    explanationRow->addStretch(1);

    // Taller than a dialog's buttons: it is the page's one thing to do. In the dialog font,
    // though: a font of another size would be one more to load before the first frame.
    m_setupButton = new QPushButton(this);
    m_setupButton->setDefault(true);
    const int buttonHeight = m_setupButton->fontMetrics().height() * 2;
    m_setupButton->setMinimumHeight(buttonHeight);
    connect(m_setupButton, &QPushButton::clicked, this, &WorkspacesEmptyState::setupRequested);
    m_retryButton = new QPushButton(tr("&Try Again"), this);
    m_retryButton->setMinimumHeight(buttonHeight);
    connect(m_retryButton, &QPushButton::clicked, this, &WorkspacesEmptyState::retryRequested);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_retryButton);
    buttons->addWidget(m_setupButton);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(icon);
    layout->addSpacing(12);
    layout->addWidget(m_heading);
    layout->addLayout(explanationRow);
    layout->addSpacing(18);
    layout->addLayout(buttons);
    layout->addStretch(3);
    showFirstRun();
}

QString WorkspacesEmptyState::heading() const
{
    return m_heading->text();
}

QString WorkspacesEmptyState::explanation() const
{
    return m_explanation->text();
}

void WorkspacesEmptyState::showFirstRun()
{
    m_setupButton->setText(tr("Set &up Workspace Connector…"));
    present(Mode::FirstRun, tr("No Slack workspaces are connected yet"),
        tr("Setup asks for the Slack app's credentials and a Bitbucket administrator account, "
           "checks that Bitbucket serves Slack over HTTPS, and installs the app into each Slack "
           "workspace you choose."));
}

void WorkspacesEmptyState::showLoading(const QString &where)
{
    present(Mode::Loading, tr("Reading the connected workspaces…"),
        tr("Asking %1 which Slack workspaces are connected to it.").arg(where));
}

void WorkspacesEmptyState::showNoneConnected(const QString &where)
{
    m_setupButton->setText(tr("Connect a &Workspace…"));
    present(Mode::NoneConnected, tr("No Slack workspaces are connected yet"),
        tr("%1 has no Slack workspace connected. Setup installs the app into a workspace and "
           "connects it to Bitbucket.")
            .arg(where));
}

void WorkspacesEmptyState::showProblem(const QString &explanation, const QString &advice)
{
    m_setupButton->setText(tr("Open &Setup…"));
    present(Mode::Problem, tr("The connected workspaces could not be read"),
        advice.isEmpty() ? explanation : explanation + u'\n' + advice);
}

void WorkspacesEmptyState::present(Mode mode, const QString &heading, const QString &explanation)
{
    m_mode = mode;
    // Bitbucket's reason can be selected and copied into a ticket. The other pages say only what
    // this program says; a selectable label lays its text out as a whole text document, which
    // would be a third of the first frame's work.
    m_explanation->setTextInteractionFlags(mode == Mode::Problem
            ? Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard
            : Qt::NoTextInteraction);
    m_heading->setText(heading);
    m_explanation->setText(explanation);
    m_setupButton->setVisible(mode != Mode::Loading);
    m_retryButton->setVisible(mode == Mode::Problem);
    // The button that does what the page suggests is the default, so Enter does it.
    m_retryButton->setDefault(mode == Mode::Problem);
    m_setupButton->setDefault(mode != Mode::Problem);
}
