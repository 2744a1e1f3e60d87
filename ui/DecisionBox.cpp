#include "DecisionBox.h"

#include <QMessageBox>
#include <QPushButton>

namespace {

std::optional<bool> &presetAnswer()
{
    static std::optional<bool> answer;
    return answer;
}

DecisionBox::Question &lastAsked()
{
    static DecisionBox::Question question;
    return question;
}

int &askedCount()
{
    static int count = 0;
    return count;
}

} // namespace

void DecisionBox::ask(QWidget *parent, const Question &question, Callback decided)
{
    lastAsked() = question;
    ++askedCount();
    if (presetAnswer().has_value()) {
        decided(*presetAnswer());
        return;
    }
    auto *box = new QMessageBox(
        QMessageBox::Question, question.title, question.text, QMessageBox::NoButton, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->setInformativeText(question.informative);
    QPushButton *goAhead = box->addButton(question.verb, QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Cancel);
    // The safe answer is the default: Enter alone does not change anything.
    box->setDefaultButton(QMessageBox::Cancel);
    QObject::connect(box, &QMessageBox::finished, box,
        [box, goAhead, decided] { decided(box->clickedButton() == goAhead); });
    box->open();
}

void DecisionBox::setAnswerForTests(std::optional<bool> answer)
{
    presetAnswer() = answer;
}

DecisionBox::Question DecisionBox::lastQuestion()
{
    return lastAsked();
}

int DecisionBox::questionsAsked()
{
    return askedCount();
}
