#include "ui/floorplan/outlinerects.h"

#include <QPaintEngine>
#include <QPainter>
#include <QVarLengthArray>

namespace fjord::ui {

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
    // the pen's band, centred on each edge in device pixels: top and bottom full width, the sides
    // between them (no pixel twice, so a translucent painter blends each once)
    const double half = widthPx / 2;
    QVarLengthArray<QRectF, 512> fills;
    fills.reserve(4 * count);
    for (int i = 0; i < count; ++i) {
        const QRectF d = world.mapRect(rects[i]).normalized();
        fills.append(QRectF(d.left() - half, d.top() - half, d.width() + widthPx, widthPx));
        fills.append(QRectF(d.left() - half, d.bottom() - half, d.width() + widthPx, widthPx));
        if (d.height() > widthPx) {
            fills.append(QRectF(d.left() - half, d.top() + half, widthPx, d.height() - widthPx));
            fills.append(QRectF(d.right() - half, d.top() + half, widthPx, d.height() - widthPx));
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
