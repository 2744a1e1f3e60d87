#pragma once

class QLabel;
class QWidget;

// A label for text the program says (results, reasons, fixes): plain text, wrapped, and
// selectable with the mouse and the keyboard, so an admin can copy it into a ticket.
QLabel *newTextLabel(QWidget *parent);
