#include "ui/floorplan/floorplanstyle.h"

#include "ui/charts/tenantcolours.h"

#include <algorithm>

namespace fjord::ui {

namespace {
// A calm, distinguishable palette for rack types (cycled).
const QColor TypePalette[] = {QColor(0x3b, 0x6e, 0xa8), QColor(0x5a, 0x9b, 0x6a), QColor(0x9b, 0x6b, 0xb0),
                              QColor(0xc0, 0x8a, 0x3e), QColor(0x4f, 0x9f, 0xa8), QColor(0xa8, 0x5a, 0x5a),
                              QColor(0x7a, 0x7a, 0x40), QColor(0x60, 0x60, 0x90)};
} // namespace

QColor heatColour(double value, double lo, double hi)
{
    const double t = hi > lo ? std::clamp((value - lo) / (hi - lo), 0.0, 1.0) : 0.0;
    // green (120°) through yellow (60°) to red (0°)
    return QColor::fromHsvF(float((1.0 - t) * 120.0 / 360.0), 0.75f, 0.9f);
}

QColor FloorPlanStyle::rackFill(const Project &project, const Rack &rack, int typeIndex) const
{
    const RackType *type = project.rackType(rack.rackTypeId);
    switch (mode) {
    case ColourMode::RackType:
        return typeColour(typeIndex);
    case ColourMode::PowerDensity:
        return heatColour(type ? type->designPowerW / 1000.0 : 0.0, RackKwLow, RackKwHigh);
    case ColourMode::Cooling:
        return liquidShareColour(type ? (type->cooling == CoolingMethod::Air ? 0.0 : type->liquidFraction)
                                      : 0.0);
    case ColourMode::PhaseFeed:
        return rack.feeds.isEmpty() ? UnfedColour : phaseColour(rack.feeds.first().phase);
    case ColourMode::Tenant:
        return rackTenant.value(rack.id, unallocatedColour());
    case ColourMode::LayoutDiff:
        return rackDiff.value(rack.id, unallocatedColour());
    }
    return Qt::gray;
}

QColor FloorPlanStyle::rackOutline(const Rack &rack) const
{
    if (mode != ColourMode::PhaseFeed)
        return QColor(0x20, 0x28, 0x30);
    bool a = false, b = false;
    for (const RackFeed &f : rack.feeds) {
        const FeedSide side = nodeSide.value(f.nodeId, FeedSide::Shared);
        a = a || side == FeedSide::A;
        b = b || side == FeedSide::B;
    }
    if (a && b)
        return FeedABColour;
    if (a)
        return FeedAColour;
    if (b)
        return FeedBColour;
    return NoFeedColour;
}

QColor typeColour(int typeIndex)
{
    return typeIndex < 0 ? QColor(Qt::gray) : TypePalette[typeIndex % std::size(TypePalette)];
}

QColor liquidShareColour(double liquid)
{
    const QColor air(0xe0, 0x8a, 0x2c), water(0x1f, 0x6f, 0xc8);
    return QColor::fromRgbF(float(air.redF() + (water.redF() - air.redF()) * liquid),
                            float(air.greenF() + (water.greenF() - air.greenF()) * liquid),
                            float(air.blueF() + (water.blueF() - air.blueF()) * liquid));
}

QColor phaseColour(Phase phase)
{
    switch (phase) {
    case Phase::L1:
        return QColor(0x8b, 0x4a, 0x1c);
    case Phase::L2:
        return QColor(0x20, 0x20, 0x20);
    case Phase::L3:
        return QColor(0x90, 0x90, 0x90);
    case Phase::ThreePhase:
        break;
    }
    return QColor(0x3b, 0x6e, 0xa8);
}

QColor FloorPlanStyle::hallFill(double wPerM2) const
{
    if (mode == ColourMode::PowerDensity) {
        QColor c = heatColour(wPerM2 / 1000.0, HallKwPerM2Low, HallKwPerM2High);
        c.setAlphaF(0.35f);
        return c;
    }
    return QColor(0xf4, 0xf5, 0xf7);
}

} // namespace fjord::ui
