#pragma once

// Internal to the engine. The per-object analyses of an evaluation (METHOD §7: every power node's
// loading and single-failure check; the tenant allocation) read the project only: no hourly figure
// depends on them and they depend on none. They are about a third of a full evaluation, so they run
// on a second thread while the calling thread works out the stages' loads; then both threads share the
// stages' hourly energy balance (shareWork) and, while the calling thread does the finance, the
// second one goes on with the analyses. Every task is the same function of the same inputs on either
// thread, so the results are bit-identical to a serial run; problems are merged back where a serial
// run lists them.
//
// The analyses of the last project evaluated are kept (objectanalysiscache.h) and reused while what
// they read (the power chain, the racks, the tenants, the settings) is unchanged: after an edit of the
// cooling, the supply or the finance only the stages' energy balances and the finance run again, and
// the second thread helps with those.
//
// The second thread is kept from one evaluation to the next (AnalysisThread: starting one per
// evaluation cost 60–70 µs on the 2-core bench machine, waking a sleeping one about as much; it polls
// briefly for the next evaluation of a burst before it sleeps). On a busy machine, or
// while it still serves another evaluation, it may not start for milliseconds: the stages are claimed
// one at a time from a counter, and the calling thread, once its own work is done, analyses every
// stage the worker has not started. At worst it waits for the one stage the worker is on; a worker
// that starts after everything was claimed finds nothing to do.

#include "model/power/rackdigest.h"
#include "model/project.h"
#include "model/results.h"

#include <functional>
#include <memory>
#include <vector>

namespace fjord::engine {

// What the per-object analyses give for one stage.
struct StageObjects {
    QList<PowerNodeLoading> power;
    StageAllocation allocation;
    QList<Problem> problems; // the power analysis' problems of this stage, in its order
};

class ObjectAnalysis {
public:
    // Analyses the campus through each of `stageIndices`. On the engine's analysis thread when
    // `parallel` (and the machine has a second core) as well as in stages(); otherwise only there.
    ObjectAnalysis(const Project &project, const Scenario &scenario, std::shared_ptr<const RackDigest> racks,
                   std::vector<int> stageIndices, bool parallel);
    ~ObjectAnalysis(); // waits for a stage the worker is on: it reads the project
    ObjectAnalysis(const ObjectAnalysis &) = delete;
    ObjectAnalysis &operator=(const ObjectAnalysis &) = delete;

    // Runs task(0) … task(count − 1) on the calling thread and on the analysis thread, which takes them
    // before its own stages; returns when all are done. Once per evaluation: the engine lends it each
    // stage's hourly energy balance, so that both threads share whatever there is to do.
    void shareWork(size_t count, const std::function<void(size_t)> &task);

    // One entry per stage index given, in that order; waits for the stages the worker claimed.
    std::vector<StageObjects> &stages();

private:
    struct Shared; // held by the worker's task too, which may start after this object is gone
    std::shared_ptr<Shared> m_shared;
};

} // namespace fjord::engine
