#pragma once

#include "model/ids.h"

#include <QString>

namespace fjord {

struct Scenario;
class AddScenarioCommand;
class ProjectDocument;

// A new, empty scenario (one stage "Stage 1", the current scenario's grid supply) named `name`
// (trimmed; "Scenario N" when empty). Becomes current.
AddScenarioCommand *makeNewScenarioCommand(ProjectDocument *document, const QString &name);

// A deep copy of scenario `sourceId` with fresh ids for every object it holds and every reference
// between them remapped (racks -> rows/halls/stages/feeds, nodes -> parents/groups, ...); rack
// types are project-level and stay shared. Named `name`, or "<source> (copy)" when empty.
// nullptr when the source does not exist.
AddScenarioCommand *makeDuplicateScenarioCommand(ProjectDocument *document, Id sourceId,
                                                 const QString &name = {});

// The copy made by makeDuplicateScenarioCommand: fresh ids from `nextId` on for every object and
// every internal reference remapped; `nextIdAfter` receives the next free id.
Scenario duplicateScenario(const Scenario &source, Id nextId, Id *nextIdAfter);

} // namespace fjord
