#include "ui/floorplan/floorplanview.h"

#include "ui/floorplan/floorplanscene.h"
#include "ui/floorplan/rectpieces.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace fjord::ui {

namespace {
constexpr int RulerPx = 18;
const QColor GridMinor(0xdd, 0xe1, 0xe6);
const QColor GridMajor(0xc9, 0xce, 0xd5);

QString metresLabel(double m)
{
    if (std::abs(m) >= 1000 && std::fmod(m, 1000.0) == 0)
        return QStringLiteral("%1 km").arg(m / 1000.0, 0, 'g', 4);
    return QStringLiteral("%1 m").arg(m, 0, 'g', 6);
}
} // namespace

FloorPlanView::FloorPlanView(FloorPlanScene *scene, QWidget *parent) : QGraphicsView(scene, parent)
{
    setDragMode(QGraphicsView::NoDrag);
    setTransformationAnchor(QGraphicsView::NoAnchor);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setViewportUpdateMode(QGraphicsView::MinimalViewportUpdate);
    // items set their own pen, brush and font; the view sets transform and opacity per item
    setOptimizationFlags(QGraphicsView::DontAdjustForAntialiasing | QGraphicsView::DontSavePainterState);
    setRenderHint(QPainter::Antialiasing, false);
    setRenderHint(QPainter::TextAntialiasing, true);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAcceptDrops(true);
    setFrameShape(QFrame::NoFrame);
    setViewportMargins(0, 0, 0, 0);
    // drawBackground paints every exposed pixel (the palette's base where no hall floor covers
    // it); the viewport's own fill before it would be a second full-view fill on every frame. And
    // Qt is told so: a viewport that is not opaque has its window's background painted under it
    // first, a third full-view fill (a seventh of a zoomed-in frame, measured in bench_floorplan).
    viewport()->setAutoFillBackground(false);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    setTransform(QTransform::fromScale(8, 8));
}

double FloorPlanView::pixelsPerMetre() const
{
    return transform().m11();
}

void FloorPlanView::setPixelsPerMetre(double ppm)
{
    zoomBy(ppm / pixelsPerMetre(), viewport()->rect().center());
}

void FloorPlanView::showSameAreaAs(const FloorPlanView *other)
{
    m_keepFitted = false;
    setTransform(other->transform());
    centerOn(other->mapToScene(other->viewport()->rect().center()));
    updateDetail();
    viewport()->update();
}

void FloorPlanView::zoomBy(double factor, const QPoint &anchor)
{
    m_keepFitted = false;
    const double target = std::clamp(pixelsPerMetre() * factor, MinPpm, MaxPpm);
    factor = target / pixelsPerMetre();
    if (std::abs(factor - 1.0) < 1e-9)
        return;
    const QPointF before = mapToScene(anchor);
    scale(factor, factor);
    // keep the point under the anchor where it was
    const QPointF after = mapToScene(anchor);
    const QPointF centre = mapToScene(viewport()->rect().center());
    centerOn(centre - (after - before));
    updateDetail();
    viewport()->update();
    emit viewChanged();
}

void FloorPlanView::zoomToRect(const QRectF &siteRect)
{
    m_keepFitted = false;
    if (siteRect.isEmpty())
        return;
    const QRectF r = siteRect.adjusted(-siteRect.width() * 0.05 - 2, -siteRect.height() * 0.05 - 4,
                                       siteRect.width() * 0.05 + 2, siteRect.height() * 0.05 + 2);
    const QRect vp = viewport()->rect().adjusted(RulerPx, RulerPx, 0, 0);
    const double ppm = std::clamp(std::min(vp.width() / r.width(), vp.height() / r.height()), MinPpm, MaxPpm);
    setTransform(QTransform::fromScale(ppm, ppm));
    QRectF scene = sceneRect();
    if (!scene.contains(r))
        setSceneRect(scene.united(r));
    centerOn(r.center());
    updateDetail();
    viewport()->update();
    emit viewChanged();
}

void FloorPlanView::zoomToFit()
{
    auto *plan = static_cast<FloorPlanScene *>(scene());
    const QRectF campus = plan->campusRect();
    zoomToRect(campus.isEmpty() ? QRectF(0, 0, 100, 60) : campus);
    m_keepFitted = true; // until the user zooms or pans: a resized window shows the campus again
}

