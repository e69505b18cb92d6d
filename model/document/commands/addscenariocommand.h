#pragma once

#include "model/scenario.h"

#include <QUndoCommand>

namespace fjord {

class ProjectDocument;

// Inserts a prepared scenario (new or duplicated: see scenariocommands.h) at the end of the
// project and makes it current; undo removes it, restores the previous current scenario and the
// project's id counter. `nextIdAfter` is the id counter once the scenario's ids are taken.
class AddScenarioCommand : public QUndoCommand {
public:
    AddScenarioCommand(ProjectDocument *document, Scenario scenario, Id nextIdAfter, const QString &text,
                       QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    Id scenarioId() const { return m_scenario.id; }

private:
    ProjectDocument *m_document;
    Scenario m_scenario;
    Id m_nextIdBefore;
    Id m_nextIdAfter;
    Id m_currentBefore = NoId;
};

} // namespace fjord
