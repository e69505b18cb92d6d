#include "model/engine/stageenergy.h"

#include "model/engine/heatreuse.h"
#include "model/engine/losscurve.h"
#include "model/engine/supplymatch.h"
#include "model/tr.h"

#include <algorithm>
#include <array>
#include <limits>
#include <optional>

namespace fjord::engine {

namespace {

constexpr double AshraeRecommendedLowC = 18.0;
constexpr double AshraeRecommendedHighC = 27.0;

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
    QList<const PowerNode *> ups, distribution, transformers; // built through the stage, in one pass
    for (const PowerNode &n : scenario.powerNodes) {
        QList<const PowerNode *> *list = n.kind == PowerNodeKind::Ups           ? &ups
                                         : n.kind == PowerNodeKind::Transformer ? &transformers
                                         : n.kind == PowerNodeKind::Busway || n.kind == PowerNodeKind::Pdu
                                             ? &distribution
                                             : nullptr;
        if (list && scenario.builtBy(n.stageId, stageIndex))
            list->append(&n);
    }
    const bool nodesHaveLosses = std::any_of(distribution.begin(), distribution.end(),
                                             [](const PowerNode *n) { return n->losses != LossModel{}; });
    return {LossCurve(ups),
            nodesHaveLosses ? LossCurve(distribution) : LossCurve::linear(options.distributionFraction),
            LossCurve(transformers)};
}

namespace {

// The stage's hourly end uses, HoursPerYear values each: written straight into the Results' lists when
// the hours are kept (no copy), into the workspace's arrays otherwise.
enum StageSeries {
    It,
    Chiller,
    Fans,
    Pumps,
    Crah,
    Aux,
    Ups,
    Distribution,
    Transformer,
    Facility,
    Reused,
    Water,
    FreeCooling,
    GridImport,
    PpaUsed,
    Cfe,
    StageSeriesCount
};
// Where each of them is written, by StageSeries.
using StageHours = std::array<double *, StageSeriesCount>;

// Hours per block of the stage's year (see StageEnergy::runPart): a block's arrays (about 40 of them,
// 8 kB each) stay in the core's level-2 cache from one step of its energy balance to the next.
constexpr int BlockHours = 1024;

// Arrays reused by every stage and evaluation on a thread, each one block of hours long: after the
// first evaluation the engine's hourly arithmetic allocates no new memory (fresh pages are the largest
// single cost otherwise).
struct Workspace {
    std::array<HourlySeries, StageSeriesCount> blockHours; // the stage's hours when they are not kept
    HourlySeries facilityPumps, cduPumps, air, reusedHere;
    CoolingHours cooling;
    HeatReuseScratch heat;
    SupplyScratch supplyScratch;
};

// What one cooling system drew over the year (or a part of it), summed in the pass that adds it to
// the campus.
struct SystemSums {
    double itWh = 0, coolingWh = 0, fanWh = 0, chillerWh = 0, waterL = 0;
    int freeCoolingHours = 0, chillerHours = 0;

