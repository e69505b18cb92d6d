#include "app/cli/resultsjson.h"

#include <QJsonArray>

#include <cmath>

namespace fjord::cli {

double rounded(double value, int decimals)
{
    if (!std::isfinite(value))
        return 0.0;
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

namespace {

QJsonObject annualToJson(const AnnualKpis &a)
{
    QJsonArray monthlyPue;
    for (double v : a.monthlyPue)
        monthlyPue.append(rounded(v, 4));
    return QJsonObject{
        {QStringLiteral("it_energy_mwh"), rounded(a.itEnergyMWh, 1)},
        {QStringLiteral("facility_energy_mwh"), rounded(a.facilityEnergyMWh, 1)},
        {QStringLiteral("pue"), rounded(a.pue, 4)},
        {QStringLiteral("monthly_pue"), monthlyPue},
        {QStringLiteral("wue_l_per_kwh"), rounded(a.wueLPerKWh, 4)},
        {QStringLiteral("water_m3"), rounded(a.waterM3, 1)},
        {QStringLiteral("erf"), rounded(a.erf, 4)},
        {QStringLiteral("ere"), rounded(a.ere, 4)},
        {QStringLiteral("heat_reused_mwh"), rounded(a.heatReusedMWh, 1)},
        {QStringLiteral("ref"), rounded(a.ref, 4)},
        {QStringLiteral("cfe_hourly"), rounded(a.cfeHourly, 4)},
        {QStringLiteral("cue_kg_per_kwh"), rounded(a.cueKgPerKWh, 5)},
        {QStringLiteral("cue_market_kg_per_kwh"), rounded(a.cueMarketKgPerKWh, 5)},
        {QStringLiteral("free_cooling_hours"), rounded(a.freeCoolingHours, 0)},
        {QStringLiteral("chiller_hours"), rounded(a.chillerHours, 0)},
        {QStringLiteral("dry_cooler_fan_energy_mwh"), rounded(a.dryCoolerFanEnergyMWh, 1)},
        {QStringLiteral("energy_cost"), rounded(a.energyCost, 0)},
        {QStringLiteral("currency"), a.currency},
    };
}

QJsonObject capexToJson(const CapexBreakdown &c)
{
    return QJsonObject{
        {QStringLiteral("total"), rounded(c.total(), 0)},
        {QStringLiteral("by_category"),
         QJsonObject{{QStringLiteral("it"), rounded(c.it, 0)},
                     {QStringLiteral("electrical"), rounded(c.electrical, 0)},
                     {QStringLiteral("mechanical"), rounded(c.mechanical, 0)},
                     {QStringLiteral("building"), rounded(c.building, 0)},
                     {QStringLiteral("grid"), rounded(c.grid, 0)},
                     {QStringLiteral("soft"), rounded(c.soft, 0)},
                     {QStringLiteral("contingency"), rounded(c.contingency, 0)}}},
    };
}

QJsonObject nodeToJson(const PowerNodeLoading &n)
{
    QJsonArray phases;
    for (double i : n.phaseCurrentA)
        phases.append(rounded(i, 1));
    const char *side = n.side == FeedSide::A ? "A" : n.side == FeedSide::B ? "B" : "shared";
    return QJsonObject{
        {QStringLiteral("name"), n.name},
        {QStringLiteral("kind"), kindName(n.kind)},
        {QStringLiteral("side"), QLatin1String(side)},
        {QStringLiteral("rating_kw"), rounded(n.ratingKva, 1)}, // kVA: ratings are apparent power
        {QStringLiteral("rating_kva"), rounded(n.ratingKva, 1)},
        {QStringLiteral("load_kw"), rounded(n.loadKw, 1)},
        {QStringLiteral("load_kva"), rounded(n.loadKva, 1)},
        {QStringLiteral("utilisation"), rounded(n.utilisation, 4)},
        {QStringLiteral("failover_utilisation"), rounded(n.failoverUtilisation, 4)},
        {QStringLiteral("load_at_peak_kva"), rounded(n.loadAtPeakKva, 1)},
        {QStringLiteral("utilisation_at_peak"), rounded(n.utilisationAtPeak, 4)},
        {QStringLiteral("phase_current_a"), phases},
        {QStringLiteral("imbalance_pct"), rounded(n.imbalancePct, 2)},
        {QStringLiteral("neutral_current_a"), rounded(n.neutralCurrentA, 1)},
    };
}

QJsonObject allocationEntry(const TenantAllocation &a)
{
    return QJsonObject{{QStringLiteral("it_capacity_mw"), rounded(a.itCapacityW / 1e6, 3)},
                       {QStringLiteral("racks"), a.racks},
                       {QStringLiteral("gpus"), a.gpus}};
}

QJsonObject allocationToJson(const StageAllocation &a)
{
    static const char *classKeys[] = {"anchor", "enterprise", "startup", "research", "internal"};
    QJsonObject byClass;
    for (int c = 0; c < TenantClassCount; ++c)
        byClass.insert(QLatin1String(classKeys[c]), allocationEntry(a.byClass[c]));
    QJsonArray tenants;
    for (const auto &t : a.tenants) {
        QJsonObject o = allocationEntry(t);
        o.insert(QStringLiteral("name"), t.name);
        o.insert(QStringLiteral("class"), QLatin1String(classKeys[int(t.tenantClass)]));
        tenants.append(o);
    }
    return QJsonObject{{QStringLiteral("by_class"), byClass},
                       {QStringLiteral("tenants"), tenants},
                       {QStringLiteral("unallocated"), allocationEntry(a.unallocated)},
                       {QStringLiteral("priority_share"), rounded(a.priorityShare, 4)}};
}

// Absent figures are JSON null, with the reason beside the IRR.
QJsonObject investorToJson(const InvestorFigures &f)
{
    QJsonObject o{{QStringLiteral("npv"), rounded(f.npv, 0)},
                  {QStringLiteral("irr"), f.irr ? QJsonValue(rounded(*f.irr, 6)) : QJsonValue()},
                  {QStringLiteral("payback_year"), f.paybackYear ? QJsonValue(*f.paybackYear) : QJsonValue()},
                  {QStringLiteral("discounted_payback_year"),
                   f.discountedPaybackYear ? QJsonValue(*f.discountedPaybackYear) : QJsonValue()},
                  {QStringLiteral("total_revenue"), rounded(f.totalRevenue, 0)}};
    if (!f.irr)
        o.insert(QStringLiteral("irr_absent_reason"), f.irrAbsentReason);
    return o;
}

} // namespace

QJsonObject financeToJson(const FinanceResults &f)
{
    QJsonArray years;
    for (const YearResult &y : f.years)
        years.append(QJsonObject{{QStringLiteral("year"), y.year},
                                 {QStringLiteral("revenue"), rounded(y.revenue, 0)},
                                 {QStringLiteral("opex"), rounded(y.opex, 0)},
                                 {QStringLiteral("capex"), rounded(y.capex, 0)},
                                 {QStringLiteral("replacement_capex"), rounded(y.replacementCapex, 0)},
                                 {QStringLiteral("depreciation"), rounded(y.depreciation, 0)},
                                 {QStringLiteral("tax"), rounded(y.tax, 0)},
                                 {QStringLiteral("residual"), rounded(y.residual, 0)},
                                 {QStringLiteral("fcf"), rounded(y.freeCashFlow, 0)},
                                 {QStringLiteral("cumulative_fcf"), rounded(y.cumulativeFreeCashFlow, 0)},
                                 {QStringLiteral("gpu_hours"), rounded(y.gpuHours, 0)}});
    QJsonArray stages;
    for (const StageInvestorFigures &s : f.stageInvestors) {
        QJsonObject o = investorToJson(s.figures);
        o.insert(QStringLiteral("name"), s.name);
        stages.append(o);
    }
    QJsonArray tenants;
    for (const TenantRevenue &t : f.tenantRevenue) {
        QJsonArray perYear;
        for (double v : t.perYear)
            perYear.append(rounded(v, 0));
        tenants.append(QJsonObject{{QStringLiteral("name"), t.name},
                                   {QStringLiteral("revenue_per_year"), perYear},
                                   {QStringLiteral("total_revenue"), rounded(t.total(), 0)}});
    }
    QJsonObject o = investorToJson(f.investor);
    o.insert(QStringLiteral("currency"), f.currency);
    o.insert(QStringLiteral("first_year"), f.firstYear);
    o.insert(QStringLiteral("years"), years);
    o.insert(QStringLiteral("stages"), stages);
    o.insert(QStringLiteral("tenants"), tenants);
    o.insert(QStringLiteral("total_capex"), rounded(f.totalCapex, 0));
    o.insert(QStringLiteral("replacement_capex"), rounded(f.replacementCapex, 0));
    o.insert(QStringLiteral("residual_value"), rounded(f.residualValue, 0));
    o.insert(QStringLiteral("present_value_cost"), rounded(f.presentValue, 0));
    o.insert(QStringLiteral("levelised_cost_per_gpu_hour"), rounded(f.levelisedPerGpuHour, 4));
    o.insert(QStringLiteral("levelised_cost_per_it_mwh"), rounded(f.levelisedPerItMWh, 2));
    if (f.energyPerMillionTokensKWh > 0) {
        o.insert(QStringLiteral("reference_workload"), f.referenceWorkload);
        o.insert(QStringLiteral("energy_per_million_tokens_kwh"), rounded(f.energyPerMillionTokensKWh, 4));
        o.insert(QStringLiteral("cost_per_million_tokens"), rounded(f.costPerMillionTokens, 4));
    }
    return o;
}

QJsonObject problemToJson(const Problem &p)
{
    return QJsonObject{{QStringLiteral("severity"), severityName(p.severity)},
                       {QStringLiteral("code"), p.code},
                       {QStringLiteral("message"), p.message},
                       {QStringLiteral("object"), p.objectName}};
}

namespace {

// Each cooling system's figures, with the METHOD model that gave its fan energy and the design ambient
// used ("climate_0.4pct" or "system").
QJsonObject coolingToJson(const CoolingSystemKpis &k)
{
    const bool sized = k.fanModel == DryCoolerFanModel::Sized;
    return QJsonObject{
        {QStringLiteral("name"), k.name},
        {QStringLiteral("fan_model"), sized ? QStringLiteral("sized") : QStringLiteral("fan_law")},
        {QStringLiteral("fan_model_label"), fanModelLabel(k.fanModel)},
        {QStringLiteral("design_ambient_c"), rounded(k.designAmbientC, 2)},
        {QStringLiteral("design_ambient_source"),
         k.designAmbientFromClimate ? QStringLiteral("climate_0.4pct") : QStringLiteral("system")},
        {QStringLiteral("dry_cooler_design_heat_kw"), rounded(k.sizedDesignHeatW / 1e3, 1)},
        {QStringLiteral("it_energy_mwh"), rounded(k.itEnergyMWh, 1)},
        {QStringLiteral("cooling_energy_mwh"), rounded(k.coolingEnergyMWh, 1)},
        {QStringLiteral("dry_cooler_fan_energy_mwh"), rounded(k.dryCoolerFanEnergyMWh, 1)},
        {QStringLiteral("ppue"), rounded(k.pPue, 4)},
        {QStringLiteral("free_cooling_hours"), rounded(k.freeCoolingHours, 0)},
    };
}

} // namespace

QJsonObject stageToJson(const StageResult &s)
{
    QJsonArray nodes;
    for (const auto &n : s.power)
        nodes.append(nodeToJson(n));
    QJsonArray cooling;
    for (const auto &k : s.cooling)
        cooling.append(coolingToJson(k));
    return QJsonObject{
        {QStringLiteral("name"), s.name},
        {QStringLiteral("energisation"), s.energisation.toString(QStringLiteral("yyyy-MM"))},
        {QStringLiteral("racks"), s.racks},
        {QStringLiteral("gpus"), s.gpus},
        {QStringLiteral("it_capacity_kw"), rounded(s.itCapacityW / 1e3, 1)},
        {QStringLiteral("facility_peak_kw"), rounded(s.facilityPeakW / 1e3, 1)},
        {QStringLiteral("design_demand_kw"), rounded(s.designDemandW / 1e3, 1)},
        {QStringLiteral("it_peak_kw"), rounded(s.itPeakW / 1e3, 1)},
        {QStringLiteral("grid_capacity_kw"), rounded(s.gridCapacityW / 1e3, 1)},
        {QStringLiteral("annual"), annualToJson(s.annual)},
        {QStringLiteral("capex"), capexToJson(s.capex)},
        {QStringLiteral("capex_increment"), capexToJson(s.capexIncrement)},
        {QStringLiteral("opex_per_year"), rounded(s.opexPerYear, 0)},
        {QStringLiteral("power"), QJsonObject{{QStringLiteral("nodes"), nodes}}},
        {QStringLiteral("cooling_systems"), cooling},
        {QStringLiteral("allocation"), allocationToJson(s.allocation)},
    };
}

QJsonObject resultsToJson(const Results &r)
{
    QJsonArray stages;
    for (const auto &s : r.stages)
        stages.append(stageToJson(s));
    QJsonArray problems;
    for (const auto &p : r.problems)
        problems.append(problemToJson(p));
    QJsonObject o{
        {QStringLiteral("format"), QStringLiteral("fjordplan-results")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("project"), r.projectName},
        {QStringLiteral("scenario"), r.scenarioName},
        {QStringLiteral("climate"),
         QJsonObject{{QStringLiteral("name"), r.climate.name},
                     {QStringLiteral("hours"), r.climate.hours},
                     {QStringLiteral("mean_dry_bulb_c"), rounded(r.climate.meanDryBulbC, 2)},
                     {QStringLiteral("min_dry_bulb_c"), rounded(r.climate.minDryBulbC, 2)},
                     {QStringLiteral("max_dry_bulb_c"), rounded(r.climate.maxDryBulbC, 2)}}},
        {QStringLiteral("stages"), stages},
        {QStringLiteral("problems"), problems},
    };
    if (!r.finance.years.isEmpty())
        o.insert(QStringLiteral("finance"), financeToJson(r.finance));
    return o;
}

} // namespace fjord::cli
