#pragma once

#include "model/document/commands/layoutchangecommand.h"
#include "model/project.h"

// Align and distribute racks (see layoutedits.h for the builders' contract). Works in the
// racks' hall frame; all racks must be in one hall.
namespace fjord::layout {

enum class AlignEdge { Left, Right, Top, Bottom, CentreX, CentreY };

// Moves every rack so that its footprint's edge (or centre) lines up with the extreme one.
LayoutDelta alignRacks(const Project &project, const Scenario &scenario, const QList<Id> &rackIds,
                       AlignEdge edge, QString *error = nullptr);
// Spaces the racks' centres evenly between the two outermost along x (horizontal) or y.
LayoutDelta distributeRacks(const Project &project, const Scenario &scenario, const QList<Id> &rackIds,
                            bool horizontal, QString *error = nullptr);

} // namespace fjord::layout
