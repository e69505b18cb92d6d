#include "ui/floorplan/racktile.h"

#include <cmath>

namespace fjord::ui {

QPoint RackTile::cellOf(double xM, double yM)
{
    return QPoint(int(std::floor(xM / SizeM)), int(std::floor(yM / SizeM)));
}

RackTile::RackTile(Id hallId, QPoint cell, QGraphicsItem *hall)
    : QGraphicsItem(hall), m_hallId(hallId), m_cell(cell)
{
    // Not ItemHasNoContents: Qt tests the bounds only of items with contents, and skipping the
    // children of a tile off screen is its whole purpose.
    setFlag(ItemContainsChildrenInShape);
    setZValue(2); // racks above the rows (z 1), as when they were the hall's children
}

void RackTile::refresh()
{
    const QRectF extent = childrenBoundingRect();
    if (extent != m_extent) {
        prepareGeometryChange();
        m_extent = extent;
    }
    bool anyShown = false;
    for (const QGraphicsItem *rack : childItems())
        if (rack->isVisibleTo(this)) {
            anyShown = true;
            break;
        }
    setVisible(anyShown);
}

} // namespace fjord::ui
