#include "ui/floorplan/floorplanscene.h"
#include "model/designpower.h"

#include "model/document/projectdocument.h"
#include "ui/floorplan/abstracttool.h"
#include "ui/floorplan/hallitem.h"
#include "ui/floorplan/plantooltips.h"
#include "ui/floorplan/rackitem.h"
#include "ui/floorplan/racktile.h"
#include "ui/floorplan/rowitem.h"
#include "ui/floorplan/tenantoverlay.h"

#include <QGraphicsSceneDragDropEvent>
#include <QGraphicsSceneHelpEvent>
#include <QGraphicsSceneMouseEvent>
#include <QKeyEvent>
#include <QMimeData>
#include <QToolTip>

#include <cmath>
#include <numbers>

namespace fjord::ui {

namespace {

constexpr int BulkSyncItems = 1000; // racks changed at once from which the scene index is rebuilt

template <typename T> QHash<Id, int> indexById(const QList<T> &list)
{
    QHash<Id, int> index;
    index.reserve(list.size());
    for (int i = 0; i < list.size(); ++i)
        index.insert(list[i].id, i);
    return index;
}

QString hallDetail(const Hall &hall, const DesignPowerSum &sum)
{
    const double itW = sum.designPowerW;
    // %L: the default locale's decimal separator (the system's; the report's while it draws a plan)
    QString s = QStringLiteral("%L1 × %L2 m").arg(hall.widthM, 0, 'f', 1).arg(hall.depthM, 0, 'f', 1);
    if (itW > 0) {
        s += QStringLiteral(" · %L1 MW IT · %L2 kW/m²")
                 .arg(itW / 1e6, 0, 'f', 1)
                 .arg(sum.densityWPerM2(hall.areaM2()) / 1000.0, 0, 'f', 1);
    }
    return s;
}

} // namespace

FloorPlanScene::FloorPlanScene(ProjectDocument *document, QObject *parent)
    : QGraphicsScene(parent), m_document(document)
{
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    setBackgroundBrush(QColor(0xe9, 0xec, 0xef));
    connect(document, &ProjectDocument::changed, this, &FloorPlanScene::onChanged);
    connect(document, &ProjectDocument::selectionChanged, this, &FloorPlanScene::onSelectionChanged);
    connect(document, &ProjectDocument::resultsChanged, this, &FloorPlanScene::onProblemsChanged);
    connect(document, &ProjectDocument::currentScenarioChanged, this, &FloorPlanScene::rebuild);
    connect(document, &ProjectDocument::currentStageChanged, this, [this] {
        m_style.currentStage = m_document->currentStageIndex();
        refreshAppearance();
    });
    m_style.currentStage = document->currentStageIndex();
    rebuild();
}

FloorPlanScene::~FloorPlanScene() = default;

void FloorPlanScene::setColourMode(ColourMode mode)
{
    if (mode == m_style.mode)
        return;
    m_style.mode = mode;
    updateNodeSides();
    if (mode == ColourMode::Tenant)
        updateTenantOverlay(m_style, m_document->scenario());
    refreshAppearance();
}

void FloorPlanScene::setLayoutDiffColours(const QHash<Id, QColor> &rackColours,
                                          const QList<std::pair<QColor, QString>> &legend)
{
    m_style.rackDiff = rackColours;
    m_style.diffLegend = legend;
    m_style.mode = ColourMode::LayoutDiff;
    refreshAppearance();
}

void FloorPlanScene::setStageOverlay(bool greyLater, bool hideLater)
{
    m_style.stageOverlay = greyLater;
    m_style.hideLaterStages = hideLater;
    refreshAppearance();
}

void FloorPlanScene::setProblemsOverlay(bool on)
{
    m_style.problemsOverlay = on;
    refreshAppearance();
}

void FloorPlanScene::setTool(AbstractTool *tool)
{
    if (tool == m_tool)
        return;
    if (m_tool)
        m_tool->deactivate();
    m_tool = tool;
    if (m_tool) {
        m_tool->activate();
        emit statusMessage(m_tool->statusHint());
    }
}

void FloorPlanScene::setRackDetail(bool detailed)
{
    if (detailed == m_detailed)
        return;
    m_detailed = detailed;
    for (RackItem *item : std::as_const(m_racks))
        item->setVisible(rackShown(item));
    for (const auto &tiles : std::as_const(m_tiles))
        for (RackTile *tile : tiles)
            m_dirtyTiles.insert(tile);
    refreshTiles();
    for (RowItem *row : std::as_const(m_rows))
        row->setAggregated(!detailed);
    if (!detailed) {
        const QList<Id> rows = m_rows.keys();
        refreshRowExtents(QSet<Id>(rows.cbegin(), rows.cend()));
    }
}

bool FloorPlanScene::rackShown(const RackItem *item) const
{
    if (m_style.hideLaterStages && item->isLater())
        return false;
    return m_detailed || item->rowId() == NoId;
}

void FloorPlanScene::rebuild()
{
    // one index build for all items instead of one insertion per item
    setItemIndexMethod(QGraphicsScene::NoIndex);
    for (HallItem *item : std::as_const(m_halls))
        delete item; // takes its rows, tiles and racks with it
    m_halls.clear();
    m_rows.clear();
    m_racks.clear();
    m_tiles.clear();
    m_dirtyTiles.clear();
    m_marked.clear();
    m_style.currentStage = m_document->currentStageIndex();
    updateTypeIndex();
    updateNodeSides();
    updateTenantOverlay(m_style, m_document->scenario());
    onProblemsChanged();
    syncHalls({});
    syncRows({});
    syncRacks({});
    onSelectionChanged();
    const QRectF campus = campusRect();
    setSceneRect(campus.isEmpty() ? QRectF(-50, -50, 300, 200) : campus.adjusted(-60, -60, 60, 60));
    indexWithBspTree();
}

void FloorPlanScene::indexWithBspTree()
{
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    // Qt's new BSP index learns the scene rectangle only from sceneRectChanged, which
    // setItemIndexMethod does not emit: the tree was built over an empty rectangle at the origin,
    // and every frame whose view crosses x = 0 or y = 0 visited all its 32,768 leaves (a seventh of
    // a zoomed-in frame). The views already have this rectangle: for them nothing changes.
    emit sceneRectChanged(sceneRect());
}

void FloorPlanScene::onChanged(const ChangeEvent &event)
{
    using K = ChangeEvent::Kind;
    // Allocations change with halls, rows and racks: the overlay's colours follow before the items sync.
    const bool tenantsMoved = m_style.mode == ColourMode::Tenant &&
                              (event.kind == K::Halls || event.kind == K::Rows || event.kind == K::Racks ||
                               event.kind == K::Tenants) &&
                              updateTenantOverlay(m_style, m_document->scenario());
    switch (event.kind) {
    case ChangeEvent::Kind::Halls:
        syncHalls(event.ids);
        break;
    case ChangeEvent::Kind::Rows:
        syncRows(event.ids);
        break;
    case ChangeEvent::Kind::Racks:
        syncRacks(event.ids);
        break;
    case ChangeEvent::Kind::RackTypes:
    case ChangeEvent::Kind::Stages:
    case ChangeEvent::Kind::Scenarios:
    case ChangeEvent::Kind::Everything:
        rebuild();
        break;
    case ChangeEvent::Kind::PowerChain:
        if (m_style.mode == ColourMode::PhaseFeed) {
            updateNodeSides();
            refreshAppearance();
        }
        break;
    case ChangeEvent::Kind::Tenants:
        if (!tenantsMoved)
            return; // only the overlay shows tenants
        break;
    default:
        return;
    }
    // a hall's or row's tenant colours racks that were not synced
    if (tenantsMoved && event.kind != K::Racks)
        refreshAppearance();
    emit itemsChanged();
}

void FloorPlanScene::syncHalls(const QList<Id> &ids)
{
    const Scenario &s = m_document->scenario();
    const QHash<Id, int> index = indexById(s.halls);
    const QList<Id> todo = ids.isEmpty() ? index.keys() : ids;
    QSet<Id> titles;
    for (Id id : todo) {
        const int i = index.value(id, -1);
        if (i < 0) {
            removeHallItem(id);
            continue;
        }
        const Hall &hall = s.halls[i];
        HallItem *item = m_halls.value(id);
        if (!item) {
            item = new HallItem(id);
            addItem(item);
            m_halls.insert(id, item);
        }
        item->setPos(hall.xM, hall.yM);
        item->setRotation(hall.rotationDeg);
        item->setSize(hall.widthM, hall.depthM);
        titles.insert(id);
    }
    refreshHallTitles(titles);
    // keep room around the campus for drawing and panning
    const QRectF campus = campusRect().adjusted(-60, -60, 60, 60);
    if (!sceneRect().contains(campus))
        setSceneRect(sceneRect().united(campus));
}

void FloorPlanScene::removeHallItem(Id id)
{
    HallItem *item = m_halls.take(id);
    if (!item)
        return;
    for (QGraphicsItem *child : item->childItems()) {
        if (child->type() == RackTile::Type) {
            m_dirtyTiles.remove(static_cast<RackTile *>(child));
            for (QGraphicsItem *rack : child->childItems())
                m_racks.remove(static_cast<RackItem *>(rack)->id());
        } else if (child->type() == RowItem::Type) {
            m_rows.remove(static_cast<RowItem *>(child)->id());
        }
    }
    m_tiles.remove(id);
    delete item;
}

void FloorPlanScene::syncRows(const QList<Id> &ids)
{
    const Scenario &s = m_document->scenario();
    const QHash<Id, int> index = indexById(s.rows);
    const QList<Id> todo = ids.isEmpty() ? index.keys() : ids;
    QSet<Id> extents;
    for (Id id : todo) {
        const int i = index.value(id, -1);
        HallItem *hall = i < 0 ? nullptr : m_halls.value(s.rows[i].hallId);
        if (!hall) {
            delete m_rows.take(id);
            continue;
        }
        const Row &row = s.rows[i];
        RowItem *item = m_rows.value(id);
        if (!item) {
            item = new RowItem(id, hall);
            item->setAggregated(!m_detailed);
            m_rows.insert(id, item);
        } else if (item->parentItem() != hall) {
            item->setParentItem(hall);
        }
        item->setPos(row.xM, row.yM);
        item->setRotation(row.rotationDeg);
        item->setName(row.name);
        extents.insert(id);
    }
    refreshRowExtents(extents);
}

void FloorPlanScene::syncRacks(const QList<Id> &ids)
{
    const Project &p = m_document->project();
    const Scenario &s = m_document->scenario();
    const QHash<Id, int> index = indexById(s.racks);
    const QList<Id> todo = ids.isEmpty() ? index.keys() : ids;
    // Moving thousands of indexed items one by one costs a BSP removal and insertion each;
    // one index rebuild afterwards is several times cheaper (measured in bench_floorplan).
    const bool bulk = todo.size() > BulkSyncItems && itemIndexMethod() == QGraphicsScene::BspTreeIndex;
    if (bulk)
        setItemIndexMethod(QGraphicsScene::NoIndex);
    QSet<Id> rows, halls;
    for (Id id : todo) {
        const int i = index.value(id, -1);
        RackItem *item = m_racks.value(id);
        if (item) {
            // the rack's former row and hall change their extent and totals too
            if (item->rowId() != NoId)
                rows.insert(item->rowId());
            if (const auto *tile = static_cast<RackTile *>(item->parentItem()))
                halls.insert(tile->hallId());
            markTileDirty(item);
        }
        HallItem *hall = i < 0 ? nullptr : m_halls.value(s.racks[i].hallId);
        if (!hall) {
            delete m_racks.take(id);
            continue;
        }
        const Rack &rack = s.racks[i];
        RackTile *tile = tileFor(hall, rack.xM, rack.yM);
        const bool created = !item;
        if (created) {
            item = new RackItem(id, nullptr); // parented below, once its geometry is set
            m_racks.insert(id, item);
        } else if (item->parentItem() != tile) {
            item->setParentItem(tile);
        }
        const RackType *type = p.rackType(rack.rackTypeId);
        item->setSize(type ? type->widthM : 0.6, type ? type->depthM : 1.2);
        item->setPos(rack.xM, rack.yM);
        if (item->rotation() !=
            rack.rotationDeg) // setRotation() invalidates the geometry even when unchanged
            item->setRotation(rack.rotationDeg);
        item->setLabel(rack.name);
        item->setRowId(rack.rowId);
        item->setMarked(m_marked.contains(id));
        applyRackAppearance(item, rack);
        if (created)
            item->setParentItem(tile);
        m_dirtyTiles.insert(tile);
        if (rack.rowId != NoId)
            rows.insert(rack.rowId);
        halls.insert(rack.hallId);
    }
    refreshTiles();
    if (bulk)
        indexWithBspTree();
    refreshRowExtents(rows);
    refreshHallTitles(halls);
    refreshHallExtents(halls);
}

void FloorPlanScene::refreshRowExtents(const QSet<Id> &rowIds)
{
    if (rowIds.isEmpty())
        return;
    const Project &p = m_document->project();
    const Scenario &s = m_document->scenario();
    struct Extent {
        double from = 1e300, to = -1e300, depth = 0;
        bool anyBuilt = false;
        int facing = 0; // racks whose fronts face the row's +y (their backs, the hot side, −y)
    };
    QHash<Id, Extent> extents;
    QHash<Id, QList<RowItem::Slot>> rackSlots; // the racks as their row draws them when zoomed out
    QHash<Id, const Row *> rows;
    for (const Row &row : s.rows)
        if (rowIds.contains(row.id))
            rows.insert(row.id, &row);
    for (const Rack &rack : s.racks) {
        const Row *row = rows.value(rack.rowId);
        if (!row)
            continue;
        const RackType *type = p.rackType(rack.rackTypeId);
        const double w = type ? type->widthM : 0.6, d = type ? type->depthM : 1.2;
        const double a = row->rotationDeg * std::numbers::pi / 180.0;
        const double u = (rack.xM - row->xM) * std::cos(a) + (rack.yM - row->yM) * std::sin(a);
        Extent &e = extents[row->id];
        e.from = std::min(e.from, u - w / 2);
        e.to = std::max(e.to, u + w / 2);
        e.depth = std::max(e.depth, d);
        e.anyBuilt = e.anyBuilt || s.builtBy(rack.stageId, m_style.currentStage);
        const double turn = std::remainder(rack.rotationDeg - row->rotationDeg, 360.0);
        const bool frontPlusY = std::abs(turn) < 90;
        e.facing += frontPlusY ? 1 : -1;
        if (!m_detailed) {
            const RackItem *item = m_racks.value(rack.id);
            if (item && !(m_style.hideLaterStages && item->isLater())) {
                rackSlots[row->id].append({rack.id, u - w / 2, u + w / 2, d, item->fill(), item->outline(),
                                           frontPlusY, item->isLater(), item->isMarked(),
                                           item->problemLevel()});
            }
        }
    }
    for (Id id : rowIds) {
        RowItem *item = m_rows.value(id);
        const Row *row = rows.value(id);
        if (!item || !row)
            continue;
        const Extent e = extents.value(id);
        // the hot aisle is where the racks' backs are; a row without racks says it itself (Back: +y)
        const bool hotBehind = e.facing != 0 ? e.facing > 0 : row->hotAisle == AisleSide::Front;
        if (e.from > e.to)
            item->setExtent(0, 0, 0, hotBehind);
        else
            item->setExtent(e.from, e.to, e.depth, hotBehind);
        item->setLater(m_style.stageOverlay && !e.anyBuilt);
        if (!m_detailed)
            item->setRackSlots(rackSlots.value(id));
        item->setVisible(!(m_style.hideLaterStages && !e.anyBuilt));
    }
    QSet<Id> halls;
    for (const Row *row : std::as_const(rows))
        halls.insert(row->hallId);
    refreshHallExtents(halls);
}

void FloorPlanScene::refreshHallExtents(const QSet<Id> &hallIds)
{
    for (Id id : hallIds)
        if (HallItem *item = m_halls.value(id))
            item->setChildrenExtent(item->childrenBoundingRect());
}

void FloorPlanScene::refreshHallTitles(const QSet<Id> &hallIds)
{
    if (hallIds.isEmpty())
        return;
    const Project &p = m_document->project();
    const Scenario &s = m_document->scenario();
    // Design IT power of the racks built through the current stage: the hall inspector's figure too.
    const QHash<Id, DesignPowerSum> sums = designPowerByHall(p, s, m_style.currentStage);
    for (Id id : hallIds) {
        HallItem *item = m_halls.value(id);
        const Hall *hall = s.hall(id);
        if (!item || !hall)
            continue;
        const DesignPowerSum sum = sums.value(id);
        item->setTitle(hall->name, hallDetail(*hall, sum));
        const bool later = !s.builtBy(hall->stageId, m_style.currentStage);
        item->setAppearance(m_style.hallFill(sum.densityWPerM2(hall->areaM2())),
                            m_style.stageOverlay && later,
                            m_style.problemsOverlay ? m_style.problemLevel.value(id) : 0);
        item->setVisible(!(m_style.hideLaterStages && later));
    }
}

void FloorPlanScene::applyRackAppearance(RackItem *item, const Rack &rack)
{
    const Scenario &s = m_document->scenario();
    const bool later = !s.builtBy(rack.stageId, m_style.currentStage);
    item->setAppearance(m_style.rackFill(m_document->project(), rack, m_typeIndex.value(rack.rackTypeId, -1)),
                        m_style.rackOutline(rack), m_style.stageOverlay && later,
                        m_style.problemsOverlay ? m_style.problemLevel.value(rack.id) : 0);
    const bool shown = rackShown(item);
    if (shown != item->isVisibleTo(item->parentItem())) {
        item->setVisible(shown);
        markTileDirty(item);
    }
}

RackTile *FloorPlanScene::tileFor(HallItem *hall, double xM, double yM)
{
    const QPoint cell = RackTile::cellOf(xM, yM);
    RackTile *&tile = m_tiles[hall->id()][cell];
    if (!tile)
        tile = new RackTile(hall->id(), cell, hall);
    return tile;
}

void FloorPlanScene::markTileDirty(const RackItem *item)
{
    if (item->parentItem())
        m_dirtyTiles.insert(static_cast<RackTile *>(item->parentItem()));
}

void FloorPlanScene::refreshTiles()
{
    for (RackTile *tile : std::as_const(m_dirtyTiles)) {
        if (tile->childItems().isEmpty()) {
            m_tiles[tile->hallId()].remove(tile->cell());
            delete tile;
        } else {
            tile->refresh();
        }
    }
    m_dirtyTiles.clear();
}

void FloorPlanScene::refreshAppearance()
{
    const Scenario &s = m_document->scenario();
    for (const Rack &rack : s.racks)
        if (RackItem *item = m_racks.value(rack.id))
            applyRackAppearance(item, rack);
    refreshTiles();
    const QList<Id> rows = m_rows.keys(), halls = m_halls.keys();
    refreshRowExtents(QSet<Id>(rows.cbegin(), rows.cend()));
    refreshHallTitles(QSet<Id>(halls.cbegin(), halls.cend()));
    emit itemsChanged();
}

void FloorPlanScene::updateTypeIndex()
{
    m_typeIndex.clear();
    const auto &types = m_document->project().rackTypes;
    for (int i = 0; i < types.size(); ++i)
        m_typeIndex.insert(types[i].id, i);
}

void FloorPlanScene::updateNodeSides()
{
    m_style.nodeSide.clear();
    for (const PowerNode &node : m_document->scenario().powerNodes)
        m_style.nodeSide.insert(node.id, node.side);
}

void FloorPlanScene::onSelectionChanged()
{
    const QList<Id> selection = m_document->selection();
    const QSet<Id> now(selection.cbegin(), selection.cend());
    auto mark = [this](Id id, bool on) {
        if (RackItem *r = m_racks.value(id))
            r->setMarked(on);
        else if (RowItem *row = m_rows.value(id))
            row->setMarked(on);
        else if (HallItem *h = m_halls.value(id))
            h->setMarked(on);
    };
    for (Id id : std::as_const(m_marked))
        if (!now.contains(id))
            mark(id, false);
    QSet<Id> rows;
    for (Id id : now)
        if (!m_marked.contains(id)) {
            mark(id, true);
            if (const RackItem *r = m_racks.value(id))
                rows.insert(r->rowId());
        }
    if (!m_detailed) {
        for (Id id : std::as_const(m_marked))
            if (const RackItem *r = m_racks.value(id); r && !now.contains(id))
                rows.insert(r->rowId());
    }
    m_marked = now;
    if (!m_detailed) {
        rows.remove(NoId);
        refreshRowExtents(rows);
    }
}

void FloorPlanScene::onProblemsChanged()
{
    QHash<Id, int> levels;
    for (const Problem &problem : m_document->problems()) {
        if (problem.objectId == NoId || problem.severity == Severity::Info)
            continue;
        int &level = levels[problem.objectId];
        level = std::max(level, problem.severity == Severity::Error ? 2 : 1);
    }
    if (levels == m_style.problemLevel)
        return;
    // only the objects whose state changed are repainted
    QSet<Id> changed;
    for (auto it = levels.cbegin(); it != levels.cend(); ++it)
        if (m_style.problemLevel.value(it.key()) != it.value())
            changed.insert(it.key());
    for (auto it = m_style.problemLevel.cbegin(); it != m_style.problemLevel.cend(); ++it)
        if (!levels.contains(it.key()))
            changed.insert(it.key());
    m_style.problemLevel = levels;
    const Scenario &s = m_document->scenario();
    QHash<Id, int> index;
    if (changed.size() > 8) {
        for (int i = 0; i < s.racks.size(); ++i)
            index.insert(s.racks[i].id, i);
    }
    QSet<Id> halls, rows;
    for (Id id : changed) {
        if (RackItem *item = m_racks.value(id)) {
            const Rack *rack =
                index.isEmpty() ? s.rack(id) : (index.contains(id) ? &s.racks[index.value(id)] : nullptr);
            if (rack)
                applyRackAppearance(item, *rack);
            if (item->rowId() != NoId)
                rows.insert(item->rowId()); // zoomed out, the row draws the rack's outline
        } else if (m_halls.contains(id)) {
            halls.insert(id);
        }
    }
    refreshTiles();
    if (!m_detailed)
        refreshRowExtents(rows);
    refreshHallTitles(halls);
}

void FloorPlanScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_tool && event->button() == Qt::LeftButton) {
        m_tool->mousePressed(event);
        event->accept();
    }
}

void FloorPlanScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_tool)
        m_tool->mouseMoved(event);
    event->accept();
}

void FloorPlanScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_tool && event->button() == Qt::LeftButton)
        m_tool->mouseReleased(event);
    event->accept();
}

void FloorPlanScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_tool && event->button() == Qt::LeftButton && m_tool->mouseDoubleClicked(event)) {
        event->accept();
        return;
    }
    mousePressEvent(event); // a fast second click is a click for the tools
}

void FloorPlanScene::keyPressEvent(QKeyEvent *event)
{
    if (m_tool && m_tool->keyPressed(event)) {
        event->accept();
        return;
    }
    event->ignore(); // the view pans with the arrow keys
}

void FloorPlanScene::dragEnterEvent(QGraphicsSceneDragDropEvent *event)
{
    event->setAccepted(event->mimeData()->hasFormat(QLatin1String(RackTypeMimeType)));
}

void FloorPlanScene::dragMoveEvent(QGraphicsSceneDragDropEvent *event)
{
    bool ok = false;
    const Id typeId = event->mimeData()->data(QLatin1String(RackTypeMimeType)).toLongLong(&ok);
    event->setAccepted(ok);
    if (ok)
        emit rackTypeDragged(typeId, event->scenePos());
}

void FloorPlanScene::dragLeaveEvent(QGraphicsSceneDragDropEvent *event)
{
    emit rackTypeDragLeft();
    event->accept();
}

void FloorPlanScene::dropEvent(QGraphicsSceneDragDropEvent *event)
{
    const QByteArray data = event->mimeData()->data(QLatin1String(RackTypeMimeType));
    bool ok = false;
    const Id typeId = data.toLongLong(&ok);
    if (!ok) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    emit rackTypeDragLeft();
    emit rackTypeDropped(typeId, event->scenePos());
}

void FloorPlanScene::helpEvent(QGraphicsSceneHelpEvent *event)
{
    const Project &project = m_document->project();
    const Scenario &scenario = m_document->scenario();
    const Id id = objectAt(event->scenePos());
    QString tip;
    if (const Rack *rack = scenario.rack(id))
        tip = rackToolTip(project, scenario, *rack);
    else if (const Row *row = scenario.row(id))
        tip = rowToolTip(project, scenario, *row);
    else if (const Hall *hall = scenario.hall(id))
        tip = hallToolTip(project, scenario, *hall, m_style.currentStage);
    if (tip.isEmpty()) {
        QToolTip::hideText();
        event->ignore();
        return;
    }
    QToolTip::showText(event->screenPos(), tip, event->widget());
    event->accept();
}

} // namespace fjord::ui
