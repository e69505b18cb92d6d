#include "model/engine/objectanalysis.h"

#include "model/allocation.h"
#include "model/engine/analysisthread.h"
#include "model/engine/objectanalysiscache.h"
#include "model/power/poweranalysis.h"

#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace fjord::engine {

// How long a thread of an evaluation polls for the other before it sleeps. Short: on the 2-core bench
// VM a polling thread slowed the other one down, which mattered most for an evaluation that comes alone (2
// threads 2.1-2.5 ms with 500 µs, 1.3-1.9 ms with 50 µs), while evaluations back to back gained about as much
// either way (0.50-0.61 ms).
constexpr int WaitPollMicroseconds = 50;

struct ObjectAnalysis::Shared {
    const Project &project;
    const Scenario &scenario;
    std::vector<int> stageIndices;
    std::shared_ptr<const RackDigest> racks; // for all the stages
    std::vector<StageObjects> stages;        // sized up front: each thread writes only the stages it claimed
    std::vector<size_t> toAnalyse;           // positions in `stages` the cache did not have
    std::atomic<size_t> next{0};             // into toAnalyse
    std::mutex mutex;
    std::condition_variable finished;
    std::atomic<size_t> done{0}; // stages analysed; increased under `mutex`

    Shared(const Project &p, const Scenario &s, std::shared_ptr<const RackDigest> r, std::vector<int> indices)
        : project(p), scenario(s), stageIndices(std::move(indices)), racks(std::move(r)),
          stages(stageIndices.size())
    {
        std::vector<std::optional<StageObjects>> cached = cachedStageObjects(project, scenario, stageIndices);
        for (size_t k = 0; k < stages.size(); ++k) {
            if (cached[k])
                stages[k] = std::move(*cached[k]);
            else
                toAnalyse.push_back(k);
        }
    }

    // Tasks the owner lends (shareWork, once; waitForAll publishes "none" if it never did): claimed
    // before the analysis' own stages, since the owner waits for them. After its first stage the
    // worker waits for them to be published rather than claim another (possibly long) stage while the
    // owner gets them ready: the owner's finance waits for the lent tasks, nothing waits for the
    // stages. `lentCount` is written before `lent` is published; `lent` is only called for a claimed
    // index below `lentCount`, all of which the owner waits for.
    std::atomic<const std::function<void(size_t)> *> lent{nullptr};
    size_t lentCount = 0;
    std::atomic<size_t> nextLent{0};
    std::atomic<size_t> lentDone{0}; // increased under `mutex`

    // Runs one lent task if one is left; false otherwise.
    bool runLent()
    {
        const std::function<void(size_t)> *task = lent.load(std::memory_order_acquire);
        if (!task)
            return false;
        const size_t k = nextLent++;
        if (k >= lentCount)
            return false;
        // Last first: the engine lends the stages' energy balances in stage order, and stages are
        // cumulative (a later stage's balance has more cooling systems and contracts, never fewer),
        // so the longest go first and the short ones even out the end. The owner claims first, so the
        // worker, which may have stages to analyse as well, gets the shorter tasks.
        (*task)(lentCount - 1 - k);
        const std::lock_guard lock(mutex); // orders the task's writes before the owner's reads
        if (++lentDone == lentCount)
            finished.notify_all();
        return true;
    }

    // Makes `task` (nullptr: none will come) the lent tasks and wakes a worker waiting for them.
    void publish(const std::function<void(size_t)> *task, size_t count)
    {
        static const std::function<void(size_t)> none;
        {
            const std::lock_guard lock(mutex);
            lentCount = count;
            lent.store(task ? task : &none, std::memory_order_release);
        }
        finished.notify_all();
    }

    // Runs lent tasks and analyses stages until none is left unclaimed. Touches the project only for a
    // stage it claimed, which the owner waits for. `worker`: the analysis thread (see `lent`).
    void work(bool worker)
    {
        bool analysedOne = false;
        for (;;) {
            if (runLent())
                continue;
            // The worker waits for the lent tasks after its first stage, or at once when the cache
            // left it none.
            if (worker && (analysedOne || toAnalyse.empty()) && !lent.load(std::memory_order_acquire)) {
                waitFor([this] { return lent.load(std::memory_order_acquire) != nullptr; });
                continue;
            }
            const size_t claimed = next++;
            if (claimed >= toAnalyse.size())
                return;
            analysedOne = true;
            const size_t k = toAnalyse[claimed];
            StageObjects &s = stages[k];
            s.power = analysePower(project, scenario, stageIndices[k], *racks, s.problems);
            s.allocation = allocationThrough(project, scenario, stageIndices[k], *racks);
            cacheStageObjects(project, scenario, stageIndices[k], s);
            const std::lock_guard lock(mutex); // orders the writes above before the owner's reads
            ++done;
            if (done == toAnalyse.size())
                finished.notify_all();
        }
    }

    void shareWork(size_t count, const std::function<void(size_t)> &task)
    {
        publish(&task, count);
        while (runLent()) {
        }
        waitFor([this] { return lentDone.load(std::memory_order_acquire) == lentCount; });
    }

    void waitForAll()
    {
        if (!lent.load(std::memory_order_acquire))
            publish(nullptr, 0); // releases a worker waiting for tasks that will not come
        work(false);
        waitFor([this] { return done.load(std::memory_order_acquire) == toAnalyse.size(); });
    }

    // Waits until `ready()`: polls first, since the other thread often finishes within moments and
    // waking from a condition variable costs about 70 µs here (pollFor); then sleeps.
    template <typename Ready> void waitFor(Ready &&ready)
    {
        if (pollFor(ready, WaitPollMicroseconds))
            return;
        std::unique_lock lock(mutex);
        finished.wait(lock, ready);
    }
};

ObjectAnalysis::ObjectAnalysis(const Project &project, const Scenario &scenario,
                               std::shared_ptr<const RackDigest> racks, std::vector<int> stageIndices,
                               bool parallel)
    : m_shared(std::make_shared<Shared>(project, scenario, std::move(racks), std::move(stageIndices)))
{
    if (parallel && !m_shared->stageIndices.empty() && std::thread::hardware_concurrency() > 1)
        AnalysisThread::instance().submit([shared = m_shared] { shared->work(true); });
}

ObjectAnalysis::~ObjectAnalysis()
{
    m_shared->waitForAll();
}

void ObjectAnalysis::shareWork(size_t count, const std::function<void(size_t)> &task)
{
    Q_ASSERT(!m_shared->lent.load()); // once per evaluation
    m_shared->shareWork(count, task);
}

std::vector<StageObjects> &ObjectAnalysis::stages()
{
    m_shared->waitForAll(); // whatever the worker has not claimed yet (everything without a worker)
    return m_shared->stages;
}

} // namespace fjord::engine
