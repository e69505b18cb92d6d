#pragma once

#include "model/idindex.h"
#include "model/powernode.h"
#include "model/project.h"

#include <QHash>
#include <QList>

namespace fjord {

// The power chain of a scenario as built through one stage, indexed once per analysis so that
// every later lookup is O(1): node positions, parents, a children-before-parents order, each
// node's effective A/B side and the rack types by id. Nodes on a parent loop are left out of
// the order (validation reports the loop as "power.cycle"); a node whose parent is not built
// yet is treated as a root.
class ChainIndex {
public:
    ChainIndex(const Project &project, const Scenario &scenario, int stageIndex);

    int size() const { return int(m_nodes.size()); }
    const PowerNode &node(int i) const { return *m_nodes[i]; }
    int indexOf(Id nodeId) const { return m_index.value(nodeId); } // -1: absent or not built
    int parentOf(int i) const { return m_parent[i]; }              // -1: root
    const QList<int> &leavesFirst() const { return m_leavesFirst; }
    // The node's own side, or the nearest upstream A/B side; Shared above the A/B split.
    FeedSide sideOf(int i) const { return m_side[i]; }
    const RackType *rackType(Id id) const
    {
        const int i = m_rackTypes.value(id);
        return i < 0 ? nullptr : &m_project->rackTypes[i];
    }

private:
    const Project *m_project;
    QList<const PowerNode *> m_nodes;
    IdIndex m_index;
    QList<int> m_parent;
    QList<int> m_leavesFirst;
    QList<FeedSide> m_side;
    IdIndex m_rackTypes; // position in m_project->rackTypes
};

// Apparent power (VA) one feed of `rack` carries in normal operation: the rack type's design
// power / PF, shared evenly by the rack's `feedCount` feeds. 0 without a type or feeds.
double feedApparentPowerVa(const RackType *type, int feedCount);

} // namespace fjord
