// Layout commands: each builder's delta, redo/undo (exact restore), merging of drags, change events.
#include "model/document/commands/commandids.h"
#include "model/document/commands/layoutchangecommand.h"
#include "model/document/commands/layoutclipboard.h"
#include "model/document/commands/layoutedits.h"
#include "model/document/commands/layoutproperties.h"
#include "model/document/projectdocument.h"
#include "tests/document/layouttestproject.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace fjord;

class TestLayoutCommands : public QObject {
    Q_OBJECT
private slots:
    void addHallRedoUndo()
    {
        ProjectDocument doc(testProject());
        const Project original = doc.project();
        QSignalSpy spy(&doc, &ProjectDocument::changed);
        Hall h;
        h.xM = 0;
        h.yM = 0;
        h.widthM = 30;
        h.depthM = 12;
        push(doc, layout::addHall(doc.project(), doc.scenario(), h));
        QCOMPARE(doc.scenario().halls.size(), 2);
        const Hall &added = doc.scenario().halls.last();
        QCOMPARE(added.name, QStringLiteral("H2"));
        QCOMPARE(added.id, original.nextId);
        QCOMPARE(doc.project().nextId, original.nextId + 1);
        QCOMPARE(spy.size(), 1);
        const auto event = spy.first().first().value<ChangeEvent>();
        QCOMPARE(event.kind, ChangeEvent::Kind::Halls);
        QCOMPARE(event.ids, QList<Id>{added.id});
        doc.undoStack()->undo();
        QVERIFY(doc.project() == original);
        doc.undoStack()->redo();
        QCOMPARE(doc.scenario().halls.size(), 2);
    }

    void addHallRefusesEmptySize()
    {
        ProjectDocument doc(testProject());
        Hall h;
        h.widthM = 0;
        h.depthM = 10;
        QString error;
        QVERIFY(layout::addHall(doc.project(), doc.scenario(), h, &error).isEmpty());
        QVERIFY2(error.contains(QStringLiteral("positive width")), qPrintable(error));
    }

