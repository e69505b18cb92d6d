#include "model/engine/heatreuse.h"

namespace fjord::engine {

HourlySeries heatDemandShape(const HeatOfftake &offtake, const HourlySeries &dryBulbC)
{
    const double span = offtake.baseC - offtake.designLowC;
    if (span <= 0) // degenerate shape: full demand below the base temperature, base load above
        return (dryBulbC < offtake.baseC).select(HourlySeries::Ones(dryBulbC.size()), offtake.minDemand);
    return ((offtake.baseC - dryBulbC) / span).max(offtake.minDemand).min(1.0);
}

void reuseHeat(const QList<const HeatOfftake *> &offtakes, const QList<HeatSource> &sources,
               const HourlySeries &dryBulbC, HeatReuseScratch &ws, Eigen::Ref<HourlySeries> total,
               double &revenue)
{
    revenue = 0;
    total.setZero();
    if (offtakes.isEmpty())
        return;
    ws.left.resize(sources.size());
    for (int i = 0; i < sources.size(); ++i)
        ws.left[i] = *sources[i].liquidW;
    for (const HeatOfftake *o : offtakes) {
        ws.wanted = std::max(0.0, o->capacityW) * heatDemandShape(*o, dryBulbC);
        ws.taken.setZero(HoursPerYear);
        for (int i = 0; i < sources.size(); ++i) {
            if (o->minSupplyC > 0 && sources[i].returnC < o->minSupplyC)
                continue; // too cold for this offtake and it has no heat pump of its own
            ws.take = (ws.wanted - ws.taken).min(ws.left[i]).max(0.0);
            ws.taken += ws.take;
            ws.left[i] -= ws.take;
        }
        total += ws.taken;
        revenue += toMWh(ws.taken) * o->pricePerMWh;
    }
}

} // namespace fjord::engine
