#pragma once

#include <QObject>

class QUndoCommand;
class QUndoStack;

namespace fjord {

// Tells an undo or redo on `stack` apart from a new edit, which QUndoStack does not: it signals only
// that its index changed. An undo moves the index down by one with the commands unchanged; a redo
// moves it up by one over the command that was next above it. A push (which first drops the commands
// above the index), a merge, a clear or a jump of several steps is neither.
class UndoSteps : public QObject {
    Q_OBJECT
public:
    explicit UndoSteps(QUndoStack *stack, QObject *parent = nullptr);

signals:
    void undone(const QString &text); // the command's text, as the Undo action showed it
    void redone(const QString &text);

private:
    void onIndexChanged(int index);
    void remember();

    QUndoStack *m_stack;
    int m_index = 0;
    int m_count = 0;
    const QUndoCommand *m_next = nullptr; // the command a redo would do (above the index), if any
};

} // namespace fjord
