#pragma once

#include "model/hall.h"
#include "model/rack.h"
#include "model/row.h"

#include <QList>
#include <QUndoCommand>

#include <optional>

namespace fjord {

class ProjectDocument;

// One object of a layout edit before and after it. No `before`: an insertion; no `after`: a
// removal; both: a modification. `index` is the object's position in the scenario's list (the
// original list for removals and modifications, the final list for insertions), so that undo
// restores the exact order.
template <typename T> struct LayoutEntry {
    std::optional<T> before;
    std::optional<T> after;
    int index = -1;
};

// Everything a layout edit changes: halls, rows, racks, and the project's id counter (new
// objects consume ids; undo gives them back so that an undone project equals the original).
struct LayoutDelta {
    QList<LayoutEntry<Hall>> halls;
    QList<LayoutEntry<Row>> rows;
    QList<LayoutEntry<Rack>> racks;
    Id nextIdBefore = NoId; // NoId: the edit allocates no id
    Id nextIdAfter = NoId;

    bool isEmpty() const { return halls.isEmpty() && rows.isEmpty() && racks.isEmpty(); }
    QList<Id> insertedIds() const; // ids of the objects the edit creates, halls, rows, racks
};

// Applies a LayoutDelta to one scenario of the document (redo: before -> after; undo: after ->
// before) and emits one ChangeEvent per kind touched (Halls, then Rows, then Racks) with the ids.
// Removed ids leave the document's selection.
// Mergeable: two commands with the same id() and the same non-zero mergeKey that modify the
// same objects merge into one undo step (a whole drag). The merged command keeps the first
// `before` and the last `after`.
class LayoutChangeCommand : public QUndoCommand {
public:
    LayoutChangeCommand(ProjectDocument *document, const QString &text, LayoutDelta delta, int mergeId = -1,
                        int mergeKey = 0, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand *other) override;

    Id scenarioId() const { return m_scenarioId; }
    const LayoutDelta &delta() const { return m_delta; }

private:
    void apply(bool forward);

    ProjectDocument *m_document;
    Id m_scenarioId;
    LayoutDelta m_delta;
    int m_mergeId;
    int m_mergeKey;
};

} // namespace fjord
