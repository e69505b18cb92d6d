// The engine's analysis thread (AnalysisThread): jobs run on a thread of their own, one after another
// in the order submitted, whether the thread is still polling after the last job or asleep.

#include "model/engine/analysisthread.h"

#include <QTest>

#include <atomic>
#include <mutex>
#include <thread>
#include <vector>

using fjord::engine::AnalysisThread;
using fjord::engine::pollFor;

class TestAnalysisThread : public QObject {
    Q_OBJECT

private slots:
    void jobsRunInOrderOnTheirOwnThread()
    {
        std::mutex mutex;
        std::vector<int> order;
        std::vector<std::thread::id> threads;
        std::atomic<int> finished{0};
        constexpr int Jobs = 50;
        for (int k = 0; k < Jobs; ++k)
            AnalysisThread::instance().submit([&, k] {
                const std::lock_guard lock(mutex);
                order.push_back(k);
                threads.push_back(std::this_thread::get_id());
                ++finished;
            });
        QTRY_COMPARE_WITH_TIMEOUT(finished.load(), Jobs, 10000);
        const std::lock_guard lock(mutex);
        for (int k = 0; k < Jobs; ++k)
            QCOMPARE(order[size_t(k)], k);
        for (const std::thread::id id : threads) {
            QCOMPARE(id, threads.front()); // one thread for all
            QVERIFY(id != std::this_thread::get_id());
        }
    }

    void aJobAfterAPauseWakesTheSleepingThread()
    {
        // Longer than the thread polls after a job: it has gone to sleep and must be woken.
        for (int round = 0; round < 3; ++round) {
            std::atomic<bool> ran{false};
            std::this_thread::sleep_for(std::chrono::microseconds(AnalysisThread::pollMicroseconds * 20));
            AnalysisThread::instance().submit([&ran] { ran = true; });
            QTRY_VERIFY_WITH_TIMEOUT(ran.load(), 10000);
        }
    }

    void pollForStopsWhenDoneOrWhenTheTimeIsUp()
    {
        int calls = 0;
        QVERIFY(pollFor([&calls] { return ++calls == 3; }, 1000000)); // done long before 1 s
        QCOMPARE(calls, 3);
        QElapsedTimer t;
        t.start();
        QVERIFY(!pollFor([] { return false; }, 2000)); // never done: gives up after 2 ms
        QVERIFY(t.nsecsElapsed() >= 2000000);
    }
};

QTEST_GUILESS_MAIN(TestAnalysisThread)
#include "tst_analysisthread.moc"
