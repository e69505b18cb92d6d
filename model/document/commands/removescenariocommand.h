#pragma once

#include "model/project.h"

#include <QUndoCommand>

namespace fjord {

class ProjectDocument;

// Removes a scenario. The last scenario of a project cannot be removed (canRemove() false; the
// command is then obsolete). When the current scenario goes, the first remaining one becomes
// current; undo puts the scenario back at its place and makes it current again if it was.
class RemoveScenarioCommand : public QUndoCommand {
public:
    RemoveScenarioCommand(ProjectDocument *document, Id scenarioId, QUndoCommand *parent = nullptr);

    static bool canRemove(const Project &project, Id scenarioId);
    void redo() override;
    void undo() override;

private:
    ProjectDocument *m_document;
    Scenario m_scenario;
    int m_index = -1;
    bool m_wasCurrent = false;
};

} // namespace fjord
