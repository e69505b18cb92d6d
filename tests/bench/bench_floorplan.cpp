// Floor-plan speed at campus scale (issues 3 and 18): 20,000 racks in 10 halls, against the peer
// (../shared/bench/naivescene: a plain QGraphicsScene, one rect item and one label per rack), which
// the build compiles beside this bench and which it runs itself, round by round between its own.
//   bench_floorplan [--rounds N]        prints our frame times, the peer's and peer / ours
//   bench_floorplan [--rounds N] OUTDIR also renders the Narvik sample to PNG/SVG in OUTDIR
//   bench_floorplan --profile K [--rounds N]  only our frame K (0..4 as printed; 5 the edits), for perf
//   bench_floorplan --grab DIR          the view at each frame as DIR/frame-K.png (one row selected)
// Targets (issue 18): at least 3x the peer's speed at whole campus and one hall, at least its speed
// zoomed in; select all, move and undo of 20,000 racks each faster than one whole-campus frame of
// the peer. Build in Release for meaningful figures.
#include "model/document/commands/layoutedits.h"
#include "model/document/projectdocument.h"
#include "model/engine.h"
#include "model/sample/narviksample.h"
#include "model/sample/rackcatalogue.h"
#include "model/validation.h"
#include "tests/bench/naivepeer.h"
#include "ui/floorplan/floorplanscene.h"
#include "ui/floorplan/floorplanview.h"
#include "ui/floorplan/layoutactions.h"
#include "ui/floorplan/layouttab.h"
#include "ui/floorplan/selecttool.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QUndoStack>

#include <algorithm>
#include <cstdio>
#include <memory>

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

double median(QList<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).section(u' ', 0, 2)
                                       : QStringLiteral("?");
}

constexpr int FrameCount = int(bench::PeerFrame::Count);
const char *const FrameNames[FrameCount] = {"zoom, whole campus", "pan, whole campus", "pan, one hall",
                                            "pan, 40.4 px/m (racks as items)",
                                            "pan, labels visible (10 x 6 m)"};
// peer / ours at least: 3x where the campus is drawn whole or by hall, at least as fast zoomed in
constexpr double TargetRatio[FrameCount] = {3, 3, 3, 1, 1};

// One round of our figures (ms): the frames (mean of 20, as the peer), select all, move, undo.
struct OurTimes {
    double frameMs[FrameCount] = {};
    double selectAllMs = 0, moveMs = 0, moveEditMs = 0, undoMs = 0;
};

// The Layout tab over the 20,000-rack campus, its plan showing exactly what the peer's view shows.
class Bench {
public:
    Bench() : m_doc(campus20k())
    {
        QElapsedTimer t;
        t.start();
        m_tab = std::make_unique<LayoutTab>(&m_doc);
        m_tab->resize(1600, 1000);
        m_tab->show();
        QCoreApplication::processEvents();
        m_buildMs = ms(t);
    }
    double buildMs() const { return m_buildMs; }

    // The view at each frame, with the racks of one row selected (the look, before and after a change).
    void grab(const bench::PeerGeometry &peer, const QString &dir)
    {
        QDir().mkpath(dir);
        QList<Id> row;
        for (const Rack &r : m_doc.scenario().racks)
            if (r.rowId == m_doc.scenario().racks.first().rowId)
                row.append(r.id);
        m_doc.setSelection(row);
        for (int f = 0; f < FrameCount; ++f) {
            show(peer.frames[f]);
            const QString path = QStringLiteral("%1/frame-%2.png").arg(dir).arg(f);
            m_tab->view()->viewport()->grab().save(path);
            std::printf("%s\n", qPrintable(path));
        }
        m_doc.setSelection({});
    }

