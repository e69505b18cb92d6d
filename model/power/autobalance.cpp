#include "model/power/autobalance.h"

#include "model/power/chainindex.h"
#include "model/power/phasemath.h"
#include "model/tr.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>

namespace fjord {

namespace {

struct Movable {
    Id rackId;
    int feedIndex;
    Phase phase;
    double va;
};

using PhaseVa = std::array<double, 3>;

double maxOf(const PhaseVa &p)
{
    return std::max({p[0], p[1], p[2]});
}

} // namespace

AutoBalanceResult autoBalance(const Project &project, const Scenario &scenario, const QList<Id> &rackIds)
{
    AutoBalanceResult result;
    const QSet<Id> chosen(rackIds.cbegin(), rackIds.cend());
    QHash<Id, const RackType *> types;
    for (const RackType &t : project.rackTypes)
        types.insert(t.id, &t);
    QHash<Id, const PowerNode *> nodes;
    for (const PowerNode &n : scenario.powerNodes)
        nodes.insert(n.id, &n);

    // Per node: the fixed per-phase VA and the movable single-phase feeds.
    QHash<Id, PhaseVa> fixed;
    QHash<Id, QList<Movable>> movable;
    QList<Id> order; // nodes in first-seen order, for deterministic output
    for (const Rack &rack : scenario.racks) {
        const double va = feedApparentPowerVa(types.value(rack.rackTypeId, nullptr), int(rack.feeds.size()));
        for (int k = 0; k < rack.feeds.size(); ++k) {
            const RackFeed &f = rack.feeds[k];
            const PowerNode *node = nodes.value(f.nodeId, nullptr);
            if (!node || node->phases != 3)
                continue;
            PhaseVa &p = fixed[f.nodeId];
            if (f.phase == Phase::ThreePhase) {
                for (double &v : p)
                    v += va / 3.0;
            } else if (chosen.contains(rack.id)) {
                if (!movable.contains(f.nodeId))
                    order.append(f.nodeId);
                movable[f.nodeId].append(Movable{rack.id, k, f.phase, va});
            } else {
                p[int(f.phase)] += va;
            }
        }
    }

    for (Id nodeId : order) {
        const PowerNode &node = *nodes.value(nodeId);
        QList<Movable> feeds = movable.value(nodeId);
        PhaseVa before = fixed.value(nodeId), after = before;
        for (const Movable &m : feeds)
            before[int(m.phase)] += m.va;
        std::stable_sort(feeds.begin(), feeds.end(),
                         [](const Movable &a, const Movable &b) { return a.va > b.va; });
        QList<Phase> assigned;
        for (const Movable &m : feeds) {
            const int p = int(std::min_element(after.cbegin(), after.cend()) - after.cbegin());
            after[p] += m.va;
            assigned.append(Phase(p));
        }
        const double limitVa = node.apparentRatingVa() / 3.0;
        const double oldImbalance = imbalancePercent(before), newImbalance = imbalancePercent(after);
        const bool overRating = limitVa > 0 && maxOf(after) > limitVa && maxOf(after) > maxOf(before);
        result.nodeIds.append(nodeId);
        result.imbalanceBeforePct = std::max(result.imbalanceBeforePct, oldImbalance);
        if (overRating || newImbalance > oldImbalance) {
            result.imbalanceAfterPct = std::max(result.imbalanceAfterPct, oldImbalance);
            result.notes.append(
                overRating ? PowerTr::tr("%1: left as it was; a new split would load a phase over its rating")
                                 .arg(node.name)
                           : PowerTr::tr("%1: left as it was; no better split found").arg(node.name));
            continue;
        }
        result.imbalanceAfterPct = std::max(result.imbalanceAfterPct, newImbalance);
        for (int i = 0; i < feeds.size(); ++i) {
            if (assigned[i] == feeds[i].phase)
                continue;
            const RackFeed old{nodeId, feeds[i].phase};
            result.changes.append(
                FeedChange{feeds[i].rackId, feeds[i].feedIndex, old, RackFeed{nodeId, assigned[i]}});
        }
    }
    return result;
}

QList<Id> racksFedBy(const Scenario &scenario, Id nodeId)
{
    // The node and everything below it (a parent loop cannot trap this: each node is taken once).
    QSet<Id> subtree{nodeId};
    bool grew = true;
    while (grew) {
        grew = false;
        for (const PowerNode &n : scenario.powerNodes)
            if (!subtree.contains(n.id) && subtree.contains(n.parentId)) {
                subtree.insert(n.id);
                grew = true;
            }
    }
    QList<Id> out;
    for (const Rack &r : scenario.racks)
        for (const RackFeed &f : r.feeds)
            if (subtree.contains(f.nodeId)) {
                out.append(r.id);
                break;
            }
    return out;
}

} // namespace fjord
