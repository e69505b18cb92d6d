#pragma once

// Internal to the engine. METHOD §5: heat delivered to district-heating offtakes.

#include "model/coolingsystem.h"
#include "model/engine/hourlyseries.h"

#include <QList>

#include <vector>

namespace fjord::engine {

// Liquid heat (W) of one cooling system and the water temperature it returns at.
struct HeatSource {
    double returnC = 0;
    const HourlySeries *liquidW = nullptr;
};

// Arrays reused from one call to the next.
struct HeatReuseScratch {
    std::vector<HourlySeries> left; // what is left of each source's heat (valid after a call with offtakes)
    HourlySeries wanted, taken, take;
};

// Seasonal demand d(h) = clamp((Tbase − T)/(Tbase − Tmin), dmin, 1).
HourlySeries heatDemandShape(const HeatOfftake &offtake, const HourlySeries &dryBulbC);

// Heat reused every hour: each offtake (in list order) takes min(C·d(h), what is left of the liquid
// heat of the systems hot enough for it: return ≥ minSupplyC, or any system when minSupplyC is 0).
// `revenue` receives Σ MWh × price of every offtake.
// `total` (HoursPerYear values) may be a map onto memory the caller owns.
void reuseHeat(const QList<const HeatOfftake *> &offtakes, const QList<HeatSource> &sources,
               const HourlySeries &dryBulbC, HeatReuseScratch &scratch, Eigen::Ref<HourlySeries> total,
               double &revenue);

} // namespace fjord::engine
