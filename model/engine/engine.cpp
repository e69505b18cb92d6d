#include "model/engine.h"
#include "model/plural.h"

#include "model/engine/capex.h"
#include "model/engine/designload.h"
#include "model/engine/finance.h"
#include "model/engine/hourlylistpool.h"
#include "model/engine/loadmodel.h"
#include "model/engine/objectanalysis.h"
#include "model/engine/stageenergy.h"
#include "model/engine/supplymatch.h"
#include "model/gridcapacity.h"
#include "model/power/rackdigest.h"
#include "model/tr.h"

#include <QSet>

#include <atomic>
#include <cmath>

namespace fjord {

namespace {

using namespace engine;

// The climate's series that are not HoursPerYear long or hold a non-finite value; empty when usable.
QStringList climateDefects(const Climate &c)
{
    QStringList bad;
    const std::pair<const QList<double> *, const char *> series[] = {
        {&c.dryBulbC, QT_TRANSLATE_NOOP("fjord::Engine", "dry bulb")},
        {&c.relHumidityPct, QT_TRANSLATE_NOOP("fjord::Engine", "relative humidity")},
        {&c.windSpeedMPerS, QT_TRANSLATE_NOOP("fjord::Engine", "wind speed")},
        {&c.ghiWhPerM2, QT_TRANSLATE_NOOP("fjord::Engine", "global horizontal irradiance")}};
    for (const auto &[values, label] : series) {
        if (values->size() != HoursPerYear)
            bad << EngineTr::tr("%1 has %2 hours").arg(EngineTr::tr(label)).arg(values->size());
        else if (!std::all_of(values->begin(), values->end(), [](double v) { return std::isfinite(v); }))
            bad << EngineTr::tr("%1 has missing values").arg(EngineTr::tr(label));
    }
    return bad;
}

// Copies the climate into `s`, reusing its arrays.
void fillClimateSeries(const Climate &c, ClimateSeries &s)
{
    auto map = [](const QList<double> &v) {
        return Eigen::Map<const Eigen::ArrayXd>(v.constData(), v.size());
    };
    s.dryBulbC = map(c.dryBulbC);
    s.relHumidityPct = map(c.relHumidityPct);
    s.windSpeedMPerS = map(c.windSpeedMPerS);
    s.ghiWhPerM2 = map(c.ghiWhPerM2);
    windPowerShare(s.windSpeedMPerS, s.windPowerShare);
    if (s.hourOfDay.size() != HoursPerYear) {
        s.hourOfDay.resize(HoursPerYear);
        for (int h = 0; h < HoursPerYear; ++h)
            s.hourOfDay[h] = h % 24;
    }
    for (int m = 0; m <= 12; ++m)
        s.monthStart[m] = firstHourOfMonth(m);
}

// A counter that tells one climate's values from the next (each thread keeps its own ClimateCache).
std::atomic<quint64> climateGenerations{0};

// The calling thread's arrays for the stages' energy balances (the hourly lists handed out, the
// cooling coefficients), reused from one evaluation to the next: no fresh pages for the hourly math.
// The second thread reads them while it works out its parts of the balances.
struct EnergyWorkspace {
    CoefficientCache coefficients;
    HourlyListPool hourlyLists;
    quint64 climate = 0; // the generation of the climate the coefficients were computed for

    static EnergyWorkspace &ofThisThread(quint64 climateGeneration, int systems)
    {
        thread_local EnergyWorkspace w;
        w.hourlyLists.rewind();
        w.coefficients.reset(systems, w.climate != climateGeneration);
        w.climate = climateGeneration;
        return w;
    }
};

// What the engine derives from the climate alone (its checks, summary, 0.4 % dry bulb and arrays),
// kept per thread for the next evaluation: a sweep or an edit of the project rarely changes the
// climate. The cache holds its own references to the climate's lists; since QLists copy on write,
// a list that still has the same data pointer as the one held has the same values (any change to a
// shared list gives it new data), so pointer comparison is an exact test, not a guess.
struct ClimateCache {
    QList<double> dryBulbC, relHumidityPct, windSpeedMPerS, ghiWhPerM2; // held references
    QStringList defects;
    ClimateSummary summary;
    std::optional<double> designDryBulbC;
    ClimateSeries series;
    quint64 generation = 0; // new (process-wide) each time the values change: see EnergyWorkspace
    bool filled = false;

    bool holds(const Climate &c) const
    {
        const auto same = [](const QList<double> &theirs, const QList<double> &held) {
            return theirs.constData() == held.constData() && theirs.size() == held.size();
        };
        return filled && same(c.dryBulbC, dryBulbC) && same(c.relHumidityPct, relHumidityPct) &&
               same(c.windSpeedMPerS, windSpeedMPerS) && same(c.ghiWhPerM2, ghiWhPerM2);
    }

