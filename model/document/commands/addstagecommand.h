#pragma once

#include "model/stage.h"

#include <QUndoCommand>

namespace fjord {

class ProjectDocument;

// Appends a stage to a scenario: "Stage N+1", energised 12 months after the last stage, no grid
// capacity added, the last stage's ramp-up. The new stage becomes the current one; undo restores
// the previous current stage and the project's id counter.
class AddStageCommand : public QUndoCommand {
public:
    AddStageCommand(ProjectDocument *document, Id scenarioId, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    Id stageId() const { return m_stage.id; }

private:
    ProjectDocument *m_document;
    Id m_scenarioId;
    Stage m_stage;
    Id m_nextIdBefore = NoId;
    int m_stageIndexBefore = 0;
};

} // namespace fjord
