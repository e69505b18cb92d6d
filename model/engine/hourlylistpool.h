#pragma once

// Internal to the engine. The QLists of hourly values that Results hand out (StageResult::hourly).

#include "model/engine/hourlyseries.h"

#include <atomic>
#include <vector>

namespace fjord::engine {

// Copies hourly series into QLists for Results, reusing the lists' memory from one evaluation to the
// next. Fresh 70 kB lists every evaluation cost more than the copy itself: malloc hands the freed heap
// back to the kernel and every page faults in again. The pool keeps a reference to each list it handed
// out; a list whose Results have been dropped since (reference count back to 1) is overwritten in
// place, one still held elsewhere is left alone (copy-on-write) and replaced by a new list.
class HourlyListPool {
public:
    // Start handing out the lists from the first again (once per evaluation).
    void rewind() { m_next = 0; }

    QList<double> take(const HourlySeries &values)
    {
        if (m_next == m_lists.size())
            m_lists.emplace_back();
        QList<double> &list = m_lists[m_next++];
        const qsizetype n = values.size();
        if (list.size() == n && list.isDetached()) {
            // Pairs with the release of the last other owner's reference count decrement.
            std::atomic_thread_fence(std::memory_order_acquire);
            std::copy(values.data(), values.data() + n, list.data());
        } else {
            list = QList<double>(values.data(), values.data() + n);
        }
        return list;
    }

private:
    std::vector<QList<double>> m_lists;
    size_t m_next = 0;
};

} // namespace fjord::engine
