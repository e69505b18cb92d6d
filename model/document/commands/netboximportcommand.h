#pragma once

#include "model/storage/netbox.h"

class QUndoCommand;

namespace fjord {

class ProjectDocument;

// NetBox import as an edit (issue 17 §6: only model/document changes the model). Imports the CSVs
// into a copy of the project (the current scenario); on success *command is the undo step that
// installs the result (the caller pushes it), on failure nullptr and the report carries the error.
storage::NetboxImportReport makeNetboxImportCommand(ProjectDocument *document, const QString &racksCsv,
                                                    const QString &feedsCsv, const QString &panelsCsv,
                                                    QUndoCommand **command);

} // namespace fjord
