#include "model/document/commands/addstagecommand.h"

#include "model/document/projectdocument.h"

#include <QCoreApplication>

namespace fjord {

AddStageCommand::AddStageCommand(ProjectDocument *document, Id scenarioId, QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_scenarioId(scenarioId)
{
    const Scenario *scenario = document->project().scenario(scenarioId);
    if (!scenario) {
        setObsolete(true);
        return;
    }
    m_nextIdBefore = document->project().nextId;
    m_stage.id = m_nextIdBefore;
    m_stage.name =
        QCoreApplication::translate("fjord::Commands", "Stage %1").arg(scenario->stages.size() + 1);
    if (!scenario->stages.isEmpty()) {
        const Stage &last = scenario->stages.constLast();
        m_stage.energisation = last.energisation.isValid() ? last.energisation.addMonths(12) : QDate();
        m_stage.rampUpMonths = last.rampUpMonths;
    }
    setText(QCoreApplication::translate("fjord::Commands", "Add stage %1 to scenario %2")
                .arg(m_stage.name, scenario->name));
}

void AddStageCommand::redo()
{
    Scenario *scenario = m_document->mutableScenario(m_scenarioId);
    if (!scenario)
        return;
    m_stageIndexBefore = m_document->currentStageIndex();
    scenario->stages.append(m_stage);
    m_document->mutableProject().nextId = qMax(m_document->project().nextId, m_stage.id + 1);
    m_document->notifyChanged({ChangeEvent::Kind::Stages, {m_stage.id}});
    if (m_scenarioId == m_document->currentScenarioId())
        m_document->setCurrentStageIndex(int(scenario->stages.size()) - 1);
}

void AddStageCommand::undo()
{
    Scenario *scenario = m_document->mutableScenario(m_scenarioId);
    if (!scenario)
        return;
    const int index = scenario->stageIndex(m_stage.id);
    if (index >= 0)
        scenario->stages.removeAt(index);
    m_document->mutableProject().nextId = m_nextIdBefore;
    if (m_scenarioId == m_document->currentScenarioId())
        m_document->setCurrentStageIndex(m_stageIndexBefore);
    m_document->notifyChanged({ChangeEvent::Kind::Stages, {m_stage.id}});
}

} // namespace fjord
