#include "model/power/chainindex.h"

#include <algorithm>
#include <vector>

namespace fjord {

namespace {

// The nodes built through the stage, in the scenario's order (one stage lookup each).
QList<const PowerNode *> builtNodes(const Scenario &scenario, int stageIndex)
{
    QList<const PowerNode *> nodes;
    nodes.reserve(scenario.powerNodes.size());
    for (const PowerNode &n : scenario.powerNodes)
        if (scenario.builtBy(n.stageId, stageIndex))
            nodes.append(&n);
    return nodes;
}

std::vector<Id> idsOf(const QList<const PowerNode *> &nodes)
{
    std::vector<Id> ids;
    ids.reserve(size_t(nodes.size()));
    for (const PowerNode *n : nodes)
        ids.push_back(n->id);
    return ids;
}

std::vector<Id> rackTypeIds(const Project &project)
{
    std::vector<Id> ids;
    ids.reserve(project.rackTypes.size());
    for (const RackType &t : project.rackTypes)
        ids.push_back(t.id);
    return ids;
}

} // namespace

ChainIndex::ChainIndex(const Project &project, const Scenario &scenario, int stageIndex)
    : m_project(&project), m_nodes(builtNodes(scenario, stageIndex)), m_index(idsOf(m_nodes)),
      m_rackTypes(rackTypeIds(project))
{
    const int count = int(m_nodes.size());
    m_parent.resize(count);
    // Children in flat arrays (children of i: children[firstChild[i] .. firstChild[i + 1])).
    std::vector<int> firstChild(size_t(count) + 1, 0);
    for (int i = 0; i < count; ++i) {
        m_parent[i] = indexOf(m_nodes[i]->parentId);
        if (m_parent[i] >= 0)
            ++firstChild[size_t(m_parent[i]) + 1];
    }
    for (int i = 0; i < count; ++i)
        firstChild[size_t(i) + 1] += firstChild[size_t(i)];
    std::vector<int> children(firstChild.back());
    std::vector<int> fill(firstChild.begin(), firstChild.end() - 1);
    QList<int> topDown; // breadth-first from the roots: parents before children
    topDown.reserve(count);
    m_side.fill(FeedSide::Shared, count);
    for (int i = 0; i < count; ++i) {
        if (m_parent[i] >= 0) {
            children[size_t(fill[size_t(m_parent[i])]++)] = i;
        } else {
            m_side[i] = m_nodes[i]->side;
            topDown.append(i);
        }
    }

    // The reverse is leaves first. Nodes on a loop are never reached from a root and stay out.
    for (int k = 0; k < topDown.size(); ++k) {
        const int i = topDown[k];
        for (int j = firstChild[size_t(i)]; j < firstChild[size_t(i) + 1]; ++j) {
            const int c = children[size_t(j)];
            m_side[c] = m_nodes[c]->side == FeedSide::Shared ? m_side[i] : m_nodes[c]->side;
            topDown.append(c);
        }
    }
    m_leavesFirst = topDown;
    std::reverse(m_leavesFirst.begin(), m_leavesFirst.end());
    // Loop members: mark them unreachable so that rack feeds to them count as absent.
    if (topDown.size() != count) {
        QList<bool> reached(count, false);
        for (int i : topDown)
            reached[i] = true;
        for (int i = 0; i < count; ++i)
            if (!reached[i])
                m_index.remove(m_nodes[i]->id);
    }
}

double feedApparentPowerVa(const RackType *type, int feedCount)
{
    if (!type || feedCount <= 0 || type->powerFactor <= 0.0)
        return 0.0;
    return type->designPowerW / type->powerFactor / feedCount;
}

} // namespace fjord
