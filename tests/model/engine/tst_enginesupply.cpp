// Supply and carbon (METHOD §6) and heat reuse (§5).

#include "model/engine.h"
#include "toyproject.h"

#include <QTest>

#include <cmath>

using namespace fjord;
using namespace fjord::test;

namespace {

Ppa ppa(Id id, PpaTechnology tech, double capacityW, double price = 40.0, double areaM2 = 0)
{
    return Ppa{id, QStringLiteral("PPA %1").arg(id), tech, 2, capacityW, areaM2, price};
}

double relative(double a, double b)
{
    return std::abs(a - b) / std::max(std::abs(b), 1e-300);
}

} // namespace

class TestEngineSupply : public QObject {
    Q_OBJECT

private slots:
    void flatHydroEqualToFlatLoadIsFullyClean()
    {
        Toy toy = makeToy();
        const Results first = evaluate(toy.project, toy.scenario(), constantClimate(5));
        const double facility = first.stages[0].hourly.facilityW[0]; // flat in a constant climate
        toy.scenario().supply.grid = {QStringLiteral("grid"), 0.0, 0.5, 0.6, 100.0};
        toy.scenario().supply.ppas.append(ppa(70, PpaTechnology::Hydro, facility, 40.0));
        const Results r = evaluate(toy.project, toy.scenario(), constantClimate(5));
        const AnnualKpis &a = r.stages[0].annual;
        QVERIFY(relative(a.cfeHourly, 1.0) < 1e-12);
        QVERIFY(relative(a.ref, 1.0) < 1e-12);
        QVERIFY(a.gridImportMWh < 1e-6);
        // Location-based CUE: the PPA is delivered through the grid, so every kWh carries its intensity.
        QVERIFY(relative(a.cueKgPerKWh, 0.5 * a.pue) < 1e-12);
        QCOMPARE(a.cueMarketKgPerKWh, 0.0); // market-based: the PPA covers everything
        QVERIFY(relative(a.energyCost, a.facilityEnergyMWh * 40.0) < 1e-9);
    }

    void windCoveringHalfTheHours()
    {
        // Wind alternates 15 m/s (rated) and 2 m/s (below cut-in) hour by hour; the PPA at rated power
        // exceeds the load, so half the hours are fully covered and the surplus is exported.
        Toy toy = makeToy();
        Climate c = constantClimate(5);
        for (int h = 0; h < HoursPerYear; ++h)
            c.windSpeedMPerS[h] = h % 2 ? 15.0 : 2.0;
        toy.scenario().supply.grid = {QStringLiteral("grid"), 0.2, 0.1, 0.5, 60.0};
        toy.scenario().supply.ppas.append(ppa(70, PpaTechnology::Wind, 5e6, 30.0));
        const Results r = evaluate(toy.project, toy.scenario(), c);
        const AnnualKpis &a = r.stages[0].annual;
        const double facilityMWh = a.facilityEnergyMWh;
        QVERIFY(relative(a.ref, 0.5) < 1e-12);
        QVERIFY(relative(a.ppaUsedMWh, facilityMWh / 2) < 1e-12);
        QVERIFY(relative(a.ppaSurplusMWh, 5.0 * 4380 - facilityMWh / 2) < 1e-9);
        QVERIFY(relative(a.cfeHourly, 0.5 + 0.5 * 0.2) < 1e-12);
        // CUE (location) = facility kWh × 0.1 kg/kWh / IT kWh; market = grid kWh × 0.5 / IT kWh (no GoO).
        QVERIFY(relative(a.cueKgPerKWh, facilityMWh * 0.1 / a.itEnergyMWh) < 1e-12);
        QVERIFY(relative(a.cueMarketKgPerKWh, facilityMWh / 2 * 0.5 / a.itEnergyMWh) < 1e-12);
        QVERIFY(relative(a.energyCost, facilityMWh / 2 * 60.0 + facilityMWh / 2 * 30.0) < 1e-9);
        QCOMPARE(r.stages[0].hourly.ppaSupplyW[0], 0.0);
        QCOMPARE(r.stages[0].hourly.gridImportW[1], 0.0);
        // Hourly CFE: calm hours are only the grid's clean share, windy hours fully clean; the
        // load-weighted mean is the annual score.
        const HourlyEndUses &hourly = r.stages[0].hourly;
        QVERIFY(relative(hourly.cfe[0], 0.2) < 1e-12);
        QVERIFY(relative(hourly.cfe[1], 1.0) < 1e-12);
        double weighted = 0, load = 0;
        for (int h = 0; h < HoursPerYear; ++h) {
            weighted += hourly.cfe[h] * hourly.facilityW[h];
            load += hourly.facilityW[h];
        }
        QVERIFY(relative(weighted / load, a.cfeHourly) < 1e-12);

        // Guarantees of origin for the grid half: REF 1 (capped), market CUE 0, location CUE unchanged.
        toy.scenario().supply.guarantees.append({71, QStringLiteral("GoO"), 2, facilityMWh, 0.5});
        const Results g = evaluate(toy.project, toy.scenario(), c);
        QCOMPARE(g.stages[0].annual.ref, 1.0);
        QCOMPARE(g.stages[0].annual.cueMarketKgPerKWh, 0.0);
        QVERIFY(relative(g.stages[0].annual.cueKgPerKWh, a.cueKgPerKWh) < 1e-12);
        QVERIFY(relative(g.stages[0].opex.certificates, facilityMWh * 0.5) < 1e-12);
    }

