#include "model/document/commands/coolingsystemcommands.h"
#include "model/plural.h"

#include "model/document/commands/analysiscommands.h"
#include "model/document/commands/changevaluecommand.h"
#include "model/tr.h"

namespace fjord {

namespace {

// Adds to `macro` one child per hall that is not yet served by `systemId`; returns how many.
int addAssignments(ProjectDocument *document, Id scenarioId, const QList<Id> &halls, Id systemId,
                   QUndoCommand *macro)
{
    const Scenario *scenario = document->mutableScenario(scenarioId);
    if (!scenario)
        return 0;
    int count = 0;
    for (Id hallId : halls) {
        const Hall *hall = scenario->hall(hallId);
        if (!hall || hall->coolingSystemId == systemId)
            continue;
        auto field = [scenarioId, hallId](Project &p) -> Id * {
            Scenario *s = p.scenario(scenarioId);
            Hall *h = s ? s->hall(hallId) : nullptr;
            return h ? &h->coolingSystemId : nullptr;
        };
        new ChangeValueCommand<Id>(document, QString(), ChangeEvent{ChangeEvent::Kind::Halls, {hallId}},
                                   std::move(field), systemId, QString(), macro);
        ++count;
    }
    return count;
}

} // namespace

QUndoCommand *makeAddCoolingSystemCommand(ProjectDocument *document, Id scenarioId, CoolingSystem system,
                                          const QList<Id> &halls, Id *newId)
{
    if (!document->mutableScenario(scenarioId))
        return nullptr;
    auto *macro = new QUndoCommand(CommandsTr::tr("Add cooling system %1").arg(system.name));
    auto *add = new AddCoolingSystemCommand(document, scenarioId, std::move(system), macro);
    addAssignments(document, scenarioId, halls, add->itemId(), macro);
    if (newId)
        *newId = add->itemId();
    return macro;
}

QUndoCommand *makeRemoveCoolingSystemCommand(ProjectDocument *document, Id scenarioId, Id systemId)
{
    const Scenario *scenario = document->mutableScenario(scenarioId);
    const CoolingSystem *system = scenario ? scenario->coolingSystem(systemId) : nullptr;
    if (!system)
        return nullptr;
    auto *macro = new QUndoCommand(CommandsTr::tr("Remove cooling system %1").arg(system->name));
    QList<Id> served;
    for (const Hall &h : scenario->halls)
        if (h.coolingSystemId == systemId)
            served.append(h.id);
    addAssignments(document, scenarioId, served, NoId, macro);
    new RemoveItemCommand<CoolingSystem>(document, scenarioId, systemId, macro);
    return macro;
}

QUndoCommand *makeAssignCoolingCommand(ProjectDocument *document, Id scenarioId, const QList<Id> &halls,
                                       Id systemId)
{
    const Scenario *scenario = document->mutableScenario(scenarioId);
    if (!scenario || (systemId != NoId && !scenario->coolingSystem(systemId)))
        return nullptr;
    const CoolingSystem *system = scenario->coolingSystem(systemId);
    auto *macro = new QUndoCommand;
    const int n = addAssignments(document, scenarioId, halls, systemId, macro);
    if (n == 0) {
        delete macro;
        return nullptr;
    }
    macro->setText(
        system ? plural(n, CommandsTr::tr("Cool %n hall with %1"), CommandsTr::tr("Cool %n halls with %1"))
                     .arg(system->name)
               : plural(n, CommandsTr::tr("Take the cooling system off %n hall"),
                        CommandsTr::tr("Take the cooling system off %n halls")));
    return macro;
}

} // namespace fjord
