#pragma once

#include "model/ids.h"

#include <QColor>
#include <QGraphicsItem>
#include <QList>

namespace fjord::ui {

// A row on the floor plan: a child of its hall's item at the row's start, turned along the row's
// line. It spans its racks (uFrom..uTo along the line, depth across) and shows the containment:
// a red band on the hot-aisle side, a blue band on the cold-aisle side, and the row's name.
//
// Below the zoom at which rack items are shown (FloorPlanView::RackDetailPpm) the row paints its
// racks itself: one item per row instead of one per rack keeps a frame fast at campus scale.
// Each rack is then a slot: outlined individually while a rack is a few pixels wide, merged into
// runs of one colour when smaller.
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

    // One rack as the row draws it, in row-local metres along the line.
    struct Slot {
        Id rackId = NoId;
        double fromM = 0, toM = 0, depthM = 0;
        QColor fill;
        QColor outline;
        bool frontPlusY = true; // the rack's front (cold side) faces the row's +y
        bool later = false;     // built after the current stage: faded
        bool marked = false;    // selected
        int problem = 0;        // 0 none, 1 warning, 2 error
        bool operator==(const Slot &) const = default;
    };
    void setAggregated(bool aggregated);
    bool isAggregated() const { return m_aggregated; }
    void setRackSlots(QList<Slot> rackSlots);
    const QList<Slot> &rackSlots() const { return m_slots; }
    // The rack drawn at a row-local point while aggregated (NoId when none).
    Id rackAt(const QPointF &localPos) const;
    bool isMarked() const { return m_marked; }

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override; // the racks' band and the name (not the aisles)
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    struct Run {
        double fromM, toM;
        QColor colour;
    };
    void paintRuns(QPainter *painter) const;
    void paintTint(QPainter *painter, const QRectF &band, const QColor &tint, double lod) const;
    void paintSlots(QPainter *painter) const;
    QRectF slotRect(const Slot &slot) const;

    Id m_id;
    QRectF m_band;           // the racks, row-local
    bool m_hotBehind = true; // hot aisle on the row item's −y side
    QString m_name;
    bool m_marked = false;
    bool m_later = false;
    bool m_aggregated = false;
    QList<Slot> m_slots;     // sorted along the line
    QList<Run> m_runs;       // the slots merged by colour, for the far view
    double m_narrowestM = 0; // the narrowest slot: decides when racks are outlined
};

} // namespace fjord::ui
