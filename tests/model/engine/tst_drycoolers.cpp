// METHOD v2 §3: sized dry coolers against hand calculations, their monotonicity in the supply
// temperature in cold climates, heat reuse unloading them, and METHOD v1 left exactly as it was.

#include "model/engine.h"
#include "model/sample/narvikclimate.h"
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

// The toy (10 racks × 100 kW, all liquid, training 0.85: Q = 850 kW) on sized dry coolers designed for
// a 30 °C ambient and a 42 °C return (W32 + 10 K).
Toy sizedToy()
{
    Toy toy = makeToy(10, 1.0);
    CoolingSystem &cs = toy.scenario().coolingSystems[0];
    cs.fanModel = DryCoolerFanModel::Sized;
    cs.designAmbientFromClimate = false;
    cs.designAmbientC = 30.0;
    cs.designReturnC = 42.0;
    return toy;
}

// A district-heating offtake of 1 MW on the toy's stage; above its 15 °C base it takes the summer
// base load dmin = 0.2 of its capacity: 200 kW.
void addOfftake(Scenario &s)
{
    HeatOfftake o;
    o.id = 70;
    o.name = QStringLiteral("District heating");
    o.stageId = 2;
    o.capacityW = 1e6;
    s.heatOfftakes.append(o);
}

double fanW(const Results &r, int hour = 0)
{
    return r.stages[0].hourly.dryCoolerFanW.value(hour, std::nan(""));
}

} // namespace

class TestDryCoolers : public QObject {
    Q_OBJECT

private slots:
    void designDryBulbIsTheThirtyFifthHottestHour()
    {
        // Hour h at h/100 °C: the hottest is 87.59 °C, the 35th-hottest (0.4 % of 8760 h) 87.25 °C.
        Climate c = constantClimate(0.0);
        for (int h = 0; h < HoursPerYear; ++h)
            c.dryBulbC[h] = h / 100.0;
        QCOMPARE(designDryBulbC(c).value_or(-1), 87.25);
        c.dryBulbC[5] = std::nan("");
        QVERIFY(!designDryBulbC(c));
        QVERIFY(!designDryBulbC(Climate{}));
    }

    void designAmbientFromClimateIsUsed()
    {
        // The sine climate around 6 °C: the engine's T_d is the climate's 0.4 % dry bulb, reported
        // per system; a system with its own value keeps it.
        Toy toy = sizedToy();
        const Climate climate = sineClimate(6.0, 15.0);
        const double fromClimate = designDryBulbC(climate).value();
        QVERIFY(fromClimate > 20.0 && fromClimate < 26.0); // mean + 15 K seasonal + 4 K diurnal at most
        toy.scenario().coolingSystems[0].designAmbientFromClimate = true;
        Results r = evaluate(toy.project, toy.scenario(), climate);
        QCOMPARE(r.stages[0].cooling[0].designAmbientC, fromClimate);
        QVERIFY(r.stages[0].cooling[0].designAmbientFromClimate);
        toy.scenario().coolingSystems[0].designAmbientFromClimate = false;
        r = evaluate(toy.project, toy.scenario(), climate);
        QCOMPARE(r.stages[0].cooling[0].designAmbientC, 30.0);
    }

