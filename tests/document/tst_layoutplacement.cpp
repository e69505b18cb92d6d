// Typed geometry (issue 11): a rack's centre and rotation, a row's direction, a hall's corner,
// rotation and size, each one undo step; refusals name the object and the reason and change nothing.
#include "model/document/commands/layoutproperties.h"
#include "model/document/commands/layoutrowproperties.h"
#include "tests/document/layouttestproject.h"

#include <QTest>
#include <QUndoStack>

#include <cmath>

using namespace fjord;

class TestLayoutPlacement : public QObject {
    Q_OBJECT

    // H1 (20 × 10 m at (100, 50) m) with the 10-rack row R01 along x from (1, 2) m; the row's id.
    static Id withRow(ProjectDocument &doc)
    {
        push(doc, layout::addRow(doc.project(), doc.scenario(), row10()));
        return doc.scenario().rows.first().id;
    }
    // A second hall H2, 10 × 10 m at (130, 50) m: 10 m east of H1.
    static Id withSecondHall(ProjectDocument &doc)
    {
        Hall h;
        h.name = QStringLiteral("H2");
        h.xM = 130;
        h.yM = 50;
        h.widthM = 10;
        h.depthM = 10;
        push(doc, layout::addHall(doc.project(), doc.scenario(), h));
        return doc.scenario().halls.last().id;
    }
    static bool near(double a, double b) { return std::abs(a - b) < 1e-9; }

private slots:
    void rackPositionAndRotation()
    {
        ProjectDocument doc(testProject());
        withRow(doc);
        const Rack rack = doc.scenario().racks.first();
        const Project before = doc.project();
        layout::RackProperties p;
        p.xM = 5.0;
        p.yM = 6.0;
        QString error;
        push(doc, layout::setRackProperties(doc.project(), doc.scenario(), {rack.id}, p, &error));
        QCOMPARE(doc.scenario().rack(rack.id)->xM, 5.0);
        QCOMPARE(doc.scenario().rack(rack.id)->yM, 6.0);
        QCOMPARE(doc.undoStack()->count(), 2); // the row, then this one step
        layout::RackProperties turn;
        turn.rotationDeg = -90.0; // typed anticlockwise: stored as 270°
        push(doc, layout::setRackProperties(doc.project(), doc.scenario(), {rack.id}, turn, &error));
        QCOMPARE(doc.scenario().rack(rack.id)->rotationDeg, 270.0);
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QVERIFY(doc.project() == before);
    }

    void rackOutsideItsHallIsRefused()
    {
        ProjectDocument doc(testProject());
        withRow(doc);
        const Rack rack = doc.scenario().racks.first();
        const Project before = doc.project();
        QString error;
        layout::RackProperties p;
        p.xM = 19.8; // 0.6 m wide: its right side at 20.1 m, past the 20 m wall
        QVERIFY(layout::setRackProperties(doc.project(), doc.scenario(), {rack.id}, p, &error).isEmpty());
        QVERIFY2(error.contains(rack.name) && error.contains(QStringLiteral("outside hall H1")),
                 qPrintable(error));
        p.xM = 19.7; // exactly at the wall: inside
        QVERIFY(!layout::setRackProperties(doc.project(), doc.scenario(), {rack.id}, p, &error).isEmpty());
        // Turned by 90° at y = 0.5 m its 1.2 m depth lies along x: it fits; at 0° it would not.
        layout::RackProperties low;
        low.yM = 0.5;
        error.clear();
        QVERIFY(layout::setRackProperties(doc.project(), doc.scenario(), {rack.id}, low, &error).isEmpty());
        QVERIFY2(error.contains(rack.name), qPrintable(error));
        low.rotationDeg = 90.0;
        QVERIFY(!layout::setRackProperties(doc.project(), doc.scenario(), {rack.id}, low, &error).isEmpty());
        // A position places one rack.
        layout::RackProperties two;
        two.xM = 5.0;
        error.clear();
        QVERIFY(layout::setRackProperties(doc.project(), doc.scenario(),
                                          {rack.id, doc.scenario().racks[1].id}, two, &error)
                    .isEmpty());
        QVERIFY(!error.isEmpty());
        QVERIFY(doc.project() == before);
    }

