// The Layout tab's inspector driven like a user (offscreen): what it shows of a hall, a row or a
// rack agrees with the plan, and what is typed into it is an undoable command.
#include "model/document/projectdocument.h"
#include "model/sample/narviksample.h"
#include "tests/ui/layouttabfixture.h"
#include "ui/floorplan/floorplanscene.h"
#include "ui/floorplan/hallitem.h"
#include "ui/floorplan/layoutinspector.h"
#include "ui/floorplan/rackitem.h"
#include "ui/floorplan/rowitem.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTest>
#include <QUndoStack>

using namespace fjord;
using namespace fjord::ui;
using namespace fjord::test;

class TestLayoutInspector : public QObject {
    Q_OBJECT
private slots:
    // The hall's title on the plan and the hall inspector give the same design IT power: the racks
    // built through the stage chosen in the toolbar (they used to count differently).
    void hallTitleAndInspectorAgreeThroughTheStage()
    {
        Fixture f(makeNarvikSample());
        const Scenario &s = f.s();
        const Hall *laterHall = nullptr; // a hall whose racks come in stage 2
        for (const Hall &h : s.halls)
            if (s.stageIndex(h.stageId) == 1)
                laterHall = &h;
        QVERIFY(laterHall);
        const Id hallId = laterHall->id;
        auto *figures = f.tab.inspector()->findChild<QLabel *>(QStringLiteral("hallFigures"));
        auto mwIn = [](const QString &text) {
            const QRegularExpressionMatch m =
                QRegularExpression(QStringLiteral("([0-9.,]+) MW IT")).match(text);
            return m.hasMatch() ? QLocale().toDouble(m.captured(1)) : 0.0;
        };
        f.doc.setSelection({hallId});
        for (int stage : {0, 1}) {
            f.doc.setCurrentStageIndex(stage);
            const QString title = f.tab.scene()->hallItem(hallId)->detail();
            QTRY_VERIFY2(figures->text().contains(s.stages[stage].name), qPrintable(figures->text()));
            const double titleMw = mwIn(title), inspectorMw = mwIn(figures->text());
            QVERIFY2(qAbs(titleMw - inspectorMw) <= 0.05, qPrintable(title + u" | "_qs + figures->text()));
            if (stage == 0) // not built yet: nothing in the hall through stage 1
                QCOMPARE(inspectorMw, 0.0);
            else
                QVERIFY(inspectorMw > 1.0);
        }
    }

    void rowIsEditedAsOneInTheInspector()
    {
        Fixture f(emptyProject());
        f.tab.toolOptions().rackTypeId = gb300(f.doc.project());
        buildHallWithThreeRows(f);
        f.key(Qt::Key_S);
        const Id row2 = f.s().rows[1].id;
        // a double click on a rack of the second row (site y 12) selects the row
        QTest::mouseDClick(f.vp(), Qt::LeftButton, {}, f.at(9.0, 12.0));
        QCOMPARE(f.doc.selection(), QList<Id>{row2});
        LayoutInspector *in = f.tab.inspector();
        QCOMPARE(in->currentPage(), 3);
        QCOMPARE(in->rowName()->text(), QStringLiteral("R02"));
        QCOMPARE(in->rowCount()->value(), 12);
        QCOMPARE(in->rowPitch()->value(), 0.6);
        const Project before = f.doc.project();
        const int steps = f.steps();

        // two more racks, typed into the spin box
        in->rowCount()->setFocus();
        in->rowCount()->selectAll();
        QTest::keyClicks(in->rowCount(), QStringLiteral("14"));
        QTest::keyClick(in->rowCount(), Qt::Key_Return);
        auto racksInRow = [&](Id row) {
            return std::count_if(f.s().racks.cbegin(), f.s().racks.cend(),
                                 [&](const Rack &r) { return r.rowId == row; });
        };
        QCOMPARE(racksInRow(row2), 14);
        QCOMPARE(f.tab.scene()->rackItemCount(), 38);
        QCOMPARE(f.steps(), steps + 1);

        // a new name: the racks follow
        in->rowName()->setFocus();
        in->rowName()->selectAll();
        QTest::keyClicks(in->rowName(), QStringLiteral("R09"));
        QTest::keyClick(in->rowName(), Qt::Key_Return);
        QCOMPARE(f.s().row(row2)->name, QStringLiteral("R09"));
        QCOMPARE(f.s().racks.last().name, QStringLiteral("H1-R09-14"));
        QCOMPARE(f.tab.scene()->rowItem(row2)->rackSlots().size(), 14);

        // the hot aisle to the other side: every rack turns
        const double turned = f.s().racks[12].rotationDeg;
        in->rowHotAisle()->setFocus();
        QTest::keyClick(in->rowHotAisle(),
                        in->rowHotAisle()->currentIndex() == 0 ? Qt::Key_Down : Qt::Key_Up);
        QCOMPARE(std::fmod(f.s().racks[12].rotationDeg - turned + 360.0, 360.0), 180.0);

        // a pitch that pushes the row through the hall's east wall is refused, with the reason
        in->rowPitch()->setFocus();
        in->rowPitch()->selectAll();
        QTest::keyClicks(in->rowPitch(), QStringLiteral("2.5"));
        QTest::keyClick(in->rowPitch(), Qt::Key_Return);
        QCOMPARE(f.s().row(row2)->pitchM, 0.6);
        QCOMPARE(in->rowPitch()->value(), 0.6);
        QVERIFY2(in->message()->text().contains(QStringLiteral("would not fit")),
                 qPrintable(in->message()->text()));

        // three steps, each undone exactly
        QCOMPARE(f.steps(), steps + 3);
        for (int i = 0; i < 3; ++i)
            f.doc.undoStack()->undo();
        QVERIFY(f.doc.project() == before);
        QCOMPARE(f.tab.scene()->rackItemCount(), 36);
    }

