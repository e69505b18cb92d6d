#pragma once

#include "model/project.h"
#include "model/results.h"

namespace fjord {

struct EvaluateOptions {
    int onlyStage = -1;         // evaluate one stage index only (-1: all)
    bool keepHourly = true;     // fill StageResult::hourly (the CLI does not need it)
    double auxFraction = 0.005; // lighting, security, offices: share of installed IT capacity (METHOD §4)
    double distributionFraction = 0.01; // busway/PDU/cable loss when no busway/PDU node has a loss model
};

// The engine: a pure function of the model (METHOD.md). It never touches storage or UI.
// `climate` is usually project.site.climate; the CLI may pass another.
Results evaluate(const Project &project, const Scenario &scenario, const Climate &climate,
                 const EvaluateOptions &options = {});

} // namespace fjord
