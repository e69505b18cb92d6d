#pragma once

#include "model/ids.h"
#include "ui/floorplan/abstracttool.h"

#include <QWidget>

class QAction;
class QActionGroup;
class QLabel;
class QToolBar;

namespace fjord {
class ProjectDocument;
}

namespace fjord::ui {

class DrawHallTool;
class DrawRowTool;
class FloorPlanScene;
class FloorPlanView;
class LayoutActions;
class LayoutInspector;
class OverviewWidget;
class PlaceRackTool;
class RackCatalogueList;
class SelectTool;

// The Layout tab: the floor-plan editor. Tool bar (tools, edit actions, zoom, overlays, export),
// rack catalogue, row options and the overview map on the left, the plan in the centre, the
// inspector on the right (unless detached into the main window's dock), and a status line for tool
// hints and refusals.
class LayoutTab : public QWidget {
    Q_OBJECT
public:
    explicit LayoutTab(ProjectDocument *document, QWidget *parent = nullptr);
    ~LayoutTab() override;

    FloorPlanScene *scene() const { return m_scene; }
    FloorPlanView *view() const { return m_view; }
    PlaceRackTool *placeRackTool() const { return m_rackTool; }
    LayoutInspector *inspector() const { return m_inspector; }
    // Hands the inspector to a host that shows it (the main window's dock); the tab keeps
    // driving it. The caller owns it then.
    LayoutInspector *detachInspector();
    LayoutActions *actions() const { return m_actions; }
    RackCatalogueList *catalogue() const { return m_catalogue; }
    ToolOptions &toolOptions() { return m_options; }
    QString statusText() const;

    enum class Tool { Select, DrawHall, DrawRow, PlaceRack };
    void setTool(Tool tool);
    QAction *toolAction(Tool tool) const;
    QAction *overlayAction(int index) const;    // 0 type, 1 power, 2 cooling, 3 phase/feed, 4 tenant
    QLabel *legend() const { return m_legend; } // what the colours and overlays mean now
    QAction *stageOverlayAction() const { return m_stageOverlay; }
    QAction *problemsOverlayAction() const { return m_problemsOverlay; }

    // Writes the plan (PNG or SVG by the file's suffix) without a dialog; an error text or {}.
    QString exportPlan(const QString &path, int widthPx = 2400) const;

signals:
    void statusMessage(const QString &message);

private:
    QWidget *buildLeftPanel();
    void buildToolBar(QToolBar *bar, QToolBar *showBar);
    void showStatus(const QString &message);
    void exportWithDialog();
    void refreshLegend();

    ProjectDocument *m_document;
    ToolOptions m_options;
    FloorPlanScene *m_scene;
    FloorPlanView *m_view;
    SelectTool *m_selectTool;
    DrawHallTool *m_hallTool;
    DrawRowTool *m_rowTool;
    PlaceRackTool *m_rackTool;
    LayoutActions *m_actions;
    LayoutInspector *m_inspector;
    OverviewWidget *m_overview;
    RackCatalogueList *m_catalogue;
    QLabel *m_status;
    QLabel *m_legend;
    QActionGroup *m_toolGroup;
    QList<QAction *> m_toolActions;
    QList<QAction *> m_overlayActions;
    QAction *m_stageOverlay = nullptr;
    QAction *m_hideLater = nullptr;
    QAction *m_problemsOverlay = nullptr;
};

} // namespace fjord::ui