    void sizedFansMatchHandCalculation()
    {
        // Design heat Q_d (METHOD v2 §3), on the loop as sized: supply 42 − 10 = 32 °C at T_d = 30 °C,
        //   T + ΔTdc = 38 °C: φ = (42 − 38)/10 = 0.4; COP = min(12, 0.5·303.15/(30 + 12 − 30)) = 12;
        //   chiller W/W = (1 − 0.4)/12 = 0.05; peak liquid heat 1000 kW (peak = design power):
        //   Q_d = 1000 kW · 1.05 = 1050 kW.
        // An hour at 20 °C: 20 + 8 ≤ 32, full free cooling, no chiller: Q_rej = 850 kW.
        //   s = (850/1050) · (42 − 30)/(42 − 20) = (17/21)·(12/22) = 34/77 = 0.44156 (above s_min 0.2)
        //   P_fan = 0.02 · 1050 kW · (34/77)³ = 1807.94 W.
        // METHOD v1 in the same hour: s = (42 − 25)/(42 − 20) = 17/22, P = 0.02 · 850 kW · (17/22)³ = 7843.8
        // W.
        Toy toy = sizedToy();
        const Results r = evaluate(toy.project, toy.scenario(), constantClimate(20.0));
        QVERIFY(relative(fanW(r), 0.02 * 1050e3 * std::pow(34.0 / 77.0, 3)) < 1e-12);
        QVERIFY(relative(fanW(r, 8759), 1807.94) < 1e-5);
        QVERIFY(relative(r.stages[0].cooling[0].sizedDesignHeatW, 1050e3) < 1e-12);
        QCOMPARE(r.stages[0].cooling[0].fanModel, DryCoolerFanModel::Sized);
        QVERIFY(relative(r.stages[0].annual.dryCoolerFanEnergyMWh, 1807.94 * 8760 / 1e6) < 1e-5);

        toy.scenario().coolingSystems[0].fanModel = DryCoolerFanModel::FanLaw;
        const Results v1 = evaluate(toy.project, toy.scenario(), constantClimate(20.0));
        QVERIFY(relative(fanW(v1), 0.02 * 850e3 * std::pow(17.0 / 22.0, 3)) < 1e-12);
        QCOMPARE(v1.stages[0].cooling[0].sizedDesignHeatW, 0.0);
    }

    void sizedFansClampToMinimumAndFullSpeed()
    {
        // At −30 °C: s = (850/1050)·12/72 = 0.135 < s_min 0.2, so P = 0.02 · 1050 kW · 0.2³ = 168 W.
        // At 45 °C (above the 42 °C return): s = 1 on the whole design heat, P = 0.02 · 1050 kW = 21 kW.
        Toy toy = sizedToy();
        QVERIFY(relative(fanW(evaluate(toy.project, toy.scenario(), constantClimate(-30.0))), 168.0) < 1e-12);
        QVERIFY(relative(fanW(evaluate(toy.project, toy.scenario(), constantClimate(45.0))), 21000.0) <
                1e-12);
    }

    void designDemandIsTheSameForBothModels()
    {
        // In the design hour the sized coolers run at full speed on Q_d = Q_rej (s = 1·12/12), which is
        // what the fan law gives at 30 °C too (s = 17/12, clamped to 1): the design demand does not move.
        Toy toy = sizedToy();
        const double v2 = evaluate(toy.project, toy.scenario(), constantClimate(5.0)).stages[0].designDemandW;
        toy.scenario().coolingSystems[0].fanModel = DryCoolerFanModel::FanLaw;
        const double v1 = evaluate(toy.project, toy.scenario(), constantClimate(5.0)).stages[0].designDemandW;
        QVERIFY(v2 > 0);
        QVERIFY(relative(v2, v1) < 1e-12);
    }

    void heatReuseUnloadsSizedCoolersOnly()
    {
        // The offtake takes 200 kW at 20 °C, so the sized coolers reject 650 kW:
        //   s = (650/1050)·(12/22) = 26/77, P = 0.02 · 1050 kW · (26/77)³ = 808.48 W (1807.94 W without).
        // METHOD v1 keeps rejecting all the heat: its fans do not change at all.
        Toy toy = sizedToy();
        addOfftake(toy.scenario());
        const Results v2 = evaluate(toy.project, toy.scenario(), constantClimate(20.0));
        QVERIFY(relative(v2.stages[0].annual.heatReusedMWh, 200e3 * 8760 / 1e6) < 1e-12);
        QVERIFY(relative(fanW(v2), 0.02 * 1050e3 * std::pow(26.0 / 77.0, 3)) < 1e-12);

        toy.scenario().coolingSystems[0].fanModel = DryCoolerFanModel::FanLaw;
        const Results v1 = evaluate(toy.project, toy.scenario(), constantClimate(20.0));
        toy.scenario().heatOfftakes.clear();
        const Results v1NoReuse = evaluate(toy.project, toy.scenario(), constantClimate(20.0));
        QCOMPARE(v1.stages[0].hourly.dryCoolerFanW, v1NoReuse.stages[0].hourly.dryCoolerFanW);
        QCOMPARE(v1.stages[0].annual.facilityEnergyMWh, v1NoReuse.stages[0].annual.facilityEnergyMWh);
    }

