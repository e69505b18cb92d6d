#pragma once

#include "ui/floorplan/abstracttool.h"

#include <QPointF>

class QGraphicsPolygonItem;

namespace fjord::ui {

// Places one rack of the chosen type per click (also used for racks dragged from the catalogue).
// While the pointer moves (or a catalogue entry is dragged) a ghost of the rack shows where it
// would land, snapped: green where it fits, red where it would leave its hall or overlap a rack.
// A rack that would not lie wholly inside a hall is refused with a status message.
class PlaceRackTool : public AbstractTool {
    Q_OBJECT
public:
    using AbstractTool::AbstractTool;

    QString name() const override { return tr("Place rack"); }
    QKeySequence shortcut() const override { return QKeySequence(Qt::Key_P); }
    QString statusHint() const override
    {
        return tr("Click inside a hall to place a rack of the chosen type");
    }

    void deactivate() override;
    void mousePressed(QGraphicsSceneMouseEvent *event) override;
    void mouseMoved(QGraphicsSceneMouseEvent *event) override;
    void mouseReleased(QGraphicsSceneMouseEvent *) override {}

    // Places a rack of `rackTypeId` centred at a site point; the new rack's id or NoId if refused.
    Id place(Id rackTypeId, const QPointF &sitePos);

    // The ghost of a rack of `rackTypeId` at a site point, and its removal.
    void showPreview(Id rackTypeId, const QPointF &sitePos);
    void hidePreview();
    // For tests: the ghost (null before the first preview) and whether the rack would fit there.
    const QGraphicsPolygonItem *previewItem() const { return m_preview; }
    bool previewFits() const { return m_previewFits; }

private:
    // The rack as it would be placed at a site point (hallId NoId outside every hall).
    struct Placement;
    Placement placementAt(Id rackTypeId, const QPointF &sitePos) const;

    QGraphicsPolygonItem *m_preview = nullptr; // owned by the scene (which may go first)
    bool m_previewFits = false;
};

} // namespace fjord::ui