    SystemSums &operator+=(const SystemSums &o)
    {
        itWh += o.itWh;
        coolingWh += o.coolingWh;
        fanWh += o.fanWh;
        chillerWh += o.chillerWh;
        waterL += o.waterL;
        freeCoolingHours += o.freeCoolingHours;
        chillerHours += o.chillerHours;
        return *this;
    }
};

// Adds one cooling system's IT load and end uses to the campus sums in one pass over the hours, and
// sums the system's own year. `First`: the sums start from 0 (0 + x, what adding to zeroed arrays
// gives, without zeroing them first); a template argument so that the loop has no branch on it and
// vectorises. `liquid`: the system carries liquid heat, so an hour is free cooling for the campus only
// if its liquid loop runs without chiller (φ = 1).
// Block arrays (`c`, the workspace's pump sums) are indexed from the block's first hour, like the
// year's arrays (o, the load, φ): their pointers are offset by `hours.from`.
template <bool First>
void addSystem(const CoolingLoad &cl, const CoolingHours &c, const HourlySeries &freeFraction, bool liquid,
               HourRange hours, const StageHours &o, Workspace &ws, SystemSums &year)
{
    const int from = hours.from;
    const double *const it = cl.itW.data(), *const chiller = c.chillerW.data() - from,
                        *const fans = c.dryCoolerFanW.data() - from,
                        *const facilityPumps = c.facilityPumpW.data() - from,
                        *const cduPumps = c.cduPumpW.data() - from, *const crah = c.crahFanW.data() - from,
                        *const water = c.waterLPerH.data() - from, *const phi = freeFraction.data();
    double *const sumFacilityPumps = ws.facilityPumps.data() - from, *const sumCduPumps =
                                                                         ws.cduPumps.data() - from;
    double itWh = 0, coolingWh = 0, fanWh = 0, chillerWh = 0, waterL = 0;
    double freeCoolingHours = 0, chillerHours = 0; // counted in doubles: one vector type for every sum
    const double alwaysFree = liquid ? 0.0 : 1.0;  // an air-only system leaves the campus' free hours alone
    // Summed in vector lanes, then lane by lane (sources.cmake): the sums differ from an in-order
    // sum in the last bits only.
#pragma omp simd reduction(+ : itWh, coolingWh, fanWh, chillerWh, waterL, freeCoolingHours, chillerHours)
    for (int h = from; h < from + hours.count; ++h) {
        const double free = phi[h] >= 1.0 ? 1.0 : 0.0;
        itWh += it[h];
        coolingWh += chiller[h] + fans[h] + facilityPumps[h] + cduPumps[h] + crah[h];
        fanWh += fans[h];
        chillerWh += chiller[h];
        waterL += water[h];
        freeCoolingHours += free;
        chillerHours += chiller[h] > 0.0 ? 1.0 : 0.0;
        if constexpr (First) {
            o[It][h] = 0.0 + it[h];
            o[Chiller][h] = 0.0 + chiller[h];
            o[Fans][h] = 0.0 + fans[h];
            sumFacilityPumps[h] = 0.0 + facilityPumps[h];
            sumCduPumps[h] = 0.0 + cduPumps[h];
            o[Crah][h] = 0.0 + crah[h];
            o[Water][h] = 0.0 + water[h];
            o[FreeCooling][h] = std::max(free, alwaysFree);
        } else {
            o[It][h] += it[h];
            o[Chiller][h] += chiller[h];
            o[Fans][h] += fans[h];
            sumFacilityPumps[h] += facilityPumps[h];
            sumCduPumps[h] += cduPumps[h];
            o[Crah][h] += crah[h];
            o[Water][h] += water[h];
            o[FreeCooling][h] *= std::max(free, alwaysFree);
        }
    }
    year += SystemSums{itWh, coolingWh, fanWh, chillerWh, waterL, int(freeCoolingHours), int(chillerHours)};
}

// The year's campus figures, summed in the pass that computes the electrical chain (the cooling energy
// and water are the cooling systems' sums, SystemSums).
struct ChainSums {
    double itWh = 0, facilityWh = 0, reusedWh = 0, freeCoolingHours = 0;
    double electricalLossWh = 0, facilityPeakW = -std::numeric_limits<double>::infinity();
    int chillerHours = 0;
    std::array<double, 12> monthItWh{}, monthFacilityWh{}, monthReusedWh{};

