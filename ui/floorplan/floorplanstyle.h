#pragma once

#include "model/problem.h"
#include "model/project.h"

#include <QColor>
#include <QHash>
#include <QList>
#include <QSet>

#include <utility>

namespace fjord::ui {

// What the racks' fill shows. One colour mode at a time; stage and problems are independent toggles.
enum class ColourMode {
    RackType,     // a colour per catalogue type (the plain plan)
    PowerDensity, // kW per rack; halls tinted by kW/m²
    Cooling,      // liquid share of the rack's heat: blue liquid .. orange air
    PhaseFeed,    // fill: phase of the feeds (IEC L1 brown, L2 black, L3 grey, 3-phase blue);
                  // outline: A only red, B only blue, A+B green, none dashed grey
    Tenant,       // the tenant the rack is allocated to (own, row's or hall's); unallocated grey
    LayoutDiff,   // how the rack differs from its counterpart in another scenario (Compare tab)
};

// Everything the items need to paint that is not in their own object: the overlay settings
// and lookups computed once per change (not per paint). Owned by the scene.
struct FloorPlanStyle {
    ColourMode mode = ColourMode::RackType;
    bool stageOverlay = true;     // later stages than the current one greyed
    bool hideLaterStages = false; // ... or hidden
    bool problemsOverlay = true;  // red outline of objects named by the document's problems
    int currentStage = 0;         // index in the scenario's stages
    QHash<Id, int> problemLevel;  // object -> 1 warning, 2 error (the worst of its problems)
    QHash<Id, FeedSide> nodeSide; // power node id -> A/B side
    QHash<Id, QColor> rackTenant; // Tenant mode: rack id -> its tenant's colour (absent: unallocated)
    QList<std::pair<QColor, QString>> tenantLegend; // Tenant mode: each tenant, then "Unallocated"
    QHash<Id, QColor> rackDiff;                     // LayoutDiff mode: rack id -> colour of its class
    QList<std::pair<QColor, QString>> diffLegend;   // LayoutDiff mode: each class with its count

    // Colours of a rack under the current mode (fill and outline).
    QColor rackFill(const Project &project, const Rack &rack, int typeIndex) const;
    QColor rackOutline(const Rack &rack) const;
    // kW/m² of a hall -> tint (PowerDensity mode) or the neutral floor colour.
    QColor hallFill(double wPerM2) const;
};

// Marks shared by racks and rows: the selection, and the outlines of problems.
inline const QColor SelectionColour{0xff, 0x9f, 0x1a};
inline const QColor ErrorColour{0xe0, 0x10, 0x10};
inline const QColor WarningColour{0xf0, 0xa0, 0x00};

// The colours of the modes, shared by the items and the legend (planlegend.h).
QColor typeColour(int typeIndex);       // RackType: by the type's place in the catalogue (-1: grey)
QColor liquidShareColour(double share); // Cooling: 0 air (orange) .. 1 liquid (blue)
QColor phaseColour(Phase phase);        // PhaseFeed fill: IEC L1 brown, L2 black, L3 grey, 3-phase blue
inline const QColor UnfedColour{0xd0, 0xd0, 0xd0};  // PhaseFeed fill of a rack without feeds
inline const QColor FeedAColour{0xd0, 0x20, 0x20};  // PhaseFeed outline: fed from A only
inline const QColor FeedBColour{0x20, 0x40, 0xd0};  // ... B only
inline const QColor FeedABColour{0x1a, 0x9a, 0x3a}; // ... A and B
inline const QColor NoFeedColour{0xa0, 0xa0, 0xa0}; // ... neither

// Colour ramp of a value between lo and hi (green .. yellow .. red), for heat maps and legends.
QColor heatColour(double value, double lo, double hi);

// Design figures for the legend of the power-density overlay.
constexpr double RackKwLow = 10.0, RackKwHigh = 150.0;         // kW per rack
constexpr double HallKwPerM2Low = 1.0, HallKwPerM2High = 40.0; // kW/m² of hall floor

} // namespace fjord::ui
