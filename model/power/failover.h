#pragma once

#include "model/power/chainindex.h"

#include <span>
#include <vector>

namespace fjord {

// The worst apparent power (VA) every node of the chain carries after any single node failure,
// found by failing each node in turn (METHOD §7):
// - a rack with a feed below the failed node shares its whole load evenly over its surviving
//   feeds (2N A/B, and distributed designs where a rack's two feeds come from different blocks);
// - a rack left without any feed is dropped, unless the failed node is a member of a redundancy
//   group (N+1, 2N, xN/y): then its load moves evenly to the other members (the default
//   transfer map, for parallel units the tree cannot show).
// `normalVa[i]` is node i's load in normal operation. Nodes that are themselves dead in a
// failure (the failed node and everything below it) do not count for that failure.
std::vector<double> worstSingleFailureVa(const ChainIndex &chain, const Scenario &scenario, int stageIndex,
                                         const std::vector<double> &normalVa);

// Racks with the same feed nodes behave identically in every failure, so they are reduced to one
// "feed pattern" carrying their summed VA: the failover work grows with the number of distinct feed
// sets (about one per row or busway pair), not with the number of racks.
struct FeedPattern {
    std::span<const int> feeds; // chain indexes of the built feed nodes, sorted (repeats kept); held
                                // by the FeedPatternSums that made the pattern
    double va = 0; // summed apparent power (one feed's share × feeds) of the racks with these feeds
};

// Builds the feed patterns rack by rack (or a group of alike racks at a time), so that the power analysis
// collects them in the pass over the racks it makes anyway. Patterns come out ordered by feed set, the
// VA added in the order it was added: the same sums, bit for bit, as a stable sort by feed set and a merge.
class FeedPatternSums {
public:
    // `feeds`: the chain indexes of one rack's built feed nodes (sorted here, in place); `va`: the
    // whole apparent power of the racks with these feeds. Racks without built feeds are left out.
    void add(std::vector<int> &feeds, double va);
    // Ordered by feed set. Their feeds are held here: valid while this object lives unchanged.
    std::vector<FeedPattern> patterns() const;

private:
    // Every pattern's feeds one after the other in one array, found by a hash table of pattern
    // indexes (open addressing): no allocation per pattern.
    struct Entry {
        int first = 0, count = 0; // in m_feeds
        size_t hash = 0;
        double va = 0;
    };
    bool holds(const Entry &e, const std::vector<int> &feeds) const;
    void insert(int entry);

    std::vector<int> m_feeds;
    std::vector<Entry> m_entries;
    std::vector<int> m_table; // entry index + 1 per slot, 0 = empty; a power of two long
    // Racks of a row usually share their feeds: the previous rack's pattern is tried first.
    int m_last = -1;
};

// The same, for the racks' feed patterns already collected.
std::vector<double> worstSingleFailureVa(const ChainIndex &chain, const Scenario &scenario,
                                         const std::vector<FeedPattern> &patterns,
                                         const std::vector<double> &normalVa);

} // namespace fjord
