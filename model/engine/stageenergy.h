#pragma once

// Internal to the engine. METHOD §2–6: the hourly energy balance of the campus through one stage.

#include "model/engine.h"
#include "model/engine/coolingplant.h"
#include "model/engine/loadmodel.h"

namespace fjord::engine {

// Fills out.annual, out.hourly (when options.keepHourly), out.cooling and out.facilityPeakW
// (out.designDemandW must be set: the grid check uses it) for the campus through stage `stageIndex`, and
// appends energy and cooling problems.
void evaluateStageEnergy(const Project &project, const Scenario &scenario, int stageIndex,
                         const StageLoad &load, const QList<CoolingSystem> &systems,
                         const ClimateSeries &climate, const EvaluateOptions &options,
                         CoefficientCache &coefficients, StageResult &out, QList<Problem> &problems);

// Power nodes of `kinds` built through stage `stageIndex`.
QList<const PowerNode *> nodesBuiltBy(const Scenario &scenario, int stageIndex,
                                      std::initializer_list<PowerNodeKind> kinds);

} // namespace fjord::engine
