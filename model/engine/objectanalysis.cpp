#include "model/engine/objectanalysis.h"

#include "model/allocation.h"
#include "model/power/poweranalysis.h"

#include <QThreadPool>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace fjord::engine {

struct ObjectAnalysis::Shared {
    const Project &project;
    const Scenario &scenario;
    std::vector<int> stageIndices;
    std::vector<StageObjects> stages; // sized up front: each thread writes only the stages it claimed
    std::atomic<size_t> next{0};
    std::once_flag racksBuilt;
    std::shared_ptr<const RackDigest> racks; // for all the stages, built by whichever thread needs it first
    std::mutex mutex;
    std::condition_variable finished;
    size_t done = 0; // stages analysed, under `mutex`

    Shared(const Project &p, const Scenario &s, std::vector<int> indices)
        : project(p), scenario(s), stageIndices(std::move(indices)), stages(stageIndices.size())
    {
    }

    // Analyses stages until none is left unclaimed. Touches the project only for a stage it claimed,
    // which the owner waits for.
    void work()
    {
        for (size_t k = next++; k < stageIndices.size(); k = next++) {
            std::call_once(racksBuilt, [this] { racks = sharedRackDigest(project, scenario); });
            StageObjects &s = stages[k];
            s.power = analysePower(project, scenario, stageIndices[k], *racks, s.problems);
            s.allocation = allocationThrough(project, scenario, stageIndices[k]);
            const std::lock_guard lock(mutex); // orders the writes above before the owner's reads
            ++done;
            if (done == stageIndices.size())
                finished.notify_all();
        }
    }

    void waitForAll()
    {
        work();
        std::unique_lock lock(mutex);
        finished.wait(lock, [this] { return done == stageIndices.size(); });
    }
};

namespace {

// The engine's analysis thread: one, never expiring, so that its per-thread caches stay warm. Never
// deleted, so that no evaluation outlives it at exit.
QThreadPool &analysisThread()
{
    static QThreadPool *const pool = [] {
        auto *p = new QThreadPool;
        p->setObjectName(QStringLiteral("fjord engine analysis"));
        p->setMaxThreadCount(1);
        p->setExpiryTimeout(-1);
        return p;
    }();
    return *pool;
}

} // namespace

ObjectAnalysis::ObjectAnalysis(const Project &project, const Scenario &scenario,
                               std::vector<int> stageIndices, bool parallel)
    : m_shared(std::make_shared<Shared>(project, scenario, std::move(stageIndices)))
{
    if (parallel && !m_shared->stageIndices.empty() && std::thread::hardware_concurrency() > 1)
        analysisThread().start([shared = m_shared] { shared->work(); });
}

ObjectAnalysis::~ObjectAnalysis()
{
    m_shared->waitForAll();
}

std::vector<StageObjects> &ObjectAnalysis::stages()
{
    m_shared->waitForAll(); // whatever the worker has not claimed yet (everything without a worker)
    return m_shared->stages;
}

} // namespace fjord::engine
