#pragma once

#include "model/coolingsystem.h"
#include "model/ids.h"

#include <QList>

class QUndoCommand;

namespace fjord {

class ProjectDocument;

// Cooling systems as whole objects (issue 11): each function returns one undo step (a macro
// command) or nullptr when there is nothing to do. Their fields are edited with SetCoolingSystemCommand.

// Adds `system` to scenario `scenarioId` (the command allocates its id; *newId receives it) and
// makes it serve `halls` in the same step.
QUndoCommand *makeAddCoolingSystemCommand(ProjectDocument *document, Id scenarioId, CoolingSystem system,
                                          const QList<Id> &halls, Id *newId = nullptr);

// Removes a cooling system; the halls it served are left without one (the engine then cools them
// with the METHOD defaults and says so). Undo restores the system and the halls' assignment.
QUndoCommand *makeRemoveCoolingSystemCommand(ProjectDocument *document, Id scenarioId, Id systemId);

// Makes `systemId` (NoId: none) serve each hall of `halls`; halls already served by it are skipped.
QUndoCommand *makeAssignCoolingCommand(ProjectDocument *document, Id scenarioId, const QList<Id> &halls,
                                       Id systemId);

} // namespace fjord
