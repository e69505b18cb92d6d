// The cooling and electrical chain of METHOD §2–4 against hand calculations in constant climates.

#include "model/climate.h"
#include "model/engine.h"
#include "model/sample/narviksample.h"
#include "toyproject.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace fjord;
using namespace fjord::test;

namespace {

// 10 racks × 100 kW at training 0.85: IT 850 kW, liquid 722.5 kW, air 127.5 kW.
constexpr double It = 850e3;
constexpr double Liquid = 722.5e3;
constexpr double Air = 127.5e3;

PowerNode node(Id id, PowerNodeKind kind, double ratingVa, LossModel losses)
{
    PowerNode n;
    n.id = id;
    n.name = QStringLiteral("N%1").arg(id);
    n.kind = kind;
    n.ratingVa = ratingVa;
    n.losses = losses;
    return n;
}

// Two UPS units of unequal rating (load shared 2:1) and one transformer, METHOD §2 defaults.
void addPowerChain(Scenario &s)
{
    const LossModel ups{0.010, 0.015, 0.010};
    s.powerNodes.append(node(20, PowerNodeKind::GridConnection, 3e6, {}));
    s.powerNodes.append(node(21, PowerNodeKind::Transformer, 2e6, {0.001, 0.0, 0.008}));
    s.powerNodes.append(node(22, PowerNodeKind::Ups, 1e6, ups));
    s.powerNodes.append(node(23, PowerNodeKind::Ups, 0.5e6, ups));
}

double relative(double a, double b)
{
    return std::abs(a - b) / std::max(std::abs(b), 1e-300);
}

double hourly(const QList<double> &series, int h = 0)
{
    return series.value(h, std::nan(""));
}

} // namespace

class TestEngineCooling : public QObject {
    Q_OBJECT

private slots:
    void coldClimateMatchesHandCalculation()
    {
        Toy toy = makeToy();
        addPowerChain(toy.scenario());
        const Results r = evaluate(toy.project, toy.scenario(), constantClimate(0.0));
        QCOMPARE(r.stages.size(), 1);
        const StageResult &s = r.stages[0];

        // By hand, METHOD §3: T + 8 K ≤ 32 °C and ≤ 20 °C: both loops free, no chiller.
        const double sLiquid = (42.0 - 25.0) / (42.0 - 0.0); // 0.4048
        const double sAir = 0.2;                             // (30−25)/30 = 0.167 < s_min
        const double fans = 0.02 * Liquid * std::pow(sLiquid, 3) + 0.02 * Air * std::pow(sAir, 3);
        const double cdu = 0.005 * Liquid;
        const double pumps = 0.01 * (Liquid + Air) + cdu;
        const double crah = 0.04 * Air;
        const double aux = 0.005 * 1e6;
        // §2: UPS carries IT + CDU pumps, shared 2:1 by ratings 1 MVA and 0.5 MVA.
        const double upsLoad = It + cdu;
        double ups = 0;
        for (double rating : {1e6, 0.5e6}) {
            const double p = upsLoad * rating / 1.5e6;
            ups += rating * 0.010 + p * 0.015 + p * p / rating * 0.010;
        }
        const double distribution = 0.01 * It;
        const double beforeTransformer = It + ups + distribution + fans + pumps + crah + aux;
        const double transformer = 2e6 * 0.001 + 2e6 * 0.008 * std::pow(beforeTransformer / 2e6, 2);
        const double facility = beforeTransformer + transformer;

        QVERIFY2(relative(s.annual.pue, facility / It) < 1e-9,
                 qPrintable(QStringLiteral("PUE %1, by hand %2")
                                .arg(s.annual.pue, 0, 'g', 15)
                                .arg(facility / It, 0, 'g', 15)));
        QVERIFY(relative(hourly(s.hourly.upsLossW, 4000), ups) < 1e-9);
        QVERIFY(relative(hourly(s.hourly.transformerLossW, 17), transformer) < 1e-9);
        QVERIFY(relative(hourly(s.hourly.dryCoolerFanW, 8759), fans) < 1e-9);
        QVERIFY(relative(hourly(s.hourly.pumpW), pumps) < 1e-9);
        QVERIFY(relative(hourly(s.hourly.crahFanW), crah) < 1e-9);
        QCOMPARE(s.annual.chillerEnergyMWh, 0.0);
        QCOMPARE(s.annual.chillerHours, 0.0);
        QCOMPARE(s.annual.freeCoolingHours, 8760.0);
        QVERIFY(relative(s.annual.itEnergyMWh, It * 8760 / 1e6) < 1e-12);
        QVERIFY(relative(s.facilityPeakW, facility) < 1e-9);
        QCOMPARE(s.cooling.size(), 1);
        QVERIFY(relative(s.cooling[0].pPue, (It + fans + pumps + crah) / It) < 1e-9);
        QCOMPARE(s.annual.monthlyPue.size(), 12);
        QVERIFY(relative(s.annual.monthlyPue[6], facility / It) < 1e-9);
    }

