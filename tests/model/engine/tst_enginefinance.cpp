// Money (METHOD §8): capex by category per stage, opex, the yearly cash flow and its present value.

#include "model/engine.h"
#include "model/sample/narviksample.h"
#include "model/uncertainty.h"
#include "toyproject.h"

#include <QTest>

#include <cmath>

using namespace fjord;
using namespace fjord::test;

namespace {

double relative(double a, double b)
{
    return std::abs(a - b) / std::max(std::abs(b), 1e-300);
}

PowerNode ups(Id id, Id stageId, double ratingVa)
{
    PowerNode n;
    n.id = id;
    n.name = QStringLiteral("UPS %1").arg(id);
    n.kind = PowerNodeKind::Ups;
    n.stageId = stageId;
    n.ratingVa = ratingVa;
    n.powerFactor = 0.95;
    return n;
}

// Stage 1: 10 racks (1 MW), a 1.2 MVA UPS, 2 MW grid. Stage 2: 20 more racks (2 MW), 2.4 MVA UPS, 3 MW grid.
Toy twoStages()
{
    Toy toy = makeToy(10);
    Scenario &s = toy.scenario();
    s.stages[0].gridCapacityAddedW = 2e6;
    Stage second;
    second.id = 60;
    second.name = QStringLiteral("Stage 2");
    second.energisation = QDate(2029, 1, 1);
    second.gridCapacityAddedW = 3e6;
    s.stages.append(second);
    Id next = 600;
    addRacks(s, 1, 60, 20, next);
    s.powerNodes.append(ups(40, 2, 1.2e6));
    s.powerNodes.append(ups(41, 60, 2.4e6));
    CostCatalogue &c = toy.project.costs;
    c.buildingPerW = 2.0;
    c.electricalPerW = 3.0;
    c.mechanicalPerW = 1.5;
    c.gridPerVa = 0.1;
    c.upsPerW = 0.2;
    c.softCostFraction = 0.1;
    c.contingencyFraction = 0.05;
    return toy;
}

} // namespace

class TestEngineFinance : public QObject {
    Q_OBJECT

private slots:
    void capexByCategoryPerStage()
    {
        Toy toy = twoStages();
        const Results r = evaluate(toy.project, toy.scenario(), constantClimate(5));
        QCOMPARE(r.stages.size(), 2);
        const CapexBreakdown &a = r.stages[0].capexIncrement;
        QCOMPARE(a.building, 2e6);
        QCOMPARE(a.electrical, 3e6 + 0.2 * 1.2e6 * 0.95);
        QCOMPARE(a.mechanical, 1.5e6);
        QCOMPARE(a.grid, 0.2e6);
        QCOMPARE(a.it, 30e6);
        QVERIFY(relative(a.soft, 0.1 * 6.928e6) < 1e-12);
        QVERIFY(relative(a.contingency, 0.05 * (6.928e6 + 0.6928e6)) < 1e-12);

        const CapexBreakdown &b = r.stages[1].capexIncrement;
        QCOMPARE(b.building, 4e6);
        QCOMPARE(b.electrical, 6e6 + 0.2 * 2.4e6 * 0.95);
        QCOMPARE(b.mechanical, 3e6);
        QCOMPARE(b.grid, 0.3e6);
        QCOMPARE(b.it, 60e6);
        QVERIFY(relative(b.soft, 0.1 * 13.756e6) < 1e-12);
        QVERIFY(relative(b.contingency, 0.05 * (13.756e6 + 1.3756e6)) < 1e-12);

        QCOMPARE(r.stages[0].capex.total(), a.total());
        QVERIFY(relative(r.stages[1].capex.total(), a.total() + b.total()) < 1e-12);
        QCOMPARE(r.stages[1].capex.it, 90e6);
        QCOMPARE(r.stages[1].upsRatingVa, 3.6e6);
        QCOMPARE(r.stages[1].gridCapacityW, 5e6);
        QVERIFY(relative(r.finance.totalCapex, a.total() + b.total()) < 1e-12);
        QVERIFY(relative(r.finance.capexPerMwIt, (a.total() + b.total()) / 3.0) < 1e-12);
    }