void FloorPlanView::updateDetail()
{
    static_cast<FloorPlanScene *>(scene())->setRackDetail(pixelsPerMetre() >= RackDetailPpm);
}

void FloorPlanView::panBy(double dxPx, double dyPx)
{
    m_keepFitted = false;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + int(std::round(dxPx)));
    verticalScrollBar()->setValue(verticalScrollBar()->value() + int(std::round(dyPx)));
}

void FloorPlanView::setShowRulers(bool on)
{
    m_rulers = on;
    viewport()->update();
}

void FloorPlanView::wheelEvent(QWheelEvent *event)
{
    // 120 units per notch; 1.0015^120 ≈ 1.2 per notch, continuous for touchpads
    const double factor = std::pow(1.0015, event->angleDelta().y());
    zoomBy(factor, event->position().toPoint());
    event->accept();
}

void FloorPlanView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton) {
        m_panning = true;
        m_panLast = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    setFocus(Qt::MouseFocusReason);
    QGraphicsView::mousePressEvent(event);
}

void FloorPlanView::leaveEvent(QEvent *event)
{
    emit pointerLeft();
    QGraphicsView::leaveEvent(event);
}

void FloorPlanView::mouseMoveEvent(QMouseEvent *event)
{
    emit cursorMoved(mapToScene(event->position().toPoint()));
    if (m_panning) {
        const QPoint p = event->position().toPoint();
        const QPoint d = p - m_panLast;
        m_panLast = p;
        panBy(-d.x(), -d.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void FloorPlanView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning && event->button() == Qt::MiddleButton) {
        m_panning = false;
        viewport()->unsetCursor();
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void FloorPlanView::keyPressEvent(QKeyEvent *event)
{
    // the scene (its tool) sees keys first; what it leaves is navigation
    if (scene() && isInteractive()) {
        event->ignore();
        QCoreApplication::sendEvent(scene(), event);
        if (event->isAccepted())
            return;
    }
    const double step = event->modifiers() & Qt::ShiftModifier ? 200 : 60; // px
    switch (event->key()) {
    case Qt::Key_Left:
        panBy(-step, 0);
        break;
    case Qt::Key_Right:
        panBy(step, 0);
        break;
    case Qt::Key_Up:
        panBy(0, -step);
        break;
    case Qt::Key_Down:
        panBy(0, step);
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1.25, viewport()->rect().center());
        break;
    case Qt::Key_Minus:
        zoomBy(0.8, viewport()->rect().center());
        break;
    case Qt::Key_Home:
        zoomToFit();
        break;
    default:
        return;
    }
    event->accept();
}

void FloorPlanView::scrollContentsBy(int dx, int dy)
{
    // The rulers and the scale bar are fixed to the viewport, so a scroll repaints all of it: in
    // full-update mode the base class skips moving the old pixels first (a full-view copy that the
    // repaint would overwrite anyway); it keeps every other bit of its bookkeeping.
    const ViewportUpdateMode mode = viewportUpdateMode();
    setViewportUpdateMode(FullViewportUpdate);
    QGraphicsView::scrollContentsBy(dx, dy);
    setViewportUpdateMode(mode);
    viewport()->update();
    emit viewChanged();
}

void FloorPlanView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_keepFitted)
        zoomToFit();
    emit viewChanged();
}

double FloorPlanView::gridStep(double minPx) const
{
    const double ppm = pixelsPerMetre();
    double step = 0.1;
    static const double mult[] = {2.0, 2.5, 2.0}; // 0.1, 0.2, 0.5, 1, 2, 5, ...
    int i = 0;
    while (step * ppm < minPx && step < 1e6) {
        step *= mult[i % 3];
        ++i;
    }
    return step;
}

// The parts of [from, to] outside the given intervals.
QVector<std::pair<double, double>> FloorPlanView::outside(double from, double to,
                                                          QVector<std::pair<double, double>> cut)
{
    std::sort(cut.begin(), cut.end());
    QVector<std::pair<double, double>> parts;
    for (const auto &[a, b] : cut) {
        if (a > from)
            parts.append({from, std::min(a, to)});
        from = std::max(from, b);
        if (from >= to)
            return parts;
    }
    parts.append({from, to});
    return parts;
}

