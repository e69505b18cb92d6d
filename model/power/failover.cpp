#include "model/power/failover.h"

#include <QHash>

#include <algorithm>

namespace fjord {

namespace {

// Pre-order entry/exit times of every node reachable from a root, so that "is x at or below y"
// is two comparisons instead of a walk up the chain. Unreachable nodes (parent loops) get an
// empty interval and are never at or below anything.
struct SubtreeIndex {
    std::vector<int> enter, exit;

    explicit SubtreeIndex(const ChainIndex &chain) : enter(chain.size(), -1), exit(chain.size(), -2)
    {
        const int n = chain.size();
        std::vector<int> childCount(n + 1, 0);
        for (int i : chain.leavesFirst())
            if (chain.parentOf(i) >= 0)
                ++childCount[chain.parentOf(i) + 1];
        for (int i = 0; i < n; ++i)
            childCount[i + 1] += childCount[i];
        std::vector<int> children(childCount[n]);
        std::vector<int> fill(childCount.begin(), childCount.end() - 1);
        std::vector<int> stack;
        for (auto it = chain.leavesFirst().crbegin(); it != chain.leavesFirst().crend(); ++it) {
            const int p = chain.parentOf(*it);
            if (p >= 0)
                children[fill[p]++] = *it;
            else
                stack.push_back(*it);
        }
        // Iterative depth-first walk: a node's exit time is the last entry time in its subtree.
        int clock = 0;
        std::vector<std::pair<int, int>> walk; // node, next child offset
        for (int root : stack) {
            walk.push_back({root, childCount[root]});
            enter[root] = clock++;
            while (!walk.empty()) {
                auto &[node, next] = walk.back();
                if (next < childCount[node + 1]) {
                    const int c = children[next++];
                    enter[c] = clock++;
                    walk.push_back({c, childCount[c]});
                } else {
                    exit[node] = clock - 1;
                    walk.pop_back();
                }
            }
        }
    }

