// Parameter sweeps (model/engine/parametersweep.h, METHOD v2 §9): parsing, the grid's order, and
// results that follow the parameter and do not depend on threads or on how the grid is split.

#include "model/engine/parametersweep.h"
#include "model/uncertainty.h"
#include "toyproject.h"

#include <QTest>

using namespace fjord;
using namespace fjord::test;

namespace {

const QString Price = QStringLiteral("grid.price_per_mwh");
const QString Supply = QStringLiteral("cooling.supply_c:3"); // the toy's cooling system

Toy sweepToy()
{
    Toy toy = makeToy(4, 0.85);
    toy.project.site.climate = sineClimate(6.0, 12.0);
    return toy;
}

SweepParameter parsed(const QString &text)
{
    QString error;
    const std::optional<SweepParameter> p = parseSweepParameter(text, &error);
    if (!p)
        qFatal("%s", qPrintable(error));
    return *p;
}

} // namespace

class TestParameterSweep : public QObject {
    Q_OBJECT

private slots:
    void parsesRangesAndSingleValues()
    {
        const SweepParameter range = parsed(QStringLiteral("grid.price_per_mwh=20:80:30"));
        QCOMPARE(range.key, Price);
        QCOMPARE(sweepValues(range), (QList<double>{20, 50, 80}));
        QCOMPARE(sweepValues(parsed(QStringLiteral("x=5"))), QList<double>{5});
        // 0.1 steps reach the end even though 0.1 has no exact binary form.
        QCOMPARE(sweepValues(parsed(QStringLiteral("x=0:1:0.1"))).size(), 11);
        QCOMPARE(sweepValues(parsed(QStringLiteral("x=0:1:0.1"))).last(), 0.0 + 10 * 0.1);
        // An end off the grid is not reached.
        QCOMPARE(sweepValues(parsed(QStringLiteral("x=0:10:4"))), (QList<double>{0, 4, 8}));

        for (const char *bad :
             {"x", "=1:2:1", "x=1:2", "x=a:2:1", "x=1:2:0", "x=3:1:1", "x=1:2:-1", "x=1:inf:1"}) {
            QString error;
            QVERIFY2(!parseSweepParameter(QLatin1String(bad), &error), bad);
            QVERIFY2(error.contains(QLatin1String(bad)), qPrintable(error)); // names what it refused
        }
    }

    void theFirstParameterVariesSlowest()
    {
        const SweepGrid grid({parsed(QStringLiteral("a=1:2:1")), parsed(QStringLiteral("b=10:30:10"))});
        QCOMPARE(grid.variantCount(), 6);
        QCOMPARE(grid.valuesOf(0), (QList<double>{1, 10}));
        QCOMPARE(grid.valuesOf(1), (QList<double>{1, 20}));
        QCOMPARE(grid.valuesOf(3), (QList<double>{2, 10}));
        QCOMPARE(grid.valuesOf(5), (QList<double>{2, 30}));
    }

    void refusesUnknownParametersAndHugeGrids()
    {
        const Toy toy = sweepToy();
        const Id scenario = toy.project.scenarios.front().id;
        QVERIFY(sweepGridError(toy.project, scenario, SweepGrid({parsed(Price + QStringLiteral("=1:2:1"))}))
                    .isEmpty());
        QVERIFY(sweepGridError(toy.project, scenario, SweepGrid({parsed(QStringLiteral("no.such=1:2:1"))}))
                    .contains(QLatin1String("no.such")));
        QVERIFY(sweepGridError(toy.project, scenario,
                               SweepGrid({parsed(QStringLiteral("cooling.supply_c:999=20:30:1"))}))
                    .contains(QLatin1String("999")));
        const SweepGrid huge({parsed(Price + QStringLiteral("=0:100000:0.01"))});
        QVERIFY(sweepGridError(toy.project, scenario, huge).contains(QLatin1String("more than")));
        QVERIFY(!sweepGridError(toy.project, scenario, SweepGrid({})).isEmpty());
    }

    void npvFallsAsTheEnergyPriceRises()
    {
        const Toy toy = sweepToy();
        const SweepGrid grid({parsed(Price + QStringLiteral("=10:130:40"))});
        const QList<SweepRow> rows =
            runParameterSweep(toy.project, toy.project.scenarios.front().id, toy.project.site.climate, grid);
        QCOMPARE(rows.size(), 4);
        for (int i = 0; i < rows.size(); ++i) {
            QCOMPARE(rows.at(i).variant, i);
            QCOMPARE(rows.at(i).values, QList<double>{10.0 + 40 * i});
            QCOMPARE(rows.at(i).errors, 0);
        }
        for (int i = 1; i < rows.size(); ++i)
            QVERIFY(rows.at(i).outputs.npv < rows.at(i - 1).outputs.npv);

        // Each row is the evaluation of the project with that value set, nothing else changed.
        Project at50 = toy.project;
        QCOMPARE(applyParameter(at50, at50.scenarios.front().id, Price, 50.0), QString());
        EvaluateOptions noHourly;
        noHourly.keepHourly = false;
        const RiskOutputs direct =
            riskOutputs(evaluate(at50, at50.scenarios.front(), at50.site.climate, noHourly));
        QCOMPARE(rows.at(1).outputs, direct);
    }

    void sameRowsWhateverTheThreadsOrSplit()
    {
        const Toy toy = sweepToy();
        const Id scenario = toy.project.scenarios.front().id;
        const SweepGrid grid(
            {parsed(Supply + QStringLiteral("=28:36:4")), parsed(Price + QStringLiteral("=20:60:20"))});
        ParameterSweepOptions one;
        one.threads = 1;
        const QList<SweepRow> single =
            runParameterSweep(toy.project, scenario, toy.project.site.climate, grid, one);
        QCOMPARE(single.size(), 9);
        ParameterSweepOptions two;
        two.threads = 2;
        const QList<SweepRow> parallel =
            runParameterSweep(toy.project, scenario, toy.project.site.climate, grid, two);
        ParameterSweepOptions head, tail;
        head.variantCount = 4;
        tail.firstVariant = 4;
        const QList<SweepRow> split =
            runParameterSweep(toy.project, scenario, toy.project.site.climate, grid, head) +
            runParameterSweep(toy.project, scenario, toy.project.site.climate, grid, tail);
        for (int i = 0; i < single.size(); ++i) {
            QCOMPARE(parallel.at(i).variant, single.at(i).variant);
            QCOMPARE(parallel.at(i).outputs, single.at(i).outputs);
            QCOMPARE(split.at(i).variant, single.at(i).variant);
            QCOMPARE(split.at(i).values, single.at(i).values);
            QCOMPARE(split.at(i).outputs, single.at(i).outputs);
        }
        // Each parameter reaches its own part of the model: the price leaves the PUE alone, the
        // supply temperature changes it.
        QCOMPARE(single.at(1).outputs.pue, single.at(0).outputs.pue);
        QVERIFY(single.at(1).outputs.npv != single.at(0).outputs.npv);
        QVERIFY(single.at(6).outputs.pue != single.at(0).outputs.pue);
    }
};

QTEST_GUILESS_MAIN(TestParameterSweep)
#include "tst_parametersweep.moc"
