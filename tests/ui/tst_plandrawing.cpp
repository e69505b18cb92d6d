// What the floor plan's speed work (issue 18) must keep: the same picture, drawn with less work.
// Halls off screen are skipped with their racks, yet everything a hall's rows paint stays inside the
// hall's drawn area and can still be clicked; the grid is left out only under opaque floors; wide
// outlines drawn as bands match Qt's pen.
#include "model/document/commands/layoutchangecommand.h"
#include "model/document/commands/layoutedits.h"
#include "model/document/projectdocument.h"
#include "model/sample/narviksample.h"
#include "ui/floorplan/floorplanscene.h"
#include "ui/floorplan/floorplanview.h"
#include "ui/floorplan/hallitem.h"
#include "ui/floorplan/outlinerects.h"
#include "ui/floorplan/overviewwidget.h"
#include "ui/floorplan/rackitem.h"
#include "ui/floorplan/racktile.h"

#include <QImage>
#include <QPainter>
#include <QTest>

#include <functional>

using namespace fjord;
using namespace fjord::ui;

namespace {

// Two 20 × 10 m halls 200 m apart, each with a row of ten racks flush against its left wall.
Project twoHalls()
{
    Project p = makeEmptyProject(QStringLiteral("Drawing test"));
    Scenario &s = p.scenarios.first();
    for (int h = 0; h < 2; ++h) {
        Hall hall;
        hall.id = p.allocateId();
        hall.name = QStringLiteral("H%1").arg(h + 1);
        hall.xM = h * 200.0;
        hall.widthM = 20;
        hall.depthM = 10;
        s.halls.append(hall);
        Row row;
        row.id = p.allocateId();
        row.hallId = hall.id;
        row.name = QStringLiteral("R01");
        row.xM = 0;
        row.yM = 0.6; // its aisle tint reaches 0.5 m past the racks: beyond the wall
        s.rows.append(row);
        for (int k = 0; k < 10; ++k) {
            Rack rack;
            rack.id = p.allocateId();
            rack.hallId = hall.id;
            rack.rowId = row.id;
            rack.rackTypeId = p.rackTypes.first().id;
            rack.xM = 0.3 + 0.6 * k;
            rack.yM = row.yM;
            rack.name = QStringLiteral("H%1-R01-%2").arg(h + 1).arg(k + 1);
            s.racks.append(rack);
        }
    }
    return p;
}

// A project in a shown 800 × 500 px plan view, as the user has it.
struct ShownPlan {
    explicit ShownPlan(const Project &project) : doc(project), scene(&doc), view(&scene)
    {
        view.resize(800, 500);
        view.show();
    }
    ProjectDocument doc;
    FloorPlanScene scene;
    FloorPlanView view;
};

// Counts how often the scene asks for its geometry or paints it: a child of a hall.
class ProbeItem : public QGraphicsItem {
public:
    using QGraphicsItem::QGraphicsItem;
    mutable int asked = 0;
    int painted = 0;
    QRectF boundingRect() const override
    {
        ++asked;
        return QRectF(9, 4, 2, 2);
    }
    void paint(QPainter *, const QStyleOptionGraphicsItem *, QWidget *) override { ++painted; }
};

QImage drawn(const std::function<void(QPainter &)> &draw)
{
    QImage image(200, 120, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    draw(painter);
    return image;
}

int differing(const QImage &a, const QImage &b)
{
    int n = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x)
            n += a.pixel(x, y) != b.pixel(x, y);
    return n;
}

} // namespace

class TestPlanDrawing : public QObject {
    Q_OBJECT
private slots:
    void hallsOffScreenAreSkippedWithTheirRacks()
    {
        ShownPlan plan(twoHalls());
        auto &[doc, scene, view] = plan;
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const Id first = doc.scenario().halls[0].id, second = doc.scenario().halls[1].id;
        auto *near = new ProbeItem(scene.hallItem(first));
        auto *far = new ProbeItem(scene.hallItem(second));
        view.setPixelsPerMetre(60); // the first hall only, racks as items
        view.centerOn(10, 5);
        QVERIFY(scene.rackDetail());
        view.viewport()->repaint();
        near->asked = far->asked = near->painted = far->painted = 0;
        view.viewport()->repaint();
        QVERIFY(near->painted > 0);
        QCOMPARE(far->painted, 0);
        QCOMPARE(far->asked, 0); // not even visited: before, every frame walked every rack of the campus
        // the racks of the far hall are still there to be found and shown
        const Rack &farRack = doc.scenario().racks.last();
        QCOMPARE(scene.objectAt(QPointF(200 + farRack.xM, farRack.yM)), farRack.id);
        view.zoomToRect(QRectF(200, 0, 20, 10));
        view.viewport()->repaint();
        QVERIFY(far->painted > 0);
    }

