#pragma once

#include "model/ids.h"

#include <QString>

namespace fjord {

enum class PowerNodeKind { GridConnection, Transformer, Ups, Switchboard, Busway, Pdu };
enum class FeedSide { Shared, A, B }; // Shared: upstream of the A/B split
enum class VoltageReference { LineToLine, LineToNeutral };
enum class RatingBasis { ApparentPower, Current }; // how the user gave the rating

// Loss of a node carrying P through rating S: loss = S·noLoad + P·linear + P²/S·quadratic (W).
// UPS defaults (METHOD §2): 0.010 / 0.015 / 0.010; transformer: p0 0.001 / 0 / pk 0.008;
// distribution: 0 / 0.01 / 0.
struct LossModel {
    double noLoad = 0.0;
    double linear = 0.0;
    double quadratic = 0.0;
    double lossW(double ratingVa, double loadW) const;
    bool operator==(const LossModel &) const = default;
};

// A node of the power chain: grid connection -> transformer -> UPS -> switchboard -> busway/PDU.
// The voltage is stored with what the user gave (line-to-line or line-to-neutral) so that
// 230 V and 400 V are never confused; the rating is kVA or amperes at that voltage.
struct PowerNode {
    Id id = NoId;
    Id parentId = NoId; // upstream node; NoId for a grid connection
    QString name;
    PowerNodeKind kind = PowerNodeKind::Busway;
    FeedSide side = FeedSide::Shared;
    Id redundancyGroupId = NoId; // UPS blocks (and others) that back each other up
    Id stageId = NoId;           // stage that builds the node

    int phases = 3;          // 1 or 3
    double voltageV = 400.0; // nominal voltage as given, V
    VoltageReference voltageReference = VoltageReference::LineToLine;
    RatingBasis ratingBasis = RatingBasis::ApparentPower;
    double ratingVa = 0.0;     // when ratingBasis == ApparentPower, VA
    double ratingA = 0.0;      // when ratingBasis == Current, A per phase
    double powerFactor = 0.95; // of the load it serves
    LossModel losses;

    double lineToLineV() const;
    double lineToNeutralV() const;
    double apparentRatingVa() const; // the rating in VA whichever basis was given
    bool operator==(const PowerNode &) const = default;
};

enum class RedundancyScheme { N, NPlus1, TwoN, Distributed };

// Units that back each other up. Distributed xN/y: x blocks carry the load of y (4N/3 -> x 4, y 3);
// a failed block's load moves to the survivors evenly.
struct RedundancyGroup {
    Id id = NoId;
    QString name;
    RedundancyScheme scheme = RedundancyScheme::TwoN;
    int blocks = 2;       // x: units in the group
    int neededBlocks = 1; // y: units needed to carry the design load

    bool operator==(const RedundancyGroup &) const = default;
};

QString kindName(PowerNodeKind kind); // "grid", "transformer", "ups", "switchboard", "busway", "pdu"
QString schemeName(const RedundancyGroup &group); // "N", "N+1", "2N", "4N/3"

} // namespace fjord
