#include "model/powernode.h"

#include <cmath>

namespace fjord {

namespace {
const double Sqrt3 = std::sqrt(3.0);
}

double LossModel::lossW(double ratingVa, double loadW) const
{
    if (ratingVa <= 0.0)
        return loadW * linear;
    return ratingVa * noLoad + loadW * linear + loadW * loadW / ratingVa * quadratic;
}

double PowerNode::lineToLineV() const
{
    return voltageReference == VoltageReference::LineToLine ? voltageV : voltageV * Sqrt3;
}

double PowerNode::lineToNeutralV() const
{
    return voltageReference == VoltageReference::LineToNeutral ? voltageV : voltageV / Sqrt3;
}

double PowerNode::apparentRatingVa() const
{
    if (ratingBasis == RatingBasis::ApparentPower)
        return ratingVa;
    // S = √3·V_LL·I for three phases; V_LN·I for one.
    return phases == 3 ? Sqrt3 * lineToLineV() * ratingA : lineToNeutralV() * ratingA;
}

QString kindName(PowerNodeKind kind)
{
    switch (kind) {
    case PowerNodeKind::GridConnection:
        return QStringLiteral("grid");
    case PowerNodeKind::Transformer:
        return QStringLiteral("transformer");
    case PowerNodeKind::Ups:
        return QStringLiteral("ups");
    case PowerNodeKind::Switchboard:
        return QStringLiteral("switchboard");
    case PowerNodeKind::Busway:
        return QStringLiteral("busway");
    case PowerNodeKind::Pdu:
        return QStringLiteral("pdu");
    }
    return {};
}

QString schemeName(const RedundancyGroup &group)
{
    switch (group.scheme) {
    case RedundancyScheme::N:
        return QStringLiteral("N");
    case RedundancyScheme::NPlus1:
        return QStringLiteral("N+1");
    case RedundancyScheme::TwoN:
        return QStringLiteral("2N");
    case RedundancyScheme::Distributed:
        return QStringLiteral("%1N/%2").arg(group.blocks).arg(group.neededBlocks);
    }
    return {};
}

} // namespace fjord
