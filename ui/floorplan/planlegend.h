#pragma once

#include "ui/floorplan/floorplanstyle.h"

#include <QColor>
#include <QList>
#include <QString>

namespace fjord::ui {

// One line of the plan's legend: a swatch (a fill, or an outline only) and what it means.
struct LegendEntry {
    enum class Swatch { Fill, Outline, Faded };
    QColor colour;
    QString label;
    Swatch swatch = Swatch::Fill;
};

// What the plan's colours mean now: the colour mode's entries (the rack types in use, the
// power-density and liquid-share scales, phases and feed sides, tenants, layout differences),
// then the overlays that are on (problem outlines, later stages faded).
QList<LegendEntry> planLegend(const FloorPlanStyle &style, const Project &project, const Scenario &scenario);

// The legend as one line of rich text for a QLabel (wraps between entries, never inside one).
QString planLegendHtml(const QList<LegendEntry> &entries);

} // namespace fjord::ui
