#pragma once

#include <QTransform>

#include <cmath>
#include <numbers>

namespace fjord::ui {

// Degrees to turn text drawn in an item's own frame so that it never reads upside down on screen:
// 180 when the item's x axis points leftwards on screen (a rack turned by more than 90°, with its
// hall's turn), else 0. The text keeps the item's direction otherwise, as on a CAD drawing.
inline double uprightTurnDeg(const QTransform &world)
{
    const double screenDeg = std::atan2(world.m12(), world.m11()) * 180.0 / std::numbers::pi; // (-180, 180]
    return screenDeg > 90.0 + 1e-6 || screenDeg <= -90.0 + 1e-6 ? 180.0 : 0.0;
}

} // namespace fjord::ui
