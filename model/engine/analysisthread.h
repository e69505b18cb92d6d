#pragma once

// Internal to the engine. The one thread that runs the second half of every evaluation's work
// (ObjectAnalysis): kept for the life of the process so that its per-thread caches stay warm.

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#endif

namespace fjord::engine {

// Polls `done()` for up to `micros` µs; true as soon as it holds, false when the time is up (then
// block on a condition variable). Waking a sleeping thread costs about 70 µs on the 2-core bench
// machine, as much as some of the waits themselves, so a wait expected to be short polls first.
template <typename Done> bool pollFor(Done &&done, int micros)
{
    const auto until = std::chrono::steady_clock::now() + std::chrono::microseconds(micros);
    while (!done()) {
        if (std::chrono::steady_clock::now() >= until)
            return false;
#if defined(__x86_64__) || defined(__i386__)
        _mm_pause(); // tells the core this is a polling loop (its sibling hyper-thread may run)
#endif
    }
    return true;
}

// Runs submitted jobs one after another on its own thread, in the order they were submitted. After
// a job it polls for the next one for up to pollMicroseconds before it sleeps: evaluations often
// come in bursts (a sweep, a Monte Carlo study, a dragged slider, the benchmark), and waking a
// sleeping thread cost about 70 µs on the 2-core bench machine, a tenth of an evaluation. An
// evaluation that comes alone pays that wake-up; the poll costs at most pollMicroseconds of one core
// after each burst. Never destroyed: no evaluation may outlive it at exit.
class AnalysisThread {
public:
    static constexpr int pollMicroseconds = 150;

    static AnalysisThread &instance();
    void submit(std::function<void()> job);

    AnalysisThread(const AnalysisThread &) = delete;
    AnalysisThread &operator=(const AnalysisThread &) = delete;

private:
    AnalysisThread();
    void run();
    std::function<void()> next(); // polls, then sleeps until a job is queued

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::function<void()>> m_jobs; // under m_mutex
    std::atomic<size_t> m_queued{0};          // m_jobs.size(), read without the mutex while polling
    bool m_sleeping = false;                  // under m_mutex: submit() must wake the thread
};

} // namespace fjord::engine
