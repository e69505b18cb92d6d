#include "model/engine/finance.h"

#include <cmath>

namespace fjord::engine {

namespace {

constexpr std::array<int, 12> DaysInMonth{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

// What one stage adds to the campus at steady state (difference of cumulative results).
struct Increment {
    QDate energisation;
    int rampUpMonths = 0;
    std::array<double, 12> itMWh{};
    std::array<double, 12> facilityMWh{};
    double gpus = 0;
    double variableOpex = 0; // energy + certificates − heat sales: ramps with the capacity
    double fixedOpex = 0;    // maintenance + staff + items: full from energisation
    double capex = 0;
};

double monthly(const QList<double> &values, int m)
{
    return m < values.size() ? values[m] : 0.0;
}

} // namespace

double rampShare(int monthsSinceEnergisation, int rampUpMonths)
{
    if (monthsSinceEnergisation < 0)
        return 0.0;
    if (rampUpMonths <= 0)
        return 1.0;
    return std::min(1.0, (monthsSinceEnergisation + 0.5) / rampUpMonths);
}

FinanceResults computeFinance(const Project &project, const Scenario &scenario,
                              const QList<StageResult> &stages, QList<Problem> &problems)
{
    FinanceResults f;
    f.currency = project.costs.currency;
    if (stages.isEmpty())
        return f;

    // Dates: a missing one takes the stage before's (or the first valid one).
    QDate fallback;
    for (const auto &s : stages)
        if (s.energisation.isValid()) {
            fallback = s.energisation;
            break;
        }
    if (!fallback.isValid()) {
        problems.append({Severity::Warning, QStringLiteral("finance.no_date"),
                         QStringLiteral("No stage has an energisation date; the cash flow starts in 2027"),
                         scenario.id, scenario.name});
        fallback = QDate(2027, 1, 1);
    }

    QList<Increment> inc;
    const StageResult *previous = nullptr;
    QDate lastDate = fallback;
    for (int i = 0; i < stages.size(); ++i) {
        const StageResult &s = stages[i];
        Increment d;
        d.energisation = s.energisation.isValid() ? s.energisation : lastDate;
        if (!s.energisation.isValid())
            problems.append({Severity::Warning, QStringLiteral("finance.no_date"),
                             QStringLiteral("%1 has no energisation date; the cash flow takes %2")
                                 .arg(s.name, d.energisation.toString(Qt::ISODate)),
                             s.stageId, s.name});
        lastDate = d.energisation;
        d.rampUpMonths = i < scenario.stages.size() ? scenario.stages[i].rampUpMonths : 0;
        for (int m = 0; m < 12; ++m) {
            d.itMWh[m] = monthly(s.annual.monthlyItEnergyMWh, m) -
                         (previous ? monthly(previous->annual.monthlyItEnergyMWh, m) : 0);
            d.facilityMWh[m] = monthly(s.annual.monthlyFacilityEnergyMWh, m) -
                               (previous ? monthly(previous->annual.monthlyFacilityEnergyMWh, m) : 0);
        }
        d.gpus = s.gpus - (previous ? previous->gpus : 0);
        auto variable = [](const OpexBreakdown &o) { return o.energy + o.certificates - o.heatSales; };
        auto fixed = [](const OpexBreakdown &o) { return o.maintenance + o.staff + o.items; };
        d.variableOpex = variable(s.opex) - (previous ? variable(previous->opex) : 0);
        d.fixedOpex = fixed(s.opex) - (previous ? fixed(previous->opex) : 0);
        d.capex = s.capexIncrement.total();
        f.totalCapex += d.capex;
        inc.append(d);
        previous = &s;
    }

    f.firstYear = inc.front().energisation.year();
    for (const auto &d : inc)
        f.firstYear = std::min(f.firstYear, d.energisation.year());
    const int horizon = std::max(0, project.costs.horizonYears);
    const double rate = project.costs.discountRate;
    double cumulative = 0, pvItMWh = 0, pvGpuHours = 0;
    for (int yi = 0; yi < horizon; ++yi) {
        YearResult y;
        y.year = f.firstYear + yi;
        y.discountFactor = 1.0 / std::pow(1.0 + rate, yi);
        for (const auto &d : inc) {
            if (d.energisation.year() == y.year)
                y.capex += d.capex;
            for (int m = 0; m < 12; ++m) {
                const int since = (y.year - d.energisation.year()) * 12 + (m + 1 - d.energisation.month());
                const double share = rampShare(since, d.rampUpMonths);
                y.itEnergyMWh += share * d.itMWh[m];
                y.facilityEnergyMWh += share * d.facilityMWh[m];
                y.gpuHours += share * d.gpus * DaysInMonth[m] * 24;
                y.opex += share * d.variableOpex / 12.0 + (since >= 0 ? d.fixedOpex / 12.0 : 0.0);
            }
        }
        y.cashOut = y.capex + y.opex;
        cumulative += y.cashOut;
        y.cumulativeCashOut = cumulative;
        f.presentValue += y.cashOut * y.discountFactor;
        pvItMWh += y.itEnergyMWh * y.discountFactor;
        pvGpuHours += y.gpuHours * y.discountFactor;
        f.years.append(y);
    }
    f.levelisedPerItMWh = pvItMWh > 0 ? f.presentValue / pvItMWh : 0.0;
    f.levelisedPerGpuHour = pvGpuHours > 0 ? f.presentValue / pvGpuHours : 0.0;
    const double lastItMw = stages.back().itCapacityW / 1e6;
    f.capexPerMwIt = lastItMw > 0 ? f.totalCapex / lastItMw : 0.0;
    return f;
}

} // namespace fjord::engine