    void opexPerYear()
    {
        Toy toy = twoStages();
        toy.project.costs.maintenanceFraction = 0.02;
        toy.project.costs.staffPerYear = 1e6;
        toy.project.opex.append({80, QStringLiteral("Insurance"), 2, 0.3e6});
        toy.project.opex.append({81, QStringLiteral("Fibre"), 60, 0.1e6});
        toy.scenario().supply.grid.pricePerMWh = 50.0;
        const Results r = evaluate(toy.project, toy.scenario(), constantClimate(5));
        const StageResult &s = r.stages[0];
        QVERIFY(relative(s.opex.energy, s.annual.facilityEnergyMWh * 50.0) < 1e-12);
        QVERIFY(relative(s.opex.maintenance, 0.02 * (s.capex.total() - s.capex.it)) < 1e-12);
        QCOMPARE(s.opex.staff, 1e6);
        QCOMPARE(s.opex.items, 0.3e6);
        QCOMPARE(r.stages[1].opex.items, 0.4e6);
        QVERIFY(relative(s.opexPerYear, s.opex.energy + s.opex.maintenance + 1e6 + 0.3e6) < 1e-12);
    }

    void presentValueOfAKnownCashFlow()
    {
        // One stage on 1 Jan 2027, no ramp: capex 1 M (building 1 EUR/W), staff 1 M a year, nothing else.
        Toy toy = makeToy(10);
        toy.project.rackTypes[0].unitCost = 0;
        toy.project.costs.buildingPerW = 1.0;
        toy.project.costs.staffPerYear = 1e6;
        toy.project.costs.discountRate = 0.1;
        toy.project.costs.horizonYears = 3;
        toy.project.costs.residualValue = false; // the residual has its own test
        const Results r = evaluate(toy.project, toy.scenario(), constantClimate(5));
        const FinanceResults &f = r.finance;
        QCOMPARE(f.firstYear, 2027);
        QCOMPARE(f.years.size(), 3);
        QCOMPARE(f.years[0].year, 2027);
        QCOMPARE(f.years[0].capex, 1e6);
        QVERIFY(relative(f.years[0].opex, 1e6) < 1e-12);
        QVERIFY(relative(f.years[2].cumulativeCashOut, 4e6) < 1e-12);
        const double pv = 2e6 + 1e6 / 1.1 + 1e6 / 1.21;
        QVERIFY(relative(f.presentValue, pv) < 1e-12);
        const double itMWh = 850e3 * 8760 / 1e6;
        QVERIFY(relative(f.years[1].itEnergyMWh, itMWh) < 1e-12);
        QVERIFY(relative(f.levelisedPerItMWh, pv / (itMWh * (1 + 1 / 1.1 + 1 / 1.21))) < 1e-12);
        QVERIFY(relative(f.levelisedPerGpuHour, pv / (720 * 8760 * (1 + 1 / 1.1 + 1 / 1.21))) < 1e-12);
    }

    void rampUpWithinTheFirstYear()
    {
        // Energised 1 Jul 2027, six-month ramp: month k (0..5) runs at (k + 0.5)/6, the mean of the ramp.
        Toy toy = makeToy(10);
        toy.scenario().stages[0].energisation = QDate(2027, 7, 1);
        toy.scenario().stages[0].rampUpMonths = 6;
        toy.project.costs.staffPerYear = 1.2e6;
        toy.project.costs.horizonYears = 2;
        const Results r = evaluate(toy.project, toy.scenario(), constantClimate(5));
        const int days[6] = {31, 31, 30, 31, 30, 31}; // Jul … Dec
        double gpuHours = 0;
        for (int k = 0; k < 6; ++k)
            gpuHours += 720 * (k + 0.5) / 6 * days[k] * 24;
        const YearResult &y = r.finance.years[0];
        QVERIFY(relative(y.gpuHours, gpuHours) < 1e-12);
        QVERIFY(relative(y.itEnergyMWh, 850e3 * gpuHours / 720 / 1e6) < 1e-12);
        QVERIFY(relative(y.opex, 0.6e6) < 1e-12); // staff from energisation: 6 of 12 months
        QVERIFY(relative(r.finance.years[1].gpuHours, 720 * 8760.0) < 1e-12);
    }

