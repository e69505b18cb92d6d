#pragma once

// Internal to the engine. METHOD §8: the yearly cash flow over the horizon and its present value.

#include "model/project.h"
#include "model/results.h"

namespace fjord {
struct RackDigest;
}

namespace fjord::engine {

// Days of each month of the engine's (non-leap) year.
constexpr std::array<int, 12> DaysInMonth{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

// Share (0..1) of a stage's capacity in service during month `monthsSinceEnergisation` (0 = the month
// of energisation): a linear ramp over `rampUpMonths`, taken at the middle of the month (the exact
// monthly mean of the ramp); 0 before energisation; 1 from the start when there is no ramp.
double rampShare(int monthsSinceEnergisation, int rampUpMonths);

// Yearly series, present value and levelised costs from the cumulative stage results (all stages,
// in order, annual figures and capex increments filled). Stage dates that are missing take the
// previous stage's date (a Problem says so).
// `racks`: the evaluation's grouped racks (sharedRackDigest of the same project and scenario).
FinanceResults computeFinance(const Project &project, const Scenario &scenario, const RackDigest &racks,
                              const QList<StageResult> &stages, QList<Problem> &problems);

} // namespace fjord::engine
