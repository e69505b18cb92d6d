#include "ui/floorplan/outlinerects.h"

#include <QPaintEngine>
#include <QPainter>
#include <QVarLengthArray>

#include <cstdlib>

namespace fjord::ui {

QRect devicePixels(const QRectF &rect)
{
    // QRasterPaintEngine's toNormalizedFillRect: each edge to the nearest pixel boundary
    const int x1 = qRound(rect.left()), x2 = qRound(rect.right());
    const int y1 = qRound(rect.top()), y2 = qRound(rect.bottom());
    return QRect(QPoint(std::min(x1, x2), std::min(y1, y2)), QSize(std::abs(x2 - x1), std::abs(y2 - y1)));
}

bool outlinesAsBands(QPainter *painter, double widthPx, Qt::PenStyle style)
{
    return widthPx > 1.0 && style == Qt::SolidLine &&
           painter->worldTransform().type() <= QTransform::TxScale && painter->paintEngine() &&
           painter->paintEngine()->type() == QPaintEngine::Raster;
}

void drawOutlineRects(QPainter *painter, const QRectF *rects, int count, const QColor &colour, double widthPx,
                      Qt::PenStyle style)
{
    if (count <= 0)
        return;
    const QTransform world = painter->worldTransform();
    if (!outlinesAsBands(painter, widthPx, style)) {
        // a pen of at most one pixel takes Qt's fast cosmetic path anyway
        QPen pen(colour, widthPx, style);
        pen.setCosmetic(true);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawRects(rects, count);
        return;
    }
    // The pen's band, centred on each edge in device pixels: top and bottom full width, the sides
    // between them (no pixel twice, so a translucent painter blends each once). In whole pixels,
    // rounded as QPainter::fillRect rounds: Qt fills integer rectangles with a plain memory fill,
    // but sends QRectF rectangles through its scanline rasteriser, which hands anything taller than
    // 96 rows to a thread pool (a hall's wall is the height of the view).
    const double half = widthPx / 2;
    QVarLengthArray<QRect, 512> fills;
    fills.reserve(4 * count);
    for (int i = 0; i < count; ++i) {
        const QRectF d = world.mapRect(rects[i]).normalized();
        fills.append(devicePixels(QRectF(d.left() - half, d.top() - half, d.width() + widthPx, widthPx)));
        fills.append(devicePixels(QRectF(d.left() - half, d.bottom() - half, d.width() + widthPx, widthPx)));
        if (d.height() > widthPx) {
            fills.append(
                devicePixels(QRectF(d.left() - half, d.top() + half, widthPx, d.height() - widthPx)));
            fills.append(
                devicePixels(QRectF(d.right() - half, d.top() + half, widthPx, d.height() - widthPx)));
        }
    }
    painter->save();
    painter->resetTransform();
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawRects(fills.constData(), int(fills.size()));
    painter->restore();
}

} // namespace fjord::ui