    double frameOnly(const bench::PeerGeometry &peer, bench::PeerFrame f)
    {
        FloorPlanView *view = m_tab->view();
        show(peer.frames[int(f)]);
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < 20; ++i) {
            if (f == bench::PeerFrame::ZoomCampus)
                view->zoomBy(i % 2 ? 1 / 1.1 : 1.1, view->viewport()->rect().center());
            else
                view->panBy(i % 2 ? -40 : 40, 0);
            view->viewport()->repaint();
        }
        return ms(t) / 20;
    }

    OurTimes run(const bench::PeerGeometry &peer)
    {
        OurTimes out;
        FloorPlanView *view = m_tab->view();
        QWidget *vp = view->viewport();
        auto frame = [&](auto &&change) {
            double total = 0;
            for (int i = 0; i < 20; ++i) {
                QElapsedTimer f;
                f.start();
                change(i);
                vp->repaint();
                total += ms(f);
            }
            return total / 20;
        };
        auto pan = [&](int i) { view->panBy(i % 2 ? -40 : 40, 0); };
        using F = bench::PeerFrame;
        show(peer.frames[int(F::ZoomCampus)]);
        out.frameMs[int(F::ZoomCampus)] =
            frame([&](int i) { view->zoomBy(i % 2 ? 1 / 1.1 : 1.1, vp->rect().center()); });
        for (F f : {F::PanCampus, F::PanHall, F::PanItems, F::PanLabels}) {
            show(peer.frames[int(f)]);
            out.frameMs[int(f)] = frame(pan);
        }

        runEdits(peer, out);
        return out;
    }

    // the edits, each until the frame shows it, with the whole campus in view
    void runEdits(const bench::PeerGeometry &peer, OurTimes &out)
    {
        using F = bench::PeerFrame;
        QWidget *vp = m_tab->view()->viewport();
        show(peer.frames[int(F::PanCampus)]);
        m_doc.setSelection({});
        vp->repaint();
        QElapsedTimer t;
        t.start();
        m_tab->actions()->selectAll()->trigger();
        vp->repaint();
        out.selectAllMs = ms(t);
        SelectTool select(m_tab->scene(), &m_tab->toolOptions());
        t.restart();
        select.moveSelection(0.1, 0, 0);
        out.moveEditMs = ms(t);
        vp->repaint();
        out.moveMs = ms(t);
        t.restart();
        m_doc.undoStack()->undo();
        vp->repaint();
        out.undoMs = ms(t);
        m_doc.setSelection({});
    }

    void printRecompute()
    {
        QElapsedTimer t;
        t.start();
        m_doc.recomputeNow();
        std::printf("%-44s %9.1f ms   (engine + validation, once per event loop turn)\n", "recompute results",
                    ms(t));
        t.restart();
        validate(m_doc.project(), m_doc.scenario());
        std::printf("%-44s %9.1f ms\n", "  of which: validation", ms(t));
        t.restart();
        evaluate(m_doc.project(), m_doc.scenario(), m_doc.project().site.climate);
        std::printf("%-44s %9.1f ms\n", "  of which: evaluation", ms(t));
    }

private:
    // the peer's viewport size, scale and centre
    void show(const bench::FrameView &frame)
    {
        FloorPlanView *view = m_tab->view();
        const QSize grow = frame.viewport - view->viewport()->size();
        if (!grow.isNull()) {
            m_tab->resize(m_tab->size() + grow);
            QCoreApplication::processEvents();
        }
        view->setPixelsPerMetre(frame.ppm);
        view->centerOn(frame.centre);
        view->viewport()->repaint(); // warm-up
    }

    ProjectDocument m_doc;
    std::unique_ptr<LayoutTab> m_tab;
    double m_buildMs = 0;
};

// For perf: only our frame K (0..4; 5: the edits) over and over, no peer, nothing printed per round.
void profile(int frame, int rounds)
{
    const bench::PeerGeometry geometry = bench::peerGeometry();
    Bench ours;
    double total = 0;
    for (int round = 0; round < rounds; ++round)
        if (frame < FrameCount) {
            const double m = ours.frameOnly(geometry, bench::PeerFrame(frame));
            std::printf("%.2f ", m);
            total += m;
        } else {
            OurTimes t;
            ours.runEdits(geometry, t);
            std::printf("select all %.1f ms, move %.1f ms (edit %.1f ms), undo %.1f ms\n", t.selectAllMs,
                        t.moveMs, t.moveEditMs, t.undoMs);
            total += t.selectAllMs + t.moveMs + t.undoMs;
        }
    std::printf("profile %d: %.2f ms per round (%d rounds)\n", frame, total / rounds, rounds);
}

