#pragma once

#include "model/problem.h"
#include "model/project.h"

namespace fjord {

// Space rules of METHOD §7: racks inside their hall, no overlapping footprints, floor load under
// each rack within the hall's limit, aisles between parallel rows at least
// settings.minAisleWidthM wide (warning "space.aisle_width", on the second row). Runs in O(racks) with a
// per-hall grid index.
QList<Problem> checkSpace(const Project &project, const Scenario &scenario);

} // namespace fjord
