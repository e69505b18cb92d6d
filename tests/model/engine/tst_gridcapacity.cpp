// One source for a stage's grid capacity (issue 11): the stage's own "grid capacity added" when set,
// else its grid-connection nodes (rating × power factor); capex and headroom follow it, and a
// contract the connections cannot carry is a Problem.
#include "model/engine.h"
#include "model/gridcapacity.h"
#include "model/power/nodedefaults.h"
#include "model/validation.h"
#include "tests/model/engine/toyproject.h"

#include <QTest>

using namespace fjord;

namespace {

PowerNode gridNode(Id id, double va, Id stageId)
{
    PowerNode n = defaultPowerNode(PowerNodeKind::GridConnection);
    n.id = id;
    n.name = QStringLiteral("Grid %1").arg(id);
    n.ratingVa = va;
    n.powerFactor = 0.95;
    n.stageId = stageId;
    return n;
}

bool hasCode(const QList<Problem> &problems, const QString &code)
{
    for (const Problem &p : problems)
        if (p.code == code)
            return true;
    return false;
}

} // namespace

class TestGridCapacity : public QObject {
    Q_OBJECT
private slots:
    void gridNodeGivesCapacityCapexAndHeadroomWhenStageHasNone();
    void stageFigureWinsWhenSet();
    void contractAboveConnectionsIsAProblem();
    void nodeDefaultsByKind();
};

void TestGridCapacity::gridNodeGivesCapacityCapexAndHeadroomWhenStageHasNone()
{
    test::Toy toy = test::makeToy(10);
    toy.project.costs.gridPerVa = 0.03;
    Scenario &s = toy.scenario();
    QCOMPARE(s.stages[0].gridCapacityAddedW, 0.0);
    const Results without = evaluate(toy.project, s, test::constantClimate(5));
    QCOMPARE(without.stages[0].gridCapacityW, 0.0);
    QCOMPARE(without.stages[0].capex.grid, 0.0);

    s.powerNodes.append(gridNode(900, 5e6, NoId)); // no stage: the first stage builds it
    const double expectedW = 5e6 * 0.95;
    QCOMPARE(gridConnectionsAddedW(s, 0), expectedW);
    const Results with = evaluate(toy.project, s, test::constantClimate(5));
    QCOMPARE(with.stages[0].gridCapacityW, expectedW);
    QCOMPARE(with.stages[0].capex.grid, 0.03 * expectedW);
    QVERIFY(with.stages[0].facilityPeakW < with.stages[0].gridCapacityW); // 1 MW IT under 4.75 MW
    QVERIFY(!hasCode(validate(toy.project, s), QStringLiteral("grid.connection_short")));
}

void TestGridCapacity::stageFigureWinsWhenSet()
{
    test::Toy toy = test::makeToy(10);
    Scenario &s = toy.scenario();
    s.powerNodes.append(gridNode(900, 5e6, s.stages[0].id));
    s.stages[0].gridCapacityAddedW = 3e6; // contracted below the connection's rating
    const Results r = evaluate(toy.project, s, test::constantClimate(5));
    QCOMPARE(r.stages[0].gridCapacityW, 3e6);
    QVERIFY(!hasCode(validate(toy.project, s), QStringLiteral("grid.connection_short")));
}

void TestGridCapacity::contractAboveConnectionsIsAProblem()
{
    test::Toy toy = test::makeToy(10);
    Scenario &s = toy.scenario();
    s.stages[0].gridCapacityAddedW = 8e6;
    // Without any grid connection drawn, the chain is simply not there yet: no finding.
    QVERIFY(gridCapacityProblems(s).isEmpty());
    s.powerNodes.append(gridNode(900, 5e6, s.stages[0].id));
    const QList<Problem> problems = gridCapacityProblems(s);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems[0].severity, Severity::Warning);
    QCOMPARE(problems[0].objectId, s.stages[0].id);
    QVERIFY2(problems[0].message.contains(u"8.0 MW") && problems[0].message.contains(u"4.8 MW"),
             qPrintable(problems[0].message));
    QVERIFY(hasCode(validate(toy.project, s), QStringLiteral("grid.connection_short")));
}

void TestGridCapacity::nodeDefaultsByKind()
{
    const PowerNode grid = defaultPowerNode(PowerNodeKind::GridConnection);
    QCOMPARE(grid.voltageV, 22e3);
    QCOMPARE(grid.apparentRatingVa(), 10e6);
    const PowerNode tx = defaultPowerNode(PowerNodeKind::Transformer);
    QCOMPARE(tx.voltageV, 400.0); // steps down: never the parent's 22 kV
    QCOMPARE(tx.apparentRatingVa(), 10e6);
    const PowerNode busway = defaultPowerNode(PowerNodeKind::Busway);
    QCOMPARE(busway.ratingBasis, RatingBasis::Current);
    QCOMPARE(busway.ratingA, 5000.0);
    QCOMPARE(busway.voltageV, 400.0);
    for (PowerNodeKind k : {PowerNodeKind::GridConnection, PowerNodeKind::Transformer, PowerNodeKind::Ups,
                            PowerNodeKind::Switchboard, PowerNodeKind::Busway, PowerNodeKind::Pdu})
        QVERIFY2(defaultPowerNode(k).apparentRatingVa() > 0, qPrintable(kindName(k))); // never 0 kVA
    QCOMPARE(childKindOf(nullptr), PowerNodeKind::GridConnection);
    QCOMPARE(childKindOf(&grid), PowerNodeKind::Transformer);
    QCOMPARE(childKindOf(&busway), PowerNodeKind::Pdu);
}

QTEST_APPLESS_MAIN(TestGridCapacity)
#include "tst_gridcapacity.moc"
