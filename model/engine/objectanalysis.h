#pragma once

// Internal to the engine. The per-object analyses of an evaluation (METHOD §7: every power node's
// loading and single-failure check; the tenant allocation) read the project only: no hourly figure
// depends on them and they depend on none. They are about a third of a full evaluation, so they run
// on a second thread while the calling thread does the hourly energy balance and the finance. Every
// stage's analysis is the same function of the same inputs on either thread, so the results are
// bit-identical to a serial run; their problems are merged back where a serial run lists them.
//
// On a busy machine the second thread may not get a core for milliseconds: the stages are claimed one
// at a time from a counter, and the calling thread, once its own work is done, analyses every stage
// the worker has not started. At worst it waits for the one stage the worker is on.

#include "model/power/rackdigest.h"
#include "model/project.h"
#include "model/results.h"

#include <atomic>
#include <memory>
#include <mutex>
#include <thread>
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
    // Analyses the campus through each of `stageIndices`. On a thread of its own when `parallel` (and
    // the machine has a second core); otherwise on the calling thread, in stages().
    ObjectAnalysis(const Project &project, const Scenario &scenario, std::vector<int> stageIndices,
                   bool parallel);
    ~ObjectAnalysis();
    ObjectAnalysis(const ObjectAnalysis &) = delete;
    ObjectAnalysis &operator=(const ObjectAnalysis &) = delete;

    // One entry per stage index given, in that order; waits for the thread.
    std::vector<StageObjects> &stages();

private:
    void work(); // analyses stages until none is left unclaimed
    const RackDigest &racks();

    const Project &m_project;
    const Scenario &m_scenario;
    std::vector<int> m_stageIndices;
    std::vector<StageObjects> m_stages; // sized up front: each thread writes only the stages it claimed
    std::atomic<size_t> m_next{0};
    std::once_flag m_racksBuilt;
    std::shared_ptr<const RackDigest>
        m_racks; // for all the stages, fetched by whichever thread first needs it
    std::thread m_thread;
};

} // namespace fjord::engine