    ChainSums &operator+=(const ChainSums &o)
    {
        itWh += o.itWh;
        facilityWh += o.facilityWh;
        reusedWh += o.reusedWh;
        freeCoolingHours += o.freeCoolingHours;
        electricalLossWh += o.electricalLossWh;
        facilityPeakW = std::max(facilityPeakW, o.facilityPeakW);
        chillerHours += o.chillerHours;
        for (int m = 0; m < 12; ++m) {
            monthItWh[m] += o.monthItWh[m];
            monthFacilityWh[m] += o.monthFacilityWh[m];
            monthReusedWh[m] += o.monthReusedWh[m];
        }
        return *this;
    }
};

// METHOD §2 and §4, hour by hour in one pass: UPS losses on IT + CDU pumps, distribution losses on IT,
// pumps, aux, transformer losses on everything before them, facility power; and the year's sums.
// The hours `hours` of the chain, added to the year's sums `s`.
void electricalChain(const StageLossCurves &losses, double auxW, const ClimateSeries &climate,
                     HourRange hours, const StageHours &o, const Workspace &ws, ChainSums &s)
{
    // Local copies: the compiler then knows the hourly stores below cannot change their coefficients.
    const LossCurve ups = losses.ups, distribution = losses.distribution, transformers = losses.transformers;
    const double *const facilityPumps = ws.facilityPumps.data() - hours.from,
                        *const cduPumps = ws.cduPumps.data() - hours.from; // block arrays
    const double *const reused = o[Reused];                                // written by the heat reuse
    double freeCoolingHours = 0, electricalLossWh = 0;
    double facilityPeakW = s.facilityPeakW;
    double chillerHours = 0; // a double: one vector type for every sum
    const int end = hours.from + hours.count;
    for (int m = 0; m < 12; ++m) {
        const int first = std::max(hours.from, climate.monthStart[m]),
                  last = std::min(end, climate.monthStart[m + 1]);
        if (first >= last)
            continue;
        double monthIt = 0, monthFacility = 0, monthReused = 0;
#pragma omp simd reduction(+ : monthIt, monthFacility, monthReused, freeCoolingHours, chillerHours, electricalLossWh) \
    reduction(max : facilityPeakW)
        for (int h = first; h < last; ++h) {
            const double it = o[It][h];
            const double upsLoss = ups.hourLossW(it + cduPumps[h]);
            const double distributionLoss = distribution.hourLossW(it);
            const double pumps = facilityPumps[h] + cduPumps[h];
            const double chiller = o[Chiller][h], fans = o[Fans][h], crah = o[Crah][h];
            const double before = it + upsLoss + distributionLoss + chiller + fans + pumps + crah + auxW;
            const double transformerLoss = transformers.hourLossW(before);
            const double facility = before + transformerLoss;
            o[Aux][h] = auxW;
            o[Ups][h] = upsLoss;
            o[Distribution][h] = distributionLoss;
            o[Pumps][h] = pumps;
            o[Transformer][h] = transformerLoss;
            o[Facility][h] = facility;
            monthIt += it;
            monthFacility += facility;
            monthReused += reused[h];
            freeCoolingHours += o[FreeCooling][h];
            chillerHours += chiller > 0.0 ? 1.0 : 0.0;
            electricalLossWh += upsLoss + transformerLoss + distributionLoss;
            facilityPeakW = std::max(facilityPeakW, facility);
        }
        s.monthItWh[m] += monthIt;
        s.monthFacilityWh[m] += monthFacility;
        s.monthReusedWh[m] += monthReused;
        s.itWh += monthIt;
        s.facilityWh += monthFacility;
        s.reusedWh += monthReused;
    }
    s.freeCoolingHours += freeCoolingHours;
    s.chillerHours += int(chillerHours);
    s.electricalLossWh += electricalLossWh;
    s.facilityPeakW = facilityPeakW;
}

QList<double> monthlyMWh(const std::array<double, 12> &wh)
{
    QList<double> out;
    out.reserve(12);
    for (double v : wh)
        out.append(v / 1e6);
    return out;
}

} // namespace

// What a stage's energy balance holds from its preparation to its finish.
struct StageEnergy::Impl {
    const Project &project;
    const Scenario &scenario;
    int stageIndex;
    const StageLoad &load;
    const StageLossCurves &losses;
    const ClimateSeries &climate;
    const EvaluateOptions &options;

    // Where the hours go when they are kept: the Results' lists, written in place.
    std::array<QList<double> *, StageSeriesCount> lists{};
    StageHours year{};

