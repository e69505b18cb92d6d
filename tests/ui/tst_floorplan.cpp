// The Layout tab driven like a user: real mouse and key events on the view's viewport (offscreen).
#include "model/document/projectdocument.h"
#include "model/sample/narviksample.h"
#include "model/storage/projectfile.h"
#include "ui/floorplan/floorplanscene.h"
#include "ui/floorplan/floorplanview.h"
#include "ui/floorplan/hallitem.h"
#include "ui/floorplan/layoutactions.h"
#include "ui/floorplan/layoutinspector.h"
#include "ui/floorplan/layouttab.h"
#include "ui/floorplan/placeracktool.h"
#include "ui/floorplan/rackcataloguelist.h"
#include "ui/floorplan/rackitem.h"
#include "ui/floorplan/rowitem.h"
#include "ui/floorplan/uprighttext.h"

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGraphicsPolygonItem>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QRegularExpression>
#include <QStyleOptionGraphicsItem>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QUndoStack>

using namespace fjord;
using namespace fjord::ui;

namespace {

// An empty project (built-in catalogue, one stage, one empty scenario), id of its GB300 type.
Project emptyProject()
{
    return makeEmptyProject(QStringLiteral("Floor plan test"));
}

Id gb300(const Project &p)
{
    for (const RackType &t : p.rackTypes)
        if (t.name.contains(QStringLiteral("GB300")))
            return t.id;
    return p.rackTypes.isEmpty() ? NoId : p.rackTypes.first().id;
}

// The tab shown at 10 px per metre with site point (50, 30) m in the viewport's centre.
struct Fixture {
    ProjectDocument doc;
    LayoutTab tab;
    explicit Fixture(Project p) : doc(std::move(p)), tab(&doc)
    {
        tab.resize(1400, 900);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        tab.activateWindow();
        tab.view()->setFocus();
        tab.view()->setPixelsPerMetre(10); // racks drawn by their rows (below RackDetailPpm)
        tab.view()->centerOn(50, 30);
    }
    QWidget *vp() const { return tab.view()->viewport(); }
    QPoint at(double xM, double yM) const { return tab.view()->mapFromScene(QPointF(xM, yM)); }
    void click(double x, double y, Qt::KeyboardModifiers mods = {})
    {
        QTest::mouseClick(vp(), Qt::LeftButton, mods, at(x, y));
    }
    // press, a few intermediate moves, release: a real drag
    void drag(QPointF from, QPointF to, Qt::KeyboardModifiers mods = {})
    {
        QTest::mousePress(vp(), Qt::LeftButton, mods, at(from.x(), from.y()));
        for (int i = 1; i <= 4; ++i) {
            const QPointF p = from + (to - from) * (i / 4.0);
            QTest::mouseMove(vp(), at(p.x(), p.y()));
        }
        QTest::mouseRelease(vp(), Qt::LeftButton, mods, at(to.x(), to.y()));
    }
    void key(Qt::Key k, Qt::KeyboardModifiers mods = {}) { QTest::keyClick(tab.view(), k, mods); }
    const Scenario &s() const { return doc.scenario(); }
    int steps() const { return doc.undoStack()->count(); }
};

// Builds a 30 × 15 m hall at (5, 5) and three 12-rack rows in it with mouse and keyboard only.
void buildHallWithThreeRows(Fixture &f)
{
    f.key(Qt::Key_H); // draw hall
    f.drag({5, 5}, {35, 20});
    f.key(Qt::Key_W); // draw row
    for (double y : {8.0, 12.0, 16.0})
        f.drag({7, y}, {14.3, y});
}

} // namespace

