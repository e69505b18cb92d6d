#include "ui/floorplan/placeracktool.h"

#include "model/document/commands/layoutchangecommand.h"
#include "model/document/commands/layoutedits.h"
#include "model/document/projectdocument.h"
#include "ui/floorplan/floorplanscene.h"

#include <QGraphicsSceneMouseEvent>
#include <QUndoStack>

namespace fjord::ui {

void PlaceRackTool::mousePressed(QGraphicsSceneMouseEvent *event)
{
    place(m_options->rackTypeId, event->scenePos());
}

Id PlaceRackTool::place(Id rackTypeId, const QPointF &sitePos)
{
    ProjectDocument *doc = m_scene->document();
    const Id hall = m_scene->hallAt(sitePos);
    if (hall == NoId) {
        emit statusMessage(tr("A rack must be placed inside a hall"));
        return NoId;
    }
    const QPointF local = m_scene->siteToHall(hall, sitePos);
    Rack rack;
    rack.hallId = hall;
    rack.rackTypeId = rackTypeId;
    rack.stageId = currentStageId();
    rack.xM = snap(local.x());
    rack.yM = snap(local.y());
    QString error;
    LayoutDelta delta = layout::addRacks(doc->project(), doc->scenario(), {rack}, &error);
    if (delta.isEmpty()) {
        emit statusMessage(error);
        return NoId;
    }
    const Id id = delta.racks.first().after->id;
    const QString name = delta.racks.first().after->name;
    doc->undoStack()->push(new LayoutChangeCommand(doc, tr("Place rack %1").arg(name), delta));
    doc->setSelection({id});
    emit statusMessage(tr("Placed rack %1").arg(name));
    return id;
}

} // namespace fjord::ui
