#pragma once

// Who uses the capacity (METHOD §8.2): allocation of racks to tenants, per stage, and the
// start-up/research target. Pure functions of the model, shared by the engine, the UI and the CLI.

#include "model/project.h"
#include "model/results.h"

namespace fjord {

struct RackDigest;

// Allocation of the campus as built through stage index `stageIndex`. Racks of unknown types count
// with zero power and GPUs but are still counted as racks.
StageAllocation allocationThrough(const Project &project, const Scenario &scenario, int stageIndex);
// The same, from the scenario's racks as already grouped (the engine's digest, shared by its stages).
StageAllocation allocationThrough(const Project &project, const Scenario &scenario, int stageIndex,
                                  const RackDigest &racks);

// A Problem (code "tenants.priority_target") for every stage whose start-up + research share is below
// the project's target, naming the stage and the shortfall in MW.
QList<Problem> priorityTargetProblems(const Project &project, const Scenario &scenario,
                                      const QList<StageAllocation> &perStage);

} // namespace fjord
