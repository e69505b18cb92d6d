// autoBalance: greedy largest-first phase assignment of single-phase feeds.

#include "model/power/autobalance.h"
#include "model/power/poweranalysis.h"
#include "powerfixture.h"

#include <QtTest>

using namespace fjord;
using fjord::test::loadingOf;
using fjord::test::PowerFixture;

Q_DECLARE_METATYPE(QList<double>)

class TestAutoBalance : public QObject {
    Q_OBJECT
private slots:
    void lowersImbalance_data();
    void lowersImbalance();
    void leavesOtherFeedsAlone();
    void neverExceedsARating();
    void racksFedBySubtree();
};

namespace {

// Applies the changes the way the document command does.
void apply(Scenario &s, const AutoBalanceResult &r)
{
    for (const FeedChange &c : r.changes)
        s.rack(c.rackId)->feeds[c.feedIndex] = c.after;
}

} // namespace

void TestAutoBalance::lowersImbalance_data()
{
    QTest::addColumn<QList<double>>("watts"); // single-phase racks, PF 1, all on L1 at first
    QTest::addColumn<double>("before");       // imbalance %, worked out by hand
    QTest::addColumn<double>("after");
    // Six 2.3 kW racks on L1: 13.8/0/0 kVA -> 200 %; two per phase -> 0 %.
    QTest::newRow("six equal racks") << QList<double>{2300, 2300, 2300, 2300, 2300, 2300} << 200.0 << 0.0;
    // 5, 4, 3, 3, 3 kW: LPT gives 5 / 4+3 / 3+3 = 5/7/6 kVA: mean 6, worst 1 -> 16.67 %
    // (the best split possible: 18 kVA cannot be cut into three 6s).
    QTest::newRow("five mixed racks") << QList<double>{5000, 4000, 3000, 3000, 3000} << 200.0 << 100.0 / 6.0;
    // 4, 2, 2, 2, 2 kW: 4 / 2+2 / 2+2 -> perfect.
    QTest::newRow("one big rack") << QList<double>{4000, 2000, 2000, 2000, 2000} << 200.0 << 0.0;
}

void TestAutoBalance::lowersImbalance()
{
    QFETCH(QList<double>, watts);
    QFETCH(double, before);
    QFETCH(double, after);
    PowerFixture f;
    const Id bus = f.addCurrentNode(QStringLiteral("BW-1"), NoId, 100, 230, VoltageReference::LineToNeutral);
    QList<Id> racks;
    for (double w : watts)
        racks.append(f.addRack(f.addType(w, 1.0, false), {RackFeed{bus, Phase::L1}}));

    const AutoBalanceResult r = autoBalance(f.project, *f.scenario, racks);
    QCOMPARE(r.nodeIds, QList<Id>{bus});
    QVERIFY(std::abs(r.imbalanceBeforePct - before) < 1e-9);
    QVERIFY2(std::abs(r.imbalanceAfterPct - after) < 1e-9, qPrintable(QString::number(r.imbalanceAfterPct)));
    QVERIFY(r.imbalanceAfterPct < r.imbalanceBeforePct);
    // The analysis of the applied result agrees.
    apply(*f.scenario, r);
    QList<Problem> problems;
    const auto loadings = analysePower(f.project, *f.scenario, 0, problems);
    QVERIFY(std::abs(loadingOf(loadings, bus)->imbalancePct - after) < 1e-9);
    for (const FeedChange &c : r.changes)
        QVERIFY(c.after.phase != Phase::ThreePhase && c.after.nodeId == bus);
}

void TestAutoBalance::leavesOtherFeedsAlone()
{
    PowerFixture f;
    const Id bus = f.addCurrentNode(QStringLiteral("BW-1"), NoId, 100, 230, VoltageReference::LineToNeutral);
    const Id single = f.addType(2300, 1.0, false);
    const Id three = f.addRack(f.addType(6900, 1.0), {RackFeed{bus, Phase::ThreePhase}});
    const Id outside = f.addRack(single, {RackFeed{bus, Phase::L1}}); // not selected: stays on L1
    const Id a = f.addRack(single, {RackFeed{bus, Phase::L1}});
    const Id b = f.addRack(single, {RackFeed{bus, Phase::L1}});
    // Fixed: 10/10/10 A three-phase + 10 A on L1 -> a and b go to L2 and L3.
    const AutoBalanceResult r = autoBalance(f.project, *f.scenario, {a, b});
    QCOMPARE(r.changes.size(), 2);
    QCOMPARE(r.changes[0].rackId, a);
    QCOMPARE(r.changes[0].after.phase, Phase::L2);
    QCOMPARE(r.changes[1].rackId, b);
    QCOMPARE(r.changes[1].after.phase, Phase::L3);
    QCOMPARE(r.imbalanceAfterPct, 0.0);
    // Before: 10/10/10 A plus three 10 A racks on L1 = 40/10/10 A: mean 20, worst 20 -> 100 %.
    QVERIFY(std::abs(r.imbalanceBeforePct - 100.0) < 1e-9);
    for (const FeedChange &c : r.changes)
        QVERIFY(c.rackId != three && c.rackId != outside);
}

void TestAutoBalance::neverExceedsARating()
{
    // 5, 5, 4, 4, 3, 3, 3 kVA split perfectly as 5+4 / 5+4 / 3+3+3 = 9/9/9 on phases rated
    // 9 kVA each (27 kVA). Largest-first would give 11 on one phase: the balancer must keep
    // the old split rather than overload a phase.
    PowerFixture f;
    PowerNode &n = f.node(f.addNode(QStringLiteral("PDU-1"), PowerNodeKind::Pdu, NoId, 27.0));
    n.voltageV = 230;
    n.voltageReference = VoltageReference::LineToNeutral;
    const Id bus = n.id;
    const QList<std::pair<double, Phase>> racks = {{5000, Phase::L1}, {4000, Phase::L1}, {5000, Phase::L2},
                                                   {4000, Phase::L2}, {3000, Phase::L3}, {3000, Phase::L3},
                                                   {3000, Phase::L3}};
    QList<Id> ids;
    for (const auto &[w, phase] : racks)
        ids.append(f.addRack(f.addType(w, 1.0, false), {RackFeed{bus, phase}}));
    const AutoBalanceResult r = autoBalance(f.project, *f.scenario, ids);
    QVERIFY(r.changes.isEmpty());
    QCOMPARE(r.imbalanceAfterPct, r.imbalanceBeforePct);
    QCOMPARE(r.notes.size(), 1);
    QVERIFY(r.notes[0].contains(QStringLiteral("PDU-1")));
}

void TestAutoBalance::racksFedBySubtree()
{
    PowerFixture f;
    const Id swb = f.addNode(QStringLiteral("SWB"), PowerNodeKind::Switchboard, NoId, 100);
    const Id b1 = f.addNode(QStringLiteral("BW-1"), PowerNodeKind::Busway, swb, 100);
    const Id b2 = f.addNode(QStringLiteral("BW-2"), PowerNodeKind::Busway, NoId, 100);
    const Id type = f.addType(1000, 1.0);
    const Id r1 = f.addRack(type, {RackFeed{b1, Phase::L1}});
    f.addRack(type, {RackFeed{b2, Phase::L1}});
    QCOMPARE(racksFedBy(*f.scenario, swb), QList<Id>{r1});
    QCOMPARE(racksFedBy(*f.scenario, b1), QList<Id>{r1});
}

QTEST_APPLESS_MAIN(TestAutoBalance)
#include "tst_autobalance.moc"