    void hotClimateChillerCarriesEverything()
    {
        Toy toy = makeToy();
        const Results r = evaluate(toy.project, toy.scenario(), constantClimate(40.0));
        const StageResult &s = r.stages[0];
        // T + 8 = 48 °C ≥ both returns (42, 30): no free cooling. COP = η·Tevap/(T + 12 − Tevap).
        const double copLiquid = 0.5 * (30.0 + 273.15) / (40.0 + 12.0 - 30.0); // 6.890
        const double copAir = 0.5 * (18.0 + 273.15) / (40.0 + 12.0 - 18.0);    // 4.282
        const double chiller = Liquid / copLiquid + Air / copAir;
        QVERIFY(relative(hourly(s.hourly.chillerW, 123), chiller) < 1e-12);
        // Fans at full speed (T above both returns) on heat + chiller power.
        QVERIFY(relative(hourly(s.hourly.dryCoolerFanW, 5), 0.02 * (It + chiller)) < 1e-12);
        QCOMPARE(s.annual.freeCoolingHours, 0.0);
        QCOMPARE(s.annual.chillerHours, 8760.0);
        QCOMPARE(hourly(s.hourly.freeCooling, 77), 0.0);
    }

    void copCap()
    {
        // At −30 °C the liquid loop is free; give it a 0 K range... instead: supply 50 °C makes the lift
        // tiny.
        Toy toy = makeToy(10, 1.0);
        CoolingSystem &cs = toy.scenario().coolingSystems[0];
        cs.supplyC = 20.0; // return 30; T 26 → T + 8 = 34 ≥ 30: mechanical; lift 26 + 12 − 18 = 20 K
        cs.copCap = 5.0;   // η·Tevap/lift = 7.28 → capped at 5
        const Results r = evaluate(toy.project, toy.scenario(), constantClimate(26.0));
        QVERIFY(relative(hourly(r.stages[0].hourly.chillerW), It / 5.0) < 1e-12);
    }

    void partialFreeCooling_data()
    {
        QTest::addColumn<double>("ambientC");
        QTest::addColumn<double>("phi"); // share carried by the dry coolers alone
        QTest::newRow("T+8 = supply: all free") << 24.0 << 1.0;
        QTest::newRow("25 °C: 0.9") << 25.0 << 0.9;
        QTest::newRow("29 °C: 0.5") << 29.0 << 0.5;
        QTest::newRow("33.5 °C: 0.05") << 33.5 << 0.05;
        QTest::newRow("T+8 = return: none") << 34.0 << 0.0;
    }
    void partialFreeCooling()
    {
        QFETCH(double, ambientC);
        QFETCH(double, phi);
        Toy toy = makeToy(10, 1.0); // all heat to liquid: the air side carries nothing
        const Results r = evaluate(toy.project, toy.scenario(), constantClimate(ambientC));
        const StageResult &s = r.stages[0];
        const double cop = std::min(12.0, 0.5 * 303.15 / (ambientC + 12.0 - 30.0));
        QVERIFY(std::abs(hourly(s.hourly.chillerW) - (1.0 - phi) * It / cop) < 1e-6);
        QCOMPARE(s.annual.freeCoolingHours, phi == 1.0 ? 8760.0 : 0.0);
        QCOMPARE(s.annual.chillerHours, phi == 1.0 ? 0.0 : 8760.0);
    }

