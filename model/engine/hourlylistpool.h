#pragma once

// Internal to the engine. The QLists of hourly values that Results hand out (StageResult::hourly).

#include <QList>

#include <array>
#include <atomic>
#include <deque>

namespace fjord::engine {

// Hands out the lists of hourly values the engine writes its results into, reusing the lists' memory
// from one evaluation to the next. Fresh 70 kB lists every evaluation cost more than filling them: malloc
// hands the freed heap back to the kernel and every page faults in again. The pool keeps a reference
// to each list it handed out; a list whose Results have been dropped since (reference count back to 1)
// is written again in place, one still held elsewhere is left alone (copy-on-write).
//
// Each slot has two lists because the application keeps the previous Results until the new ones are
// ready (ProjectDocument: m_results = evaluate(...)): while evaluation n runs, the lists of n − 1 are
// still held, those of n − 2 are free again. Only when both are held is a new list allocated.
class HourlyListPool {
public:
    // Start handing out the lists from the first again (once per evaluation).
    void rewind() { m_next = 0; }

    // The next slot's list of `n` values, held by the pool alone: the engine writes the hours straight
    // into its data() (no copy), then shares it by copying the QList into the Results. Its values are
    // those of an earlier evaluation (or zero) until written. The reference stays valid until the pool
    // is destroyed (a deque does not move its elements when it grows).
    QList<double> &next(qsizetype n)
    {
        if (m_next == m_slots.size())
            m_slots.emplace_back();
        std::array<QList<double>, 2> &slot = m_slots[m_next++];
        for (QList<double> &list : slot) {
            if (list.size() == n && list.isDetached()) {
                // Pairs with the release of the last other owner's reference count decrement.
                std::atomic_thread_fence(std::memory_order_acquire);
                return list;
            }
        }
        // Both held (or not yet made): replace the one that is not the newest, so that the other,
        // handed out last time, is the one likely to be free next time.
        std::swap(slot[0], slot[1]);
        slot[1] = QList<double>(n);
        return slot[1];
    }

private:
    std::deque<std::array<QList<double>, 2>> m_slots;
    size_t m_next = 0;
};

} // namespace fjord::engine
