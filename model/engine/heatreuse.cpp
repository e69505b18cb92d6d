#include "model/engine/heatreuse.h"

namespace fjord::engine {

HourlySeries heatDemandShape(const HeatOfftake &offtake, const HourlySeries &dryBulbC)
{
    const double span = offtake.baseC - offtake.designLowC;
    if (span <= 0) // degenerate shape: full demand below the base temperature, base load above
        return (dryBulbC < offtake.baseC).select(HourlySeries::Ones(dryBulbC.size()), offtake.minDemand);
    return ((offtake.baseC - dryBulbC) / span).max(offtake.minDemand).min(1.0);
}

HourlySeries reuseHeat(const QList<const HeatOfftake *> &offtakes, const QList<HeatSource> &sources,
                       const HourlySeries &dryBulbC, double &revenue)
{
    revenue = 0;
    HourlySeries total = zeroHours();
    if (offtakes.isEmpty())
        return total;
    // What is left of each source's heat after the offtakes before.
    QList<HourlySeries> left;
    for (const auto &s : sources)
        left.append(s.liquidW);
    for (const HeatOfftake *o : offtakes) {
        const HourlySeries wanted = std::max(0.0, o->capacityW) * heatDemandShape(*o, dryBulbC);
        HourlySeries taken = zeroHours();
        for (int i = 0; i < sources.size(); ++i) {
            if (o->minSupplyC > 0 && sources[i].returnC < o->minSupplyC)
                continue; // too cold for this offtake and it has no heat pump of its own
            const HourlySeries take = (wanted - taken).min(left[i]).max(0.0);
            taken += take;
            left[i] -= take;
        }
        total += taken;
        revenue += toMWh(taken) * o->pricePerMWh;
    }
    return total;
}

} // namespace fjord::engine
