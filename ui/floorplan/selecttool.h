#pragma once

#include "ui/floorplan/abstracttool.h"

#include <QPointF>

class QGraphicsRectItem;

namespace fjord::ui {

// Select and move: click selects (Shift adds, Ctrl toggles), a drag on empty floor draws a rubber
// band, a drag on a selected object moves the selection (one mergeable command per mouse move,
// so the whole drag is one undo step), snapped to the grid and to neighbouring racks and kept
// inside the halls. Arrow keys nudge by one grid step (Shift: one rack pitch). A double click on
// a rack of a row selects the row (to edit it as one in the inspector).
class SelectTool : public AbstractTool {
    Q_OBJECT
public:
    using AbstractTool::AbstractTool;

    QString name() const override { return tr("Select"); }
    QKeySequence shortcut() const override { return QKeySequence(Qt::Key_S); }
    QString statusHint() const override;

    void deactivate() override;
    void mousePressed(QGraphicsSceneMouseEvent *event) override;
    void mouseMoved(QGraphicsSceneMouseEvent *event) override;
    void mouseReleased(QGraphicsSceneMouseEvent *event) override;
    bool keyPressed(QKeyEvent *event) override;
    bool mouseDoubleClicked(QGraphicsSceneMouseEvent *event) override;

    // Moves the document's selection by (dx, dy) site metres as one command (clamped into the
    // halls); `mergeKey` non-zero joins consecutive calls with the same key into one undo step.
    // Returns the part of the move that was applied.
    QPointF moveSelection(double dxM, double dyM, int mergeKey);

private:
    QPointF snappedAnchor(const QPointF &rawSite) const;
    void setIdle(); // ends a drag (and the document's gesture) if one is under way

    enum class Mode { Idle, Dragging, Banding };
    Mode m_mode = Mode::Idle;
    QPointF m_pressSite;
    QPointF m_anchorSite; // the grabbed object's reference point when the drag began
    Id m_anchorObject = NoId;
    Id m_pendingHall = NoId; // hall under a press on its floor: selected if the press is a click
    QPointF m_applied;       // part of the drag already pushed, site metres
    int m_dragKey = 0;
    bool m_addToSelection = false;
    bool m_dragMoved = false;       // the drag has moved something
    Id m_selectAloneOnClick = NoId; // pressed object of a multi-selection: alone selected on a click
    QGraphicsRectItem *m_band = nullptr;
};

} // namespace fjord::ui