    void aViewAcrossTheOriginVisitsOnlyWhatItShows()
    {
        // The scene's BSP index must cover the campus: built over an empty rectangle at the origin
        // (what Qt does when the index method is switched back after a bulk change), any view that
        // crosses x = 0 or y = 0 visited every leaf and every top-level item of the campus.
        ShownPlan plan(twoHalls());
        auto &[doc, scene, view] = plan;
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *far = new ProbeItem;
        far->setPos(120, 30); // between the halls, inside the scene's rectangle
        scene.addItem(far);
        view.setPixelsPerMetre(60);
        view.centerOn(0, 0);
        view.viewport()->repaint();
        far->asked = 0;
        view.viewport()->repaint();
        QCOMPARE(far->asked, 0);
        // and once the view is there, it is found and painted
        view.centerOn(far->sceneBoundingRect().center());
        view.viewport()->repaint();
        QVERIFY(far->painted > 0);
    }

    void racksOffScreenInAVisibleHallAreSkippedByTile()
    {
        // Zoomed into one end of a hall, the racks at its other end are not visited: they sit in
        // tiles (racktile.h) whose bounds hold them, and Qt skips a tile off screen with its racks.
        Project project = twoHalls();
        Scenario &s = project.scenarios.first();
        Rack far = s.racks.first(); // a free-standing rack 18 m along the first hall: two tiles away
        far.id = project.allocateId();
        far.name = QStringLiteral("H1-FAR");
        far.rowId = NoId;
        far.xM = 18.0;
        far.yM = 8.0;
        s.racks.append(far);
        ShownPlan plan(project);
        auto &[doc, scene, view] = plan;
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const Rack &left = doc.scenario().racks.first(); // x 0.3 m
        QGraphicsItem *farItem = scene.rackItem(far.id);
        QGraphicsItem *leftItem = scene.rackItem(left.id);
        QVERIFY(farItem && leftItem && farItem->parentItem() && leftItem->parentItem());
        QVERIFY(farItem->parentItem() != leftItem->parentItem());
        QCOMPARE(farItem->parentItem()->parentItem(), scene.hallItem(left.hallId));
        // each tile's bounds hold its racks: what lets Qt skip it
        for (QGraphicsItem *rack : {farItem, leftItem})
            QVERIFY(rack->parentItem()->boundingRect().contains(rack->mapRectToParent(rack->boundingRect())));
        auto *probe = new ProbeItem(farItem->parentItem());
        probe->setPos(far.xM - 10, far.yM - 5); // its (9..11, 4..6) over the far rack, in its tile
        static_cast<RackTile *>(farItem->parentItem())->refresh(); // as the scene does when racks change
        QVERIFY(
            farItem->parentItem()->boundingRect().contains(probe->mapRectToParent(probe->boundingRect())));
        view.setPixelsPerMetre(120); // the left end only: about 6.6 × 4.2 m
        view.centerOn(QPointF(3, 1.5));
        probe->asked = probe->painted = 0;
        view.viewport()->repaint();
        QCOMPARE(probe->painted, 0);
        QCOMPARE(probe->asked, 0); // not even visited
        // the far rack is still found by a click, and drawn when in view
        QCOMPARE(scene.objectAt(QPointF(far.xM, far.yM)), far.id);
        view.centerOn(QPointF(far.xM, far.yM));
        view.viewport()->repaint();
        QVERIFY(probe->painted > 0);
        // moved beside the others, the far rack joins their tile, and hidden racks hide their tile
        delete probe;
        doc.undoStack()->push(new LayoutChangeCommand(
            &doc, QStringLiteral("Move"),
            layout::moveObjects(doc.project(), doc.scenario(), {far.id}, 1.0 - far.xM, 1.0 - far.yM)));
        QCOMPARE(scene.rackItem(far.id)->parentItem(), leftItem->parentItem());
        scene.setRackDetail(false); // zoomed out the rows draw their racks; the free rack stays an item
        QVERIFY(leftItem->parentItem()->isVisible());
        QVERIFY(!leftItem->isVisible());
        QVERIFY(scene.rackItem(far.id)->isVisible());
        doc.undoStack()->undo();
        QCOMPARE(scene.rackItem(far.id)->pos(), QPointF(far.xM, far.yM));
        QVERIFY(!leftItem->parentItem()->isVisible()); // only row racks left in it: the tile hides
        scene.setRackDetail(true);
        QVERIFY(leftItem->isVisible());
    }