    void addRowPositions_data()
    {
        QTest::addColumn<double>("rotation");
        QTest::addColumn<int>("hotAisle");
        QTest::addColumn<double>("x3"); // centre of the 4th rack
        QTest::addColumn<double>("y3");
        QTest::addColumn<double>("rackRotation");
        // start (1, 2), pitch 0.6: rack i at start + (i + ½)·0.6 along the row
        // hot aisle on the Back (+y of an unrotated row): the racks' backs face +y, so they turn by 180°
        QTest::newRow("along x, hot aisle behind")
            << 0.0 << int(AisleSide::Back) << 1.0 + 3.5 * 0.6 << 2.0 << 180.0;
        QTest::newRow("along x, hot aisle in front")
            << 0.0 << int(AisleSide::Front) << 1.0 + 3.5 * 0.6 << 2.0 << 0.0;
        QTest::newRow("along y") << 90.0 << int(AisleSide::Front) << 1.0 << 2.0 + 3.5 * 0.6 << 90.0;
    }
    void addRowPositions()
    {
        QFETCH(double, rotation);
        QFETCH(int, hotAisle);
        QFETCH(double, x3);
        QFETCH(double, y3);
        QFETCH(double, rackRotation);
        ProjectDocument doc(testProject());
        const Project original = doc.project();
        auto spec = row10();
        spec.rotationDeg = rotation;
        spec.count = 5;
        spec.hotAisle = AisleSide(hotAisle);
        QString error;
        push(doc, layout::addRow(doc.project(), doc.scenario(), spec, &error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(doc.scenario().rows.size(), 1);
        QCOMPARE(doc.scenario().racks.size(), 5);
        const Rack &r = doc.scenario().racks[3];
        QVERIFY(qAbs(r.xM - x3) < 1e-9);
        QVERIFY(qAbs(r.yM - y3) < 1e-9);
        QCOMPARE(r.rotationDeg, rackRotation);
        QCOMPARE(r.name, QStringLiteral("H1-R01-04"));
        QCOMPARE(r.rowId, doc.scenario().rows.first().id);
        QCOMPARE(r.stageId, Stage1);
        doc.undoStack()->undo();
        QVERIFY(doc.project() == original);
    }

    void addRowRefusedWhenOutside()
    {
        ProjectDocument doc(testProject());
        auto spec = row10();
        spec.count = 40; // 24 m of racks in a 20 m hall
        QString error;
        QVERIFY(layout::addRow(doc.project(), doc.scenario(), spec, &error).isEmpty());
        QVERIFY2(error.contains(QStringLiteral("does not fit")), qPrintable(error));
        spec.count = 31; // 1 + 31·0.6 = 19.6 m: fits
        QVERIFY(!layout::addRow(doc.project(), doc.scenario(), spec, &error).isEmpty());
    }

    void addRacksRefusedOutsideHall()
    {
        ProjectDocument doc(testProject());
        Rack r;
        r.hallId = H1;
        r.rackTypeId = Gb300;
        r.xM = 19.8; // half width 0.3 m: right edge at 20.1 m
        r.yM = 5;
        QString error;
        QVERIFY(layout::addRacks(doc.project(), doc.scenario(), {r}, &error).isEmpty());
        QVERIFY2(error.contains(QStringLiteral("outside hall H1")), qPrintable(error));
        r.xM = 19.7;
        push(doc, layout::addRacks(doc.project(), doc.scenario(), {r}, &error));
        QCOMPARE(doc.scenario().racks.first().name, QStringLiteral("H1-S-01"));
    }

    void dragMergesIntoOneStep()
    {
        ProjectDocument doc(testProject());
        push(doc, layout::addRow(doc.project(), doc.scenario(), row10()));
        const Project afterAdd = doc.project();
        const Id rack = doc.scenario().racks[0].id;
        for (int i = 0; i < 5; ++i)
            push(doc, layout::moveObjects(doc.project(), doc.scenario(), {rack}, 0.5, 0.25), MergeLayoutMove,
                 7);
        QCOMPARE(doc.undoStack()->count(), 2); // add row + one drag
        QVERIFY(qAbs(doc.scenario().rack(rack)->xM - (1.3 + 2.5)) < 1e-9);
        QVERIFY(qAbs(doc.scenario().rack(rack)->yM - (2.0 + 1.25)) < 1e-9);
        // a second drag (another key) is its own step
        push(doc, layout::moveObjects(doc.project(), doc.scenario(), {rack}, 1, 0), MergeLayoutMove, 8);
        QCOMPARE(doc.undoStack()->count(), 3);
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QVERIFY(doc.project() == afterAdd); // exact: the first `before` is kept
    }

    void movingRowMovesItsRacksOnce()
    {
        ProjectDocument doc(testProject());
        push(doc, layout::addRow(doc.project(), doc.scenario(), row10()));
        const Id row = doc.scenario().rows[0].id;
        const Id rack0 = doc.scenario().racks[0].id;
        // the row and one of its racks are both selected: the rack moves once
        push(doc, layout::moveObjects(doc.project(), doc.scenario(), {row, rack0}, 2, 1));
        QVERIFY(qAbs(doc.scenario().row(row)->xM - 3.0) < 1e-9);
        QVERIFY(qAbs(doc.scenario().rack(rack0)->xM - 3.3) < 1e-9);
        QVERIFY(qAbs(doc.scenario().racks[9].xM - (1 + 9.5 * 0.6 + 2)) < 1e-9);
        QVERIFY(qAbs(doc.scenario().racks[9].yM - 3.0) < 1e-9);
    }

    void movingHallKeepsRacksLocal()
    {
        ProjectDocument doc(testProject());
        push(doc, layout::addRow(doc.project(), doc.scenario(), row10()));
        const QList<Rack> racks = doc.scenario().racks;
        QSignalSpy spy(&doc, &ProjectDocument::changed);
        push(doc, layout::moveObjects(doc.project(), doc.scenario(), {H1}, -10, 5));
        QCOMPARE(doc.scenario().hall(H1)->xM, 90.0);
        QCOMPARE(doc.scenario().hall(H1)->yM, 55.0);
        QVERIFY(doc.scenario().racks == racks);
        QCOMPARE(spy.size(), 1); // only the hall changed
        QCOMPARE(spy.first().first().value<ChangeEvent>().kind, ChangeEvent::Kind::Halls);
    }

    void moveInRotatedHallUsesHallFrame()
    {
        Project p = testProject();
        p.scenarios[0].halls[0].rotationDeg = 90; // hall x axis points to site +y
        ProjectDocument doc(p);
        push(doc, layout::addRow(doc.project(), doc.scenario(), row10()));
        const Id rack = doc.scenario().racks[0].id;
        push(doc, layout::moveObjects(doc.project(), doc.scenario(), {rack}, 0, 1)); // 1 m site south
        QVERIFY(qAbs(doc.scenario().rack(rack)->xM - 1.3 - 1.0) < 1e-9);
        QVERIFY(qAbs(doc.scenario().rack(rack)->yM - 2.0) < 1e-9);
    }

    void clampKeepsRacksInside()
    {
        ProjectDocument doc(testProject());
        push(doc, layout::addRow(doc.project(), doc.scenario(), row10()));
        const Id row = doc.scenario().rows[0].id;
        // the row spans x 1..7 m, y 1.4..2.6 m in a 20 × 10 m hall
        const auto [dx, dy] = layout::clampMoveIntoHalls(doc.project(), doc.scenario(), {row}, 50, -5);
        QVERIFY(qAbs(dx - 13.0) < 1e-9);
        QVERIFY(qAbs(dy + 1.4) < 1e-9);
        const auto [hx, hy] = layout::clampMoveIntoHalls(doc.project(), doc.scenario(), {H1}, 50, -5);
        QCOMPARE(hx, 50.0); // a hall moves freely
        QCOMPARE(hy, -5.0);
    }

    void rotateRackAndRow()
    {
        ProjectDocument doc(testProject());
        push(doc, layout::addRow(doc.project(), doc.scenario(), row10()));
        const Project before = doc.project();
        const Id rack = doc.scenario().racks[2].id;
        push(doc, layout::rotateObjects(doc.project(), doc.scenario(), {rack}, 90));
        QCOMPARE(doc.scenario().rack(rack)->rotationDeg, 270.0); // 180° (hot aisle behind) + 90°
        QCOMPARE(doc.scenario().rack(rack)->xM, before.scenarios[0].racks[2].xM);
        doc.undoStack()->undo();
        QVERIFY(doc.project() == before);
        // the row turns about its centre (4, 2): rack 0 at (1.3, 2) goes to (4, -0.7): outside
        QString error;
        const Id row = doc.scenario().rows[0].id;
        QVERIFY(layout::rotateObjects(doc.project(), doc.scenario(), {row}, 90, &error).isEmpty());
        QVERIFY2(error.contains(QStringLiteral("outside hall H1")), qPrintable(error));
        push(doc, layout::moveObjects(doc.project(), doc.scenario(), {row}, 0, 3));
        push(doc, layout::rotateObjects(doc.project(), doc.scenario(), {row}, 90, &error));
        QVERIFY(qAbs(doc.scenario().racks[0].xM - 4.0) < 1e-9);
        QVERIFY(qAbs(doc.scenario().racks[0].yM - 2.3) < 1e-9);
        QCOMPARE(doc.scenario().row(row)->rotationDeg, 90.0);
    }

    void deleteHallRestoresExactly()
    {
        ProjectDocument doc(testProject());
        push(doc, layout::addRow(doc.project(), doc.scenario(), row10(2)));
        push(doc, layout::addRow(doc.project(), doc.scenario(), row10(6)));
        Hall h2;
        h2.widthM = 5;
        h2.depthM = 5;
        push(doc, layout::addHall(doc.project(), doc.scenario(), h2));
        const Project before = doc.project();
        const Id middleRack = doc.scenario().racks[4].id;
        doc.setSelection({H1, middleRack});
        push(doc, layout::deleteObjects(doc.scenario(), {middleRack}));
        QCOMPARE(doc.scenario().racks.size(), 19);
        QCOMPARE(doc.selection(), QList<Id>{H1});
        doc.undoStack()->undo();
        QVERIFY(doc.project() == before); // same place in the list
        push(doc, layout::deleteObjects(doc.scenario(), {H1}));
        QCOMPARE(doc.scenario().halls.size(), 1);
        QVERIFY(doc.scenario().rows.isEmpty());
        QVERIFY(doc.scenario().racks.isEmpty());
        QVERIFY(doc.selection().isEmpty());
        doc.undoStack()->undo();
        QVERIFY(doc.project() == before);
        doc.undoStack()->redo();
        QVERIFY(doc.scenario().racks.isEmpty());
    }

    void duplicateRow()
    {
        ProjectDocument doc(testProject());
        push(doc, layout::addRow(doc.project(), doc.scenario(), row10()));
        const Project before = doc.project();
        const Id row = doc.scenario().rows[0].id;
        QString error;
        push(doc, layout::duplicateObjects(doc.project(), doc.scenario(), {row}, 0, 3, &error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(doc.scenario().rows.size(), 2);
        QCOMPARE(doc.scenario().racks.size(), 20);
        const Row &copy = doc.scenario().rows[1];
        QCOMPARE(copy.name, QStringLiteral("R02"));
        QCOMPARE(copy.yM, 5.0);
        QCOMPARE(doc.scenario().racks[13].rowId, copy.id);
        QCOMPARE(doc.scenario().racks[13].name, QStringLiteral("H1-R02-04"));
        QCOMPARE(doc.scenario().racks[13].yM, 5.0);
        doc.undoStack()->undo();
        QVERIFY(doc.project() == before);
    }

    void pasteAcrossProjects()
    {
        ProjectDocument source(testProject());
        push(source, layout::addRow(source.project(), source.scenario(), row10()));
        const QByteArray payload =
            layout::toPayload(layout::copyObjects(source.project(), source.scenario(), {H1}));
        // the target's catalogue has the type under another id; its hall has another id
        Project t = testProject();
        std::swap(t.rackTypes[0].id, t.rackTypes[1].id);
        ProjectDocument target(t);
        QString error;
        const auto clip = layout::fromPayload(payload, &error);
        QVERIFY2(clip, qPrintable(error));
        push(target, layout::pasteObjects(target.project(), target.scenario(), *clip, 0, 30, NoId, &error));
        QCOMPARE(target.scenario().halls.size(), 2);
        QCOMPARE(target.scenario().halls[1].yM, 80.0);
        QCOMPARE(target.scenario().racks.size(), 10);
        QCOMPARE(target.scenario().racks[0].rackTypeId, Network); // the GB300 type's id in the target
        QCOMPARE(target.scenario().racks[0].hallId, target.scenario().halls[1].id);
        QCOMPARE(target.scenario().racks[0].rowId, target.scenario().rows[0].id);
    }

    void badPayloadsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("message");
        QTest::newRow("not json") << QByteArray("hello") << QStringLiteral("not a Fjordplan layout");
        QTest::newRow("other format")
            << QByteArray(R"({"format":"x","version":1})") << QStringLiteral("version 1");
        QTest::newRow("NaN position")
            << QByteArray(
                   R"({"format":"fjordplan-layout","version":1,"racks":[{"x_m":"a","y_m":1,"rotation_deg":0}]})")
            << QStringLiteral("rack 1 has a bad x_m");
        QTest::newRow("zero hall")
            << QByteArray(
                   R"({"format":"fjordplan-layout","version":1,"halls":[{"x_m":0,"y_m":0,"width_m":0,"depth_m":5,"rotation_deg":0}]})")
            << QStringLiteral("hall 1 has a bad size");
    }
    void badPayloadsAreRefused()
    {
        QFETCH(QByteArray, payload);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!layout::fromPayload(payload, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void pasteRefusesUnknownType()
    {
        ProjectDocument doc(testProject());
        layout::LayoutClipboard clip;
        Rack r;
        r.id = 99;
        r.hallId = H1;
        r.rackTypeId = 77;
        r.xM = 5;
        r.yM = 5;
        clip.racks.append(r);
        clip.rackTypes.append(RackType{.id = 77, .name = QStringLiteral("Unknown")});
        QString error;
        QVERIFY(layout::pasteObjects(doc.project(), doc.scenario(), clip, 0, 0, H1, &error).isEmpty());
        QVERIFY2(error.contains(QStringLiteral("catalogue lacks")), qPrintable(error));
    }

    void setPropertiesOfManyRacks()
    {
        ProjectDocument doc(testProject());
        push(doc, layout::addRow(doc.project(), doc.scenario(), row10()));
        const Project before = doc.project();
        QList<Id> ids;
        for (int i = 0; i < 4; ++i)
            ids.append(doc.scenario().racks[i].id);
        layout::RackProperties p;
        p.rackTypeId = Network;
        p.stageId = Stage2;
        QSignalSpy spy(&doc, &ProjectDocument::changed);
        push(doc, layout::setRackProperties(doc.project(), doc.scenario(), ids, p));
        QCOMPARE(spy.first().first().value<ChangeEvent>().ids, ids);
        for (int i = 0; i < 10; ++i) {
            QCOMPARE(doc.scenario().racks[i].rackTypeId, i < 4 ? Network : Gb300);
            QCOMPARE(doc.scenario().racks[i].stageId, i < 4 ? Stage2 : Stage1);
        }
        doc.undoStack()->undo();
        QVERIFY(doc.project() == before);
        layout::RackProperties name;
        name.name = QStringLiteral("X");
        QString error;
        QVERIFY(layout::setRackProperties(doc.project(), doc.scenario(), ids, name, &error).isEmpty());
        QVERIFY(error.contains(QStringLiteral("Renumber")));
    }

    void hallPropertiesValidated()
    {
        ProjectDocument doc(testProject());
        push(doc, layout::addRow(doc.project(), doc.scenario(), row10()));
        layout::HallProperties p;
        p.widthM = 5.0; // racks reach x = 7 m
        QString error;
        QVERIFY(layout::setHallProperties(doc.project(), doc.scenario(), H1, p, &error).isEmpty());
        QVERIFY2(error.contains(QStringLiteral("too small for rack H1-R01-")), qPrintable(error));
        p.widthM = std::nullopt;
        p.floorLoadLimitKgPerM2 = -1.0;
        QVERIFY(layout::setHallProperties(doc.project(), doc.scenario(), H1, p, &error).isEmpty());
        QVERIFY(error.contains(QStringLiteral("negative")));
        p.floorLoadLimitKgPerM2 = 1500.0;
        p.name = QStringLiteral("Hall A");
        push(doc, layout::setHallProperties(doc.project(), doc.scenario(), H1, p, &error));
        QCOMPARE(doc.scenario().hall(H1)->floorLoadLimitKgPerM2, 1500.0);
        QCOMPARE(doc.scenario().hall(H1)->name, QStringLiteral("Hall A"));
    }

    void gestureHoldsTheRecompute()
    {
        ProjectDocument doc(testProject());
        QCOMPARE(doc.results().stages.first().racks, 0);
        doc.beginGesture();
        doc.beginGesture(); // nested
        push(doc, layout::addRow(doc.project(), doc.scenario(), row10()));
        QCoreApplication::processEvents();
        QCOMPARE(doc.results().stages.first().racks, 0); // held
        doc.endGesture();
        QCoreApplication::processEvents();
        QCOMPARE(doc.results().stages.first().racks, 0); // still inside the outer gesture
        doc.endGesture();
        QCoreApplication::processEvents();
        QCOMPARE(doc.results().stages.first().racks, 10); // once, at the end
        doc.endGesture();                                 // an unmatched end is harmless
        QVERIFY(!doc.inGesture());
    }

    void renumberByPosition()
    {
        ProjectDocument doc(testProject());
        push(doc, layout::addRow(doc.project(), doc.scenario(), row10(6))); // R01, lower
        push(doc, layout::addRow(doc.project(), doc.scenario(), row10(2))); // R02, upper
        const Id upper = doc.scenario().rows[1].id;
        // turn the upper row's racks around so that their order in the list is reversed
        push(doc, layout::renumber(doc.scenario(), {}));
        QCOMPARE(doc.scenario().row(upper)->name, QStringLiteral("R01"));
        QCOMPARE(doc.scenario().racks[10].name, QStringLiteral("H1-R01-01"));
        QCOMPARE(doc.scenario().racks[0].name, QStringLiteral("H1-R02-01"));
        QCOMPARE(doc.scenario().racks[19].name, QStringLiteral("H1-R01-10"));
        QVERIFY(layout::renumber(doc.scenario(), {}).isEmpty()); // already numbered
        doc.undoStack()->undo();
        QCOMPARE(doc.scenario().row(upper)->name, QStringLiteral("R02"));
    }
};

QTEST_GUILESS_MAIN(TestLayoutCommands)
#include "tst_layoutcommands.moc"
