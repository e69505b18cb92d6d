#include "model/risks.h"
#include "model/plural.h"
#include "model/tr.h"

#include <QCoreApplication>

#include <algorithm>

namespace fjord {

namespace {

constexpr double GridHeadroomHigh = 0.05;     // below 5 % headroom the grid connection is a high risk
constexpr double GridHeadroomModerate = 0.15; // below 15 % a moderate one
constexpr double CfeModerate = 0.90;          // hourly carbon-free share below which supply is a risk

QString mw(double w, const QLocale &locale)
{
    return locale.toString(w / 1e6, 'f', 1);
}

} // namespace

QString riskLevelName(Risk::Level level)
{
    switch (level) {
    case Risk::Level::High:
        return RisksTr::tr("high");
    case Risk::Level::Moderate:
        return RisksTr::tr("moderate");
    case Risk::Level::Note:
        break;
    }
    return RisksTr::tr("note");
}

QList<Risk> assessRisks(const Project &project, const Scenario &scenario, const Results &results,
                        const QLocale &locale)
{
    const auto number = [&locale](double v, int decimals) { return locale.toString(v, 'f', decimals); };
    QList<Risk> risks;

    // 1. The grid connection against the campus's design demand (every rack at peak power, cooling at
    // the design ambient; METHOD v2 §4), stage by stage.
    for (const StageResult &st : results.stages) {
        if (st.gridCapacityW <= 0) {
            risks.append({Risk::Level::High, QStringLiteral("grid.none"),
                          RisksTr::tr("%1 has no grid capacity").arg(st.name),
                          RisksTr::tr("The campus through %1 has a design demand of %2 MW with no grid "
                                      "connection entered.")
                              .arg(st.name, mw(st.designDemandW, locale))});
            continue;
        }
        const double headroom = 1.0 - st.designDemandW / st.gridCapacityW;
        if (headroom >= GridHeadroomModerate)
            continue;
        risks.append(
            {headroom < GridHeadroomHigh ? Risk::Level::High : Risk::Level::Moderate,
             QStringLiteral("grid.headroom"),
             headroom < 0 ? RisksTr::tr("%1 needs more grid capacity than it has").arg(st.name)
                          : RisksTr::tr("Little grid headroom in %1").arg(st.name),
             RisksTr::tr(
                 "Design demand %1 MW (every rack at peak power, cooling at the design ambient; expected "
                 "peak %2 MW) against %3 MW of grid capacity: %4 % headroom (risk below %5 %).")
                 .arg(mw(st.designDemandW, locale), mw(st.facilityPeakW, locale),
                      mw(st.gridCapacityW, locale))
                 .arg(number(headroom * 100, 1), number(GridHeadroomModerate * 100, 0))});
    }

    // 2. The power chain under its worst single failure (the last stage carries the most).
    if (!results.stages.isEmpty()) {
        const StageResult &last = results.stages.last();
        int overloaded = 0;
        const PowerNodeLoading *worst = nullptr;
        for (const PowerNodeLoading &n : last.power) {
            if (n.failoverUtilisation > 1.0) {
                ++overloaded;
                if (!worst || n.failoverUtilisation > worst->failoverUtilisation)
                    worst = &n;
            }
        }
        if (worst)
            risks.append({Risk::Level::High, QStringLiteral("power.failover"),
                          plural(overloaded, RisksTr::tr("%n power node overloads when one part fails"),
                                 RisksTr::tr("%n power nodes overload when one part fails"), locale),
                          RisksTr::tr("Worst: %1 at %2 % of its rating after a single failure (%3).")
                              .arg(worst->name)
                              .arg(number(worst->failoverUtilisation * 100, 0), last.name)});
    }

    // 3. Errors the project still holds.
    const int errors = int(std::count_if(results.problems.cbegin(), results.problems.cend(),
                                         [](const Problem &p) { return p.severity == Severity::Error; }));
    if (errors > 0)
        risks.append(
            {Risk::Level::High, QStringLiteral("project.errors"),
             plural(errors, RisksTr::tr("%n error in the plan"), RisksTr::tr("%n errors in the plan"),
                    locale),
             RisksTr::tr(
                 "The Problems list names them; the figures of an erroneous plan are not reliable.")});

    // 4. Hours on chillers: the dry coolers do not reach in hot spells.
    if (!results.stages.isEmpty() && results.stages.last().annual.chillerHours > 0) {
        const double h = results.stages.last().annual.chillerHours;
        risks.append(
            {h > 500 ? Risk::Level::Moderate : Risk::Level::Note, QStringLiteral("cooling.chiller"),
             RisksTr::tr("Chillers run %1 h a year").arg(number(h, 0)),
             RisksTr::tr("Above the dry coolers' reach the chillers carry the heat: PUE and peak power "
                         "depend on the hot hours of the climate year.")});
    }

    // 5. The climate year behind every cooling figure.
    if (results.climate.name.contains(QStringLiteral("synthetic"), Qt::CaseInsensitive))
        risks.append(
            {Risk::Level::Moderate, QStringLiteral("climate.synthetic"),
             RisksTr::tr("The climate is a synthetic year"),
             RisksTr::tr("%1: monthly normals with a diurnal cycle and warm spells (docs/method.md). Confirm "
                         "the cooling figures with a measured weather file (EPW).")
                 .arg(results.climate.name)});

    // 6. Carbon-free supply hour by hour.
    if (!results.stages.isEmpty()) {
        const AnnualKpis &a = results.stages.last().annual;
        if (a.cfeHourly < CfeModerate)
            risks.append({Risk::Level::Moderate, QStringLiteral("supply.cfe"),
                          RisksTr::tr("%1 % of the energy is carbon-free hour by hour")
                              .arg(number(a.cfeHourly * 100, 0)),
                          RisksTr::tr("Grid import not matched by PPAs: %1 GWh a year at the grid's mix.")
                              .arg(number(a.gridImportMWh / 1000, 0))});
    }

    // 7. Assumptions that always hold in this version.
    risks.append(
        {Risk::Level::Note, QStringLiteral("price.flat"), RisksTr::tr("Energy prices are flat"),
         RisksTr::tr("Grid energy at %1 %2/MWh all year and every year: no hourly prices and no energy price "
                     "escalation are modelled (tenant prices escalate per contract).")
             .arg(number(scenario.supply.grid.pricePerMWh, 0), project.costs.currency)});

    std::stable_sort(risks.begin(), risks.end(),
                     [](const Risk &a, const Risk &b) { return a.level > b.level; });
    return risks;
}

} // namespace fjord