    void aisleTintsOnTheFloorKeepTheirBlendedColour()
    {
        // On an opaque floor the tints are drawn opaque in the colour they blend to (a fifth of a
        // zoomed-in frame saved): the pixels must be what Qt's blending of the tint gives there.
        ProjectDocument doc(twoHalls());
        FloorPlanScene scene(&doc);
        const HallItem *hall = scene.hallItem(doc.scenario().halls[0].id);
        QVERIFY(hall->hasOpaqueFloor());
        QImage plan(400, 200, QImage::Format_ARGB32_Premultiplied);
        plan.fill(Qt::white);
        {
            QPainter p(&plan);
            scene.render(&p, QRectF(0, 0, 400, 200), QRectF(0, 0, 20, 10)); // 20 px/m
        }
        // the row's racks span y 0..1.2 m; its front aisle lies on the floor at 1.2..1.7 m
        const QRgb drawn = plan.pixel(100, int(1.45 * 20));
        QList<QRgb> expected;
        for (const QColor &tint : {QColor(0xe8, 0x4a, 0x3a, 60), QColor(0x3a, 0x8a, 0xe8, 45)}) {
            QImage reference(8, 8, QImage::Format_ARGB32_Premultiplied);
            reference.fill(hall->floorColour());
            QPainter p(&reference);
            p.fillRect(QRect(0, 0, 8, 8), tint);
            p.end();
            expected.append(reference.pixel(4, 4));
        }
        QVERIFY2(expected.contains(drawn), qPrintable(QColor::fromRgba(drawn).name()));
        QVERIFY(drawn != hall->floorColour().rgba());
    }

    void aHallsDrawnAreaHoldsWhatItsRowsPaint()
    {
        // A hall off screen by its bounding rectangle is skipped with its children: so that rectangle
        // must hold their paint, here a row's aisle tint past the wall (racks flush against it).
        ProjectDocument doc(twoHalls());
        FloorPlanScene scene(&doc);
        for (bool detailed : {true, false}) {
            scene.setRackDetail(detailed);
            for (const Hall &hall : doc.scenario().halls) {
                const HallItem *item = scene.hallItem(hall.id);
                const QRectF children = item->childrenBoundingRect();
                QVERIFY(!children.isEmpty());
                QVERIFY(children.top() < item->floorRect().top()); // the case that matters
                QVERIFY2(item->boundingRect().contains(children),
                         qPrintable(QStringLiteral("children %1,%2 %3×%4 m past the hall's area")
                                        .arg(children.x())
                                        .arg(children.y())
                                        .arg(children.width())
                                        .arg(children.height())));
            }
        }
        // fitting the plan still frames the floors and titles
        const HallItem *item = scene.hallItem(doc.scenario().halls[0].id);
        QCOMPARE(scene.campusRect().left(), item->planRect().left());
        QVERIFY(item->planRect().left() > item->boundingRect().left());
        // the row's name left of the wall is still found; beside it, and off the floor, no hall
        const Row &row = doc.scenario().rows.first();
        QCOMPARE(scene.objectAt(QPointF(-1.0, row.yM)), row.id);
        QCOMPARE(scene.objectAt(QPointF(-1.0, row.yM + 1.5)), NoId);
        QCOMPARE(scene.objectAt(QPointF(10, 8)), doc.scenario().halls.first().id);
    }

    void theGridShowsBesideTheHallsOnly()
    {
        // No grid is drawn where a hall's opaque floor hides it: the picture is the same, the grid
        // beside the halls still there.
        ShownPlan plan(twoHalls());
        auto &[doc, scene, view] = plan;
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setPixelsPerMetre(20); // a line every metre, every fifth darker
        view.centerOn(20, 5);
        QCOMPARE(scene.opaqueFloors().size(), 2);
        QVERIFY(scene.opaqueFloors().contains(QRectF(0, 0, 20, 10)));
        const QImage image = view.viewport()->grab().toImage();
        auto lineAt = [&](double xM, double yM) {
            const QPoint p = view.mapFromScene(QPointF(xM, yM));
            for (int dx = -1; dx <= 1; ++dx)
                if (image.pixelColor(p.x() + dx, p.y()) == QColor(0xc9, 0xce, 0xd5))
                    return true;
            return false;
        };
        QVERIFY(lineAt(30, 5));  // beside the hall
        QVERIFY(lineAt(25, 12)); // below it
        QVERIFY(!lineAt(10, 5)); // on its floor
        // a faded floor (a later stage, a power-density tint) lets the grid show: it is drawn there
        scene.setColourMode(ColourMode::PowerDensity);
        QVERIFY(scene.opaqueFloors().isEmpty());
    }