    void inspectorEditsAreCommands()
    {
        Fixture f(emptyProject());
        f.tab.toolOptions().rackTypeId = gb300(f.doc.project());
        buildHallWithThreeRows(f);
        const Id hall = f.s().halls.first().id;
        f.doc.setSelection({hall});
        LayoutInspector *in = f.tab.inspector();
        QCOMPARE(in->currentPage(), 2);
        QCOMPARE(in->hallWidth()->value(), 30.0);
        const int before = f.steps();
        in->hallFloorLoad()->setValue(1200);
        emit in->hallFloorLoad()->editingFinished();
        QCOMPARE(f.s().hall(hall)->floorLoadLimitKgPerM2, 1200.0);
        QCOMPARE(f.steps(), before + 1);
        in->hallWidth()->setValue(8); // the rows reach 9.2 m (hall-local): refused
        emit in->hallWidth()->editingFinished();
        QCOMPARE(f.s().hall(hall)->widthM, 30.0);
        QCOMPARE(in->hallWidth()->value(), 30.0);
        QVERIFY(in->message()->text().contains(QStringLiteral("too small")));
        // many racks: one stage edit for all
        QList<Id> racks;
        for (int i = 0; i < 12; ++i)
            racks.append(f.s().racks[i].id);
        f.doc.setSelection(racks);
        QCOMPARE(in->currentPage(), 1);
        QVERIFY(!in->rackName()->isEnabled());
        const int typeIndex = in->rackType()->count() - 1;
        in->rackType()->setCurrentIndex(typeIndex);
        emit in->rackType()->activated(typeIndex);
        const Id newType = in->rackType()->itemData(typeIndex).toLongLong();
        for (int i = 0; i < 36; ++i)
            QCOMPARE(f.s().racks[i].rackTypeId == newType, i < 12 || newType == gb300(f.doc.project()));
    }

