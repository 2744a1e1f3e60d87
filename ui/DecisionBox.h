#pragma once

#include <QString>

#include <functional>
#include <optional>

class QWidget;

// The one way the program asks the admin to decide something in a modal box: a question, a verb
// button that does it and Cancel. The box is window-modal and opened with open(), so no event
// loop of its own runs; the answer arrives through `decided`. Tests pre-answer every question.
class DecisionBox
{
public:
    struct Question
    {
        QString title;
        QString text; // what will happen
        QString informative; // what it means, optional
        QString verb; // the button that goes ahead: "Apply to Slack"
    };
    using Callback = std::function<void(bool goAhead)>;

    // `decided` runs once, unless the parent is destroyed first.
    static void ask(QWidget *parent, const Question &question, Callback decided);

    // For tests: from now on every question is answered at once with `answer`, without a box;
    // std::nullopt shows boxes again. The last question asked is kept for the test to read.
    static void setAnswerForTests(std::optional<bool> answer);
    static Question lastQuestion();
    static int questionsAsked();
};
