#pragma once

#include "model/ids.h"
#include "model/tenant.h"

#include <QList>

class QUndoCommand;

namespace fjord {

class ProjectDocument;

// Tenants and allocation (issue 12, METHOD §8.2). Each function returns one undo step or nullptr when
// there is nothing to do. Tenant fields are edited with SetTenantCommand, new ones added with
// AddTenantCommand (analysiscommands.h).

// What to allocate: any mix of halls, rows and racks of one scenario.
struct AllocationTargets {
    QList<Id> halls, rows, racks;
    bool isEmpty() const { return halls.isEmpty() && rows.isEmpty() && racks.isEmpty(); }
};

// Allocates the targets to `tenantId` (NoId: takes them back, unallocated). Racks inside an allocated
// hall or row follow it unless they have a tenant of their own; allocating a hall or a row therefore
// also clears the own tenant of its racks and rows, so that the whole hall or row ends up with the
// tenant. Objects already allocated as asked are skipped.
QUndoCommand *makeAllocateCommand(ProjectDocument *document, Id scenarioId, const AllocationTargets &targets,
                                  Id tenantId);

// Removes a tenant; whatever was allocated to it becomes unallocated in the same step.
QUndoCommand *makeRemoveTenantCommand(ProjectDocument *document, Id scenarioId, Id tenantId);

} // namespace fjord
