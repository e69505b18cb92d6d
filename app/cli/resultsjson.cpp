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
        {QStringLiteral("phase_current_a"), phases},
        {QStringLiteral("imbalance_pct"), rounded(n.imbalancePct, 2)},
        {QStringLiteral("neutral_current_a"), rounded(n.neutralCurrentA, 1)},
    };
}

} // namespace

QJsonObject problemToJson(const Problem &p)
{
    return QJsonObject{{QStringLiteral("severity"), severityName(p.severity)},
                       {QStringLiteral("code"), p.code},
                       {QStringLiteral("message"), p.message},
                       {QStringLiteral("object"), p.objectName}};
}

QJsonObject stageToJson(const StageResult &s)
{
    QJsonArray nodes;
    for (const auto &n : s.power)
        nodes.append(nodeToJson(n));
    return QJsonObject{
        {QStringLiteral("name"), s.name},
        {QStringLiteral("energisation"), s.energisation.toString(QStringLiteral("yyyy-MM"))},
        {QStringLiteral("racks"), s.racks},
        {QStringLiteral("gpus"), s.gpus},
        {QStringLiteral("it_capacity_kw"), rounded(s.itCapacityW / 1e3, 1)},
        {QStringLiteral("facility_peak_kw"), rounded(s.facilityPeakW / 1e3, 1)},
        {QStringLiteral("grid_capacity_kw"), rounded(s.gridCapacityW / 1e3, 1)},
        {QStringLiteral("annual"), annualToJson(s.annual)},
        {QStringLiteral("capex"), capexToJson(s.capex)},
        {QStringLiteral("capex_increment"), capexToJson(s.capexIncrement)},
        {QStringLiteral("opex_per_year"), rounded(s.opexPerYear, 0)},
        {QStringLiteral("power"), QJsonObject{{QStringLiteral("nodes"), nodes}}},
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
    return QJsonObject{
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
}

} // namespace fjord::cli
