#pragma once

#include "model/ids.h"

#include <QGraphicsItem>
#include <QPoint>

namespace fjord::ui {

// A square cell of a hall's floor that holds the rack items whose centres lie in it: a child of the
// hall's item with no transform of its own, so its racks keep their hall-local positions. It paints
// nothing. Its bounds are its racks' bounds, and it tells Qt that they draw inside them
// (ItemContainsChildrenInShape): a frame skips a tile off screen with all its racks instead of testing
// each rack. Zoomed into a hall of 2,000 racks, a frame visits a few tiles and their racks, not 2,000
// racks (issue 18: every frame walked every rack of the visible hall).
class RackTile : public QGraphicsItem {
public:
    enum { Type = UserType + 4 };
    static constexpr double SizeM = 8.0; // side of a cell, hall-local metres: ~30 GPU racks

    // The cell that holds a rack centred at this hall-local point.
    static QPoint cellOf(double xM, double yM);

    RackTile(Id hallId, QPoint cell, QGraphicsItem *hall);

    Id hallId() const { return m_hallId; }
    QPoint cell() const { return m_cell; }
    // After racks were added, moved, removed, shown or hidden: the bounds follow the racks, and the
    // tile is hidden while none of its racks is shown (Qt then skips it at once).
    void refresh();

    int type() const override { return Type; }
    QRectF boundingRect() const override { return m_extent; }
    void paint(QPainter *, const QStyleOptionGraphicsItem *, QWidget *) override {}

private:
    Id m_hallId;
    QPoint m_cell;
    QRectF m_extent; // the racks' bounds, hall-local
};

} // namespace fjord::ui
