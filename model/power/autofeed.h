#pragma once

#include "model/project.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace fjord {

// New feed lists for racks (issue 11, "feeds from both sides"): what an assignment would do,
// applied by the document as one undo step. Racks not named keep their feeds.
struct FeedPlan {
    QHash<Id, QList<RackFeed>> feeds; // rack id -> its feeds after the assignment
    QList<Id> unplaced;               // racks that no node had room for (they keep their feeds)
    QStringList notes;                // why, for the user
};

// Busways and PDUs below `nodeId` (itself included when it is one); every busway/PDU of the scenario
// when nodeId is NoId. In chain order.
QList<Id> feedNodesBelow(const Scenario &scenario, Id nodeId);

// Automatic A/B feeds for `rackIds` (in that order) from the busways/PDUs `nodeIds`: the A-side
// (and shared) nodes give each rack its A feeds, the B-side nodes its B feeds, round-robin over
// each side's nodes, skipping a node whose rating the rack would exceed. Each side is sized for the
// whole rack load (design power / power factor), so either side alone carries it when the other
// fails (2N). The load already on a node from racks not in `rackIds` counts. A rack gets its type's
// feeds per side on its node; three-phase types feed L1+L2+L3, single-phase ones take L1, L2, L3 in turn.
FeedPlan planAutoFeeds(const Project &project, const Scenario &scenario, const QList<Id> &rackIds,
                       const QList<Id> &nodeIds);

// Feeds `rackIds` from one busway/PDU: each rack's feeds on that node's side are replaced by the
// type's feeds per side on `nodeId`; its other side stays. Racks already fed so are left out.
FeedPlan planFeedFromNode(const Project &project, const Scenario &scenario, const QList<Id> &rackIds,
                          Id nodeId);

} // namespace fjord
