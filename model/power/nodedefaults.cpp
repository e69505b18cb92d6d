#include "model/power/nodedefaults.h"

namespace fjord {

PowerNode defaultPowerNode(PowerNodeKind kind)
{
    PowerNode n;
    n.kind = kind;
    n.phases = 3;
    n.voltageV = 400.0;
    n.voltageReference = VoltageReference::LineToLine;
    n.powerFactor = 0.95;
    const LossModel distribution{0.0, 0.01, 0.0};
    switch (kind) {
    case PowerNodeKind::GridConnection:
        n.voltageV = 22e3; // medium-voltage connection
        n.ratingVa = 10e6;
        n.powerFactor = 0.97;
        break;
    case PowerNodeKind::Transformer:
        n.ratingVa = 10e6; // 22 kV / 400 V; the node's voltage is its secondary
        n.losses = {0.001, 0.0, 0.008};
        break;
    case PowerNodeKind::Ups:
        n.ratingVa = 1.25e6;
        n.losses = {0.010, 0.015, 0.010};
        break;
    case PowerNodeKind::Switchboard:
        n.ratingBasis = RatingBasis::Current;
        n.ratingA = 4000; // 2.8 MVA at 400 V
        n.losses = distribution;
        break;
    case PowerNodeKind::Busway:
        n.ratingBasis = RatingBasis::Current;
        n.ratingA = 5000; // 3.5 MVA at 400 V
        n.losses = distribution;
        break;
    case PowerNodeKind::Pdu:
        n.ratingBasis = RatingBasis::Current;
        n.ratingA = 400; // 277 kVA at 400 V
        n.losses = distribution;
        break;
    }
    return n;
}

PowerNodeKind childKindOf(const PowerNode *parent)
{
    if (!parent)
        return PowerNodeKind::GridConnection;
    switch (parent->kind) {
    case PowerNodeKind::GridConnection:
        return PowerNodeKind::Transformer;
    case PowerNodeKind::Transformer:
        return PowerNodeKind::Ups;
    case PowerNodeKind::Ups:
        return PowerNodeKind::Switchboard;
    case PowerNodeKind::Switchboard:
        return PowerNodeKind::Busway;
    case PowerNodeKind::Busway:
    case PowerNodeKind::Pdu:
        return PowerNodeKind::Pdu;
    }
    return PowerNodeKind::Busway;
}

} // namespace fjord
