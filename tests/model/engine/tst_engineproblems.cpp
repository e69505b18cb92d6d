// Problems the engine reports (grid capacity, dry-cooler capacity, ASHRAE air inlet, unusable climate)
// and that it never crashes on bad input.

#include "model/engine.h"
#include "toyproject.h"

#include <QTest>

using namespace fjord;
using namespace fjord::test;

namespace {

const Problem *find(const Results &r, const QString &code)
{
    for (const auto &p : r.problems)
        if (p.code == code)
            return &p;
    return nullptr;
}

} // namespace

class TestEngineProblems : public QObject {
    Q_OBJECT

private slots:
    void gridCapacityExceeded_data()
    {
        QTest::addColumn<double>("gridW");
        QTest::addColumn<bool>("reported");
        QTest::newRow("0.5 MW for a ~0.9 MW peak") << 0.5e6 << true;
        QTest::newRow("2 MW") << 2e6 << false;
        QTest::newRow("not set (0): not checked") << 0.0 << false;
    }
    void gridCapacityExceeded()
    {
        QFETCH(double, gridW);
        QFETCH(bool, reported);
        Toy toy = makeToy();
        toy.scenario().stages[0].gridCapacityAddedW = gridW;
        const Results r = evaluate(toy.project, toy.scenario(), constantClimate(5));
        const Problem *p = find(r, QStringLiteral("power.grid_exceeded"));
        QCOMPARE(p != nullptr, reported);
        if (p) {
            QCOMPARE(p->severity, Severity::Error);
            QCOMPARE(p->objectId, Id(2));
            QVERIFY(p->message.contains(QStringLiteral("Stage 1")));
        }
    }

    void dryCoolerCapacity_data()
    {
        QTest::addColumn<double>("capacityW");
        QTest::addColumn<bool>("reported");
        // At the design ambient 32 °C with every rack at design power (1 MW, all liquid): T + 8 = 40 °C,
        // φ = 0.2; chiller (0.8 MW) / COP 0.5·303.15/14 = 10.83 → rejected 1.0739 MW.
        QTest::newRow("1.0 MW: too small") << 1.0e6 << true;
        QTest::newRow("1.08 MW: enough") << 1.08e6 << false;
        QTest::newRow("not given: not checked") << 0.0 << false;
    }
    void dryCoolerCapacity()
    {
        QFETCH(double, capacityW);
        QFETCH(bool, reported);
        Toy toy = makeToy(10, 1.0);
        toy.scenario().coolingSystems[0].dryCoolerCapacityW = capacityW;
        const Results r = evaluate(toy.project, toy.scenario(), constantClimate(5));
        QCOMPARE(find(r, QStringLiteral("cooling.capacity")) != nullptr, reported);
        const double expected = 1e6 + 0.8e6 / (0.5 * 303.15 / 14.0);
        QVERIFY(std::abs(r.stages[0].cooling[0].designHeatRejectionW - expected) < 1e-6);
    }

    void ashraeInlet_data()
    {
        QTest::addColumn<double>("airSupplyC");
        QTest::addColumn<double>("liquidFraction");
        QTest::addColumn<bool>("reported");
        QTest::newRow("20 °C") << 20.0 << 0.85 << false;
        QTest::newRow("30 °C") << 30.0 << 0.85 << true;
        QTest::newRow("15 °C") << 15.0 << 0.85 << true;
        QTest::newRow("30 °C but no air-cooled heat") << 30.0 << 1.0 << false;
    }
    void ashraeInlet()
    {
        QFETCH(double, airSupplyC);
        QFETCH(double, liquidFraction);
        QFETCH(bool, reported);
        Toy toy = makeToy(10, liquidFraction);
        toy.scenario().coolingSystems[0].airSupplyC = airSupplyC;
        Stage second;
        second.id = 60;
        second.name = QStringLiteral("Stage 2");
        second.energisation = QDate(2029, 1, 1);
        toy.scenario().stages.append(second);
        const Results r = evaluate(toy.project, toy.scenario(), constantClimate(5));
        QCOMPARE(find(r, QStringLiteral("cooling.ashrae")) != nullptr, reported);
        // Two stages see the same air side: the finding is listed once.
        QCOMPARE(std::count_if(r.problems.begin(), r.problems.end(),
                               [](const Problem &p) { return p.code == QLatin1String("cooling.ashrae"); }),
                 reported ? 1 : 0);
    }

    void unusableClimate_data()
    {
        QTest::addColumn<int>("hours");
        QTest::newRow("empty") << 0;
        QTest::newRow("100 hours") << 100;
        QTest::newRow("leap year not reduced") << 8784;
    }
    void unusableClimate()
    {
        QFETCH(int, hours);
        Toy toy = makeToy();
        toy.project.costs.buildingPerW = 1.0;
        Climate c = constantClimate(5);
        c.dryBulbC.resize(hours, 5.0);
        const Results r = evaluate(toy.project, toy.scenario(), c);
        const Problem *p = find(r, QStringLiteral("climate.missing"));
        QVERIFY(p);
        QCOMPARE(p->severity, Severity::Error);
        QVERIFY(p->message.contains(QStringLiteral("dry bulb has %1 hours").arg(hours)));
        // Capacities and capex are still there; energy figures stay at zero.
        QCOMPARE(r.stages.size(), 1);
        QCOMPARE(r.stages[0].itCapacityW, 1e6);
        QCOMPARE(r.stages[0].capex.building, 1e6);
        QCOMPARE(r.stages[0].annual.pue, 0.0);
        QVERIFY(r.stages[0].hourly.facilityW.isEmpty());
    }

    void nanInClimate()
    {
        Toy toy = makeToy();
        Climate c = constantClimate(5);
        c.windSpeedMPerS[77] = std::nan("");
        const Results r = evaluate(toy.project, toy.scenario(), c);
        QVERIFY(find(r, QStringLiteral("climate.missing")));
    }

    void badReferencesDoNotCrash()
    {
        Toy toy = makeToy(10);
        toy.scenario().racks[0].rackTypeId = 9999; // unknown type
        toy.scenario().racks[1].stageId = 8888;    // unknown stage
        toy.scenario().racks[2].hallId = 7777;     // unknown hall: default cooling
        const Results r = evaluate(toy.project, toy.scenario(), constantClimate(5));
        QCOMPARE(r.stages[0].racks, 8);
        const Problem *p = find(r, QStringLiteral("engine.rack_skipped"));
        QVERIFY(p);
        QVERIFY(p->message.startsWith(QStringLiteral("2 racks")));
        QCOMPARE(r.stages[0].cooling.size(), 2); // the hall's loop and the default one
    }

    void stageOutOfRange()
    {
        Toy toy = makeToy();
        EvaluateOptions o;
        o.onlyStage = 3;
        const Results r = evaluate(toy.project, toy.scenario(), constantClimate(5), o);
        QVERIFY(find(r, QStringLiteral("engine.stage")));
        QVERIFY(r.stages.isEmpty());
    }

    void emptyScenario()
    {
        Project p;
        Scenario s;
        const Results r = evaluate(p, s, constantClimate(5));
        QVERIFY(r.stages.isEmpty());
        QVERIFY(r.finance.years.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEngineProblems)
#include "tst_engineproblems.moc"
