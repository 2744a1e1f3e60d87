#include "WorkspacesEmptyState.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

WorkspacesEmptyState::WorkspacesEmptyState(QWidget *parent)
    : QWidget(parent)
{
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/workspace-connector.svg")).pixmap(96));
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
