#include "resultsdump.h"

namespace fjord {

namespace {

struct Dump {
    std::FILE *out;

    void operator()(const char *name, double v) const { std::fprintf(out, "%s %a\n", name, v); }
    void operator()(const char *name, const QString &v) const
    {
        std::fprintf(out, "%s %s\n", name, qPrintable(v));
    }
    void operator()(const char *name, const QList<double> &v) const
    {
        std::fprintf(out, "%s [%lld]", name, qlonglong(v.size()));
        for (double x : v)
            std::fprintf(out, " %a", x);
        std::fprintf(out, "\n");
    }
    template <typename Opt> void optional(const char *name, const Opt &v) const
    {
        if (v)
            (*this)(name, double(*v));
        else
            std::fprintf(out, "%s absent\n", name);
    }
};

void dumpAllocation(const Dump &d, const TenantAllocation &a)
{
    d("tenant", double(a.tenantId));
    d("name", a.name);
    d("class", double(int(a.tenantClass)));
    d("itCapacityW", a.itCapacityW);
    d("racks", a.racks);
    d("gpus", a.gpus);
}

void dumpCapex(const Dump &d, const CapexBreakdown &c)
{
    for (double v : {c.it, c.electrical, c.mechanical, c.building, c.grid, c.soft, c.contingency})
        d("capex", v);
}

void dumpInvestor(const Dump &d, const InvestorFigures &f)
{
    d("npv", f.npv);
    d.optional("irr", f.irr);
    d("irrAbsentReason", f.irrAbsentReason);
    d.optional("payback", f.paybackYear);
    d.optional("discountedPayback", f.discountedPaybackYear);
    d("totalRevenue", f.totalRevenue);
    d("totalFreeCashFlow", f.totalFreeCashFlow);
}

void dumpStage(const Dump &d, const StageResult &s)
{
    d("stage", s.name);
    for (double v :
         {double(s.stageId), double(s.racks), double(s.gpus), s.itCapacityW, s.facilityPeakW, s.itPeakW,
          s.designDemandW, s.gridCapacityW, s.opexPerYear, s.upsRatingVa, s.heatRejectionW})
        d("value", v);
    const AnnualKpis &a = s.annual;
    for (double v : {a.itEnergyMWh,
                     a.facilityEnergyMWh,
                     a.pue,
                     a.wueLPerKWh,
                     a.erf,
                     a.ere,
                     a.ref,
                     a.cfeHourly,
                     a.cueKgPerKWh,
                     a.cueMarketKgPerKWh,
                     a.freeCoolingHours,
                     a.chillerHours,
                     a.waterM3,
                     a.heatReusedMWh,
                     a.energyCost,
                     a.gridImportMWh,
                     a.ppaUsedMWh,
                     a.ppaSurplusMWh,
                     a.guaranteesMWh,
                     a.carbonTonnes,
                     a.chillerEnergyMWh,
                     a.dryCoolerFanEnergyMWh,
                     a.coolingEnergyMWh,
                     a.electricalLossMWh})
        d("annual", v);
    d("currency", a.currency);
    d("monthlyPue", a.monthlyPue);
    d("monthlyIt", a.monthlyItEnergyMWh);
    d("monthlyFacility", a.monthlyFacilityEnergyMWh);
    d("monthlyHeat", a.monthlyHeatReusedMWh);
    dumpCapex(d, s.capex);
    dumpCapex(d, s.capexIncrement);
    const OpexBreakdown &o = s.opex;
    for (double v : {o.energy, o.certificates, o.maintenance, o.staff, o.items, o.heatSales})
        d("opex", v);
    for (const PowerNodeLoading &n : s.power) {
        d("node", n.name);
        for (double v :
             {double(n.nodeId), double(int(n.kind)), double(int(n.side)), n.ratingKva, n.loadKw, n.loadKva,
              n.utilisation, n.loadAtPeakKva, n.utilisationAtPeak, n.failoverUtilisation, n.phaseCurrentA[0],
              n.phaseCurrentA[1], n.phaseCurrentA[2], n.imbalancePct, n.neutralCurrentA})
            d("loading", v);
    }
    for (const CoolingSystemKpis &c : s.cooling) {
        d("cooling", c.name);
        for (double v : {double(c.coolingSystemId), c.itCapacityW, c.itEnergyMWh, c.coolingEnergyMWh, c.pPue,
                         c.freeCoolingHours, c.chillerHours, c.waterM3, c.designHeatRejectionW,
                         double(int(c.fanModel)), c.designAmbientC, double(c.designAmbientFromClimate),
                         c.dryCoolerFanEnergyMWh, c.sizedDesignHeatW})
            d("kpi", v);
    }
    for (const TenantAllocation &t : s.allocation.tenants)
        dumpAllocation(d, t);
    for (const TenantAllocation &t : s.allocation.byClass)
        dumpAllocation(d, t);
    dumpAllocation(d, s.allocation.unallocated);
    d("priorityShare", s.allocation.priorityShare);
    const HourlyEndUses &h = s.hourly;
    d("itW", h.itW);
    d("upsLossW", h.upsLossW);
    d("transformerLossW", h.transformerLossW);
    d("distributionLossW", h.distributionLossW);
    d("chillerW", h.chillerW);
    d("dryCoolerFanW", h.dryCoolerFanW);
    d("pumpW", h.pumpW);
    d("crahFanW", h.crahFanW);
    d("auxW", h.auxW);
    d("facilityW", h.facilityW);
    d("heatReusedW", h.heatReusedW);
    d("waterLPerH", h.waterLPerH);
    d("freeCooling", h.freeCooling);
    d("gridImportW", h.gridImportW);
    d("ppaSupplyW", h.ppaSupplyW);
    d("cfe", h.cfe);
}

} // namespace

void dumpResults(const Results &r, std::FILE *out)
{
    const Dump d{out};
    d("project", r.projectName);
    d("scenario", r.scenarioName);
    d("climate", r.climate.name);
    for (double v :
         {double(r.climate.hours), r.climate.meanDryBulbC, r.climate.minDryBulbC, r.climate.maxDryBulbC})
        d("climate", v);
    d("monthlyMeanDryBulbC", r.climate.monthlyMeanDryBulbC);
    for (const StageResult &s : r.stages)
        dumpStage(d, s);
    for (const Problem &p : r.problems) {
        d("problem", p.code + QLatin1Char(' ') + p.message + QLatin1Char(' ') + p.objectName);
        d("problemObject", double(p.objectId));
        d("severity", double(int(p.severity)));
    }
    const FinanceResults &f = r.finance;
    d("currency", f.currency);
    d("firstYear", f.firstYear);
    for (const YearResult &y : f.years)
        for (double v : {double(y.year), y.itEnergyMWh, y.facilityEnergyMWh, y.gpuHours, y.tokensMillions,
                         y.capex, y.replacementCapex, y.opex, y.cashOut, y.cumulativeCashOut,
                         y.discountFactor, y.revenue, y.ebitda, y.depreciation, y.tax, y.residual,
                         y.freeCashFlow, y.cumulativeFreeCashFlow, y.discountedFreeCashFlow})
            d("year", v);
    for (double v :
         {f.totalCapex, f.presentValue, f.levelisedPerItMWh, f.levelisedPerGpuHour, f.capexPerMwIt,
          f.replacementCapex, f.residualValue, f.energyPerMillionTokensKWh, f.costPerMillionTokens})
        d("finance", v);
    dumpInvestor(d, f.investor);
    for (const StageInvestorFigures &s : f.stageInvestors) {
        d("stageInvestor", s.name);
        dumpInvestor(d, s.figures);
    }
    for (const TenantRevenue &t : f.tenantRevenue) {
        d("tenantRevenue", t.name);
        d("perYear", t.perYear);
    }
    d("referenceWorkload", f.referenceWorkload);
}

} // namespace fjord