void FloorPlanView::drawBackground(QPainter *painter, const QRectF &rect)
{
    // Zoomed in, most of the view is a hall's opaque floor: no grid is drawn where a floor covers
    // it (2 px inside its edge, so that the pixels along the walls are drawn as before), and no
    // background either when one floor covers the whole exposed area.
    const double inset = 2.0 / pixelsPerMetre();
    QList<QRectF> floors;
    for (const QRectF &f : static_cast<FloorPlanScene *>(scene())->opaqueFloors())
        if (const QRectF inner = f.adjusted(inset, inset, -inset, -inset); inner.intersects(rect))
            floors.append(inner);
    for (const QRectF &f : std::as_const(floors))
        if (f.contains(rect))
            return;
    // Only where no floor covers: the floor paints over what is under it, and a full-view fill
    // beneath it would double a zoomed-in frame's fill work.
    const QBrush background = backgroundBrush().style() == Qt::NoBrush
                                  ? viewport()->palette().brush(viewport()->backgroundRole())
                                  : backgroundBrush();
    QList<QRectF> uncovered{rect};
    for (const QRectF &f : std::as_const(floors))
        uncovered = withoutRect(uncovered, f);
    for (const QRectF &piece : std::as_const(uncovered))
        painter->fillRect(piece, background);
    const double step = gridStep(12.0);
    const double major = step * 5;
    QPen pen(GridMinor);
    pen.setCosmetic(true);
    pen.setWidth(0);
    QVector<QLineF> minor, majorLines;
    auto add = [&](bool isMajor, double at, bool vertical) {
        QVector<std::pair<double, double>> cut;
        for (const QRectF &f : std::as_const(floors)) {
            if (vertical && at > f.left() && at < f.right())
                cut.append({f.top(), f.bottom()});
            else if (!vertical && at > f.top() && at < f.bottom())
                cut.append({f.left(), f.right()});
        }
        const auto parts = cut.isEmpty() ? QVector<std::pair<double, double>>{}
                                         : outside(vertical ? rect.top() : rect.left(),
                                                   vertical ? rect.bottom() : rect.right(), cut);
        QVector<QLineF> &lines = isMajor ? majorLines : minor;
        if (cut.isEmpty())
            lines.append(vertical ? QLineF(at, rect.top(), at, rect.bottom())
                                  : QLineF(rect.left(), at, rect.right(), at));
        for (const auto &[a, b] : parts)
            lines.append(vertical ? QLineF(at, a, at, b) : QLineF(a, at, b, at));
    };
    const double x0 = std::floor(rect.left() / step) * step, y0 = std::floor(rect.top() / step) * step;
    for (double x = x0; x <= rect.right(); x += step)
        add(std::abs(std::remainder(x, major)) < step * 0.01, x, true);
    for (double y = y0; y <= rect.bottom(); y += step)
        add(std::abs(std::remainder(y, major)) < step * 0.01, y, false);
    painter->setPen(pen);
    painter->drawLines(minor);
    pen.setColor(GridMajor);
    painter->setPen(pen);
    painter->drawLines(majorLines);
}

void FloorPlanView::drawForeground(QPainter *painter, const QRectF &)
{
    painter->save();
    painter->resetTransform();
    painter->setRenderHint(QPainter::Antialiasing, false);
    if (m_rulers)
        drawRulers(painter);
    drawScaleBar(painter);
    painter->restore();
}