    void rowDirectionTurnsItsRacksAboutTheStart()
    {
        ProjectDocument doc(testProject());
        const Id row = withRow(doc);
        const Project before = doc.project();
        layout::RowProperties p;
        p.rotationDeg = 90.0; // now running down (+y) from (1, 2) m: 6 m long, inside the 10 m depth
        QString error;
        push(doc, layout::setRowProperties(doc.project(), doc.scenario(), row, p, &error));
        QCOMPARE(doc.scenario().row(row)->rotationDeg, 90.0);
        QCOMPARE(doc.scenario().row(row)->xM, 1.0); // the start stays
        for (int i = 0; i < 10; ++i) {
            const Rack &r = doc.scenario().racks[i];
            const Rack &was = before.scenarios[0].racks[i];
            QVERIFY(near(r.xM, 1.0));
            QVERIFY(near(r.yM, 2.0 + 0.6 * (i + 0.5)));
            QVERIFY(near(r.rotationDeg, std::fmod(was.rotationDeg + 90.0, 360.0)));
        }
        doc.undoStack()->undo();
        QVERIFY(doc.project() == before);

        p.rotationDeg = 270.0; // up from y = 2 m: the racks would leave the hall
        QVERIFY(layout::setRowProperties(doc.project(), doc.scenario(), row, p, &error).isEmpty());
        QVERIFY2(error.contains(QStringLiteral("Row R01")) && error.contains(QStringLiteral("outside")),
                 qPrintable(error));
    }

    void hallPositionRotationAndOverlap()
    {
        ProjectDocument doc(testProject());
        withRow(doc);
        const Id h2 = withSecondHall(doc);
        const Project before = doc.project();
        QString error;

        layout::HallProperties onto;
        onto.xM = 115.0; // H2 from 115 to 125 m: over H1's east part (100…120 m)
        QVERIFY(layout::setHallProperties(doc.project(), doc.scenario(), h2, onto, &error).isEmpty());
        QCOMPARE(error, QStringLiteral("Hall H2 would overlap hall H1"));

        layout::HallProperties beside;
        beside.xM = 121.0;
        beside.yM = 40.0;
        push(doc, layout::setHallProperties(doc.project(), doc.scenario(), h2, beside, &error));
        QCOMPARE(doc.scenario().hall(h2)->xM, 121.0);
        QCOMPARE(doc.scenario().hall(h2)->yM, 40.0);

        // H1 turned by 90° about its corner (100, 50) m: it then spans x 90…100 m, clear of H2;
        // its racks keep their hall-local places.
        layout::HallProperties turn;
        turn.rotationDeg = 90.0;
        push(doc, layout::setHallProperties(doc.project(), doc.scenario(), H1, turn, &error));
        QCOMPARE(doc.scenario().hall(H1)->rotationDeg, 90.0);
        QCOMPARE(doc.scenario().hall(H1)->xM, 100.0);
        QVERIFY(doc.scenario().racks == before.scenarios[0].racks);

        // Growing H2 towards H1's old place is fine now, a negative size never.
        layout::HallProperties wider;
        wider.widthM = 15.0;
        push(doc, layout::setHallProperties(doc.project(), doc.scenario(), h2, wider, &error));
        layout::HallProperties negative;
        negative.widthM = -5.0;
        QVERIFY(layout::setHallProperties(doc.project(), doc.scenario(), h2, negative, &error).isEmpty());
        QCOMPARE(error, QStringLiteral("Hall H2 needs a positive width and depth (got -5.0 × 10.0 m)"));

        for (int i = 0; i < 3; ++i)
            doc.undoStack()->undo();
        QVERIFY(doc.project() == before);

        // Growing H1 into H2 (at 130 m) is refused.
        layout::HallProperties grow;
        grow.widthM = 35.0;
        QVERIFY(layout::setHallProperties(doc.project(), doc.scenario(), H1, grow, &error).isEmpty());
        QCOMPARE(error, QStringLiteral("Hall H1 would overlap hall H2"));
    }

    void hallsAlreadyOverlappingStayEditable()
    {
        // A file may hold overlapping halls: a move that still overlaps the same hall is allowed.
        Project p = testProject();
        Hall h2 = p.scenarios[0].halls[0];
        h2.id = p.allocateId();
        h2.name = QStringLiteral("H2");
        h2.xM = 110;
        p.scenarios[0].halls.append(h2);
        ProjectDocument doc(p);
        layout::HallProperties move;
        move.yM = 51.0;
        QString error;
        QVERIFY2(!layout::setHallProperties(doc.project(), doc.scenario(), h2.id, move, &error).isEmpty(),
                 qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestLayoutPlacement)
#include "tst_layoutplacement.moc"