void benchmark(int rounds)
{
    std::printf("load average at the start: %s\n", qPrintable(loadAverage()));
    const bench::PeerGeometry geometry = bench::peerGeometry();
    Bench ours;
    std::printf("campus: 20,000 racks in 10 halls; Layout tab built and shown in %.1f ms\n", ours.buildMs());
    QList<OurTimes> ourRuns;
    QList<bench::PeerTimes> peerRuns;
    for (int round = 1; round <= rounds; ++round) {
#ifdef FJORD_NAIVESCENE
        QString error;
        if (const auto peer = bench::runPeer(QStringLiteral(FJORD_NAIVESCENE), &error))
            peerRuns.append(*peer);
        else
            std::printf("peer: %s\n", qPrintable(error));
#endif
        ourRuns.append(ours.run(geometry));
        std::printf("round %d of %d done (load average %s)\n", round, rounds, qPrintable(loadAverage()));
    }
    std::printf("\nthe frames, as the peer's view shows them (ours is set to the same viewport, scale and "
                "centre):\n");
    for (int f = 0; f < FrameCount; ++f) {
        const bench::FrameView &v = geometry.frames[f];
        std::printf("  %-32s viewport %dx%d px, %.2f px/m, centre (%.1f, %.1f) m\n", FrameNames[f],
                    v.viewport.width(), v.viewport.height(), v.ppm, v.centre.x(), v.centre.y());
    }
    std::printf(
        "each figure: the median of %d rounds (a round: the peer's run, then ours); a frame: the mean "
        "of 20 (change, repaint)\n",
        rounds);
    std::printf("%-34s %9s %9s %11s  %s\n", "frame", "ours ms", "peer ms", "peer/ours", "target");
    auto oursMedian = [&](auto &&get) {
        QList<double> v;
        for (const OurTimes &r : ourRuns)
            v.append(get(r));
        return median(v);
    };
    auto peerMedian = [&](auto &&get) {
        QList<double> v;
        for (const bench::PeerTimes &r : peerRuns)
            v.append(get(r));
        return median(v);
    };
    for (int f = 0; f < FrameCount; ++f) {
        const double our = oursMedian([f](const OurTimes &r) { return r.frameMs[f]; });
        if (peerRuns.isEmpty()) {
            std::printf("%-34s %9.2f %9s\n", FrameNames[f], our, "-");
            continue;
        }
        const double peer = peerMedian([f](const bench::PeerTimes &r) { return r.frameMs[f]; });
        QStringList each; // the ratio of each round, for the spread
        for (int i = 0; i < std::min(ourRuns.size(), peerRuns.size()); ++i)
            each << QString::number(peerRuns[i].frameMs[f] / ourRuns[i].frameMs[f], 'f', 2);
        const double ratio = peer / our;
        std::printf("%-34s %9.2f %9.2f %10.2fx  >= %.0fx %s  (rounds: %s)\n", FrameNames[f], our, peer, ratio,
                    TargetRatio[f], ratio >= TargetRatio[f] ? "ok" : "MISSED", qPrintable(each.join(u' ')));
    }
    // an edit of 20,000 racks, shown, against one whole-campus frame of the peer (the faster of its two)
    const double peerCampus =
        peerRuns.isEmpty() ? 0
                           : std::min(peerMedian([](const bench::PeerTimes &r) { return r.frameMs[0]; }),
                                      peerMedian([](const bench::PeerTimes &r) { return r.frameMs[1]; }));
    const std::pair<const char *, double OurTimes::*> edits[] = {
        {"select all 20,000 racks, shown", &OurTimes::selectAllMs},
        {"move them one step, shown", &OurTimes::moveMs},
        {"undo the move, shown", &OurTimes::undoMs}};
    for (const auto &[what, member] : edits) {
        const double our = oursMedian([m = member](const OurTimes &r) { return r.*m; });
        if (peerRuns.isEmpty())
            std::printf("%-34s %9.2f\n", what, our);
        else
            std::printf("%-34s %9.2f %9.2f %10.2fx  >  1x %s  (peer: its whole-campus frame)\n", what, our,
                        peerCampus, peerCampus / our, peerCampus > our ? "ok" : "MISSED");
    }
    std::printf("%-34s %9.2f\n", "  of which the move's edit",
                oursMedian([](const OurTimes &r) { return r.moveEditMs; }));
    if (!peerRuns.isEmpty())
        std::printf("peer build and show %.1f ms (median)\n",
                    peerMedian([](const bench::PeerTimes &r) { return r.buildMs; }));
    ours.printRecompute();
    std::printf("load average at the end: %s\n", qPrintable(loadAverage()));
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
    QStringList args = app.arguments().mid(1);
    int rounds = 3;
    if (const qsizetype i = args.indexOf(QStringLiteral("--rounds")); i >= 0 && i + 1 < args.size()) {
        rounds = std::max(1, args[i + 1].toInt());
        args.remove(i, 2);
    }
    if (const qsizetype i = args.indexOf(QStringLiteral("--grab")); i >= 0 && i + 1 < args.size()) {
        const bench::PeerGeometry geometry = bench::peerGeometry();
        Bench().grab(geometry, args[i + 1]);
        return 0;
    }
    if (const qsizetype i = args.indexOf(QStringLiteral("--profile")); i >= 0 && i + 1 < args.size()) {
        profile(args[i + 1].toInt(), rounds);
        return 0;
    }
    benchmark(rounds);
    if (!args.isEmpty())
        renderNarvik(args.first());
    return 0;
}
