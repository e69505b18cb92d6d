#include "model/engine/finance.h"

#include "model/engine/assets.h"
#include "model/engine/investor.h"
#include "model/engine/revenue.h"
#include "model/power/rackdigest.h"
#include "model/tr.h"

#include <QCoreApplication>

#include <cmath>
#include <map>

namespace fjord::engine {

namespace {

// What one stage adds to the campus at steady state (difference of cumulative results).
struct Increment {
    QDate energisation;
    int facilityYear = 0; // the year its facility is paid: the planned energisation's, if earlier
    int rampUpMonths = 0;
    std::array<double, 12> itMWh{};
    std::array<double, 12> facilityMWh{};
    double itCapacityW = 0;
    double gpus = 0;
    double tokensPerSecond = 0; // Σ GPUs × tokens/s per GPU of its racks (at full load)
    double variableOpex = 0;    // energy + certificates − heat sales: ramps with the capacity
    double fixedOpex = 0;       // maintenance + staff + items: full from energisation
    double capex = 0;
    QList<AssetPurchase> assets;
};

// Yearly money of one investment (a stage's increment, or the sum of all).
struct CashFlows {
    QList<double> revenue, opex, capex, replacement, depreciation;
    double residual = 0; // last year

    explicit CashFlows(int years)
        : revenue(years, 0.0), opex(years, 0.0), capex(years, 0.0), replacement(years, 0.0),
          depreciation(years, 0.0)
    {
    }
    void add(const CashFlows &o)
    {
        for (int i = 0; i < revenue.size(); ++i) {
            revenue[i] += o.revenue[i];
            opex[i] += o.opex[i];
            capex[i] += o.capex[i];
            replacement[i] += o.replacement[i];
            depreciation[i] += o.depreciation[i];
        }
        residual += o.residual;
    }
};

double monthly(const QList<double> &values, int m)
{
    return m < values.size() ? values[m] : 0.0;
}

// METHOD §8.3 on one set of cash flows; fills the year rows' investor columns when given.
InvestorFigures investorFigures(const CashFlows &c, double taxRate, double discountRate, int firstYear,
                                QList<YearResult> *rows)
{
    const int n = int(c.revenue.size());
    QList<double> fcf(n), discounted(n);
    double lossesCarried = 0, cumulative = 0;
    InvestorFigures f;
    for (int i = 0; i < n; ++i) {
        const double ebitda = c.revenue[i] - c.opex[i];
        const double taxable = ebitda - c.depreciation[i];
        double tax = 0;
        if (taxable < 0) {
            lossesCarried += -taxable;
        } else {
            const double used = std::min(lossesCarried, taxable);
            lossesCarried -= used;
            tax = taxRate * (taxable - used);
        }
        const double residual = i == n - 1 ? c.residual : 0.0;
        fcf[i] = ebitda - tax - c.capex[i] + residual;
        const double factor = 1.0 / std::pow(1.0 + discountRate, i);
        discounted[i] = fcf[i] * factor;
        cumulative += fcf[i];
        f.npv += discounted[i];
        f.totalRevenue += c.revenue[i];
        if (rows) {
            YearResult &y = (*rows)[i];
            y.revenue = c.revenue[i];
            y.ebitda = ebitda;
            y.depreciation = c.depreciation[i];
            y.tax = tax;
            y.residual = residual;
            y.freeCashFlow = fcf[i];
            y.cumulativeFreeCashFlow = cumulative;
            y.discountedFreeCashFlow = discounted[i];
        }
    }
    f.totalFreeCashFlow = cumulative;
    const IrrResult irr = internalRateOfReturn(fcf);
    f.irr = irr.rate;
    f.irrAbsentReason = irr.absentReason;
    if (const auto i = paybackIndex(fcf))
        f.paybackYear = firstYear + *i;
    if (const auto i = paybackIndex(discounted))
        f.discountedPaybackYear = firstYear + *i;
    return f;
}

// The assets a stage buys: the facility classes (with their share of soft costs and contingency) in
// `facilityYear` and the IT of its racks, per rack type, in `itYear` (its energisation).
QList<AssetPurchase> stageAssets(const Project &project, const RackDigest &racks, int stageIndex,
                                 const CapexBreakdown &added, int facilityYear, int itYear)
{
    const CostCatalogue &k = project.costs;
    const double hard = added.building + added.electrical + added.mechanical + added.grid;
    const double markup = hard > 0 ? (hard + added.soft + added.contingency) / hard : 1.0;
    QList<AssetPurchase> assets{{facilityYear, added.building * markup, k.building},
                                {facilityYear, added.electrical * markup, k.electrical},
                                {facilityYear, added.mechanical * markup, k.mechanical},
                                {facilityYear, added.grid * markup, k.grid}};
    // Ordered by rack type id: a QHash's order changes from process to process, and the order of
    // the assets changes the last bits of the sums (shards of a Monte Carlo study must agree).
    std::map<Id, std::pair<double, const RackType *>> itCost;
    for (const RackDigest::Group &g : racks.groups)
        if (g.stage == stageIndex && g.type) {
            auto &[cost, type] = itCost[g.type->id];
            cost += g.type->unitCost * g.rackCount;
            type = g.type;
        }
    for (const auto &[typeId, costAndType] : itCost) {
        const auto &[cost, t] = costAndType;
        assets.append({itYear, cost, AssetLife{t->serviceLifeYears, t->priceChangePerYear}});
    }
    return assets;
}

double tokensPerSecond(const RackDigest &racks, int stageIndex, QStringList &workloads)
{
    double tps = 0;
    for (const RackDigest::Group &g : racks.groups) {
        const RackType *t = g.stage == stageIndex ? g.type : nullptr;
        if (t && t->tokensPerSecondPerGpu > 0) {
            tps += t->gpus * t->tokensPerSecondPerGpu * g.rackCount;
            if (!workloads.contains(t->referenceWorkload))
                workloads << t->referenceWorkload;
        }
    }
    return tps;
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

FinanceResults computeFinance(const Project &project, const Scenario &scenario, const RackDigest &racks,
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
                         EngineTr::tr("No stage has an energisation date; the cash flow starts in 2027"),
                         scenario.id, scenario.name});
        fallback = QDate(2027, 1, 1);
    }

