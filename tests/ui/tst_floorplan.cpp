// The Layout tab driven like a user: real mouse and key events on the view's viewport (offscreen).
#include "model/document/projectdocument.h"
#include "model/storage/projectfile.h"
#include "tests/ui/layouttabfixture.h"
#include "ui/floorplan/floorplanscene.h"
#include "ui/floorplan/floorplanview.h"
#include "ui/floorplan/hallitem.h"
#include "ui/floorplan/layoutactions.h"
#include "ui/floorplan/layouttab.h"
#include "ui/floorplan/placeracktool.h"
#include "ui/floorplan/rackcataloguelist.h"
#include "ui/floorplan/rackitem.h"
#include "ui/floorplan/rowitem.h"
#include "ui/floorplan/uprighttext.h"

#include <QAction>
#include <QGraphicsPolygonItem>
#include <QImage>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QUndoStack>

using namespace fjord;
using namespace fjord::ui;
using namespace fjord::test;

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
