#pragma once

#include "ui/floorplan/floorplanstyle.h"

namespace fjord::ui {

// Fills the tenant overlay's lookups of `style` from the scenario: each allocated rack's colour
// (its own tenant, else its row's, else its hall's, as Scenario::tenantOf) and the legend.
// One pass over halls, rows and racks with hashes, so that painting looks nothing up.
// Returns true when anything changed.
bool updateTenantOverlay(FloorPlanStyle &style, const Scenario &scenario);

} // namespace fjord::ui
