#include "model/power/autofeed.h"
#include "model/plural.h"
#include "model/tr.h"

#include <QSet>

namespace fjord {

namespace {

bool isFeedNode(const PowerNode &n)
{
    return n.kind == PowerNodeKind::Busway || n.kind == PowerNodeKind::Pdu;
}

// The apparent load a rack puts on each side it is fed from, VA (the whole rack: 2N sizing).
double rackVa(const Project &project, const Rack &rack)
{
    const RackType *type = project.rackType(rack.rackTypeId);
    if (!type)
        return 0;
    return type->designPowerW / (type->powerFactor > 0 ? type->powerFactor : 1.0);
}

int feedsPerSide(const Project &project, const Rack &rack)
{
    const RackType *type = project.rackType(rack.rackTypeId);
    return type ? qMax(1, type->feedsPerSide) : 1;
}

bool threePhase(const Project &project, const Rack &rack)
{
    const RackType *type = project.rackType(rack.rackTypeId);
    return !type || type->threePhase;
}

// The feeds of `rack` on nodes of `side` removed (nodes of the other side kept).
QList<RackFeed> withoutSide(const Scenario &scenario, const QList<RackFeed> &feeds, FeedSide side)
{
    QList<RackFeed> kept;
    for (const RackFeed &f : feeds) {
        const PowerNode *n = scenario.powerNode(f.nodeId);
        const FeedSide s = n ? (n->side == FeedSide::B ? FeedSide::B : FeedSide::A) : FeedSide::A;
        if (s != side)
            kept.append(f);
    }
    return kept;
}

// Round-robin over one side's nodes with a load ledger.
class SideAllocator {
public:
    SideAllocator(QList<const PowerNode *> nodes, QHash<Id, double> &loadVa)
        : m_nodes(std::move(nodes)), m_load(loadVa)
    {
    }
    bool empty() const { return m_nodes.isEmpty(); }
    // The next node from the cursor with room for `va`; nullptr when none has.
    const PowerNode *take(double va)
    {
        for (int k = 0; k < m_nodes.size(); ++k) {
            const PowerNode *n = m_nodes[(m_cursor + k) % m_nodes.size()];
            if (m_load.value(n->id) + va <= n->apparentRatingVa() * (1 + 1e-9)) {
                m_load[n->id] += va;
                m_cursor = (m_cursor + k + 1) % m_nodes.size();
                return n;
            }
        }
        return nullptr;
    }

private:
    QList<const PowerNode *> m_nodes;
    QHash<Id, double> &m_load;
    int m_cursor = 0;
};

void appendFeeds(QList<RackFeed> &feeds, Id nodeId, int count, bool three, int &phaseTurn)
{
    for (int f = 0; f < count; ++f) {
        Phase phase = Phase::ThreePhase;
        if (!three)
            phase = Phase(phaseTurn++ % 3); // L1, L2, L3 in turn
        feeds.append({nodeId, phase});
    }
}

} // namespace

QList<Id> feedNodesBelow(const Scenario &scenario, Id nodeId)
{
    QList<Id> out;
    QSet<Id> inside;
    if (nodeId != NoId)
        inside.insert(nodeId);
    // Nodes are listed parents first in practice, but not guaranteed: repeat until stable.
    for (bool grew = true; grew && nodeId != NoId;) {
        grew = false;
        for (const PowerNode &n : scenario.powerNodes)
            if (!inside.contains(n.id) && inside.contains(n.parentId)) {
                inside.insert(n.id);
                grew = true;
            }
    }
    for (const PowerNode &n : scenario.powerNodes)
        if (isFeedNode(n) && (nodeId == NoId || inside.contains(n.id)))
            out.append(n.id);
    return out;
}

FeedPlan planAutoFeeds(const Project &project, const Scenario &scenario, const QList<Id> &rackIds,
                       const QList<Id> &nodeIds)
{
    FeedPlan plan;
    const QSet<Id> planned(rackIds.cbegin(), rackIds.cend());
    QList<const PowerNode *> sideA, sideB;
    for (Id id : nodeIds)
        if (const PowerNode *n = scenario.powerNode(id); n && isFeedNode(*n))
            (n->side == FeedSide::B ? sideB : sideA).append(n);
    if (sideA.isEmpty() && sideB.isEmpty()) {
        plan.notes.append(PowerTr::tr("no busway or PDU to feed from"));
        plan.unplaced = rackIds;
        return plan;
    }
    if (sideA.isEmpty()) // only B nodes: they are the racks' one feed
        std::swap(sideA, sideB);

    // Load already on the nodes from racks that keep their feeds.
    QHash<Id, double> load;
    for (const Rack &r : scenario.racks) {
        if (planned.contains(r.id) || r.feeds.isEmpty())
            continue;
        QSet<Id> nodes;
        for (const RackFeed &f : r.feeds)
            nodes.insert(f.nodeId);
        for (Id n : nodes)
            load[n] += rackVa(project, r);
    }
    SideAllocator a(sideA, load), b(sideB, load);
    QHash<Id, int> phaseTurn;
    for (Id rackId : rackIds) {
        const Rack *rack = scenario.rack(rackId);
        if (!rack)
            continue;
        const double va = rackVa(project, *rack);
        const PowerNode *na = a.take(va);
        const PowerNode *nb = b.empty() ? nullptr : b.take(va);
        if (!na || (!b.empty() && !nb)) {
            // Give back what was taken: the rack stays as it was.
            if (na)
                load[na->id] -= va;
            if (nb)
                load[nb->id] -= va;
            plan.unplaced.append(rackId);
            continue;
        }
        QList<RackFeed> feeds;
        const int perSide = feedsPerSide(project, *rack);
        const bool three = threePhase(project, *rack);
        appendFeeds(feeds, na->id, perSide, three, phaseTurn[na->id]);
        if (nb)
            appendFeeds(feeds, nb->id, perSide, three, phaseTurn[nb->id]);
        plan.feeds.insert(rackId, feeds);
    }
    if (!plan.unplaced.isEmpty())
        plan.notes.append(PowerTr::tr("%1 left as they were: no busway had room within its rating")
                              .arg(countOf(plan.unplaced.size(), PowerTr::tr("rack"), PowerTr::tr("racks"))));
    return plan;
}

FeedPlan planFeedFromNode(const Project &project, const Scenario &scenario, const QList<Id> &rackIds,
                          Id nodeId)
{
    FeedPlan plan;
    const PowerNode *node = scenario.powerNode(nodeId);
    if (!node || !isFeedNode(*node)) {
        plan.notes.append(PowerTr::tr("racks are fed from a busway or PDU"));
        return plan;
    }
    const FeedSide side = node->side == FeedSide::B ? FeedSide::B : FeedSide::A;
    int phaseTurn = 0;
    for (const Rack &r : scenario.racks)
        for (const RackFeed &f : r.feeds)
            if (f.nodeId == nodeId && f.phase != Phase::ThreePhase)
                ++phaseTurn; // continue the L1/L2/L3 turn where the node's feeds stand
    for (Id rackId : rackIds) {
        const Rack *rack = scenario.rack(rackId);
        if (!rack)
            continue;
        QList<RackFeed> feeds = withoutSide(scenario, rack->feeds, side);
        QList<RackFeed> added;
        appendFeeds(added, nodeId, feedsPerSide(project, *rack), threePhase(project, *rack), phaseTurn);
        feeds = side == FeedSide::A ? added + feeds : feeds + added;
        if (feeds != rack->feeds)
            plan.feeds.insert(rackId, feeds);
    }
    return plan;
}

} // namespace fjord
