#include "model/power/chainindex.h"

#include <algorithm>

namespace fjord {

namespace {

std::vector<Id> builtNodeIds(const Scenario &scenario, int stageIndex)
{
    std::vector<Id> ids;
    for (const PowerNode &n : scenario.powerNodes)
        if (scenario.builtBy(n.stageId, stageIndex))
            ids.push_back(n.id);
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
    : m_project(&project), m_index(builtNodeIds(scenario, stageIndex)), m_rackTypes(rackTypeIds(project))
{
    for (const PowerNode &n : scenario.powerNodes)
        if (scenario.builtBy(n.stageId, stageIndex))
            m_nodes.append(&n);
    const int count = int(m_nodes.size());
    m_parent.resize(count);
    QList<QList<int>> children(count);
    QList<int> roots;
    for (int i = 0; i < count; ++i) {
        m_parent[i] = indexOf(m_nodes[i]->parentId);
        if (m_parent[i] < 0)
            roots.append(i);
        else
            children[m_parent[i]].append(i);
    }

    // Breadth-first from the roots: parents before children, so the reverse is leaves first.
    // Nodes on a loop are never reached from a root and stay out.
    QList<int> topDown;
    topDown.reserve(count);
    m_side.fill(FeedSide::Shared, count);
    for (int r : roots) {
        m_side[r] = m_nodes[r]->side;
        topDown.append(r);
    }
    for (int k = 0; k < topDown.size(); ++k) {
        const int i = topDown[k];
        for (int c : children[i]) {
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
