#pragma once

#include "model/power/chainindex.h"

#include <unordered_map>
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
    std::vector<int> feeds; // chain indexes of the built feed nodes, sorted (repeats kept)
    double va = 0;          // summed apparent power (one feed's share × feeds) of the racks with these feeds
};

// Builds the feed patterns rack by rack (or a group of alike racks at a time), so that the power analysis
// collects them in the pass over the racks it makes anyway. Patterns come out ordered by feed set, the
// VA added in the order it was added: the same sums, bit for bit, as a stable sort by feed set and a merge.
class FeedPatternSums {
public:
    // `feeds`: the chain indexes of one rack's built feed nodes (sorted here, in place); `va`: the
    // whole apparent power of the racks with these feeds. Racks without built feeds are left out.
    void add(std::vector<int> &feeds, double va);
    std::vector<FeedPattern> patterns() const;

private:
    struct Hash {
        size_t operator()(const std::vector<int> &feeds) const;
    };
    // Hashed while collecting (one probe per rack, where an ordered map compared a whole feed list at
    // every level of its tree); sorted once in patterns().
    std::unordered_map<std::vector<int>, double, Hash> m_sums;
    // Racks of a row usually share their feeds: the previous rack's pattern is tried first. Element
    // pointers of an unordered_map survive rehashing.
    std::pair<const std::vector<int>, double> *m_last = nullptr;
};

// The same, for the racks' feed patterns already collected.
std::vector<double> worstSingleFailureVa(const ChainIndex &chain, const Scenario &scenario,
                                         const std::vector<FeedPattern> &patterns,
                                         const std::vector<double> &normalVa);

} // namespace fjord