    bool atOrBelow(int node, int ancestor) const
    {
        return enter[node] >= enter[ancestor] && enter[node] <= exit[ancestor];
    }
};

} // namespace

namespace {

size_t hashOf(const std::vector<int> &feeds)
{
    quint64 h = feeds.size();
    for (int i : feeds)
        h = h * 1000003u ^ quint64(unsigned(i));
    // Mixed (the MurmurHash3 finaliser) so that the low bits the table uses depend on every feed: the
    // two feeds of a 2N pattern are usually neighbouring node indexes, which left the low bits alike.
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return size_t(h);
}

} // namespace

bool FeedPatternSums::holds(const Entry &e, const std::vector<int> &feeds) const
{
    // Compared element by element: a call to memcmp for two or three ints cost more than the loop.
    if (size_t(e.count) != feeds.size())
        return false;
    const int *const mine = m_feeds.data() + e.first;
    for (size_t k = 0; k < feeds.size(); ++k)
        if (mine[k] != feeds[k])
            return false;
    return true;
}

void FeedPatternSums::insert(int entry)
{
    const size_t mask = m_table.size() - 1;
    size_t slot = m_entries[size_t(entry)].hash & mask;
    while (m_table[slot] != 0)
        slot = (slot + 1) & mask;
    m_table[slot] = entry + 1;
}

void FeedPatternSums::add(std::vector<int> &feeds, double va)
{
    if (feeds.empty())
        return;
    std::sort(feeds.begin(), feeds.end());
    if (m_last >= 0 && holds(m_entries[size_t(m_last)], feeds)) {
        m_entries[size_t(m_last)].va += va;
        return;
    }
    const size_t hash = hashOf(feeds);
    if (!m_table.empty()) {
        const size_t mask = m_table.size() - 1;
        for (size_t slot = hash & mask; m_table[slot] != 0; slot = (slot + 1) & mask) {
            Entry &e = m_entries[size_t(m_table[slot] - 1)];
            if (e.hash == hash && holds(e, feeds)) {
                e.va += va;
                m_last = m_table[slot] - 1;
                return;
            }
        }
    }
    m_last = int(m_entries.size());
    m_entries.push_back({int(m_feeds.size()), int(feeds.size()), hash, va});
    m_feeds.insert(m_feeds.end(), feeds.begin(), feeds.end());
    if (m_entries.size() * 2 > m_table.size()) { // at most half full: short probes
        m_table.assign(std::max<size_t>(64, m_table.size() * 2), 0);
        for (int e = 0; e < int(m_entries.size()); ++e)
            insert(e);
    } else {
        insert(m_last);
    }
}

std::vector<FeedPattern> FeedPatternSums::patterns() const
{
    std::vector<FeedPattern> out;
    out.reserve(m_entries.size());
    for (const Entry &e : m_entries)
        out.push_back({std::span<const int>(m_feeds.data() + e.first, size_t(e.count)), e.va});
    std::sort(out.begin(), out.end(), [](const FeedPattern &a, const FeedPattern &b) {
        return std::lexicographical_compare(a.feeds.begin(), a.feeds.end(), b.feeds.begin(), b.feeds.end());
    });
    return out;
}

namespace {

FeedPatternSums feedPatterns(const ChainIndex &chain, const Scenario &scenario, int stageIndex)
{
    FeedPatternSums sums;
    std::vector<int> feeds;
    for (const Rack &rack : scenario.racks) {
        if (!scenario.builtBy(rack.stageId, stageIndex))
            continue;
        feeds.clear();
        for (const RackFeed &f : rack.feeds)
            if (const int i = chain.indexOf(f.nodeId); i >= 0)
                feeds.push_back(i);
        sums.add(feeds, feedApparentPowerVa(chain.rackType(rack.rackTypeId), 1));
    }
    return sums;
}

} // namespace

std::vector<double> worstSingleFailureVa(const ChainIndex &chain, const Scenario &scenario, int stageIndex,
                                         const std::vector<double> &normalVa)
{
    const FeedPatternSums sums = feedPatterns(chain, scenario, stageIndex);
    return worstSingleFailureVa(chain, scenario, sums.patterns(), normalVa);
}

std::vector<double> worstSingleFailureVa(const ChainIndex &chain, const Scenario &scenario,
                                         const std::vector<FeedPattern> &patterns,
                                         const std::vector<double> &normalVa)
{
    const int n = chain.size();
    std::vector<double> worst(normalVa);
    if (n == 0)
        return worst;
    const SubtreeIndex tree(chain);

    // Each pattern's distinct feed nodes with how many of its feeds go there (a rack's feeds on one
    // side usually share a busway): a failure is then checked and moved once per node, not per feed.
    struct FeedNode {
        int node, feeds;
    };
    std::vector<FeedNode> feedNodes;
    std::vector<int> firstFeedNode(patterns.size() + 1, 0);
    for (size_t p = 0; p < patterns.size(); ++p) {
        const std::span<const int> feeds = patterns[p].feeds; // sorted: repeats are adjacent
        for (size_t k = 0; k < feeds.size(); ++k) {
            if (k > 0 && feeds[k] == feeds[k - 1])
                ++feedNodes.back().feeds;
            else
                feedNodes.push_back({feeds[k], 1});
        }
        firstFeedNode[p + 1] = int(feedNodes.size());
    }

    // For every node, the patterns with at least one feed at or below it (CSR lists): a pattern
    // is listed at each node on the paths from its feeds to the root, once.
    std::vector<int> offset(n + 1, 0);
    std::vector<int> mark(n, -1);
    const auto forEachNodeAbove = [&](int p, auto &&visit) {
        for (int k = firstFeedNode[p]; k < firstFeedNode[p + 1]; ++k)
            for (int i = feedNodes[k].node; i >= 0 && mark[i] != p; i = chain.parentOf(i)) {
                mark[i] = p;
                visit(i);
            }
    };
    for (int p = 0; p < int(patterns.size()); ++p)
        forEachNodeAbove(p, [&](int i) { ++offset[i + 1]; });
    for (int i = 0; i < n; ++i)
        offset[i + 1] += offset[i];
    std::vector<int> patternsBelow(offset[n]);
    std::vector<int> fill(offset.begin(), offset.end() - 1);
    std::fill(mark.begin(), mark.end(), -1);
    for (int p = 0; p < int(patterns.size()); ++p)
        forEachNodeAbove(p, [&](int i) { patternsBelow[fill[i]++] = p; });

    // Members of each redundancy group with a transfer rule.
    QHash<Id, const RedundancyGroup *> groups;
    for (const RedundancyGroup &g : scenario.redundancyGroups)
        groups.insert(g.id, &g);
    QHash<Id, std::vector<int>> groupMembers;
    for (int i = 0; i < n; ++i) {
        const RedundancyGroup *g = groups.value(chain.node(i).redundancyGroupId, nullptr);
        if (g && g->scheme != RedundancyScheme::N)
            groupMembers[g->id].push_back(i);
    }

    // Fail each node in turn. A failure's change of load on a node is the sum of point changes
    // at or below it, so every change is added along its path to the root and only the nodes so
    // touched are compared; the cost is the patterns' feeds times the chain's depth per failure
    // that reaches them, not the number of nodes.
    std::vector<double> delta(n, 0.0);
    std::vector<int> touchedBy(n, -1);
    std::vector<int> touched;
    const auto addUp = [&](int from, double va, int failed) {
        if (from < 0 || tree.enter[from] < 0)
            return; // a root's parent, or a node on a parent loop (no path to a root)
        for (int i = from; i >= 0; i = chain.parentOf(i)) {
            if (touchedBy[i] != failed) {
                touchedBy[i] = failed;
                touched.push_back(i);
            }
            delta[i] += va;
        }
    };

    for (int failed = 0; failed < n; ++failed) {
        if (offset[failed] == offset[failed + 1])
            continue;
        touched.clear();
        double stranded = 0; // VA of racks left with no feed
        double lost = 0;     // VA no longer drawn through the failed node
        for (int k = offset[failed]; k < offset[failed + 1]; ++k) {
            const int p = patternsBelow[k];
            const FeedPattern &pattern = patterns[p];
            const double perFeed = pattern.va / double(pattern.feeds.size());
            int dead = 0;
            for (int f = firstFeedNode[p]; f < firstFeedNode[p + 1]; ++f)
                dead += tree.atOrBelow(feedNodes[f].node, failed) ? feedNodes[f].feeds : 0;
            const int surviving = int(pattern.feeds.size()) - dead;
            lost += dead * perFeed;
            if (surviving == 0) {
                stranded += pattern.va;
                continue;
            }
            const double gain = pattern.va / surviving - perFeed; // on each surviving feed
            for (int f = firstFeedNode[p]; f < firstFeedNode[p + 1]; ++f)
                if (!tree.atOrBelow(feedNodes[f].node, failed))
                    addUp(feedNodes[f].node, gain * feedNodes[f].feeds, failed);
        }
        // Everything above the failed node stops carrying what went through it.
        addUp(chain.parentOf(failed), -lost, failed);
        if (stranded > 0)
            if (const Id group = chain.node(failed).redundancyGroupId; group != NoId) {
                const auto it = groupMembers.constFind(group);
                if (it != groupMembers.cend() && it->size() > 1)
                    for (int m : *it)
                        if (m != failed)
                            addUp(m, stranded / double(it->size() - 1), failed);
            }
        for (int i : touched) {
            if (!tree.atOrBelow(i, failed))
                worst[i] = std::max(worst[i], normalVa[i] + delta[i]);
            delta[i] = 0.0;
        }
    }
    return worst;
}

} // namespace fjord
