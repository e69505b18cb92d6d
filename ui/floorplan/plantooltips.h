#pragma once

#include "model/project.h"

#include <QString>

// What hovering an object on the floor plan tells: built from the model when the tooltip is asked
// for (never stored on the items, so that a campus of thousands of racks costs nothing until then).
namespace fjord::ui {

// Name, type, design and peak power (kW), feeds (node and side), stage and tenant.
QString rackToolTip(const Project &project, const Scenario &scenario, const Rack &rack);
// Name, racks and design IT power (MW) of all its racks, hall (as the row inspector).
QString rowToolTip(const Project &project, const Scenario &scenario, const Row &row);
// Name, size (m) and area (m²), racks and design IT power (MW) built through stage index
// `throughStage` (as the hall's title and inspector), cooling system, stage.
QString hallToolTip(const Project &project, const Scenario &scenario, const Hall &hall, int throughStage);

} // namespace fjord::ui
