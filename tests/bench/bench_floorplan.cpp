// Floor-plan speed at campus scale (issue 3): 20,000 racks in 10 halls.
//   bench_floorplan                 prints the timings
//   bench_floorplan OUTDIR          also renders the Narvik sample to PNG/SVG in OUTDIR
// Targets: building the Layout tab < 1 s; a pan/zoom frame < 16 ms; select all + move one step
// < 100 ms; undo of that move < 100 ms. Build in Release for meaningful figures.
#include "model/document/commands/layoutedits.h"
#include "model/document/projectdocument.h"
#include "model/engine.h"
#include "model/sample/narviksample.h"
#include "model/sample/rackcatalogue.h"
#include "model/validation.h"
#include "ui/floorplan/floorplanscene.h"
#include "ui/floorplan/floorplanview.h"
#include "ui/floorplan/layoutactions.h"
#include "ui/floorplan/layouttab.h"
#include "ui/floorplan/selecttool.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QUndoStack>

#include <cstdio>

using namespace fjord;
using namespace fjord::ui;

namespace {

// 10 halls of 64 × 62 m, each 20 rows of 100 racks (0.6 m pitch, rows 3 m apart).
Project campus20k()
{
    Project p = makeEmptyProject(QStringLiteral("Bench campus"));
    Scenario &s = p.scenarios.first();
    const RackType &type = p.rackTypes.first();
    for (int h = 0; h < 10; ++h) {
        Hall hall;
        hall.id = p.allocateId();
        hall.name = QStringLiteral("H%1").arg(h + 1);
        hall.xM = (h % 5) * 84.0;
        hall.yM = (h / 5) * 82.0;
        hall.widthM = 64;
        hall.depthM = 62;
        s.halls.append(hall);
        for (int r = 0; r < 20; ++r) {
            Row row;
            row.id = p.allocateId();
            row.hallId = hall.id;
            row.name = QStringLiteral("R%1").arg(r + 1, 2, 10, QLatin1Char('0'));
            row.xM = 2;
            row.yM = 2 + r * 3.0;
            row.hotAisle = r % 2 ? AisleSide::Front : AisleSide::Back;
            s.rows.append(row);
            for (int k = 0; k < 100; ++k) {
                Rack rack;
                rack.id = p.allocateId();
                rack.hallId = hall.id;
                rack.rowId = row.id;
                rack.rackTypeId = type.id;
                rack.xM = row.xM + 0.6 * (k + 0.5);
                rack.yM = row.yM;
                rack.rotationDeg = r % 2 ? 180 : 0;
                rack.name = layout::rackName(hall.name, row.name, k + 1);
                s.racks.append(rack);
            }
        }
    }
    return p;
}

double ms(const QElapsedTimer &t)
{
    return t.nsecsElapsed() / 1e6;
}

void report(const char *what, double valueMs, double targetMs)
{
    std::printf("%-44s %9.1f ms   (target < %.0f ms) %s\n", what, valueMs, targetMs,
                valueMs < targetMs ? "ok" : "SLOW");
}

void benchmark()
{
    ProjectDocument doc(campus20k());
    std::printf("campus: %lld racks in %lld halls\n", qlonglong(doc.scenario().racks.size()),
                qlonglong(doc.scenario().halls.size()));
    QElapsedTimer t;
    t.start();
    LayoutTab tab(&doc);
    tab.resize(1600, 1000);
    tab.show();
    QCoreApplication::processEvents();
    report("build and show the Layout tab", ms(t), 1000);

    FloorPlanView *view = tab.view();
    view->zoomToFit();
    QWidget *vp = view->viewport();
    auto frame = [&](auto &&change) {
        double worst = 0, total = 0;
        for (int i = 0; i < 20; ++i) {
            QElapsedTimer f;
            f.start();
            change(i);
            vp->repaint();
            const double m = ms(f);
            worst = std::max(worst, m);
            total += m;
        }
        return std::pair{total / 20, worst};
    };
    vp->repaint(); // warm-up
    auto [zoomAvg, zoomWorst] =
        frame([&](int i) { view->zoomBy(i % 2 ? 1 / 1.1 : 1.1, vp->rect().center()); });
    report("zoom frame, whole campus (mean)", zoomAvg, 16);
    report("zoom frame, whole campus (worst)", zoomWorst, 16);
    auto [panAvg, panWorst] = frame([&](int i) { view->panBy(i % 2 ? -40 : 40, 0); });
    report("pan frame, whole campus (mean)", panAvg, 16);
    view->zoomToRect(QRectF(0, 0, 64, 62));
    vp->repaint();
    auto [hallAvg, hallWorst] = frame([&](int i) { view->panBy(i % 2 ? -40 : 40, 0); });
    report("pan frame, one hall (mean)", hallAvg, 16);
    report("pan frame, one hall (worst)", hallWorst, 16);
    // just above the zoom from which racks are items of their own (the most items on screen)
    view->setPixelsPerMetre(FloorPlanView::RackDetailPpm * 1.01);
    vp->repaint();
    auto [itemsAvg, itemsWorst] = frame([&](int i) { view->panBy(i % 2 ? -40 : 40, 0); });
    report("pan frame, racks as items (mean)", itemsAvg, 16);
    report("pan frame, racks as items (worst)", itemsWorst, 16);
    view->zoomToRect(QRectF(0, 0, 10, 6));
    vp->repaint();
    auto [closeAvg, closeWorst] = frame([&](int i) { view->panBy(i % 2 ? -40 : 40, 0); });
    report("pan frame, labels visible (mean)", closeAvg, 16);
    report("pan frame, labels visible (worst)", closeWorst, 16);
    Q_UNUSED(panWorst)

    view->zoomToFit();
    t.restart();
    tab.actions()->selectAll()->trigger();
    report("select all 20,000 racks", ms(t), 100);
    auto *select = new SelectTool(tab.scene(), &tab.toolOptions(), &tab);
    {
        // the parts of a move: building the edit, and applying it with the scene and panels listening
        const QList<Id> all = doc.selection();
        t.restart();
        const auto clamp = layout::clampMoveIntoHalls(doc.project(), doc.scenario(), all, 0.1, 0);
        const LayoutDelta delta =
            layout::moveObjects(doc.project(), doc.scenario(), all, clamp.first, clamp.second);
        std::printf("%-44s %9.1f ms\n", "  of which: clamp + build the move", ms(t));
    }
    // a step of the user's: the edit, and the frame that shows it (the scene index is rebuilt there)
    t.restart();
    select->moveSelection(0.1, 0, 0);
    const double moveMs = ms(t);
    vp->repaint();
    report("move the selection one step, shown", ms(t), 100);
    std::printf("%-44s %9.1f ms\n", "  of which: the edit", moveMs);
    t.restart();
    doc.undoStack()->undo();
    vp->repaint();
    report("undo the move, shown", ms(t), 100);
    t.restart();
    doc.recomputeNow();
    std::printf("%-44s %9.1f ms   (engine + validation, once per event loop turn)\n", "recompute results",
                ms(t));
    t.restart();
    validate(doc.project(), doc.scenario());
    std::printf("%-44s %9.1f ms\n", "  of which: validation", ms(t));
    t.restart();
    evaluate(doc.project(), doc.scenario(), doc.project().site.climate);
    std::printf("%-44s %9.1f ms\n", "  of which: evaluation", ms(t));
}

void renderNarvik(const QString &dir)
{
    QDir().mkpath(dir);
    ProjectDocument doc(makeNarvikSample());
    LayoutTab tab(&doc);
    tab.resize(1600, 1000);
    tab.show();
    QCoreApplication::processEvents();
    doc.recomputeNow();
    auto write = [&](const QString &name, const QString &error) {
        std::printf("%s: %s\n", qPrintable(name), error.isEmpty() ? "written" : qPrintable(error));
    };
    write(dir + QStringLiteral("/narvik_campus.png"),
          tab.exportPlan(dir + QStringLiteral("/narvik_campus.png"), 3000));
    write(dir + QStringLiteral("/narvik_campus.svg"),
          tab.exportPlan(dir + QStringLiteral("/narvik_campus.svg"), 3000));
    // one hall, zoomed: the export of the view's area
    const Hall &hall = doc.scenario().halls.first();
    tab.view()->zoomToRect(QRectF(hall.xM, hall.yM, hall.widthM, hall.depthM));
    const QImage grab = tab.view()->grab().toImage();
    grab.save(dir + QStringLiteral("/narvik_hall_view.png"));
    std::printf("%s: written (the view, %dx%d)\n", qPrintable(dir + QStringLiteral("/narvik_hall_view.png")),
                grab.width(), grab.height());
    tab.overlayAction(1)->trigger();
    write(dir + QStringLiteral("/narvik_power_density.png"),
          tab.exportPlan(dir + QStringLiteral("/narvik_power_density.png"), 3000));
    tab.overlayAction(3)->trigger();
    tab.view()->zoomToRect(QRectF(hall.xM, hall.yM, hall.widthM / 2, hall.depthM / 3));
    const QImage close = tab.view()->grab().toImage();
    close.save(dir + QStringLiteral("/narvik_phase_close.png"));
    std::printf("%s: written\n", qPrintable(dir + QStringLiteral("/narvik_phase_close.png")));
    doc.setCurrentStageIndex(0);
    tab.overlayAction(0)->trigger();
    write(dir + QStringLiteral("/narvik_stage1.png"),
          tab.exportPlan(dir + QStringLiteral("/narvik_stage1.png"), 3000));
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    benchmark();
    if (argc > 1)
        renderNarvik(QString::fromLocal8Bit(argv[1]));
    return 0;
}