    void fanCubicLaw_data()
    {
        QTest::addColumn<double>("fanDesignC");
        QTest::addColumn<double>("ambientC");
        QTest::addColumn<double>("speed");
        // Fan design ambient 20 °C: still all free cooling there (20 + 8 ≤ 32), so Q_rej = IT heat.
        QTest::newRow("at the fan design ambient: full speed") << 20.0 << 20.0 << 1.0;
        QTest::newRow("8 °C: half speed") << 25.0 << 8.0 << 0.5; // (42 − 25)/(42 − 8)
        QTest::newRow("−5 °C") << 25.0 << -5.0 << 17.0 / 47.0;
        QTest::newRow("−100 °C: minimum speed") << 25.0 << -100.0 << 0.2;
    }
    void fanCubicLaw()
    {
        QFETCH(double, fanDesignC);
        QFETCH(double, ambientC);
        QFETCH(double, speed);
        Toy toy = makeToy(10, 1.0);
        toy.scenario().coolingSystems[0].fanDesignAmbientC = fanDesignC;
        const Results r = evaluate(toy.project, toy.scenario(), constantClimate(ambientC));
        // Free cooling at all these ambients: rejected heat = IT heat.
        QVERIFY(relative(hourly(r.stages[0].hourly.dryCoolerFanW), 0.02 * It * speed * speed * speed) <
                1e-12);
    }

    void stullWetBulb()
    {
        // Stull (2011): 20 °C at 50 % RH gives a wet bulb of 13.7 °C. With adiabatic assist on at
        // 20 °C (Ton 15), ε 1 and a 0 K approach the loop's leaving water equals the wet bulb.
        Toy toy = makeToy(10, 1.0);
        CoolingSystem &cs = toy.scenario().coolingSystems[0];
        cs.adiabatic = true;
        cs.adiabaticOnC = 15.0;
        cs.adiabaticEffectiveness = 1.0;
        cs.dryCoolerApproachK = 0.0;
        cs.supplyC = 5.0; // return 15: φ = (15 − Twb)/10 ≈ 0.13
        const Results r = evaluate(toy.project, toy.scenario(), constantClimate(20.0, 50.0));
        const double chiller = hourly(r.stages[0].hourly.chillerW);
        // Invert: chiller = (1 − φ)·Q/COP, COP = 0.5·276.15/(Twb + 12 − 3).
        // Solve φ(Twb) numerically by bisection on Twb.
        double lo = 10, hi = 17;
        for (int i = 0; i < 60; ++i) {
            const double mid = (lo + hi) / 2;
            const double predicted = (1 - (15 - mid) / 10) * It / std::min(12.0, 0.5 * 276.15 / (mid + 9));
            (predicted < chiller ? lo : hi) = mid;
        }
        QVERIFY2(std::abs(lo - 13.7) < 0.05, qPrintable(QString::number(lo)));
    }

    void adiabaticWater()
    {
        Toy toy = makeToy(10, 1.0);
        toy.scenario().coolingSystems[0].adiabatic = true; // Ton 22 °C, ε 0.7
        // 30 °C, 40 % RH: Stull wet bulb.
        const double t = 30.0, rh = 40.0;
        const double twb = t * std::atan(0.151977 * std::sqrt(rh + 8.313659)) + std::atan(t + rh) -
                           std::atan(rh - 1.676331) +
                           0.00391838 * std::pow(rh, 1.5) * std::atan(0.023101 * rh) - 4.686035;
        const double tEff = t - 0.7 * (t - twb);
        const double phi = std::clamp((42.0 - (tEff + 8.0)) / 10.0, 0.0, 1.0);
        const double cop = std::min(12.0, 0.5 * 303.15 / (tEff + 12.0 - 30.0));
        const double chiller = (1 - phi) * It / cop;
        const double litresPerHour = (It + chiller) * 3600.0 / 2.45e6; // ≈ 1249 L/h
        const Results r = evaluate(toy.project, toy.scenario(), constantClimate(t, rh));
        const StageResult &s = r.stages[0];
        QVERIFY(relative(hourly(s.hourly.waterLPerH, 300), litresPerHour) < 1e-9);
        QVERIFY(relative(hourly(s.hourly.chillerW, 300), chiller) < 1e-9);
        QVERIFY(relative(s.annual.wueLPerKWh, litresPerHour / (It / 1000.0)) < 1e-9);
        QVERIFY(relative(s.annual.waterM3, litresPerHour * 8760 / 1000.0) < 1e-9);

        // Below the switch-on temperature: no water.
        const Results cool = evaluate(toy.project, toy.scenario(), constantClimate(21.0, rh));
        QCOMPARE(cool.stages[0].annual.waterM3, 0.0);
        // Without assist the chiller works harder.
        toy.scenario().coolingSystems[0].adiabatic = false;
        const Results dry = evaluate(toy.project, toy.scenario(), constantClimate(t, rh));
        QVERIFY(dry.stages[0].annual.chillerEnergyMWh > s.annual.chillerEnergyMWh);
        QCOMPARE(dry.stages[0].annual.waterM3, 0.0);
    }

