#include "ui/report/reportplan.h"

#include "ui/floorplan/floorplanscene.h"
#include "ui/report/reportsink.h"

#include <algorithm>
#include <memory>

namespace fjord::ui {

namespace {

std::unique_ptr<FloorPlanScene> planScene(ProjectDocument &document, const ReportPlan &plan)
{
    auto scene = std::make_unique<FloorPlanScene>(&document);
    if (!plan.rackColours.isEmpty())
        scene->setLayoutDiffColours(plan.rackColours, plan.legend);
    return scene;
}

// The export's options with the site rectangle of the framed halls.
PlanExport optionsFor(FloorPlanScene *scene, const ReportPlan &plan)
{
    PlanExport options = plan.options;
    const QRectF halls = plan.frame.isEmpty() ? QRectF() : scene->boundsOf(plan.frame);
    if (!halls.isEmpty()) {
        const double m = std::max(halls.width(), halls.height()) * 0.03 + 3;
        options.siteRect = halls.adjusted(-m, -m - 3, m, m); // room for the hall titles above the halls
    }
    return options;
}

} // namespace

double reportPlanHeight(ReportSink &sink, ProjectDocument &document, const ReportPlan &plan,
                        double maxHeightPt)
{
    QSize size;
    ReportSink::onGuiThread([&] {
        const auto scene = planScene(document, plan);
        size = planSize(scene.get(), optionsFor(scene.get(), plan));
    });
    return std::min(maxHeightPt, sink.contentWidthPt() * size.height() / std::max(1, size.width()));
}

void reportPlanFigure(ReportSink &sink, ProjectDocument &document, const ReportPlan &plan, double heightPt,
                      const QString &caption)
{
    sink.figure(
        heightPt,
        [&](QPainter *p, const QRectF &r) {
            const ScopedDefaultLocale scoped(sink.locale()); // the halls' labels
            const auto scene = planScene(document, plan);
            const PlanExport options = optionsFor(scene.get(), plan);
            const QSize size = planSize(scene.get(), options);
            const double scale = std::min(r.width() / size.width(), r.height() / size.height());
            p->translate(r.topLeft());
            p->scale(scale, scale);
            paintPlan(p, scene.get(), options);
        },
        caption);
}

} // namespace fjord::ui
