#pragma once

#include <QImage>
#include <QRectF>
#include <QString>

class QPainter;

namespace fjord::ui {

class FloorPlanScene;

// Export of the floor plan as a drawing: the plan of `siteRect` (site metres; empty: the whole
// campus) under a title block, with a scale bar, a north arrow and the legend of the overlay.
// Usable without a dialog (tests, the report). Errors are returned as text, never thrown.
struct PlanExport {
    QRectF siteRect;    // empty: the campus with a margin
    int widthPx = 2400; // width of the drawing (PNG pixels, SVG user units)
    QString title;      // e.g. the project and scenario
    QString subtitle;   // e.g. the stage and overlay
};

QImage renderPlan(FloorPlanScene *scene, const PlanExport &options);
QString exportPlanPng(FloorPlanScene *scene, const PlanExport &options, const QString &path);
QString exportPlanSvg(FloorPlanScene *scene, const PlanExport &options, const QString &path);

// Paints the drawing onto any device of the size planSize(...) returns.
void paintPlan(QPainter *painter, FloorPlanScene *scene, const PlanExport &options);
QSize planSize(FloorPlanScene *scene, const PlanExport &options);

} // namespace fjord::ui