    QList<Increment> inc;
    QList<StageTiming> timing;
    QStringList workloads;
    const StageResult *previous = nullptr;
    QDate lastDate = fallback;
    for (int i = 0; i < stages.size(); ++i) {
        const StageResult &s = stages[i];
        Increment d;
        d.energisation = s.energisation.isValid() ? s.energisation : lastDate;
        if (!s.energisation.isValid())
            problems.append({Severity::Warning, QStringLiteral("finance.no_date"),
                             EngineTr::tr("%1 has no energisation date; the cash flow takes %2")
                                 .arg(s.name, d.energisation.toString(Qt::ISODate)),
                             s.stageId, s.name});
        lastDate = d.energisation;
        d.rampUpMonths = i < scenario.stages.size() ? scenario.stages[i].rampUpMonths : 0;
        // A risk study's delay (Stage::plannedEnergisation) leaves the facility's spend where the plan
        // had it; an earlier energisation than planned pays it earlier.
        const QDate planned = i < scenario.stages.size() ? scenario.stages[i].plannedEnergisation : QDate();
        d.facilityYear =
            planned.isValid() ? std::min(planned.year(), d.energisation.year()) : d.energisation.year();
        for (int m = 0; m < 12; ++m) {
            d.itMWh[m] = monthly(s.annual.monthlyItEnergyMWh, m) -
                         (previous ? monthly(previous->annual.monthlyItEnergyMWh, m) : 0);
            d.facilityMWh[m] = monthly(s.annual.monthlyFacilityEnergyMWh, m) -
                               (previous ? monthly(previous->annual.monthlyFacilityEnergyMWh, m) : 0);
        }
        d.itCapacityW = s.itCapacityW - (previous ? previous->itCapacityW : 0);
        d.gpus = s.gpus - (previous ? previous->gpus : 0);
        d.tokensPerSecond = tokensPerSecond(racks, i, workloads);
        auto variable = [](const OpexBreakdown &o) { return o.energy + o.certificates - o.heatSales; };
        auto fixed = [](const OpexBreakdown &o) { return o.maintenance + o.staff + o.items; };
        d.variableOpex = variable(s.opex) - (previous ? variable(previous->opex) : 0);
        d.fixedOpex = fixed(s.opex) - (previous ? fixed(previous->opex) : 0);
        d.capex = s.capexIncrement.total();
        d.assets = stageAssets(project, racks, i, s.capexIncrement, d.facilityYear, d.energisation.year());
        f.totalCapex += d.capex;
        inc.append(d);
        timing.append({d.energisation, d.rampUpMonths});
        previous = &s;
    }
    f.referenceWorkload = workloads.join(QStringLiteral(", "));

    // The valuation starts with the first spend: a delayed first stage does not move it.
    f.firstYear = inc.front().facilityYear;
    for (const auto &d : inc)
        f.firstYear = std::min(f.firstYear, d.facilityYear);
    const int horizon = std::max(0, project.costs.horizonYears);
    const double rate = project.costs.discountRate;
    const RevenueTable revenue = tenantRevenue(scenario, racks, timing, f.firstYear, horizon);

