#pragma once

#include "model/tenant.h"

#include <QColor>

namespace fjord::ui {

// Colours of tenants and tenant classes, shared by the Tenants tab's chart and table and the floor
// plan's tenant overlay, so that a colour means the same tenant everywhere.
QColor tenantClassColour(TenantClass c);
// The colour of the tenant at position `index` in the scenario's list (cycled through a palette of
// distinguishable colours; stable as long as the list keeps its order).
QColor tenantColour(int index);
QColor unallocatedColour(); // capacity no tenant has: a light grey

} // namespace fjord::ui
