// The engine reuses per-thread arrays between evaluations: results must not depend on what was
// evaluated before on the same thread, nor on whether hourly series are kept.

#include "model/engine.h"
#include "toyproject.h"

#include <QTest>

#include <thread>

using namespace fjord;
using namespace fjord::test;

namespace {

// A rich project: two cooling systems (one adiabatic), an inference profile, PPAs of every kind,
// a heat offtake, UPS and transformer nodes, two stages.
Toy richProject()
{
    Toy toy = makeToy(30, 0.85);
    Scenario &s = toy.scenario();
    CoolingSystem warm;
    warm.id = 30;
    warm.name = QStringLiteral("W40 adiabatic");
    warm.supplyC = 40;
    warm.adiabatic = true;
    s.coolingSystems.append(warm);
    Hall h2 = s.halls[0];
    h2.id = 31;
    h2.coolingSystemId = 30;
    s.halls.append(h2);
    Stage second;
    second.id = 60;
    second.name = QStringLiteral("Stage 2");
    second.energisation = QDate(2028, 4, 1);
    second.rampUpMonths = 9;
    s.stages.append(second);
    Id next = 800;
    addRacks(s, 1, 60, 20, next);
    for (int i = 30; i < 50; ++i)
        s.racks[i].hallId = 31;
    LoadProfile inference;
    inference.id = 90;
    inference.kind = LoadProfileKind::Inference;
    inference.baseUtilisation = 0.7;
    inference.amplitude = 0.4;
    s.loadProfiles.append(inference);
    s.supply.grid = {QStringLiteral("grid"), 0.5, 0.2, 0.4, 55.0};
    s.supply.ppas.append({70, QStringLiteral("hydro"), PpaTechnology::Hydro, 2, 1e6, 0, 30});
    s.supply.ppas.append({71, QStringLiteral("wind"), PpaTechnology::Wind, 60, 3e6, 0, 40});
    s.supply.ppas.append({72, QStringLiteral("solar"), PpaTechnology::Solar, 60, 0, 5000, 45});
    HeatOfftake dh;
    dh.id = 75;
    dh.stageId = 2;
    dh.capacityW = 1e6;
    dh.minSupplyC = 45;
    s.heatOfftakes.append(dh);
    PowerNode ups;
    ups.id = 22;
    ups.kind = PowerNodeKind::Ups;
    ups.ratingVa = 6e6;
    ups.losses = {0.01, 0.015, 0.01};
    s.powerNodes.append(ups);
    return toy;
}

Climate variedClimate()
{
    Climate c = sineClimate(10, 15);
    for (int h = 0; h < HoursPerYear; ++h) {
        c.windSpeedMPerS[h] = (h * 7) % 20;
        c.ghiWhPerM2[h] = (h % 24 > 8 && h % 24 < 16) ? 400 : 0;
    }
    return c;
}

void compareStages(const Results &a, const Results &b)
{
    QCOMPARE(a.stages.size(), b.stages.size());
    for (int i = 0; i < a.stages.size(); ++i) {
        const AnnualKpis &x = a.stages[i].annual, &y = b.stages[i].annual;
        QCOMPARE(x.facilityEnergyMWh, y.facilityEnergyMWh);
        QCOMPARE(x.pue, y.pue);
        QCOMPARE(x.waterM3, y.waterM3);
        QCOMPARE(x.heatReusedMWh, y.heatReusedMWh);
        QCOMPARE(x.ppaUsedMWh, y.ppaUsedMWh);
        QCOMPARE(x.cfeHourly, y.cfeHourly);
        QCOMPARE(x.energyCost, y.energyCost);
        QCOMPARE(x.freeCoolingHours, y.freeCoolingHours);
        QCOMPARE(a.stages[i].facilityPeakW, b.stages[i].facilityPeakW);
        QCOMPARE(a.stages[i].cooling.size(), b.stages[i].cooling.size());
    }
    QCOMPARE(a.finance.presentValue, b.finance.presentValue);
}

} // namespace

class TestEngineReuse : public QObject {
    Q_OBJECT

private slots:
    void resultsDoNotDependOnEarlierEvaluations()
    {
        Toy rich = richProject();
        Toy plain = makeToy(5, 1.0);
        const Climate climate = variedClimate();

        Results fresh; // on a new thread: its per-thread arrays are empty
        std::thread([&] { fresh = evaluate(plain.project, plain.scenario(), climate); }).join();
        evaluate(rich.project, rich.scenario(), climate);
        const Results after = evaluate(plain.project, plain.scenario(), climate);
        compareStages(after, fresh);
        QCOMPARE(after.stages[0].hourly.facilityW, fresh.stages[0].hourly.facilityW);
        QCOMPARE(after.stages[0].hourly.heatReusedW, fresh.stages[0].hourly.heatReusedW);

        Results richFresh;
        std::thread([&] { richFresh = evaluate(rich.project, rich.scenario(), climate); }).join();
        const Results richAgain = evaluate(rich.project, rich.scenario(), climate);
        compareStages(richAgain, richFresh);
        QCOMPARE(richAgain.stages[1].hourly.ppaSupplyW, richFresh.stages[1].hourly.ppaSupplyW);
        QVERIFY(richAgain.stages[1].annual.waterM3 > 0);
        QVERIFY(richAgain.stages[1].annual.ppaUsedMWh > 0);
    }

    void keepingHourlySeriesChangesNoFigure()
    {
        Toy rich = richProject();
        EvaluateOptions lean;
        lean.keepHourly = false;
        const Results a = evaluate(rich.project, rich.scenario(), variedClimate());
        const Results b = evaluate(rich.project, rich.scenario(), variedClimate(), lean);
        compareStages(a, b);
        QVERIFY(b.stages[0].hourly.facilityW.isEmpty());
    }

    void concurrentEvaluations()
    {
        // Evaluations on several threads at once (the GUI may evaluate off the main thread).
        Toy rich = richProject();
        const Climate climate = variedClimate();
        const Results reference = evaluate(rich.project, rich.scenario(), climate);
        std::vector<Results> results(4);
        std::vector<std::thread> threads;
        for (int i = 0; i < 4; ++i)
            threads.emplace_back([&, i] {
                for (int k = 0; k < 3; ++k)
                    results[i] = evaluate(rich.project, rich.scenario(), climate);
            });
        for (auto &t : threads)
            t.join();
        for (const auto &r : results)
            compareStages(r, reference);
    }
};

QTEST_GUILESS_MAIN(TestEngineReuse)
#include "tst_enginereuse.moc"
