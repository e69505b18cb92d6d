#pragma once

#include <QColor>
#include <QRectF>

class QPainter;

namespace fjord::ui {

// Outlines of rectangles (item coordinates) with a cosmetic pen `widthPx` screen pixels wide: the
// selection and problem marks of racks. Qt strokes a pen wider than one pixel with its general
// stroker (joins, angles), some microseconds per rectangle: 20,000 warned racks cost a frame tens of
// milliseconds. On a raster device, where the painter is not turned, the same outline is drawn as
// four filled bands per rectangle in one call; elsewhere (turned, dashed, SVG) as before, with a pen.
void drawOutlineRects(QPainter *painter, const QRectF *rects, int count, const QColor &colour, double widthPx,
                      Qt::PenStyle style = Qt::SolidLine);
// The device pixels QPainter::fillRect covers for `rect` (device coordinates) on a raster device
// without antialiasing.
QRect devicePixels(const QRectF &rect);
// Whether drawOutlineRects draws bands (true) or falls back to a pen on this painter.
bool outlinesAsBands(QPainter *painter, double widthPx, Qt::PenStyle style);

} // namespace fjord::ui
