#pragma once

#include <QPushButton>

// "Troubleshoot…" beside an error or a failed check: looks like a link, works like a button, so
// Tab reaches it in one step and Space or Enter follows it.
class TroubleshootLink : public QPushButton
{
    Q_OBJECT

public:
    explicit TroubleshootLink(QWidget *parent = nullptr);
};