    void twoContractsShareTheUsedEnergyByTheirGeneration()
    {
        // Two flat hydro PPAs, one twice the other, together three times the flat load: each hour
        // uses a third of the generation, two thirds of it from the larger contract at its price.
        Toy toy = makeToy();
        const Results first = evaluate(toy.project, toy.scenario(), constantClimate(5));
        const double facility = first.stages[0].hourly.facilityW[0];
        toy.scenario().supply.grid = {QStringLiteral("grid"), 0.0, 0.5, 0.6, 100.0};
        toy.scenario().supply.ppas.append(ppa(70, PpaTechnology::Hydro, facility, 30.0));
        toy.scenario().supply.ppas.append(ppa(71, PpaTechnology::Hydro, 2 * facility, 60.0));
        const Results r = evaluate(toy.project, toy.scenario(), constantClimate(5));
        const AnnualKpis &a = r.stages[0].annual;
        const double facilityMWh = a.facilityEnergyMWh;
        QVERIFY(relative(a.ppaUsedMWh, facilityMWh) < 1e-12);
        QVERIFY(relative(a.ppaSurplusMWh, 2 * facilityMWh) < 1e-9);
        QVERIFY(a.gridImportMWh < 1e-6);
        QVERIFY(relative(a.energyCost, facilityMWh / 3 * 30.0 + facilityMWh * 2 / 3 * 60.0) < 1e-9);
        QVERIFY(relative(r.stages[0].hourly.ppaSupplyW[100], facility) < 1e-12);
        QVERIFY(relative(r.stages[0].hourly.cfe[100], 1.0) < 1e-12);
    }

    void hydroAndWindShareTheUsedEnergyHourByHour()
    {
        // Flat hydro at half the (flat) load, wind alternating rated (the whole load) and calm. Calm
        // hours: hydro alone, all used. Windy hours: 1.5 × the load generated, 2/3 of each contract's
        // generation used: hydro delivers 1/3 of the load, wind 2/3. So over the year hydro delivers
        // (1/2 + 1/3)/2 = 5/12 of the facility energy at its price, wind 1/3 at its price, the grid 1/4.
        Toy toy = makeToy();
        Climate c = constantClimate(5);
        for (int h = 0; h < HoursPerYear; ++h)
            c.windSpeedMPerS[h] = h % 2 ? 15.0 : 2.0;
        const double facility = evaluate(toy.project, toy.scenario(), c).stages[0].hourly.facilityW[0];
        toy.scenario().supply.grid = {QStringLiteral("grid"), 0.0, 0.5, 0.6, 100.0};
        toy.scenario().supply.ppas.append(ppa(70, PpaTechnology::Hydro, facility / 2, 30.0));
        toy.scenario().supply.ppas.append(ppa(71, PpaTechnology::Wind, facility, 60.0));
        const Results r = evaluate(toy.project, toy.scenario(), c);
        const AnnualKpis &a = r.stages[0].annual;
        const double facilityMWh = a.facilityEnergyMWh;
        QVERIFY(relative(a.ppaUsedMWh, facilityMWh * 3 / 4) < 1e-12);
        QVERIFY(relative(a.gridImportMWh, facilityMWh / 4) < 1e-12);
        QVERIFY(relative(a.energyCost, facilityMWh * (5.0 / 12 * 30.0 + 1.0 / 3 * 60.0 + 1.0 / 4 * 100.0)) <
                1e-12);
    }

    void windPowerCurve_data()
    {
        QTest::addColumn<double>("speed");
        QTest::addColumn<double>("share");
        QTest::newRow("below cut-in") << 2.9 << 0.0;
        QTest::newRow("cut-in") << 3.0 << 0.0;
        QTest::newRow("cubic between") << 8.0 << (512.0 - 27.0) / (1728.0 - 27.0);
        QTest::newRow("rated") << 12.0 << 1.0;
        QTest::newRow("above rated") << 20.0 << 1.0;
        QTest::newRow("cut-out") << 25.0 << 0.0;
    }
    void windPowerCurve()
    {
        QFETCH(double, speed);
        QFETCH(double, share);
        Toy toy = makeToy();
        toy.scenario().supply.ppas.append(ppa(70, PpaTechnology::Wind, 100e3)); // far below the load
        const Results r = evaluate(toy.project, toy.scenario(), constantClimate(5, 50, speed));
        QVERIFY(std::abs(r.stages[0].hourly.ppaSupplyW[10] - 100e3 * share) < 1e-6);
    }

