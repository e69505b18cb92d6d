#include "ui/floorplan/plantooltips.h"
#include "model/designpower.h"

#include <QCoreApplication>
#include <QStringList>

namespace fjord::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fjord::ui::PlanToolTips", text);
}

QString stageName(const Scenario &scenario, Id stageId)
{
    const Stage *stage = scenario.stage(stageId);
    return stage ? stage->name : tr("(none)");
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
        feeds << (node ? node->name + sideText(node->side) : tr("(missing node)"));
    }
    const Tenant *tenant = scenario.tenant(scenario.tenantOf(rack));
    QString rows = line(tr("Type"), type ? type->name : tr("(unknown)"));
    if (type)
        rows += line(tr("Power"), tr("%1 kW design · %2 kW peak")
                                      .arg(type->designPowerW / 1e3, 0, 'f', 0)
                                      .arg(type->peakW() / 1e3, 0, 'f', 0));
    rows += line(tr("Feeds"), feeds.isEmpty() ? tr("none") : feeds.join(QStringLiteral(", ")));
    rows += line(tr("Stage"), stageName(scenario, rack.stageId));
    rows += line(tr("Tenant"), tenant ? tenant->name : tr("unallocated"));
    return QStringLiteral("<b>%1</b><table>%2</table>").arg(rack.name.toHtmlEscaped(), rows);
}

QString rowToolTip(const Project &project, const Scenario &scenario, const Row &row)
{
    const DesignPowerSum sum = rowDesignPower(project, scenario, row.id, AllStages);
    const int racks = sum.racks;
    const double designW = sum.designPowerW;
    const Hall *hall = scenario.hall(row.hallId);
    QString rows =
        line(tr("Racks"), racks == 1 ? tr("1 rack · %1 MW IT").arg(designW / 1e6, 0, 'f', 2)
                                     : tr("%1 racks · %2 MW IT").arg(racks).arg(designW / 1e6, 0, 'f', 2));
    rows += line(tr("Hall"), hall ? hall->name : tr("(none)"));
    return QStringLiteral("<b>%1 %2</b><table>%3</table>")
        .arg(tr("Row").toHtmlEscaped(), row.name.toHtmlEscaped(), rows);
}

QString hallToolTip(const Project &project, const Scenario &scenario, const Hall &hall, int throughStage)
{
    const DesignPowerSum sum = hallDesignPower(project, scenario, hall.id, throughStage);
    const int racks = sum.racks;
    const double designW = sum.designPowerW;
    const CoolingSystem *cooling = scenario.coolingSystem(hall.coolingSystemId);
    const Tenant *tenant = scenario.tenant(hall.tenantId);
    QString rows = line(tr("Size"), tr("%1 × %2 m · %3 m²")
                                        .arg(hall.widthM, 0, 'f', 1)
                                        .arg(hall.depthM, 0, 'f', 1)
                                        .arg(hall.areaM2(), 0, 'f', 0));
    rows +=
        line(tr("Racks"), racks == 1 ? tr("1 rack · %1 MW IT").arg(designW / 1e6, 0, 'f', 2)
                                     : tr("%1 racks · %2 MW IT").arg(racks).arg(designW / 1e6, 0, 'f', 2));
    rows += line(tr("Cooling"), cooling ? cooling->name : tr("none"));
    rows += line(tr("Stage"), stageName(scenario, hall.stageId));
    rows += line(tr("Tenant"), tenant ? tenant->name : tr("unallocated"));
    return QStringLiteral("<b>%1 %2</b><table>%3</table>")
        .arg(tr("Hall").toHtmlEscaped(), hall.name.toHtmlEscaped(), rows);
}

} // namespace fjord::ui
