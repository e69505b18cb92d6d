#pragma once

#include "model/document/changeevent.h"
#include "ui/floorplan/floorplanstyle.h"

#include <QGraphicsScene>
#include <QHash>
#include <QPoint>
#include <QSet>

namespace fjord {
class ProjectDocument;
}

namespace fjord::ui {

class AbstractTool;
class HallItem;
class RackItem;
class RackTile;
class RowItem;

// MIME type of a rack type dragged from the catalogue list onto the plan (payload: the type id).
inline constexpr char RackTypeMimeType[] = "application/x-fjordplan-racktype";

// The floor plan of the document's current scenario at real scale: 1 scene unit = 1 m, site
// coordinates (x east, y south). Halls are top-level items; rows and racks are their children in
// hall-local metres. The scene listens to the document's ChangeEvents and updates only the
// items named by their ids; it mirrors the document's selection, stage and problems; and it
// forwards mouse and key events to the active tool.
class FloorPlanScene : public QGraphicsScene {
    Q_OBJECT
public:
    explicit FloorPlanScene(ProjectDocument *document, QObject *parent = nullptr);
    ~FloorPlanScene() override;

    ProjectDocument *document() const { return m_document; }
    const FloorPlanStyle &style() const { return m_style; }
    void setColourMode(ColourMode mode);
    void setStageOverlay(bool greyLater, bool hideLater);
    void setProblemsOverlay(bool on);
    // LayoutDiff mode with the racks' colours and the legend, computed by the caller once per change.
    void setLayoutDiffColours(const QHash<Id, QColor> &rackColours,
                              const QList<std::pair<QColor, QString>> &legend);

    void setTool(AbstractTool *tool);
    AbstractTool *tool() const { return m_tool; }

    HallItem *hallItem(Id id) const { return m_halls.value(id); }
    RowItem *rowItem(Id id) const { return m_rows.value(id); }
    RackItem *rackItem(Id id) const { return m_racks.value(id); }
    int hallItemCount() const { return int(m_halls.size()); }
    int rowItemCount() const { return int(m_rows.size()); }
    int rackItemCount() const { return int(m_racks.size()); }

    // The topmost visible object at a site point: a rack, else a row, else a hall; NoId if none.
    Id objectAt(const QPointF &sitePos) const;
    // Racks touching the rectangle, and rows and halls lying wholly inside it.
    QList<Id> objectsIn(const QRectF &siteRect) const;
    Id hallAt(const QPointF &sitePos) const;
    QPointF siteToHall(Id hallId, const QPointF &sitePos) const;
    QPointF hallToSite(Id hallId, const QPointF &localPos) const;
    QRectF campusRect() const; // all halls, site metres
    // Floors that hide what lies beneath them (opaque, shown, not turned), site metres: the view
    // draws no grid there.
    QList<QRectF> opaqueFloors() const;
    QRectF boundsOf(const QList<Id> &ids) const; // of the objects' items, site metres

    void rebuild(); // every item from the model

    // Level of detail of the whole plan: rack items (true) or one painted strip per row (false,
    // when racks would be a few pixels on screen). Set by the view as it zooms.
    void setRackDetail(bool detailed);
    bool rackDetail() const { return m_detailed; }

signals:
    void statusMessage(const QString &message);
    void rackTypeDropped(fjord::Id rackTypeId, const QPointF &sitePos);
    void rackTypeDragged(fjord::Id rackTypeId, const QPointF &sitePos); // a catalogue entry over the plan
    void rackTypeDragLeft();
    void itemsChanged(); // after any update of the items (for the overview)

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void dragLeaveEvent(QGraphicsSceneDragDropEvent *event) override;
    void dragEnterEvent(QGraphicsSceneDragDropEvent *event) override;
    void dragMoveEvent(QGraphicsSceneDragDropEvent *event) override;
    void dropEvent(QGraphicsSceneDragDropEvent *event) override;
    void helpEvent(QGraphicsSceneHelpEvent *event) override; // the tooltip of the object under the pointer

private:
    void onChanged(const ChangeEvent &event);
    void onSelectionChanged();
    void onProblemsChanged();
    void syncHalls(const QList<Id> &ids);
    void syncRows(const QList<Id> &ids);
    void syncRacks(const QList<Id> &ids);
    void refreshRowExtents(const QSet<Id> &rowIds);
    void refreshHallTitles(const QSet<Id> &hallIds);
    void refreshHallExtents(const QSet<Id> &hallIds); // what their rows and racks paint (hallitem.h)
    void refreshAppearance();                         // every item (style, stage changed)
    void applyRackAppearance(RackItem *item, const Rack &rack);
    void applyHallAppearance(HallItem *item, const Hall &hall);
    void removeHallItem(Id id);
    bool rackShown(const RackItem *item) const;
    // The tile of `hall` that holds a rack centred at hall-local (xM, yM); made when missing.
    RackTile *tileFor(HallItem *hall, double xM, double yM);
    void markTileDirty(const RackItem *item); // its tile's bounds or shown racks may have changed
    void refreshTiles();                      // the dirty tiles' bounds and visibility; empty ones go
    void updateTypeIndex();
    void updateNodeSides();
    void indexWithBspTree(); // back from NoIndex after bulk changes (see the .cpp: the tree's rectangle)

    ProjectDocument *m_document;
    AbstractTool *m_tool = nullptr;
    FloorPlanStyle m_style;
    QHash<Id, HallItem *> m_halls;
    QHash<Id, RowItem *> m_rows;
    QHash<Id, RackItem *> m_racks;
    QHash<Id, QHash<QPoint, RackTile *>> m_tiles; // per hall, by cell: the racks' parents (racktile.h)
    QSet<RackTile *> m_dirtyTiles;
    QHash<Id, int> m_typeIndex; // rack type id -> position in the catalogue
    QSet<Id> m_marked;          // ids drawn as selected
    bool m_detailed = true;
};

} // namespace fjord::ui
