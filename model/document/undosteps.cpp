#include "model/document/undosteps.h"

#include <QUndoStack>

namespace fjord {

UndoSteps::UndoSteps(QUndoStack *stack, QObject *parent) : QObject(parent), m_stack(stack)
{
    remember();
    connect(stack, &QUndoStack::indexChanged, this, &UndoSteps::onIndexChanged);
}

void UndoSteps::remember()
{
    m_index = m_stack->index();
    m_count = m_stack->count();
    m_next = m_index < m_count ? m_stack->command(m_index) : nullptr;
}

void UndoSteps::onIndexChanged(int index)
{
    const int before = m_index, countBefore = m_count;
    const QUndoCommand *nextBefore = m_next;
    remember();
    if (m_count != countBefore)
        return; // a push or a clear
    if (index == before - 1)
        emit undone(m_stack->text(index));
    // A push right after an undo keeps the count (one dropped, one added) and moves up by one too,
    // but the command now below the index is the new one: it existed while the dropped one did, so
    // it cannot have the same address.
    else if (index == before + 1 && nextBefore && m_stack->command(before) == nextBefore)
        emit redone(m_stack->text(before));
}

} // namespace fjord
