#pragma once

#include "model/project.h"

namespace fjord {

// The uncertain inputs preset for the Narvik sample's scenario `scenarioId` (METHOD v2 §9), each with
// its reasoning: GPU-hour and lease prices, energy price, utilisation, stage 2 delay, capex overrun,
// discount rate. Ids come from `project`; inputs whose object the scenario lacks are left out.
QList<UncertainInput> narvikUncertainInputs(Project &project, Id scenarioId);

} // namespace fjord
