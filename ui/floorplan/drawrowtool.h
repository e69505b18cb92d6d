#pragma once

#include "ui/floorplan/abstracttool.h"

#include <QPointF>

class QGraphicsPathItem;

namespace fjord::ui {

// Draws a row inside a hall: drag a line from the row's start; the row holds as many racks of
// the chosen type as fit at the chosen pitch. The line snaps to the hall's axes (Alt: free angle
// in 15° steps). The hot aisle side comes from the tool options.
class DrawRowTool : public AbstractTool {
    Q_OBJECT
public:
    using AbstractTool::AbstractTool;

    QString name() const override { return tr("Draw row"); }
    QKeySequence shortcut() const override { return QKeySequence(Qt::Key_W); }
    QString statusHint() const override { return tr("Drag a line inside a hall to lay out a row of racks"); }

    void deactivate() override;
    void mousePressed(QGraphicsSceneMouseEvent *event) override;
    void mouseMoved(QGraphicsSceneMouseEvent *event) override;
    void mouseReleased(QGraphicsSceneMouseEvent *event) override;

private:
    // Angle (deg) and rack count of a row from the start to a hall-local point.
    std::pair<double, int> rowTo(const QPointF &local, bool freeAngle) const;

    Id m_hall = NoId;
    QPointF m_start; // hall-local, snapped
    QGraphicsPathItem *m_preview = nullptr;
};

} // namespace fjord::ui
