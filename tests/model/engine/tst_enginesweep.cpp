// The sweep API (model/engine/sweep.h): variants evaluated on a thread pool come back in order and
// identical, bit for bit, to evaluating each variant alone, whatever the thread count.

#include "model/engine/sweep.h"
#include "toyproject.h"

#include <QTest>

using namespace fjord;
using namespace fjord::test;

namespace {

constexpr int Variants = 24;

double supplyOf(int i)
{
    return 20.0 + i; // 20 … 43 °C
}

void setSupply(int i, Project &p)
{
    p.scenarios.front().coolingSystems[0].supplyC = supplyOf(i);
}

} // namespace

class TestEngineSweep : public QObject {
    Q_OBJECT

private slots:
    void sameResultsWhateverTheThreadCount()
    {
        Toy toy = makeToy(10, 0.85);
        const Climate climate = sineClimate(8.0, 14.0);
        const Id scenario = toy.scenario().id;
        SweepOptions options;
        options.evaluate.keepHourly = true;
        options.threads = 1;
        const QList<Results> one =
            evaluateSweep(toy.project, scenario, climate, Variants, setSupply, options);
        QCOMPARE(one.size(), Variants);
        for (int threads : {2, 3, 8}) {
            options.threads = threads;
            const QList<Results> many =
                evaluateSweep(toy.project, scenario, climate, Variants, setSupply, options);
            QCOMPARE(many.size(), Variants);
            for (int i = 0; i < Variants; ++i) {
                const StageResult &a = one[i].stages[0], &b = many[i].stages[0];
                QCOMPARE(b.annual.pue, a.annual.pue); // exact: no tolerance
                QCOMPARE(b.hourly.facilityW, a.hourly.facilityW);
            }
        }
        // In order: variant i is the project with supply temperature supplyOf(i), evaluated alone.
        for (int i : {0, 7, Variants - 1}) {
            Project alone = toy.project;
            setSupply(i, alone);
            const Results r = evaluate(alone, alone.scenarios.front(), climate);
            QCOMPARE(one[i].stages[0].annual.pue, r.stages[0].annual.pue);
        }
        // The supply temperature matters, so the order check above is not vacuous.
        QVERIFY(one.front().stages[0].annual.pue != one.back().stages[0].annual.pue);
    }

    void unknownScenarioIsReportedPerVariant()
    {
        Toy toy = makeToy();
        const QList<Results> r = evaluateSweep(toy.project, 9999, constantClimate(5), 3, {}, {});
        QCOMPARE(r.size(), 3);
        for (const Results &x : r) {
            QVERIFY(x.stages.isEmpty());
            QCOMPARE(x.problems.size(), 1);
            QCOMPARE(x.problems[0].code, QStringLiteral("engine.scenario"));
        }
        QCOMPARE(sweepThreadCount(4, 2), 2); // never more threads than variants
        QVERIFY(sweepThreadCount(0, 100) >= 1);
    }
};

QTEST_GUILESS_MAIN(TestEngineSweep)
#include "tst_enginesweep.moc"
