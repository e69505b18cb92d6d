#pragma once

#include "model/problem.h"
#include "model/project.h"

namespace fjord {

// Checks every value and reference of a scenario (ranges, units, dangling ids, space rules) and
// returns Problems. Never changes the model: nothing is silently clamped.
QList<Problem> validate(const Project &project, const Scenario &scenario);

// Project-level checks (rack catalogue, costs, climate).
QList<Problem> validateProject(const Project &project);

} // namespace fjord
