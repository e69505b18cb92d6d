#include "model/engine/capex.h"

namespace fjord::engine {

CapexBreakdown stageCapex(const CostCatalogue &costs, const StageAdditions &added)
{
    CapexBreakdown c;
    c.building = costs.buildingPerW * added.itCapacityW;
    c.electrical = costs.electricalPerW * added.itCapacityW + costs.upsPerW * added.upsRatingW;
    c.mechanical = costs.mechanicalPerW * added.itCapacityW;
    c.grid = costs.gridPerVa * added.gridCapacityW;
    c.it = added.itUnitCost;
    const double hard = c.building + c.electrical + c.mechanical + c.grid;
    c.soft = costs.softCostFraction * hard;
    c.contingency = costs.contingencyFraction * (hard + c.soft);
    return c;
}

CapexBreakdown operator+(const CapexBreakdown &a, const CapexBreakdown &b)
{
    CapexBreakdown c;
    c.it = a.it + b.it;
    c.electrical = a.electrical + b.electrical;
    c.mechanical = a.mechanical + b.mechanical;
    c.building = a.building + b.building;
    c.grid = a.grid + b.grid;
    c.soft = a.soft + b.soft;
    c.contingency = a.contingency + b.contingency;
    return c;
}

} // namespace fjord::engine
