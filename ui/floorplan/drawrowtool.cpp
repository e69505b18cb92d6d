#include "ui/floorplan/drawrowtool.h"
#include "model/plural.h"

#include "model/document/commands/layoutchangecommand.h"
#include "model/document/commands/layoutedits.h"
#include "model/document/projectdocument.h"
#include "ui/floorplan/floorplanscene.h"
#include "ui/floorplan/hallitem.h"

#include <QGraphicsPathItem>
#include <QGraphicsSceneMouseEvent>
#include <QLocale>
#include <QUndoStack>

#include <cmath>
#include <numbers>

namespace fjord::ui {

void DrawRowTool::deactivate()
{
    delete m_preview;
    m_preview = nullptr;
    m_hall = NoId;
}

std::pair<double, int> DrawRowTool::rowTo(const QPointF &local, bool freeAngle) const
{
    const QPointF d = local - m_start;
    double angle = std::atan2(d.y(), d.x()) * 180.0 / std::numbers::pi;
    const double stepDeg = freeAngle ? 15.0 : 90.0;
    angle = std::round(angle / stepDeg) * stepDeg;
    const double a = angle * std::numbers::pi / 180.0;
    const double along = d.x() * std::cos(a) + d.y() * std::sin(a);
    const int count = std::max(1, int(std::floor(along / m_options->pitchM + 1e-6)));
    return {angle < 0 ? angle + 360.0 : angle, count};
}

void DrawRowTool::mousePressed(QGraphicsSceneMouseEvent *event)
{
    const Id hall = m_scene->hallAt(event->scenePos());
    if (hall == NoId) {
        emit statusMessage(tr("Rows are drawn inside a hall: start the line on a hall's floor"));
        return;
    }
    if (!m_scene->document()->project().rackType(m_options->rackTypeId)) {
        emit statusMessage(tr("Choose a rack type in the catalogue first"));
        return;
    }
    m_hall = hall;
    const QPointF local = m_scene->siteToHall(hall, event->scenePos());
    m_start = QPointF(snap(local.x()), snap(local.y()));
    delete m_preview;
    m_preview = new QGraphicsPathItem(m_scene->hallItem(hall));
    QPen pen(QColor(0x1f, 0x6f, 0xc8));
    pen.setCosmetic(true);
    m_preview->setPen(pen);
    m_preview->setBrush(QColor(0x1f, 0x6f, 0xc8, 60));
    m_preview->setZValue(TransientItemZ);
}

void DrawRowTool::mouseMoved(QGraphicsSceneMouseEvent *event)
{
    if (!m_preview || m_hall == NoId)
        return;
    const RackType *type = m_scene->document()->project().rackType(m_options->rackTypeId);
    if (!type)
        return;
    const QPointF local = m_scene->siteToHall(m_hall, event->scenePos());
    const auto [angle, count] = rowTo(local, event->modifiers() & Qt::AltModifier);
    // ghost racks along the line
    QPainterPath path;
    const double a = angle * std::numbers::pi / 180.0;
    for (int i = 0; i < count; ++i) {
        const double u = m_options->pitchM * (i + 0.5);
        path.addRect(
            QRectF(-type->widthM / 2, -type->depthM / 2, type->widthM, type->depthM).translated(u, 0));
    }
    m_preview->setPath(path);
    m_preview->setPos(m_start);
    m_preview->setRotation(angle);
    Q_UNUSED(a)
    emit statusMessage(tr("Row of %1 × %2, %3 m at %4°")
                           .arg(count)
                           .arg(type->name)
                           .arg(QLocale().toString(count * m_options->pitchM, 'f', 1))
                           .arg(QLocale().toString(angle, 'f', 0)));
}

void DrawRowTool::mouseReleased(QGraphicsSceneMouseEvent *event)
{
    if (!m_preview || m_hall == NoId)
        return;
    delete m_preview;
    m_preview = nullptr;
    const QPointF local = m_scene->siteToHall(m_hall, event->scenePos());
    const auto [angle, count] = rowTo(local, event->modifiers() & Qt::AltModifier);
    ProjectDocument *doc = m_scene->document();
    layout::RowSpec spec;
    spec.hallId = m_hall;
    spec.xM = m_start.x();
    spec.yM = m_start.y();
    spec.rotationDeg = angle;
    spec.count = count;
    spec.pitchM = m_options->pitchM;
    spec.rackTypeId = m_options->rackTypeId;
    spec.stageId = currentStageId();
    spec.hotAisle = m_options->hotAisle;
    m_hall = NoId;
    QString error;
    LayoutDelta delta = layout::addRow(doc->project(), doc->scenario(), spec, &error);
    if (delta.isEmpty()) {
        emit statusMessage(error);
        return;
    }
    const Id rowId = delta.rows.first().after->id;
    const QString rowName = delta.rows.first().after->name;
    doc->undoStack()->push(new LayoutChangeCommand(doc, tr("Add row %1").arg(rowName), delta));
    doc->setSelection({rowId});
    emit statusMessage(
        plural(count, tr("Added row %1 with %n rack"), tr("Added row %1 with %n racks")).arg(rowName));
}

} // namespace fjord::ui
