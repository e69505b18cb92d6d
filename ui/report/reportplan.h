#pragma once

#include "model/ids.h"
#include "ui/floorplan/floorplanexport.h"

#include <QColor>
#include <QHash>
#include <QList>

#include <utility>

namespace fjord {
class ProjectDocument;
}

namespace fjord::ui {

class ReportSink;

// A floor plan of the report: the document's scenario at its current stage, drawn by the plan export
// (title block, scale, north arrow), coloured by rack type or, with `rackColours`, as a layout diff
// with its legend. The plan's scene is built on the GUI thread, like the charts.
struct ReportPlan {
    PlanExport options;
    QHash<Id, QColor> rackColours; // empty: the plan's own colours
    QList<std::pair<QColor, QString>> legend;
    QList<Id> frame; // halls the plan is cropped to (with a margin); empty: the whole campus
};

// The height the plan takes across the sink's width, at most `maxHeightPt`.
double reportPlanHeight(ReportSink &sink, ProjectDocument &document, const ReportPlan &plan,
                        double maxHeightPt);
void reportPlanFigure(ReportSink &sink, ProjectDocument &document, const ReportPlan &plan, double heightPt,
                      const QString &caption);

} // namespace fjord::ui