    void capexFallsInTheYearOfEachStage()
    {
        Toy toy = twoStages();
        const Results r = evaluate(toy.project, toy.scenario(), constantClimate(5));
        const auto &years = r.finance.years;
        QCOMPARE(years.size(), 15);
        QCOMPARE(years[0].year, 2027);
        QCOMPARE(years[0].capex, r.stages[0].capexIncrement.total());
        QCOMPARE(years[1].capex, 0.0);
        QCOMPARE(years[2].capex, r.stages[1].capexIncrement.total());
        // From 2029 the campus runs at stage 2's steady state.
        QVERIFY(relative(years[3].itEnergyMWh, r.stages[1].annual.itEnergyMWh) < 1e-12);
        QVERIFY(relative(years[1].facilityEnergyMWh, r.stages[0].annual.facilityEnergyMWh) < 1e-12);
    }

    // A risk study's stage.delay_months slips an energisation after the facility was paid for: its
    // capex stays in the planned year and the valuation still starts there, while the IT purchase, the
    // energy and the revenue move. Before, a delay of the first stage moved the whole valuation a
    // year later and raised the sample's NPV (1.42 to 1.56 bn EUR for 12 months).
    void aDelayLeavesTheFacilitySpendAndTheValuationYear()
    {
        Toy toy = twoStages();
        const Results base = evaluate(toy.project, toy.scenario(), constantClimate(5));
        Project delayed = toy.project;
        const Id scenarioId = toy.scenario().id, first = toy.scenario().stages[0].id;
        QCOMPARE(applyParameter(delayed, scenarioId, QStringLiteral("stage.delay_months:%1").arg(first), 12),
                 QString());
        const Scenario &s = *std::as_const(delayed).scenario(scenarioId);
        QCOMPARE(s.stages[0].energisation, QDate(2028, 1, 1));
        QCOMPARE(s.stages[0].plannedEnergisation, QDate(2027, 1, 1));
        const Results late = evaluate(delayed, s, constantClimate(5));
        const CapexBreakdown &added = base.stages[0].capexIncrement;
        QCOMPARE(late.finance.firstYear, 2027);
        QVERIFY(relative(late.finance.years[0].capex, added.total() - added.it) < 1e-12); // the facility
        QVERIFY(relative(late.finance.years[1].capex, added.it) < 1e-12); // its racks, a year later
        QCOMPARE(late.finance.years[0].gpuHours, 0.0);
        QVERIFY(late.finance.years[1].gpuHours > 0);
        // Applied to the same copy again, the delay counts from the plan, not from the slipped date.
        QCOMPARE(applyParameter(delayed, scenarioId, QStringLiteral("stage.delay_months:%1").arg(first), 12),
                 QString());
        QCOMPARE(std::as_const(delayed).scenario(scenarioId)->stages[0].energisation, QDate(2028, 1, 1));
    }

    void aYearsDelayOfTheSamplesFirstStageLowersItsValue()
    {
        Project p = makeNarvikSample();
        const Scenario &s = p.scenarios.front();
        const Results base = evaluate(p, s, p.site.climate);
        Project delayed = p;
        QCOMPARE(
            applyParameter(delayed, s.id, QStringLiteral("stage.delay_months:%1").arg(s.stages[0].id), 12),
            QString());
        const Results late = evaluate(delayed, delayed.scenarios.front(), p.site.climate);
        QCOMPARE(late.finance.firstYear, base.finance.firstYear);
        QVERIFY2(
            late.finance.investor.npv < base.finance.investor.npv,
            qPrintable(
                QStringLiteral("%1 -> %2").arg(base.finance.investor.npv).arg(late.finance.investor.npv)));
    }

