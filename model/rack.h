#pragma once

#include "model/ids.h"

#include <QList>
#include <QString>

namespace fjord {

// Which conductors a feed uses: one phase (single-phase load, line to neutral) or all three.
enum class Phase { L1, L2, L3, ThreePhase };

// One power connection of a rack to a power node (busway or PDU). The node's side (A/B) is
// the feed's side. A rack's load is shared evenly by its feeds in normal operation.
struct RackFeed {
    Id nodeId = NoId;
    Phase phase = Phase::ThreePhase;
    bool operator==(const RackFeed &) const = default;
};

// A rack placed in a hall. (xM, yM) is the centre of its footprint in hall-local metres
// (origin at the hall's top-left corner); rotation is about the centre, 0 = front facing +y.
struct Rack {
    Id id = NoId;
    QString name; // "H1-R03-12"
    Id hallId = NoId;
    Id rowId = NoId; // NoId: free-standing
    Id rackTypeId = NoId;
    Id stageId = NoId; // stage that installs the rack
    double xM = 0.0;
    double yM = 0.0;
    double rotationDeg = 0.0;
    QList<RackFeed> feeds; // A and B feeds (GB300-class racks: up to 8)
    Id tenantId = NoId;    // tenant the capacity is allocated to: overrides its row's and hall's tenant

    bool operator==(const Rack &) const = default;
};

} // namespace fjord