    // What each cooling system brings to every block of hours.
    struct System {
        const CoolingLoad *load;
        const CoolingSystem *system;
        const CoolingCoefficients *k;
        SizedDryCoolers sized; // without the heat reused, which each block works out
        bool liquid;
    };
    std::vector<System> cooling;
    bool anyLiquid = false;
    QList<HeatSource> heatSources;
    QList<const HeatOfftake *> offtakes;
    std::optional<SupplyMatch> supply;
    double auxW = 0;

    // Each part's sums: a part writes only its own.
    struct Part {
        std::vector<SystemSums> systems; // per cooling system
        ChainSums chain;
        SupplySums supply;
        double heatRevenue = 0;
    };
    std::array<Part, Parts> parts;

    Impl(const Project &p, const Scenario &s, int i, const StageLoad &l, const StageLossCurves &c,
         const ClimateSeries &cl, const EvaluateOptions &o)
        : project(p), scenario(s), stageIndex(i), load(l), losses(c), climate(cl), options(o)
    {
    }

    void runBlock(HourRange hours, Workspace &ws, Part &part) const;
};

StageEnergy::StageEnergy(const Project &project, const Scenario &scenario, int stageIndex,
                         const StageLoad &load, const QList<CoolingSystem> &systems,
                         const StageLossCurves &losses, const ClimateSeries &climate,
                         const EvaluateOptions &options, CoefficientCache &coefficients,
                         HourlyListPool &hourlyLists)
    : m(std::make_unique<Impl>(project, scenario, stageIndex, load, losses, climate, options))
{
    if (options.keepHourly)
        for (int k = 0; k < StageSeriesCount; ++k) {
            m->lists[k] = &hourlyLists.next(HoursPerYear);
            m->year[k] = m->lists[k]->data(); // held by the pool alone: no detach, no copy
        }
    m->cooling.reserve(size_t(load.systems.size()));
    for (const CoolingLoad &cl : load.systems) {
        const CoolingSystem &system = systems[cl.system];
        SizedDryCoolers sized;
        if (system.fanModel == DryCoolerFanModel::Sized)
            sized.designHeatW = sizedDesignHeatW(system, cl.liquidPeakW);
        const bool liquid = cl.liquidCapacityW > 0;
        m->anyLiquid = m->anyLiquid || liquid;
        m->cooling.push_back({&cl, &system, &coefficients.get(cl.system, system, climate), sized, liquid});
        m->heatSources.append({system.returnC(), &cl.liquidW});
    }
    m->offtakes = builtBy(scenario, scenario.heatOfftakes, stageIndex);
    m->supply.emplace(scenario.supply.grid, builtBy(scenario, scenario.supply.ppas, stageIndex),
                      builtBy(scenario, scenario.supply.guarantees, stageIndex));
    m->auxW = options.auxFraction * load.itCapacityW;
    for (Impl::Part &part : m->parts) {
        part.systems.resize(m->cooling.size());
        part.supply = m->supply->noHours();
    }
}

StageEnergy::~StageEnergy() = default;

void StageEnergy::runPart(int part)
{
    thread_local Workspace ws;
    ws.facilityPumps.resize(BlockHours);
    ws.cduPumps.resize(BlockHours);
    if (!m->options.keepHourly)
        for (HourlySeries &block : ws.blockHours)
            block.resize(BlockHours);
    // Every step of METHOD §2–6 is hour by hour, so the part's hours are worked through in blocks,
    // each block through all the steps before the next: the arrays passed from one step to the next
    // are then a block long and stay in cache (over the whole year they spill from it, and the steps
    // ran at memory speed).
    const int first = part * HoursPerYear / Parts, end = (part + 1) * HoursPerYear / Parts;
    for (int from = first; from < end; from += BlockHours)
        m->runBlock({from, std::min(BlockHours, end - from)}, ws, m->parts[size_t(part)]);
}

void StageEnergy::Impl::runBlock(HourRange hours, Workspace &ws, Part &part) const
{
    const int from = hours.from;
    StageHours o = year; // indexed by hour of the year: the lists, or this thread's block arrays
    if (!options.keepHourly)
        for (int k = 0; k < StageSeriesCount; ++k)
            o[k] = ws.blockHours[k].data() - from;

    // Heat reuse (METHOD §5) first: a v2 system's dry coolers do not reject what the offtakes take.
    part.heatRevenue += reuseHeat(offtakes, heatSources, climate.dryBulbC, hours, ws.heat,
                                  Eigen::Map<HourlySeries>(o[Reused] + from, hours.count));
    for (size_t i = 0; i < cooling.size(); ++i) {
        const System &sy = cooling[i];
        const auto liquidW = sy.load->liquidW.segment(from, hours.count);
        ws.air = sy.load->itW.segment(from, hours.count) - liquidW;
        SizedDryCoolers sized = sy.sized;
        if (sy.system->fanModel == DryCoolerFanModel::Sized && !offtakes.isEmpty()) {
            ws.reusedHere = liquidW - ws.heat.left[i]; // what the offtakes took: its heat − what is left
            sized.reusedW = &ws.reusedHere;
        }
        applyCooling(*sy.system, *sy.k, hours, liquidW, ws.air, sized, ws.cooling);
        if (i == 0)
            addSystem<true>(*sy.load, ws.cooling, sy.k->liquid.freeFraction, sy.liquid, hours, o, ws,
                            part.systems[i]);
        else
            addSystem<false>(*sy.load, ws.cooling, sy.k->liquid.freeFraction, sy.liquid, hours, o, ws,
                             part.systems[i]);
    }
    if (cooling.empty()) // no racks: the sums are zero
        for (double *sum : {o[It] + from, o[Chiller] + from, o[Fans] + from, ws.facilityPumps.data(),
                            ws.cduPumps.data(), o[Crah] + from, o[Water] + from})
            std::fill_n(sum, hours.count, 0.0);
    if (!anyLiquid) // no liquid loop: no free-cooling hours (METHOD §3)
        std::fill_n(o[FreeCooling] + from, hours.count, 0.0);
    // Electrical losses (METHOD §2): IT and CDU pumps through the UPS; everything through
    // transformers. Then the supply (METHOD §6).
    electricalChain(losses, auxW, climate, hours, o, ws, part.chain);
    supply->addHours(hours, o[Facility], climate, SupplyHours{o[PpaUsed], o[GridImport], o[Cfe]},
                     ws.supplyScratch, part.supply);
}

void StageEnergy::finish(StageResult &out, QList<Problem> &problems) const
{
    const Stage &stage = m->scenario.stages[m->stageIndex];
    // The parts added in order: the same sums whichever thread ran which part.
    ChainSums year;
    SupplySums supplySums = m->supply->noHours();
    double heatRevenue = 0;
    std::vector<SystemSums> systemSums(m->cooling.size());
    for (const Impl::Part &part : m->parts) {
        year += part.chain;
        supplySums += part.supply;
        heatRevenue += part.heatRevenue;
        for (size_t i = 0; i < systemSums.size(); ++i)
            systemSums[i] += part.systems[i];
    }

    SystemSums campus; // Σ of the systems' years: cooling energy and water
    for (size_t i = 0; i < m->cooling.size(); ++i) {
        const Impl::System &sy = m->cooling[i];
        const SystemSums &sums = systemSums[i];
        const CoolingSystem &system = *sy.system;
        campus.coolingWh += sums.coolingWh;
        campus.fanWh += sums.fanWh;
        campus.chillerWh += sums.chillerWh;
        campus.waterL += sums.waterL;

        CoolingSystemKpis kpis;
        kpis.coolingSystemId = system.id;
        kpis.name = system.name;
        kpis.itCapacityW = sy.load->capacityW;
        kpis.itEnergyMWh = sums.itWh / 1e6;
        kpis.coolingEnergyMWh = sums.coolingWh / 1e6;
        kpis.pPue = ratio(kpis.itEnergyMWh + kpis.coolingEnergyMWh, kpis.itEnergyMWh);
        kpis.freeCoolingHours = sums.freeCoolingHours;
        kpis.chillerHours = sums.chillerHours;
        kpis.waterM3 = sums.waterL / 1000.0;
        kpis.fanModel = system.fanModel;
        kpis.designAmbientC = system.designAmbientC;
        kpis.designAmbientFromClimate = system.designAmbientFromClimate;
        kpis.dryCoolerFanEnergyMWh = sums.fanWh / 1e6;
        kpis.sizedDesignHeatW = sy.sized.designHeatW;
        checkCooling(system, *sy.load, stage, kpis, problems);
        out.cooling.append(kpis);
    }
    const SupplyFigures supply = m->supply->figures(supplySums);

    AnnualKpis &a = out.annual;
    a.itEnergyMWh = year.itWh / 1e6;
    a.facilityEnergyMWh = year.facilityWh / 1e6;
    a.pue = ratio(a.facilityEnergyMWh, a.itEnergyMWh);
    a.waterM3 = campus.waterL / 1000.0;
    a.wueLPerKWh = ratio(campus.waterL, a.itEnergyMWh * 1000.0);
    a.heatReusedMWh = year.reusedWh / 1e6;
    a.erf = ratio(a.heatReusedMWh, a.facilityEnergyMWh);
    a.ere = ratio(a.facilityEnergyMWh - a.heatReusedMWh, a.itEnergyMWh);
    a.ref = supply.ref;
    a.cfeHourly = supply.cfeHourly;
    a.cueKgPerKWh = ratio(supply.carbonKg, a.itEnergyMWh * 1000.0);
    a.cueMarketKgPerKWh = ratio(supply.marketCarbonKg, a.itEnergyMWh * 1000.0);
    a.carbonTonnes = supply.carbonKg / 1000.0;
    a.freeCoolingHours = year.freeCoolingHours;
    a.chillerHours = year.chillerHours;
    a.energyCost = supply.energyCost;
    a.currency = m->project.costs.currency;
    a.gridImportMWh = supply.gridImportMWh;
    a.ppaUsedMWh = supply.ppaUsedMWh;
    a.ppaSurplusMWh = supply.ppaSurplusMWh;
    a.guaranteesMWh = supply.guaranteesMWh;
    a.chillerEnergyMWh = campus.chillerWh / 1e6;
    a.dryCoolerFanEnergyMWh = campus.fanWh / 1e6;
    a.coolingEnergyMWh = campus.coolingWh / 1e6;
    a.electricalLossMWh = year.electricalLossWh / 1e6;
    a.monthlyItEnergyMWh = monthlyMWh(year.monthItWh);
    a.monthlyFacilityEnergyMWh = monthlyMWh(year.monthFacilityWh);
    a.monthlyHeatReusedMWh = monthlyMWh(year.monthReusedWh);
    for (int m = 0; m < 12; ++m)
        a.monthlyPue.append(ratio(a.monthlyFacilityEnergyMWh[m], a.monthlyItEnergyMWh[m]));

    out.facilityPeakW = year.facilityPeakW;
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

    if (!m->options.keepHourly)
        return;
    // The lists were written in place; the Results share them with the pool.
    HourlyEndUses &h = out.hourly;
    h.itW = *m->lists[It];
    h.upsLossW = *m->lists[Ups];
    h.transformerLossW = *m->lists[Transformer];
    h.distributionLossW = *m->lists[Distribution];
    h.chillerW = *m->lists[Chiller];
    h.dryCoolerFanW = *m->lists[Fans];
    h.pumpW = *m->lists[Pumps];
    h.crahFanW = *m->lists[Crah];
    h.auxW = *m->lists[Aux];
    h.facilityW = *m->lists[Facility];
    h.heatReusedW = *m->lists[Reused];
    h.waterLPerH = *m->lists[Water];
    h.freeCooling = *m->lists[FreeCooling];
    h.gridImportW = *m->lists[GridImport];
    h.ppaSupplyW = *m->lists[PpaUsed];
    h.cfe = *m->lists[Cfe];
}

} // namespace fjord::engine
