#pragma once

#include "model/ids.h"

#include <QString>

namespace fjord {

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

} // namespace fjord
