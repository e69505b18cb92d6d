#pragma once

// Internal to the engine. METHOD §2–6: the hourly energy balance of the campus through one stage.

#include "model/engine.h"
#include "model/engine/coolingplant.h"
#include "model/engine/hourlylistpool.h"
#include "model/engine/loadmodel.h"
#include "model/engine/losscurve.h"

#include <memory>

namespace fjord::engine {

// The electrical chain of the campus through a stage (METHOD §2), shared by the hourly balance and the
// design hour: the UPS units (IT and CDU pumps pass them), busways/PDUs (their loss models, or
// options.distributionFraction of the IT load when none has one) and transformers (everything).
struct StageLossCurves {
    LossCurve ups, distribution, transformers;
};
StageLossCurves stageLossCurves(const Scenario &scenario, int stageIndex, const EvaluateOptions &options);

// The hourly energy balance of the campus through stage `stageIndex` (METHOD §2–6), in parts that
// may run on different threads at once: the constructor prepares it on the calling thread (the hourly
// lists from `hourlyLists` when options.keepHourly, the cooling coefficients from `coefficients`);
// runPart(p) works out the hours of part p (any thread, each part once); finish() adds the parts up in
// order, so that the figures do not depend on which thread ran which part, fills out.annual,
// out.hourly, out.cooling and out.facilityPeakW (out.designDemandW must be set: the grid check uses
// it) and appends the stage's energy and cooling problems. The arguments must outlive the object.
class StageEnergy {
public:
    static constexpr int Parts = 2; // halves of the year: the two threads can share one stage

    StageEnergy(const Project &project, const Scenario &scenario, int stageIndex, const StageLoad &load,
                const QList<CoolingSystem> &systems, const StageLossCurves &losses,
                const ClimateSeries &climate, const EvaluateOptions &options, CoefficientCache &coefficients,
                HourlyListPool &hourlyLists);
    ~StageEnergy();
    StageEnergy(const StageEnergy &) = delete;
    StageEnergy &operator=(const StageEnergy &) = delete;

    void runPart(int part);
    void finish(StageResult &out, QList<Problem> &problems) const;

private:
    struct Impl;
    std::unique_ptr<Impl> m;
};

// Power nodes of `kinds` built through stage `stageIndex`.
QList<const PowerNode *> nodesBuiltBy(const Scenario &scenario, int stageIndex,
                                      std::initializer_list<PowerNodeKind> kinds);

} // namespace fjord::engine
