#pragma once

#include "model/layoutdiff.h"

#include <QColor>
#include <QHash>
#include <QList>
#include <QString>

#include <utility>

namespace fjord::ui {

// The layout diff as the Compare tab's plans show it: a distinct colour per class, unchanged racks
// pale so that the changes stand out.
QColor layoutDiffColour(RackDiffClass c);
QHash<Id, QColor> layoutDiffRackColours(const QHash<Id, RackDiffClass> &classes);
// Each class with its count ("Retyped: 1,008"), in the order of the legend.
QList<std::pair<QColor, QString>> layoutDiffLegend(const LayoutDiff &diff);
QString layoutDiffLegendHtml(const LayoutDiff &diff);

} // namespace fjord::ui
