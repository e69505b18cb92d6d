#pragma once

#include "model/ids.h"

#include <QString>

class QUndoCommand;

namespace fjord {

class ProjectDocument;

// Edits of a rack type's figures (rename: makeRenameCommand). nullptr (push nothing) when the type
// is absent, the value unchanged or out of range: design power must be > 0 W and finite, GPUs >= 0,
// liquid fraction within 0..1, power factor within (0, 1], mass, cost, width and depth >= 0.
QUndoCommand *setRackTypeDesignPower(ProjectDocument *document, Id rackTypeId, double watts);
QUndoCommand *setRackTypeGpus(ProjectDocument *document, Id rackTypeId, int gpus);
QUndoCommand *setRackTypeLiquidFraction(ProjectDocument *document, Id rackTypeId, double fraction);
QUndoCommand *setRackTypePowerFactor(ProjectDocument *document, Id rackTypeId, double powerFactor);
QUndoCommand *setRackTypeMass(ProjectDocument *document, Id rackTypeId, double kilograms);
QUndoCommand *setRackTypeUnitCost(ProjectDocument *document, Id rackTypeId, double cost);
QUndoCommand *setRackTypeVendor(ProjectDocument *document, Id rackTypeId, const QString &vendor);

// Removes a rack type from the catalogue. A type that racks (in any scenario) or load profiles use
// cannot go: nullptr then, and *why (when given) says how many use it.
QUndoCommand *makeRemoveRackTypeCommand(ProjectDocument *document, Id rackTypeId, QString *why = nullptr);

} // namespace fjord
