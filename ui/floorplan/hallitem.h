#pragma once

#include "model/ids.h"

#include <QColor>
#include <QGraphicsItem>

namespace fjord::ui {

// A hall on the floor plan: positioned at its top-left corner in site metres and turned by its
// rotation; its rows and racks are child items in hall-local metres, so moving or turning the
// hall carries them. Paints the floor, the walls and a title (name, size, kW/m²) in screen pixels.
class HallItem : public QGraphicsItem {
public:
    enum { Type = UserType + 1 };
    HallItem(Id id, QGraphicsItem *parent = nullptr);

    Id id() const { return m_id; }
    void setSize(double widthM, double depthM);
    void setTitle(const QString &name, const QString &detail);
    void setAppearance(const QColor &floor, bool later, int problem); // problem: 0 none, 1 warning, 2 error
    void setMarked(bool marked);
    bool isMarked() const { return m_marked; }
    QString name() const { return m_name; }
    QString detail() const { return m_detail; } // "64.0 × 62.0 m · 18.8 MW IT · 4.7 kW/m²"

    QRectF floorRect() const { return m_rect; } // the hall's floor, local metres (without its title)
    // The floor is painted opaque (not faded, not tinted): nothing drawn beneath it shows.
    bool hasOpaqueFloor() const { return m_floor.alpha() == 255 && !m_later; }
    const QColor &floorColour() const { return m_floor; }
    QRectF planRect() const; // the floor and its title: what fitting the plan frames
    // What the hall's rows and racks paint, local metres (a row's name and aisles may reach past a
    // wall). Set by the scene after they change: the hall's bounds and shape hold it, so that Qt,
    // told that the children lie in the hall's shape, skips them exactly when the hall is off screen.
    void setChildrenExtent(const QRectF &localRect);

    int type() const override { return Type; }
    QRectF boundingRect() const override; // planRect() and the children's extent
    QPainterPath shape() const override; // the floor and the children's extent (a click picks the floor only)
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    Id m_id;
    QRectF m_rect;
    QRectF m_children; // what the rows and racks paint, local metres
    QString m_name;
    QString m_detail;
    QColor m_floor;
    bool m_marked = false;
    bool m_later = false;
    int m_problem = 0;
};

} // namespace fjord::ui