    // Recomputes everything when the climate's values differ from the last call's.
    void update(const Climate &c)
    {
        if (holds(c)) {
            summary.name = c.name;
            return;
        }
        dryBulbC = c.dryBulbC;
        relHumidityPct = c.relHumidityPct;
        windSpeedMPerS = c.windSpeedMPerS;
        ghiWhPerM2 = c.ghiWhPerM2;
        defects = climateDefects(c);
        summary = summarise(c);
        designDryBulbC = fjord::designDryBulbC(c);
        if (defects.isEmpty())
            fillClimateSeries(c, series);
        generation = ++climateGenerations;
        filled = true;
    }
};

StageAdditions additions(const Scenario &scenario, int stageIndex, const StageLoad &now,
                         const StageLoad *before)
{
    StageAdditions a;
    a.itCapacityW = now.itCapacityW - (before ? before->itCapacityW : 0.0);
    a.itUnitCost = now.itUnitCost - (before ? before->itUnitCost : 0.0);
    a.gridCapacityW = stageGridCapacityAddedW(scenario, stageIndex);
    for (const auto &n : scenario.powerNodes) {
        const int built = n.stageId == NoId ? 0 : scenario.stageIndex(n.stageId);
        if (n.kind == PowerNodeKind::Ups && built == stageIndex)
            a.upsRatingW += n.apparentRatingVa() * n.powerFactor;
    }
    return a;
}

double upsRatingVaThrough(const Scenario &scenario, int stageIndex)
{
    double va = 0;
    for (const PowerNode *n : nodesBuiltBy(scenario, stageIndex, {PowerNodeKind::Ups}))
        va += n->apparentRatingVa();
    return va;
}

// The cooling systems with the design ambient the engine uses in designAmbientC: the climate's 0.4 % dry
// bulb (`fromClimate`) where a system asks for it (METHOD v2 §3–4), its own value otherwise or without
// a usable climate.
QList<CoolingSystem> resolvedCoolingSystems(const QList<CoolingSystem> &systems,
                                            std::optional<double> fromClimate, bool haveClimate)
{
    QList<CoolingSystem> out = systems;
    if (!haveClimate || std::none_of(out.begin(), out.end(),
                                     [](const CoolingSystem &c) { return c.designAmbientFromClimate; }))
        return out;
    for (CoolingSystem &c : out)
        if (c.designAmbientFromClimate && fromClimate)
            c.designAmbientC = *fromClimate;
    return out;
}

// Moves each stage's per-object results into r.stages and its power problems into r.problems right
// after that stage's energy problems (`problemsEnd[k]` for the k-th stage): the order of a serial run.
void mergeObjectAnalysis(std::vector<StageObjects> &objects, const std::vector<qsizetype> &problemsEnd,
                         Results &r)
{
    QList<Problem> merged;
    qsizetype from = 0;
    for (size_t k = 0; k < objects.size(); ++k) {
        StageResult &s = r.stages[qsizetype(k)];
        s.power = std::move(objects[k].power);
        s.allocation = std::move(objects[k].allocation);
        for (; from < problemsEnd[k]; ++from)
            merged.append(std::move(r.problems[from]));
        for (Problem &p : objects[k].problems)
            merged.append(std::move(p));
    }
    for (; from < r.problems.size(); ++from)
        merged.append(std::move(r.problems[from]));
    r.problems = std::move(merged);
}

} // namespace

Results evaluate(const Project &project, const Scenario &scenario, const Climate &climate,
                 const EvaluateOptions &options)
{
    Results r;
    r.projectName = project.name;
    r.scenarioName = scenario.name;
    thread_local ClimateCache climateCache;
    climateCache.update(climate);
    r.climate = climateCache.summary;
    r.finance.currency = project.costs.currency;

    const QStringList &defects = climateCache.defects;
    const bool haveClimate = defects.isEmpty();
    if (!haveClimate)
        r.problems.append(
            {Severity::Error, QStringLiteral("climate.missing"),
             EngineTr::tr("The climate \"%1\" cannot be used for the hourly figures (%2); energy, "
                          "PUE, carbon and cost figures are left at zero")
                 .arg(climate.name, defects.join(QStringLiteral("; ")))});
    const int stageCount = int(scenario.stages.size());
    if (options.onlyStage >= stageCount) {
        r.problems.append({Severity::Error, QStringLiteral("engine.stage"),
                           EngineTr::tr("Stage %1 asked for, but scenario %2 has %3")
                               .arg(options.onlyStage + 1)
                               .arg(scenario.name)
                               .arg(countOf(stageCount, EngineTr::tr("stage"), EngineTr::tr("stages")))});
        return r;
    }

    // The racks resolved and grouped once for every stage and analysis (cached while they are unchanged).
    const std::shared_ptr<const RackDigest> racks = sharedRackDigest(project, scenario);
    std::vector<int> wantedStages; // the stages in the results, in order
    for (int i = 0; i < stageCount; ++i)
        if (options.onlyStage < 0 || options.onlyStage == i)
            wantedStages.push_back(i);
    // Started first: on a second thread it runs alongside the loads and capex below.
    ObjectAnalysis objects(project, scenario, racks,
                           options.perObjectAnalysis ? wantedStages : std::vector<int>{},
                           options.parallelAnalysis);

    const ClimateSeries &series = climateCache.series;
    const LoadModel loads(project, scenario, *racks, haveClimate ? &series : nullptr, r.problems);
    const QList<CoolingSystem> systems =
        resolvedCoolingSystems(loads.systems(), climateCache.designDryBulbC, haveClimate);
    struct EnergyInput { // what a wanted stage's hourly energy balance needs beyond its StageResult
        int stageIndex = 0;
        StageLoad load;
        StageLossCurves losses;
    };
    std::vector<EnergyInput> energy; // the wanted stages, in order (empty without a usable climate)
    StageLoad before;
    CapexBreakdown capex;
    double gridCapacityW = 0;
    for (int i = 0; i < stageCount; ++i) {
        const Stage &stage = scenario.stages[i];
        const bool wanted = options.onlyStage < 0 || options.onlyStage == i;
        StageLoad load = loads.through(i, wanted && haveClimate);
        const CapexBreakdown added =
            stageCapex(project.costs, additions(scenario, i, load, i > 0 ? &before : nullptr));
        capex = capex + added;
        before.itCapacityW = load.itCapacityW; // all the next stage's additions() read of it
        before.itUnitCost = load.itUnitCost;
        gridCapacityW += stageGridCapacityAddedW(scenario, i);
        if (wanted) {
            StageResult s;
            s.stageId = stage.id;
            s.name = stage.name;
            s.energisation = stage.energisation;
            s.racks = load.racks;
            s.gpus = load.gpus;
            s.itCapacityW = load.itCapacityW;
            s.heatRejectionW = load.itCapacityW;
            s.gridCapacityW = gridCapacityW;
            s.upsRatingVa = upsRatingVaThrough(scenario, i);
            s.capex = capex;
            s.capexIncrement = added;
            s.itPeakW = load.itPeakW;
            StageLossCurves losses = stageLossCurves(scenario, i, options); // design hour and hourly
            s.designDemandW = designDemandW(load, systems, losses, options);
            s.annual.currency = project.costs.currency;
            s.opex.maintenance = project.costs.maintenanceFraction * (capex.total() - capex.it);
            s.opex.staff = project.costs.staffPerYear;
            for (const auto &item : project.opex)
                if (scenario.builtBy(item.stageId, i))
                    s.opex.items += item.perYear;
            r.stages.append(std::move(s));
            if (haveClimate)
                energy.push_back({i, std::move(load), std::move(losses)});
        }
    }

    // The stages' hourly energy balances, prepared here (their lists and cooling coefficients from this
    // thread's workspace), each stage's year in parts shared by both threads, then added up here in
    // order; each stage's problems are listed after the stage's place in a serial run.
    EnergyWorkspace &workspace = EnergyWorkspace::ofThisThread(climateCache.generation, int(systems.size()));
    std::vector<std::unique_ptr<StageEnergy>> balances;
    for (size_t k = 0; k < energy.size(); ++k) {
        const EnergyInput &e = energy[k];
        balances.push_back(std::make_unique<StageEnergy>(project, scenario, e.stageIndex, e.load, systems,
                                                         e.losses, series, options, workspace.coefficients,
                                                         workspace.hourlyLists));
    }
    objects.shareWork(balances.size() * StageEnergy::Parts, [&balances](size_t task) {
        balances[task / StageEnergy::Parts]->runPart(int(task % StageEnergy::Parts));
    });
    std::vector<QList<Problem>> energyProblems(energy.size());
    for (size_t k = 0; k < balances.size(); ++k)
        balances[k]->finish(r.stages[qsizetype(k)], energyProblems[k]);
    std::vector<qsizetype> stageProblemsEnd; // where a serial run lists each stage's power problems
    for (qsizetype k = 0; k < r.stages.size(); ++k) {
        r.stages[k].opexPerYear = r.stages[k].opex.total(); // energy and heat sales included
        if (size_t(k) < energyProblems.size())
            r.problems.append(std::move(energyProblems[size_t(k)]));
        stageProblemsEnd.push_back(r.problems.size());
    }
    if (options.onlyStage < 0 && haveClimate)
        r.finance = computeFinance(project, scenario, *racks, r.stages, r.problems);
    if (options.perObjectAnalysis)
        mergeObjectAnalysis(objects.stages(), stageProblemsEnd, r);

    // The same finding from several stages (an air side out of range) is listed once; O(problems).
    QSet<QString> seen;
    QList<Problem> unique;
    unique.reserve(r.problems.size());
    for (auto &p : r.problems) {
        const QString key = QString::number(int(p.severity)) + QChar(0x1f) + p.code + QChar(0x1f) +
                            p.message + QChar(0x1f) + QString::number(p.objectId);
        if (!seen.contains(key)) {
            seen.insert(key);
            unique.append(std::move(p));
        }
    }
    r.problems = std::move(unique);
    return r;
}

} // namespace fjord
