#pragma once

#include "model/ids.h"
#include "model/project.h"

#include <QHash>
#include <QSet>

namespace fjord {

// What a hall, a row or a set of racks holds in the campus as built through a stage: the one sum
// the plan's hall titles, the inspectors and the tooltips show, so they cannot disagree.
struct DesignPowerSum {
    int racks = 0;
    double designPowerW = 0.0; // every rack at its type's design power
    double massKg = 0.0;

    // Design power per floor area, W/m² (0 without an area).
    double densityWPerM2(double areaM2) const { return areaM2 > 0 ? designPowerW / areaM2 : 0.0; }
    bool operator==(const DesignPowerSum &) const = default;
};

// Racks built through stage index `throughStage` (AllStages: every rack of the scenario). A rack of
// an unknown type counts as a rack with no power and no mass.
inline constexpr int AllStages = 1 << 30;
DesignPowerSum hallDesignPower(const Project &project, const Scenario &scenario, Id hallId, int throughStage);
DesignPowerSum rowDesignPower(const Project &project, const Scenario &scenario, Id rowId, int throughStage);
DesignPowerSum racksDesignPower(const Project &project, const Scenario &scenario, const QSet<Id> &rackIds,
                                int throughStage);
// Every hall's sum in one pass over the racks (the plan's titles at 20,000 racks).
QHash<Id, DesignPowerSum> designPowerByHall(const Project &project, const Scenario &scenario,
                                            int throughStage);

} // namespace fjord