    void residualValueComesBackInTheLastYear()
    {
        // Building 1 M (life 30) over 3 years: 27/30 of it is still on the books at the end.
        Toy toy = makeToy(10);
        toy.project.rackTypes[0].unitCost = 0;
        toy.project.costs.buildingPerW = 1.0;
        toy.project.costs.horizonYears = 3;
        toy.project.costs.discountRate = 0.1;
        const Results r = evaluate(toy.project, toy.scenario(), constantClimate(5));
        const FinanceResults &f = r.finance;
        QVERIFY(relative(f.residualValue, 0.9e6) < 1e-12);
        QCOMPARE(f.years[0].residual, 0.0);
        QVERIFY(relative(f.years[2].residual, 0.9e6) < 1e-12);
        QVERIFY(relative(f.years[1].depreciation, 1e6 / 30) < 1e-12);
    }

    void itIsReplacedAtTheEndOfItsLife()
    {
        // 10 racks at 3 M, life 5, over 15 years: bought in 2027, 2032 and 2037, 0 residual.
        Toy toy = makeToy(10);
        const Results r = evaluate(toy.project, toy.scenario(), constantClimate(5));
        const FinanceResults &f = r.finance;
        QCOMPARE(f.years[5].replacementCapex, 30e6);
        QCOMPARE(f.years[10].replacementCapex, 30e6);
        QCOMPARE(f.replacementCapex, 60e6);
        // Levelised cost per GPU-hour includes the replacements.
        double pvCost = 0, pvGpuHours = 0;
        for (const YearResult &y : f.years) {
            pvCost += (y.capex + y.opex - y.residual) * y.discountFactor;
            pvGpuHours += y.gpuHours * y.discountFactor;
        }
        QVERIFY(relative(f.levelisedPerGpuHour, pvCost / pvGpuHours) < 1e-12);
        QVERIFY(f.years[5].capex >= 30e6);
    }

    void tenantRevenueFollowsTheContract()
    {
        // 10 racks of 100 kW leased at 100 EUR/kW-month from 1 Jan 2027 (no ramp), 2 % escalation,
        // 2-year term, then 6 months empty and re-let at 80.
        Toy toy = makeToy(10);
        Tenant lease;
        lease.id = 90;
        lease.name = QStringLiteral("Lease");
        lease.contract = ContractKind::CapacityLease;
        lease.price = 100;
        lease.escalationPerYear = 0.02;
        lease.termYears = 2;
        lease.reletPrice = 80;
        lease.vacancyMonths = 6;
        toy.scenario().tenants.append(lease);
        toy.scenario().halls[0].tenantId = 90;
        const Results r = evaluate(toy.project, toy.scenario(), constantClimate(5));
        const FinanceResults &f = r.finance;
        QVERIFY(relative(f.years[0].revenue, 100 * 1000.0 * 12) < 1e-12);
        QVERIFY(relative(f.years[1].revenue, 102 * 1000.0 * 12) < 1e-12);
        QVERIFY(relative(f.years[2].revenue, 80 * 1000.0 * 6) < 1e-12);
        QVERIFY(relative(f.years[3].revenue, 80 * 1000.0 * 6 + 81.6 * 1000.0 * 6) < 1e-12);
        QCOMPARE(f.tenantRevenue.size(), 1);
        QCOMPARE(f.tenantRevenue[0].perYear[0], f.years[0].revenue);
    }