class TestFloorPlan : public QObject {
    Q_OBJECT
private slots:
    void buildHallAndRowsWithMouseAndKeys()
    {
        Fixture f(emptyProject());
        const Project empty = f.doc.project();
        f.tab.catalogue()->setCurrentRow(0);
        f.tab.toolOptions().rackTypeId = gb300(f.doc.project());
        buildHallWithThreeRows(f);
        QCOMPARE(f.s().halls.size(), 1);
        const Hall &h = f.s().halls.first();
        QCOMPARE(h.xM, 5.0);
        QCOMPARE(h.yM, 5.0);
        QCOMPARE(h.widthM, 30.0);
        QCOMPARE(h.depthM, 15.0);
        QCOMPARE(f.s().rows.size(), 3);
        // 7.3 m of line at 0.6 m pitch: 12 racks per row
        QCOMPARE(f.s().racks.size(), 36);
        QCOMPARE(f.s().racks.first().name, QStringLiteral("H1-R01-01"));
        QCOMPARE(f.s().racks.last().name, QStringLiteral("H1-R03-12"));
        // first rack of row 1: hall-local (2 + 0.3, 3)
        QVERIFY(qAbs(f.s().racks.first().xM - 2.3) < 1e-9);
        QVERIFY(qAbs(f.s().racks.first().yM - 3.0) < 1e-9);
        QCOMPARE(f.steps(), 4);
        // what the user sees: one hall item, three rows, 36 racks in the right place
        QCOMPARE(f.tab.scene()->hallItemCount(), 1);
        QCOMPARE(f.tab.scene()->rowItemCount(), 3);
        QCOMPARE(f.tab.scene()->rackItemCount(), 36);
        const Id firstRack = f.s().racks.first().id;
        QCOMPARE(f.tab.scene()->rackItem(firstRack)->scenePos(), QPointF(7.3, 8.0));

        // select the first rack and drag it 2 m right: one undo step, model moved, item moved
        f.key(Qt::Key_S);
        f.click(7.3, 8.0);
        QCOMPARE(f.doc.selection(), QList<Id>{firstRack});
        QVERIFY(f.tab.scene()->rackItem(firstRack)->isMarked());
        f.drag({7.3, 8.0}, {7.3, 10.0}); // down into the aisle between rows 1 and 2
        QCOMPARE(f.steps(), 5);
        QVERIFY(qAbs(f.s().rack(firstRack)->yM - 5.0) < 1e-9);
        QVERIFY(qAbs(f.s().rack(firstRack)->xM - 2.3) < 1e-9);
        QCOMPARE(f.tab.scene()->rackItem(firstRack)->scenePos(), QPointF(7.3, 10.0));
        const Project built = f.doc.project();

        // undo every step down to the empty project, then redo every step
        for (int i = 0; i < 5; ++i)
            f.doc.undoStack()->undo();
        QVERIFY(f.doc.project() == empty);
        QCOMPARE(f.tab.scene()->rackItemCount(), 0);
        QCOMPARE(f.tab.scene()->hallItemCount(), 0);
        for (int i = 0; i < 5; ++i)
            f.doc.undoStack()->redo();
        QVERIFY(f.doc.project() == built);
        QCOMPARE(f.tab.scene()->rackItemCount(), 36);

        // save and reopen: unchanged
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("hall.fjordplan"));
        const QString error = storage::saveProject(f.doc.project(), path);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const storage::OpenResult reopened = storage::openProject(path);
        QVERIFY2(reopened, qPrintable(reopened.error));
        const Scenario &again = reopened.project->scenarios.first();
        QVERIFY(again.halls == f.s().halls);
        QVERIFY(again.rows == f.s().rows);
        QVERIFY(again.racks == f.s().racks);
    }

    void deleteAndRotateWithKeys()
    {
        Fixture f(emptyProject());
        f.tab.toolOptions().rackTypeId = gb300(f.doc.project());
        buildHallWithThreeRows(f);
        f.key(Qt::Key_S);
        const Id rack = f.s().racks[5].id; // row 1, rack 6: centre (7 + 5.5·0.6, 8)
        f.click(7 + 5.5 * 0.6, 8.0);
        QCOMPARE(f.doc.selection(), QList<Id>{rack});
        f.key(Qt::Key_R);
        // racks of a row with its hot aisle behind stand at 180°; R turns them by 90°
        QCOMPARE(f.s().rack(rack)->rotationDeg, 270.0);
        QCOMPARE(f.tab.scene()->rackItem(rack)->rotation(), 270.0);
        f.key(Qt::Key_Delete);
        QCOMPARE(f.s().racks.size(), 35);
        QVERIFY(!f.s().rack(rack));
        QVERIFY(!f.tab.scene()->rackItem(rack));
        QVERIFY(f.doc.selection().isEmpty());
        f.doc.undoStack()->undo();
        QCOMPARE(f.s().racks.size(), 36);
        QVERIFY(f.tab.scene()->rackItem(rack));
        QCOMPARE(f.s().racks[5].id, rack); // back in its place
        f.doc.undoStack()->undo();
        QCOMPARE(f.s().rack(rack)->rotationDeg, 180.0);
    }

    void rubberBandAndNudge()
    {
        Fixture f(emptyProject());
        f.tab.toolOptions().rackTypeId = gb300(f.doc.project());
        buildHallWithThreeRows(f);
        f.key(Qt::Key_S);
        // a band over rows 2 and 3 (empty floor at its start)
        f.drag({6.0, 10.5}, {20.0, 17.0});
        QCOMPARE(f.doc.selection().size(), 24);
        QVERIFY(f.s().halls.first().xM == 5.0); // a band on the hall's floor does not move the hall
        const double y0 = f.s().racks[12].yM;
        f.key(Qt::Key_Up); // one grid step, 0.1 m
        QVERIFY(qAbs(f.s().racks[12].yM - (y0 - 0.1)) < 1e-9);
        f.key(Qt::Key_Up, Qt::ShiftModifier); // one pitch, 0.6 m
        QVERIFY(qAbs(f.s().racks[12].yM - (y0 - 0.7)) < 1e-9);
        QCOMPARE(f.s().racks[0].yM, 3.0); // row 1 stayed
        f.key(Qt::Key_Escape);
        QVERIFY(f.doc.selection().isEmpty());
    }

    void dragIsClampedIntoHall()
    {
        Fixture f(emptyProject());
        f.tab.toolOptions().rackTypeId = gb300(f.doc.project());
        buildHallWithThreeRows(f);
        f.key(Qt::Key_S);
        const Id rack = f.s().racks.first().id;
        f.click(7.3, 8.0);
        f.drag({7.3, 8.0}, {7.3, -20.0}); // far north, out of the hall
        // the rack's back edge stops at the wall: y = depth/2
        const double depth = f.doc.project().rackType(f.s().rack(rack)->rackTypeId)->depthM;
        QVERIFY2(qAbs(f.s().rack(rack)->yM - depth / 2) < 1e-9,
                 qPrintable(QString::number(f.s().rack(rack)->yM)));
    }

    void anUndoReplacesTheLastToolMessage()
    {
        Fixture f(emptyProject());
        f.tab.toolOptions().rackTypeId = gb300(f.doc.project());
        buildHallWithThreeRows(f);
        f.key(Qt::Key_S);
        const Id rack = f.s().racks.first().id;
        const double x0 = f.s().rack(rack)->xM; // in its hall
        f.click(7.3, 8.0);
        f.drag({7.3, 8.0}, {8.5, 8.0});
        QVERIFY(f.s().rack(rack)->xM > x0);
        QVERIFY2(f.tab.statusText().startsWith(QStringLiteral("Moved by")), qPrintable(f.tab.statusText()));
        const QString moved = f.doc.undoStack()->undoText();
        f.doc.undoStack()->undo();
        QCOMPARE(f.s().rack(rack)->xM, x0);
        // the line no longer claims a move that was undone
        QCOMPARE(f.tab.statusText(), QStringLiteral("Undone: %1").arg(moved));
        f.doc.undoStack()->redo();
        QCOMPARE(f.tab.statusText(), QStringLiteral("Redone: %1").arg(moved));
    }

    void placeRackShowsAGhostWhereItWouldLand()
    {
        Fixture f(emptyProject());
        f.tab.toolOptions().rackTypeId = gb300(f.doc.project());
        buildHallWithThreeRows(f);
        f.key(Qt::Key_P);
        const PlaceRackTool *tool = f.tab.placeRackTool();
        // over the hall's free corner: a green ghost of a 0.6 × 1.2 m rack, snapped to the 0.1 m grid
        QTest::mouseMove(f.vp(), f.at(30.04, 18.52));
        QVERIFY(tool->previewItem() && tool->previewItem()->isVisible());
        QVERIFY(tool->previewFits());
        const QRectF ghost = tool->previewItem()->polygon().boundingRect();
        QVERIFY2(qAbs(ghost.center().x() - 30.0) < 0.051 && qAbs(ghost.center().y() - 18.5) < 0.051,
                 qPrintable(QStringLiteral("%1, %2").arg(ghost.center().x()).arg(ghost.center().y())));
        QVERIFY(qAbs(ghost.width() - 0.6) < 1e-6 && qAbs(ghost.height() - 1.2) < 1e-6);
        // on a rack of the first row: red, it would overlap
        QTest::mouseMove(f.vp(), f.at(9.0, 8.0));
        QVERIFY(!tool->previewFits());
        // astride the east wall: red as well, and a click there places nothing
        QTest::mouseMove(f.vp(), f.at(34.9, 18.5));
        QVERIFY(!tool->previewFits());
        const int steps = f.steps();
        f.click(34.9, 18.5);
        QCOMPARE(f.steps(), steps);
        // nothing of the ghost stays behind another tool
        f.key(Qt::Key_S);
        QVERIFY(!tool->previewItem());
        // nothing is placed by a hover: the model is unchanged by all this
        QCOMPARE(f.s().racks.size(), 36);
    }

    void placeRackOutsideIsRefused()
    {
        Fixture f(emptyProject());
        f.tab.toolOptions().rackTypeId = gb300(f.doc.project());
        buildHallWithThreeRows(f);
        f.key(Qt::Key_P);
        const int before = f.steps();
        f.click(60, 40); // outside every hall
        QCOMPARE(f.steps(), before);
        QVERIFY2(f.tab.statusText().contains(QStringLiteral("inside a hall")),
                 qPrintable(f.tab.statusText()));
        f.click(30, 18.5); // in the hall's free corner
        QCOMPARE(f.steps(), before + 1);
        QCOMPARE(f.s().racks.last().name, QStringLiteral("H1-S-01"));
        f.click(34.9, 18.5); // rack would cross the east wall at 35 m
        QCOMPARE(f.steps(), before + 1);
        QVERIFY(f.tab.statusText().contains(QStringLiteral("outside hall")));
    }

    void copyPasteAndDuplicate()
    {
        Fixture f(emptyProject());
        f.tab.toolOptions().rackTypeId = gb300(f.doc.project());
        buildHallWithThreeRows(f);
        f.key(Qt::Key_S);
        f.click(7.3, 8.0);
        f.key(Qt::Key_C, Qt::ControlModifier);
        QTest::mouseMove(f.vp(), f.at(25, 9)); // the cursor is where Paste puts the objects
        f.key(Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(f.s().racks.size(), 37);
        QVERIFY(qAbs(f.s().racks.last().xM - 20.0) < 1e-9); // hall-local x of site 25 m
        QVERIFY(qAbs(f.s().racks.last().yM - 4.0) < 1e-9);
        QCOMPARE(f.doc.selection(), QList<Id>{f.s().racks.last().id});
        f.key(Qt::Key_D, Qt::ControlModifier);
        QCOMPARE(f.s().racks.size(), 38);
    }

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

    void rackLabelsReadUpright()
    {
        // Whatever the rack's and its hall's turn, the name's baseline never points leftwards.
        for (double hall : {0.0, 30.0, 90.0, 200.0})
            for (double rack = 0; rack < 360; rack += 15) {
                QTransform world;
                world.scale(40, 40).rotate(hall).rotate(rack);
                world.rotate(uprightTurnDeg(world));
                const double screenDeg = std::atan2(world.m12(), world.m11()) * 180.0 / M_PI;
                QVERIFY2(screenDeg > -90.0 - 1e-6 && screenDeg <= 90.0 + 1e-6,
                         qPrintable(QStringLiteral("hall %1°, rack %2°: text at %3°")
                                        .arg(hall)
                                        .arg(rack)
                                        .arg(screenDeg)));
            }
        // Drawn: a rack turned by 180° shows its name exactly as an unturned one (middle band; the
        // front marker moves from the bottom to the top edge).
        const auto render = [](double rotationDeg) {
            RackItem item(1, nullptr);
            item.setSize(0.6, 1.2);
            item.setAppearance(QColor(0x3b, 0x6e, 0xa5), Qt::black, false, 0);
            item.setLabel(QStringLiteral("H1-R01-12"));
            QImage image(120, 120, QImage::Format_ARGB32);
            image.fill(Qt::white);
            QPainter painter(&image);
            painter.translate(60, 60);
            painter.scale(80, 80); // 80 px per metre: 48 px wide, the name is drawn
            painter.rotate(rotationDeg);
            QStyleOptionGraphicsItem option;
            item.paint(&painter, &option, nullptr);
            painter.end();
            return image.copy(QRect(20, 35, 80, 50));
        };
        const QImage upright = render(0), turned = render(180);
        QVERIFY(upright.pixelColor(40, 25) != QColor(Qt::white)); // the rack is there
        QCOMPARE(turned, upright);
    }

    void hoveringShowsTooltips()
    {
        Fixture f(emptyProject());
        f.tab.toolOptions().rackTypeId = gb300(f.doc.project());
        buildHallWithThreeRows(f);
        f.tab.view()->setPixelsPerMetre(100); // racks as items, with their names
        f.tab.view()->centerOn(9, 8);
        QCoreApplication::processEvents();
        const Rack &rack = f.s().racks.first();
        const RackType *type = f.doc.project().rackType(rack.rackTypeId);
        if (const QString dir = qEnvironmentVariable("FJORD_GRAB_DIR"); !dir.isEmpty())
            QVERIFY(f.tab.view()->viewport()->grab().save(dir + QStringLiteral("/layout_rack_labels.png")));
        const auto hover = [&](QPointF site) {
            const QPoint at = f.tab.view()->mapFromScene(site);
            QHelpEvent event(QEvent::ToolTip, at, f.vp()->mapToGlobal(at));
            QCoreApplication::sendEvent(f.vp(), &event);
            return QToolTip::text();
        };
        const QString rackTip = hover(f.tab.scene()->rackItem(rack.id)->scenePos());
        QTRY_VERIFY(QToolTip::isVisible());
        const QString design = QStringLiteral("%1 kW design").arg(type->designPowerW / 1e3, 0, 'f', 0);
        const QString peak = QStringLiteral("%1 kW peak").arg(type->peakW() / 1e3, 0, 'f', 0);
        for (const QString &part : {QStringLiteral("<b>%1</b>").arg(rack.name), type->name, design, peak,
                                    QStringLiteral("Feeds</td><td>none"), QStringLiteral("unallocated")})
            QVERIFY2(rackTip.contains(part), qPrintable(part + QStringLiteral(" not in ") + rackTip));
        // Bare floor of the hall: the hall's size and contents.
        const QString hallTip = hover(QPointF(30, 18));
        QVERIFY2(hallTip.contains(QStringLiteral("Hall H1")) &&
                     hallTip.contains(QStringLiteral("30.0 × 15.0 m")) &&
                     hallTip.contains(QStringLiteral("36 racks")),
                 qPrintable(hallTip));
        QToolTip::hideText();
    }

    void overlaysRecolourWithoutRebuilding()
    {
        Fixture f(emptyProject());
        f.tab.toolOptions().rackTypeId = gb300(f.doc.project());
        buildHallWithThreeRows(f);
        const Id rack = f.s().racks.first().id;
        RackItem *item = f.tab.scene()->rackItem(rack);
        const QColor typeColour = item->fill();
        f.tab.overlayAction(1)->trigger(); // power density
        QVERIFY(item->fill() != typeColour);
        const double kw = f.doc.project().rackType(f.s().rack(rack)->rackTypeId)->designPowerW / 1000;
        QCOMPARE(item->fill(), heatColour(kw, RackKwLow, RackKwHigh));
        QCOMPARE(f.tab.scene()->rackItem(rack), item); // same item: recoloured in place
        // a change to one rack touches only that rack's item
        RackItem *other = f.tab.scene()->rackItem(f.s().racks[20].id);
        f.doc.setSelection({rack});
        f.key(Qt::Key_Right);
        QCOMPARE(f.tab.scene()->rackItem(f.s().racks[20].id), other);
    }

    void stageOverlayGreysLaterStages()
    {
        Project p = emptyProject();
        Stage later;
        later.id = p.allocateId();
        later.name = QStringLiteral("Stage 2");
        p.scenarios[0].stages.append(later);
        Fixture f(p);
        f.tab.toolOptions().rackTypeId = gb300(f.doc.project());
        f.doc.setCurrentStageIndex(1);
        buildHallWithThreeRows(f); // built in stage 2
        f.doc.setCurrentStageIndex(0);
        // zoomed out: the rows draw the racks faded, or not at all when later stages are hidden
        const RowItem *row = f.tab.scene()->rowItem(f.s().rows.first().id);
        QVERIFY(row->isAggregated());
        QVERIFY(row->rackSlots().first().later);
        f.tab.scene()->setStageOverlay(true, true);
        QVERIFY(!row->isVisible());
        f.tab.scene()->setStageOverlay(true, false);
        // zoomed in: the rack items themselves
        f.tab.view()->setPixelsPerMetre(FloorPlanView::RackDetailPpm * 2);
        RackItem *item = f.tab.scene()->rackItem(f.s().racks.first().id);
        QVERIFY(item->isLater());
        QVERIFY(item->isVisible());
        f.tab.scene()->setStageOverlay(true, true);
        QVERIFY(!item->isVisible());
        f.doc.setCurrentStageIndex(1);
        QVERIFY(item->isVisible());
        QVERIFY(!item->isLater());
        QVERIFY(row->isVisible());
    }

    void problemsAreOutlined()
    {
        Fixture f(emptyProject());
        f.tab.toolOptions().rackTypeId = gb300(f.doc.project());
        buildHallWithThreeRows(f);
        // nudge a rack onto its neighbour: the space check reports an overlap on it
        f.key(Qt::Key_S);
        const Id rack = f.s().racks[1].id;
        f.click(7.9, 8.0);
        QCOMPARE(f.doc.selection(), QList<Id>{rack});
        auto overlapOn = [&](Id id) {
            for (const Problem &p : f.doc.problems())
                if (p.code == QStringLiteral("space.overlap") && p.objectId == id)
                    return true;
            return false;
        };
        f.doc.recomputeNow();
        QVERIFY(!overlapOn(rack));
        QVERIFY(f.tab.scene()->rackItem(rack)->problemLevel() < 2); // unfed racks warn, nothing worse
        f.key(Qt::Key_Left);                                        // 0.1 m: overlaps rack 0 by 0.1 m
        f.doc.recomputeNow();
        QVERIFY(overlapOn(rack));
        QCOMPARE(f.tab.scene()->rackItem(rack)->problemLevel(), 2);
        // zoomed out, the row draws the rack with the same red outline
        const RowItem *row = f.tab.scene()->rowItem(f.s().rows.first().id);
        const auto slot = std::find_if(row->rackSlots().cbegin(), row->rackSlots().cend(),
                                       [&](const RowItem::Slot &sl) { return sl.rackId == rack; });
        QVERIFY(slot != row->rackSlots().cend());
        QCOMPARE(slot->problem, 2);
        f.tab.problemsOverlayAction()->trigger(); // overlay off: no outline
        QCOMPARE(f.tab.scene()->rackItem(rack)->problemLevel(), 0);
        f.tab.problemsOverlayAction()->trigger();
        f.key(Qt::Key_Right);
        f.doc.recomputeNow();
        QVERIFY(!overlapOn(rack));
        QVERIFY(f.tab.scene()->rackItem(rack)->problemLevel() < 2);

        // during a drag the problems wait for the release (one recompute per gesture, not per step)
        f.tab.toolOptions().snap = false; // else the rack docks beside its neighbour
        QTest::mousePress(f.vp(), Qt::LeftButton, {}, f.at(7.9, 8.0));
        QTest::mouseMove(f.vp(), f.at(7.85, 8.0));
        QTest::mouseMove(f.vp(), f.at(7.8, 8.0)); // 0.1 m left: onto rack 0
        QVERIFY(f.doc.inGesture());
        QCoreApplication::processEvents();
        QVERIFY(!overlapOn(rack));
        QTest::mouseRelease(f.vp(), Qt::LeftButton, {}, f.at(7.8, 8.0));
        QVERIFY(!f.doc.inGesture());
        QTRY_VERIFY(overlapOn(rack));
    }

    void zoomAndPan()
    {
        Fixture f(emptyProject());
        f.tab.toolOptions().rackTypeId = gb300(f.doc.project());
        buildHallWithThreeRows(f);
        FloorPlanView *v = f.tab.view();
        const QPoint cursor = f.at(20, 12);
        QWheelEvent wheel(cursor, v->viewport()->mapToGlobal(cursor), QPoint(), QPoint(0, 120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(v->viewport(), &wheel);
        QVERIFY(v->pixelsPerMetre() > 11.5);
        const QPointF under = v->mapToScene(cursor);
        QVERIFY2(qAbs(under.x() - 20) < 0.2 && qAbs(under.y() - 12) < 0.2,
                 "zoom keeps the point under the cursor");
        // middle-button pan by 100 px moves the view by 100 px / ppm
        const QPointF centre = v->mapToScene(v->viewport()->rect().center());
        QTest::mousePress(v->viewport(), Qt::MiddleButton, {}, QPoint(400, 400));
        QMouseEvent move(QEvent::MouseMove, QPointF(500, 400), v->viewport()->mapToGlobal(QPointF(500, 400)),
                         Qt::NoButton, Qt::MiddleButton, Qt::NoModifier);
        QCoreApplication::sendEvent(v->viewport(), &move);
        QTest::mouseRelease(v->viewport(), Qt::MiddleButton, {}, QPoint(500, 400));
        const QPointF moved = v->mapToScene(v->viewport()->rect().center());
        QVERIFY(qAbs((centre.x() - moved.x()) - 100 / v->pixelsPerMetre()) < 0.2);
        v->zoomToFit();
        QVERIFY(v->mapToScene(v->viewport()->rect()).boundingRect().contains(f.tab.scene()->campusRect()));
        // a fitted plan stays fitted when the window grows, until the user zooms
        const double fittedPpm = v->pixelsPerMetre();
        f.tab.resize(1800, 1100);
        QTRY_VERIFY(v->pixelsPerMetre() > fittedPpm * 1.1);
        QVERIFY(v->mapToScene(v->viewport()->rect()).boundingRect().contains(f.tab.scene()->campusRect()));
        v->zoomBy(1.5, v->viewport()->rect().center());
        const double zoomedPpm = v->pixelsPerMetre();
        f.tab.resize(1400, 900);
        QCoreApplication::processEvents();
        QCOMPARE(v->pixelsPerMetre(), zoomedPpm);
    }

    void zoomedOutRowsDrawTheirRacks()
    {
        Fixture f(emptyProject());
        f.tab.toolOptions().rackTypeId = gb300(f.doc.project());
        buildHallWithThreeRows(f);
        f.tab.view()->setPixelsPerMetre(FloorPlanView::RackDetailPpm * 2);
        RackItem *rack = f.tab.scene()->rackItem(f.s().racks.first().id);
        QVERIFY(rack->isVisible());
        f.tab.view()->setPixelsPerMetre(FloorPlanView::RackDetailPpm * 0.8);
        QVERIFY(!f.tab.scene()->rackDetail());
        QVERIFY(!rack->isVisible()); // its row paints it
        const RowItem *row = f.tab.scene()->rowItem(f.s().rows.first().id);
        QVERIFY(row->isAggregated());
        QCOMPARE(row->rackSlots().size(), 12);
        QCOMPARE(row->rackSlots().first().rackId, f.s().racks.first().id);
        // a band still selects the racks the rows draw, and the rows show the selection
        f.key(Qt::Key_S);
        const FloorPlanView *v = f.tab.view();
        QTest::mousePress(f.vp(), Qt::LeftButton, {}, v->mapFromScene(QPointF(6, 6.5)));
        QTest::mouseMove(f.vp(), v->mapFromScene(QPointF(20, 9)));
        QTest::mouseRelease(f.vp(), Qt::LeftButton, {}, v->mapFromScene(QPointF(20, 9)));
        QCOMPARE(f.doc.selection().size(), 12);
        QVERIFY(std::all_of(row->rackSlots().cbegin(), row->rackSlots().cend(),
                            [](const RowItem::Slot &slot) { return slot.marked; }));
        // a click on a rack the row draws selects that rack, not the row
        const Rack &third = f.s().racks[2];
        const QPointF thirdSite(5 + third.xM, 5 + third.yM);
        QTest::mouseClick(f.vp(), Qt::LeftButton, {}, v->mapFromScene(thirdSite));
        QCOMPARE(f.doc.selection(), QList<Id>{third.id});
        QCOMPARE(std::count_if(row->rackSlots().cbegin(), row->rackSlots().cend(),
                               [](const RowItem::Slot &slot) { return slot.marked; }),
                 1);
        // the whole band again, for the zoom-in check below
        QTest::mousePress(f.vp(), Qt::LeftButton, {}, v->mapFromScene(QPointF(6, 6.5)));
        QTest::mouseMove(f.vp(), v->mapFromScene(QPointF(20, 9)));
        QTest::mouseRelease(f.vp(), Qt::LeftButton, {}, v->mapFromScene(QPointF(20, 9)));
        f.tab.view()->setPixelsPerMetre(FloorPlanView::RackDetailPpm * 2);
        QVERIFY(f.tab.scene()->rackDetail());
        QVERIFY(rack->isVisible());
        QVERIFY(rack->isMarked());
    }

    void exportPngAndSvg()
    {
        Fixture f(emptyProject());
        f.tab.toolOptions().rackTypeId = gb300(f.doc.project());
        buildHallWithThreeRows(f);
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("plan.png")),
                      svg = dir.filePath(QStringLiteral("plan.svg"));
        QCOMPARE(f.tab.exportPlan(png, 1200), QString());
        QCOMPARE(f.tab.exportPlan(svg, 1200), QString());
        const QImage image(png);
        QCOMPARE(image.width(), 1200);
        QVERIFY(image.height() > 400);
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("<svg"));
        QVERIFY(text.contains("H1"));
        QVERIFY(!f.tab.exportPlan(dir.filePath(QStringLiteral("missing/dir/plan.png"))).isEmpty());
    }
};

QTEST_MAIN(TestFloorPlan)
#include "tst_floorplan.moc"
