#include "model/engine/analysisthread.h"

#include <thread>

#ifdef __linux__
#include <pthread.h>
#endif

namespace fjord::engine {

AnalysisThread &AnalysisThread::instance()
{
    static AnalysisThread *const thread = new AnalysisThread; // never deleted: see the class comment
    return *thread;
}

AnalysisThread::AnalysisThread()
{
    std::thread([this] {
#ifdef __linux__
        pthread_setname_np(pthread_self(), "fjord-analysis"); // for debuggers and top
#endif
        run();
    }).detach();
}

void AnalysisThread::submit(std::function<void()> job)
{
    bool wake = false;
    {
        const std::lock_guard lock(m_mutex);
        m_jobs.push_back(std::move(job));
        m_queued.fetch_add(1, std::memory_order_release);
        wake = m_sleeping;
    }
    if (wake)
        m_wake.notify_one();
}

std::function<void()> AnalysisThread::next()
{
    pollFor([this] { return m_queued.load(std::memory_order_acquire) > 0; }, pollMicroseconds);
    std::unique_lock lock(m_mutex);
    if (m_jobs.empty()) {
        m_sleeping = true;
        m_wake.wait(lock, [this] { return !m_jobs.empty(); });
        m_sleeping = false;
    }
    std::function<void()> job = std::move(m_jobs.front());
    m_jobs.pop_front();
    m_queued.fetch_sub(1, std::memory_order_relaxed);
    return job;
}

void AnalysisThread::run()
{
    for (;;)
        next()();
}

} // namespace fjord::engine