    void gpuHourAndRackContractsAndUnallocatedCapacity()
    {
        // Two tenants share one hall: racks 100–104 on GPU-hours (2 EUR, 50 % used), 105–107 reserved
        // (10 k EUR/rack-month); racks 108 and 109 are unallocated and earn nothing.
        Toy toy = makeToy(10);
        Scenario &s = toy.scenario();
        Tenant gpu;
        gpu.id = 90;
        gpu.name = QStringLiteral("GPU");
        gpu.tenantClass = TenantClass::Startup;
        gpu.contract = ContractKind::GpuHours;
        gpu.price = 2;
        gpu.expectedUtilisation = 0.5;
        Tenant racks;
        racks.id = 91;
        racks.name = QStringLiteral("Racks");
        racks.tenantClass = TenantClass::Anchor;
        racks.contract = ContractKind::ReservedRacks;
        racks.price = 10000;
        s.tenants = {gpu, racks};
        for (Rack &k : s.racks)
            k.tenantId = k.id < 105 ? 90 : k.id < 108 ? 91 : NoId;
        const Results r = evaluate(toy.project, s, constantClimate(5));
        QVERIFY(relative(r.finance.tenantRevenue[0].perYear[0], 2 * 5 * 72 * 8760 * 0.5) < 1e-12);
        QVERIFY(relative(r.finance.tenantRevenue[1].perYear[0], 10000.0 * 3 * 12) < 1e-12);
        // Allocation adds up to what is installed.
        const StageAllocation &a = r.stages[0].allocation;
        QCOMPARE(a.tenants[0].racks, 5);
        QCOMPARE(a.tenants[1].racks, 3);
        QCOMPARE(a.unallocated.racks, 2);
        QCOMPARE(a.tenants[0].gpus + a.tenants[1].gpus + a.unallocated.gpus, r.stages[0].gpus);
        QCOMPARE(a.byClass[int(TenantClass::Startup)].itCapacityW, 5 * 100e3);
        QVERIFY(relative(a.tenants[0].itCapacityW + a.tenants[1].itCapacityW + a.unallocated.itCapacityW,
                         r.stages[0].itCapacityW) < 1e-12);
        QVERIFY(relative(a.priorityShare, 0.5) < 1e-12);
    }

    void taxCarriesLossesForwardAndFreeCashFlowCloses()
    {
        Toy toy = twoStages();
        Tenant lease;
        lease.id = 90;
        lease.name = QStringLiteral("Lease");
        lease.price = 1500; // EUR/kW-month, GPUs included
        lease.termYears = 15;
        toy.scenario().tenants.append(lease);
        toy.scenario().halls[0].tenantId = 90;
        toy.project.costs.taxRate = 0.22;
        const Results r = evaluate(toy.project, toy.scenario(), constantClimate(5));
        const FinanceResults &f = r.finance;
        double carried = 0, cumulative = 0, npv = 0;
        bool taxed = false;
        for (const YearResult &y : f.years) {
            QVERIFY(relative(y.ebitda, y.revenue - y.opex) < 1e-12);
            const double taxable = y.ebitda - y.depreciation;
            const double used = std::min(carried, std::max(0.0, taxable));
            carried += taxable < 0 ? -taxable : -used;
            const double tax = taxable > 0 ? 0.22 * (taxable - used) : 0.0;
            QVERIFY2(std::abs(y.tax - tax) < 1e-6, qPrintable(QString::number(y.year)));
            taxed |= y.tax > 0;
            QVERIFY(std::abs(y.freeCashFlow - (y.ebitda - y.tax - y.capex + y.residual)) < 1e-6);
            cumulative += y.freeCashFlow;
            npv += y.freeCashFlow * y.discountFactor;
            QVERIFY(std::abs(y.cumulativeFreeCashFlow - cumulative) < 1e-6);
        }
        QVERIFY(taxed);
        QVERIFY(relative(f.investor.npv, npv) < 1e-9);
        QVERIFY(f.investor.irr.has_value());
        QVERIFY(f.investor.paybackYear.has_value());
        QCOMPARE(f.stageInvestors.size(), 2);
        QCOMPARE(f.stageInvestors[1].name, QStringLiteral("Stage 2"));
    }
};

QTEST_GUILESS_MAIN(TestEngineFinance)
#include "tst_enginefinance.moc"