    void theOverviewDimsWhatTheViewDoesNotShow()
    {
        // The map is drawn from two cached pictures (plain and dimmed), no longer dimmed per paint:
        // inside the view's red frame it shows the plain map, outside it the map as Qt blends the
        // dimming colour over it.
        ShownPlan plan(twoHalls());
        auto &[doc, scene, view] = plan;
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        OverviewWidget overview(&scene, &view);
        overview.resize(240, 160);
        view.setPixelsPerMetre(0.5); // all of the site: nothing dimmed
        view.centerOn(scene.campusRect().center());
        const QImage plain = overview.grab().toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied);
        view.setPixelsPerMetre(60);
        view.centerOn(10, 5);
        const QImage part = overview.grab().toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied);
        QRect frame; // the red frame around what the view shows
        for (int y = 0; y < part.height(); ++y)
            for (int x = 0; x < part.width(); ++x)
                if (part.pixel(x, y) == qRgb(0xd0, 0x20, 0x20))
                    frame |= QRect(x, y, 1, 1);
        QVERIFY(!frame.isEmpty());
        QVERIFY(frame.width() < part.width() / 4);
        int inside = 0, outside = 0, changed = 0;
        // (the map's own border, and the frame of `plain` just inside it, are left out)
        for (int y = 3; y < part.height() - 3; ++y)
            for (int x = 3; x < part.width() - 3; ++x) {
                const QPoint at(x, y);
                if (frame.adjusted(2, 2, -2, -2).contains(at)) {
                    QCOMPARE(part.pixel(at), plain.pixel(at));
                    ++inside;
                } else if (!frame.adjusted(-2, -2, 2, 2).contains(at)) {
                    QImage blended(1, 1, QImage::Format_ARGB32_Premultiplied);
                    blended.setPixel(0, 0, plain.pixel(at));
                    QPainter p(&blended);
                    p.fillRect(QRect(0, 0, 1, 1), QColor(0x40, 0x48, 0x50, 70));
                    p.end();
                    QCOMPARE(part.pixel(at), blended.pixel(0, 0));
                    changed += part.pixel(at) != plain.pixel(at);
                    ++outside;
                }
            }
        QVERIFY(inside > 0);
        QCOMPARE(changed, outside);
    }

    void devicePixelsAreWhatFillRectCovers()
    {
        // Bands and the overview's frame are filled as whole pixels: the same pixels Qt's fillRect
        // gives a QRectF, edges on half pixels and negative sizes included.
        const QRectF rects[] = {{10.2, 7.7, 30.4, 2.0},
                                {10.5, 7.5, 30.5, 2.5},
                                {-3.5, 4.49, 12.0, 0.51},
                                {60.7, 50.2, -20.4, -9.9},
                                {0.0, 0.0, 0.4, 0.4}};
        for (const QRectF &r : rects) {
            const QImage filled = drawn([&](QPainter &p) { p.fillRect(r, Qt::black); });
            const QImage asPixels = drawn([&](QPainter &p) { p.fillRect(devicePixels(r), Qt::black); });
            QCOMPARE(differing(filled, asPixels), 0);
        }
        QVERIFY(drawn([&](QPainter &p) { p.fillRect(devicePixels(rects[0]), Qt::black); }) !=
                drawn([](QPainter &) {}));
    }

    void wideOutlinesAsBandsMatchThePen_data()
    {
        QTest::addColumn<QTransform>("transform");
        QTest::addRow("scaled") << QTransform(37.3, 0, 0, 37.3, 10.2, 7.7);
        QTest::addRow("flipped") << QTransform(-41.1, 0, 0, 40.6, 190.4, 5.35);
        QTest::addRow("turned") << QTransform().translate(100, 10).rotate(30).scale(35, 35);
    }

    void wideOutlinesAsBandsMatchThePen()
    {
        QFETCH(QTransform, transform);
        const QRectF rects[] = {{0.1, 0.2, 0.6, 1.2}, {0.8, 0.2, 0.6, 1.2}, {1.6, 0.5, 1.0, 0.4}};
        const QColor colour(0xf0, 0xa0, 0x00);
        const QImage pen = drawn([&](QPainter &p) {
            p.setTransform(transform);
            QPen wide(colour, 2.0);
            wide.setCosmetic(true);
            p.setPen(wide);
            p.drawRects(rects, 3);
        });
        const QImage bands = drawn([&](QPainter &p) {
            p.setTransform(transform);
            drawOutlineRects(&p, rects, 3, colour, 2.0);
        });
        QVERIFY(pen != drawn([](QPainter &) {})); // something was drawn
        // Qt's pen joins the corners with a bevel: a pixel or two per corner may differ, no more
        const int n = differing(pen, bands);
        QVERIFY2(n <= 3 * 4 * 2, qPrintable(QStringLiteral("%1 pixels differ").arg(n)));
        if (transform.isRotating())
            QCOMPARE(n, 0); // turned: drawn with the pen itself
        // the painter is left as it was
        QImage image(10, 10, QImage::Format_ARGB32);
        QPainter p(&image);
        p.setTransform(transform);
        drawOutlineRects(&p, rects, 3, colour, 2.0);
        QCOMPARE(p.transform(), transform);
    }
};

QTEST_MAIN(TestPlanDrawing)
#include "tst_plandrawing.moc"
