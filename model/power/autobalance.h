#pragma once

#include "model/project.h"

#include <QList>
#include <QStringList>

namespace fjord {

// One feed whose phase the balancer moved: feed `feedIndex` of rack `rackId`.
struct FeedChange {
    Id rackId = NoId;
    int feedIndex = 0;
    RackFeed before;
    RackFeed after;
    bool operator==(const FeedChange &) const = default;
};

struct AutoBalanceResult {
    QList<FeedChange> changes;     // only feeds that moved
    QList<Id> nodeIds;             // three-phase nodes whose single-phase feeds were considered
    double imbalanceBeforePct = 0; // worst phase imbalance over those nodes, before
    double imbalanceAfterPct = 0;  // and after the new assignment
    QStringList notes;             // nodes left as they were, and why
};

// Reassigns the phases (L1/L2/L3) of the single-phase feeds of the racks `rackIds` to minimise the
// worst phase imbalance of the three-phase nodes they hang on. Pure: returns the new assignment.
// Every rack of the scenario counts (the full build-out, all stages); three-phase feeds and feeds
// of racks outside `rackIds` stay where they are. A/B sides are not changed.
//
// Method: greedy largest-first (LPT): feeds in descending VA go to the phase that carries the
// least so far. It is O(n log n), deterministic, and for the many similar racks of a busway
// it lands within a feed's size of a perfect split (LPT is within 4/3 of the best maximum
// phase load in the worst case), which an exact partition search would not beat by a
// meaningful margin. A node keeps its old assignment when the new one would be more imbalanced
// or would push a phase over its rating (rating VA / 3 per phase) that the old one did not.
AutoBalanceResult autoBalance(const Project &project, const Scenario &scenario, const QList<Id> &rackIds);

// The racks with a feed on `nodeId` or on any node below it.
QList<Id> racksFedBy(const Scenario &scenario, Id nodeId);

} // namespace fjord
