#pragma once

// The first failover algorithm (METHOD §7), kept only as the reference the fast one in
// model/power/failover.cpp is compared with: it fails every node and re-walks every rack below
// it, quadratic in the chain's size. Not used by the program.

#include "model/power/chainindex.h"

#include <QHash>

#include <algorithm>
#include <vector>

namespace fjord::test {

// A built rack reduced to what a failure needs: its total VA and its feeds' node indexes.
struct RackLoad {
    double va = 0;
    std::vector<int> feeds; // chain indexes of its built feed nodes
};

inline bool isAtOrBelow(const ChainIndex &chain, int node, int ancestor)
{
    for (int i = node; i >= 0; i = chain.parentOf(i))
        if (i == ancestor)
            return true;
    return false;
}

inline std::vector<double> referenceWorstSingleFailureVa(const ChainIndex &chain, const Scenario &scenario,
                                                         int stageIndex, const std::vector<double> &normalVa)
{
    const int n = chain.size();
    std::vector<double> worst(normalVa);
    if (n == 0)
        return worst;

    // Racks and, for every node, the racks with at least one feed at or below it.
    std::vector<RackLoad> racks;
    std::vector<std::vector<int>> racksBelow(n);
    for (const Rack &rack : scenario.racks) {
        if (!scenario.builtBy(rack.stageId, stageIndex))
            continue;
        RackLoad r;
        for (const RackFeed &f : rack.feeds)
            if (const int i = chain.indexOf(f.nodeId); i >= 0)
                r.feeds.push_back(i);
        if (r.feeds.empty())
            continue;
        r.va = feedApparentPowerVa(chain.rackType(rack.rackTypeId), 1);
        const int index = int(racks.size());
        std::vector<int> marked;
        for (int feed : r.feeds)
            for (int i = feed; i >= 0; i = chain.parentOf(i))
                if (std::find(marked.begin(), marked.end(), i) == marked.end()) {
                    marked.push_back(i);
                    racksBelow[i].push_back(index);
                }
        racks.push_back(std::move(r));
    }

    // Members of each redundancy group with a transfer rule.
    QHash<Id, std::vector<int>> groupMembers;
    for (int i = 0; i < n; ++i) {
        const RedundancyGroup *g = scenario.redundancyGroup(chain.node(i).redundancyGroupId);
        if (g && g->scheme != RedundancyScheme::N)
            groupMembers[g->id].push_back(i);
    }

    std::vector<double> delta(n, 0.0);
    std::vector<int> touched;
    const auto addUp = [&](int from, double va) {
        for (int i = from; i >= 0; i = chain.parentOf(i)) {
            if (delta[i] == 0.0)
                touched.push_back(i);
            delta[i] += va;
        }
    };

    for (int failed = 0; failed < n; ++failed) {
        if (racksBelow[failed].empty())
            continue;
        touched.clear();
        double stranded = 0;
        for (int r : racksBelow[failed]) {
            const RackLoad &rack = racks[r];
            const double perFeed = rack.va / double(rack.feeds.size());
            int surviving = 0;
            for (int feed : rack.feeds)
                surviving += !isAtOrBelow(chain, feed, failed);
            for (int feed : rack.feeds) {
                if (isAtOrBelow(chain, feed, failed))
                    addUp(feed, -perFeed); // no longer carried anywhere upstream of this feed
                else
                    addUp(feed, rack.va / surviving - perFeed);
            }
            if (surviving == 0)
                stranded += rack.va;
        }
        const std::vector<int> *members = nullptr;
        if (const Id group = chain.node(failed).redundancyGroupId;
            group != NoId && groupMembers.contains(group))
            members = &groupMembers[group];
        if (stranded > 0 && members && members->size() > 1)
            for (int m : *members)
                if (m != failed)
                    addUp(m, stranded / double(members->size() - 1));
        for (int i : touched) {
            if (!isAtOrBelow(chain, i, failed))
                worst[i] = std::max(worst[i], normalVa[i] + delta[i]);
            delta[i] = 0.0;
        }
    }
    return worst;
}

} // namespace fjord::test
