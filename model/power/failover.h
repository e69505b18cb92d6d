#pragma once

#include "model/power/chainindex.h"

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

} // namespace fjord