    void heatReuseLowersYearlySizedFanEnergy()
    {
        // Over a cold year (sine around 6 °C) with the speed above its minimum in many hours: the yearly
        // fan energy falls when the offtake takes heat, and the v1 figure stays exactly the same.
        auto fanMWh = [](DryCoolerFanModel model, bool reuse) {
            Toy toy = sizedToy();
            toy.scenario().coolingSystems[0].fanModel = model;
            toy.scenario().coolingSystems[0].designAmbientC = 10.0; // small coolers: speed above s_min
            if (reuse)
                addOfftake(toy.scenario());
            return evaluate(toy.project, toy.scenario(), sineClimate(6.0, 15.0))
                .stages[0]
                .annual.dryCoolerFanEnergyMWh;
        };
        const double without = fanMWh(DryCoolerFanModel::Sized, false);
        const double with = fanMWh(DryCoolerFanModel::Sized, true);
        QVERIFY2(with < 0.9 * without, qPrintable(QStringLiteral("%1 vs %2 MWh").arg(with).arg(without)));
        QCOMPARE(fanMWh(DryCoolerFanModel::FanLaw, true), fanMWh(DryCoolerFanModel::FanLaw, false));
    }

    void colderSupplyNeverLowersSizedFanEnergy_data()
    {
        QTest::addColumn<QString>("climate");
        QTest::newRow("sine around 6 °C") << QStringLiteral("sine");
        QTest::newRow("Narvik (built-in)") << QStringLiteral("narvik");
    }
    void colderSupplyNeverLowersSizedFanEnergy()
    {
        // On the same coolers (Q_d at the design loop, Tfwr,d fixed at 42 °C), a colder supply narrows
        // Tfwr − T and adds chiller heat, so s — and the yearly fan energy and PUE — never fall. METHOD
        // v1's fan law fails this in a cold climate (tst_enginecooling:
        // warmerLoopSpinsFansFasterInFreeCooling).
        QFETCH(QString, climate);
        const Climate year = climate == QLatin1String("sine") ? sineClimate(6.0, 15.0) : narvikClimate();
        double previousFans = 0, previousPue = 0, firstFans = 0;
        for (int step = 0; step < 8; ++step) {
            Toy toy = sizedToy();
            toy.scenario().coolingSystems[0].designAmbientFromClimate = true;
            toy.scenario().coolingSystems[0].supplyC = 40.0 - 3.0 * step;
            const Results r = evaluate(toy.project, toy.scenario(), year);
            const double fans = r.stages[0].annual.dryCoolerFanEnergyMWh, pue = r.stages[0].annual.pue;
            QVERIFY2(fans >= previousFans - 1e-12, qPrintable(QStringLiteral("supply %1 °C: fans %2 < %3 MWh")
                                                                  .arg(40.0 - 3.0 * step)
                                                                  .arg(fans)
                                                                  .arg(previousFans)));
            QVERIFY2(pue >= previousPue - 1e-12,
                     qPrintable(QStringLiteral("step %1: PUE %2 < %3").arg(step).arg(pue).arg(previousPue)));
            if (step == 0)
                firstFans = fans;
            previousFans = fans;
            previousPue = pue;
        }
        QVERIFY2(previousFans > 1.5 * firstFans, "the supply temperature should matter over its range");
    }
};

QTEST_GUILESS_MAIN(TestDryCoolers)
#include "tst_drycoolers.moc"
