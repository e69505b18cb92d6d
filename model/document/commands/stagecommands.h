#pragma once

#include "model/ids.h"

#include <QDate>

class QUndoCommand;

namespace fjord {

class ProjectDocument;

// Edits of one stage's properties (rename: makeRenameCommand). Each returns a ChangeValueCommand
// that merges consecutive edits of the same field, or nullptr (push nothing) when the stage is
// absent, the value is unchanged or invalid: an invalid date, a negative or non-finite grid
// capacity (W), a negative ramp-up or one over MaxRampUpMonths.
constexpr int MaxRampUpMonths = 120;

QUndoCommand *setStageEnergisation(ProjectDocument *document, Id stageId, const QDate &date);
QUndoCommand *setStageGridCapacity(ProjectDocument *document, Id stageId, double gridCapacityAddedW);
QUndoCommand *setStageRampUp(ProjectDocument *document, Id stageId, int months);

} // namespace fjord