    void solarFromIrradiance()
    {
        Toy toy = makeToy();
        toy.scenario().supply.ppas.append(ppa(70, PpaTechnology::Solar, 0, 40.0, 1000.0));
        const Results r = evaluate(toy.project, toy.scenario(), constantClimate(5, 50, 0, 500.0));
        QVERIFY(std::abs(r.stages[0].hourly.ppaSupplyW[0] - 500.0 * 1000.0 * 0.2) < 1e-6);
    }

    void ppaOfALaterStageDoesNotSupplyEarlier()
    {
        Toy toy = makeToy();
        Stage second;
        second.id = 60;
        second.name = QStringLiteral("Stage 2");
        second.energisation = QDate(2029, 1, 1);
        toy.scenario().stages.append(second);
        Ppa late = ppa(70, PpaTechnology::Hydro, 100e3);
        late.stageId = 60;
        toy.scenario().supply.ppas.append(late);
        const Results r = evaluate(toy.project, toy.scenario(), constantClimate(5));
        QCOMPARE(r.stages[0].annual.ppaUsedMWh, 0.0);
        QVERIFY(relative(r.stages[1].annual.ppaUsedMWh, 100e3 * 8760 / 1e6) < 1e-12);
    }

    void heatReuseWithSeasonalDemand_data()
    {
        QTest::addColumn<double>("ambientC");
        QTest::addColumn<double>("minSupplyC");
        QTest::addColumn<double>("demand"); // share of the offtake capacity
        QTest::newRow("−20 °C: full demand") << -20.0 << 40.0 << 1.0;
        QTest::newRow("0 °C: (15 − 0)/35") << 0.0 << 40.0 << 15.0 / 35.0;
        QTest::newRow("summer: base load 0.2") << 14.0 << 40.0 << 0.2;
        QTest::newRow("needs 45 °C, loop returns 42 °C") << 0.0 << 45.0 << 0.0;
        QTest::newRow("own heat pump (min supply 0)") << 0.0 << 0.0 << 15.0 / 35.0;
    }
    void heatReuseWithSeasonalDemand()
    {
        QFETCH(double, ambientC);
        QFETCH(double, minSupplyC);
        QFETCH(double, demand);
        Toy toy = makeToy(); // liquid heat 722.5 kW, return 42 °C
        HeatOfftake dh;
        dh.id = 75;
        dh.name = QStringLiteral("District heating");
        dh.stageId = 2;
        dh.capacityW = 500e3;
        dh.minSupplyC = minSupplyC;
        dh.pricePerMWh = 20.0;
        toy.scenario().heatOfftakes.append(dh);
        const Results r = evaluate(toy.project, toy.scenario(), constantClimate(ambientC));
        const AnnualKpis &a = r.stages[0].annual;
        const double reusedMWh = 500e3 * demand * 8760 / 1e6;
        QVERIFY(std::abs(a.heatReusedMWh - reusedMWh) < 1e-6);
        QVERIFY(std::abs(a.erf - reusedMWh / a.facilityEnergyMWh) < 1e-12);
        QVERIFY(std::abs(a.ere - (a.facilityEnergyMWh - reusedMWh) / a.itEnergyMWh) < 1e-12);
        QVERIFY(std::abs(r.stages[0].opex.heatSales - reusedMWh * 20.0) < 1e-6);
        QCOMPARE(a.monthlyHeatReusedMWh.size(), 12);
        QVERIFY(std::abs(a.monthlyHeatReusedMWh[1] - 500e3 * demand * 28 * 24 / 1e6) < 1e-6);
    }

    void heatReuseLimitedByLiquidHeat()
    {
        Toy toy = makeToy();
        HeatOfftake dh;
        dh.id = 75;
        dh.stageId = 2;
        dh.capacityW = 5e6; // more than the 722.5 kW of liquid heat
        toy.scenario().heatOfftakes.append(dh);
        const Results r = evaluate(toy.project, toy.scenario(), constantClimate(-30));
        QVERIFY(std::abs(r.stages[0].hourly.heatReusedW[0] - 722.5e3) < 1e-6);
    }
};

QTEST_GUILESS_MAIN(TestEngineSupply)
#include "tst_enginesupply.moc"
