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

    int type() const override { return Type; }
    QRectF boundingRect() const override; // the floor and the title band above it
    QPainterPath shape() const override;  // the floor only: what a click picks
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    Id m_id;
    QRectF m_rect;
    QString m_name;
    QString m_detail;
    QColor m_floor;
    bool m_marked = false;
    bool m_later = false;
    int m_problem = 0;
};

} // namespace fjord::ui
