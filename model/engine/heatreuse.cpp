#include "model/engine/heatreuse.h"

namespace fjord::engine {

void heatDemandShape(const HeatOfftake &offtake, Eigen::Ref<const HourlySeries> dryBulbC, HourlySeries &out)
{
    const double span = offtake.baseC - offtake.designLowC;
    if (span <= 0) // degenerate shape: full demand below the base temperature, base load above
        out = (dryBulbC < offtake.baseC).select(HourlySeries::Ones(dryBulbC.size()), offtake.minDemand);
    else
        out = ((offtake.baseC - dryBulbC) / span).max(offtake.minDemand).min(1.0);
}

double reuseHeat(const QList<const HeatOfftake *> &offtakes, const QList<HeatSource> &sources,
                 const HourlySeries &dryBulbC, HourRange hours, HeatReuseScratch &ws,
                 Eigen::Ref<HourlySeries> total)
{
    total.setZero();
    if (offtakes.isEmpty())
        return 0.0;
    ws.left.resize(sources.size());
    for (int i = 0; i < sources.size(); ++i)
        ws.left[i] = sources[i].liquidW->segment(hours.from, hours.count);
    const auto dryBulbHere = dryBulbC.segment(hours.from, hours.count);
    double revenue = 0;
    for (const HeatOfftake *o : offtakes) {
        heatDemandShape(*o, dryBulbHere, ws.wanted);
        ws.wanted *= std::max(0.0, o->capacityW);
        ws.taken.setZero(hours.count);
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
    return revenue;
}

} // namespace fjord::engine
