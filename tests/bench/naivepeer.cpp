#include "tests/bench/naivepeer.h"

#include <QCoreApplication>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QProcess>
#include <QRegularExpression>

namespace fjord::bench {

std::optional<PeerTimes> runPeer(const QString &binary, QString *error)
{
    QProcess peer;
    peer.setProcessChannelMode(QProcess::MergedChannels);
    peer.start(binary, {});
    if (!peer.waitForFinished(10 * 60 * 1000) || peer.exitStatus() != QProcess::NormalExit ||
        peer.exitCode() != 0) {
        *error = QStringLiteral("%1 did not run: %2").arg(binary, peer.errorString());
        return std::nullopt;
    }
    const QString out = QString::fromLocal8Bit(peer.readAll());
    // one line per figure: "naive pan frame, one hall      45.1 ms"
    const std::pair<const char *, int> lines[] = {{"build and show", -1},
                                                  {"zoom frame, whole campus", int(PeerFrame::ZoomCampus)},
                                                  {"pan frame, whole campus", int(PeerFrame::PanCampus)},
                                                  {"pan frame, one hall", int(PeerFrame::PanHall)},
                                                  {"pan frame, 40 px/m", int(PeerFrame::PanItems)},
                                                  {"pan frame, labels visible", int(PeerFrame::PanLabels)}};
    PeerTimes times;
    for (const auto &[label, frame] : lines) {
        const QRegularExpression re(QStringLiteral("^naive %1\\s+([0-9.]+) ms$")
                                        .arg(QRegularExpression::escape(QLatin1String(label))),
                                    QRegularExpression::MultilineOption);
        const QRegularExpressionMatch m = re.match(out);
        if (!m.hasMatch()) {
            *error = QStringLiteral("%1 printed no '%2' line:\n%3").arg(binary, QLatin1String(label), out);
            return std::nullopt;
        }
        (frame < 0 ? times.buildMs : times.frameMs[frame]) = m.captured(1).toDouble();
    }
    return times;
}

PeerGeometry peerGeometry()
{
    // The peer's scene extent is its ten halls (its racks and labels lie inside them); the view is
    // set up and moved as the peer does (see naivescene.cpp), its pans and zooms cancel out.
    QGraphicsScene scene;
    for (int h = 0; h < 10; ++h)
        scene.addRect((h % 5) * 84.0, (h / 5) * 82.0, 64, 62, QPen(Qt::black, 0));
    QGraphicsView view(&scene);
    view.resize(1600, 1000);
    view.show();
    QCoreApplication::processEvents();
    PeerGeometry g;
    auto record = [&](PeerFrame frame) {
        QCoreApplication::processEvents();
        const QRect vp = view.viewport()->rect();
        g.frames[int(frame)] = {vp.size(), view.transform().m11(),
                                view.mapToScene(vp).boundingRect().center()};
    };
    view.fitInView(scene.itemsBoundingRect(), Qt::KeepAspectRatio);
    record(PeerFrame::ZoomCampus);
    record(PeerFrame::PanCampus);
    view.fitInView(QRectF(0, 0, 64, 62), Qt::KeepAspectRatio);
    record(PeerFrame::PanHall);
    view.resetTransform();
    view.scale(40.4, 40.4);
    record(PeerFrame::PanItems);
    view.fitInView(QRectF(0, 0, 10, 6), Qt::KeepAspectRatio);
    record(PeerFrame::PanLabels);
    return g;
}

} // namespace fjord::bench
