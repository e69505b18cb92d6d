#include "model/document/commands/removescenariocommand.h"

#include "model/document/projectdocument.h"

#include <QCoreApplication>

namespace fjord {

RemoveScenarioCommand::RemoveScenarioCommand(ProjectDocument *document, Id scenarioId, QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document)
{
    const Project &project = document->project();
    if (!canRemove(project, scenarioId)) {
        setObsolete(true);
        return;
    }
    for (int i = 0; i < project.scenarios.size(); ++i)
        if (project.scenarios[i].id == scenarioId)
            m_index = i;
    m_scenario = project.scenarios.at(m_index);
    setText(QCoreApplication::translate("fjord::Commands", "Remove scenario %1").arg(m_scenario.name));
}

bool RemoveScenarioCommand::canRemove(const Project &project, Id scenarioId)
{
    return project.scenario(scenarioId) && project.scenarios.size() > 1;
}

void RemoveScenarioCommand::redo()
{
    if (isObsolete())
        return;
    m_wasCurrent = m_document->currentScenarioId() == m_scenario.id;
    m_document->mutableProject().scenarios.removeAt(m_index);
    // notifyChanged() moves the current scenario to the first one when the current one is gone.
    m_document->notifyChanged({ChangeEvent::Kind::Scenarios, {m_scenario.id}});
}

void RemoveScenarioCommand::undo()
{
    if (isObsolete())
        return;
    m_document->mutableProject().scenarios.insert(m_index, m_scenario);
    m_document->notifyChanged({ChangeEvent::Kind::Scenarios, {m_scenario.id}});
    if (m_wasCurrent)
        m_document->setCurrentScenario(m_scenario.id);
}

} // namespace fjord
