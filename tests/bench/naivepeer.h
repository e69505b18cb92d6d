#pragma once

// The floor plan's peer (../shared/bench/naivescene): a plain QGraphicsScene with one rect item and
// one label per rack, built beside bench_floorplan. This runs it and reads its frame times, and
// tells the bench which area of the campus each of its frames shows, so that both draw the same.

#include <QList>
#include <QPointF>
#include <QSize>
#include <QString>

#include <optional>

namespace fjord::bench {

// The peer's frames, in the order it prints them.
enum class PeerFrame { ZoomCampus, PanCampus, PanHall, PanItems, PanLabels, Count };

// What one frame shows: the viewport's size, the scale and the scene point at its centre.
struct FrameView {
    QSize viewport;
    double ppm = 0;
    QPointF centre;
};

// One run of the peer: its build time and the mean time of each frame (ms).
struct PeerTimes {
    double buildMs = 0;
    double frameMs[int(PeerFrame::Count)] = {};
};

// Runs the peer's binary (QT_QPA_PLATFORM is passed on) and parses its output; nothing when it
// is missing, fails or prints something else (the reason in *error).
std::optional<PeerTimes> runPeer(const QString &binary, QString *error);

// The view of each of the peer's frames, found by setting up the same QGraphicsView (a 1600 × 1000
// window with its frame, and scroll bars when zoomed in) over the same campus extent.
struct PeerGeometry {
    FrameView frames[int(PeerFrame::Count)];
};
PeerGeometry peerGeometry();

} // namespace fjord::bench
