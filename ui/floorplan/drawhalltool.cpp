#include "ui/floorplan/drawhalltool.h"

#include "model/document/commands/layoutchangecommand.h"
#include "model/document/commands/layoutedits.h"
#include "model/document/projectdocument.h"
#include "ui/floorplan/floorplanscene.h"

#include <QGraphicsRectItem>
#include <QGraphicsSceneMouseEvent>
#include <QLocale>
#include <QUndoStack>

namespace fjord::ui {

void DrawHallTool::deactivate()
{
    delete m_preview;
    m_preview = nullptr;
}

QRectF DrawHallTool::rectTo(const QPointF &site) const
{
    return QRectF(m_start, QPointF(snap(site.x()), snap(site.y()))).normalized();
}

void DrawHallTool::mousePressed(QGraphicsSceneMouseEvent *event)
{
    m_start = QPointF(snap(event->scenePos().x()), snap(event->scenePos().y()));
    delete m_preview;
    m_preview = new QGraphicsRectItem;
    QPen pen(QColor(0x2b, 0x33, 0x3d));
    pen.setCosmetic(true);
    pen.setWidth(2);
    pen.setStyle(Qt::DashLine);
    m_preview->setPen(pen);
    m_preview->setBrush(QColor(0xf4, 0xf5, 0xf7, 200));
    m_preview->setZValue(TransientItemZ);
    m_preview->setRect(QRectF(m_start, m_start));
    m_scene->addItem(m_preview);
}

void DrawHallTool::mouseMoved(QGraphicsSceneMouseEvent *event)
{
    if (!m_preview)
        return;
    const QRectF r = rectTo(event->scenePos());
    m_preview->setRect(r);
    emit statusMessage(tr("Hall %1 × %2 m (%3 m²)")
                           .arg(QLocale().toString(r.width(), 'f', 1))
                           .arg(QLocale().toString(r.height(), 'f', 1))
                           .arg(QLocale().toString(r.width() * r.height(), 'f', 0)));
}

void DrawHallTool::mouseReleased(QGraphicsSceneMouseEvent *event)
{
    if (!m_preview)
        return;
    const QRectF r = rectTo(event->scenePos());
    delete m_preview;
    m_preview = nullptr;
    if (r.width() < MinSideM || r.height() < MinSideM) {
        emit statusMessage(tr("A hall is at least %1 × %1 m: drag a larger rectangle").arg(MinSideM));
        return;
    }
    ProjectDocument *doc = m_scene->document();
    Hall hall;
    hall.xM = r.left();
    hall.yM = r.top();
    hall.widthM = r.width();
    hall.depthM = r.height();
    hall.stageId = currentStageId();
    if (!doc->scenario().coolingSystems.isEmpty())
        hall.coolingSystemId = doc->scenario().coolingSystems.first().id;
    QString error;
    LayoutDelta delta = layout::addHall(doc->project(), doc->scenario(), hall, &error);
    if (delta.isEmpty()) {
        emit statusMessage(error);
        return;
    }
    const QList<Id> created = delta.insertedIds();
    doc->undoStack()->push(new LayoutChangeCommand(doc, tr("Add hall"), delta));
    doc->setSelection(created);
    emit statusMessage(tr("Added hall %1, %2 × %3 m")
                           .arg(doc->scenario().hall(created.first())->name)
                           .arg(QLocale().toString(r.width(), 'f', 1))
                           .arg(QLocale().toString(r.height(), 'f', 1)));
}

} // namespace fjord::ui
