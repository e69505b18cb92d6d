#pragma once

#include "ui/floorplan/abstracttool.h"

#include <QPointF>

class QGraphicsRectItem;

namespace fjord::ui {

// Draws a hall: drag a rectangle (corners snapped to the grid); at least 2 × 2 m.
class DrawHallTool : public AbstractTool {
    Q_OBJECT
public:
    using AbstractTool::AbstractTool;

    QString name() const override { return tr("Draw hall"); }
    QKeySequence shortcut() const override { return QKeySequence(Qt::Key_H); }
    QString statusHint() const override { return tr("Drag a rectangle to draw a hall"); }

    void deactivate() override;
    void mousePressed(QGraphicsSceneMouseEvent *event) override;
    void mouseMoved(QGraphicsSceneMouseEvent *event) override;
    void mouseReleased(QGraphicsSceneMouseEvent *event) override;

    static constexpr double MinSideM = 2.0;

private:
    QRectF rectTo(const QPointF &site) const;
    QPointF m_start;
    QGraphicsRectItem *m_preview = nullptr;
};

} // namespace fjord::ui
