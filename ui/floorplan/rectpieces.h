#pragma once

#include <QList>
#include <QRectF>

namespace fjord::ui {

// The parts of the rectangles outside `hole`: at most four pieces each (above, below, left, right),
// edge to edge, so that filling them and the hole paints every pixel once.
inline QList<QRectF> withoutRect(const QList<QRectF> &rects, const QRectF &hole)
{
    QList<QRectF> out;
    for (const QRectF &r : rects) {
        const QRectF h = r.intersected(hole);
        if (h.isEmpty()) {
            out.append(r);
            continue;
        }
        if (h.top() > r.top())
            out.append(QRectF(r.left(), r.top(), r.width(), h.top() - r.top()));
        if (h.bottom() < r.bottom())
            out.append(QRectF(r.left(), h.bottom(), r.width(), r.bottom() - h.bottom()));
        if (h.left() > r.left())
            out.append(QRectF(r.left(), h.top(), h.left() - r.left(), h.height()));
        if (h.right() < r.right())
            out.append(QRectF(h.right(), h.top(), r.right() - h.right(), h.height()));
    }
    return out;
}

} // namespace fjord::ui