    // Each stage's own cash flows; the campus is their sum.
    CashFlows campus(horizon);
    double cumulative = 0, pvItMWh = 0, pvGpuHours = 0, pvTokens = 0, facilityMWh = 0, tokens = 0;
    for (int yi = 0; yi < horizon; ++yi) {
        YearResult y;
        y.year = f.firstYear + yi;
        y.discountFactor = 1.0 / std::pow(1.0 + rate, yi);
        f.years.append(y);
    }
    for (int k = 0; k < inc.size(); ++k) {
        const Increment &d = inc[k];
        CashFlows own(horizon);
        const AssetSchedule assets =
            scheduleAssets(d.assets, f.firstYear, horizon, project.costs.residualValue);
        own.capex = assets.capex;
        own.replacement = assets.replacement;
        own.depreciation = assets.depreciation;
        own.residual = assets.residual;
        // Months counted as integers: QDate's year() and month() are conversions, too slow per month.
        const int energisedMonth = d.energisation.year() * 12 + d.energisation.month() - 1;
        for (int yi = 0; yi < horizon; ++yi) {
            YearResult &y = f.years[yi];
            for (int m = 0; m < 12; ++m) {
                const int since = y.year * 12 + m - energisedMonth;
                const double share = rampShare(since, d.rampUpMonths);
                const double hours = DaysInMonth[m] * 24.0;
                y.itEnergyMWh += share * d.itMWh[m];
                y.facilityEnergyMWh += share * d.facilityMWh[m];
                y.gpuHours += share * d.gpus * hours;
                // Tokens follow the load: the month's IT energy over its energy at design power.
                const double loadFactor =
                    d.itCapacityW > 0 ? d.itMWh[m] * 1e6 / (d.itCapacityW * hours) : 0.0;
                y.tokensMillions += share * d.tokensPerSecond * loadFactor * hours * 3600.0 / 1e6;
                own.opex[yi] += share * d.variableOpex / 12.0 + (since >= 0 ? d.fixedOpex / 12.0 : 0.0);
            }
            for (int t = 0; t < revenue.size(); ++t)
                own.revenue[yi] += revenue[t][k][yi];
        }
        f.stageInvestors.append({stages[k].stageId, stages[k].name,
                                 investorFigures(own, project.costs.taxRate, rate, f.firstYear, nullptr)});
        campus.add(own);
    }
    for (int t = 0; t < scenario.tenants.size(); ++t) {
        const Tenant &tenant = scenario.tenants[t];
        TenantRevenue r{tenant.id, tenant.name, tenant.tenantClass, QList<double>(horizon, 0.0)};
        for (int k = 0; k < revenue[t].size(); ++k)
            for (int yi = 0; yi < horizon; ++yi)
                r.perYear[yi] += revenue[t][k][yi];
        f.tenantRevenue.append(r);
    }

    f.investor = investorFigures(campus, project.costs.taxRate, rate, f.firstYear, &f.years);
    f.residualValue = campus.residual;
    for (int yi = 0; yi < horizon; ++yi) {
        YearResult &y = f.years[yi];
        y.capex = campus.capex[yi];
        y.replacementCapex = campus.replacement[yi];
        y.opex = campus.opex[yi];
        y.cashOut = y.capex + y.opex;
        cumulative += y.cashOut;
        y.cumulativeCashOut = cumulative;
        f.replacementCapex += y.replacementCapex;
        f.presentValue += (y.cashOut - y.residual) * y.discountFactor;
        pvItMWh += y.itEnergyMWh * y.discountFactor;
        pvGpuHours += y.gpuHours * y.discountFactor;
        pvTokens += y.tokensMillions * y.discountFactor;
        facilityMWh += y.facilityEnergyMWh;
        tokens += y.tokensMillions;
    }
    f.levelisedPerItMWh = pvItMWh > 0 ? f.presentValue / pvItMWh : 0.0;
    f.levelisedPerGpuHour = pvGpuHours > 0 ? f.presentValue / pvGpuHours : 0.0;
    f.energyPerMillionTokensKWh = tokens > 0 ? facilityMWh * 1000.0 / tokens : 0.0;
    f.costPerMillionTokens = pvTokens > 0 ? f.presentValue / pvTokens : 0.0;
    const double lastItMw = stages.back().itCapacityW / 1e6;
    f.capexPerMwIt = lastItMw > 0 ? f.totalCapex / lastItMw : 0.0;
    return f;
}

} // namespace fjord::engine