    void typedGeometryInTheInspector()
    {
        Fixture f(emptyProject());
        f.tab.toolOptions().rackTypeId = gb300(f.doc.project());
        buildHallWithThreeRows(f); // H1: 30 × 15 m at (5, 5) m
        f.key(Qt::Key_H);
        f.drag({40, 5}, {60, 20}); // H2: 20 × 15 m at (40, 5) m
        QCOMPARE(f.s().halls.size(), 2);
        const Project before = f.doc.project();
        const int steps = f.steps();
        LayoutInspector *in = f.tab.inspector();
        const auto type = [](QDoubleSpinBox *box, const QString &text) {
            box->setFocus();
            box->selectAll();
            QTest::keyClicks(box, text);
            QTest::keyClick(box, Qt::Key_Return);
        };

        // One rack: typed centre and rotation, each one step; the plan follows.
        const Rack rack = f.s().racks.first();
        f.doc.setSelection({rack.id});
        QCOMPARE(in->currentPage(), 1);
        QCOMPARE(in->rackX()->value(), rack.xM);
        type(in->rackX(), QStringLiteral("20"));
        QCOMPARE(f.s().rack(rack.id)->xM, 20.0);
        QCOMPARE(f.tab.scene()->rackItem(rack.id)->pos(), QPointF(20.0, rack.yM));
        type(in->rackRotation(), QStringLiteral("90"));
        QCOMPARE(f.s().rack(rack.id)->rotationDeg, 90.0);
        QCOMPARE(f.steps(), steps + 2);
        // Past the east wall: refused, the reason names the rack and the hall, the field springs back.
        type(in->rackX(), QStringLiteral("31"));
        QCOMPARE(f.s().rack(rack.id)->xM, 20.0);
        QCOMPARE(in->rackX()->value(), 20.0);
        QVERIFY2(in->message()->text().startsWith(
                     QStringLiteral("Rack %1 would lie outside hall H1").arg(rack.name)),
                 qPrintable(in->message()->text()));
        QCOMPARE(f.steps(), steps + 2);
        // Leaving a field untouched changes nothing.
        in->rackY()->setFocus();
        emit in->rackY()->editingFinished();
        QCOMPARE(f.steps(), steps + 2);
        // Many racks: position and rotation are for one rack at a time.
        f.doc.setSelection({f.s().racks[1].id, f.s().racks[2].id});
        QVERIFY(!in->rackX()->isEnabled());

        // A row's direction: its racks turn about the start (the second row: the first has a moved rack).
        const Row row = f.s().rows[1];
        f.doc.setSelection({row.id});
        QCOMPARE(in->currentPage(), 3);
        type(in->rowRotation(), QStringLiteral("90"));
        QCOMPARE(f.s().row(row.id)->rotationDeg, 90.0);
        QCOMPARE(f.steps(), steps + 3);
        // Its start moved so far that racks would leave the hall: refused, with the reason.
        type(in->rowY(), QStringLiteral("12"));
        QCOMPARE(f.s().row(row.id)->yM, row.yM);
        QVERIFY2(
            in->message()->text().startsWith(QStringLiteral("Row %1 would not fit in hall H1").arg(row.name)),
            qPrintable(in->message()->text()));
        QCOMPARE(f.steps(), steps + 3);

        // A hall onto another: refused with the reason; a negative width likewise; a free place is taken.
        const Id h2 = f.s().halls[1].id;
        f.doc.setSelection({h2});
        QCOMPARE(in->currentPage(), 2);
        QCOMPARE(in->hallX()->value(), 40.0);
        type(in->hallX(), QStringLiteral("20"));
        QCOMPARE(f.s().hall(h2)->xM, 40.0);
        QCOMPARE(in->hallX()->value(), 40.0);
        QCOMPARE(in->message()->text(), QStringLiteral("Hall H2 would overlap hall H1"));
        type(in->hallWidth(), QStringLiteral("-5"));
        QCOMPARE(f.s().hall(h2)->widthM, 20.0);
        QCOMPARE(in->message()->text(),
                 QStringLiteral("Hall H2 needs a positive width and depth (got -5.0 × 15.0 m)"));
        type(in->hallY(), QStringLiteral("30"));
        QCOMPARE(f.s().hall(h2)->yM, 30.0);
        QVERIFY(in->message()->text().isEmpty());
        type(in->hallRotation(), QStringLiteral("45"));
        QCOMPARE(f.s().hall(h2)->rotationDeg, 45.0);
        QCOMPARE(f.tab.scene()->hallItem(h2)->rotation(), 45.0);
        QCOMPARE(f.steps(), steps + 5);
        if (const QString dir = qEnvironmentVariable("FJORD_GRAB_DIR"); !dir.isEmpty())
            QVERIFY(f.tab.grab().save(dir + QStringLiteral("/layout_typed_hall.png")));

        for (int i = 0; i < 5; ++i)
            f.doc.undoStack()->undo();
        QVERIFY(f.doc.project() == before);
    }
};

QTEST_MAIN(TestLayoutInspector)
#include "tst_layoutinspector.moc"
