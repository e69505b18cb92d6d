// The layout diff of two scenarios: every class on a small hand-made case, matched by id and by name.
#include "model/layoutdiff.h"

#include <QTest>

using namespace fjord;

namespace {

Rack rack(Id id, const QString &name, Id hall, Id type, double x, Id feedA, Id feedB)
{
    Rack r;
    r.id = id;
    r.name = name;
    r.hallId = hall;
    r.rackTypeId = type;
    r.xM = x;
    r.yM = 5;
    r.feeds = {{feedA, Phase::ThreePhase}, {feedB, Phase::ThreePhase}};
    return r;
}

PowerNode busway(Id id, const QString &name)
{
    PowerNode n;
    n.id = id;
    n.name = name;
    n.kind = PowerNodeKind::Busway;
    return n;
}

// A: hall H1 (id 10), busways BW-A (20), BW-B (21), BW-C (22); racks of type 1 at x = 1, 2, 3 …
Scenario scenarioA()
{
    Scenario s;
    s.id = 1;
    Hall h;
    h.id = 10;
    h.name = QStringLiteral("H1");
    s.halls = {h};
    s.powerNodes = {busway(20, QStringLiteral("BW-A")), busway(21, QStringLiteral("BW-B")),
                    busway(22, QStringLiteral("BW-C"))};
    for (int i = 0; i < 6; ++i)
        s.racks.append(rack(100 + i, QStringLiteral("R%1").arg(i), 10, 1, 1.0 + i, 20, 21));
    return s;
}

} // namespace

class TestLayoutDiff : public QObject {
    Q_OBJECT
private slots:
    void sameScenarioIsUnchanged()
    {
        const Scenario a = scenarioA();
        const LayoutDiff d = diffLayouts(a, a);
        QCOMPARE(d.count(RackDiffClass::Unchanged), int(a.racks.size()));
        QCOMPARE(d.changed(), 0);
    }

    // B keeps R0 by id, R1..R4 only by name (fresh ids as in a duplicated scenario) with one change each,
    // drops R5 and adds R9.
    void everyClassByIdAndName()
    {
        const Scenario a = scenarioA();
        Scenario b = a;
        b.id = 2;
        // fresh ids for the hall and the busways, same names: not a difference by itself
        b.halls[0].id = 11;
        for (PowerNode &n : b.powerNodes)
            n.id += 100;
        for (Rack &r : b.racks) {
            r.hallId = 11;
            for (RackFeed &f : r.feeds)
                f.nodeId += 100;
            if (r.name != QLatin1String("R0"))
                r.id += 1000;
        }
        b.racks[1].xM += 0.6;                                                // R1 moved
        b.racks[2].rackTypeId = 2;                                           // R2 retyped
        b.racks[3].feeds[1].nodeId = 122;                                    // R3 re-fed (BW-B -> BW-C)
        b.racks[4].rotationDeg = 180;                                        // R4 turned: moved
        b.racks.removeLast();                                                // R5 removed
        b.racks.append(rack(900, QStringLiteral("R9"), 11, 1, 9, 120, 121)); // R9 added

        const LayoutDiff d = diffLayouts(a, b);
        QCOMPARE(d.count(RackDiffClass::Unchanged), 1);
        QCOMPARE(d.count(RackDiffClass::Moved), 2);
        QCOMPARE(d.count(RackDiffClass::Retyped), 1);
        QCOMPARE(d.count(RackDiffClass::Refed), 1);
        QCOMPARE(d.count(RackDiffClass::Removed), 1);
        QCOMPARE(d.count(RackDiffClass::Added), 1);
        QCOMPARE(int(d.racks.size()), 7);
        // per rack, on both sides
        QCOMPARE(d.classInA.value(100), RackDiffClass::Unchanged);
        QCOMPARE(d.classInB.value(100), RackDiffClass::Unchanged); // matched by id
        QCOMPARE(d.classInA.value(101), RackDiffClass::Moved);
        QCOMPARE(d.classInB.value(1101), RackDiffClass::Moved); // matched by name
        QCOMPARE(d.classInB.value(1102), RackDiffClass::Retyped);
        QCOMPARE(d.classInB.value(1103), RackDiffClass::Refed);
        QCOMPARE(d.classInB.value(1104), RackDiffClass::Moved);
        QCOMPARE(d.classInA.value(105), RackDiffClass::Removed);
        QVERIFY(!d.classInB.contains(105));
        QCOMPARE(d.classInB.value(900), RackDiffClass::Added);
        QVERIFY(!d.classInA.contains(900));
    }

    // An id match wins over a name match: a rack renamed in B is still the same rack.
    void idBeforeName()
    {
        const Scenario a = scenarioA();
        Scenario b = a;
        b.racks[0].name = QStringLiteral("R0 renamed");
        const LayoutDiff d = diffLayouts(a, b);
        QCOMPARE(d.count(RackDiffClass::Unchanged), int(a.racks.size()));
        QCOMPARE(d.racks.first().name, QStringLiteral("R0 renamed"));
    }

    // A new type and a new place at once: retyped comes first.
    void retypedBeforeMoved()
    {
        const Scenario a = scenarioA();
        Scenario b = a;
        b.racks[0].rackTypeId = 2;
        b.racks[0].xM += 5;
        const LayoutDiff d = diffLayouts(a, b);
        QCOMPARE(d.classInB.value(100), RackDiffClass::Retyped);
        QCOMPARE(d.count(RackDiffClass::Moved), 0);
    }
};

QTEST_GUILESS_MAIN(TestLayoutDiff)
#include "tst_layoutdiff.moc"
