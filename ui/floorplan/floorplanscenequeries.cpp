// FloorPlanScene's questions about the plan: what lies at a point or in a rectangle, where the halls
// and the campus are. The rest of the scene (floorplanscene.cpp) keeps its items in step with the
// model and passes input to the tools.
#include "ui/floorplan/floorplanscene.h"

#include "ui/floorplan/hallitem.h"
#include "ui/floorplan/rackitem.h"
#include "ui/floorplan/rowitem.h"

namespace fjord::ui {

Id FloorPlanScene::objectAt(const QPointF &sitePos) const
{
    Id row = NoId, hall = NoId;
    for (QGraphicsItem *item : items(sitePos, Qt::IntersectsItemShape, Qt::DescendingOrder)) {
        if (!item->isVisible())
            continue;
        if (item->type() == RackItem::Type)
            return static_cast<RackItem *>(item)->id();
        if (item->type() == RowItem::Type && row == NoId) {
            const auto *rowItem = static_cast<RowItem *>(item);
            // zoomed out, the row draws its racks: the rack under the point is still the answer
            if (const Id rack = rowItem->rackAt(rowItem->mapFromScene(sitePos)); rack != NoId)
                return rack;
            row = rowItem->id();
        }
        if (item->type() == HallItem::Type && hall == NoId) {
            // its shape also holds what its rows paint past a wall: a click picks the floor only
            const auto *hallItem = static_cast<HallItem *>(item);
            if (hallItem->floorRect().contains(hallItem->mapFromScene(sitePos)))
                hall = hallItem->id();
        }
    }
    return row != NoId ? row : hall;
}

QList<Id> FloorPlanScene::objectsIn(const QRectF &siteRect) const
{
    QList<Id> out;
    if (!m_detailed) {
        // racks drawn by their rows: test them directly
        for (RackItem *item : m_racks)
            if (!item->isVisible() && !(m_style.hideLaterStages && item->isLater()) &&
                siteRect.intersects(item->sceneBoundingRect()))
                out.append(item->id());
    }
    for (QGraphicsItem *item : items(siteRect, Qt::IntersectsItemShape, Qt::AscendingOrder)) {
        if (!item->isVisible())
            continue;
        if (item->type() == RackItem::Type) {
            out.append(static_cast<RackItem *>(item)->id());
        } else if (item->type() == HallItem::Type) {
            const auto *hall = static_cast<HallItem *>(item);
            if (siteRect.contains(hall->mapRectToScene(hall->floorRect())))
                out.append(hall->id());
        }
    }
    return out;
}

Id FloorPlanScene::hallAt(const QPointF &sitePos) const
{
    for (auto it = m_halls.cbegin(); it != m_halls.cend(); ++it) {
        HallItem *item = it.value();
        const QPointF local = item->mapFromScene(sitePos);
        if (item->isVisible() && item->floorRect().contains(local))
            return it.key();
    }
    return NoId;
}

QPointF FloorPlanScene::siteToHall(Id hallId, const QPointF &sitePos) const
{
    HallItem *item = m_halls.value(hallId);
    return item ? item->mapFromScene(sitePos) : sitePos;
}

QPointF FloorPlanScene::hallToSite(Id hallId, const QPointF &localPos) const
{
    HallItem *item = m_halls.value(hallId);
    return item ? item->mapToScene(localPos) : localPos;
}

QRectF FloorPlanScene::campusRect() const
{
    QRectF r;
    for (HallItem *item : m_halls)
        r = r.united(item->mapRectToScene(item->planRect()));
    return r;
}

QList<QRectF> FloorPlanScene::opaqueFloors() const
{
    QList<QRectF> floors;
    for (const HallItem *item : m_halls)
        if (item->isVisible() && item->hasOpaqueFloor() && item->effectiveOpacity() >= 1.0 &&
            item->sceneTransform().type() <= QTransform::TxTranslate)
            floors.append(item->mapRectToScene(item->floorRect()));
    return floors;
}

QRectF FloorPlanScene::boundsOf(const QList<Id> &ids) const
{
    QRectF r;
    for (Id id : ids) {
        if (QGraphicsItem *item = m_racks.value(id))
            r = r.united(item->sceneBoundingRect());
        else if (QGraphicsItem *row = m_rows.value(id))
            r = r.united(row->sceneBoundingRect());
        else if (HallItem *hall = m_halls.value(id))
            r = r.united(hall->mapRectToScene(hall->planRect()));
    }
    return r;
}

} // namespace fjord::ui
