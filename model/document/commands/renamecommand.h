#pragma once

#include "model/ids.h"

#include <QString>

class QUndoCommand;

namespace fjord {

class ProjectDocument;

// Renames any object (scenario, stage, hall, row, rack, power node, cooling system, rack type, ...)
// found by id. The name is trimmed. Returns nullptr (push nothing) when the object is absent, the
// trimmed name is empty or unchanged. Undo text: "Rename rack H1-R01-01 to H1-R01-99".
// Consecutive renames of the same object merge (typing in a field).
QUndoCommand *makeRenameCommand(ProjectDocument *document, Id objectId, const QString &newName);

} // namespace fjord