    void energyBalanceClosesEveryHour()
    {
        Toy toy = makeToy(40, 0.85);
        addPowerChain(toy.scenario());
        toy.scenario().coolingSystems[0].adiabatic = true;
        LoadProfile inference;
        inference.id = 90;
        inference.kind = LoadProfileKind::Inference;
        inference.baseUtilisation = 0.6;
        inference.amplitude = 0.25;
        toy.scenario().loadProfiles.append(inference);
        const Results r = evaluate(toy.project, toy.scenario(), sineClimate(12.0, 18.0));
        const HourlyEndUses &h = r.stages[0].hourly;
        QCOMPARE(h.facilityW.size(), HoursPerYear);
        double facilitySum = 0;
        for (int i = 0; i < HoursPerYear; ++i) {
            const double parts = h.itW[i] + h.upsLossW[i] + h.transformerLossW[i] + h.distributionLossW[i] +
                                 h.chillerW[i] + h.dryCoolerFanW[i] + h.pumpW[i] + h.crahFanW[i] + h.auxW[i];
            if (relative(h.facilityW[i], parts) > 1e-12)
                QFAIL(qPrintable(QStringLiteral("hour %1: facility %2 W, end uses %3 W")
                                     .arg(i)
                                     .arg(h.facilityW[i])
                                     .arg(parts)));
            QVERIFY(h.gridImportW[i] + h.ppaSupplyW[i] == h.facilityW[i]);
            facilitySum += h.facilityW[i];
        }
        QVERIFY(relative(r.stages[0].annual.facilityEnergyMWh, facilitySum / 1e6) < 1e-12);
        // This climate reaches 34 °C: some chiller hours, many free hours.
        QVERIFY(r.stages[0].annual.chillerHours > 0);
        QVERIFY(r.stages[0].annual.freeCoolingHours > 4000);
    }

