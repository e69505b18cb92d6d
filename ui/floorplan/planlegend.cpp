#include "ui/floorplan/planlegend.h"
#include "model/tr.h"

#include <QCoreApplication>
#include <QSet>

namespace fjord::ui {

namespace {

void modeEntries(QList<LegendEntry> &out, const FloorPlanStyle &style, const Project &project,
                 const Scenario &scenario)
{
    using S = LegendEntry::Swatch;
    switch (style.mode) {
    case ColourMode::RackType: {
        QSet<Id> used;
        for (const Rack &r : scenario.racks)
            used.insert(r.rackTypeId);
        for (int i = 0; i < project.rackTypes.size(); ++i)
            if (used.contains(project.rackTypes[i].id))
                out.append({typeColour(i), project.rackTypes[i].name, S::Fill});
        if (used.isEmpty())
            out.append({typeColour(0), FloorPlanTr::tr("(no racks yet)"), S::Fill});
        break;
    }
    case ColourMode::PowerDensity: {
        const double mid = (RackKwLow + RackKwHigh) / 2;
        out.append({heatColour(RackKwLow, RackKwLow, RackKwHigh),
                    FloorPlanTr::tr("≤ %1 kW per rack").arg(RackKwLow), S::Fill});
        out.append({heatColour(mid, RackKwLow, RackKwHigh), FloorPlanTr::tr("%1 kW").arg(mid), S::Fill});
        out.append({heatColour(RackKwHigh, RackKwLow, RackKwHigh), FloorPlanTr::tr("≥ %1 kW").arg(RackKwHigh),
                    S::Fill});
        QColor hall = heatColour(HallKwPerM2High, HallKwPerM2Low, HallKwPerM2High);
        hall.setAlphaF(0.35f);
        out.append({hall,
                    FloorPlanTr::tr("hall floor tinted %1–%2 kW/m²").arg(HallKwPerM2Low).arg(HallKwPerM2High),
                    S::Fill});
        break;
    }
    case ColourMode::Cooling:
        out.append({liquidShareColour(0.0), FloorPlanTr::tr("air-cooled (0 % to liquid)"), S::Fill});
        out.append({liquidShareColour(0.5), FloorPlanTr::tr("50 % to liquid"), S::Fill});
        out.append({liquidShareColour(1.0), FloorPlanTr::tr("100 % to liquid"), S::Fill});
        break;
    case ColourMode::PhaseFeed:
        out.append({phaseColour(Phase::L1), FloorPlanTr::tr("L1"), S::Fill});
        out.append({phaseColour(Phase::L2), FloorPlanTr::tr("L2"), S::Fill});
        out.append({phaseColour(Phase::L3), FloorPlanTr::tr("L3"), S::Fill});
        out.append({phaseColour(Phase::ThreePhase), FloorPlanTr::tr("three-phase"), S::Fill});
        out.append({UnfedColour, FloorPlanTr::tr("no feed"), S::Fill});
        out.append({FeedAColour, FloorPlanTr::tr("A only"), S::Outline});
        out.append({FeedBColour, FloorPlanTr::tr("B only"), S::Outline});
        out.append({FeedABColour, FloorPlanTr::tr("A+B"), S::Outline});
        break;
    case ColourMode::Tenant:
        for (const auto &[colour, name] : style.tenantLegend)
            out.append({colour, name, S::Fill});
        break;
    case ColourMode::LayoutDiff:
        for (const auto &[colour, name] : style.diffLegend)
            out.append({colour, name, S::Fill});
        break;
    }
}

} // namespace

QList<LegendEntry> planLegend(const FloorPlanStyle &style, const Project &project, const Scenario &scenario)
{
    QList<LegendEntry> out;
    modeEntries(out, style, project, scenario);
    if (style.problemsOverlay) {
        out.append({ErrorColour, FloorPlanTr::tr("error"), LegendEntry::Swatch::Outline});
        out.append({WarningColour, FloorPlanTr::tr("warning"), LegendEntry::Swatch::Outline});
    }
    if (style.stageOverlay && !style.hideLaterStages)
        out.append({QColor(0x60, 0x60, 0x60), FloorPlanTr::tr("later stage"), LegendEntry::Swatch::Faded});
    return out;
}

QString planLegendHtml(const QList<LegendEntry> &entries)
{
    QStringList parts;
    for (const LegendEntry &e : entries) {
        QString swatch;
        switch (e.swatch) {
        case LegendEntry::Swatch::Fill:
            swatch = QStringLiteral("<span style='background-color:%1'>&nbsp;&nbsp;&nbsp;&nbsp;</span>")
                         .arg(e.colour.name(QColor::HexRgb));
            break;
        case LegendEntry::Swatch::Outline: // a bold hollow square in the outline's colour
            swatch = QStringLiteral("<span style='color:%1; font-weight:bold'>&#9633;</span>")
                         .arg(e.colour.name());
            break;
        case LegendEntry::Swatch::Faded: // drawn at low opacity on the plan
            swatch = QStringLiteral("<span style='background-color:%1'>&nbsp;&nbsp;&nbsp;&nbsp;</span>")
                         .arg(QColor(0xd8, 0xd8, 0xd8).name());
            break;
        }
        parts.append(swatch + QStringLiteral("&nbsp;") +
                     e.label.toHtmlEscaped().replace(u' ', QStringLiteral("&nbsp;")));
    }
    return parts.join(QStringLiteral("&nbsp;&nbsp;&nbsp; "));
}

} // namespace fjord::ui
