#include "model/engine/stageenergy.h"

#include "model/engine/heatreuse.h"
#include "model/engine/losscurve.h"
#include "model/engine/supplymatch.h"
#include "model/tr.h"

namespace fjord::engine {

namespace {

constexpr double AshraeRecommendedLowC = 18.0;
constexpr double AshraeRecommendedHighC = 27.0;

QList<double> monthlyMWh(const HourlySeries &w, const ClimateSeries &climate)
{
    QList<double> out;
    for (int m = 0; m < 12; ++m)
        out.append(w.segment(climate.monthStart[m], climate.monthStart[m + 1] - climate.monthStart[m]).sum() /
                   1e6);
    return out;
}

template <typename T>
QList<const T *> builtBy(const Scenario &scenario, const QList<T> &items, int stageIndex)
{
    QList<const T *> out;
    for (const auto &item : items)
        if (scenario.builtBy(item.stageId, stageIndex))
            out.append(&item);
    return out;
}

double ratio(double num, double den)
{
    return den > 0 ? num / den : 0.0;
}

void checkCooling(const CoolingSystem &system, const CoolingLoad &load, const Stage &stage,
                  CoolingSystemKpis &kpis, QList<Problem> &problems)
{
    const double airCapacityW = load.capacityW - load.liquidCapacityW;
    kpis.designHeatRejectionW = designHeatRejectionW(system, load.liquidCapacityW, airCapacityW);
    if (system.dryCoolerCapacityW > 0 && kpis.designHeatRejectionW > system.dryCoolerCapacityW)
        problems.append(
            {Severity::Error, QStringLiteral("cooling.capacity"),
             EngineTr::tr("%1 through %2: the dry coolers must reject %3 MW at the design ambient "
                          "%4 °C with every rack at design power, but are rated %5 MW; the loops "
                          "cannot hold their supply temperatures")
                 .arg(system.name, stage.name)
                 .arg(kpis.designHeatRejectionW / 1e6, 0, 'f', 1)
                 .arg(system.designAmbientC)
                 .arg(system.dryCoolerCapacityW / 1e6, 0, 'f', 1),
             system.id, system.name});
    if (system.fanModel == DryCoolerFanModel::Sized && load.liquidCapacityW > 0 &&
        system.designReturnC <= system.designAmbientC)
        problems.append({Severity::Warning, QStringLiteral("cooling.design_return"),
                         EngineTr::tr("%1: its dry coolers are sized for a return of %2 °C at a design "
                                      "ambient of %3 °C, which cannot reject heat without a chiller; the "
                                      "sized fan model (METHOD v2) then runs the fans at minimum speed "
                                      "below the return. Raise the design return above the design ambient")
                             .arg(system.name)
                             .arg(system.designReturnC)
                             .arg(system.designAmbientC),
                         system.id, system.name});
    if (airCapacityW > 0 &&
        (system.airSupplyC < AshraeRecommendedLowC || system.airSupplyC > AshraeRecommendedHighC))
        problems.append({Severity::Warning, QStringLiteral("cooling.ashrae"),
                         EngineTr::tr("%1: the air side supplies the racks at %2 °C, outside the ASHRAE "
                                      "recommended inlet range 18–27 °C")
                             .arg(system.name)
                             .arg(system.airSupplyC),
                         system.id, system.name});
}

} // namespace

QList<const PowerNode *> nodesBuiltBy(const Scenario &scenario, int stageIndex,
                                      std::initializer_list<PowerNodeKind> kinds)
{
    QList<const PowerNode *> out;
    for (const auto &n : scenario.powerNodes)
        if (std::find(kinds.begin(), kinds.end(), n.kind) != kinds.end() &&
            scenario.builtBy(n.stageId, stageIndex))
            out.append(&n);
    return out;
}

StageLossCurves stageLossCurves(const Scenario &scenario, int stageIndex, const EvaluateOptions &options)
{
    const auto distributionNodes =
        nodesBuiltBy(scenario, stageIndex, {PowerNodeKind::Busway, PowerNodeKind::Pdu});
    const bool nodesHaveLosses = std::any_of(distributionNodes.begin(), distributionNodes.end(),
                                             [](const PowerNode *n) { return n->losses != LossModel{}; });
    return {LossCurve(nodesBuiltBy(scenario, stageIndex, {PowerNodeKind::Ups})),
            nodesHaveLosses ? LossCurve(distributionNodes) : LossCurve::linear(options.distributionFraction),
            LossCurve(nodesBuiltBy(scenario, stageIndex, {PowerNodeKind::Transformer}))};
}

namespace {

// Arrays reused by every stage and evaluation on a thread: after the first evaluation the engine's
// hourly arithmetic allocates no new memory (fresh pages are the largest single cost otherwise).
struct Workspace {
    HourlySeries it, chiller, fans, facilityPumps, cduPumps, crah, water, allFree, air, liquidFullFree;
    HourlySeries aux, upsLoss, distributionLoss, pumps, transformerLoss, facility;
    HourlySeries reused, reusedHere, cfe;
    CoolingHours cooling;
    HeatReuseScratch heat;
    SupplyScratch supplyScratch;
    SupplyFigures supply;
};

// Adds one cooling system's IT load and end uses to the campus sums in one pass over the hours (seven
// sums read and written once, not one pass each). `first`: the sums start from 0 (0 + x, exactly what
// adding to zeroed arrays gives, without zeroing them first).
void addToSums(const CoolingLoad &cl, const CoolingHours &c, bool first, Workspace &ws)
{
    if (first)
        for (HourlySeries *sum :
             {&ws.it, &ws.chiller, &ws.fans, &ws.facilityPumps, &ws.cduPumps, &ws.crah, &ws.water})
            sum->resize(HoursPerYear);
    const double *const in[] = {cl.itW.data(),          c.chillerW.data(), c.dryCoolerFanW.data(),
                                c.facilityPumpW.data(), c.cduPumpW.data(), c.crahFanW.data(),
                                c.waterLPerH.data()};
    double *const sums[] = {ws.it.data(),       ws.chiller.data(), ws.fans.data(), ws.facilityPumps.data(),
                            ws.cduPumps.data(), ws.crah.data(),    ws.water.data()};
    for (int h = 0; h < HoursPerYear; ++h)
        for (int k = 0; k < 7; ++k)
            sums[k][h] = (first ? 0.0 : sums[k][h]) + in[k][h];
}

// METHOD §2 and §4, hour by hour in one pass: UPS losses on IT + CDU pumps, distribution losses on IT,
// pumps, aux, transformer losses on everything before them, facility power. The same operations in
// the same order as the array expressions they replace (bit-identical), without six passes and the
// UPS-load and before-transformer arrays.
void electricalChain(const StageLossCurves &losses, double auxW, Workspace &ws)
{
    for (HourlySeries *out :
         {&ws.aux, &ws.upsLoss, &ws.distributionLoss, &ws.pumps, &ws.transformerLoss, &ws.facility})
        out->resize(HoursPerYear);
    for (int h = 0; h < HoursPerYear; ++h) {
        const double it = ws.it[h];
        const double upsLoss = losses.ups.hourLossW(it + ws.cduPumps[h]);
        const double distributionLoss = losses.distribution.hourLossW(it);
        const double pumps = ws.facilityPumps[h] + ws.cduPumps[h];
        const double before =
            it + upsLoss + distributionLoss + ws.chiller[h] + ws.fans[h] + pumps + ws.crah[h] + auxW;
        const double transformerLoss = losses.transformers.hourLossW(before);
        ws.aux[h] = auxW;
        ws.upsLoss[h] = upsLoss;
        ws.distributionLoss[h] = distributionLoss;
        ws.pumps[h] = pumps;
        ws.transformerLoss[h] = transformerLoss;
        ws.facility[h] = before + transformerLoss;
    }
}

} // namespace

void evaluateStageEnergy(const Project &project, const Scenario &scenario, int stageIndex,
                         const StageLoad &load, const QList<CoolingSystem> &systems,
                         const StageLossCurves &losses, const ClimateSeries &climate,
                         const EvaluateOptions &options, CoefficientCache &coefficients,
                         HourlyListPool &hourlyLists, StageResult &out, QList<Problem> &problems)
{
    thread_local Workspace ws;
    const Stage &stage = scenario.stages[stageIndex];
    ws.allFree.setOnes(HoursPerYear);
    bool anyLiquid = false;

    // Heat reuse (METHOD §5) first: a v2 system's dry coolers do not reject what the offtakes take.
    QList<HeatSource> heatSources;
    for (const CoolingLoad &cl : load.systems)
        heatSources.append({systems[cl.system].returnC(), &cl.liquidW});
    const QList<const HeatOfftake *> offtakes = builtBy(scenario, scenario.heatOfftakes, stageIndex);
    double heatRevenue = 0;
    reuseHeat(offtakes, heatSources, climate.dryBulbC, ws.heat, ws.reused, heatRevenue);

    for (int i = 0; i < load.systems.size(); ++i) {
        const CoolingLoad &cl = load.systems[i];
        const CoolingSystem &system = systems[cl.system];
        ws.air = cl.itW - cl.liquidW;
        const CoolingCoefficients &k = coefficients.get(cl.system, system, climate);
        CoolingHours &c = ws.cooling;
        SizedDryCoolers sized;
        if (system.fanModel == DryCoolerFanModel::Sized) {
            sized.designHeatW = sizedDesignHeatW(system, cl.liquidPeakW);
            if (!offtakes.isEmpty()) { // what the offtakes took from this system: its heat − what is left
                ws.reusedHere = cl.liquidW - ws.heat.left[i];
                sized.reusedW = &ws.reusedHere;
            }
        }
        applyCooling(system, k, cl.liquidW, ws.air, sized, c);
        ws.liquidFullFree = (k.liquid.freeFraction >= 1.0).cast<double>();
        if (cl.liquidCapacityW > 0) {
            ws.allFree *= ws.liquidFullFree;
            anyLiquid = true;
        }

        CoolingSystemKpis kpis;
        kpis.coolingSystemId = system.id;
        kpis.name = system.name;
        kpis.itCapacityW = cl.capacityW;
        kpis.itEnergyMWh = toMWh(cl.itW);
        kpis.coolingEnergyMWh =
            (c.chillerW + c.dryCoolerFanW + c.facilityPumpW + c.cduPumpW + c.crahFanW).sum() / 1e6;
        kpis.pPue = ratio(kpis.itEnergyMWh + kpis.coolingEnergyMWh, kpis.itEnergyMWh);
        kpis.freeCoolingHours = ws.liquidFullFree.sum();
        kpis.chillerHours = double((c.chillerW > 0.0).count());
        kpis.waterM3 = c.waterLPerH.sum() / 1000.0;
        kpis.fanModel = system.fanModel;
        kpis.designAmbientC = system.designAmbientC;
        kpis.designAmbientFromClimate = system.designAmbientFromClimate;
        kpis.dryCoolerFanEnergyMWh = toMWh(c.dryCoolerFanW);
        kpis.sizedDesignHeatW = sized.designHeatW;
        checkCooling(system, cl, stage, kpis, problems);
        out.cooling.append(kpis);

        addToSums(cl, c, i == 0, ws);
    }
    if (load.systems.isEmpty()) // no racks: the sums are zero
        for (HourlySeries *sum :
             {&ws.it, &ws.chiller, &ws.fans, &ws.facilityPumps, &ws.cduPumps, &ws.crah, &ws.water})
            sum->setZero(HoursPerYear);
    if (!anyLiquid)
        ws.allFree.setZero();

    // Electrical losses (METHOD §2): IT and CDU pumps through the UPS; everything through transformers.
    electricalChain(losses, options.auxFraction * load.itCapacityW, ws);

    // Supply (METHOD §6).
    matchSupply(scenario.supply.grid, builtBy(scenario, scenario.supply.ppas, stageIndex),
                builtBy(scenario, scenario.supply.guarantees, stageIndex), ws.facility, climate,
                ws.supplyScratch, ws.supply);
    const SupplyFigures &supply = ws.supply;
    const HourlySeries &it = ws.it, &chiller = ws.chiller, &fans = ws.fans, &pumps = ws.pumps,
                       &crah = ws.crah;
    const HourlySeries &water = ws.water, &facility = ws.facility, &reused = ws.reused, &allFree = ws.allFree;
    const HourlySeries &upsLoss = ws.upsLoss, &transformerLoss = ws.transformerLoss;
    const HourlySeries &distributionLoss = ws.distributionLoss, &aux = ws.aux;

    AnnualKpis &a = out.annual;
    a.itEnergyMWh = toMWh(it);
    a.facilityEnergyMWh = toMWh(facility);
    a.pue = ratio(a.facilityEnergyMWh, a.itEnergyMWh);
    a.waterM3 = water.sum() / 1000.0;
    a.wueLPerKWh = ratio(water.sum(), a.itEnergyMWh * 1000.0);
    a.heatReusedMWh = toMWh(reused);
    a.erf = ratio(a.heatReusedMWh, a.facilityEnergyMWh);
    a.ere = ratio(a.facilityEnergyMWh - a.heatReusedMWh, a.itEnergyMWh);
    a.ref = supply.ref;
    a.cfeHourly = supply.cfeHourly;
    a.cueKgPerKWh = ratio(supply.carbonKg, a.itEnergyMWh * 1000.0);
    a.cueMarketKgPerKWh = ratio(supply.marketCarbonKg, a.itEnergyMWh * 1000.0);
    a.carbonTonnes = supply.carbonKg / 1000.0;
    a.freeCoolingHours = allFree.sum();
    a.chillerHours = double((chiller > 0.0).count());
    a.energyCost = supply.energyCost;
    a.currency = project.costs.currency;
    a.gridImportMWh = supply.gridImportMWh;
    a.ppaUsedMWh = supply.ppaUsedMWh;
    a.ppaSurplusMWh = supply.ppaSurplusMWh;
    a.guaranteesMWh = supply.guaranteesMWh;
    a.chillerEnergyMWh = toMWh(chiller);
    a.dryCoolerFanEnergyMWh = toMWh(fans);
    a.coolingEnergyMWh = (chiller + fans + pumps + crah).sum() / 1e6;
    a.electricalLossMWh = (upsLoss + transformerLoss + distributionLoss).sum() / 1e6;
    a.monthlyItEnergyMWh = monthlyMWh(it, climate);
    a.monthlyFacilityEnergyMWh = monthlyMWh(facility, climate);
    a.monthlyHeatReusedMWh = monthlyMWh(reused, climate);
    for (int m = 0; m < 12; ++m)
        a.monthlyPue.append(ratio(a.monthlyFacilityEnergyMWh[m], a.monthlyItEnergyMWh[m]));

    out.facilityPeakW = facility.maxCoeff();
    out.opex.energy = supply.energyCost;
    out.opex.certificates = supply.certificateCost;
    out.opex.heatSales = heatRevenue;

    // Ratings are compared with the design demand, never with the expected peak (METHOD v2 §4).
    if (out.gridCapacityW > 0 && out.designDemandW > out.gridCapacityW)
        problems.append(
            {Severity::Error, QStringLiteral("power.grid_exceeded"),
             EngineTr::tr("%1: the design demand (every rack at peak power, cooling at the design "
                          "ambient) is %2 MW but the grid connection through this stage is %3 MW "
                          "(expected peak %4 MW)")
                 .arg(stage.name)
                 .arg(out.designDemandW / 1e6, 0, 'f', 1)
                 .arg(out.gridCapacityW / 1e6, 0, 'f', 1)
                 .arg(out.facilityPeakW / 1e6, 0, 'f', 1),
             stage.id, stage.name});

    if (!options.keepHourly)
        return;
    HourlyEndUses &h = out.hourly;
    h.itW = hourlyLists.take(it);
    h.upsLossW = hourlyLists.take(upsLoss);
    h.transformerLossW = hourlyLists.take(transformerLoss);
    h.distributionLossW = hourlyLists.take(distributionLoss);
    h.chillerW = hourlyLists.take(chiller);
    h.dryCoolerFanW = hourlyLists.take(fans);
    h.pumpW = hourlyLists.take(pumps);
    h.crahFanW = hourlyLists.take(crah);
    h.auxW = hourlyLists.take(aux);
    h.facilityW = hourlyLists.take(facility);
    h.heatReusedW = hourlyLists.take(reused);
    h.waterLPerH = hourlyLists.take(water);
    h.freeCooling = hourlyLists.take(allFree);
    h.gridImportW = hourlyLists.take(supply.gridImportW);
    h.ppaSupplyW = hourlyLists.take(supply.ppaUsedW);
    // Hourly carbon-free share of the load (METHOD §6): the annual score hour by hour.
    const double share = std::clamp(scenario.supply.grid.renewableShare, 0.0, 1.0);
    ws.cfe =
        (facility > 0)
            .select((supply.ppaUsedW + supply.gridImportW * share).min(facility) / facility.max(1e-300), 0.0);
    h.cfe = hourlyLists.take(ws.cfe);
}

} // namespace fjord::engine
