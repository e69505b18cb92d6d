#pragma once

// Internal to the engine. METHOD §5: heat delivered to district-heating offtakes.

#include "model/coolingsystem.h"
#include "model/engine/hourlyseries.h"

#include <QList>

namespace fjord::engine {

// Liquid heat (W) of one cooling system and the water temperature it returns at.
struct HeatSource {
    double returnC = 0;
    HourlySeries liquidW;
};

// Seasonal demand d(h) = clamp((Tbase − T)/(Tbase − Tmin), dmin, 1).
HourlySeries heatDemandShape(const HeatOfftake &offtake, const HourlySeries &dryBulbC);

// Heat reused every hour: each offtake (in list order) takes min(C·d(h), what is left of the liquid
// heat of the systems hot enough for it: return ≥ minSupplyC, or any system when minSupplyC is 0).
// `revenue` receives Σ MWh × price of every offtake.
HourlySeries reuseHeat(const QList<const HeatOfftake *> &offtakes, const QList<HeatSource> &sources,
                       const HourlySeries &dryBulbC, double &revenue);

} // namespace fjord::engine
