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
    const HourlySeries *liquidW = nullptr; // the whole year
};

// Arrays reused from one call to the next.
struct HeatReuseScratch {
    std::vector<HourlySeries> left; // what is left of each source's heat in the hours of the last call
    HourlySeries wanted, taken, take;
};

// Seasonal demand d(h) = clamp((Tbase − T)/(Tbase − Tmin), dmin, 1), one value per value of `dryBulbC`.
void heatDemandShape(const HeatOfftake &offtake, Eigen::Ref<const HourlySeries> dryBulbC, HourlySeries &out);

// Heat reused every hour of `hours`: each offtake (in list order) takes min(C·d(h), what is left of the
// liquid heat of the systems hot enough for it: return ≥ minSupplyC, or any system when minSupplyC is 0).
// Writes those hours into `total` (hours.count values, the first for hour hours.from: may be a map onto
// memory the caller owns) and returns Σ MWh × price of every offtake over them.
double reuseHeat(const QList<const HeatOfftake *> &offtakes, const QList<HeatSource> &sources,
                 const HourlySeries &dryBulbC, HourRange hours, HeatReuseScratch &scratch,
                 Eigen::Ref<HourlySeries> total);

} // namespace fjord::engine
