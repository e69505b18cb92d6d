#include "ui/floorplan/placeracktool.h"

#include "model/document/commands/layoutchangecommand.h"
#include "model/document/commands/layoutedits.h"
#include "model/document/projectdocument.h"
#include "model/geometry.h"
#include "ui/floorplan/floorplanscene.h"

#include <QGraphicsPolygonItem>
#include <QGraphicsSceneMouseEvent>
#include <QPen>
#include <QUndoStack>

namespace fjord::ui {

namespace {
const QColor FitsColour(0x1a, 0x9a, 0x3a);
const QColor RefusedColour(0xd0, 0x20, 0x20);
} // namespace

struct PlaceRackTool::Placement {
    Rack rack;         // hall-local position, snapped
    bool fits = false; // wholly inside the hall and clear of other racks
};

void PlaceRackTool::deactivate()
{
    hidePreview();
}

void PlaceRackTool::mousePressed(QGraphicsSceneMouseEvent *event)
{
    place(m_options->rackTypeId, event->scenePos());
    showPreview(m_options->rackTypeId, event->scenePos()); // now red: the new rack is there
}

void PlaceRackTool::mouseMoved(QGraphicsSceneMouseEvent *event)
{
    showPreview(m_options->rackTypeId, event->scenePos());
}

PlaceRackTool::Placement PlaceRackTool::placementAt(Id rackTypeId, const QPointF &sitePos) const
{
    Placement out;
    const Id hall = m_scene->hallAt(sitePos);
    if (hall == NoId)
        return out;
    const QPointF local = m_scene->siteToHall(hall, sitePos);
    out.rack.hallId = hall;
    out.rack.rackTypeId = rackTypeId;
    out.rack.xM = snap(local.x());
    out.rack.yM = snap(local.y());
    const ProjectDocument *doc = m_scene->document();
    const Hall *h = doc->scenario().hall(hall);
    const RackType *type = doc->project().rackType(rackTypeId);
    if (!h || !type || !layout::rackInsideHall(doc->project(), *h, out.rack))
        return out;
    const auto corners = rackCorners(out.rack, *type);
    for (const Rack &other : doc->scenario().racks) {
        if (other.hallId != hall || std::abs(other.xM - out.rack.xM) > 3 ||
            std::abs(other.yM - out.rack.yM) > 3)
            continue;
        if (const RackType *ot = doc->project().rackType(other.rackTypeId);
            ot && footprintsOverlap(corners, rackCorners(other, *ot)))
            return out;
    }
    out.fits = true;
    return out;
}

void PlaceRackTool::showPreview(Id rackTypeId, const QPointF &sitePos)
{
    const RackType *type = m_scene->document()->project().rackType(rackTypeId);
    if (!type) {
        hidePreview();
        return;
    }
    const Placement placement = placementAt(rackTypeId, sitePos);
    // outside every hall the ghost follows the pointer unsnapped, in site metres
    QPolygonF outline;
    if (placement.rack.hallId == NoId) {
        Rack free;
        free.xM = sitePos.x();
        free.yM = sitePos.y();
        for (const Point2 &c : rackCorners(free, *type))
            outline << QPointF(c.x, c.y);
    } else {
        for (const Point2 &c : rackCorners(placement.rack, *type))
            outline << m_scene->hallToSite(placement.rack.hallId, QPointF(c.x, c.y));
    }
    if (!m_preview) {
        m_preview = new QGraphicsPolygonItem;
        m_preview->setZValue(TransientItemZ);
        m_preview->setAcceptedMouseButtons(Qt::NoButton);
        m_scene->addItem(m_preview);
    }
    m_previewFits = placement.fits;
    const QColor colour = placement.fits ? FitsColour : RefusedColour;
    QPen pen(colour, 2, Qt::DashLine);
    pen.setCosmetic(true);
    m_preview->setPen(pen);
    QColor fill = colour;
    fill.setAlpha(60);
    m_preview->setBrush(fill);
    m_preview->setPolygon(outline);
    m_preview->setToolTip(type->name);
    m_preview->show();
}

void PlaceRackTool::hidePreview()
{
    delete m_preview; // removes it from the scene
    m_preview = nullptr;
    m_previewFits = false;
}

Id PlaceRackTool::place(Id rackTypeId, const QPointF &sitePos)
{
    ProjectDocument *doc = m_scene->document();
    Placement placement = placementAt(rackTypeId, sitePos);
    if (placement.rack.hallId == NoId) {
        emit statusMessage(tr("A rack must be placed inside a hall"));
        return NoId;
    }
    placement.rack.stageId = currentStageId();
    QString error;
    LayoutDelta delta = layout::addRacks(doc->project(), doc->scenario(), {placement.rack}, &error);
    if (delta.isEmpty()) {
        emit statusMessage(error);
        return NoId;
    }
    const Id id = delta.racks.first().after->id;
    const QString name = delta.racks.first().after->name;
    doc->undoStack()->push(new LayoutChangeCommand(doc, tr("Place rack %1").arg(name), delta));
    doc->setSelection({id});
    emit statusMessage(placement.fits
                           ? tr("Placed rack %1").arg(name)
                           : tr("Placed rack %1: it overlaps another rack (see Problems)").arg(name));
    return id;
}

} // namespace fjord::ui
