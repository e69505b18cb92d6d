#include "model/comparison.h"
#include "model/tr.h"

#include <QCoreApplication>

#include <optional>

namespace fjord {

namespace {

// What a KPI is computed from: the stage, the scenario's results and the stage's hall area.
struct KpiInput {
    const Results &results;
    const StageResult &stage;
    double hallAreaM2; // 0: unknown
};

// The stand-alone investor figures of the compared stage; null without finance results.
const InvestorFigures *stageInvestor(const KpiInput &i)
{
    for (const StageInvestorFigures &f : i.results.finance.stageInvestors)
        if (f.stageId == i.stage.stageId)
            return &f.figures;
    return nullptr;
}

struct KpiDef {
    const char *key;
    const char *label;
    const char *unit;
    bool lowerIsBetter;
    bool informative;
    std::optional<double> (*value)(const KpiInput &);
};

// The compared KPIs, in the order the CLI prints and the Compare tab lists them.
const KpiDef Kpis[] = {
    {"racks", QT_TRANSLATE_NOOP("fjord::Comparison", "Racks"), "", false, true,
     [](const KpiInput &i) -> std::optional<double> { return double(i.stage.racks); }},
    {"gpus", QT_TRANSLATE_NOOP("fjord::Comparison", "GPUs"), "", false, true,
     [](const KpiInput &i) -> std::optional<double> { return double(i.stage.gpus); }},
    {"it_capacity_kw", QT_TRANSLATE_NOOP("fjord::Comparison", "IT capacity"), "kW", false, true,
     [](const KpiInput &i) -> std::optional<double> { return i.stage.itCapacityW / 1e3; }},
    {"white_space_density_kw_per_m2", QT_TRANSLATE_NOOP("fjord::Comparison", "White-space density"), "kW/m²",
     false, false,
     [](const KpiInput &i) -> std::optional<double> {
         if (i.hallAreaM2 <= 0)
             return std::nullopt;
         return i.stage.itCapacityW / 1e3 / i.hallAreaM2;
     }},
    {"facility_peak_kw", QT_TRANSLATE_NOOP("fjord::Comparison", "Facility peak"), "kW", true, false,
     [](const KpiInput &i) -> std::optional<double> { return i.stage.facilityPeakW / 1e3; }},
    {"design_demand_kw", QT_TRANSLATE_NOOP("fjord::Comparison", "Design demand"), "kW", true, false,
     [](const KpiInput &i) -> std::optional<double> { return i.stage.designDemandW / 1e3; }},
    {"grid_capacity_kw", QT_TRANSLATE_NOOP("fjord::Comparison", "Grid capacity"), "kW", false, true,
     [](const KpiInput &i) -> std::optional<double> { return i.stage.gridCapacityW / 1e3; }},
    {"it_energy_mwh", QT_TRANSLATE_NOOP("fjord::Comparison", "IT energy"), "MWh/yr", false, true,
     [](const KpiInput &i) -> std::optional<double> { return i.stage.annual.itEnergyMWh; }},
    {"facility_energy_mwh", QT_TRANSLATE_NOOP("fjord::Comparison", "Facility energy"), "MWh/yr", true, false,
     [](const KpiInput &i) -> std::optional<double> { return i.stage.annual.facilityEnergyMWh; }},
    {"pue", QT_TRANSLATE_NOOP("fjord::Comparison", "PUE"), "", true, false,
     [](const KpiInput &i) -> std::optional<double> { return i.stage.annual.pue; }},
    {"wue_l_per_kwh", QT_TRANSLATE_NOOP("fjord::Comparison", "WUE"), "L/kWh", true, false,
     [](const KpiInput &i) -> std::optional<double> { return i.stage.annual.wueLPerKWh; }},
    {"erf", QT_TRANSLATE_NOOP("fjord::Comparison", "ERF"), "", false, false,
     [](const KpiInput &i) -> std::optional<double> { return i.stage.annual.erf; }},
    {"ref", QT_TRANSLATE_NOOP("fjord::Comparison", "REF"), "", false, false,
     [](const KpiInput &i) -> std::optional<double> { return i.stage.annual.ref; }},
    {"cfe_hourly", QT_TRANSLATE_NOOP("fjord::Comparison", "CFE hourly"), "", false, false,
     [](const KpiInput &i) -> std::optional<double> { return i.stage.annual.cfeHourly; }},
    {"cue_kg_per_kwh", QT_TRANSLATE_NOOP("fjord::Comparison", "CUE location-based"), "kg/kWh", true, false,
     [](const KpiInput &i) -> std::optional<double> { return i.stage.annual.cueKgPerKWh; }},
    {"energy_cost", QT_TRANSLATE_NOOP("fjord::Comparison", "Energy cost"), "/yr", true, false,
     [](const KpiInput &i) -> std::optional<double> { return i.stage.annual.energyCost; }},
    {"capex_total", QT_TRANSLATE_NOOP("fjord::Comparison", "Capex, cumulative"), "", true, false,
     [](const KpiInput &i) -> std::optional<double> { return i.stage.capex.total(); }},
    {"capex_per_mw_it", QT_TRANSLATE_NOOP("fjord::Comparison", "Capex per MW IT"), "/MW", true, false,
     [](const KpiInput &i) -> std::optional<double> {
         if (i.stage.itCapacityW <= 0)
             return std::nullopt;
         return i.stage.capex.total() / (i.stage.itCapacityW / 1e6);
     }},
    // What the stage adds, as a stand-alone investment (its capex, its racks' revenue, its opex).
    {"stage_npv", QT_TRANSLATE_NOOP("fjord::Comparison", "NPV of what the stage adds"), "", false, false,
     [](const KpiInput &i) -> std::optional<double> {
         const InvestorFigures *f = stageInvestor(i);
         return f ? std::optional<double>(f->npv) : std::nullopt;
     }},
    {"stage_irr", QT_TRANSLATE_NOOP("fjord::Comparison", "IRR of what the stage adds"), "", false, false,
     [](const KpiInput &i) -> std::optional<double> {
         const InvestorFigures *f = stageInvestor(i);
         return f ? f->irr : std::nullopt;
     }},
    // Campus-wide over the horizon (all stages): the same in every stage's comparison.
    {"levelised_cost_per_gpu_hour",
     QT_TRANSLATE_NOOP("fjord::Comparison", "Levelised cost per GPU-hour, campus"), "/GPU-h", true, false,
     [](const KpiInput &i) -> std::optional<double> {
         if (i.results.finance.years.isEmpty())
             return std::nullopt;
         return i.results.finance.levelisedPerGpuHour;
     }},
    {"npv", QT_TRANSLATE_NOOP("fjord::Comparison", "NPV, campus"), "", false, false,
     [](const KpiInput &i) -> std::optional<double> {
         if (i.results.finance.years.isEmpty())
             return std::nullopt;
         return i.results.finance.investor.npv;
     }},
    {"irr", QT_TRANSLATE_NOOP("fjord::Comparison", "IRR, campus"), "", false, false,
     [](const KpiInput &i) -> std::optional<double> { return i.results.finance.investor.irr; }},
    {"problems", QT_TRANSLATE_NOOP("fjord::Comparison", "Problems, scenario"), "", true, false,
     [](const KpiInput &i) -> std::optional<double> { return double(i.results.problems.size()); }},
};

} // namespace

QList<double> hallAreaThroughStages(const Scenario &scenario)
{
    QList<double> area(scenario.stages.size(), 0.0);
    for (qsizetype i = 0; i < area.size(); ++i)
        for (const Hall &h : scenario.halls)
            if (scenario.builtBy(h.stageId, int(i)))
                area[i] += h.areaM2();
    return area;
}

QList<StageComparison> compareResults(const Results &a, const Results &b, const QList<double> &hallAreaA,
                                      const QList<double> &hallAreaB)
{
    QList<StageComparison> out;
    const qsizetype n = std::max(a.stages.size(), b.stages.size());
    for (qsizetype i = 0; i < n; ++i) {
        StageComparison c;
        c.stage = int(i + 1);
        const StageResult *sa = i < a.stages.size() ? &a.stages[i] : nullptr;
        const StageResult *sb = i < b.stages.size() ? &b.stages[i] : nullptr;
        c.nameA = sa ? sa->name : QString();
        c.nameB = sb ? sb->name : QString();
        for (const KpiDef &k : Kpis) {
            const QString key = QLatin1String(k.key);
            const std::optional<double> va =
                sa ? k.value({a, *sa, hallAreaA.value(i, 0.0)}) : std::optional<double>();
            const std::optional<double> vb =
                sb ? k.value({b, *sb, hallAreaB.value(i, 0.0)}) : std::optional<double>();
            if (sa && sb) {
                KpiComparison kc{key,
                                 ComparisonTr::tr(k.label),
                                 QString::fromUtf8(k.unit),
                                 va.value_or(0.0),
                                 vb.value_or(0.0),
                                 k.lowerIsBetter,
                                 k.informative};
                kc.hasA = va.has_value();
                kc.hasB = vb.has_value();
                c.kpis.append(kc);
            } else if (sa && va) {
                c.onlyA.append({key, *va});
            } else if (sb && vb) {
                c.onlyB.append({key, *vb});
            }
        }
        out.append(c);
    }
    return out;
}

} // namespace fjord