void FloorPlanView::drawRulers(QPainter *painter)
{
    const QRect vp = viewport()->rect();
    // Opaque: Qt's raster engine fills a translucent rectangle taller than 96 rows on a thread pool,
    // and waking its threads cost more than the fill itself on every frame.
    const QColor band(0xf7, 0xf8, 0xfa), ink(0x3a, 0x42, 0x4c);
    painter->fillRect(QRect(0, 0, vp.width(), RulerPx), band);
    painter->fillRect(QRect(0, 0, RulerPx, vp.height()), band);
    painter->setPen(QColor(0xb8, 0xbf, 0xc8));
    painter->drawLine(0, RulerPx, vp.width(), RulerPx);
    painter->drawLine(RulerPx, 0, RulerPx, vp.height());
    QFont font = painter->font();
    font.setPixelSize(9);
    painter->setFont(font);
    const double ascent = QFontMetricsF(font).ascent();
    const double step = gridStep(70.0);
    const QPointF topLeft = mapToScene(vp.topLeft()), bottomRight = mapToScene(vp.bottomRight());
    painter->setPen(ink);
    for (double x = std::floor(topLeft.x() / step) * step; x <= bottomRight.x(); x += step) {
        const int px = mapFromScene(QPointF(x, topLeft.y())).x();
        if (px < RulerPx)
            continue;
        painter->drawLine(px, RulerPx - 6, px, RulerPx);
        if (m_rulerTexts.size() > 512) // a long session of zooming: keep the cache small
            m_rulerTexts.clear();
        // by the tick's position in mm: formatting the label each frame cost as much as drawing it
        const double at = std::round(x / step) * step;
        const qint64 key = std::llround(at * 1000);
        auto label = m_rulerTexts.find(key);
        if (label == m_rulerTexts.end()) {
            label = m_rulerTexts.insert(key, QStaticText(metresLabel(at)));
            label->setTextFormat(Qt::PlainText);
            label->prepare(QTransform(), font);
        }
        painter->drawStaticText(QPointF(px + 2, 10 - ascent), *label); // its baseline 10 px from the edge
    }
    for (double y = std::floor(topLeft.y() / step) * step; y <= bottomRight.y(); y += step) {
        const int py = mapFromScene(QPointF(topLeft.x(), y)).y();
        if (py < RulerPx)
            continue;
        painter->drawLine(RulerPx - 6, py, RulerPx, py);
        // the label reads upwards from just above the tick, its baseline 10 px from the edge
        const QPixmap &label = verticalRulerLabel(std::round(y / step) * step, font, ink);
        const QSizeF size = label.deviceIndependentSize();
        painter->drawPixmap(QPointF(10 - ascent, py - 2 - size.height()), label);
    }
}

const QPixmap &FloorPlanView::verticalRulerLabel(double metres, const QFont &font, const QColor &ink)
{
    if (m_rulerLabels.size() > 512) // a long session of zooming: keep the cache small
        m_rulerLabels.clear();
    const qint64 key = std::llround(metres * 1000);
    auto it = m_rulerLabels.find(key);
    if (it != m_rulerLabels.end())
        return *it;
    const QString text = metresLabel(metres);
    const QFontMetricsF metrics(font);
    const qreal dpr = viewport()->devicePixelRatioF();
    const QSizeF size(std::ceil(metrics.height()), std::ceil(metrics.horizontalAdvance(text)) + 1);
    QPixmap pixmap((size * dpr).toSize());
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setFont(font);
    p.setPen(ink);
    // as drawn before: turned -90° about the text's start on its baseline
    p.translate(metrics.ascent(), size.height());
    p.rotate(-90);
    p.drawText(QPointF(0, 0), text);
    p.end();
    return *m_rulerLabels.insert(key, pixmap);
}

double FloorPlanView::scaleBarLengthM() const
{
    // the longest 1-2-5 length that fits in ~120 px
    const double ppm = pixelsPerMetre();
    double length = 0.1;
    static const double mult[] = {2.0, 2.5, 2.0};
    for (int i = 0; length * mult[i % 3] * ppm <= 120; ++i)
        length *= mult[i % 3];
    return length;
}

QRect FloorPlanView::scaleBarRect() const
{
    const int px = int(std::round(scaleBarLengthM() * pixelsPerMetre()));
    const int x = RulerPx + 12, y = viewport()->height() - 16;
    return QRect(x - 6, y - 18, px + 12, 26);
}

void FloorPlanView::drawScaleBar(QPainter *painter)
{
    const double length = scaleBarLengthM();
    const int px = int(std::round(length * pixelsPerMetre()));
    const QRect vp = viewport()->rect();
    const int x = RulerPx + 12, y = vp.height() - 16;
    painter->fillRect(scaleBarRect(), QColor(255, 255, 255, 210));
    painter->fillRect(QRect(x, y - 3, px / 2, 4), QColor(0x2b, 0x33, 0x3d));
    painter->fillRect(QRect(x + px / 2, y - 3, px - px / 2, 4), QColor(0x9a, 0xa3, 0xad));
    painter->setPen(QColor(0x2b, 0x33, 0x3d));
    QFont font = painter->font();
    font.setPixelSize(10);
    painter->setFont(font);
    painter->drawText(QRect(x, y - 17, px, 12), Qt::AlignCenter, metresLabel(length));
}

} // namespace fjord::ui
