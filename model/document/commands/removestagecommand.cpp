#include "model/document/commands/removestagecommand.h"

#include "model/document/projectdocument.h"

#include <QCoreApplication>

namespace fjord {

namespace {

template <typename T> int reassign(QList<T> &objects, Id from, Id to)
{
    int moved = 0;
    for (T &o : objects) {
        if (o.stageId == from) {
            o.stageId = to;
            ++moved;
        }
    }
    return moved;
}

} // namespace

RemoveStageCommand::RemoveStageCommand(ProjectDocument *document, Id scenarioId, Id stageId,
                                       QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_scenarioId(scenarioId), m_stageId(stageId)
{
    if (!canRemove(document->project(), scenarioId, stageId)) {
        setObsolete(true);
        return;
    }
    const Scenario *scenario = document->project().scenario(scenarioId);
    m_before = *scenario;
    m_opexBefore = document->project().opex;
    setText(QCoreApplication::translate("fjord::Commands", "Remove stage %1 from scenario %2")
                .arg(scenario->stage(stageId)->name, scenario->name));
}

bool RemoveStageCommand::canRemove(const Project &project, Id scenarioId, Id stageId)
{
    const Scenario *scenario = project.scenario(scenarioId);
    return scenario && scenario->stage(stageId) && scenario->stages.size() > 1;
}

void RemoveStageCommand::redo()
{
    Scenario *scenario = m_document->mutableScenario(m_scenarioId);
    if (isObsolete() || !scenario)
        return;
    m_stageIndexBefore = m_document->currentStageIndex();
    const int index = scenario->stageIndex(m_stageId);
    if (index < 0)
        return;
    const Id heir = scenario->stages.at(index > 0 ? index - 1 : 1).id;
    m_moved = reassign(scenario->halls, m_stageId, heir) + reassign(scenario->racks, m_stageId, heir) +
              reassign(scenario->powerNodes, m_stageId, heir) +
              reassign(scenario->heatOfftakes, m_stageId, heir) +
              reassign(scenario->supply.ppas, m_stageId, heir) +
              reassign(scenario->supply.guarantees, m_stageId, heir) +
              reassign(m_document->mutableProject().opex, m_stageId, heir);
    scenario->stages.removeAt(index);
    m_document->notifyChanged({ChangeEvent::Kind::Everything, {m_stageId}});
    if (m_scenarioId == m_document->currentScenarioId())
        m_document->setCurrentStageIndex(qMin(m_stageIndexBefore, int(scenario->stages.size()) - 1));
}

void RemoveStageCommand::undo()
{
    Scenario *scenario = m_document->mutableScenario(m_scenarioId);
    if (isObsolete() || !scenario)
        return;
    *scenario = m_before;
    m_document->mutableProject().opex = m_opexBefore;
    if (m_scenarioId == m_document->currentScenarioId())
        m_document->setCurrentStageIndex(m_stageIndexBefore);
    m_document->notifyChanged({ChangeEvent::Kind::Everything, {m_stageId}});
}

} // namespace fjord
