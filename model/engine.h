#pragma once

#include "model/project.h"
#include "model/results.h"

namespace fjord {

struct EvaluateOptions {
    int onlyStage = -1;         // evaluate one stage index only (-1: all)
    bool keepHourly = true;     // fill StageResult::hourly (the CLI does not need it)
    double auxFraction = 0.005; // lighting, security, offices: share of installed IT capacity (METHOD §4)
    double distributionFraction = 0.01; // busway/PDU/cable loss when no busway/PDU node has a loss model
    // The per-object analyses: each power node's loading and single-failure check (StageResult::power,
    // its Problems) and the tenant allocation (StageResult::allocation). Sweeps and Monte Carlo turn
    // them off: no campus figure (energy, PUE, finance) depends on them, and their inputs (design
    // power, the chain, the tenants' objects) are not among the parameters those vary.
    bool perObjectAnalysis = true;
    // Use the engine's second thread: it runs those per-object analyses and shares the stages' hourly
    // balance with this one. The results are identical either way (the bench times both); sweeps,
    // which already spread variants over the cores, turn it off.
    bool parallelAnalysis = true;
};

// The engine: a pure function of the model (METHOD.md). It never touches storage or UI.
// `climate` is usually project.site.climate; the CLI may pass another.
Results evaluate(const Project &project, const Scenario &scenario, const Climate &climate,
                 const EvaluateOptions &options = {});

} // namespace fjord
