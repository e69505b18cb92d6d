#pragma once

// Internal to the engine. The per-object analyses of an evaluation (METHOD §7: every power node's
// loading and single-failure check; the tenant allocation) read the project only: no hourly figure
// depends on them and they depend on none. They are about a third of a full evaluation, so they run
// on a second thread while the calling thread does the hourly energy balance and the finance. Every
// stage's analysis is the same function of the same inputs on either thread, so the results are
// bit-identical to a serial run; their problems are merged back where a serial run lists them.

#include "model/project.h"
#include "model/results.h"

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
    void run();

    const Project &m_project;
    const Scenario &m_scenario;
    std::vector<int> m_stageIndices;
    std::vector<StageObjects> m_stages;
    std::thread m_thread;
    bool m_done = false;
};

} // namespace fjord::engine
