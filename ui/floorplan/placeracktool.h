#pragma once

#include "ui/floorplan/abstracttool.h"

#include <QPointF>

namespace fjord::ui {

// Places one rack of the chosen type per click (also used for racks dragged from the catalogue).
// A rack that would not lie wholly inside a hall is refused with a status message.
class PlaceRackTool : public AbstractTool {
    Q_OBJECT
public:
    using AbstractTool::AbstractTool;

    QString name() const override { return tr("Place rack"); }
    QKeySequence shortcut() const override { return QKeySequence(Qt::Key_P); }
    QString statusHint() const override { return tr("Click inside a hall to place a rack of the chosen type"); }

    void mousePressed(QGraphicsSceneMouseEvent *event) override;
    void mouseMoved(QGraphicsSceneMouseEvent *) override {}
    void mouseReleased(QGraphicsSceneMouseEvent *) override {}

    // Places a rack of `rackTypeId` centred at a site point; the new rack's id or NoId if refused.
    Id place(Id rackTypeId, const QPointF &sitePos);
};

} // namespace fjord::ui