    // The engine works through the year in blocks of hours (months and blocks do not line up): the
    // year's and each month's figures must still be exactly what the hours add up to.
    void yearAndMonthFiguresAreTheSumsOfTheHours()
    {
        const Project p = makeNarvikSample(); // two cooling systems, heat reuse, three PPAs
        const Results r = evaluate(p, p.scenarios.front(), p.site.climate);
        QCOMPARE(r.stages.size(), 2);
        const auto sum = [](const QList<double> &v, int from = 0, int to = HoursPerYear) {
            return std::accumulate(v.begin() + from, v.begin() + to, 0.0);
        };
        const auto near = [](double a, double b) {
            return std::abs(a - b) <= 1e-11 * std::max(std::abs(a), 1.0);
        };
        for (const StageResult &s : r.stages) {
            const HourlyEndUses &h = s.hourly;
            const AnnualKpis &a = s.annual;
            QVERIFY(near(a.itEnergyMWh, sum(h.itW) / 1e6));
            QVERIFY(near(a.facilityEnergyMWh, sum(h.facilityW) / 1e6));
            QVERIFY(near(a.heatReusedMWh, sum(h.heatReusedW) / 1e6));
            QVERIFY(near(a.chillerEnergyMWh, sum(h.chillerW) / 1e6));
            QVERIFY(near(a.dryCoolerFanEnergyMWh, sum(h.dryCoolerFanW) / 1e6));
            QVERIFY(near(a.waterM3, sum(h.waterLPerH) / 1000.0));
            QVERIFY(near(a.ppaUsedMWh, sum(h.ppaSupplyW) / 1e6));
            QVERIFY(near(a.gridImportMWh, sum(h.gridImportW) / 1e6));
            QCOMPARE(a.freeCoolingHours, sum(h.freeCooling));
            QCOMPARE(a.chillerHours, int(std::count_if(h.chillerW.begin(), h.chillerW.end(),
                                                       [](double w) { return w > 0; })));
            QCOMPARE(s.facilityPeakW, *std::max_element(h.facilityW.begin(), h.facilityW.end()));
            QVERIFY(a.heatReusedMWh > 0 && a.ppaUsedMWh > 0 && a.freeCoolingHours > 0);
            QCOMPARE(a.monthlyItEnergyMWh.size(), 12);
            for (int m = 0; m < 12; ++m) {
                const int from = firstHourOfMonth(m), to = firstHourOfMonth(m + 1);
                QVERIFY2(near(a.monthlyItEnergyMWh[m], sum(h.itW, from, to) / 1e6), qPrintable(s.name));
                QVERIFY2(near(a.monthlyFacilityEnergyMWh[m], sum(h.facilityW, from, to) / 1e6),
                         qPrintable(s.name));
                QVERIFY2(near(a.monthlyHeatReusedMWh[m], sum(h.heatReusedW, from, to) / 1e6),
                         qPrintable(s.name));
            }
        }
    }

    void warmerLoopSpinsFansFasterInFreeCooling()
    {
        // A limit of METHOD §3's fan law, pinned so that a change is deliberate: s = (Tfwr − 25)/(Tfwr − T)
        // grows with the return temperature, so in hours without chiller a warmer loop draws more fan
        // power (the PUE is monotonic in the supply temperature only where chillers run; docs/method.md).
        auto fanMWh = [](double supplyC) {
            Toy toy = makeToy(10, 1.0);
            toy.scenario().coolingSystems[0].supplyC = supplyC;
            return evaluate(toy.project, toy.scenario(), constantClimate(0.0))
                .stages[0]
                .annual.coolingEnergyMWh;
        };
        const double at32 = fanMWh(32.0), at40 = fanMWh(40.0);
        const double expectedDelta =
            0.02 * It * (std::pow(25.0 / 50.0, 3) - std::pow(17.0 / 42.0, 3)) * 8760 / 1e6;
        QVERIFY(relative(at40 - at32, expectedDelta) < 1e-9);
    }

    void monotonicity_data()
    {
        QTest::addColumn<QString>("knob");
        QTest::newRow("warmer climate") << QStringLiteral("climate");
        QTest::newRow("lower supply temperature") << QStringLiteral("supply");
        QTest::newRow("larger dry-cooler approach") << QStringLiteral("approach");
    }
    void monotonicity()
    {
        QFETCH(QString, knob);
        double previous = 0, first = 0;
        for (int step = 0; step < 8; ++step) {
            Toy toy = makeToy(10, 0.85);
            addPowerChain(toy.scenario());
            CoolingSystem &cs = toy.scenario().coolingSystems[0];
            double mean = knob == QLatin1String("supply") ? 20.0 : 5.0;
            if (knob == QLatin1String("climate"))
                mean += 3.0 * step;
            else if (knob == QLatin1String("supply"))
                cs.supplyC = 40.0 - 3.0 * step;
            else
                cs.dryCoolerApproachK = 2.0 + 2.0 * step;
            const double pue =
                evaluate(toy.project, toy.scenario(), sineClimate(mean, 15.0)).stages[0].annual.pue;
            QVERIFY2(pue >= previous - 1e-12,
                     qPrintable(QStringLiteral("step %1: PUE %2 < %3").arg(step).arg(pue).arg(previous)));
            if (step == 0)
                first = pue;
            previous = pue;
        }
        QVERIFY2(previous > first + 1e-4, "the knob should matter over its range");
    }
};

QTEST_GUILESS_MAIN(TestEngineCooling)
#include "tst_enginecooling.moc"
