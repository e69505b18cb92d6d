#pragma once

#include "model/ids.h"

#include <QColor>
#include <QGraphicsItem>
#include <QStaticText>

namespace fjord::ui {

// A rack on the floor plan: a child of its hall's item, positioned in hall-local metres at the
// rack's centre and turned by the rack's rotation (front = +y). Lightweight: it paints a filled
// rectangle when small on screen, and adds outline, front marker and name when zoomed in.
// It knows nothing of the model: the scene pushes geometry and appearance into it.
class RackItem : public QGraphicsItem {
public:
    enum { Type = UserType + 3 };
    RackItem(Id id, QGraphicsItem *parent);

    Id id() const { return m_id; }
    Id rowId() const { return m_rowId; } // the row the item was last drawn in
    void setRowId(Id rowId) { m_rowId = rowId; }
    void setSize(double widthM, double depthM);
    // problem: 0 none, 1 warning (amber outline), 2 error (red outline)
    void setAppearance(const QColor &fill, const QColor &outline, bool later, int problem);
    void setLabel(const QString &label);
    void setMarked(bool marked);
    bool isMarked() const { return m_marked; }
    const QColor &fill() const { return m_fill; }
    const QColor &outline() const { return m_outline; }
    bool isLater() const { return m_later; }
    int problemLevel() const { return m_problem; }

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    Id m_id;
    Id m_rowId = NoId;
    QRectF m_rect;
    QColor m_fill;
    QColor m_outline;
    QString m_label;
    QStaticText m_labelText; // its layout, kept between frames: laying text out was a tenth of a frame
    int m_labelPx = 0;       // the font pixel size it was laid out with
    bool m_marked = false;
    bool m_later = false;
    int m_problem = 0;
};

} // namespace fjord::ui
