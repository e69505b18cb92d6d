#pragma once

// Internal to the engine. METHOD §8: capital cost of what each stage adds.

#include "model/costs.h"
#include "model/results.h"

namespace fjord::engine {

// What a stage adds, in physical units.
struct StageAdditions {
    double itCapacityW = 0;   // Σ design power of its racks (also their peak heat: the mechanical basis)
    double itUnitCost = 0;    // Σ RackType::unitCost of its racks
    double upsRatingW = 0;    // Σ UPS rating (VA × power factor) of its UPS units
    double gridCapacityW = 0; // stageGridCapacityAddedW() (W taken as VA at unity power factor)
};

// building, electrical (+ UPS), mechanical, grid and IT from the unit costs; soft costs are a share of
// the facility hard costs (building + electrical + mechanical + grid; IT equipment excluded) and
// contingency a share of facility hard + soft costs.
CapexBreakdown stageCapex(const CostCatalogue &costs, const StageAdditions &added);

CapexBreakdown operator+(const CapexBreakdown &a, const CapexBreakdown &b);

} // namespace fjord::engine
