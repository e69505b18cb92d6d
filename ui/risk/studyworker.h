#pragma once

#include <QMetaObject>
#include <QObject>

#include <atomic>
#include <functional>
#include <thread>

namespace fjord::ui {

// The thread plumbing of a study run off the GUI thread (Monte Carlo, parameter sweep): one worker
// at a time, a cancel flag the worker checks between chunks, and results posted back to the owner's
// thread, where a post of an older study (a new one started meanwhile) is dropped. A derived runner
// calls stopWorker() first in its destructor: the worker must be gone before the runner's members.
class StudyWorker : public QObject {
public:
    using QObject::QObject;
    ~StudyWorker() override { stopWorker(); }

    bool isRunning() const { return m_running; }
    void cancel() { m_cancel = true; } // the worker stops after its current chunk

protected:
    // Starts `work(generation)` on a new thread (the previous worker, which has posted its end, is
    // joined first); false and nothing starts while a study runs.
    bool launch(std::function<void(int generation)> work)
    {
        if (m_running)
            return false;
        joinWorker();
        m_cancel = false;
        m_running = true;
        const int generation = ++m_generation;
        m_thread = std::thread([work = std::move(work), generation] { work(generation); });
        return true;
    }
    bool cancelRequested() const { return m_cancel; }
    void stopWorker()
    {
        m_cancel = true;
        joinWorker(); // its queued posts die with this object
    }

    // Runs `apply` on the owner's thread unless a newer study started meanwhile.
    template <class F> void post(int generation, F apply)
    {
        QMetaObject::invokeMethod(
            this,
            [this, generation, apply = std::move(apply)]() mutable {
                if (generation == m_generation)
                    apply();
            },
            Qt::QueuedConnection);
    }
    // The worker's last post: the study has ended (isRunning() is false, the worker joined) when
    // `apply` runs, typically to emit the runner's finished signal.
    template <class F> void postEnd(int generation, F apply)
    {
        post(generation, [this, apply = std::move(apply)]() mutable {
            m_running = false;
            joinWorker();
            apply();
        });
    }

private:
    void joinWorker()
    {
        if (m_thread.joinable())
            m_thread.join();
    }

    std::thread m_thread;
    std::atomic_bool m_cancel{false};
    int m_generation = 0; // owner's thread only
    bool m_running = false;
};

} // namespace fjord::ui
