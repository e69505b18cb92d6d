#include "model/comparison.h"

#include <QCoreApplication>

namespace fjord {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fjord::Comparison", text);
}

struct KpiDef {
    const char *key;
    const char *label;
    const char *unit;
    bool lowerIsBetter;
    bool informative;
    double (*value)(const StageResult &);
};

// The compared KPIs, in the order the CLI prints and the Compare tab lists them.
const KpiDef Kpis[] = {
    {"racks", QT_TRANSLATE_NOOP("fjord::Comparison", "Racks"), "", false, true,
     [](const StageResult &s) { return double(s.racks); }},
    {"gpus", QT_TRANSLATE_NOOP("fjord::Comparison", "GPUs"), "", false, true,
     [](const StageResult &s) { return double(s.gpus); }},
    {"it_capacity_kw", QT_TRANSLATE_NOOP("fjord::Comparison", "IT capacity"), "kW", false, true,
     [](const StageResult &s) { return s.itCapacityW / 1e3; }},
    {"facility_peak_kw", QT_TRANSLATE_NOOP("fjord::Comparison", "Facility peak"), "kW", true, false,
     [](const StageResult &s) { return s.facilityPeakW / 1e3; }},
    {"grid_capacity_kw", QT_TRANSLATE_NOOP("fjord::Comparison", "Grid capacity"), "kW", false, true,
     [](const StageResult &s) { return s.gridCapacityW / 1e3; }},
    {"it_energy_mwh", QT_TRANSLATE_NOOP("fjord::Comparison", "IT energy"), "MWh/yr", false, true,
     [](const StageResult &s) { return s.annual.itEnergyMWh; }},
    {"facility_energy_mwh", QT_TRANSLATE_NOOP("fjord::Comparison", "Facility energy"), "MWh/yr", true, false,
     [](const StageResult &s) { return s.annual.facilityEnergyMWh; }},
    {"pue", QT_TRANSLATE_NOOP("fjord::Comparison", "PUE"), "", true, false,
     [](const StageResult &s) { return s.annual.pue; }},
    {"wue_l_per_kwh", QT_TRANSLATE_NOOP("fjord::Comparison", "WUE"), "L/kWh", true, false,
     [](const StageResult &s) { return s.annual.wueLPerKWh; }},
    {"erf", QT_TRANSLATE_NOOP("fjord::Comparison", "ERF"), "", false, false,
     [](const StageResult &s) { return s.annual.erf; }},
    {"ref", QT_TRANSLATE_NOOP("fjord::Comparison", "REF"), "", false, false,
     [](const StageResult &s) { return s.annual.ref; }},
    {"cfe_hourly", QT_TRANSLATE_NOOP("fjord::Comparison", "CFE hourly"), "", false, false,
     [](const StageResult &s) { return s.annual.cfeHourly; }},
    {"cue_kg_per_kwh", QT_TRANSLATE_NOOP("fjord::Comparison", "CUE location-based"), "kg/kWh", true, false,
     [](const StageResult &s) { return s.annual.cueKgPerKWh; }},
    {"energy_cost", QT_TRANSLATE_NOOP("fjord::Comparison", "Energy cost"), "/yr", true, false,
     [](const StageResult &s) { return s.annual.energyCost; }},
    {"capex_total", QT_TRANSLATE_NOOP("fjord::Comparison", "Capex, cumulative"), "", true, false,
     [](const StageResult &s) { return s.capex.total(); }},
};

} // namespace

QList<StageComparison> compareResults(const Results &a, const Results &b)
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
            if (sa && sb)
                c.kpis.append({key, tr(k.label), QLatin1String(k.unit), k.value(*sa), k.value(*sb),
                               k.lowerIsBetter, k.informative});
            else if (sa)
                c.onlyA.append({key, k.value(*sa)});
            else
                c.onlyB.append({key, k.value(*sb)});
        }
        out.append(c);
    }
    return out;
}

} // namespace fjord
