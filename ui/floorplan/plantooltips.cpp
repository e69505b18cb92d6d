#include "ui/floorplan/plantooltips.h"
#include "model/designpower.h"
#include "model/tr.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace fjord::ui {

namespace {

QString stageName(const Scenario &scenario, Id stageId)
{
    const Stage *stage = scenario.stage(stageId);
    return stage ? stage->name : FloorPlanTr::tr("(none)");
}

QString sideText(FeedSide side)
{
    return side == FeedSide::A   ? QStringLiteral(" (A)")
           : side == FeedSide::B ? QStringLiteral(" (B)")
                                 : QString();
}

// One line "Label: value" of a tooltip table (rich text, so that the labels line up).
QString line(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

} // namespace

QString rackToolTip(const Project &project, const Scenario &scenario, const Rack &rack)
{
    const RackType *type = project.rackType(rack.rackTypeId);
    QStringList feeds;
    for (const RackFeed &f : rack.feeds) {
        const PowerNode *node = scenario.powerNode(f.nodeId);
        feeds << (node ? node->name + sideText(node->side) : FloorPlanTr::tr("(missing node)"));
    }
    const Tenant *tenant = scenario.tenant(scenario.tenantOf(rack));
    QString rows = line(FloorPlanTr::tr("Type"), type ? type->name : FloorPlanTr::tr("(unknown)"));
    if (type)
        rows += line(FloorPlanTr::tr("Power"), FloorPlanTr::tr("%1 kW design · %2 kW peak")
                                                   .arg(QLocale().toString(type->designPowerW / 1e3, 'f', 0))
                                                   .arg(QLocale().toString(type->peakW() / 1e3, 'f', 0)));
    rows += line(FloorPlanTr::tr("Feeds"),
                 feeds.isEmpty() ? FloorPlanTr::tr("none") : feeds.join(QStringLiteral(", ")));
    rows += line(FloorPlanTr::tr("Stage"), stageName(scenario, rack.stageId));
    rows += line(FloorPlanTr::tr("Tenant"), tenant ? tenant->name : FloorPlanTr::tr("unallocated"));
    return QStringLiteral("<b>%1</b><table>%2</table>").arg(rack.name.toHtmlEscaped(), rows);
}

QString rowToolTip(const Project &project, const Scenario &scenario, const Row &row)
{
    const DesignPowerSum sum = rowDesignPower(project, scenario, row.id, AllStages);
    const int racks = sum.racks;
    const double designW = sum.designPowerW;
    const Hall *hall = scenario.hall(row.hallId);
    QString rows =
        line(FloorPlanTr::tr("Racks"),
             racks == 1 ? FloorPlanTr::tr("1 rack · %1 MW IT").arg(QLocale().toString(designW / 1e6, 'f', 2))
                        : FloorPlanTr::tr("%1 racks · %2 MW IT")
                              .arg(racks)
                              .arg(QLocale().toString(designW / 1e6, 'f', 2)));
    rows += line(FloorPlanTr::tr("Hall"), hall ? hall->name : FloorPlanTr::tr("(none)"));
    return QStringLiteral("<b>%1 %2</b><table>%3</table>")
        .arg(FloorPlanTr::tr("Row").toHtmlEscaped(), row.name.toHtmlEscaped(), rows);
}

QString hallToolTip(const Project &project, const Scenario &scenario, const Hall &hall, int throughStage)
{
    const DesignPowerSum sum = hallDesignPower(project, scenario, hall.id, throughStage);
    const int racks = sum.racks;
    const double designW = sum.designPowerW;
    const CoolingSystem *cooling = scenario.coolingSystem(hall.coolingSystemId);
    const Tenant *tenant = scenario.tenant(hall.tenantId);
    QString rows = line(FloorPlanTr::tr("Size"), FloorPlanTr::tr("%1 × %2 m · %3 m²")
                                                     .arg(QLocale().toString(hall.widthM, 'f', 1))
                                                     .arg(QLocale().toString(hall.depthM, 'f', 1))
                                                     .arg(QLocale().toString(hall.areaM2(), 'f', 0)));
    rows +=
        line(FloorPlanTr::tr("Racks"),
             racks == 1 ? FloorPlanTr::tr("1 rack · %1 MW IT").arg(QLocale().toString(designW / 1e6, 'f', 2))
                        : FloorPlanTr::tr("%1 racks · %2 MW IT")
                              .arg(racks)
                              .arg(QLocale().toString(designW / 1e6, 'f', 2)));
    rows += line(FloorPlanTr::tr("Cooling"), cooling ? cooling->name : FloorPlanTr::tr("none"));
    rows += line(FloorPlanTr::tr("Stage"), stageName(scenario, hall.stageId));
    rows += line(FloorPlanTr::tr("Tenant"), tenant ? tenant->name : FloorPlanTr::tr("unallocated"));
    return QStringLiteral("<b>%1 %2</b><table>%3</table>")
        .arg(FloorPlanTr::tr("Hall").toHtmlEscaped(), hall.name.toHtmlEscaped(), rows);
}

} // namespace fjord::ui
