#pragma once

#include "model/problem.h"
#include "model/scenario.h"

namespace fjord {

// Where a stage's grid capacity comes from (issue 11: one figure, one source). The stage's
// "grid capacity added" is the contracted capacity; when a stage leaves it at 0 (not set), the
// capacity added is that of the grid-connection nodes the stage builds (rating × power factor, W), so a
// planner who only draws a 5 MVA grid connection gets 4.75 MW of grid capacity, its capex and
// its headroom. Capex, headroom, the results and the report all read stageGridCapacityAddedW().

// Σ rating × power factor of the grid-connection nodes built in stage `stageIndex`, W
// (a node without a stage belongs to the first stage).
double gridConnectionsAddedW(const Scenario &scenario, int stageIndex);

// The grid capacity stage `stageIndex` adds, W: its own figure when > 0, else its grid connections'.
double stageGridCapacityAddedW(const Scenario &scenario, int stageIndex);

// The two tied: a stage whose contracted capacity (cumulative) exceeds what the grid connections
// built through it can carry gets a warning "grid.connection_short", naming the stage. Nothing
// when the scenario has no grid-connection node at all (the chain is not drawn yet).
QList<Problem> gridCapacityProblems(const Scenario &scenario);

} // namespace fjord
