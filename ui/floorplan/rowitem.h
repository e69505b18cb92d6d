#pragma once

#include "model/ids.h"

#include <QColor>
#include <QGraphicsItem>
#include <QList>

namespace fjord::ui {

// A row on the floor plan: a child of its hall's item at the row's start, turned along the row's
// line. It spans its racks (uFrom..uTo along the line, depth across) and shows the containment:
// a red band on the hot-aisle side, a blue band on the cold-aisle side, and the row's name.
class RowItem : public QGraphicsItem {
public:
    enum { Type = UserType + 2 };
    RowItem(Id id, QGraphicsItem *parent);

    Id id() const { return m_id; }
    // Extent of the row's racks along its line (m from its start) and its depth (m).
    void setExtent(double uFromM, double uToM, double depthM, bool hotAisleBehind);
    void setName(const QString &name);
    void setMarked(bool marked);
    void setLater(bool later);
    // Zoomed out: the row paints its racks itself as coloured runs along the line (one item per
    // row instead of one per rack); the rack items are hidden meanwhile.
    struct Run {
        double fromM, toM;
        QColor colour;
    };
    void setAggregated(bool aggregated);
    void setRuns(QList<Run> runs);
    bool isMarked() const { return m_marked; }

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;   // the racks' band only (not the aisles)
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    Id m_id;
    QRectF m_band;                 // the racks, row-local
    bool m_hotBehind = true;       // hot aisle on the row item's −y side
    QString m_name;
    bool m_marked = false;
    bool m_later = false;
    bool m_aggregated = false;
    QList<Run> m_runs;
};

} // namespace fjord::ui
