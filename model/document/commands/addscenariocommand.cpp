#include "model/document/commands/addscenariocommand.h"

#include "model/document/projectdocument.h"

namespace fjord {

AddScenarioCommand::AddScenarioCommand(ProjectDocument *document, Scenario scenario, Id nextIdAfter,
                                       const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent), m_document(document), m_scenario(std::move(scenario)),
      m_nextIdBefore(document->project().nextId), m_nextIdAfter(nextIdAfter)
{
}

void AddScenarioCommand::redo()
{
    m_currentBefore = m_document->currentScenarioId();
    Project &project = m_document->mutableProject();
    project.scenarios.append(m_scenario);
    project.nextId = qMax(project.nextId, m_nextIdAfter);
    m_document->notifyChanged({ChangeEvent::Kind::Scenarios, {m_scenario.id}});
    m_document->setCurrentScenario(m_scenario.id);
}

void AddScenarioCommand::undo()
{
    Project &project = m_document->mutableProject();
    for (int i = 0; i < project.scenarios.size(); ++i) {
        if (project.scenarios[i].id == m_scenario.id) {
            project.scenarios.removeAt(i);
            break;
        }
    }
    project.nextId = m_nextIdBefore;
    m_document->setCurrentScenario(m_currentBefore);
    m_document->notifyChanged({ChangeEvent::Kind::Scenarios, {m_scenario.id}});
}

} // namespace fjord
