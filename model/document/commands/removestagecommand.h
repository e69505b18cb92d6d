#pragma once

#include "model/project.h"

#include <QUndoCommand>

namespace fjord {

class ProjectDocument;

// Removes a stage. What the stage builds (halls, racks, power nodes, PPAs, offtakes, ...) is not
// deleted: it moves to the previous stage (the next one when the first stage is removed), so the
// campus loses nothing. The last stage of a scenario cannot be removed (canRemove() false; the
// command is then obsolete and does nothing). Undo restores the scenario as it was.
class RemoveStageCommand : public QUndoCommand {
public:
    RemoveStageCommand(ProjectDocument *document, Id scenarioId, Id stageId, QUndoCommand *parent = nullptr);

    static bool canRemove(const Project &project, Id scenarioId, Id stageId);
    void redo() override;
    void undo() override;
    int movedObjects() const { return m_moved; } // objects re-assigned to the neighbouring stage

private:
    ProjectDocument *m_document;
    Id m_scenarioId;
    Id m_stageId;
    Scenario m_before;            // the whole scenario, for an exact undo
    QList<OpexItem> m_opexBefore; // opex items are project-level but name a stage
    int m_stageIndexBefore = 0;
    int m_moved = 0;
};

} // namespace fjord
