#pragma once

// Internal to the engine. METHOD §2–6: the hourly energy balance of the campus through one stage.

#include "model/engine.h"
#include "model/engine/coolingplant.h"
#include "model/engine/hourlylistpool.h"
#include "model/engine/loadmodel.h"
#include "model/engine/losscurve.h"

namespace fjord::engine {

// The electrical chain of the campus through a stage (METHOD §2), shared by the hourly balance and the
// design hour: the UPS units (IT and CDU pumps pass them), busways/PDUs (their loss models, or
// options.distributionFraction of the IT load when none has one) and transformers (everything).
struct StageLossCurves {
    LossCurve ups, distribution, transformers;
};
StageLossCurves stageLossCurves(const Scenario &scenario, int stageIndex, const EvaluateOptions &options);

// Fills out.annual, out.hourly (when options.keepHourly), out.cooling and out.facilityPeakW
// (out.designDemandW must be set: the grid check uses it; hourly lists come from `hourlyLists`) for the
// campus through stage `stageIndex` with its loss curves `losses`, and appends energy and cooling
// problems.
void evaluateStageEnergy(const Project &project, const Scenario &scenario, int stageIndex,
                         const StageLoad &load, const QList<CoolingSystem> &systems,
                         const StageLossCurves &losses, const ClimateSeries &climate,
                         const EvaluateOptions &options, CoefficientCache &coefficients,
                         HourlyListPool &hourlyLists, StageResult &out, QList<Problem> &problems);

// Power nodes of `kinds` built through stage `stageIndex`.
QList<const PowerNode *> nodesBuiltBy(const Scenario &scenario, int stageIndex,
                                      std::initializer_list<PowerNodeKind> kinds);

} // namespace fjord::engine
