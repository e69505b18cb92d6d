#include "ui/floorplan/selecttool.h"
#include "model/plural.h"

#include "model/document/commands/commandids.h"
#include "model/document/commands/layoutchangecommand.h"
#include "model/document/commands/layoutedits.h"
#include "model/document/projectdocument.h"
#include "model/geometry.h"
#include "ui/floorplan/floorplanscene.h"

#include <QGraphicsRectItem>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsView>
#include <QKeyEvent>
#include <QLocale>
#include <QUndoStack>

#include <cmath>

namespace fjord::ui {

namespace {
int nextMergeKey()
{
    static int key = 0;
    return ++key;
}
constexpr double NeighbourSnapM = 0.25; // distance within which a rack docks to its neighbour
} // namespace

QString SelectTool::statusHint() const
{
    return tr(
        "Click to select (Shift adds, Ctrl toggles; double click: the rack's row); drag to move; drag on "
        "empty floor to select an area; arrows nudge");
}

void SelectTool::deactivate()
{
    delete m_band;
    m_band = nullptr;
    setIdle();
}

void SelectTool::setIdle()
{
    if (m_mode == Mode::Dragging)
        m_scene->document()->endGesture(); // the results catch up with the whole drag once
    m_mode = Mode::Idle;
}

void SelectTool::mousePressed(QGraphicsSceneMouseEvent *event)
{
    setIdle(); // a press without the release of the last drag (focus lost) ends that drag
    ProjectDocument *doc = m_scene->document();
    const QPointF pos = event->scenePos();
    const Id id = m_scene->objectAt(pos);
    QList<Id> selection = doc->selection();
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    m_pressSite = pos;
    // On a hall's floor a drag draws a band (racks are what one selects most); a click selects
    // the hall, and a selected hall is dragged like any object.
    const bool hallFloor = id != NoId && doc->scenario().hall(id) && !selection.contains(id);
    m_pendingHall = hallFloor ? id : NoId;
    if (id == NoId || hallFloor) {
        m_mode = Mode::Banding;
        m_addToSelection = shift || ctrl;
        if (!m_addToSelection)
            doc->setSelection({});
        m_band = new QGraphicsRectItem;
        QPen pen(QColor(0x1f, 0x6f, 0xc8));
        pen.setCosmetic(true);
        pen.setStyle(Qt::DashLine);
        m_band->setPen(pen);
        m_band->setBrush(QColor(0x1f, 0x6f, 0xc8, 30));
        m_band->setZValue(TransientItemZ);
        m_scene->addItem(m_band);
        m_band->setRect(QRectF(pos, pos));
        return;
    }
    if (ctrl) {
        if (selection.contains(id))
            selection.removeAll(id);
        else
            selection.append(id);
        doc->setSelection(selection);
        m_mode = Mode::Idle;
        return;
    }
    if (shift) {
        if (!selection.contains(id))
            selection.append(id);
        doc->setSelection(selection);
    } else if (!selection.contains(id)) {
        doc->setSelection({id});
    }
    // a plain click on one of several selected objects selects it alone, once it is clear that
    // the press does not start a drag of them all (as in Qt's own item views)
    m_selectAloneOnClick = !shift && doc->selection().size() > 1 ? id : NoId;
    // the grabbed object's reference point: a rack's centre, a hall's corner, a row's start
    const Scenario &s = doc->scenario();
    m_anchorObject = id;
    if (const Rack *rack = s.rack(id))
        m_anchorSite = m_scene->hallToSite(rack->hallId, QPointF(rack->xM, rack->yM));
    else if (const Row *row = s.row(id))
        m_anchorSite = m_scene->hallToSite(row->hallId, QPointF(row->xM, row->yM));
    else if (const Hall *hall = s.hall(id))
        m_anchorSite = QPointF(hall->xM, hall->yM);
    m_applied = QPointF();
    m_dragMoved = false;
    m_dragKey = nextMergeKey();
    m_mode = Mode::Dragging;
    doc->beginGesture();
}

QPointF SelectTool::snappedAnchor(const QPointF &rawSite) const
{
    if (!m_options->snap)
        return rawSite;
    const Scenario &s = m_scene->document()->scenario();
    const Rack *rack = s.rack(m_anchorObject);
    const Row *row = rack ? nullptr : s.row(m_anchorObject);
    const Id hallId = rack ? rack->hallId : (row ? row->hallId : NoId);
    if (hallId == NoId) // a hall: snap its corner to whole metres of the grid
        return QPointF(snap(rawSite.x()), snap(rawSite.y()));
    QPointF local = m_scene->siteToHall(hallId, rawSite);
    QPointF snapped(snap(local.x()), snap(local.y()));
    if (rack) {
        // dock beside a neighbouring rack of the same hall that is not moving with us
        const Project &p = m_scene->document()->project();
        const RackType *type = p.rackType(rack->rackTypeId);
        const QList<Id> selection = m_scene->document()->selection();
        double best = NeighbourSnapM;
        for (const Rack &other : s.racks) {
            if (other.hallId != hallId || other.id == rack->id || selection.contains(other.id))
                continue;
            if (std::abs(other.xM - local.x()) > 3 || std::abs(other.yM - local.y()) > 3)
                continue;
            const RackType *ot = p.rackType(other.rackTypeId);
            if (!type || !ot)
                continue;
            const double gap = (type->widthM + ot->widthM) / 2;
            for (double side : {-1.0, 1.0}) {
                const QPointF candidate(other.xM + side * gap, other.yM);
                const double d = std::hypot(candidate.x() - local.x(), candidate.y() - local.y());
                if (d < best) {
                    best = d;
                    snapped = candidate;
                }
            }
        }
    }
    return m_scene->hallToSite(hallId, snapped);
}

QPointF SelectTool::moveSelection(double dxM, double dyM, int mergeKey)
{
    ProjectDocument *doc = m_scene->document();
    const QList<Id> ids = doc->selection();
    if (ids.isEmpty())
        return {};
    const auto [cx, cy] = layout::clampMoveIntoHalls(doc->project(), doc->scenario(), ids, dxM, dyM);
    if (std::abs(cx) < 1e-9 && std::abs(cy) < 1e-9) {
        if (std::abs(dxM) > 1e-9 || std::abs(dyM) > 1e-9)
            emit statusMessage(tr("Racks stay inside their hall"));
        return {};
    }
    LayoutDelta delta = layout::moveObjects(doc->project(), doc->scenario(), ids, cx, cy);
    if (delta.isEmpty())
        return {};
    doc->undoStack()->push(
        new LayoutChangeCommand(doc, plural(int(ids.size()), tr("Move %n object"), tr("Move %n objects")),
                                delta, MergeLayoutMove, mergeKey));
    return {cx, cy};
}

void SelectTool::mouseMoved(QGraphicsSceneMouseEvent *event)
{
    if (m_mode == Mode::Banding && m_band) {
        m_band->setRect(QRectF(m_pressSite, event->scenePos()).normalized());
        return;
    }
    if (m_mode != Mode::Dragging)
        return;
    const QPointF raw = event->scenePos() - m_pressSite;
    const QPointF target = snappedAnchor(m_anchorSite + raw) - m_anchorSite;
    const QPointF step = target - m_applied;
    if (std::abs(step.x()) < 1e-9 && std::abs(step.y()) < 1e-9)
        return;
    const QPointF moved = moveSelection(step.x(), step.y(), m_dragKey);
    m_applied += moved;
    m_dragMoved = m_dragMoved || !moved.isNull();
    emit statusMessage(tr("Moved by %1, %2 m")
                           .arg(QLocale().toString(m_applied.x(), 'f', 2))
                           .arg(QLocale().toString(m_applied.y(), 'f', 2)));
}

void SelectTool::mouseReleased(QGraphicsSceneMouseEvent *event)
{
    if (m_mode == Mode::Banding && m_band) {
        const QRectF rect = QRectF(m_pressSite, event->scenePos()).normalized();
        delete m_band;
        m_band = nullptr;
        ProjectDocument *doc = m_scene->document();
        QList<Id> selection = m_addToSelection ? doc->selection() : QList<Id>();
        const bool isClick =
            !m_scene->views().isEmpty() && (m_scene->views().first()->mapFromScene(event->scenePos()) -
                                            m_scene->views().first()->mapFromScene(m_pressSite))
                                                   .manhattanLength() < 4;
        if (isClick && m_pendingHall != NoId) {
            if (!selection.contains(m_pendingHall))
                selection.append(m_pendingHall);
        } else if (!isClick) {
            for (Id id : m_scene->objectsIn(rect))
                if (!selection.contains(id))
                    selection.append(id);
        }
        doc->setSelection(selection);
        emit statusMessage(
            plural(int(selection.size()), tr("%n object selected"), tr("%n objects selected")));
    } else if (m_mode == Mode::Dragging && m_selectAloneOnClick != NoId && !m_dragMoved) {
        m_scene->document()->setSelection({m_selectAloneOnClick});
    }
    m_selectAloneOnClick = NoId;
    setIdle();
}

bool SelectTool::mouseDoubleClicked(QGraphicsSceneMouseEvent *event)
{
    ProjectDocument *doc = m_scene->document();
    const Rack *rack = doc->scenario().rack(m_scene->objectAt(event->scenePos()));
    const Row *row = rack ? doc->scenario().row(rack->rowId) : nullptr;
    if (!row)
        return false;
    setIdle(); // the release that follows ends nothing
    doc->setSelection({row->id});
    emit statusMessage(tr("Row %1 selected: edit it in the inspector").arg(row->name));
    return true;
}

bool SelectTool::keyPressed(QKeyEvent *event)
{
    ProjectDocument *doc = m_scene->document();
    if (event->key() == Qt::Key_Escape) {
        doc->setSelection({});
        return true;
    }
    if (doc->selection().isEmpty())
        return false;
    const double step = event->modifiers() & Qt::ShiftModifier ? 0.6 : m_options->gridM;
    QPointF d;
    switch (event->key()) {
    case Qt::Key_Left:
        d = {-step, 0};
        break;
    case Qt::Key_Right:
        d = {step, 0};
        break;
    case Qt::Key_Up:
        d = {0, -step};
        break;
    case Qt::Key_Down:
        d = {0, step};
        break;
    default:
        return false;
    }
    moveSelection(d.x(), d.y(), 0);
    return true;
}

} // namespace fjord::ui
